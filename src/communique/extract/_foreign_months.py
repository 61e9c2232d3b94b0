"""A dateline whose month is written in another language than the text's.

An English text copied from an agency or a ministry may keep the agency's own
dateline ("AGERPRES - 4 mai", "EFE, 4 de mayo de 2024", "Wien, 4. Mai 2024",
"ANSA — 4 maggio"). Only a short line of its own, at the top or at the end of the
text, is read, the day first and the month right after it: elsewhere these words
are names or words of the text ("Mai Tran", "Mars").
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import cache

__all__ = ["foreign_dateline"]

#: month names of the languages agencies near the ministries write in (French,
#: Romanian, Spanish, Portuguese, Italian, German, Dutch), lower-case, by number
_NAMES = (
    "janvier ianuarie enero janeiro gennaio januar januari",
    "février fevrier februarie febrero fevereiro febbraio februar februari",
    "mars martie marzo março marco märz maart",
    "avril aprilie abril aprile april",
    "mai mayo maio maggio mei",
    "juin iunie junio junho giugno juni",
    "juillet iulie julio julho luglio juli",
    "août aout august agosto augustus",
    "septembre septembrie septiembre setiembre setembro settembre september",
    "octobre octombrie octubre outubro ottobre oktober",
    "novembre noiembrie noviembre novembro november",
    "décembre decembre decembrie diciembre dezembro dicembre dezember december")


@cache
def _months() -> dict[str, int]:
    return {w: n for n, names in enumerate(_NAMES, 1) for w in names.split()}


#: a short line: an agency or a place (a few words, then a comma or a dash), the
#: day, the month, maybe the year ("EFE, 4 de mayo de 2024", "Wien, 4. Mai 2024")
_LINE = re.compile(r"^\s*\(?(?:[A-Z][\w.&'’/-]*(?:\s+[\w.&'’/-]+){0,3}\s*[,–—-]\s*)?"
                   r"(?P<d>[0-3]?\d)\.?\s+(?:de\s+)?(?P<m>[^\W\d_]+)"
                   r"(?:\s+(?:de\s+)?(?P<y>(?:19|20)\d\d))?\s*\.?\)?\s*$")


def _read(line: str, year: int | None) -> _dt.date | None:
    m = _LINE.match(line)
    if m is None or len(line.strip()) > 45:
        return None
    month = _months().get(m["m"].lower())
    y = int(m["y"]) if m["y"] else year
    if month is None or y is None:
        return None
    try:
        return _dt.date(y, month, int(m["d"]))
    except ValueError:
        return None


def foreign_dateline(text: str, year: int | None) -> _dt.date | None:
    """The day of a dateline line in another language among the first three or the last
    two lines of ``text`` that hold words; a day and month without a year take
    ``year``."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    for line in (*lines[:3], *lines[-2:]):
        day = _read(line, year)
        if day is not None:
            return day
    return None
