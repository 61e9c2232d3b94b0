"""A meeting the ministers themselves hold within a standing dialogue ("the inaugural
minister-level meeting of the Trilateral Strategic Dialogue", "a foreign ministers'
meeting under the Strategic Dialogue") is a meeting, the dialogue its framework; a
session of the dialogue named without a ministers' meeting stays a consultation
(sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_REVIEW = "Annual Report 2019\n\nThe year in review\n\n"


def _records(text: str, issuer: str) -> list[tuple]:
    return sorted((r.type, tuple(r.from_), tuple(sorted(r.to)), r.date.start)
                  for r in extract_text(text, issuer=issuer, date="2019").records)


@pytest.mark.parametrize(("text", "issuer", "partners"), [
    (_REVIEW + "We backed the inaugural minister-level meeting of the Trilateral "
     "Strategic Dialogue of New Zealand, Canada and Chile.", "NZL", ("CAN", "CHL")),
    (_REVIEW + "The department organised a ministerial meeting of the Quadrilateral "
     "Strategic Dialogue bringing together India, Japan, Australia and the United States.",
     "IND", ("AUS", "JPN", "USA")),
    (_REVIEW + "The second foreign ministers' meeting under the Trilateral Strategic "
     "Dialogue of Japan, Korea and Mongolia took place in Tokyo.", "JPN", ("KOR", "MNG")),
    (_REVIEW + "Our Minister attended the ministerial meeting of the Strategic Dialogue "
     "between Chile and Peru in Lima.", "CHL", ("PER",)),
])
def test_a_ministers_meeting_of_a_dialogue_is_a_meeting(text: str, issuer: str,
                                                       partners: tuple) -> None:
    got = _records(text, issuer)
    assert [r for r in got if r[0] in ("meeting", "consultation")] == [
        ("meeting", (issuer,), partners, "2019")]


def test_a_session_of_the_dialogue_stays_a_consultation() -> None:
    text = (_REVIEW + "We backed the inaugural meeting of the Trilateral Strategic Dialogue "
            "of New Zealand, Canada and Chile.")
    assert _records(text, "NZL") == [("consultation", ("NZL",), ("CAN", "CHL"), "2019")]
