"""The days a sentence tells for its own event, not those of a relative clause about
one of its people ("He then met Foreign Minister A, who took office on 16 August",
"..., appointed on 1 September":
the day of taking office, not of the meeting). Read where a meeting told again is
asked whether it has a day of its own (:mod:`communique.extract._one_of_listed`)."""

from __future__ import annotations

import re

from ._date_mention import DateMention
from ._dates import find_dates

__all__ = ["own_days"]

#: a relative clause about a person, set off by a comma: ", who was appointed ...",
#: ", who took office ...", ", whose term began ..." (not ", which was held on ...":
#: an event's own day); or one cut short to its participle (", appointed on 1
#: September", ", sworn in on 10 January", ", in office since May")
_PERSON_CLAUSE = re.compile(
    r",\s+(?:who|whose|(?:(?:newly|recently|only)\s+)?(?:appointed|elected|re-?elected|"
    r"re-?appointed|sworn\s+in|named|nominated|confirmed|inaugurated)|in\s+office)\s[^,;]*",
    re.I)


def own_days(text: str) -> list[DateMention]:
    """The date mentions of ``text`` outside its relative clauses about a person."""
    found = find_dates(text)
    if not found or "," not in text:
        return found
    spans = [(m.start(), m.end()) for m in _PERSON_CLAUSE.finditer(text)]
    return [d for d in found if not any(a <= d.start < b for a, b in spans)]
