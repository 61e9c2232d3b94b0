"""A headline written as a sentence with its stop: an office with no article and no
name as its subject, its verb right after it ("Minister of Foreign Affairs participated
in the 12th Session of the Council of Ministers in Lima.", "Deputy Prime Minister and
Minister of Foreign Affairs met the Foreign Minister of Peru."). A lead sentence names
its official ("Minister Ana Soto met ...") or gives the office its article ("The
Minister of Foreign Affairs met ..."), so such a line over a body is the text's title
(used by :func:`communique.extract._document.is_title`)."""

from __future__ import annotations

import re

__all__ = ["headline_sentence"]

#: an office with no article: "Minister", "Deputy Prime Minister", "Minister of
#: Foreign Affairs", "Minister of Foreign Affairs and Trade"
_OFFICE = (r"(?:(?:Deputy|Vice|First Deputy|State|Acting) )?(?:Prime Minister|Foreign Minister|"
           r"Minister|Secretary of State|Secretary|President|Chancellor)"
           r"(?: (?:of|for) (?:Foreign|External) (?:Affairs|Relations)(?: and [A-Z]\w+)?)?")
#: the office (or two joined by "and") and its verb right after it
_BARE_OFFICE = re.compile(_OFFICE + r"(?: and " + _OFFICE + r")? (?:also )?"
                          r"(?:[a-z]+(?:ed|s)|met|held|took|paid|spoke|made|gave|sent)\b")
#: a sentence's end inside the line
_END_INSIDE = re.compile(r"[.!?]\s+[A-Z]")


def headline_sentence(line: str) -> bool:
    """Whether ``line``, one line closing with a stop, is a headline so written."""
    return line[-1:] == "." and len(line) < 200 and _BARE_OFFICE.match(line) is not None \
        and _END_INSIDE.search(line, 0, len(line) - 1) is None
