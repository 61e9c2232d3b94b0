"""A relative clause set off by commas between a meeting's noun and the "with" of its
partners ("went on with the meetings, which he called useful, with the foreign
ministers of A and B", "the talks, which took place at the ministry, with the Minister
of C") does not part the meeting from them (texts of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, partners", [
    ("The minister's long day went on with the meetings, which he called productive, "
     "with the foreign ministers of Chile and Peru.", [("CHL",), ("PER",)]),
    ("Her programme continued with bilateral talks, which both sides described as "
     "frank, with the Foreign Minister of Ghana.", [("GHA",)]),
    ("The day ended with a meeting, which took place at the presidential palace, with "
     "Kenyan President William Ruto.", [("KEN",)]),
    ("Then came the talks, which lasted over two hours, with the foreign ministers of "
     "Fiji, Samoa and Tonga.", [("FJI",), ("TON",), ("WSM",)]),
])
def test_partners_after_the_relative_clause(ex, text, partners):
    got = ex(text, issuer="AUS", date="2024-05-02")
    assert sorted(r[2] for r in got if r[0] == "meeting") == partners


@pytest.mark.parametrize("text", [
    "He attended the meetings, which were held in Vienna, with his deputy.",
    "The talks, which he held in Lima, ended with a dinner.",
])
def test_no_foreign_partner_after_the_clause(ex, text):
    got = ex(text, issuer="AUS", date="2024-05-02")
    assert not [r for r in got if r[0] == "meeting" and r[2]]
