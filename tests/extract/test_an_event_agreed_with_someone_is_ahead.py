"""An event agreed "with" someone ("agreed with her Latvian counterpart to hold a joint
government meeting next year", "decided with the Foreign Minister of Peru to convene
a business meeting") is still to come, like one "agreed to": no record of it. The
meeting in which they agreed, told by its own verb, is one (sentences of our own)."""

from __future__ import annotations

import pytest

_TYPES = ["meeting", "consultation", "commission"]


@pytest.mark.parametrize("text", [
    "On 3 May the Minister agreed with her Latvian counterpart to hold a joint "
    "government meeting next year.",
    "We agreed with the Chilean minister to hold a meeting of both governments in the "
    "spring.",
    "Minister Aho decided with the Foreign Minister of Peru to hold a business meeting "
    "in Lima.",
    "The Minister agreed with the Danish delegation to hold political consultations in "
    "the autumn.",
])
def test_an_event_agreed_with_someone_is_none(ex, text):
    assert ex(text, issuer="FIN", date="2024-05-04", types=_TYPES) == []


def test_the_meeting_where_they_agreed_is_one(ex):
    text = ("On 3 May the Minister met her Latvian counterpart and agreed with her to "
            "hold a joint government meeting next year.")
    assert ex(text, issuer="FIN", date="2024-05-04", types=_TYPES) == [
        ("meeting", ("FIN",), ("LVA",), "2024-05-03")]
