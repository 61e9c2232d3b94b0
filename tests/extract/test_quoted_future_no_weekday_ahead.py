"""A future word inside a quotation ("“Trade will grow”, the Minister said on Tuesday
after talks with ...") does not make the reporting clause's bare weekday a coming
one: the statement was made, the weekday is the last one. A future told by the
reporting clause itself still looks ahead (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

# 9 October 2025 is a Thursday: the last Tuesday is the 7th, the coming one the 14th
_HEAD = "Ministry of Foreign Affairs, 9 October 2025\n\n"


def _meetings(text: str) -> list[tuple]:
    return records(_HEAD + text, "AUT", {"meeting"})


@pytest.mark.parametrize("text", [
    "“Our two countries will open a new chapter”, Foreign Minister Lena Hof said on "
    "Tuesday after a meeting with Polish Foreign Minister Jan Nowak in Warsaw.",
    "“Trade between us will double within five years,” the Minister declared on Tuesday "
    "following talks with the Foreign Minister of Poland in Warsaw.",
    "On Tuesday, after meeting her Polish counterpart in Warsaw, Foreign Minister Lena Hof "
    "said: “We will work together on energy.”",
    "«Cooperation will deepen,» said Foreign Minister Lena Hof on Tuesday, after "
    "her meeting with the Polish Foreign Minister in Warsaw.",
    "\"The border crossing will reopen soon\", Minister Lena Hof told reporters on Tuesday "
    "after her talks with the Polish Foreign Minister in Warsaw.",
])
def test_a_quoted_future_leaves_the_weekday_behind(text: str) -> None:
    assert _meetings(text) == [("meeting", ("AUT",), ("POL",), "2025-10-07")]


def test_a_future_told_outside_the_quote_still_looks_ahead() -> None:
    text = ("The Minister will brief the press on Tuesday after her meeting with Polish "
            "Foreign Minister Jan Nowak in Warsaw: “We are close partners”, she said.")
    assert _meetings(text) == [("meeting", ("AUT",), ("POL",), "2025-10-14")]
