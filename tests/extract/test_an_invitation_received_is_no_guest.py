"""An invitation received, by possessive or article, is no guest received: no
meeting ("received his invitation to visit Moscow", "receives the invitation of the
Emir"); an envoy received who hands one over still is (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[tuple[str, ...]]:
    recs = extract_text(text, issuer="JPN", date="2022-03-10").records
    return [tuple(r.to) for r in recs if r.type == "meeting"]


@pytest.mark.parametrize("text", [
    "Having received his invitation, the Minister hopes to travel to Moscow in the autumn.",
    "The Minister said she had received the invitation of the Thai Foreign Minister with "
    "gratitude.",
    "He received Lavrov's invitation to Moscow and will consider the dates.",
    "The President receives the invitation of the Emir of Qatar to attend the forum.",
    "The Prime Minister received an official invitation from the Chancellor of Austria.",
])
def test_no_meeting(text: str) -> None:
    assert _meetings(text) == []


def test_the_talks_before_it_stay_one_meeting() -> None:
    assert _meetings("On 4 March the Prime Minister held talks with the President of Kenya "
                     "and received his invitation to visit Nairobi.") == [("KEN",)]


def test_an_envoy_who_hands_one_over_is_received() -> None:
    assert _meetings("The Minister received the Ambassador of Chile, who handed over an "
                     "invitation.") == [("CHL",)]
