"""A call or meeting "on Chile-Peru talks", "on the ongoing Chile-Peru negotiations" (the
issuer one of the two): the two sides joined by a hyphen after "on" are what it was
about, not its partner; the partner is the one named before (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _records(text: str):
    recs = extract_text(text, issuer="CHL", date="2024-05-05").records
    return sorted((r.type, tuple(r.from_), tuple(r.to), tuple(r.organizations), r.date.start)
                  for r in recs)


@pytest.mark.parametrize("text, rec", [
    ("Minister Ana Rojas and the OAS Secretary-General held a telephone discussion on "
     "Chile-Peru talks on 3 May.", ("call", ("CHL",), (), ("OAS",), "2024-05-03")),
    ("On 3 May Minister Ana Rojas had a phone call with the Secretary-General of the "
     "Organization of American States on the ongoing Chile-Peru negotiations.",
     ("call", ("CHL",), (), ("OAS",), "2024-05-03")),
    ("Minister Ana Rojas held a phone call with her Uruguayan counterpart on Chile-Paraguay "
     "relations on 3 May.", ("call", ("CHL",), ("URY",), (), "2024-05-03")),
    ("Minister Ana Rojas met the OAS Secretary-General on 3 May for talks on Chile-Peru "
     "dialogue.", ("meeting", ("CHL",), (), ("OAS",), "2024-05-03")),
])
def test_the_pair_after_on_is_the_topic(text, rec):
    assert _records(text) == [rec]


def test_a_hyphened_kind_of_talks_is_no_topic():
    text = "Minister Ana Rojas held high-level talks with the President of Peru on 3 May."
    assert _records(text) == [("meeting", ("CHL",), ("PER",), (), "2024-05-03")]


def test_the_talks_between_the_two_named_with_between_are_still_theirs():
    text = "Talks between Bolivia and Peru were held in Lima on 3 May."
    assert _records(text) == [("meeting", ("BOL",), ("PER",), (), "2024-05-03")]
