"""The years a signed programme or plan runs for ("for the years 2025 to 2028",
"for the period 2024-2027") are its term, not the day it was signed or the talks
were held (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


@pytest.mark.parametrize("text", [
    "The Minister held talks with his Norwegian counterpart today; the two ministers signed "
    "a plan of cooperation for the years 2025 to 2028.",
    "Today the Minister and the Foreign Minister of Norway signed a programme of cultural "
    "exchanges for the period 2024-2027 after their talks.",
    "After talks with the Norwegian Foreign Minister, the Minister signed today an action "
    "plan for the period of 2025 to 2029.",
])
def test_the_term_of_a_programme_is_not_the_event_day(text: str) -> None:
    recs = extract_text(text, issuer="ESP", date="2025-11-14").records
    assert "agreement" in {r.type for r in recs}
    assert all(r.date.start == "2025-11-14" for r in recs if r.to == ["NOR"])


def test_a_year_of_the_event_still_dates_it() -> None:
    # a review: the year the talks were held in is their date
    text = ("In the years 2023 and 2024 the Minister held talks with the Foreign Minister of "
            "Norway several times. In 2024, the two ministers signed a plan of cooperation "
            "in Oslo.")
    recs = extract_text(text, issuer="ESP", date="2025-11-14").records
    assert [r.date.start for r in recs if r.type == "agreement"] == ["2024"]


@pytest.mark.parametrize("text", [
    "Following the talks, the Minister and the Foreign Minister of Norway signed a "
    "programme of cooperation between the two ministries for 2025.",
    "The Minister and his Norwegian counterpart today signed a plan of consultations for "
    "the year 2025.",
    "After the talks the Minister signed with the Foreign Minister of Norway a work "
    "programme for 2025.",
])
def test_the_one_year_a_programme_runs_for_is_its_term(text: str) -> None:
    recs = extract_text(text, issuer="ESP", date="2025-02-25").records
    assert [r.date.start for r in recs if r.type == "agreement"] == ["2025-02-25"]


def test_a_year_the_signing_took_place_in_still_dates_it() -> None:
    # a review: "in 2024" is when it was signed, not what it runs for
    text = ("The Ministry in 2024: a review\n\nIn 2024 the Minister signed a plan of "
            "cooperation with the Foreign Minister of Norway for the coming years.")
    recs = extract_text(text, issuer="ESP", date="2025").records
    assert [r.date.start for r in recs if r.type == "agreement"] == ["2024"]
