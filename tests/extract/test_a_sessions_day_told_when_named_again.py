"""A session told first with no day of its own (the page's day), then named again with
its day ("... the day before the session, which was held on Wednesday", "The session was
held on 9 May"): the session takes that day, and what was dated by the session ("On the
margins of the session, ...") follows it (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _dated(text: str, issuer: str, date: str) -> list[tuple[str, str | None]]:
    res = extract_text(text, issuer=issuer, date=date)
    return sorted((r.type, r.date.start) for r in res.records
                  if r.type in ("commission", "meeting"))


@pytest.mark.parametrize(("text", "issuer", "date", "expected"), [
    ("The Minister has urged faster work on the railway as Kenya and Tanzania met for the "
     "second sitting of their Joint Commission in Arusha.\n\nShe reached Arusha on Tuesday, "
     "the day before the session, which was held on Wednesday.\n\nOn the sidelines of the "
     "session, she called on President Samia Suluhu Hassan.",
     "KEN", "2024-05-10", [("commission", "2024-05-08"), ("meeting", "2024-05-08")]),
    ("Ghana and Togo have held the fourth session of their Joint Permanent Commission for "
     "Cooperation in Lome. The session was held on 6 May with both foreign ministers in the "
     "chair.", "GHA", "2024-05-10", [("commission", "2024-05-06")]),
    ("Namibia and Angola have concluded the session of their Joint Commission of "
     "Cooperation in Windhoek. The two-day session, which was held on 7 May, reviewed "
     "trade.", "NAM", "2024-05-10", [("commission", "2024-05-07")]),
])
def test_the_session_takes_its_day(text: str, issuer: str, date: str,
                                   expected: list[tuple[str, str]]) -> None:
    assert _dated(text, issuer, date) == expected


def test_a_session_with_its_own_day_keeps_it() -> None:
    got = _dated("Ghana and Togo held the fourth session of their Joint Commission in Lome "
                 "on 2 May. The session of the technical committee was held on 6 May.",
                 "GHA", "2024-05-10")
    assert ("commission", "2024-05-02") in got
