"""A section heading that names a country ("2. Kenya (9-10 March)") gives the
side of the section's events and the days of that stop of a tour (sentences
of our own)."""

from __future__ import annotations

import pytest

TOUR = ("Minister tours East Africa\n\n"
        "From 9 to 12 March the Minister visited Kenya and Uganda.\n\n"
        "{h1}\nOn 9 March, the Minister met the Cabinet Secretary for Foreign Affairs.\n\n"
        "{h2}\nOn 11 March, the Minister held talks with the Minister of Foreign Affairs.")


@pytest.mark.parametrize("h1,h2", [
    ("1. Kenya (9-10 March)", "2. Uganda (11-12 March)"),
    ("Kenya (9 and 10 March)", "Uganda (11 and 12 March)"),
    ("(1) Kenya (March 9-10)", "(2) Uganda (March 11-12)"),
    ("I. Kenya, 9-10 March", "II. Uganda, 11-12 March"),
])
def test_a_heading_names_the_stop_its_events_are_with_and_its_days(ex, h1, h2):
    recs = ex(TOUR.format(h1=h1, h2=h2), issuer="DEU", date="2024-03-14")
    assert recs == [
        ("meeting", ("DEU",), ("KEN",), "2024-03-09"),
        ("meeting", ("DEU",), ("UGA",), "2024-03-11"),
        ("visit", ("DEU",), ("KEN",), "2024-03-09"),
        ("visit", ("DEU",), ("UGA",), "2024-03-11"),
    ]


def test_a_heading_without_days_still_names_the_side(ex):
    text = ("Minister tours East Africa\n\nFrom 9 to 12 March the Minister visited Kenya and "
            "Uganda.\n\nUganda\nOn 11 March, the Minister held talks with the Minister of "
            "Foreign Affairs.")
    recs = ex(text, issuer="DEU", date="2024-03-14", types={"meeting"})
    assert recs == [("meeting", ("DEU",), ("UGA",), "2024-03-11")]


@pytest.mark.parametrize("heading", [
    "Relations with Uganda",
    "Germany (9-10 March)",
    "Kenya and Uganda (9-12 March)",
])
def test_a_heading_that_is_no_single_foreign_stop_changes_no_side(ex, heading):
    text = ("Minister meets Kenyan counterpart\n\nOn 9 March the Minister met the Foreign "
            f"Minister of Kenya in Berlin.\n\n{heading}\nOn 10 March, the Minister held "
            "talks with the Minister of Foreign Affairs.")
    recs = ex(text, issuer="DEU", date="2024-03-14", types={"meeting"})
    assert [to for _t, _f, to, _d in recs] == [("KEN",), ("KEN",)]
