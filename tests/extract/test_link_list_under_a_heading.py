"""A web page's list of links under a bare heading ("Related news:", "Read also",
"See also:", "More news") at the end of the text: each line under it is the title
of another page, no event, even the text's last line; a line of the body after a
heading that is no link heading is still read (sentences of our own)."""

from __future__ import annotations

import pytest

LEAD = ("The Minister met the Foreign Minister of Chile, Alberto van Klaveren, in Lima "
        "today.\n\n")
MET = [("meeting", ("PER",), ("CHL",), "2025-07-14")]


@pytest.mark.parametrize("tail", [
    "Related news:\nMinister meets Ambassadors of the EU member states",
    "Read also\n\nMinister receives the Ambassador of Japan\n\nPeru and Ecuador sign a "
    "memorandum on border crossings",
    "See also:\nVice Minister holds consultations with Bolivia\nMinister meets the "
    "Secretary General of the OAS",
    "More news\nMinister receives the Ambassador of India.",
])
def test_titles_under_a_link_list_heading_are_no_events(ex, tail):
    assert ex(LEAD + tail, issuer="PER", date="2025-07-14") == MET


def test_a_body_line_after_an_ordinary_heading_is_still_read(ex):
    text = LEAD + "Other meetings\nThe Minister also met the Foreign Minister of Bolivia."
    assert ex(text, issuer="PER", date="2025-07-14") == sorted(
        MET + [("meeting", ("PER",), ("BOL",), "2025-07-14")])
