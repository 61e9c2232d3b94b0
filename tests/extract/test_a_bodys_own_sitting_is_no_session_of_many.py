"""A bilateral body's own sitting named with words that also open a session of many
("held its inaugural meeting", "hosted the 3rd meeting of the Joint Working Group ...
with Ecuador"): the commission's session on its own day, no multilateral session
beside it; a multilateral body's inaugural meeting or a hosted council stays one."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _all(issuer: str, text: str) -> list[tuple]:
    # (the dateline in the sentence itself: the day told after the sitting is its own)
    res = extract_text("LIMA, 12 March 2025 – " + text, issuer=issuer)
    return sorted((r.type, tuple(r.from_), tuple(r.to), r.date.start) for r in res.records)


@pytest.mark.parametrize("text", [
    "The Peru-Vietnam Joint Committee held its inaugural meeting in Hanoi on 11 March.",
    "The Joint Committee between Peru and Vietnam held its inaugural meeting in Hanoi on "
    "11 March.",
    "The Peru-Vietnam Joint Commission held its inaugural meeting in Hanoi on 11 March.",
    "The Foreign Ministry hosted the 3rd meeting of the Joint Working Group on Migration "
    "with Vietnam on 11 March.",
    "On 11 March the Foreign Ministry hosted the second session of the Peru-Vietnam Joint "
    "Commission.",
])
def test_the_bodys_own_sitting_is_its_session(text):
    assert _all("PER", text) == [("commission", ("PER",), ("VNM",), "2025-03-11")]


def test_a_multilateral_councils_meeting_hosted_stays_one():
    got = _all("PER", "Lima hosted the meeting of the Andean Community Council of Foreign "
                      "Ministers on 11 March.")
    assert [g[0] for g in got] == ["multilateral"]
