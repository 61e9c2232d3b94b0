"""A sentence that opens on "At the meeting with" (or "During the talks with") an
official the text has not named before is a meeting of its own, though "the" names it
as known: "The guest was received by the Foreign Minister, A. At the meeting with Vice
Minister B, ...". Two officials named by other names are two officials,
even where one office is as vague as "Minister". The official met before, named again
(or named only now after a meeting told by title), is still the one meeting. A rank
between a country and the title ("Kazakhstan's First Vice Minister") keeps the
official's country."""

from __future__ import annotations

import pytest

from communique.extract import extract_text
from tests.extract.audit_support import case, check

_GUEST = ("Deputy Secretary of State Anna Holt of the United States paid a working visit "
          "to Kazakhstan on 3 May.\n\nThe guest was received by the Foreign Minister of "
          "Kazakhstan Bolat Ermek.\n\n")
_MET = ("On 3 May the Minister of Foreign Affairs Bolat Ermek met with the Foreign Minister "
        "of Japan, Ken Sato.\n\n")

_CASES = [
    case("guest-meets-a-second-official-of-ours",
         _GUEST + "At the meeting with Kazakhstan's First Vice Minister of Foreign Affairs, "
         "Aidar Nurov, trade and transit were discussed.", "KAZ", "2024-05-04",
         ["meeting"], [("meeting", ("KAZ",), ("USA",), "2024-05-03")] * 2),
    case("delegation-meets-a-minister-named-by-a-vague-office",
         "The Italian delegation led by Deputy Minister Marco Ferri arrived in Astana on 3 "
         "May.\n\nThe delegation was received by Deputy Foreign Minister Aidar Nurov.\n\n"
         "At the meeting with the Minister of Trade of Kazakhstan Serik Bekov, the parties "
         "discussed exports.", "KAZ", "2024-05-04", ["meeting"],
         [("meeting", ("KAZ",), ("ITA",), "2024-05-03")] * 2),
    case("talks-with-a-second-official-of-theirs",
         _MET + "During the talks with Japan's Minister of Economy Taro Mori, the sides "
         "reviewed investment projects.", "KAZ", "2024-05-04", ["meeting"],
         [("meeting", ("KAZ",), ("JPN",), "2024-05-03")] * 2),
    case("honorific-before-the-title",
         _GUEST + "At the meeting with H.E. Deputy Prime Minister Serik Bekov, the sides "
         "discussed energy.", "KAZ", "2024-05-04", ["meeting"],
         [("meeting", ("KAZ",), ("USA",), "2024-05-03")] * 2),
    # the official met before, named again: the one meeting
    case("same-official-again",
         _MET + "At the meeting with Minister Ken Sato, the sides reviewed investment "
         "projects.", "KAZ", "2024-05-04", ["meeting"],
         [("meeting", ("KAZ",), ("JPN",), "2024-05-03")]),
    case("named-only-now-after-the-title",
         "On 3 May the Minister of Foreign Affairs Bolat Ermek met with the Foreign Minister "
         "of Japan.\n\nDuring the meeting with Japanese Foreign Minister Ken Sato, the sides "
         "reviewed investment projects.", "KAZ", "2024-05-04", ["meeting"],
         [("meeting", ("KAZ",), ("JPN",), "2024-05-03")]),
    case("guest-named-again-at-the-meeting",
         _GUEST + "At the meeting with Minister Bolat Ermek, the sides discussed energy.",
         "KAZ", "2024-05-04", ["meeting"], [("meeting", ("KAZ",), ("USA",), "2024-05-03")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_the_meeting_with_an_official_named_anew(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)


@pytest.mark.parametrize(("text", "country"), [
    ("The Deputy Secretary met Kazakhstan's First Vice Minister of Foreign Affairs, Aidar "
     "Nurov, on 3 May.", "KAZ"),
    ("The Deputy Secretary met the Kazakh First Deputy Foreign Minister Aidar Nurov on 3 May.",
     "KAZ"),
    ("The Deputy Secretary held talks with Vietnam's Permanent Deputy Minister of Foreign "
     "Affairs Pham Minh Duc on 3 May.", "VNM"),
])
def test_a_rank_between_the_country_and_the_title_keeps_the_officials_country(text, country):
    recs = [r for r in extract_text(text, issuer="USA", date="2024-05-04").records
            if r.type == "meeting"]
    assert [[(p.role, p.country) for p in r.persons] for r in recs] == [
        [("deputy_foreign_minister", country)]]
