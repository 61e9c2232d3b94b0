""""visiting" before a country's official with no article ("and visiting Chilean
Deputy Minister A", "received visiting Polish Foreign Minister B", "with visiting
Kenyan President C") makes that official the guest of the host, not the host
of a visit to the guest's country (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str, issuer: str = "SWE") -> list[tuple[list[str], list[str]]]:
    recs = extract_text(text, issuer=issuer, date="2024-05-06").records
    return [(list(r.from_), list(r.to)) for r in recs if r.type == "visit"]


@pytest.mark.parametrize(("text", "guest"), [
    ("The talks were co-chaired by State Secretary Anna Berg and visiting Chilean Deputy "
     "Foreign Minister Pablo Soto.", "CHL"),
    ("The minister received visiting Polish Foreign Minister Radek Nowak on Tuesday.", "POL"),
    ("The Speaker hosted a lunch for Swedish envoys, with visiting Kenyan President Samuel "
     "Otieno as guest of honour.", "KEN"),
    ("Our Foreign Secretary Lena Holm and visiting Indian Foreign Secretary Ravi Mehta led "
     "the two delegations at the consultations.", "IND"),
    ("On Friday, the Prime Minister met with visiting Ghanaian Vice President Ama Mensah.",
     "GHA"),
])
def test_the_visiting_official_is_the_guest(text: str, guest: str) -> None:
    assert (([guest], ["SWE"]) in _visits(text)) and (["SWE"], [guest]) not in _visits(text)


def test_visiting_as_a_verb_is_no_guest() -> None:
    # the minister visits a place: no official of another country came
    assert _visits("After visiting the old harbour, the minister returned to Stockholm.") \
        == []


@pytest.mark.parametrize(("text", "guest"), [
    ("The King gave a dinner in honour of visiting Brazilian President Rui Costa on Monday.",
     "BRA"),
    ("On Tuesday the Prime Minister hosted a lunch for visiting Chilean Foreign Minister "
     "Ana Rojas.", "CHL"),
    ("A reception was held in honor of visiting Prime Minister Ken Sato of Japan.", "JPN"),
])
def test_the_guest_of_a_meal_in_honour_of_visiting(text: str, guest: str) -> None:
    assert (([guest], ["SWE"]) in _visits(text)) and (["SWE"], [guest]) not in _visits(text)


def test_thanked_for_visiting_is_no_guest() -> None:
    assert _visits("The minister thanked Chile for visiting President Lind's exhibition.") \
        == []
