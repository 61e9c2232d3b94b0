"""An envoy summoned or called in to the ministry is a meeting with the country
the envoy serves, whichever voice the text uses (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[tuple[list[str], str | None]]:
    return [(r.to, r.date.start) for r in extract_text(text, issuer="ESP",
                                                       date="2024-05-06").records
            if r.type == "meeting"]


@pytest.mark.parametrize(("text", "to", "day"), [
    ("The Ministry summoned the Russian Ambassador on Monday to protest the strike.",
     "RUS", "2024-05-06"),
    ("On 2 May the Foreign Ministry summoned the ambassador of Iran, who was handed a note "
     "of protest.", "IRN", "2024-05-02"),
    ("The Chargé d'affaires of Belarus was summoned to the Ministry of Foreign Affairs on "
     "4 May.", "BLR", "2024-05-04"),
    ("Secretary of State Lena Holm summoned Israel's ambassador for talks yesterday.",
     "ISR", "2024-05-05"),
    ("The Russian Ambassador was called in to the Foreign Ministry yesterday.",
     "RUS", "2024-05-05"),
    ("The Ambassador of China, Li Wen, was summoned on Friday.", "CHN", "2024-05-03"),
])
def test_a_summoned_envoy_is_a_meeting_with_the_envoys_country(text, to, day):
    assert _meetings(text) == [([to], day)]


@pytest.mark.parametrize("text", [
    "The ministry summoned journalists to a briefing on Monday.",
    "The Council was summoned to an extraordinary session in Brussels.",
])
def test_summoning_no_envoy_is_no_meeting(text):
    assert _meetings(text) == []
