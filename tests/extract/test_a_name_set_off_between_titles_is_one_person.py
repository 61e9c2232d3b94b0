"""A name set off by commas between two titles is one person's: "met his counterpart,
H.E. A B, Minister of Foreign Affairs of X" and "met Senator A B, Minister for Trade"
are one official met, not two; a next title followed by its own name ("Prime Minister
A, Foreign Minister B") or joined by "and the ..." is another person (texts of our
own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _met(text: str, issuer: str) -> list[tuple[str, list[str]]]:
    recs = extract_text(text, issuer=issuer, date="2023-03-14").records
    return sorted((r.type, r.to) for r in recs if r.type == "meeting")


@pytest.mark.parametrize(("text", "issuer", "n"), [
    ("The Foreign Minister met with his counterpart, His Excellency Pedro Alvarez, "
     "Minister of Foreign Affairs and Worship of Argentina, this afternoon.", "URY", 1),
    ("The Minister met her counterpart, H.E. Mr Lars Holm, Minister for Foreign Affairs, "
     "Trade and Development of Denmark, in Copenhagen today.", "ISL", 1),
    ("Mr Vakaloa met with Senator Joan Brierly, Minister for Trade of Australia, today "
     "in Canberra.", "FJI", 1),
    ("The Secretary met Dr Anil Rao, Minister of External Affairs of India, in Delhi "
     "today.", "LKA", 1),
])
def test_one_official(text: str, issuer: str, n: int) -> None:
    assert len(_met(text, issuer)) == n


@pytest.mark.parametrize(("text", "issuer", "n"), [
    # two officials listed, each with a name of their own: one meeting with each
    ("Mr Vakaloa met with Senator Joan Brierly, Minister for Trade and the Honourable "
     "Tom Keane, Minister for Defence, of Australia, today in Canberra.", "FJI", 2),
    ("During the visit to India, the Minister met Prime Minister Anil Rao, Foreign "
     "Minister Vikram Sen and the Speaker, Meera Das.", "LKA", 3),
])
def test_two_officials(text: str, issuer: str, n: int) -> None:
    assert len(_met(text, issuer)) == n
