"""A day told for another, earlier event inside the sentence of a meeting ("to follow
up on matters agreed during their telephone conversation on January 27", "to review
the commitments made during the state visit of last November", ", with whom she had
spoken by phone on 3 February") is that event's, not the meeting's: the meeting takes
the text's date (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_DATELINE = "Monday, February 27, 2017\n"


def _meetings(text: str) -> list[tuple[list[str], str | None]]:
    recs = extract_text(_DATELINE + text, issuer="MEX").records
    return [(list(r.to), r.date.start) for r in recs if r.type == "meeting"]


@pytest.mark.parametrize(("text", "partner"), [
    ("The delegations of Mexico and the United States held a high-level meeting at the "
     "Foreign Ministry to follow up on matters agreed by the two Presidents during their "
     "telephone conversation on January 27.", "USA"),
    ("The Minister met the Foreign Minister of Chile to review the commitments made during "
     "the state visit of last November.", "CHL"),
    ("The Minister met the Foreign Minister of Chile, with whom she had spoken by phone on "
     "3 February.", "CHL"),
    ("The Minister received the Ambassador of Peru, whom she had first met on 12 January "
     "in Lima.", "PER"),
])
def test_the_meeting_keeps_the_texts_day(text: str, partner: str) -> None:
    got = _meetings(text)
    assert got[0] == ([partner], "2017-02-27")
    # (an earlier meeting the clause tells is one of its own, on its own day)
    assert all(day != "2017-02-27" for _, day in got[1:])


def test_a_relative_clause_of_the_meetings_own_day_still_dates_it() -> None:
    text = ("The Minister, who arrived in Lima on Sunday, met the Foreign Minister of Peru "
            "on 20 February.")
    assert _meetings(text) == [(["PER"], "2017-02-20")]
