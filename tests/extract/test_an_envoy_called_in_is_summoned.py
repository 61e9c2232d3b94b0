"""An envoy "called in" by the ministry is summoned, a meeting with the envoy's country
("the Ministry called in the Chilean chargé d'affaires", "called in the Ambassador of
Iran on 3 May"), as the passive already was ("was called in to the Ministry"). "Called
in the presence of the Ambassador", or "called in Paris on", is no summons (texts of our
own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _met(text: str) -> list[tuple]:
    recs = extract_text(text, issuer="NOR", date="2024-05-10").records
    return [(r.type, r.to, r.date.start) for r in recs if r.type in ("meeting", "call")]


@pytest.mark.parametrize("text, partner", [
    ("On 3 May, the Ministry called in the Chilean chargé d'affaires.", "CHL"),
    ("The Ministry of Foreign Affairs called in the Ambassador of Iran on 3 May to protest "
     "the detention.", "IRN"),
    ("On 3 May the State Secretary called in Russia's Ambassador Ivan Petrov.", "RUS"),
    ("The Secretary General called in the newly arrived Ambassador of Belarus on 3 May.",
     "BLR"),
    ("Chile's ambassador Pedro Soto was called in to the Ministry on 3 May.", "CHL"),
])
def test_summoned(text: str, partner: str) -> None:
    assert _met(text) == [("meeting", [partner], "2024-05-03")]


def test_not_a_summons() -> None:
    assert _met("On 3 May the Minister called in the presence of the Ambassador for "
                "calm at the border.") == []
