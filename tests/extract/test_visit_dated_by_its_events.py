"""A readout's visit told with no day of its own ("who was in Lima for a two-day
visit") starts on the first day the text gives an event of the traveller in the
host country ("During this visit the Minister held talks ... on Sunday (18/05)")
(texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

#: a lead with no day in it, so that the text has no dateline of its own
LEAD = ("The Foreign Minister of Chile has reaffirmed the priority her Government gives to "
        "relations with the countries of the Pacific coast of South America, to trade, to "
        "fisheries and to the protection of the ocean, and to the integration of the region "
        "through its common institutions, its ports and its roads, in line with the foreign "
        "policy programme presented to Congress by the President at the start of his term. ")


#: and an end with no day in it either (a day at the very end is a dateline)
TAIL = ("\n\nThe Ministry will continue to inform the public about the relations of Chile "
        "with its neighbours and about the results of its diplomatic work in the region.")


def _visits(text: str, date: str = "2025") -> list[tuple[list[str], str | None]]:
    assert len(LEAD) > 400 and len(TAIL) > 120
    recs = extract_text(LEAD + text + TAIL, issuer="CHL", date=date).records
    return [(r.to, r.date.start) for r in recs if r.type == "visit" and r.from_ == ["CHL"]]


@pytest.mark.parametrize("text", [
    "Foreign Minister Ana Soto who was in Lima for a two day visit on the invitation of the "
    "Peruvian Foreign Minister concluded her visit today. During this visit Minister Soto "
    "held bilateral talks with the Foreign Minister of Peru on Sunday (18/05) and called on "
    "the President of Peru.",
    "The Foreign Minister paid an official visit to Peru. On 18 May she held talks in Lima "
    "with the Foreign Minister of Peru, and on 19 May she met the President of Peru.",
    "The Foreign Minister has concluded a working visit to Peru.\n\nIn Lima on 18 May, "
    "she met the Foreign Minister of Peru, Juan Vera.",
])
def test_the_visit_starts_on_the_first_day_of_its_events(text: str) -> None:
    assert _visits(text) == [(["PER"], "2025-05-18")]


@pytest.mark.parametrize(("text", "date", "day"), [
    # the visit has a day of its own
    ("The Foreign Minister paid an official visit to Peru on 17 May. On 18 May she held "
     "talks in Lima with the Foreign Minister of Peru.", "2025", "2025-05-17"),
    # an event with another country is not the visit's
    ("The Foreign Minister paid an official visit to Peru. Back in Santiago, she held "
     "talks with the Foreign Minister of Bolivia on 18 May and with the Foreign Minister "
     "of Ecuador on 20 May.", "2025", "2025"),
])
def test_a_visit_with_a_day_or_other_events_keeps_its_date(
        text: str, date: str, day: str) -> None:
    assert _visits(text, date) == [(["PER"], day)]


def test_a_review_keeps_the_year() -> None:
    text = ("Review of the foreign policy activities in 2025\n\n" + LEAD + "The Foreign "
            "Minister paid an official visit to Peru. On 18 May she held talks with the "
            "Foreign Minister of Peru in Geneva." + TAIL)
    recs = extract_text(text, issuer="CHL", date="2025").records
    assert [(r.to, r.date.start) for r in recs if r.type == "visit"] == [(["PER"], "2025")]


def test_an_earlier_visit_is_not_dated_by_later_talks() -> None:
    text = ("The Minister recalled her visit to Peru in 2023. On 18 May she held talks with "
            "the Foreign Minister of Peru in Lima, and on 19 May with the President of Peru.")
    assert ["2023"] == [d for to, d in _visits(text) if to == ["PER"]][:1]
