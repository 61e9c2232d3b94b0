"""A state's accession process named by "accession talks with" or "membership talks
with" its candidates ("supports opening accession talks with A and B") is no meeting
held with them: the candidates are the process's subject, not partners met. Talks held
with a candidate's official, whatever they were about, are still a meeting (sentences
of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, records


@pytest.mark.parametrize("text, issuer", [
    ("The minister reaffirmed Austria's support for opening accession talks with Albania "
     "and North Macedonia.", "AUT"),
    ("Slovakia backs opening the accession talks with Moldova without further delay, the "
     "State Secretary said.", "SVK"),
    ("The Czech Republic supports the launch of membership talks with Ukraine and Moldova.",
     "CZE"),
    ("Accession talks with Montenegro should be concluded soon, Minister Novak stressed.",
     "SVN"),
    ("The State Secretary voiced Slovenia's firm backing for the start of accession talks "
     "with Serbia and Montenegro.", "SVN"),
    ("Estonia argued for a swift launch of membership talks with Georgia.", "EST"),
    ("Portugal welcomed the decision to start EU accession talks between the Union and "
     "Moldova.", "PRT"),
])
def test_accession_talks_with_candidates_give_no_meeting(text: str, issuer: str) -> None:
    assert records(text, issuer, CORE, date="2022") == []


@pytest.mark.parametrize("text, issuer, expected", [
    ("On 4 May the Minister held talks with the Foreign Minister of Albania in Budapest on "
     "accession.", "HUN", [("meeting", ("HUN",), ("ALB",), "2022-05-04")]),
    ("The Austrian minister held talks with the Foreign Minister of Albania on 3 March in "
     "Vienna, focusing on the opening of accession talks.", "AUT",
     [("meeting", ("AUT",), ("ALB",), "2022-03-03")]),
    ("On 12 May the Minister had talks with his Montenegrin counterpart about membership "
     "in Prague.", "CZE", [("meeting", ("CZE",), ("MNE",), "2022-05-12")]),
    ("The minister travelled to Skopje for the first round of talks with North Macedonia "
     "on 4 May.", "HRV", [("meeting", ("HRV",), ("MKD",), "2022-05-04"),
                          ("visit", ("HRV",), ("MKD",), "2022-05-04")]),
    ("The State Secretary held talks with Ukraine's Deputy Foreign Minister in Bratislava "
     "on 9 June.", "SVK", [("meeting", ("SVK",), ("UKR",), "2022-06-09")]),
])
def test_talks_held_with_a_candidate_are_still_a_meeting(text: str, issuer: str,
                                                         expected: list) -> None:
    assert records(text, issuer, CORE, date="2022") == sorted(expected)
