"""The issuer's own honorary consuls or consular corps where they serve ("Honorary
Consuls from Germany, Poland and Austria", "our consular corps in Austria, Poland and
Germany") are its own people: no meeting or call with those
countries; a foreign consul received is still a meeting (sentences of our own)."""

from __future__ import annotations

import pytest

_LEAD = "Monaco, 10 July 2021 - "


@pytest.mark.parametrize("text", [
    "The Minister met the Honorary Consuls from Austria, Germany and Poland on 25 June.",
    "Our Embassy organised a videoconference for the Honorary Consuls from Austria, "
    "Germany and Poland on 25 June.",
    "Our consular corps in Austria, Poland and Germany then met by videoconference.",
    "The Minister held a videoconference with the honorary consuls in Italy and Spain.",
])
def test_the_issuers_own_consuls_where_they_serve_are_no_partners(ex, text):
    assert ex(_LEAD + text, issuer="MCO", date="2021-07-10", types=["meeting", "call"]) == []


def test_a_foreign_consul_received_is_a_meeting(ex):
    text = "The Minister received the Honorary Consul of Chile in Monaco on Friday."
    assert ex(_LEAD + text, issuer="MCO", date="2021-07-10", types=["meeting"]) == [
        ("meeting", ("MCO",), ("CHL",), "2021-07-09")]
