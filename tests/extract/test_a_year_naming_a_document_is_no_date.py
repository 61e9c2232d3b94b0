"""A year standing as the adjective of a document's name ("the 2012 Special Status
Agreement", "the 2015 trade accord", "the 2030 Agenda") is that document's, not the
time of the event the sentence tells: the event keeps the time it has otherwise (here
the year of the text); a year said as the time ("In 2019 ...") or of a session ("the
2023 session of") is still read (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The visit to Chile focused on reviving the 2015 trade agreement.",
    "The visit to Chile focused on revitalising the 2009 Special Partnership Agreement.",
    "The Minister discussed the 2030 Agenda with his Peruvian counterpart.",
    "The Minister met his Peruvian counterpart to review the 2018 action plan.",
])
def test_the_year_of_a_document_is_not_the_events(ex, text):
    got = ex(text, issuer="ARG", date="2024", types=["visit", "meeting"])
    assert got and all(g[3] == "2024" for g in got)


@pytest.mark.parametrize(("text", "date"), [
    ("In 2019 the Minister visited Chile to sign the trade agreement.", "2019"),
    ("The Minister visited Chile in 2019 and signed an agreement on trade.", "2019"),
])
def test_a_year_told_as_the_time_is_read(ex, text, date):
    got = ex(text, issuer="ARG", date="2024", types=["visit"])
    assert [g[3] for g in got] == [date]
