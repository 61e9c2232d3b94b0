"""A visit named bare ("During the visit,", "In the course of the visit,") whose subject
is the issuer's own side ("the Latvian delegation", "the State Secretary"), after talks
told abroad (consultations hosted in Lima): the issuer's visit to that country, on the
day of its talks. A guest's delegation as the subject stays the guest's visit, and a
visit told already is not told twice (sentences of our own)."""

from __future__ import annotations

import pytest

_TALKS = ("On 30 May 2023, Lima in Peru hosted political consultations between the "
          "foreign ministries of Latvia and Peru. ")


@pytest.mark.parametrize("second", [
    "During the visit, the Latvian delegation also met the Deputy Foreign Minister of Peru.",
    "In the course of the visit, the Latvian delegation also held talks with Peru's Vice "
    "Minister of Trade.",
    "During this visit, State Secretary Anna Berzina met the Peruvian Minister of Energy.",
    "As part of the visit, the Latvian side met with the President of the Congress of Peru.",
])
def test_our_delegation_visited(ex, second):
    got = ex(_TALKS + second, issuer="LVA", date="2023-05-31", types=["visit"])
    assert got == [("visit", ("LVA",), ("PER",), "2023-05-30")]


def test_a_guest_delegation_is_the_guests_visit(ex):
    text = ("On 30 May 2023, the Peruvian Deputy Foreign Minister arrived in Riga. During "
            "the visit, the Peruvian delegation met with the State Secretary of Latvia.")
    got = ex(text, issuer="LVA", date="2023-05-31", types=["visit"])
    assert got == [("visit", ("PER",), ("LVA",), "2023-05-30")]


def test_a_visit_told_already_is_not_told_twice(ex):
    text = ("On 30 May 2023, State Secretary Anna Berzina visited Peru. During the visit, "
            "the Latvian delegation also met the Deputy Foreign Minister of Peru.")
    got = ex(text, issuer="LVA", date="2023-05-31", types=["visit"])
    assert got == [("visit", ("LVA",), ("PER",), "2023-05-30")]
