"""A sentence that opens with what a minister said, then the speaker and the occasion
("“We stand with Moldova”, the Minister declared after meeting the Polish Foreign
Minister"): the countries in the quotation are what was said, not sides of the meeting
or visitors of the visit told after it. A meeting with no side of its own after the
quotation still takes the side the quotation names (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, records

_HEAD = "Ministry of Foreign Affairs, 9 October 2025\n\n"


def _core(text: str) -> list[tuple]:
    return records(_HEAD + text, "AUT", CORE)


@pytest.mark.parametrize("text", [
    "“Serbia has no grounds for closing our consulate in Niš, and we will answer in "
    "kind”, Foreign Minister Lena Hof said in Warsaw after a meeting with Polish Foreign "
    "Minister Jan Nowak.",
    "\"Hungary and Slovakia remain our closest partners in the region,\" Foreign Minister "
    "Lena Hof told journalists following her talks with the Polish Foreign Minister in "
    "Warsaw.",
    "“We stand with Moldova”, declared Foreign Minister Lena Hof after meeting the Polish "
    "Foreign Minister in Warsaw.",
    "«Nobody should doubt our support for Georgia and Armenia» – Foreign Minister Lena Hof "
    "said on the margins of her meeting with Polish Foreign Minister Jan Nowak in Warsaw.",
])
def test_the_quotation_names_no_side_of_the_meeting(text: str) -> None:
    assert _core(text) == [("meeting", ("AUT",), ("POL",), "2025-10-09")]


@pytest.mark.parametrize("text", [
    "“We stand with Moldova”, Foreign Minister Lena Hof said during her visit to Poland.",
    "“Ukraine can count on us,” Foreign Minister Lena Hof declared on an official visit "
    "to Poland.",
])
def test_the_quotation_names_no_visitor(text: str) -> None:
    assert _core(text) == [("visit", ("AUT",), ("POL",), "2025-10-09")]


def test_a_meeting_with_no_side_of_its_own_keeps_the_quoted_partner() -> None:
    text = ("“The talks with my Polish colleague were open and friendly,” Foreign Minister "
            "Lena Hof said after the meeting in Warsaw.")
    assert _core(text) == [("meeting", ("AUT",), ("POL",), "2025-10-09")]


def test_a_quotation_after_the_meeting_was_never_a_side() -> None:
    text = ("After a meeting with Polish Foreign Minister Jan Nowak in Warsaw, Foreign "
            "Minister Lena Hof said: “Serbia has no grounds for closing our consulate.”")
    assert _core(text) == [("meeting", ("AUT",), ("POL",), "2025-10-09")]
