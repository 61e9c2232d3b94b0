"""An official who accompanies a leader to a summit, session, conference or forum
("had accompanied the President to the NATO summit in Madrid", "accompanies the Prime
Minister to the UN General Assembly session"): the official takes part in that
session. Accompanying someone to a city stays a visit there; being accompanied by
someone, or accompanying a guest to the airport, is no session (sentences of our
own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


def _bodies(text: str, issuer: str) -> set[str]:
    return {o for r in records(text, issuer, {"multilateral"}, date="2023-07-12",
                               orgs=True) for o in r[3]}


@pytest.mark.parametrize(("text", "issuer", "body"), [
    ("Minister Lena Dahl, who had accompanied the President to the NATO summit in "
     "Madrid, returned on Friday.", "EST", "NATO"),
    ("In July the Minister accompanied the President to the G20 Summit in Rome.", "ARG",
     "G20"),
    ("The Deputy Minister accompanies the Prime Minister to the UN General Assembly "
     "session in New York.", "KEN", "UNGA"),
    ("The State Secretary has also accompanied the Chancellor to the OSCE Ministerial "
     "Council in Skopje.", "AUT", "OSCE MC"),
])
def test_accompanying_a_leader_to_a_session(text, issuer, body):
    assert body in _bodies(text, issuer)


@pytest.mark.parametrize("text", [
    "The Minister accompanied the President to Rome.",
    "The Minister was accompanied by the Ambassador to the NATO summit in Rome.",
    "The Minister accompanied the guest to the airport.",
])
def test_no_session_without_one_accompanied_to_it(text):
    assert records(text, "GRC", {"multilateral"}, date="2023-07-12") == []
