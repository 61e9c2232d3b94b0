"""A call named again as the subject of the next sentence ("The phone conversation
covered trade", "The phone conversation with Diaz covered ...", "Their telephone
conversation dealt with ...") after talks or a call with the same side is the event
told before (talks told with no mode become that call), not a second event; one
with another official of that side, or a day of its own, is another call (texts of
our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_TALKS = ("Swedish Foreign Minister Lena Holm held talks with Chilean Foreign Minister "
          "Rosa Diaz on Monday. ")
_FIRST = ("Foreign Minister Lena Holm on 4 March held her first discussion with Chilean "
          "Foreign Minister Rosa Diaz. ")
_CALL = ("The Minister had a telephone conversation with the Foreign Minister of Chile, "
         "Rosa Diaz, on 4 March. ")


def _kinds(text: str) -> list[tuple[str, list[str]]]:
    recs = extract_text(text, issuer="SWE", date="2024-03-06").records
    return [(r.type, sorted(set(r.from_ + r.to) - {"SWE"})) for r in recs
            if r.type in ("call", "meeting")]


@pytest.mark.parametrize("text", [
    _TALKS + "The phone conversation covered trade and energy.",
    _TALKS + "The phone conversation with Diaz covered trade and energy.",
    _FIRST + "The telephone conversation with the Chilean minister also touched on energy.",
    _TALKS + "Their telephone conversation dealt with the elections in Peru.",
    _FIRST + "This phone call, the first since her appointment, focused on trade.",
    _CALL + "The phone conversation with her Chilean counterpart covered trade and energy.",
])
def test_a_call_named_again_as_the_subject_is_one_call(text: str) -> None:
    assert _kinds(text) == [("call", ["CHL"])]


def test_a_call_with_another_official_of_the_side_is_another() -> None:
    assert _kinds(_TALKS + "The phone conversation with President Gabriel Boric covered "
                  "energy.") == [("meeting", ["CHL"]), ("call", ["CHL"])]


def test_a_call_with_another_side_is_another() -> None:
    assert _kinds(_CALL + "The phone conversation with the Foreign Minister of Peru covered "
                  "the border.") == [("call", ["CHL"]), ("call", ["PER"])]
