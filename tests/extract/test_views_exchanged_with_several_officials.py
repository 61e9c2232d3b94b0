"""Views exchanged with several officials named one by one are one meeting with each
("also exchanged views with Transport Minister A and Defence Minister B"), as "met A
and B" is; after a bare "During the visit," the visitor who is the subject exchanged
views with the hosts: the visit is the subject's, not the hosts' (sentences of our
own). Views exchanged with one official stay one meeting."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

HOSTED = ("Danish Foreign Minister Lars Holm hosted Foreign Minister Anna Berger in "
          "Copenhagen for talks. ")


def _records(text: str):
    recs = extract_text("date 2022-02-21 " + HOSTED + text, issuer="AUT",
                        date="2022-02-21").records
    return [(r.type, tuple(r.from_), tuple(r.to)) for r in recs
            if r.source is not None and r.source.text.startswith(text[:20])]


@pytest.mark.parametrize("text", [
    "Minister Berger also exchanged views with Transport Minister Jens Krog and Defence "
    "Minister Mette Dahl.",
    "During the visit, Berger also exchanged views with Danish Transport Minister Jens Krog "
    "and Danish Defence Minister Mette Dahl.",
    "Berger exchanged views with the Danish Minister of Transport, Jens Krog, and the "
    "Minister of Defence, Mette Dahl.",
    "Berger also exchanged views with Denmark's Transport Minister Jens Krog and its "
    "Defence Minister Mette Dahl.",
])
def test_views_exchanged_with_two_officials_are_two_meetings(text):
    got = _records(text)
    assert got.count(("meeting", ("AUT",), ("DNK",))) == 2
    assert ("visit", ("DNK",), ("AUT",)) not in got


@pytest.mark.parametrize("text", [
    "During the one-day visit, Foreign Minister Berger also exchanged views with Danish "
    "Transport Minister Jens Krog.",
    "During the visit, Berger also spoke with Danish business leaders.",
    "In the course of the visit, Minister Berger conferred with the Danish Speaker.",
])
def test_the_subject_after_during_the_visit_is_the_visitor(text):
    assert ("visit", ("DNK",), ("AUT",)) not in _records(text)


def test_views_exchanged_with_one_official_are_one_meeting():
    text = "Berger also exchanged views with Transport Minister Jens Krog of Denmark."
    assert _records(text).count(("meeting", ("AUT",), ("DNK",))) == 1
