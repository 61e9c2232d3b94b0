"""A short form in brackets right after a body's name ("the Human Rights Council of
the United Nations (UN)", "the latest General Assembly of the United Nations (UN)") is that
name's abbreviation, not a second party: two countries that sign during the session
sign with each other; the body named with its own short form still is a party
(sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_HEAD = "Santiago, 30 September 2024\n\n"


@pytest.mark.parametrize("sentence", [
    "Chile and Nepal signed an agreement on Friday on visas for officials, at the "
    "seventy-ninth General Assembly of the United Nations (UN) in New York.",
    "On the sidelines of the latest General Assembly of the United Nations (UN) in New York, "
    "Chile and Nepal on Friday signed a memorandum on trade.",
    "During the General Assembly of the UN (United Nations), Nepal and Chile signed an "
    "agreement on culture on Friday.",
])
def test_the_short_form_of_the_venue_is_no_party(ex, sentence):
    got = ex(_HEAD + sentence, issuer="CHL", date="2024-09-30", types=["agreement"])
    assert got == [("agreement", ("CHL",), ("NPL",), "2024-09-27")]


@pytest.mark.parametrize("sentence", [
    "Chile signed a host country agreement with the United Nations (UN) on Friday.",
    "On Friday Chile signed an agreement with the United Nations Development Programme "
    "(UNDP) on water.",
])
def test_a_body_named_with_its_short_form_is_still_a_party(ex, sentence):
    res = extract_text(_HEAD + sentence, issuer="CHL", date="2024-09-30")
    orgs = [o for r in res.records if r.type == "agreement" for o in r.organizations]
    assert orgs
