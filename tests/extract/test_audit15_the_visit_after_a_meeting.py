"""Generality audit (audit15c) of "'The visit took place' after a meeting" (61d79dc):
"The visit was held", "The visit ended with", "The visit coincided with", "The visit is
the first", after a meeting at home, in the partner's capital, with a guest received;
near-misses: a meeting with two partners, a meeting in a third country, a country named
as the topic of the visit clause (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_T = ["meeting", "visit"]
_D = "2024-06-05"

_CASES = [
    case("received-at-home-anniversary",
         "On 3 June Foreign Minister Ana Vela received the Foreign Minister of Ecuador in "
         "Lima. The visit took place in the framework of the 50th anniversary of relations.",
         "PER", _D, _T, [("meeting", ("PER",), ("ECU",), "2024-06-03"),
                         ("visit", ("ECU",), ("PER",), "2024-06-03")]),
    case("met-in-partner-capital",
         "On 3 June, Vice Minister Luis Paz met with the Foreign Minister of Bolivia in La "
         "Paz. The visit coincided with the signing of a trade deal.", "PER", _D, _T,
         [("meeting", ("PER",), ("BOL",), "2024-06-03"),
          ("visit", ("PER",), ("BOL",), "2024-06-03")]),
    case("visit-ended-with-dinner",
         "The Vice Minister received the Secretary of State for Foreign Affairs of Spain in "
         "Lima on 3 June. The visit ended with a tour of the historic centre.", "PER", _D,
         _T, [("meeting", ("PER",), ("ESP",), "2024-06-03"),
              ("visit", ("ESP",), ("PER",), "2024-06-03")]),
    case("visit-was-held",
         "Minister Ana Vela held talks with the Deputy Foreign Minister of Chile in Lima on "
         "3 June. The visit was held at the invitation of the Peruvian side.", "PER", _D, _T,
         [("meeting", ("PER",), ("CHL",), "2024-06-03"),
          ("visit", ("CHL",), ("PER",), "2024-06-03")]),
    case("visit-is-the-first",
         "On 3 June the Minister received in Lima the Foreign Minister of Paraguay. The "
         "visit is the first at this level in five years.", "PER", _D, _T,
         [("meeting", ("PER",), ("PRY",), "2024-06-03"),
          ("visit", ("PRY",), ("PER",), "2024-06-03")]),
    case("dateline-agency-visit-took-place",
         "Lima, June 3 (ANDINA). Foreign Minister Ana Vela met with the Foreign Minister of "
         "Uruguay at the Torre Tagle Palace. The visit took place within the framework of "
         "a regional tour.", "PER", _D, _T,
         [("meeting", ("PER",), ("URY",), "2024-06-03"),
          ("visit", ("URY",), ("PER",), "2024-06-03")]),
    # near-misses
    case("no-visit-two-partners",
         "The Minister met the Foreign Ministers of Chile and Bolivia in Lima on 3 June. The "
         "visit took place within the framework of a trilateral dialogue.", "PER", _D, _T,
         [("meeting", ("PER",), ("CHL",), "2024-06-03"),
          ("meeting", ("PER",), ("BOL",), "2024-06-03")]),
    case("no-country-in-the-topic",
         "On 3 June Foreign Minister Ana Vela received the Foreign Minister of Ecuador in "
         "Lima. The visit was part of the anniversary of relations with Mexico.", "PER", _D,
         _T, [("meeting", ("PER",), ("ECU",), "2024-06-03"),
              ("visit", ("ECU",), ("PER",), "2024-06-03")]),
    case("no-visit-without-a-meeting",
         "The Minister spoke by phone with the Foreign Minister of Chile on 3 June. The "
         "visit took place within the framework of the anniversary.", "PER", _D, _T, []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_the_visit_after_a_meeting(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
