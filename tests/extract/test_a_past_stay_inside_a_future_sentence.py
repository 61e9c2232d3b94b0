"""A stay told after "following"/"after" by what filled it ("days of meetings in
<place> with A and B") in a sentence about the next trip is past: the plan ("will
fly", "tomorrow") does not reach it. It is a visit to the place and a meeting per
counterpart; the next trip stays out (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _events(text: str, issuer: str) -> list[tuple[str, list[str]]]:
    recs = extract_text(text, issuer=issuer, date="2025-05-14").records
    return sorted((r.type, sorted({*r.to, *r.from_} - {issuer})) for r in recs
                  if r.type in ("visit", "meeting"))


@pytest.mark.parametrize(("text", "issuer", "want"), [
    ("The Foreign Secretary will fly on to Ottawa tonight, after three days of intensive "
     "meetings in Washington with the Vice President of the United States and "
     "the Secretary of State of the United States.", "GBR",
     [("meeting", ["USA"]), ("meeting", ["USA"]), ("visit", ["USA"])]),
    ("Minister Ruiz will travel to Lima tomorrow, following a series of meetings in "
     "Bogota with the President of Colombia and the Foreign Minister of Colombia.", "ECU",
     [("meeting", ["COL"]), ("meeting", ["COL"]), ("visit", ["COL"])]),
    ("The minister is due to attend a conference in Vienna next week, after three days of "
     "meetings in Brasilia with the Foreign Minister of Brazil.", "PRT",
     [("meeting", ["BRA"]), ("visit", ["BRA"])]),
    ("Minister Holm will return to Copenhagen tonight after a week of meetings in Accra "
     "with the President of Ghana.", "DNK", [("meeting", ["GHA"]), ("visit", ["GHA"])]),
    ("He will travel to Paris, after a week of meetings with the Chancellor of Germany.",
     "AUT", [("meeting", ["DEU"])]),
])
def test_the_stay_before_the_next_trip(text: str, issuer: str,
                                       want: list[tuple[str, list[str]]]) -> None:
    assert _events(text, issuer) == want


@pytest.mark.parametrize(("text", "issuer"), [
    # the plan itself, and a stay still ahead
    ("The Foreign Minister will travel to Madrid tomorrow for talks with the Foreign "
     "Minister of Spain.", "ITA"),
    ("The Minister will spend two days of meetings in Rome next week.", "GRC"),
])
def test_a_plan_stays_out(text: str, issuer: str) -> None:
    assert _events(text, issuer) == []
