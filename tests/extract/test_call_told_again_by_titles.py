"""A call told again by its two sides' titles ("The Minister and the Secretary
discussed ...") is that call, not a meeting; a meeting told again so is that
meeting; and the two sides' earlier meeting ("The two ministers last met in
Munich") is one of its own (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _kinds(text: str, issuer: str) -> list[tuple[str, list[str]]]:
    recs = extract_text(text, issuer=issuer, date="2019-04-18").records
    return [(r.type, list(r.to)) for r in recs if r.type in ("meeting", "call")]


@pytest.mark.parametrize(("text", "partner"), [
    ("On Tuesday the Minister talked by phone with the American Secretary of State. The "
     "Minister and the Secretary discussed the situation in Libya.", "USA"),
    ("The Minister had a phone call with her British counterpart. The Minister and the "
     "Foreign Secretary also exchanged views on Ukraine.", "GBR"),
    ("The Minister phoned the Foreign Minister of Chile on Tuesday. The Minister and her "
     "Chilean counterpart reviewed trade.", "CHL"),
])
def test_a_call_told_again_by_titles_is_one_call(text: str, partner: str) -> None:
    assert _kinds(text, "FRA") == [("call", [partner])]


def test_a_meeting_told_again_by_titles_is_one_meeting() -> None:
    text = ("The Minister met her British counterpart in London. The Minister and the "
            "Foreign Secretary discussed support for Ukraine.")
    assert _kinds(text, "FRA") == [("meeting", ["GBR"])]


@pytest.mark.parametrize("text", [
    "The Minister had a phone call with her Danish counterpart. The two ministers last met "
    "in person in Munich on 14 April.",
    "The Minister had a phone call with her Danish counterpart. The two ministers had met "
    "a few days before in Munich.",
])
def test_an_earlier_meeting_of_the_two_is_its_own(text: str) -> None:
    assert sorted(_kinds(text, "FRA")) == [("call", ["DNK"]), ("meeting", ["DNK"])]
