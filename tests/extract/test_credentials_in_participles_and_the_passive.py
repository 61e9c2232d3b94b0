"""Credentials told by a participle ("assumed her duties after presenting her
credentials to the President", "Accepting the Letters of Credence of the French
Ambassador, the President ...", "handing over a copy of his credentials") or in the
passive with the envoy named in between ("The credentials of the new Ambassador of A,
Ms B, were presented to the President"): a meeting with the envoy's country, as the
finite forms already were; papers only sent, or credentials as a topic, are none
(texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[tuple[list[str], str | None]]:
    return [(r.to, r.date.start)
            for r in extract_text(text, issuer="FJI", date="2025-04-10").records
            if r.type == "meeting"]


@pytest.mark.parametrize(("text", "to"), [
    ("The credentials of the new Ambassador of France, Ms Anne Roux, were presented to the "
     "President at State House today.", "FRA"),
    ("The new Ambassador of France, Ms Anne Roux, today formally assumed her duties after "
     "presenting her credentials to the President.", "FRA"),
    ("Accepting the Letters of Credence of the French Ambassador, Ms Anne Roux, today, the "
     "President called for stronger ties.", "FRA"),
    ("The High Commissioner-designate of India, Mr Ravi Nair, called on the Minister today, "
     "handing over a copy of his Letter of Commission.", "IND"),
    ("The Letters of Credence of the Ambassador of Chile, Mr Pablo Rojas Vidal, were handed "
     "over to the President today.", "CHL"),
])
def test_the_envoy_met(text, to):
    assert _meetings(text) == [([to], "2025-04-10")]


@pytest.mark.parametrize("text", [
    "The Ministry is presenting a report on the credentials of election observers.",
    "The Embassy of France sent the copies of the credentials of its new Ambassador by "
    "diplomatic pouch today.",
    "Presenting the annual report, the Minister spoke about the economy.",
])
def test_no_meeting(text):
    assert _meetings(text) == []
