"""Visiting our own embassy, companies or troops abroad ("also visited the Georgian
companies operating in the Mombasa area", "visited the Singapore embassy") is no
visit of the host to us (sentences of our own)."""

from __future__ import annotations

import pytest

_LEAD = "The Minister paid an official visit to Kenya on 3 May. "


@pytest.mark.parametrize("text", [
    "The Minister also visited the Georgian companies operating in the Mombasa area.",
    "The Minister also visited the Georgian embassy in Nairobi.",
    "She also visited the Georgia pavilion at the trade fair and the Georgian community.",
])
def test_our_own_institutions_abroad_are_no_visit_to_us(ex, text):
    got = ex(_LEAD + text, issuer="GEO", date="2024-05-04", types=["visit"])
    assert got == [("visit", ("GEO",), ("KEN",), "2024-05-03")]


def test_a_guests_visit_to_us_still_is_one(ex):
    text = "The Foreign Minister of Kenya visited Georgia on 3 May."
    got = ex(text, issuer="GEO", date="2024-05-04", types=["visit"])
    assert got == [("visit", ("KEN",), ("GEO",), "2024-05-03")]
