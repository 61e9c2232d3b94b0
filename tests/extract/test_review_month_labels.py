"""A review set out line by line under month labels ("January: official visit to
Greece; consultations with Portugal.") dates each line's events by its label; a title
that names the year before what it is ("Diplomatic year 2022: review") is a review, whose
undated lines take no date from the line before."""

from __future__ import annotations

import pytest

from communique.extract._context import is_review
from tests.extract.probe_support import CORE, records


def _core(text: str, issuer: str, year: str) -> list[tuple]:
    return records(text, issuer, CORE, date=year)


@pytest.mark.parametrize("label", ["January:", "January :", "- January –", "January -"])
def test_month_label_dates_its_line(label: str) -> None:
    text = (f"Our foreign policy in 2024\n\n{label} official visit of the Foreign Minister to "
            f"Greece; political consultations with Portugal.\nJune: telephone conversation "
            f"with the Foreign Minister of Japan.")
    got = _core(text, "GEO", "2024")
    assert ("visit", ("GEO",), ("GRC",), "2024-01") in got
    assert ("consultation", ("GEO",), ("PRT",), "2024-01") in got
    assert ("call", ("GEO",), ("JPN",), "2024-06") in got


def test_may_the_verb_is_no_label() -> None:
    got = _core("Review of 2024\n\nMay we note that the Minister visited Greece.", "GEO",
                "2024")
    assert ("visit", ("GEO",), ("GRC",), "2024") in got


@pytest.mark.parametrize("title", [
    "Diplomatic year 2022: review",
    "2022 - results and highlights",
    "The year 2022: a summary",
    "Foreign Ministry 2022 – overview",
    "The year 2022: main results",
])
def test_year_then_review_title(title: str) -> None:
    assert is_review(f"{title}\n\nThe Minister visited Angola.", 2022)


def test_undated_bullet_takes_no_date_from_the_one_before() -> None:
    text = ("Diplomatic year 2022: review\n\n- Political consultations with Jordan (Rabat, 9 "
            "September)\n- Signing of a memorandum of understanding with Rwanda on diplomatic "
            "training\n- Talks with the Foreign Minister of Chile")
    got = _core(text, "MAR", "2022")
    assert ("agreement", ("MAR",), ("RWA",), "2022") in got
    assert ("meeting", ("MAR",), ("CHL",), "2022") in got


def test_readout_title_with_a_day_is_no_review() -> None:
    assert not is_review("Minister meets Jordanian counterpart, 9 September 2022: talks on "
                         "trade\n\nThe Minister met his Jordanian counterpart.", 2022)
