"""A visit of so many days told by its end, with what was done during it told after
("The Minister today concluded a two-day visit to Finland, where she met President
Laine on Tuesday"): the day of the end is the one beside "concluded", not the day of
the event in the clause after it, so the visit runs back from that end (sentences of
our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import event, records


@pytest.mark.parametrize(("text", "page", "visit", "meeting"), [
    ("The Minister today concluded a two-day visit to Finland, where she met President "
     "Mikko Laine on Tuesday.", "2024-05-08", "2024-05-07", "2024-05-07"),
    ("On Wednesday the Minister wrapped up a three-day visit to Kenya, during which she met "
     "President Otieno on Monday.", "2024-05-10", "2024-05-06", "2024-05-06"),
    ("The State Secretary today ended a two-day visit to Chile, where she met Foreign "
     "Minister Luis Soto yesterday.", "2024-05-08", "2024-05-07", "2024-05-07"),
    ("Today the Minister completed a three-day visit to Ghana, in the course of which she "
     "met President Mensah on Monday.", "2024-05-08", "2024-05-06", "2024-05-06"),
])
def test_the_visit_runs_back_from_its_end(text, page, visit, meeting):
    got = records(text, "NOR", {"visit", "meeting"}, date=page)
    hosts = {g[2] for g in got}
    assert len(hosts) == 1
    host = next(iter(hosts))[0]
    assert got == sorted([event("meeting", "NOR", host, meeting),
                          event("visit", "NOR", host, visit)])


def test_without_an_aside_the_end_is_the_pages_day():
    got = records("The Minister today concluded a two-day visit to Finland.", "NOR",
                  {"visit"}, date="2024-05-08")
    assert got == [event("visit", "NOR", "FIN", "2024-05-07")]
