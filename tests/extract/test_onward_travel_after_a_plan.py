"""The next place told by a gerund ("before heading to Madrid") after a plan ("will
travel to Rome") is planned too: no visit; after a trip made, it is a visit."""

from __future__ import annotations

from communique.extract import extract_text


def _visits(text: str) -> list[str]:
    res = extract_text(text, issuer="NZL", date="2019-11-24")
    return [r.to[0] for r in res.records if r.type == "visit"]


def test_onward_travel_after_a_plan_is_planned_too() -> None:
    assert _visits("On Monday the Minister will travel to Rome to meet the Pope before "
                   "heading to Madrid for talks.") == []
    assert _visits("The Minister is expected to fly to Lima before proceeding to La Paz.") == []


def test_onward_travel_after_a_trip_made_is_a_visit() -> None:
    assert _visits("The Minister visited Kenya before heading to Tanzania on Friday.") == \
        ["KEN", "TZA"]
