"""A sentence's entities and dates are found when a step first reads them, and
completed once by the pipeline's ``more`` (office-holders, the issuer's realm)."""

from __future__ import annotations

from communique.extract._gazetteer import load_gazetteer
from communique.extract._recognise import Ent, Sentence, recognise

_TEXT = "On 3 May 2024 the Minister met his Kenyan counterpart in Nairobi."


def test_entities_and_dates_are_found_on_first_read() -> None:
    s = recognise(_TEXT, 0, len(_TEXT), load_gazetteer())
    assert [(e.kind, e.code) for e in s.ents] == [("adj", "KEN"), ("city", "KEN")]
    assert [(d.y1, d.m1, d.d1) for d in s.dates] == [(2024, 5, 3)]
    assert s.ents is s.ents and s.dates is s.dates  # found once, then kept


def test_more_completes_the_entities_once_when_they_are_read() -> None:
    calls: list[int] = []

    def more(s: Sentence) -> None:
        calls.append(len(s.ents))
        s.ents.append(Ent(3, 8, "issuer", "@ISSUER"))

    s = recognise(_TEXT, 0, len(_TEXT), load_gazetteer(), more=more)
    assert calls == []  # nothing read yet: nothing found
    assert s.dates and calls == []
    assert [e.kind for e in s.ents] == ["adj", "city", "issuer"]
    assert len(s.ents) == 3 and calls == [2]


def test_a_sentence_given_its_entities_needs_no_gazetteer() -> None:
    s = Sentence(0, 4, "Oman", [Ent(0, 4, "country", "OMN")], [])
    assert s.string == "Oman" and s.ents[0].code == "OMN" and s.dates == []
