"""A meeting told twice the same day with the same named official of the other side
("The Foreign Secretary and Foreign Minister A met in London." ... "The Foreign
Secretary and Foreign Minister A had a productive meeting in London yesterday."): one
occasion, when the second telling has the two sides as its subject (or tells that our
side "met" or "called on" that official, or names its "meeting with" them), our side's
office agrees (or is only "the minister") and it does not say it was another ("also",
"again", "a second meeting") (used by
:func:`communique.extract._document.one_per_occasion`). A joint press conference
follows the talks it closes: "A and B then held a joint press conference" is that
meeting still, unless it says it was another ("again", "a second")."""

from __future__ import annotations

import re

from ..model import Person, Record

__all__ = ["named_twice"]

#: the two sides as the subject of the meeting: "The Foreign Secretary and Foreign
#: Minister A had a meeting", "Minister B and his counterpart C met", "A and B gave a
#: joint press briefing"
_JOINT = re.compile(r"\W*(?:[\w.’'-]+\s+){1,8}?and\s+(?:[\w.’'-]+\s+){1,8}?"
                    r"(?:met|meet|had|held|have|hold|gave|give)\b")

#: our side as the subject, the official met named after a verb of meeting: "The
#: minister, who is in Lima for the forum, met with President A", a post quoted:
#: "Called on President A this evening"; or the meeting's noun, as a headline under or
#: over its account writes it: "Minister C: meeting with Greek Minister A"
_MET_VERB = re.compile(r"\b(?:met|meets|called\s+on|calls\s+on)\b", re.I)
_MEETING_WITH = re.compile(r"\bmeeting\s+with\b", re.I)

#: a telling that says it is another occasion
_ANOTHER = re.compile(r"\b(?:also|again|further|separately|later|then|second|another|"
                      r"afterwards|subsequently)\b", re.I)

#: a joint press conference, which closes the talks ("then held a joint press
#: conference"): only a word that counts it again makes it another
_PRESS = re.compile(r"\bjoint\s+(?:press|news|media)\s+(?:conferences?|briefings?|availability)\b",
                    re.I)
_ANOTHER_PRESS = re.compile(r"\b(?:again|second|another|separate)\b", re.I)


#: our side's offices too vague to tell it from the one told before ("The minister")
_GENERIC = frozenset({"minister", "official", "other"})


def named_twice(r: Record, partners: list[Person],
                before: tuple[int, list[Person], list[Person]] | None) -> bool:
    """Whether meeting ``r`` names, by name, the same officials of the other side as the
    meeting with the same key told before (``before``: its source start, partners and
    own officials), and does not say it is another."""
    another = _ANOTHER_PRESS if r.source and _PRESS.search(r.source.text) else _ANOTHER
    if r.type != "meeting" or before is None or r.source is None \
            or another.search(r.source.text) or not (
                _JOINT.match(r.source.text) or _MET_VERB.search(r.source.text)
                # (by the noun, only where every official of theirs is named: not "a
                # meeting with A, after talking with the President")
                or _MEETING_WITH.search(r.source.text) and all(p.name for p in partners)):
        return False
    now = [p.name.casefold() for p in partners if p.name]
    told = [p.name.casefold() for p in before[1] if p.name]
    ours = {p.role for p in r.persons if p.country and p.country in r.from_}
    theirs = {p.role for p in before[2]}
    return bool(now) and len(now) == len(told) \
        and all(any(_same_name(a, b) for b in told) for a in now) \
        and (not ours or not theirs or bool(ours & theirs) or ours <= _GENERIC)


def _same_name(a: str, b: str) -> bool:
    """Whether two names are one person's: equal, or one the other's surname
    ("Hayashi", "Yoshimasa Hayashi")."""
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)
