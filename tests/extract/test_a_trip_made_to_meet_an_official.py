"""A trip told as made to meet an official ("travelled to Warsaw to meet her Polish
counterpart", "flew to Lima to meet with the President of Peru") is a meeting with
that official besides the visit; "to meet" after no journey done ("agreed to meet",
"will travel ... next week to meet") or before no official tells no meeting
(sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "partner"), [
    ("On 12 May 2020 the Minister travelled to Warsaw to meet her Polish counterpart.",
     "POL"),
    ("On 12 May 2020 the Foreign Minister flew to Lima to meet with the President of "
     "Peru.", "PER"),
    ("On 8-9 June 2021, Foreign Minister Tamm visited Vilnius to meet his colleague, "
     "the Minister of Foreign Affairs of Lithuania.", "LTU"),
    ("Last Tuesday the Minister went to Oslo to meet the Prime Minister of Norway.",
     "NOR"),
])
def test_a_trip_made_to_meet_is_a_meeting_and_a_visit(ex, text, partner):
    got = ex(text, issuer="EST", date="2021-06-20")
    assert [g[2] for g in got if g[0] == "meeting"] == [(partner,)]
    assert [g[2] for g in got if g[0] == "visit"] == [(partner,)]


@pytest.mark.parametrize("text", [
    "The Minister will travel to Lima next week to meet the President of Peru.",
    "On 12 May 2020 the Minister agreed to meet the President of Peru next month.",
    "On 12 May 2020 the Foreign Minister visited Oslo to meet business leaders.",
    "On 12 May 2020 the Minister said she hoped to meet her Polish counterpart soon.",
])
def test_to_meet_after_no_trip_done_or_before_no_official_is_none(ex, text):
    assert [g for g in ex(text, issuer="EST", date="2021") if g[0] == "meeting"] == []
