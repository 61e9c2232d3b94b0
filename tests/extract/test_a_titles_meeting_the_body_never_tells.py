"""A title that names a meeting with one partner ("Foreign Minister A's talks with the
Foreign Minister of B", "A Meets with B's Foreign Minister") over a body that tells only
what was discussed: the title's meeting is kept (it was dropped, as titles report no
event of their own). A body that tells the meeting again keeps its own record only, and
a title's plan ("to meet") tells none (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


def _talks(text: str, issuer: str, date: str) -> list[tuple]:
    return records(text, issuer, {"meeting", "call", "visit"}, date=date)


@pytest.mark.parametrize("text, issuer, expected", [
    ("Foreign Minister Sergey Lavrov's talks with Foreign Minister of Turkiye Mevlut "
     "Cavusoglu\n\nAnkara, June 8, 2022\n\nThe ministers discussed bilateral relations and "
     "the situation in the region.", "RUS", ("RUS", "TUR", "2022-06-08")),
    ("Minister Kowalski meets the Foreign Minister of Chile\n\nWarsaw, 3 May 2022\n\nThe "
     "conversation focused on trade and on the climate conference.", "POL",
     ("POL", "CHL", "2022-05-03")),
    ("Talks between the Foreign Ministers of Hungary and Mongolia\n\nBudapest, 14 October "
     "2022\n\nThe two sides reviewed the state of cooperation in education and mining.",
     "HUN", ("HUN", "MNG", "2022-10-14")),
    ("The Minister's meeting with the Ambassador of Peru\n\nQuito, 2 February 2022\n\nThey "
     "discussed the preparations for the business forum.", "ECU",
     ("ECU", "PER", "2022-02-02")),
])
def test_the_titles_meeting_is_kept(text: str, issuer: str, expected: tuple) -> None:
    frm, to, day = expected
    assert ("meeting", (frm,), (to,), day) in _talks(text, issuer, "2022")


def test_a_body_that_tells_the_meeting_keeps_one() -> None:
    text = ("Minister Kowalski meets the Foreign Minister of Chile\n\nWarsaw, 3 May 2022\n\n"
            "On Tuesday the Minister met the Foreign Minister of Chile. They discussed trade.")
    got = [r for r in _talks(text, "POL", "2022") if r[0] == "meeting"]
    assert len(got) == 1 and got[0][:3] == ("meeting", ("POL",), ("CHL",))


@pytest.mark.parametrize("text", [
    "Minister Kowalski to meet the Foreign Minister of Chile\n\nWarsaw, 3 May 2022\n\nThe "
    "ministers will discuss trade.",
    "Minister Kowalski will hold talks with the Foreign Minister of Chile\n\nWarsaw, 3 May "
    "2022\n\nThe agenda includes trade.",
])
def test_a_titles_plan_tells_no_meeting(text: str) -> None:
    assert [r for r in _talks(text, "POL", "2022") if r[0] == "meeting"] == []


def test_a_body_with_talks_of_its_own_keeps_its_reading() -> None:
    text = ("Minister Kowalski receives the Ambassador of Chile\n\nWarsaw, 3 May 2022\n\n"
            "On Tuesday the Minister received the Ambassador of Peru.")
    assert [r[2] for r in _talks(text, "POL", "2022") if r[0] == "meeting"] == [("PER",)]
