"""A news dateline cut off as a sentence of its own at the head of the story's
paragraph ("ASHGABAT, June 28. On June 27, ...", "Yerevan, May 3. Armenia's ...") names
no side: the side the text is about is the first one its story names, as it is without
the dateline (a dateline on a line of its own is left as it was). So "held talks with
the visiting Foreign Minister of Latvia" keeps its meeting with Latvia (the guest named
after the word of the visit)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_TYPES = ["meeting", "visit"]
_STORY = ("On June 27, Turkmenistan's Foreign Minister Rashid Meredov held talks with the "
          "visiting Foreign Minister of Latvia Edgars Rinkevics.")
_BOTH = [("meeting", ("TKM",), ("LVA",), "2023-06-27"), ("visit", ("LVA",), ("TKM",), "2023-06-27")]

_CASES = [
    case("caps-dateline", "ASHGABAT, June 28. " + _STORY, "TKM", "2023-06-28", _TYPES, _BOTH),
    case("no-dateline", _STORY, "TKM", "2023-06-28", _TYPES, _BOTH),
    case("armenpress", "Yerevan, May 3. Armenia's Foreign Minister Ararat Mirzoyan on May 2 "
                       "held talks with the visiting Foreign Minister of Chile, Alberto Soto, "
                       "the ministry's press service said.", "ARM", "2023-05-03", _TYPES,
         [("meeting", ("ARM",), ("CHL",), "2023-05-02"),
          ("visit", ("CHL",), ("ARM",), "2023-05-02")]),
    case("dateline-then-our-trip", "ASTANA, June 28. Kazakhstan's Foreign Minister Murat "
                                   "Nurtleu arrived in Tashkent on a working visit.", "KAZ",
         "2023-06-28", _TYPES, [("visit", ("KAZ",), ("UZB",), "2023-06-28")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_a_dateline_sentence_leaves_the_focus_to_the_story(text, issuer, date, types,
                                                           expected):
    check(text, issuer, date, types, expected)
