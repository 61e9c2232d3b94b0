"""A relative clause set off by commas between a subject that names no side (the
issuer's own Minister) and its verb, telling what that subject did ("Foreign Minister
Berg, who returned from Canada on Sunday, met the Ambassador of Japan"): its countries
are the subject's own story, neither the meeting's side nor the visitor of the trip
its verb tells. A clause saying who the subject is ("The envoy, who is Kenya's new
ambassador, met ...") still names the subject's side (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records

_DAY = "2024-05-10"


@pytest.mark.parametrize(("text", "expected"), [
    ("Foreign Minister Berg, who returned from Canada on Sunday, met the Ambassador of "
     "Japan on Monday.", [event("meeting", "NOR", "JPN", "2024-05-06")]),
    ("The State Secretary, who had visited Chile in March, received the Ambassador of Peru "
     "on 6 May.", [event("meeting", "NOR", "PER", "2024-05-06"),
                   event("visit", "NOR", "CHL", "2024-03")]),
    ("The Minister, who on 3 April signed an agreement with Kenya, today visited Ethiopia.",
     [event("agreement", "NOR", "KEN", "2024-04-03"), event("visit", "NOR", "ETH", _DAY)]),
    ("Minister Holm, who last week attended a conference in Brazil, spoke by telephone with "
     "the Foreign Minister of India on Monday.", [event("call", "NOR", "IND", "2024-05-06")]),
    ("The State Secretary, who negotiated the accord with Chile, travelled to Peru on 7 May.",
     [event("visit", "NOR", "PER", "2024-05-07")]),
])
def test_the_clauses_countries_are_the_subjects_story(text, expected):
    assert records(text, "NOR", CORE, date=_DAY) == sorted(expected)


@pytest.mark.parametrize(("text", "partner"), [
    ("The envoy, who is Kenya's new ambassador, met the State Secretary on 6 May.", "KEN"),
    ("The Ambassador, who represents Kenya in Oslo, met the State Secretary on 6 May.",
     "KEN"),
    ("The visitor, who heads the Chilean delegation, met the Minister on 6 May.", "CHL"),
])
def test_a_clause_of_who_the_subject_is_names_its_side(text, partner):
    got = records(text, "NOR", {"meeting"}, date=_DAY)
    assert got == [event("meeting", "NOR", partner, "2024-05-06")]
