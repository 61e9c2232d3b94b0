"""A courtesy, farewell or introductory call *with* an envoy ("during a courtesy call
with the British High Commissioner") is a visit to the office, a meeting, not a
telephone call; a call told with no such word stays a call (sentences of our
own)."""

from __future__ import annotations

import pytest

_LEAD = "Bridgetown, 23 June 2021 - "


@pytest.mark.parametrize("text", [
    "The Minister spoke of tourism when the High Commissioner of the United Kingdom, "
    "Ms Jane Doe, paid her a courtesy call; the remarks were made during a courtesy call "
    "with the British envoy.",
    "During a courtesy call with the British High Commissioner on Wednesday, the Minister "
    "discussed trade.",
    "The Minister held a farewell call with the British High Commissioner on Wednesday.",
    "In an introductory call with the Minister, the new British High Commissioner outlined "
    "his priorities.",
])
def test_a_courtesy_call_with_an_envoy_is_one_meeting(ex, text):
    got = ex(_LEAD + text, issuer="BRB", date="2021-06-23", types=["meeting", "call"])
    assert [g[:3] for g in got] == [("meeting", ("BRB",), ("GBR",))]


def test_a_call_with_no_courtesy_word_stays_a_call(ex):
    text = "In a call on Wednesday, the Minister and the British Foreign Secretary discussed trade."
    got = ex(_LEAD + text, issuer="BRB", date="2021-06-23", types=["meeting", "call"])
    assert [g[:3] for g in got] == [("call", ("BRB",), ("GBR",))]
