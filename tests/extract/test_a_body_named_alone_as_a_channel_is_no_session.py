"""A standing body named alone as the channel or frame that ties run through, after a
verb of their development or order ("cooperation advanced through a joint working
group", "ties were strengthened through a joint commission", "are organised around
a joint steering committee", "rests on a joint commission") is no session; a body
that met, or a sitting of it, still is one (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _sessions(text: str) -> list[str | None]:
    recs = extract_text(text, issuer="CHL", date="2024-05-06").records
    return [r.date.start for r in recs if r.type in ("commission", "consultation")]


@pytest.mark.parametrize("text", [
    "Cooperation between Chile and Peru advanced through a joint working group, the "
    "Minister said.",
    "Ties between Chile and Peru were strengthened through a joint commission, which has "
    "helped trade grow.",
    "Relations between Chile and Peru are organised around a joint steering committee.",
    "Ties between Chile and Peru have been steadily strengthened through the joint "
    "commission.",
    "Cooperation with Peru is channelled through the Joint Commission on Trade.",
    "The partnership of Chile and Peru rests on a joint commission and a business council.",
])
def test_a_body_named_as_a_channel_is_no_session(text: str) -> None:
    assert _sessions(text) == []


@pytest.mark.parametrize("text", [
    "Ties between Chile and Peru were strengthened through the fifth session of the Joint "
    "Commission, held in Lima on 4 May.",
    "Ties between Chile and Peru were strengthened through the Joint Commission, which "
    "met in Lima on 4 May.",
    "Cooperation advanced on 4 May when the Chile-Peru Joint Commission convened in Lima.",
])
def test_a_body_that_met_is_a_session(text: str) -> None:
    assert _sessions(text) == ["2024-05-04"]
