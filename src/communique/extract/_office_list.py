"""How a list of offices after a meeting verb is read (see
:func:`communique.extract._frame_rules.officials_listed`): the met person's name
opening it, and what between two offices names another person."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._recognise import Sentence

#: a met person's name opening the list, then a comma: "with H.E. Mr. A B," "Ms A,",
#: "His Excellency A bin B C," (a particle in it too)
NAME_FIRST = re.compile(r"\s*(?:with\s+)?(?:H\.\s?E\.\s+|(?:His|Her)\s+Excellency\s+)?"
                        r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[A-Z][\w'’.-]+(?:\s+(?:(?:bin|binti|"
                        r"bint|ibn|al|el|van|von|de|da|di|der|den|del|dos)\s+){0,2}[A-Z][\w'’.-]+)"
                        r"{0,5}\s*,")
#: what stands between the verb and a day told before the name ("received this Tuesday,
#: April 18, 2023 A B, Minister of State, ...")
_DAY_GAP = re.compile(r"[\s,]*(?:(?:on|this|last)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                      r"\b[\s,]*)?")


def name_first(s: Sentence, a: int, b: int) -> re.Match[str] | None:
    """The met person's name opening the list after ``a`` (see ``NAME_FIRST``), past
    the days told first."""
    for d in sorted(s.dates, key=lambda d: d.start):
        if d.start >= a and _DAY_GAP.fullmatch(s.text, a, d.start):
            a = d.end
    return NAME_FIRST.match(s.text, a, b)


#: what names another person between offices: an article ("the Speaker"), a name
#: ("Foreign Minister A B"), a person word
_OWN_HOLDER = re.compile(r"\b(?:the|a|an|his|her|their)\s+$|\b(?:H\.\s?E\.|Mr|Mrs|Ms|Dr)\b|"
                         r"(?:^|,\s*|\band\s+)[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+\s*(?:,|\band\b)")
#: the office's own portfolio of two fields joined by "and", right after its title:
#: "(Minister) for Youth and Sport Development,", "(Secretary) of Labour and Social
#: Welfare,": no name between offices; the second field alone when the office read
#: already holds the first ("Minister of Labour| and Social Welfare,")
_PORTFOLIO = re.compile(r"\s*(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:and|&)\s+"
                        r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?=\s*,)")
_SECOND_FIELD = re.compile(r"\s+(?:and|&)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?=\s*,)")
_FIRST_FIELD = re.compile(r"\b(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*$")


def names_another(lead: str, office: str = "") -> bool:
    """Whether the text between two offices (or between the name and the first)
    names another person than the one holding ``office``, the office before."""
    portfolio = _PORTFOLIO.match(lead) or (
        _SECOND_FIELD.match(lead) if _FIRST_FIELD.search(office) else None)
    return bool(_OWN_HOLDER.search(lead[portfolio.end():] if portfolio else lead))
