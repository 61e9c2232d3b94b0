"""Generality audit (audit15b) of "a line ending with a colon after a clause is a
sentence, not a heading" (e325f60): a bilateral meeting, "discussed:", "during which they
agreed:", "covering the following topics:", an opening "During their meeting", "meeting in
X" as a participle, "signed the following documents:", "issued a statement in which
they:"; near-misses: bare headings and a future meeting's agenda (sentences of our
own)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_T = ["meeting"]
_D = "2023-05-05"
_ITEMS = "\n\n• trade and investment\n• cooperation on energy"
#: why the meeting told as "their meeting" with its sides after it is out of reach here
_THEIR = ("the meeting told as 'their meeting' ('During their meeting in X on D, the "
          "ministers of A and B', 'A and B, meeting in X') gives no meeting even as a "
          "plain sentence ending with a stop: a reading of 'their meeting' with its sides "
          "in the main clause, not of the colon")
_M = [("meeting", ("GBR",), ("CHL",), "2023-05-03")]

_CASES = [
    case("met-and-discussed",
         "The Foreign Secretary and the Foreign Minister of Chile met in Santiago on 3 May "
         "and discussed:" + _ITEMS, "GBR", _D, _T, _M),
    case("during-which-they-agreed",
         "On 3 May in Santiago, the Foreign Secretary held talks with the Foreign Minister "
         "of Chile, during which they agreed:" + _ITEMS, "GBR", _D, _T, _M),
    case("covering-the-following-topics",
         "The Foreign Secretary held talks with the Chilean Foreign Minister on 3 May, "
         "covering the following topics:" + _ITEMS, "GBR", _D, _T, _M),
    case("during-their-meeting-opener",
         "During their meeting in Santiago on 3 May, the foreign ministers of Chile and the "
         "United Kingdom reaffirmed:" + _ITEMS, "GBR", _D, _T, _M,
         limit=_THEIR),
    case("participle-meeting-in",
         "The foreign ministers of Chile and the United Kingdom, meeting in Santiago on 3 "
         "May, have agreed to:" + _ITEMS, "GBR", _D, _T, _M,
         limit=_THEIR),
    case("signed-the-following",
         "At their meeting in Santiago on 3 May, the ministers of the United Kingdom and "
         "Chile signed the following documents:" + _ITEMS, "GBR", _D, _T, _M,
         limit=_THEIR),
    case("issued-a-statement-in-which",
         "Following their meeting in Santiago on 3 May, the foreign ministers of the United "
         "Kingdom and Chile issued a joint statement in which they:" + _ITEMS, "GBR", _D,
         _T, _M,
         limit=_THEIR),
    case("welcomed-the-following",
         "The Foreign Secretary met the Foreign Minister of Chile in Santiago on 3 May. The "
         "ministers welcomed the following:" + _ITEMS, "GBR", _D, _T, _M),
    case("numbered-items",
         "Foreign Secretary Anna Bell held talks with Chilean Foreign Minister Ana Soto in "
         "Santiago on 3 May and they decided:\n\n1. to open a trade office\n2. to meet "
         "again in 2024", "GBR", _D, _T, _M),
    # near-misses: bare headings, a future meeting's agenda
    case("no-bare-heading",
         "Joint communique\n\nKey outcomes:" + _ITEMS, "GBR", _D, _T, []),
    case("no-agenda-of-a-future-meeting",
         "The Foreign Secretary will meet the Foreign Minister of Chile next week to "
         "discuss:" + _ITEMS, "GBR", _D, _T, []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_audit15_a_clause_ending_in_a_colon(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
