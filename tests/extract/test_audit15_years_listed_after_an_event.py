"""Generality audit (audit15b) of "years alone listed after an event" (7e7604b): a
meeting, consultations, an Oxford comma, "and again in", fronted years, a passive
signing, a relative clause, a count then the years; near-misses where the second year
belongs to a predicate of its own, a span (one time, as "Between 2014 and 2017"), or no
event (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_D = "2024-03-14"

_CASES = [
    case("meeting-in-two-years",
         "The foreign ministers of Australia and Fiji met in Suva in 2019 and 2022.", "AUS",
         _D, ["meeting"],
         [("meeting", ("AUS",), ("FJI",), "2019"), ("meeting", ("AUS",), ("FJI",), "2022")]),
    case("visited-canberra-two-years",
         "The President of Palau visited Canberra in 2017 and 2021.", "AUS", _D, ["visit"],
         [("visit", ("PLW",), ("AUS",), "2017"), ("visit", ("PLW",), ("AUS",), "2021")]),
    case("oxford-comma",
         "The Prime Minister travelled to Vanuatu in 2012, 2015, and 2021.", "AUS", _D,
         ["visit"],
         [("visit", ("AUS",), ("VUT",), "2012"), ("visit", ("AUS",), ("VUT",), "2015"),
          ("visit", ("AUS",), ("VUT",), "2021")]),
    case("and-again-in",
         "The Foreign Minister visited Tonga in 2016 and again in 2019.", "AUS", _D, ["visit"],
         [("visit", ("AUS",), ("TON",), "2016"), ("visit", ("AUS",), ("TON",), "2019")]),
    case("fronted-years",
         "In 2014 and 2018, the Prime Minister visited Samoa.", "AUS", _D, ["visit"],
         [("visit", ("AUS",), ("WSM",), "2014"), ("visit", ("AUS",), ("WSM",), "2018")]),
    case("consultations-two-years",
         "Australia and China held political consultations in Beijing in 2016 and 2018.",
         "AUS", _D, ["consultation"],
         [("consultation", ("AUS",), ("CHN",), "2016"),
          ("consultation", ("AUS",), ("CHN",), "2018")]),
    case("passive-signing",
         "Fisheries agreements were signed by Australia and Kiribati in 2010 and 2015.",
         "AUS", _D, ["agreement"],
         [("agreement", ("AUS",), ("KIR",), "2010"), ("agreement", ("AUS",), ("KIR",), "2015")]),
    case("relative-clause",
         "The Prime Minister of Fiji, who visited Canberra in 2018 and 2022, met the Foreign "
         "Minister.", "AUS", _D, ["visit"],
         [("visit", ("FJI",), ("AUS",), "2018"), ("visit", ("FJI",), ("AUS",), "2022")],
         limit="years listed in a relative clause between commas before the main verb: "
               "the main clause's 'met' is read as the predicate of the second year "
               "(_VERB_NEXT), so the visit keeps the first year only, and the meeting "
               "takes the relative clause's year; dates are not kept to their clause"),
    case("count-then-years",
         "Japan's Foreign Minister has visited Canberra three times, in 2013, 2016 and 2019.",
         "AUS", _D, ["visit"],
         [("visit", ("JPN",), ("AUS",), "2013"), ("visit", ("JPN",), ("AUS",), "2016"),
          ("visit", ("JPN",), ("AUS",), "2019")]),
    # near-misses: the second year opens a predicate of its own; a span; no event
    case("second-year-its-own-verb",
         "Australia and Tonga signed the treaty in 1998 and amended it in 2015.", "AUS", _D,
         ["agreement"], [("agreement", ("AUS",), ("TON",), "1998")]),
    case("span-from-to",
         "From 2015 to 2019 the Minister visited Fiji every year.", "AUS", _D, ["visit"],
         [("visit", ("AUS",), ("FJI",), "2015")]),
    case("no-event-trade-grew",
         "Trade between Australia and Fiji grew in 2015 and 2019.", "AUS", _D,
         ["visit", "meeting", "agreement"], []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_audit15_years_listed_after_an_event(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
