"""A letter, a message, credentials or a postcard told as what someone signed ("his credentials,
duly signed by the President of A", "a message from the Prime Minister, signed on 1
May", "a letter of the Emir that was signed on 28 April", "a letter from the King,
which he had signed himself", "signed the letters of credence of the new Ambassador"):
a head of state's own correspondence, no agreement of two sides. A letter of intent,
an exchange of letters, and a document signed after a letter was handed over (its
noun after the verb: "handed over a letter, and the two ministers signed a treaty") are
still signings."""

from __future__ import annotations

import re

from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["letter_signed"]

#: a head of state's correspondence (not "a letter of intent", "an exchange of letters")
_LETTER = (r"(?<!exchange of )(?<!exchanges of )(?:letters?|messages?|credentials|"
           # (and what many sign to voice a cause: "a postcard the Premier and the
           # whole Cabinet signed", "a petition", "a greeting card")
           r"invitations?|postcards?|cards?|petitions?)\b(?!\s+of\s+(?:intent|understanding|agreement|exchange|"
           r"cooperation|commitment)\b)")
#: the last document noun before the verb, then words with no other document between
_LETTER_BEFORE = re.compile(r"\b" + _LETTER + r"(?P<gap>[^.;]{0,110})$", re.I)
#: a document of two sides, named between the letter and the verb or as its object
_DOCUMENT = re.compile(r"\b(?:agreements?|memorand(?:um|a)|MoUs?|treat(?:y|ies)|accords?|"
                       r"protocols?|declarations?|conventions?|contracts?|deals?|charters?|"
                       r"documents?|statements?|communiqu[eé]s?|programmes?|plans?|"
                       r"instruments?|roadmaps?|minutes)\b", re.I)
#: the verb's object a letter: "signed the letters of credence of", "signed a letter to"
_LETTER_AFTER = re.compile(r"\s+(?:(?:the|a|an|his|her|their|its|personal|official|"
                           r"joint|new|special|greeting|greetings|condolence|solidarity|open|giant)\s+){0,3}"
                           + _LETTER, re.I)
#: the verb's object a document: "signed an agreement", "signed on Monday a protocol"
_OBJECT_DOCUMENT = re.compile(r"\s+(?:(?:on|in)\s+[\w ]{0,25}?\s+)?(?:[\w-]+\s+){0,4}?(?:"
                              + _DOCUMENT.pattern + ")", re.I)
_SIGN = re.compile(r"(?:.*\s)?sign(?:ed|s|ing)?", re.I | re.S)


def letter_signed(s: Sentence, t: Trigger) -> bool:
    """Whether the agreement trigger ``t`` ("signed") tells a letter, a message or
    credentials signed, and no document of two sides."""
    if t.type != "agreement" or not _SIGN.fullmatch(t.text):
        return False
    if _LETTER_AFTER.match(s.text, t.end, s.end):
        return True
    m = _LETTER_BEFORE.search(s.text, max(s.start, t.start - 160), t.start)
    if m is None or _DOCUMENT.search(m.group("gap")):
        return False
    # ("handed over a letter, and the ministers signed an agreement on trade")
    return not _object_document(s.text, t.end, s.end)


def _object_document(text: str, start: int, end: int) -> bool:
    """Whether a document of two sides is the verb's object: "signed an agreement",
    "signed the two memoranda", "signed on Monday a protocol"."""
    return _OBJECT_DOCUMENT.match(text, start, end) is not None
