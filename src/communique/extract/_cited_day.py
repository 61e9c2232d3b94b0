"""The day of the source a text cites as its own, in the reference style of a press
review: "Main story: El Diario (2024, 5 June). Ministers meet.", "Source: The
Times (2024, March 5)". A text that names no dateline of its own reports the news of
that day. A review of foreign press cites the paper in its language, so the month may
be written in Spanish, Portuguese or French ("(2024, 5 junio)", "(2022, 3 de
maio)")."""

from __future__ import annotations

import datetime as _dt
import re

__all__ = ["cited_day"]

_MONTHS: dict[str, int] = {}
for _names in (
        "january february march april may june july august september october november "
        "december",
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
        "diciembre",
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
        "dezembro",
        "janvier février mars avril mai juin juillet août septembre octobre novembre "
        "décembre"):
    for _i, _name in enumerate(_names.split(), 1):
        _MONTHS.setdefault(_name, _i)
_MONTHS["setiembre"] = 9  # (Spanish, as in parts of South America)
_MONTHS["sept"] = 9
for _name, _i in list(_MONTHS.items()):
    if len(_name) > 3 and _name.isascii():
        _MONTHS.setdefault(_name[:3], _i)  # "Sep", "Mar"

_MONTH = r"([^\W\d_]{3,10})\.?"
#: the year, then the day and the month in either order, in brackets, after the source's
#: name and before the stop that ends the reference: "(2023, 19 September).",
#: "(2024, March 5)", "(2022, 3 de maio)"
_REFERENCE = re.compile(r"\S\s+\((\d{4}),\s*(?:(\d{1,2})\s+(?:de\s+)?" + _MONTH + r"|"
                        + _MONTH + r"\s+(\d{1,2}))\)\s*[.,:]")


def cited_day(text: str, year: int | None) -> _dt.date | None:
    """The one day the text's references to a source give (in the year known, if one
    is), or None when they give none or several."""
    days: set[_dt.date] = set()
    for m in _REFERENCE.finditer(text):
        y = int(m.group(1))
        day, month = (m.group(2), m.group(3)) if m.group(2) else (m.group(5), m.group(4))
        mo = _MONTHS.get(month.lower())
        if mo is None or (year is not None and y != year):
            continue
        try:
            days.add(_dt.date(y, mo, int(day)))
        except ValueError:
            continue
    return next(iter(days)) if len(days) == 1 else None
