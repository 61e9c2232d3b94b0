"""A meeting named by a possessive opening the sentence ("His meeting with the Finnish
Foreign Minister was described as productive") is one of those told before, though
the sentence falls back on another day; one with a partner not told before is a
meeting of its own (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_LEAD = ("Published Feb 19, 2023\n\nThe Secretary met his counterparts from several "
         "European countries during the 2023 Lisbon Security Conference (LSC).\n\nThe "
         "Secretary met with foreign ministers from Finland, Sweden and Belgium during the "
         "conference.\n\nThe conference was held from 17 to 19 February.\n\n")
_MEET = frozenset({"meeting"})


@pytest.mark.parametrize("sentence", [
    "His meeting with Finnish Foreign Minister Virtanen was described as productive.",
    "Her meeting with the Finnish Foreign Minister focused on trade.",
    "His talks with Finnish Foreign Minister Virtanen covered energy and trade.",
    "Their meeting with the Finnish delegation was described as warm.",
])
def test_possessive_meeting_is_the_one_told(sentence: str) -> None:
    got = records(_LEAD + sentence, "PHL", _MEET, date="2023")
    assert sum(r[2] == ("FIN",) for r in got) == 1, got


def test_possessive_meeting_with_a_new_partner_stays() -> None:
    # near miss: a partner not told before is met
    got = records(_LEAD + "His meeting with the Prime Minister of Estonia was his first.",
                  "PHL", _MEET, date="2023")
    assert any(r[2] == ("EST",) for r in got), got
