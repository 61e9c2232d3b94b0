"""Leaders named by title and surname in a call between others ("the phone call between
President Trump and President Putin") stand for their countries on the document's date:
the call is theirs, from the first named to the second. The surname "Trump" is such a
name (it was not one, so the call was read as the issuer's with Russia) (texts of our
own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _calls(text: str, date: str = "2025-05-10") -> list[tuple]:
    recs = extract_text(text, issuer="FIN", date=date).records
    return [(r.from_, r.to) for r in recs if r.type in ("call", "meeting")]


@pytest.mark.parametrize("text, pair", [
    ("The Ministry took note of the phone call between President Trump and President "
     "Putin.", (["USA"], ["RUS"])),
    ("Minister Laine commended the telephone conversation between President Zelensky and "
     "President Trump on 8 May.", (["UKR"], ["USA"])),
    ("Finland welcomes the phone call of 8 May between Trump and Zelensky.",
     (["USA"], ["UKR"])),
    ("The Minister was informed about the video call between President Macron and "
     "President Trump.", (["FRA"], ["USA"])),
])
def test_theirs(text: str, pair: tuple) -> None:
    assert _calls(text) == [pair]


def test_ours() -> None:
    assert _calls("The Prime Minister spoke by phone with President Trump on 8 May.") == [
        (["FIN"], ["USA"])]


def test_out_of_office() -> None:
    # (between his terms "Trump" stands for no side)
    assert _calls("The Prime Minister spoke by phone with Mr Trump on 8 May.",
                  "2023-05-10") == []
