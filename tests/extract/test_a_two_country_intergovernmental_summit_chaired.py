"""Two countries' leaders chairing a session of their standing intergovernmental summit,
named by the two countries joined by a hyphen ("co-chaired the Spain-Italy
Intergovernmental Summit", "chaired the Chile-Peru Intergovernmental Summit Session",
"the session of the ... Intergovernmental Summit"): a session of a standing body, a
`commission` with the other country, not a meeting. A summit with no such name stays
what it was (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, records


@pytest.mark.parametrize(("text", "issuer", "partner"), [
    ("President Erdogan and Italian Prime Minister Draghi chaired the Turkey-Italy "
     "Intergovernmental Summit Session on Tuesday.", "TUR", "ITA"),
    ("The Prime Minister and her Italian counterpart co-chaired the third Spain-Italy "
     "Intergovernmental Summit in Rome on Monday.", "ESP", "ITA"),
    ("The session of the Chile-Peru Intergovernmental Summit took place in Lima.", "CHL",
     "PER"),
    ("Chancellor Scholz is co-chairing the Germany-France Intergovernmental Summit in "
     "Hamburg today.", "DEU", "FRA"),
])
def test_the_session_is_a_commission(text: str, issuer: str, partner: str) -> None:
    got = records(text, issuer, CORE, date="2022-07-05")
    assert [(r[0], r[2]) for r in got] == [("commission", (partner,))]


@pytest.mark.parametrize("text", [
    "The President attended the EU-Western Balkans Summit in Brdo.",
    "The Prime Minister chaired a meeting of the Cabinet on Tuesday.",
])
def test_other_summits_are_no_commission(text: str) -> None:
    assert [r for r in records(text, "ESP", CORE, date="2022-07-05")
            if r[0] == "commission"] == []
