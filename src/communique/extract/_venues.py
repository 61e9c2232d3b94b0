"""The organisations a stretch of a sentence names, with or without those named only
as where something happened ("on the margins of the 79th session of the UN General
Assembly", "at the meeting of the OSCE Council")."""

from __future__ import annotations

import re

from ._recognise import Sentence

__all__ = ["orgs_named"]


def orgs_named(s: Sentence, a: int, b: int, *, venues: bool = True) -> list[str]:
    """The organisations named in ``s.text[a:b]``; ``venues=False`` leaves out those
    named as where something happened ("on the margins of the 79th session of the
    UN General Assembly", "at the meeting of the OSCE Council")."""
    out: list[str] = []
    for e in (e for e in s.ents if a <= e.start and e.end <= b and e.kind == "org"):
        if not venues and (_VENUE.search(s.text, max(s.start, e.start - 70), e.start) or (
                _AT_A.search(s.text, max(s.start, e.start - 40), e.start)
                and (_VENUE_NOUN.match(s.text, e.end)
                     or _VENUE_NOUN.search(s.text[e.start:e.end]) is not None))):
            continue
        if e.code not in out:
            out.append(e.code)
    return out


#: the organisation naming the gathering where it happened: "at an ASEAN forum", "at
#: the EU summit", "during the 30th OSCE Ministerial Council" (a gathering's own name)
_AT_A = re.compile(r"\b(?:at|during|in|on the (?:margins|sidelines) of)\s+(?:the|an?)\s+"
                   r"(?:[\w-]+\s+){0,2}?$", re.I)
_VENUE_NOUN = re.compile(r"['’]?s?\s+(?:[\w-]+\s+){0,2}?(?:sessions?|summits?|forums?|"
                         r"conferences?|ministerials?|meetings?|councils?|assembly|"
                         # its premises: "at the United Nations Office in X", "at the
                         # African Union headquarters"
                         r"office|headquarters|premises|compound|secretariat building)\b",
                         re.I)
_VENUE = re.compile(r"\b(?:margins?|sidelines?|framework|occasion|eve|course|auspices)\s+of\s+"
                    r"(?:the\s+)?(?:[\w'’-]+\s+){0,4}$|"
                    r"\b(?:at|during|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:sessions?|"
                    r"meetings?|summits?|conferences?|forums?|ministerials?|debates?)\s+"
                    r"(?:of|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
