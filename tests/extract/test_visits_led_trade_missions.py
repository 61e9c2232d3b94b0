"""Leading a trade, economic or business mission to a country is a visit there;
heading a diplomatic mission to a country is a posting, no visit (texts of our
own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str) -> list[tuple[str, str, str | None]]:
    recs = extract_text(text, issuer="LUX", date="2025-06-30").records
    return [(r.to[0], r.date.start or "", r.date.end) for r in recs if r.type == "visit"]


@pytest.mark.parametrize(("text", "visit"), [
    ("From 3 to 6 June the Crown Prince led a trade mission to Japan.",
     ("JPN", "2025-06-03", "2025-06-06")),
    ("The Minister led an economic mission to Canada from 19 to 23 May, with stops in "
     "Montreal and Toronto.", ("CAN", "2025-05-19", "2025-05-23")),
    ("In April, the Secretary of State headed a multi-sector business mission to Vietnam.",
     ("VNM", "2025-04", None)),
    ("On 2 May the Minister was leading an investment mission to Kenya.",
     ("KEN", "2025-05-02", None)),
])
def test_a_mission_led_to_a_country_is_a_visit(text, visit) -> None:
    assert _visits(text) == [visit]


@pytest.mark.parametrize("text", [
    "Before his appointment, the Minister led the diplomatic mission to Peru for ten years.",
    "The Minister led a mission to the Security Council session in New York in May.",
])
def test_a_posting_or_a_session_is_no_such_visit(text: str) -> None:
    assert _visits(text) == []
