"""A minister's own post (sentences of our own): "Honoured to be received by His
Majesty King A", "Delighted to be hosted by Foreign Minister B in Tallinn" is a
meeting with the host's side; "Had a good call with @handle" is a call with the
side of the office-holder the handle spells."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "host"), [
    ("Honoured to be received by His Majesty King Charles III at Buckingham Palace "
     "today.", "GBR"),
    ("Delighted to be hosted by Foreign Minister Tsahkna of Estonia in Tallinn today.",
     "EST"),
    ("Grateful to have been warmly welcomed by President Stubb of Finland today.", "FIN"),
])
def test_the_writer_received_by_a_host_is_a_meeting(ex, text, host):
    got = ex(text, issuer="GEO", date="2024-03-14", types=["meeting"])
    assert got == [("meeting", ("GEO",), (host,), "2024-03-14")]


def test_honoured_to_be_awarded_is_no_meeting(ex):
    assert ex("Honoured to be awarded the Order of Merit today.", issuer="GEO",
              date="2024-03-14", types=["meeting"]) == []


@pytest.mark.parametrize(("text", "partner"), [
    ("Had a good call with @SecBlinken this morning.", "USA"),
    ("Had a good call with @antonio_tajani this morning.", "ITA"),
])
def test_a_good_call_with_a_handle(ex, text, partner):
    got = ex(text, issuer="GEO", date="2024-03-14", types=["call"])
    assert got == [("call", ("GEO",), (partner,), "2024-03-14")]
