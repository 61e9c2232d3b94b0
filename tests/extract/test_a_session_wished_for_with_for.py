"""A session or a round asked or wished for with "for" ("called for an early meeting
of the Joint Commission", "stressed the need for regular consultations", "urged
further rounds of talks") is not held (sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-03-03"


@pytest.mark.parametrize("text", [
    "They called for an early meeting of the Joint Commission with Togo.",
    "The Minister called for frequent meetings of the Ghana-Togo Joint Commission.",
    "They stressed the need for regular consultations between the ministries of Ghana and "
    "Peru.",
    "The two ministers urged new rounds of political consultations between Ghana and Chile.",
    "Ghana is pressing for a session of the Joint Commission with Benin before June.",
])
def test_a_session_wished_for_is_no_event(ex, text):
    assert ex(text, issuer="GHA", date=_DAY,
              types=["commission", "consultation", "meeting"]) == []


@pytest.mark.parametrize(("text", "typ"), [
    ("The Ghana-Togo Joint Commission met on 1 March and called for a border survey.",
     "commission"),
    ("Political consultations with Chile were held on 1 March; both sides called for more "
     "trade.", "consultation"),
])
def test_a_session_held_that_calls_for_something_stays(ex, text, typ):
    assert [g[0] for g in ex(text, issuer="GHA", date=_DAY, types=[typ])] == [typ]
