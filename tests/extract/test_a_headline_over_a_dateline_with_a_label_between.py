"""A headline written as a sentence over a body that opens with a news dateline tells
the body's event, not a second one, also where a page's empty field label stands
between ("Posted on:", "Share:") or where an agency's name stands before the
dateline's dash ("Nairobi, May 7, 2024 (KNA) -") (texts of our own)."""

from __future__ import annotations

import pytest

from .probe_support import CORE, event, records


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    ("President Ruto receives Ghana's Foreign Minister.\n\nPosted on:\n\nNairobi, 7 "
     "February 2024 - President William Ruto today received Ghana's Foreign Minister, "
     "Shirley Botchwey.", "KEN", event("meeting", "KEN", "GHA", "2024-02-07")),
    ("Minister Silva meets her Peruvian counterpart.\n\nDate posted:\nShare:\n\nLima, March "
     "3, 2023 – Foreign Minister Ana Silva held talks on Friday with Peru's Foreign "
     "Minister.", "CHL", event("meeting", "CHL", "PER", "2023-03-03")),
    ("The Prime Minister receives the Turkish Foreign Minister.\n\nTripoli, February 7, "
     "2024 (LANA) - The Prime Minister received today the Turkish Foreign Minister, "
     "Hakan Fidan.", "LBY", event("meeting", "LBY", "TUR", "2024-02-07")),
    ("Foreign Minister holds talks with Japanese counterpart.\n\nPublished:\n\nHanoi, 12 "
     "May 2023 (VNA) – The Foreign Minister held talks today with the Foreign Minister of "
     "Japan.", "VNM", event("meeting", "VNM", "JPN", "2023-05-12")),
])
def test_the_headline_tells_the_bodys_event(text, issuer, expected):
    assert records(text, issuer, CORE) == [expected]


def test_a_headline_over_another_events_body_keeps_both():
    # no dateline under the headline: a lead paragraph of its own, another day
    text = ("The Minister met the Foreign Minister of Japan on 3 May.\n\nPosted on:\n\n"
            "On 5 May she met the Foreign Minister of Korea.")
    assert records(text, "VNM", CORE, date="2023-05-12") == [
        event("meeting", "VNM", "JPN", "2023-05-03"), event("meeting", "VNM", "KOR", "2023-05-05")]
