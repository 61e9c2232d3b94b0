"""A headline written as a sentence with its stop, its subject an office with no article
and no name ("Minister of Foreign Affairs participated in the OSCE Ministerial Council in
Vienna."), over a lead that tells the same event with its days, is the text's title: one
record, dated by the lead. It was read as a lead sentence of its own, so with the lead's
days given as a span ("During 5-6 March") its session stayed a second record with the bare
year. A first line that names its official or gives the office its article is a lead
sentence as before (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_TYPES = {"visit", "meeting", "multilateral"}


def _events(text: str, issuer: str) -> list[tuple]:
    return records(text, issuer, _TYPES, date="2022")


@pytest.mark.parametrize("text, issuer, expected", [
    ("Minister of Foreign Affairs participated in the OSCE Ministerial Council in Vienna, "
     "Austria.\n\nDuring 5-6 March 2022, Minister of Foreign Affairs Carlos Soto "
     "participated in the OSCE Ministerial Council held in Vienna, Austria.",
     "CHL", [("multilateral", ("CHL",), (), "2022-03-05")]),
    ("Deputy Prime Minister and Minister of Foreign Affairs attended the 12th Session of "
     "the Council of Ministers of the Pacific Alliance in Lima.\n\n"
     "On 14-15 June 2022, H.E. Mr. Pablo Reyes, Deputy Prime Minister and Minister of "
     "Foreign Affairs, attended the 12th Session of the Council of Ministers of the "
     "Pacific Alliance, held in Lima, Peru.",
     "COL", [("multilateral", ("COL",), (), "2022-06-14")]),
    ("Foreign Minister took part in the NATO Summit in Madrid.\n\n"
     "From 28 to 30 June 2022, Foreign Minister Eva Lind took part in the NATO Summit "
     "hosted by Spain in Madrid.",
     "EST", [("multilateral", ("EST",), (), "2022-06-28")]),
    ("State Secretary represented Finland at the EU Foreign Affairs Council in "
     "Luxembourg.\n\nOn 20-21 October 2022, State Secretary Jukka Salo represented "
     "Finland at the EU Foreign Affairs Council meeting in Luxembourg.",
     "FIN", [("multilateral", ("FIN",), (), "2022-10-20")]),
])
def test_the_headline_sentence_and_its_lead_tell_one_session(text: str, issuer: str,
                                                             expected: list) -> None:
    assert _events(text, issuer) == sorted(expected)


@pytest.mark.parametrize("text, issuer, expected", [
    # the first line names its official: a lead sentence of its own, a second session
    ("Minister Carlos Soto participated in the OSCE Ministerial Council in Vienna on 1 "
     "December 2022.\n\nOn 5 December 2022, Minister Carlos Soto participated in the "
     "Pacific Alliance summit held in Lima.",
     "CHL", [("multilateral", ("CHL",), (), "2022-12-01"),
             ("multilateral", ("CHL",), (), "2022-12-05")]),
    # the office with its article: as before
    ("The Minister of Foreign Affairs met the Foreign Minister of Peru in Lima on 3 May "
     "2022.\n\nOn 4 May 2022, the Minister met the Foreign Minister of Bolivia in La Paz.",
     "CHL", [("meeting", ("CHL",), ("BOL",), "2022-05-04"),
             ("meeting", ("CHL",), ("PER",), "2022-05-03")]),
])
def test_near_misses_keep_their_readings(text: str, issuer: str, expected: list) -> None:
    assert _events(text, issuer) == sorted(expected)
