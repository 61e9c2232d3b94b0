"""A review counts the officials met or the countries whose officials came, then
names some by example ("received 12 foreign ministers, among them those of A, B
and C"; "The foreign ministers of 12 countries visited X, including A and B"):
one record per country named, the count a figure of its own. A count of things
received ("80,000 appeals") or of envoys stays no meeting."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import CORE, case, check

_CASES = [
    case("received", "In 2023 the Minister received 12 foreign ministers, among them those of "
                     "Hungary, Japan and Kazakhstan.", "MNG", "2023", CORE,
         [("meeting", ("MNG",), ("HUN",), "2023"), ("meeting", ("MNG",), ("JPN",), "2023"),
          ("meeting", ("MNG",), ("KAZ",), "2023")]),
    case("hosted", "During the year the Foreign Minister hosted nine counterparts, including "
                   "the foreign ministers of Turkey, Austria and Laos.", "MNG", "2023", CORE,
         [("meeting", ("MNG",), ("TUR",), "2023"), ("meeting", ("MNG",), ("AUT",), "2023"),
          ("meeting", ("MNG",), ("LAO",), "2023")]),
    case("met-this-year", "The Minister met more than 40 colleagues this year, notably the "
                          "ministers of Chile and Peru.", "URY", "2022", CORE,
         [("meeting", ("URY",), ("CHL",), "2022"), ("meeting", ("URY",), ("PER",), "2022")]),
    case("counterparts-such-as", "In Oslo the Secretary of State welcomed several counterparts, "
                                 "such as those of Ghana and Kenya, in 2021.", "NOR", "2021",
         CORE,
         [("meeting", ("NOR",), ("GHA",), "2021"), ("meeting", ("NOR",), ("KEN",), "2021")]),
    case("visited-among-them", "The foreign ministers of 12 countries visited Mongolia in 2023, "
                               "among them Hungary, Japan and Kazakhstan.", "MNG", "2023", CORE,
         [("visit", ("HUN",), ("MNG",), "2023"), ("visit", ("JPN",), ("MNG",), "2023"),
          ("visit", ("KAZ",), ("MNG",), "2023")]),
    case("paid-visits", "Heads of state of five countries paid official visits to Peru, "
                        "including Chile, Spain and Korea.", "PER", "2019", CORE,
         [("visit", ("CHL",), ("PER",), "2019"), ("visit", ("ESP",), ("PER",), "2019"),
          ("visit", ("KOR",), ("PER",), "2019")]),
    case("came-to-capital", "Delegations from over 20 states came to Ulaanbaatar this year, "
                            "such as Poland and Vietnam.", "MNG", "2023", CORE,
         [("visit", ("POL",), ("MNG",), "2023"), ("visit", ("VNM",), ("MNG",), "2023")]),
    # near misses: things received are no guests; envoys are posted, not counted here
    case("appeals", "In 2023 the consular service received 80,000 appeals, including those of "
                    "citizens in Turkey and Japan.", "AZE", "2023", CORE, []),
    case("no-examples", "The foreign ministers of 12 countries visited Mongolia in 2023.",
         "MNG", "2023", CORE, []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_officials_counted_then_named_by_example(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
