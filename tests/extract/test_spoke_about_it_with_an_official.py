"""A talk recalled with the matter told between the verb and the partner: "We spoke
about it with Prime Minister A in Tianjin" is a meeting (a place where they met), "...
by phone on Monday" a call; talk about a matter with people who hold no office is no
event (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _records(text: str):
    recs = extract_text("date 2025-09-11 " + text, issuer="BLR", date="2025-09-11").records
    return sorted((r.type, tuple(r.to)) for r in recs
                  if r.type in ("meeting", "call", "visit"))


@pytest.mark.parametrize("text", [
    '"We spoke about it with Prime Minister Viktor Orban in Tianjin," the President '
    'recalled.',
    "The President recalled that he had spoken about it with Hungarian Prime Minister "
    "Viktor Orban in Tianjin.",
    '"We spoke about this with the Hungarian Prime Minister in Tianjin," the President '
    "said.",
    "In Tianjin the President spoke about the matter with Prime Minister Viktor Orban of "
    "Hungary.",
])
def test_spoke_about_it_with_an_official_in_a_city_is_a_meeting(text):
    assert ("meeting", ("HUN",)) in _records(text)


def test_spoke_about_it_by_phone_is_a_call():
    text = ('"We spoke about it with Prime Minister Viktor Orban by phone on Monday," the '
            "President said.")
    assert _records(text) == [("call", ("HUN",))]


def test_spoke_about_a_matter_with_farmers_is_no_event():
    assert _records("The President spoke about the harvest with farmers in Brest.") == []
