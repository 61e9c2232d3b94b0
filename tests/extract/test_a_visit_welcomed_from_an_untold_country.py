"""A foreign host that welcomed, hosted or received a visit "from|by|of" a guest
named only by title and name ("Peru welcomed an official visit from Prime Minister
A"): the guest is the issuer's own, the visit is to that host (sentences of our own).
A host that is the issuer, or a guest of a country named, is read as before."""

from __future__ import annotations

import pytest

_LEAD = "Date: 2019-05-14\n\n"


@pytest.mark.parametrize("text", [
    "Peru gladly welcomed an official visit from Prime Minister Keith Mitchell.",
    "With flags along the avenues of Lima, the host country Peru welcomed "
    "a state visit by Prime Minister Honourable Keith Mitchell.",
    "Last week Peru hosted a working visit of Foreign Minister Peter David.",
    "Peru received the official visit of the Prime Minister with full honours.",
])
def test_the_guest_is_the_issuers_own(ex, text):
    got = ex(_LEAD + text, issuer="GRD", date="2019-05-14", types=["visit"])
    assert [g[:3] for g in got] == [("visit", ("GRD",), ("PER",))]


def test_a_guest_of_a_country_named_is_of_that_country(ex):
    got = ex(_LEAD + "Peru welcomed the official visit of the Prime Minister of Chile.",
             issuer="GRD", date="2019-05-14", types=["visit"])
    assert [g[:3] for g in got] == [("visit", ("CHL",), ("PER",))]


def test_the_issuer_as_host_takes_no_guest_of_its_own(ex):
    got = ex(_LEAD + "Grenada welcomed an official visit from President Gabriel Boric.",
             issuer="GRD", date="2019-05-14", types=["visit"])
    assert all(g[1] != ("GRD",) for g in got)
