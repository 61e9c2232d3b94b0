""""called" before a named official's possessive and a thing of theirs ("called
President Tinubu's proposal a bold step") judges the thing: no call; a country's
possessive before a title ("called Kenya's Prime Minister") still is one (sentences
of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-03-03"


@pytest.mark.parametrize("text", [
    "The Minister called President Tinubu's proposal a bold step for the region.",
    "On Friday the Minister called Prime Minister Modi's plan ambitious.",
    "The President called Chancellor Scholz's remarks timely.",
])
def test_a_thing_judged_is_no_call(ex, text):
    assert ex(text, issuer="GHA", date=_DAY, types=["call"]) == []


@pytest.mark.parametrize(("text", "partner"), [
    ("The Minister called Kenya's Prime Minister on Friday.", "KEN"),
    ("The Minister called President Tinubu on Friday to congratulate him.", "NGA"),
])
def test_a_title_called_is_a_call(ex, text, partner):
    assert [g[2] for g in ex(text, issuer="GHA", date=_DAY, types=["call"])] == [(partner,)]
