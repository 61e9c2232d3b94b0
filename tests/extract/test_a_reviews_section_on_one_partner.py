"""A year-end review's section on one partner ("Relations with Germany", "United States",
"Bilateral cooperation with Japan:") is the side of the section's events that name none
("The strategic dialogue was held in April", "The Minister met the Secretary of State
three times"), until the next heading ("Asia"); people met (the diaspora), a heading on
two countries and a readout's headings are left as they were (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_TITLE = "Foreign policy in 2024: results\n\n"
_CORE = {"visit", "meeting", "call", "consultation", "commission", "agreement"}


def _core(text: str) -> list[tuple]:
    return records(_TITLE + text, "LTU", _CORE, date="2024")


@pytest.mark.parametrize("heading, side", [
    ("Relations with Germany", "DEU"),
    ("United States", "USA"),
    ("Bilateral relations with Japan:", "JPN"),
    ("Cooperation with the Republic of Korea", "KOR"),
    ("2. Ties with Brazil", "BRA"),
])
def test_the_sections_partner_is_the_side_of_its_events(heading: str, side: str) -> None:
    text = (f"{heading}\n\nThe strategic dialogue was held in April. The Minister met "
            "the Foreign Minister three times during the year. An agreement on working "
            "holidays was signed in October.")
    assert _core(text) == sorted([("agreement", ("LTU",), (side,), "2024-10"),
                                  ("consultation", ("LTU",), (side,), "2024-04"),
                                  ("meeting", ("LTU",), (side,), "2024")])


def test_the_next_heading_ends_the_section() -> None:
    text = ("Relations with Germany\n\nThe strategic dialogue was held in April.\n\n"
            "Multilateral diplomacy\n\nThe Minister met the Foreign Minister three times.")
    assert _core(text) == [("consultation", ("LTU",), ("DEU",), "2024-04")]


@pytest.mark.parametrize("text", [
    "Relations with Germany\n\nThe Minister met representatives of the Lithuanian "
    "community in Berlin.",
    "Relations with Germany and Austria\n\nThe Minister met the Foreign Minister three "
    "times.",
])
def test_no_side_where_the_section_gives_none(text: str) -> None:
    assert [r for r in _core(text) if r[0] == "meeting"] == []


def test_a_readouts_heading_is_left_to_the_readout() -> None:
    text = ("Vilnius, 3 May 2024\n\nMinister in Berlin\n\nRelations with Germany\n\n"
            "Today the Minister met the Foreign Minister in Vilnius.")
    assert records(text, "LTU", {"meeting"}, date="2024") == \
        records(text.replace("Relations with Germany\n\n", ""), "LTU", {"meeting"},
                date="2024")
