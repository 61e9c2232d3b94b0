"""Our minister who "briefed her Omani counterpart on ..." (or informed, updated,
apprised a colleague) met that side: the briefing is a meeting with the adjective's
country. On a visit named by the region alone ("during her official visit to the Gulf
country", "in the course of her visit to the Central Asian country"), the side briefed
is where the trip went, as for one met there (see _region_trip_host.py), and "in the
course of her visit" is the occasion, no topic the counterpart was briefed on. A
briefing by telephone stays a call, and one on her own talks elsewhere names no
meeting with the one briefed (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_HEAD = "Madrid, 12 March 2025\n\n"
_DAY = "2025-03-12"


def _core(text: str) -> list[tuple]:
    return records(_HEAD + text, "ESP", {"visit", "meeting", "call"})


@pytest.mark.parametrize("text, side", [
    ("Foreign Minister Lena Hof briefed her Omani counterpart Said Al-Harthi on the situation "
     "in the region, during her official visit to the Gulf country.", "OMN"),
    ("During her visit to Muscat, Foreign Minister Lena Hof informed her Omani colleague about "
     "the European position on the war.", "OMN"),
    ("Foreign Minister Lena Hof briefed her Kazakh counterpart on the migration pact in the "
     "course of her visit to the Central Asian country.", "KAZ"),
    ("On her first trip to the Andean nation, Minister Lena Hof updated her Peruvian "
     "counterpart, Rosa Quispe, on the new visa rules.", "PER"),
    ("Foreign Minister Lena Hof apprised her Kazakh counterpart of the new visa rules during "
     "her visit to Astana.", "KAZ"),
])
def test_the_counterpart_briefed_on_the_visit_was_met(text: str, side: str) -> None:
    assert _core(text) == [("meeting", ("ESP",), (side,), _DAY),
                           ("visit", ("ESP",), (side,), _DAY)]


def test_a_briefing_by_telephone_stays_a_call() -> None:
    text = ("Foreign Minister Lena Hof briefed her Omani counterpart by telephone on the "
            "situation in the region.")
    assert _core(text) == [("call", ("ESP",), ("OMN",), _DAY)]


def test_a_briefing_on_her_talks_elsewhere_is_no_meeting_with_the_one_briefed() -> None:
    text = "Foreign Minister Lena Hof briefed her Omani counterpart on her talks in Washington."
    assert _core(text) == []
