"""Calls told first as a round ("received telephone calls from the Foreign Ministers of
A and B", "spoke by telephone with the foreign ministers of A and B"), then each talk
opened by a participle or a noun with no medium of its own: "Speaking with the A
Minister, ...", "In his exchange with the B Minister, ...", "During her conversation
with ...". These tell the calls again, not meetings in person (they were read as
meetings: "speaking" and "in his exchange with" were not among the talks that say
nothing of how they were held, and "spoke by telephone with the ministers of" was no
round of calls). Talks after a visit, or told as in
person, stay meetings (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


def _core(text: str, issuer: str, date: str) -> list[tuple]:
    return sorted(records(text, issuer, {"meeting", "call"}, date=date))


@pytest.mark.parametrize("text, issuer, date, expected", [
    ("Minister Mogherini received telephone calls from the Foreign Ministers of Spain and "
     "Greece. Speaking with Spanish Minister José García-Margallo, the Minister stressed "
     "the strong bilateral ties. In her exchange with the Greek minister, Evangelos "
     "Venizelos, she voiced support for the Union.", "ITA", "2014",
     [("call", ("ESP",), ("ITA",), "2014"), ("call", ("GRC",), ("ITA",), "2014")]),
    ("Foreign Minister Børge Brende spoke by telephone with the foreign ministers of "
     "Sweden and Finland. In his conversation with Swedish Foreign Minister Margot "
     "Wallström, Brende discussed the Arctic. Speaking with Finnish Foreign Minister Timo "
     "Soini, he underlined Nordic cooperation.", "NOR", "2016",
     [("call", ("NOR",), ("FIN",), "2016"), ("call", ("NOR",), ("SWE",), "2016")]),
    ("Minister Zaorálek held phone calls with his Austrian and Slovak counterparts. During "
     "his exchange with Slovak Minister Miroslav Lajčák, Zaorálek voiced support for the "
     "Visegrad agenda.", "CZE", "2017",
     [("call", ("CZE",), ("AUT",), "2017"), ("call", ("CZE",), ("SVK",), "2017")]),
    ("The Foreign Minister received telephone calls of congratulation from the Foreign "
     "Ministers of Chile and Peru. Talking with the Chilean Minister, she praised the Pacific "
     "Alliance.", "COL", "2018",
     [("call", ("CHL",), ("COL",), "2018"), ("call", ("PER",), ("COL",), "2018")]),
])
def test_the_talks_after_a_round_of_calls_are_its_calls(text: str, issuer: str, date: str,
                                                        expected: list) -> None:
    assert _core(text, issuer, date) == expected


@pytest.mark.parametrize("text, issuer, date, expected", [
    # after a visit: talks in person
    ("Foreign Minister Børge Brende visited Stockholm. Speaking with Swedish Foreign "
     "Minister Margot Wallström, Brende discussed the Arctic.", "NOR", "2016",
     [("meeting", ("NOR",), ("SWE",), "2016")]),
    # after the calls, a meeting told as such
    ("Minister Zaorálek held phone calls with his Austrian and Slovak counterparts. He "
     "later met Slovak Minister Miroslav Lajčák in Bratislava.", "CZE", "2017",
     [("call", ("CZE",), ("AUT",), "2017"), ("call", ("CZE",), ("SVK",), "2017"),
      ("meeting", ("CZE",), ("SVK",), "2017")]),
])
def test_talks_told_in_person_stay_meetings(text: str, issuer: str, date: str,
                                            expected: list) -> None:
    assert _core(text, issuer, date) == expected
