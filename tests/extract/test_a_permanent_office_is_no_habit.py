"""A habitual adjective that opens an office's name ("The Permanent Secretary met",
"the Permanent Representative held talks", "The Regular ...") is a person's title, not
a standing practice: the meeting is told. "the regular consultations", "their
permanent dialogue" still name a habit (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _events(text: str) -> list[tuple[str, list[str], str | None]]:
    return [(r.type, r.to, r.date.start)
            for r in extract_text(text, issuer="UGA", date="2025-08-08").records]


@pytest.mark.parametrize(("text", "to", "day"), [
    ("The Permanent Secretary met the Foreign Minister of Kenya on Monday.", "KEN",
     "2025-08-04"),
    ("The Permanent Secretary today met the Kenyan High Commissioner, who paid an "
     "introductory call.", "KEN", "2025-08-08"),
    ("On Monday the Permanent Secretary received the Ambassador of Egypt at the Ministry.",
     "EGY", "2025-08-04"),
    ("The Permanent Representative of Kenya held talks with the Minister on Monday.", "KEN",
     "2025-08-04"),
    ("Yesterday the Permanent Secretary held a meeting with the Chargé d'Affaires of "
     "Ethiopia.", "ETH", "2025-08-07"),
])
def test_the_office_holder_met(text, to, day):
    assert _events(text) == [("meeting", [to], day)]


@pytest.mark.parametrize("text", [
    "The ministers welcomed the regular consultations between the two ministries of Uganda "
    "and Kenya.",
    "Both sides praised their permanent political dialogue with Kenya.",
    "The two Ministers noted their frequent meetings with Egypt.",
])
def test_a_habit_is_still_no_occasion(text):
    assert [e for e in _events(text) if e[0] in ("meeting", "consultation")] == []
