"""After a meeting with an organisation's official (no country), that official's visit
told again by a possessive or "of the Secretary-General" ("acknowledged the
Secretary-General's first visit to Samoa", "thanked Ms Rowe for her visit", "welcomed
the visit of the Secretary-General to Samoa") is the organisation's visit to the
issuer; a possessive of the issuer's own office-holder or of a place is none (texts
of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_LEAD = ("Apia, 4 May 2025: Prime Minister Fiame Toleafoa held a bilateral meeting with "
         "Ms Jane Rowe, Secretary-General of the Commonwealth, on Saturday 3 May 2025.\n\n")


def _visits(text: str) -> list[tuple[list[str], list[str], list[str], str | None]]:
    return [(r.from_, r.to, r.organizations, r.date.start)
            for r in extract_text(_LEAD + text, issuer="WSM", date="2025-05-04").records
            if r.type == "visit"]


@pytest.mark.parametrize("text", [
    "The Prime Minister acknowledged the Secretary-General's first visit to Samoa as a sign "
    "of commitment.",
    "The Prime Minister welcomed Ms Rowe’s maiden visit to Samoa.",
    "The Prime Minister thanked the Secretary-General for her visit to Samoa.",
    "The Prime Minister welcomed the visit of the Secretary-General to Samoa.",
    "Fiame thanked Ms Rowe for her first official visit to Samoa and to the Pacific.",
])
def test_the_guests_visit_to_the_issuer(text):
    assert _visits(text) == [([], ["WSM"], ["COMMONWEALTH"], "2025-05-03")]


@pytest.mark.parametrize("text", [
    "They discussed the Prime Minister's recent visit to Samoa's outer islands.",
    "They discussed the upcoming visit of the Commonwealth election observers to Samoa.",
    "The Secretary-General thanked the Prime Minister for his visit to Samoa's north coast.",
    "The two spoke about Samoa's first visit programme for young diplomats.",
])
def test_no_visit_of_the_guest(text):
    assert _visits(text) == []
