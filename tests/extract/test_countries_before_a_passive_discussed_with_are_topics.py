"""Talks told in the passive, their topics as the subject and the side after "with":
"matters like the Aegean and Libya were also discussed with Malta", "questions such as
Syria and Yemen were discussed with the Foreign Minister of Egypt", "the situation in
Venezuela was raised with the Colombian Minister". The countries before the passive
verb are what was talked about, no side of the talks (they were read as partners too).
With no "with" after the verb, a country before it may still be the side ("Cooperation
with Malta was discussed during the meeting"); an active subject stays the side
(sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


def _met(text: str, issuer: str, date: str) -> list[tuple]:
    return sorted(records(text, issuer, {"meeting"}, date=date))


@pytest.mark.parametrize("text, issuer, date, expected", [
    ("According to the Minister, matters like the Aegean and Libya were also discussed "
     "with our close partner Malta.", "TUR", "2020",
     [("meeting", ("TUR",), ("MLT",), "2020")]),
    ("The Minister said that regional questions such as Syria and Yemen were discussed "
     "with the Foreign Minister of Egypt.", "JOR", "2019",
     [("meeting", ("JOR",), ("EGY",), "2019")]),
    ("Issues such as Ukraine and Belarus have been thoroughly discussed with our partners "
     "from Finland on 4 May.", "EST", "2021",
     [("meeting", ("EST",), ("FIN",), "2021-05-04")]),
    ("The situation in Venezuela was also raised with the Colombian Foreign Minister "
     "during the meeting on 12 June.", "ESP", "2018",
     [("meeting", ("ESP",), ("COL",), "2018-06-12")]),
])
def test_the_passive_subjects_countries_are_topics(text: str, issuer: str, date: str,
                                                   expected: list) -> None:
    assert _met(text, issuer, date) == expected


@pytest.mark.parametrize("text, expected", [
    # no "with" after the verb: the country before it is the side
    ("Bilateral cooperation with Malta was discussed during the meeting on 12 September.",
     [("meeting", ("TUR",), ("MLT",), "2020-09-12")]),
    # an active subject is a side; the object after the verb a topic
    ("The Minister and the Foreign Minister of Malta discussed Libya.",
     [("meeting", ("TUR",), ("MLT",), "2020")]),
    ("The Foreign Minister of Malta and the Minister discussed Libya with the Prime "
     "Minister of Italy.",
     [("meeting", ("TUR",), ("ITA",), "2020"), ("meeting", ("TUR",), ("MLT",), "2020")]),
])
def test_a_side_told_otherwise_stays(text: str, expected: list) -> None:
    assert _met(text, "TUR", "2020") == expected
