"""A news digest tells one meeting twice, newest item first: the first item gives no
day (only the item's own stamp), the next one tells the day ("“Ties will grow”, the
Minister declared on Wednesday following a meeting with B"). Words inside the
quotation ("will", "again", "next") are what was said: they do not make the retelling
another occasion, so the two tellings are one meeting on the day told. "another
meeting" outside the quotation still tells a second one (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

# 9 October 2025 is a Thursday: "on Wednesday" is the 8th


def _digest(first: str, second: str) -> str:
    return ("News\n\nRail link to Poland\n\n"
            "Ministry of Foreign Affairs, 9 October 2025 11:05 AM\n\n" + first + "\n\n"
            "Ties with Poland to deepen\n\n"
            "Ministry of Foreign Affairs, 9 October 2025 8:40 AM\n\n" + second + "\n")


_ENERGY = ("“Energy is a matter of sovereignty”, Foreign Minister Lena Hof stated in Warsaw "
           "after a meeting with Polish Foreign Minister Jan Nowak.")


@pytest.mark.parametrize("first, second", [
    ("“Serbia has no grounds for closing our consulate”, Foreign Minister Lena Hof "
     "declared in Warsaw following a meeting with Polish Foreign Minister Jan Nowak.",
     "“Relations will be marked by new projects”, Foreign Minister Lena Hof declared on "
     "Wednesday following a meeting with Polish Foreign Minister Jan Nowak in Warsaw."),
    ("In Warsaw, after talks with Polish Foreign Minister Jan Nowak, Foreign Minister "
     "Lena Hof called for a new rail link.",
     "\"We agreed to meet again before the summer,\" Foreign Minister Lena Hof told "
     "reporters on Wednesday after talks with Polish Foreign Minister Jan Nowak in "
     "Warsaw."),
    (_ENERGY,
     "“Next year we will open a joint office”, Foreign Minister Lena Hof announced on "
     "Wednesday following a meeting with Polish Foreign Minister Jan Nowak in Warsaw."),
    (_ENERGY,
     "«A second pipeline will follow», Foreign Minister Lena Hof told journalists on "
     "Wednesday after a meeting with Polish Foreign Minister Jan Nowak in Warsaw."),
])
def test_one_meeting_on_the_day_told(first: str, second: str) -> None:
    got = records(_digest(first, second), "AUT", {"meeting"})
    assert got == [("meeting", ("AUT",), ("POL",), "2025-10-08")]


def test_another_meeting_outside_the_quotation_stays_a_second_one() -> None:
    second = ("“Our ties will be marked by new projects”, Foreign Minister Lena Hof "
              "declared on Wednesday following another meeting with Polish Foreign Minister "
              "Jan Nowak in Warsaw.")
    got = records(_digest(_ENERGY, second), "AUT", {"meeting"})
    assert got == [("meeting", ("AUT",), ("POL",), "2025-10-08"),
                   ("meeting", ("AUT",), ("POL",), "2025-10-09")]
