"""A photo caption with no verb: an official and his or her counterparts, named by
country, at an occasion ("Foreign Minister A and her counterparts from B and C at
the D Summit.") shows a meeting of the issuer with them; a sentence that goes on
with a verb of its own is read by that verb instead (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str, issuer: str, date: str = "2023"):
    recs = extract_text(text, issuer=issuer, date=date).records
    return sorted((tuple(r.from_), tuple(sorted(r.to)), r.date.start if r.date else None)
                  for r in recs if r.type == "meeting")


@pytest.mark.parametrize("text, issuer, to", [
    ("Foreign Minister Ana Lind and her counterparts from Latvia, Lithuania and Poland at "
     "the Baltic Sea Forum.", "EST", ("LTU", "LVA", "POL")),
    ("Minister Tomas Berg with his counterparts from Denmark and Iceland at the Nordic "
     "Council session in Oslo.", "SWE", ("DNK", "ISL")),
    ("King Harald Olsen together with his counterparts of Sweden and Denmark at the "
     "royal jubilee in Stockholm.", "NOR", ("DNK", "SWE")),
    ("Secretary of State Maria Cole and her counterparts of Chile, Peru and Colombia during "
     "the Pacific Alliance summit.", "USA", ("CHL", "COL", "PER")),
    ("Prime Minister Kofi Mensah and his counterparts from Togo and Benin at the "
     "Accra Initiative meeting.", "GHA", ("BEN", "TGO")),
])
def test_a_caption_of_an_official_and_counterparts_is_a_meeting(text, issuer, to):
    assert _meetings(text, issuer) == [((issuer,), to, "2023")]


def test_a_caption_with_its_day():
    text = ("Foreign Minister Ana Lind and her Latvian counterpart in Riga on 3 November "
            "2023.")
    assert _meetings(text, "EST", "2023-12-29") == [(("EST",), ("LVA",), "2023-11-03")]


@pytest.mark.parametrize("text, issuer", [
    # a verb of its own: the caption reading gives way ("praised" is no meeting)
    ("Foreign Minister Ana Lind and her counterparts from Latvia and Poland praised the "
     "work of the Baltic Sea Forum.", "EST"),
    # no counterpart named by country: no side to meet
    ("Foreign Minister Ana Lind and her counterparts at the Baltic Sea Forum.", "EST"),
])
def test_no_caption_meeting_with_a_verb_or_without_countries(text, issuer):
    assert _meetings(text, issuer) == []
