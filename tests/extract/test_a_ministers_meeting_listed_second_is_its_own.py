"""One verb of taking part with two gatherings joined by "and", the second named with a
plural possessive ("the G7 Foreign Ministers' Meeting", "the Berlin Process ministers'
meeting"), is two sessions, each with its own time: the apostrophe no longer hides
the second session's noun (sentences of our own)."""

from __future__ import annotations

import pytest

from .probe_support import records


def _sessions(text: str, issuer: str) -> list[tuple]:
    got = records(text, issuer, {"multilateral"}, date="2018-12-20", orgs=True)
    return sorted((r[3], r[4]) for r in got)


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    ("Jamaica took part in the OAS General Assembly in June and the G20 Foreign "
     "Ministers’ Meeting in March.", "JAM", [(("G20",), "2018-03"), (("OAS",), "2018-06")]),
    ("The Minister attended the Commonwealth summit in April and the G7 Foreign Ministers' "
     "Meeting in Toronto in May.", "GHA", [(("COMMONWEALTH",), "2018-04"),
                                            (("G7",), "2018-05")]),
    ("In 2018 our minister participated in the NATO summit in July and the OSCE Foreign Ministers' "
     "Council in December.", "MKD", [(("NATO",), "2018-07"), (("OSCE",), "2018-12")]),
    ("Chile took part in the G20 Leaders' Summit in Buenos Aires in November and "
     "the APEC Ministers’ Meeting in Port Moresby in November too.", "CHL",
     [(("APEC",), "2018-11"), (("G20",), "2018-11")]),
])
def test_each_gathering_is_a_session(text, issuer, expected):
    assert _sessions(text, issuer) == expected


def test_one_gathering_with_a_possessive_stays_one():
    assert _sessions("The Minister attended the G7 Foreign Ministers' Meeting in Toronto "
                     "in April.", "GHA") == [(("G7",), "2018-04")]
