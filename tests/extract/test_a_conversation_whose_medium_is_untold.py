"""A conversation had with a foreign official, its medium untold ("held a conversation
with the Foreign Minister of A", "had a brief conversation with her Slovenian
counterpart"), is read as "spoke with" is: a call in a call readout, a meeting where the
sentence or its paragraph tells of an encounter (a visit, the margins of a session) or
where the partner is an envoy posted to the issuer ("held a conversation with the
Ambassador of Japan"). A conversation just after a ceremony told before with the same
side on the same day is that occasion, not a second meeting (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _contacts(text: str) -> list[tuple]:
    recs = extract_text(text, issuer="POL", date="2025-06-12").records
    return [(r.type, r.from_, r.to, r.date.start) for r in recs
            if r.type in ("call", "meeting", "visit")]


@pytest.mark.parametrize("text, partner", [
    ("Minister Nowak held a conversation with the Foreign Minister of Moldova on 11 "
     "June.", "MDA"),
    ("On 11 June, Minister Nowak had a brief conversation with her Slovenian "
     "counterpart.", "SVN"),
    ("The President has had a long and friendly conversation with the President of "
     "Chile on 11 June.", "CHL"),
    ("State Secretary Zielinski held a conversation with Deputy Foreign Minister of "
     "Vietnam Le Van Thanh on 11 June.", "VNM"),
])
def test_a_call(text: str, partner: str) -> None:
    assert _contacts(text) == [("call", ["POL"], [partner], "2025-06-11")]


@pytest.mark.parametrize("text, partner", [
    ("Minister Nowak held a conversation with the Ambassador of Japan on 11 June.",
     "JPN"),
    ("The Deputy Minister held a conversation with the Ambassador of Brazil, Ana Souza, "
     "on 11 June.", "BRA"),
    ("On 11 June the State Secretary had a conversation with the newly appointed "
     "Ambassador of Kenya.", "KEN"),
    ("On the margins of the Council on 11 June, Minister Nowak had a conversation with "
     "the Foreign Minister of Greece.", "GRC"),
])
def test_a_meeting(text: str, partner: str) -> None:
    assert _contacts(text) == [("meeting", ["POL"], [partner], "2025-06-11")]


def test_after_a_ceremony_it_is_that_occasion() -> None:
    assert _contacts("On 11 June, the Ambassador of Poland to Korea handed his letters "
                     "of credence to the Korean President. Following "
                     "the ceremony, the Ambassador had a short conversation with the "
                     "President.") == [("meeting", ["POL"], ["KOR"], "2025-06-11")]


@pytest.mark.parametrize("text", [
    "The Minister held a conversation with students of the University of Warsaw on 11 "
    "June.",
    "The Minister hopes to have a conversation with the new Foreign Minister of Peru "
    "soon.",
    "The Minister held a conversation with journalists about Poland's foreign policy on "
    "11 June.",
])
def test_none(text: str) -> None:
    assert _contacts(text) == []
