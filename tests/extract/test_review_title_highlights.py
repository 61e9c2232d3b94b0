"""A review titled by its highlights and the year after a comma or a dash ("Highlights
of Philippine diplomacy, 2022") is a year-end review: its undated items keep the year
and take no date from the item before."""

from __future__ import annotations

import pytest

from communique.extract._context import is_review

BODY = ("The Department convened the sixth bilateral consultations with Singapore in "
        "Manila on 4 August.\n\nThe Secretary spoke by phone with his counterparts from Japan "
        "and Korea.")


@pytest.mark.parametrize("title", [
    "Highlights of Philippine diplomacy, 2022",
    "Achievements of our foreign policy - 2022",
    "Diplomatic milestones: 2022",
    "Key accomplishments of the Department, 2022",
])
def test_highlights_title_with_year_is_a_review(title: str) -> None:
    assert is_review(f"{title}\n\n{BODY}", 2022)


@pytest.mark.parametrize("title", [
    "Highlights of the Minister's visit to Japan",
    "Secretary meets Japanese counterpart in Tokyo, 4 August 2022",
])
def test_other_titles_are_not_reviews(title: str) -> None:
    assert not is_review(f"{title}\n\n{BODY}", 2022)


def test_review_call_keeps_the_year() -> None:
    from tests.extract.probe_support import CORE, records
    got = records(f"Highlights of Philippine diplomacy, 2022\n\n{BODY}", "PHL", CORE,
                  date="2022")
    assert ("call", ("PHL",), ("JPN",), "2022") in got
