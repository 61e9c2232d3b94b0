"""Generality audit (audit15b) of "a meeting told with no time of its own, then told again
right after with its day" (e325f60): a bilateral lead, "The meeting took place", "The
talks were held", "They met", a passive lead, a review's year, a readout's dateline, a
visit in the lead, a weekday; near-misses where the second sentence is another occasion
(first met, will meet, another official) (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_T = ["meeting"]
_D = "2023-03-06"

_CASES = [
    case("the-meeting-took-place",
         "Foreign Minister Jan Hora met Chilean Foreign Minister Ana Soto. The meeting took "
         "place in Santiago on 3 March.", "CZE", _D, _T,
         [("meeting", ("CZE",), ("CHL",), "2023-03-03")]),
    case("the-talks-were-held",
         "The Minister held talks with the Foreign Minister of Peru, Luis Vela. The talks were "
         "held in Lima on Friday.", "CZE", _D, _T,
         [("meeting", ("CZE",), ("PER",), "2023-03-03")]),
    case("they-met",
         "State Secretary Eva Mrazova met her Estonian counterpart Kaja Tamm. They met in "
         "Tallinn on 3 March on the margins of a conference.", "CZE", _D, _T,
         [("meeting", ("CZE",), ("EST",), "2023-03-03")]),
    case("passive-lead",
         "Talks were held between the Foreign Minister and his Japanese counterpart. The two "
         "ministers met in Tokyo on 3 March.", "CZE", _D, _T,
         [("meeting", ("CZE",), ("JPN",), "2023-03-03")]),
    case("review-year",
         "Czech diplomacy in 2022\n\nThe Minister held a meeting with the Foreign Minister of "
         "Austria. The two ministers met in Vienna on 3 March.", "CZE", "2022-12-20", _T,
         [("meeting", ("CZE",), ("AUT",), "2022-03-03")]),
    case("dateline",
         "PRAGUE, 6 March 2023 - The Minister met Slovak Foreign Minister Petr Kral. The two "
         "ministers met in Bratislava on 3 March and discussed energy.", "CZE", _D, _T,
         [("meeting", ("CZE",), ("SVK",), "2023-03-03")]),
    case("trilateral-by-adjectives",
         "The Minister held a trilateral meeting with his Austrian and Slovak counterparts. "
         "The three ministers met in Slavkov on 3 March.", "CZE", _D, _T,
         [("meeting", ("CZE",), ("AUT", "SVK"), "2023-03-03")]),
    case("weekday-retold",
         "Deputy Minister Jiri Novak held consultations with the Deputy Foreign Minister of "
         "Georgia. The two met in Tbilisi on Thursday.", "CZE", _D, ["consultation"],
         [("consultation", ("CZE",), ("GEO",), "2023-03-02")]),
    case("call-retold-bare",
         "The Minister had a phone call with the Foreign Minister of Chile, Ana Soto. The "
         "call took place on 3 March.", "CZE", _D, ["call"],
         [("call", ("CZE",), ("CHL",), "2023-03-03")]),
    # near-misses: another occasion keeps the page's day
    case("no-bare-retelling-years-before",
         "The Minister met the Foreign Minister of Chile. The meeting took place in Santiago "
         "on 3 March 2020.", "CZE", _D, _T, [("meeting", ("CZE",), ("CHL",), "2023-03-06")]),
    case("no-first-met",
         "The Minister met Peru's Foreign Minister Luis Vela in Prague. They first met in "
         "Lima on 1 March 2020.", "CZE", _D, _T,
         [("meeting", ("CZE",), ("PER",), "2023-03-06"),
          ("meeting", ("CZE",), ("PER",), "2020-03-01")]),
    case("no-will-meet-again",
         "The Minister met Peru's Foreign Minister Luis Vela in Prague. The two will meet "
         "again in Lima on 20 March.", "CZE", _D, _T,
         [("meeting", ("CZE",), ("PER",), "2023-03-06")]),
    case("no-other-official",
         "The Minister met Peru's Foreign Minister Luis Vela in Prague. On 1 March, Deputy "
         "Minister Jiri Novak met Chile's Trade Minister in Santiago.", "CZE", _D, _T,
         [("meeting", ("CZE",), ("PER",), "2023-03-06"),
          ("meeting", ("CZE",), ("CHL",), "2023-03-01")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_audit15_a_meeting_retold_with_its_day(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
