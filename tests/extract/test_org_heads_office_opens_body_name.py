"""Heads of several organisations listed among the counterparts met, one named by an
office whose own words open the body's name ("the Executive Vice-President of the
European Commission", "the President of the European Council", "the UN High
Commissioner for Refugees"): one meeting with each organisation so headed, that one
too, not only the others. An envoy posted to a body ("the Ambassador of Italy to the
European Union") is still no meeting with it (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_HEAD = "Ljubljana, 5 May 2025 – "


def _met(text: str) -> list[tuple]:
    return sorted((r[2], r[3]) for r in records(_HEAD + text, "SVN", {"meeting"}, orgs=True))


@pytest.mark.parametrize("text, countries, orgs", [
    ("Minister Kos held separate talks with Anna Berg and Luca Neri, the foreign ministers "
     "of Austria and Italy, the Executive Vice-President of the European Commission, Hans "
     "Vos, the UN High Commissioner for Refugees, Amy Lund, and the Secretary General of "
     "the Council of Europe Piet Dam.",
     ["AUT", "ITA"], ["COE", "EC", "UNHCR"]),
    ("Minister Kos met the Foreign Minister of Austria, the Vice-President of the European "
     "Commission, Hans Vos, and the Secretary General of NATO.", ["AUT"], ["EC", "NATO"]),
    ("Minister Kos met the Foreign Ministers of Croatia and Hungary, the President of the "
     "European Council, Piet Dam, and the Secretary General of the Council of Europe, Amy "
     "Lund.", ["HRV", "HUN"], ["COE", "EUCO"]),
    ("At the forum, Minister Kos had bilateral meetings with the Foreign Minister of "
     "Greece, Eva Pappas, the Executive Vice-President of the European Commission, Hans "
     "Vos, and the Secretary-General of the OSCE, Ana Roth.", ["GRC"], ["EC", "OSCE"]),
])
def test_each_body_headed_is_met(text: str, countries: list[str], orgs: list[str]) -> None:
    got = _met(text)
    assert got == sorted([((c,), ()) for c in countries] + [((), (o,)) for o in orgs])


def test_an_envoy_to_a_body_is_no_meeting_with_it() -> None:
    text = ("Minister Kos met the Foreign Minister of Austria, the Ambassador of Italy to the "
            "European Union and the Secretary General of NATO.")
    assert _met(text) == sorted([(("AUT",), ()), (("ITA",), ()), ((), ("NATO",))])
