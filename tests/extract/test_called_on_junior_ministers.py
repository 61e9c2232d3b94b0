"""A call on a junior minister or senior official named by a title that opens on
"State", "Senior", "Permanent", "Parliamentary" or "Under" ("called on the State
Minister for Foreign Affairs of Japan", "called on the Permanent Secretary of the
Ministry of Foreign Affairs of Kenya") is a meeting, as a call on a Minister is; an
appeal to states ("called on the States parties to ratify ...") is none (sentences of
our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[tuple[str, ...]]:
    return [tuple(r.to) for r in extract_text(text, issuer="LTU", date="2025-06-27").records
            if r.type == "meeting"]


@pytest.mark.parametrize(("text", "partner"), [
    ("On 26 June, the Ambassador called on the State Minister for Foreign Affairs of Japan, "
     "Mr. Taro Sato, to discuss cooperation in laser technologies.", "JPN"),
    ("The Vice-Minister called on the Permanent Secretary of the Ministry of Foreign Affairs "
     "of Kenya in Nairobi on Thursday.", "KEN"),
    ("In London the Ambassador called on the Parliamentary Under-Secretary of State of the "
     "United Kingdom on 25 June.", "GBR"),
    ("The Ambassador also called on the Senior Vice Minister for Foreign Affairs of Japan.",
     "JPN"),
])
def test_a_call_on_a_junior_minister_is_a_meeting(text, partner):
    assert _meetings(text) == [(partner,)]


@pytest.mark.parametrize("text", [
    "The Minister called on the States parties to the Convention to ratify the amendment.",
    "The Minister called on the State institutions of Georgia to cooperate fully.",
])
def test_an_appeal_to_states_is_no_meeting(text):
    assert _meetings(text) == []
