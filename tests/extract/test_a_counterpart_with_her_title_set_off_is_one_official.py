"""A counterpart followed by a comma and that counterpart's own title and name ("her
British counterpart, Foreign Secretary A") is one official met, one meeting, whatever
the title's words (texts of our own)."""

from __future__ import annotations

from communique.extract import extract_text


def _met(text: str) -> list[list[str]]:
    recs = extract_text(text, issuer="SWE", date="2019-05-12").records
    return [list(r.to) for r in recs if r.type == "meeting"]


def test_foreign_secretary_after_the_counterpart() -> None:
    assert _met("Foreign Minister Anna Berg met her British counterpart, Foreign Secretary "
                "Jeremy Hunt, in London on Monday.") == [["GBR"]]


def test_secretary_of_state_after_the_counterpart() -> None:
    assert _met("On Monday Minister Berg met with her American counterpart, Secretary of "
                "State Mike Pompeo, in Washington.") == [["USA"]]


def test_the_counterpart_first_then_the_day() -> None:
    assert _met("Today the Foreign Minister held talks with his Indian counterpart, External "
                "Affairs Minister Subrahmanyam Jaishankar, in New Delhi.") == [["IND"]]


def test_a_second_official_after_the_counterpart_is_met_too() -> None:
    assert _met("On Monday Minister Berg met her Canadian counterpart, Foreign Minister "
                "Chrystia Freeland, and Prime Minister Justin Trudeau in Ottawa.") \
        == [["CAN"], ["CAN"]]
