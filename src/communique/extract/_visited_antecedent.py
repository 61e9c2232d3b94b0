"""A place visited, named before a relative clause whose subject is the visitor.

"relations with Uzbekistan, which the President visited in October" turns the
usual order round: the country before the trigger is no traveller but the place
gone to, and the subject between "which" (or "that") and the verb is the one who
went; with no country in that subject ("which he visited", "which the leader of
the nation visited") the visitor is left to the usual default, the issuer. A
clause whose verb follows "which" at once ("Uzbekistan, which visited ...",
"which has visited") keeps the antecedent as the traveller.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._recognise import Ent, Sentence
    from ._triggers import Trigger

__all__ = ["visited_antecedent"]

#: the verb of the relative clause, in the past or a present of narration
_TRIGGER = re.compile(r"(?:visited|visits|toured)$", re.I)
#: ", which the President (also) visited": the subject opens with a determiner, a
#: pronoun or a capitalised word, then a few words, then perhaps an auxiliary and an
#: adverb right before the verb
_RELATIVE = re.compile(
    r",\s+(?:which|that)\s+(?P<subject>(?:(?:the|his|her|their|our|my|an?|two|three|several|many)\s+|(?:he|she|they|we|I)\s+"
    r"|(?-i:[A-Z])[\w.’'-]*\s+)(?:[\w.’'-]+\s+){0,8}?)"
    r"(?:(?:has|had|have|also|recently|previously|then|already|first|later|once)\s+){0,2}$")
#: words that cannot open the subject: the verb follows "which" at once
_NOT_SUBJECT = re.compile(r"(?:is|was|were|are|has|had|have|will|would|also|then|later|"
                          r"recently)\b", re.I)


def visited_antecedent(s: Sentence, t: Trigger) -> tuple[Ent, list[Ent]] | None:
    """The place named right before ", which <subject> visited" and the countries
    named in that subject (none when it names none), or None when the trigger is not
    so told."""
    if not _TRIGGER.search(t.text):
        return None
    rel = _RELATIVE.search(s.text, max(s.start, t.start - 120), t.start)
    if rel is None or _NOT_SUBJECT.match(rel.group("subject")):
        return None
    comma = rel.start()
    host = next((e for e in s.ents if e.kind in ("country", "city")
                 and comma - 2 <= e.end <= comma), None)
    if host is None:
        return None
    visitors = [e for e in s.ents if rel.start("subject") <= e.start < t.start
                and e.kind in ("country", "adj")]
    return host, visitors
