"""A counterpart named by his name alone: "met his Swedish counterpart, Ana Berg, in
Oslo", "her Kenyan counterpart Peter Njoroge", "their Chilean counterparts, Ana Soto
and Luis Vera" hold the office of the subject (the title told before, of our side)
in the country the adjective names, so each is a person of the record, as "the
Swedish Foreign Minister, Ana Berg" would be. A meeting told again later that names
the same official ("met Swedish Foreign Minister Ana Berg for talks") is then known
for the one told first (see _named_twice.py)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._recognise import Sentence

if TYPE_CHECKING:
    from ._persons import TitleMention

__all__ = ["counterparts_named"]

#: "his Swedish counterpart, Ana Berg": the adjectives (group 1) and the name (group 2)
_COUNTERPART = re.compile(
    r"\b(?:his|her|their)\s+((?:(?-i:[A-Z])[\w’'-]+\s+){1,3})counterparts?\s*,?\s+"
    r"(?:(?:Mr|Ms|Mrs|Dr|H\.E|Sheikh|Shaikh)\.?\s+)?"
    r"((?-i:[A-Z])[\w’'-]+(?:\s+(?:(?-i:[A-Z])[\w’'-]+|(?:bin|al|van|von|de|da|di|el|"
    r"der|den|del|la|le|dos)(?=\s+(?-i:[A-Z])))){1,4})", re.I)
#: words that open an office, not a name ("his counterpart, Foreign Minister A": the
#: title is read as such)
_OFFICE_WORD = frozenset({"Minister", "Foreign", "Deputy", "Prime", "President", "Secretary",
                          "State", "Vice", "First", "Federal", "Ambassador", "Chancellor",
                          "Senator", "General", "Chairman", "Speaker", "Head", "The",
                          "On", "In", "At", "During", "For", "And"})


#: a counterpart found: where the name stands, the office, the country and the name
Named = tuple[int, int, str, str, str]

#: a verb of meeting or "with" before a title: the title is the one met ("he met
#: President A and his Moldovan counterpart B"), not the subject's own office
_MET = re.compile(r"\b(?:met|meets?|meeting|received|receives|welcomed|hosted|held|holds|"
                  r"co-?chaired|talked|spoke|called|discussed|signed|with)\b", re.I)


def counterparts_named(s: Sentence, titles: list[TitleMention],
                       issuer: str | None) -> list[Named]:
    """The counterparts ``s`` names after "his/her/their <adjective> counterpart", as
    titles of the subject's office (the last title of our side before them) in the
    adjective's country; none where no office of ours is told before."""
    out: list[Named] = []
    for m in _COUNTERPART.finditer(s.text, s.start, s.end):
        words = m.group(2).split()
        if words[0] in _OFFICE_WORD or any(e.person and e.start < m.end(2) and m.start(2) < e.end
                                           for e in s.ents):
            continue  # (an office's title, or an office-holder attached as such)
        country = next((e.code for e in s.ents if e.kind in ("adj", "country")
                        and m.start(1) <= e.start < m.end(1) and e.code != issuer), None)
        role = next((t.role for t in reversed(titles) if t.end <= m.start()
                     and (t.country in (issuer, None) or t.inferred)
                     and not _MET.search(s.text, s.start, t.start)), None)
        if country is None or role is None:
            continue
        out.append((m.start(2), m.end(2), role, country, m.group(2)))
    return out
