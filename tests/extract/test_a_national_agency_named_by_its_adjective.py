"""An official of a national agency named by its country's adjective ("the Executive
Director General of the Chilean Agency for Cooperation", "the Japanese International
Cooperation Agency") serves that country: the meeting is with it
(sentences of our own)."""

from __future__ import annotations

import pytest

from .probe_support import CORE, dated_core


@pytest.mark.parametrize(("text", "code"), [
    ("The Minister held a meeting with Ana Soto, Director General of the Chilean Agency for "
     "Cooperation, in Santiago.", "CHL"),
    ("The Vice Minister held talks with officials of the Spanish International Development "
     "Agency on the new programme.", "ESP"),
    ("The Vice Minister met the President of the Japanese International Cooperation Agency "
     "to discuss scholarships.", "JPN"),
    ("The Minister held a meeting with the head of the Chilean Cooperation and Development "
     "Agency, Ana Soto.", "CHL"),
])
def test_the_agencys_country_is_met(text, code):
    assert [r for r in dated_core("GTM", text, CORE) if r[0] == "meeting"] == \
        [("meeting", ("GTM",), (code,), "2025-03-12")]


def test_an_agency_named_without_a_country_names_no_side():
    text = ("The Minister held talks with the Director General of the International "
            "Cooperation Agency in Santiago.")
    assert dated_core("GTM", text, CORE) == [("meeting", ("GTM",), (), "2025-03-12")]
