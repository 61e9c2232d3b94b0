"""Talks told first without their medium, then named again with it in a sentence of
their own ("The talks were held by telephone.", "The conversation took place by
phone.", "The exchange was conducted via video link.", "The meeting was held
online."): a call, not a meeting. Talks told in person, or another event named so,
stay as they were (sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-03-03"


@pytest.mark.parametrize(("text", "partner"), [
    ("The Minister held talks with the Foreign Minister of Chile on 1 March. The talks were "
     "held by telephone.", "CHL"),
    ("On Friday the Minister exchanged views with her Austrian counterpart. Their "
     "conversation took place over the phone.", "AUT"),
    ("The Minister conferred with the Foreign Minister of Norway on 2 March. The exchange "
     "was conducted via video link.", "NOR"),
    ("The Minister held discussions with the Foreign Minister of Peru. The discussions were "
     "held online because of the storm.", "PER"),
    ("President Akufo-Addo discussed trade with President William Ruto on Friday. This "
     "conversation was carried out by telephone.", "KEN"),
])
def test_talks_named_again_with_their_medium_are_a_call(ex, text, partner):
    got = ex(text, issuer="GHA", date=_DAY, types=["meeting", "call"])
    assert [(g[0], g[2]) for g in got] == [("call", (partner,))]


@pytest.mark.parametrize("text", [
    # met in person: the talks' noun in another sentence does not change that
    "The Minister met the Foreign Minister of Chile in Santiago on 1 March. The talks were "
    "held by telephone afterwards with the delegation.",
    # another event told with its medium
    "The Minister held talks with the Foreign Minister of Chile on 1 March. The signing "
    "ceremony took place online.",
])
def test_a_meeting_in_person_or_another_event_stays_a_meeting(ex, text):
    got = ex(text, issuer="GHA", date=_DAY, types=["meeting", "call"])
    assert [(g[0], g[2]) for g in got] == [("meeting", ("CHL",))]
