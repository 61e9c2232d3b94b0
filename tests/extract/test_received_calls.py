"""A telephone call received is a call placed by the other side, and no meeting,
wherever the day stands between the verb and the call; "had spoken by
telephone" is a call too (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _records(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((r.type, tuple(r.from_), tuple(r.to))
                  for r in extract_text(text, issuer="CYP", date="2024-10-08").records)


@pytest.mark.parametrize(("text", "caller"), [
    ("The Foreign Minister received on Sunday a telephone call from the Foreign Minister "
     "of Jordan.", "JOR"),
    ("The Minister received yesterday afternoon a phone call from his Greek counterpart.",
     "GRC"),
    ("On Monday the President received a telephone call from the Emir of Qatar.", "QAT"),
    ("The Deputy Minister received late on Friday a brief phone call from the Austrian "
     "Foreign Minister.", "AUT"),
])
def test_a_received_call_is_one_call_from_the_caller_and_no_meeting(text, caller):
    assert _records(text) == [("call", (caller,), ("CYP",))]


@pytest.mark.parametrize(("text", "other"), [
    ("Earlier in the day the Prime Minister had spoken by telephone with the Chancellor "
     "of Austria.", "AUT"),
    ("The President had also spoken on the phone with the King of Jordan on Saturday.",
     "JOR"),
])
def test_had_spoken_by_telephone_is_a_call(text, other):
    assert _records(text) == [("call", ("CYP",), (other,))]


@pytest.mark.parametrize(("text", "other"), [
    ("The Minister received today the farewell call of the Ambassador of Italy.", "ITA"),
    ("The Minister received on Monday the Ambassador of Greece.", "GRC"),
    ("The Minister received a courtesy call from the Ambassador of Egypt.", "EGY"),
])
def test_an_envoy_received_in_person_is_still_a_meeting(text, other):
    assert _records(text) == [("meeting", ("CYP",), (other,))]
