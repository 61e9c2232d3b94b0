"""A news digest sets its items out one after another: a headline, a paragraph that sums
the story up, then a bare "Read more" link. The next item's summary paragraph comes after
that link line, but it is no title of a linked page: a long paragraph is read as the
body it is. Short lines under a heading of links ("Related news:", "Read also") stay
titles of other pages, no events (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records

_ITEM_ONE = ("Minister opens a trade fair in Lima\n\n"
             "The Minister of Foreign Affairs, Ana Rojas, opened the annual trade fair of "
             "the Andean region in Lima on Monday and spoke about the value of open markets "
             "for the small firms of the region and beyond.\n\n")


@pytest.mark.parametrize(("link", "body", "expected"), [
    ("Read More", "Foreign Minister Ana Rojas ended a fruitful official visit of two days "
     "to Chile today, during which she called on President Gabriel Boric and held talks on "
     "trade, energy, mining and the fight against organised crime with the Chilean side.",
     [event("visit", "PER", "CHL", "2024"), event("meeting", "PER", "CHL", "2024")]),
    ("Read more", "The Vice Minister held political consultations with the Deputy Foreign "
     "Minister of Bolivia in La Paz, where the two sides reviewed the roadmap agreed last "
     "year and set out the work on border crossings for the months ahead.",
     [event("consultation", "PER", "BOL", "2024")]),
    ("READ MORE", "The President received the credentials of the new Ambassador of Japan at "
     "the Government Palace, and the two spoke about the anniversary of the arrival of the "
     "first Japanese families in Peru and about new flights between the two countries.",
     [event("meeting", "PER", "JPN", "2024")]),
    ("Read more", "Minister Ana Rojas held a telephone conversation with the Foreign "
     "Minister of Ecuador, in which the two ministers discussed the situation on their "
     "shared border and agreed to meet again in Quito before the end of the year.",
     [event("call", "PER", "ECU", "2024")]),
])
def test_the_summary_after_a_read_more_line_is_read(link: str, body: str,
                                                      expected: list[tuple]) -> None:
    text = _ITEM_ONE + link + "\n\nNext headline of the digest\n\n" + body + "\n\n" + link \
        + "\n\nA last headline\n\nThe Government of Peru expressed its condolences."
    assert records(text, "PER", CORE, date="2024") == sorted(expected)


@pytest.mark.parametrize("tail", [
    "Read more\n\nMinister meets the Ambassador of Japan\n\nMinister receives a call from "
    "Ecuador",
    "Related news:\nMinister visits Chile\nVice Minister meets the Bolivian delegation.",
])
def test_short_titles_under_a_link_heading_stay_no_events(tail: str) -> None:
    text = "The Minister met the Foreign Minister of Brazil in Lima today.\n\n" + tail
    assert records(text, "PER", CORE, date="2024-05-06") == [
        event("meeting", "PER", "BRA", "2024-05-06")]
