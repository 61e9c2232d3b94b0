"""A call told in the singular as a conference ("held a videoconference with the
foreign ministers of A, B and C", "joined a conference call with A and B") is one
call with all those listed, as a trilateral meeting is one meeting; calls in the
plural ("held telephone conversations with A and B") are one with each. So is a
call in the singular with a group in the plural ("had a telephone conversation with
the three ministers of A, B and C"): one call of them all. So are
the calls of a list where each partner has its own date."""

from __future__ import annotations

import re

from ._triggers import Trigger

__all__ = ["one_conference"]

#: one conference by its kind, in the singular, with its article before it
_CONFERENCE = re.compile(
    r"(?i)(?:^|\s)(?:an?|one|single|the\s+same)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:tele-?conference|tele-?meeting|video-?\s?conference|conference\s+call|video\s+call|"
    r"virtual\s+meeting|online\s+meeting)(?:\s+with)?$|"
    # a call others held that the official joined: "joined a call with his counterparts
    # from A, B and C", "took part in a call with" (one call of them all)
    r"(?:joined|joins|took\s+part\s+in|takes\s+part\s+in|participated\s+in|participates\s+in)"
    r"\s+an?\s+(?:[\w-]+\s+){0,2}?call(?:\s+with)?$|"
    # (the medium after a verb of talk: "the ministers of A, B and C spoke by conference
    # call")
    r"(?:^|\s)(?:spoke|talked|conferred|conversed|consulted|met)\s+(?:by|via|over|through)\s+"
    r"(?:an?\s+|the\s+)?(?:tele-?conference|video-?\s?conference|conference\s+call)$")

#: one call in the singular with its article, by whatever medium ("held a telephone
#: conversation", "had a phone call"; its day may be told before "with"), ...
_ONE_CALL = re.compile(r"(?i)(?:^|\s)(?:an?|one|single)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:call|conversation|talk)(?:,?\s+(?:on|in|at|this|last|yesterday|"
                       r"today|earlier)\b[^,.;()]{0,30}?,?)?(?:\s+with)?$")
#: ... with a group of officials in the plural: "with the foreign ministers of A, B and
#: C", "with her counterparts from A and B" (one call of them all); a day or a time may
#: come first ("held a joint phone call on 5 May with the prime ministers of A and B")
_GROUP_AFTER = re.compile(r"(?i)\s*(?:,?\s*(?:on|in|at|this|last|yesterday|today|earlier|"
                          r"later)\b[^,.;()]{0,30}?,?\s+(?=with\b))?(?:with\s+)?"
                          r"(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:ministers|counterparts|colleagues|secretaries|leaders|presidents|"
                          r"premiers)\s+(?:of|from)\b")

#: one call in the singular "of" the officials it joined, the issuer's among them: "after
#: a phone call of Minister A, her Dutch colleague B and Belgian Foreign Minister C",
#: "the telephone conversation of Minister A, the Hungarian Foreign Minister and ..."
#: (a title, a name or an article with a title follows "of"; "a call of 20 minutes", "a
#: call of congratulation" do not)
_CALL_OF = re.compile(r"(?i)(?:^|\s)(?:an?|one|the)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:call|conversation)$")
_OF_OFFICIALS = re.compile(r"\s+of\s+(?:(?:the|his|her)\s+)?(?-i:[A-Z])")

#: a second call told after the first: "... with A and then with B", "separately"
_THEN = re.compile(r"(?i)\b(?:then|later|afterwards|subsequently|separately|respectively)\b")


def one_conference(t: Trigger, text: str, end: int, dates: int) -> bool:
    """Whether the call trigger is one conference with all the partners its clause
    (up to ``end``) lists; ``dates``: how many dates the clause gives (one each when
    several)."""
    return (t.type == "call" and dates == 1
            and (_CONFERENCE.search(text, max(0, t.start - 40), t.end) is not None
                 or (_ONE_CALL.search(text, max(0, t.start - 40), t.end) is not None
                     and _GROUP_AFTER.match(text, t.end) is not None)
                 or (_CALL_OF.search(text, max(0, t.start - 40), t.end) is not None
                     and _OF_OFFICIALS.match(text, t.end) is not None))
            and _THEN.search(text, t.end, end) is None)
