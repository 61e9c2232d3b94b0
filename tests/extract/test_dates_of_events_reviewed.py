"""A date inside what the sides reviewed ("reviewed the results of the meeting
held in Santiago last January") is that other event's, not the day of the call
or meeting reported (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _records(text: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    return sorted((r.type, tuple(r.to), r.date.start)
                  for r in extract_text(text, issuer="URY", date="2024-03-14").records
                  if r.type in ("call", "meeting"))


@pytest.mark.parametrize(("text", "kind"), [
    ("The Minister communicated by telephone with the Foreign Minister of Chile, with whom "
     "he reviewed the results of the meeting that the two presidents held in Santiago last "
     "January.", "call"),
    ("The Minister received the Ambassador of Chile and reviewed the follow-up of the summit "
     "held in Santiago in January.", "meeting"),
    ("The Foreign Minister met her Chilean counterpart; the two reviewed the implementation "
     "of the agreements reached at the session of 12 January.", "meeting"),
    ("The Minister spoke by phone with the Foreign Minister of Chile and reviewed the "
     "decisions taken at the session held in Santiago on 10 January.", "call"),
])
def test_the_date_of_an_event_reviewed_is_not_the_reports(text, kind):
    assert (kind, ("CHL",), "2024-03-14") in _records(text)


@pytest.mark.parametrize(("text", "day"), [
    # the event's own day still counts, wherever it stands
    ("On Tuesday the Minister met the Ambassador of Chile and reviewed the state of the "
     "relations.", "2024-03-12"),
    ("On 12 March the Minister spoke by phone with the Foreign Minister of Chile and "
     "reviewed the agenda of the coming session.", "2024-03-12"),
])
def test_the_reports_own_day_still_counts(text, day):
    assert [r[2] for r in _records(text)] == [day]
