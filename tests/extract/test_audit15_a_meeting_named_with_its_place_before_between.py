"""Generality audit (audit15) of "a meeting or talks named with a place, a day or 'held'
before 'between'" (dbecd1a): a weekday, a possessive day, "was held in", "took place
in", "held yesterday in", a date and a place, a place set off by commas ("The meeting,
held in Ljubljana, between"), a review's year, a readout's dateline, others' talks told
to the issuer; and near-misses where "between" names a topic ("differences between A and
B", "the border between"), no side, a habit or a future meeting."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_T = ["meeting"]

_CASES = [
    case("weekday", "The meeting on Friday between the Foreign Ministers of Croatia and "
                    "Slovenia focused on borders.", "HRV", "2023-06-12", _T,
         [("meeting", ("HRV",), ("SVN",), "2023-06-09")]),
    case("possessive-day-place", "Wednesday's talks in Skopje between the Minister and his "
                                 "North Macedonian counterpart covered EU accession.", "BGR",
         "2023-06-16", _T, [("meeting", ("BGR",), ("MKD",), "2023-06-14")]),
    case("was-held-in", "A meeting was held in Tirana between the Albanian and Greek foreign "
                        "ministers.", "ALB", "2023-06-16", _T,
         [("meeting", ("ALB",), ("GRC",), "2023-06-16")]),
    case("place-then-day", "Talks at the Ministry on Tuesday between the Minister and the "
                           "Ambassador of Japan covered trade.", "PRT", "2023-06-16", _T,
         [("meeting", ("PRT",), ("JPN",), "2023-06-13")]),
    case("took-place-in", "Talks took place in Vienna between the Austrian Chancellor and the "
                          "Czech Prime Minister.", "AUT", "2023-06-16", _T,
         [("meeting", ("AUT",), ("CZE",), "2023-06-16")]),
    case("held-yesterday-in", "The bilateral meeting held yesterday in Brussels between the "
                              "Foreign Ministers of Estonia and Finland was useful.", "EST",
         "2023-06-16", _T, [("meeting", ("EST",), ("FIN",), "2023-06-15")]),
    case("review-context", "Latvian diplomacy in 2022\n\nThe year was busy. The talks in Riga "
                           "between the foreign ministers of Latvia and Japan produced a joint "
                           "statement.", "LVA", "2022-12-20", _T,
         [("meeting", ("LVA",), ("JPN",), "2022")]),
    case("readout-dateline", "RIGA, 5 May 2023 - Talks held at the Foreign Ministry today "
                             "between Minister Karins and the Foreign Minister of Chile "
                             "covered trade.", "LVA", "2023-05-05", _T,
         [("meeting", ("LVA",), ("CHL",), "2023-05-05")]),
    case("last-weeks", "Last week's meeting in Geneva between the Armenian and Azerbaijani "
                       "foreign ministers ended without agreement.", "ARM", "2023-05-15", _T,
         [("meeting", ("ARM",), ("AZE",), "2023-05")]),
    case("date-then-place", "The talks held on 3 May in Warsaw between the Polish and "
                            "Lithuanian presidents concerned security.", "POL", "2023-05-15",
         _T, [("meeting", ("POL",), ("LTU",), "2023-05-03")]),
    case("place-between-commas", "The meeting, held in Ljubljana, between the Slovenian and "
                                 "Croatian prime ministers was cordial.", "SVN", "2023-05-15",
         _T, [("meeting", ("SVN",), ("HRV",), "2023-05-15")]),
    case("others-talks-place", "Talks in Geneva between Armenia and Azerbaijan resumed on "
                               "Monday.", "NOR", "2023-05-15", _T,
         [("meeting", ("ARM",), ("AZE",), "2023-05-15")]),
    case("others-talks-welcomed", "The Minister welcomed the talks in Geneva between Armenia "
                                  "and Azerbaijan.", "NOR", "2023-05-15", _T,
         [("meeting", ("ARM",), ("AZE",), "2023-05-15")]),
    # near-misses: no meeting of the sides after "between"
    case("no-differences-between", "The meeting in Paris focused on differences between "
                                   "France and Germany.", "NOR", "2023-05-15", _T, []),
    case("no-relations-between", "A meeting in Brussels on relations between the EU and China "
                                 "took place on Monday.", "NOR", "2023-05-15", _T, []),
    case("no-border-between", "The meeting in Geneva on the border between Armenia and "
                              "Azerbaijan ended on Monday.", "NOR", "2023-05-15", _T, []),
    case("no-sides-named", "The talks in Ankara between the two delegations were held in a "
                           "friendly atmosphere.", "AZE", "2021-06-01", _T, []),
    case("no-future", "A meeting in Oslo between the Norwegian and Swedish ministers will take "
                      "place next week.", "NOR", "2023-05-15", _T, []),
    case("no-habit", "Meetings in Nicosia between the Greek and Cypriot foreign ministers are "
                     "held every year.", "GRC", "2023-05-15", _T, []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_audit15_a_meeting_named_with_its_place_before_between(text, issuer, date, types,
                                                               expected):
    check(text, issuer, date, types, expected)
