"""A readout whose speaker reviews a past year ("noted that during the 2023 period,
...", "Throughout 2022, ...", "In the course of 2023") sets that year for the undated
events told after it in the paragraph, not the day of the document. A bare year of a
background fact ("relations were established in 1992") sets nothing, and a later
paragraph is back to the document's day (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

LEAD = ("TALLINN, JANUARY 20, AGENCY. The Foreign Minister of Estonia and the Foreign "
        "Minister of Latvia met in Tallinn on Monday.\n\n")


def _dated(text: str, kind: str) -> list[str | None]:
    recs = extract_text(LEAD + text, issuer="EST", date="2025-01-20").records
    return [r.date.start for r in recs if r.type == kind]


@pytest.mark.parametrize(("text", "kind", "year"), [
    ("In her remarks, the Minister noted that during the 2024 period, the dialogue with "
     "Latvia deepened. Political consultations between the foreign ministries were "
     "held in Riga.", "consultation", "2024"),
    ("The Minister said that throughout 2024 cooperation grew steadily. Political "
     "consultations between the two foreign ministries were conducted in Tallinn.",
     "consultation", "2024"),
    ("According to the Minister, in the course of 2023 relations reached a new level. "
     "An agreement on readmission was signed between the two countries.",
     "agreement", "2023"),
    ("He recalled that over the course of 2024 the ministries stayed in close contact. "
     "Consultations between the two foreign ministries took place in Riga.",
     "consultation", "2024"),
])
def test_the_year_reviewed_dates_what_follows(text: str, kind: str, year: str) -> None:
    assert _dated(text, kind) == [year]


@pytest.mark.parametrize(("text", "kind"), [
    # a background fact's year
    ("Diplomatic relations were established in 1992. Political consultations between "
     "the foreign ministries were held in Riga.", "consultation"),
    # the year reviewed in another paragraph
    ("The Minister noted that during the 2024 period, the dialogue deepened.\n\n"
     "Political consultations between the foreign ministries were held in Riga.",
     "consultation"),
    # the document's own year named as a period
    ("The Minister noted that during 2025 the dialogue will deepen. Political "
     "consultations between the foreign ministries were held in Riga.", "consultation"),
])
def test_no_past_year_reviewed_keeps_the_day(text: str, kind: str) -> None:
    assert _dated(text, kind) == ["2025-01-20"]

