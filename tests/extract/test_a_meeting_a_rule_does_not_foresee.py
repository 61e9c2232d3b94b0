"""Meetings a rule or plan says it does not provide for ("the schedule does not
foresee any meeting of the minister with ambassadors", "the programme did not
include talks with ...") are none held (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The protocol of the Kenyan ministry does not foresee any meeting of the minister with "
    "European ambassadors.",
    "The rules of the Ministry do not provide for talks between the Minister and the "
    "Ambassador of Chile.",
    "The programme of the visit did not include a meeting with the President of Peru.",
])
def test_a_meeting_a_rule_does_not_foresee_is_none(ex, text):
    assert ex(text, issuer="PRT", date="2024-03-08", types=["meeting"]) == []


@pytest.mark.parametrize("text", [
    "The Minister did not plan to stay long, but met the Ambassador of Chile on Monday.",
    "The protocol foresees nothing of the kind, but the Minister met the Ambassador of Chile "
    "on Monday.",
])
def test_a_meeting_held_beside_a_denial_is_kept(ex, text):
    got = ex(text, issuer="PRT", date="2024-03-08", types=["meeting"])
    assert [(g[1], g[2]) for g in got] == [(("PRT",), ("CHL",))]
