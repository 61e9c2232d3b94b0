"""Two countries that share one name, told once ("North and South Korea", "South and
North Korea"): both are named, so talks between them are theirs, not the issuer's,
and envoys of both are two meetings. A first word that makes no country with the
name ("North and South Africa") adds none (texts of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Minister welcomed the talks between North and South Korea.",
    "She said that this week's conversations between North and South Korea were "
    "encouraging.",
    "Ministers praised the resumed dialogue between South and North Korea on Monday.",
])
def test_talks_between_the_two_are_not_the_issuers(ex, text):
    got = ex(text, issuer="NOR", date="2018-01-11")
    assert not [r for r in got if "NOR" in r[1] + r[2]], got


@pytest.mark.parametrize("text, partners", [
    ("The Minister met the ambassadors of North and South Korea on Friday.",
     ["KOR", "PRK"]),
    ("On Monday, Foreign Minister Lindqvist received the envoys of South and North Korea "
     "in Stockholm.", ["KOR", "PRK"]),
    ("The Minister met the ambassadors of North and South Africa on Friday.", ["ZAF"]),
])
def test_envoys_of_both_are_each_met(ex, text, partners):
    got = ex(text, issuer="SWE", date="2018-01-12", types={"meeting"})
    assert sorted(r[2][0] for r in got) == partners, got
