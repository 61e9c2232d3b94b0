"""A meeting named with its co-chairs in a participle or a passive ("preceded on
Thursday by a Ministerial meeting co-chaired by the Minister and the Foreign Minister
of Mozambique", "a working meeting was co-chaired by ...") is a meeting of the two
sides on its day (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

HEAD = "Windhoek, 12 September 2025\n\n"


def _meetings(text: str) -> list[tuple[str, str]]:
    recs = extract_text(text, issuer="NAM", date="2025-09-12").records
    return [("+".join(r.to), r.date.start or "") for r in recs if r.type == "meeting"]


@pytest.mark.parametrize("sentence", [
    "The Summit was preceded on Thursday, 11 September 2025, by a Ministerial meeting "
    "co-chaired by the Minister of International Relations and the Minister of Foreign "
    "Affairs of Botswana.",
    "On 11 September a working meeting was co-chaired by the Deputy Minister and the "
    "Deputy Minister of Foreign Affairs of Botswana.",
])
def test_a_meeting_co_chaired_by_the_two_sides(sentence):
    assert _meetings(HEAD + sentence) == [("BWA", "2025-09-11")]


def test_a_session_co_chaired_is_no_meeting_of_its_own():
    text = HEAD + ("On 11 September the Joint Permanent Commission was co-chaired by the "
                   "Minister and the Minister of Foreign Affairs of Botswana.")
    assert _meetings(text) == []


def test_the_meeting_co_chaired_is_the_session_told_before():
    text = HEAD + ("On 11 September the 5th Session of the Namibia-Botswana Joint Commission was "
                   "held in Windhoek. The meeting was co-chaired by the Minister and the Minister "
                   "of Foreign Affairs of Botswana.")
    recs = extract_text(text, issuer="NAM", date="2025-09-12").records
    assert [r.type for r in recs if r.type in ("meeting", "commission")] == ["commission"]
