"""An office-holder the text names in full once ("British Foreign Secretary James
Cleverly") and later by surname alone, bare or behind a title or its abbreviation
("a phone call with Cleverly", "with FS Cleverly", "Minister Hasan arrived"), is the
same person's side. A surname inside another person's name ("Hassan Sheikh Mohamud"
is not "Samia Suluhu Hassan") and a surname of a person the text never names in full
are no side (texts of our own; the office-holders are those of the package's table)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _events(text: str, issuer: str, date: str) -> list[tuple[str, list[str], list[str]]]:
    recs = extract_text(text, issuer=issuer, date=date).records
    return sorted((r.type, r.from_, r.to) for r in recs if r.type in ("call", "visit", "meeting"))


@pytest.mark.parametrize(("text", "issuer", "date", "expected"), [
    # (the first sentence is a tally of meetings, no one meeting: see
    # test_contacts_told_as_a_tally_give_no_record.py)
    ("I have met James Cleverly on several occasions this autumn. In mid-September I spoke "
     "by phone with FS Cleverly for the first time.", "IRL", "2022-11-22",
     [("call", ["IRL"], ["GBR"])]),
    ("The Minister welcomed the appointment of James Cleverly as Foreign Secretary. On 15 "
     "September she spoke by telephone with Cleverly.", "IRL", "2022-11-22",
     [("call", ["IRL"], ["GBR"])]),
    ("Foreign Minister Sugiono looks forward to working with Mohamad Hasan. Hasan arrived "
     "in Jakarta on Wednesday for a two-day working visit.", "IDN", "2025-10-03",
     [("visit", ["MYS"], ["IDN"])]),
    ("The Secretary thanked Mohamad Hasan for his support. On Monday, the Secretary held "
     "talks with Minister Hasan in Manila.", "PHL", "2025-06-03",
     [("meeting", ["PHL"], ["MYS"])]),
])
def test_the_surname_is_the_same_side(text: str, issuer: str, date: str,
                                      expected: list) -> None:
    assert _events(text, issuer, date) == sorted(expected)


@pytest.mark.parametrize(("text", "issuer", "date", "expected"), [
    # the surname of one office-holder inside another person's name
    ("The President praised Samia Suluhu Hassan for the pipeline. In March he received "
     "Hassan Sheikh Mohamud, President of Somalia, at State House.", "UGA", "2024-12-20",
     [("meeting", ["UGA"], ["SOM"])]),
    # never named in full: a surname alone is no side
    ("On 15 September the Minister had a phone call with Cleverly.", "IRL", "2022-11-22", []),
])
def test_no_side_from_a_surname(text: str, issuer: str, date: str, expected: list) -> None:
    assert _events(text, issuer, date) == sorted(expected)
