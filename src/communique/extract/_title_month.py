"""The month a text's title names as the time of all it tells: "The Government's 22
Trips Abroad in April", "Ministers' travels during March 2024", "Visits abroad, May".
With only a year known and no dateline, its undated events take that month of the
year, not the year alone (a title naming two months, or a day, sets none; nor does a
month that opens the title as a topic: "April elections: ...").

A newsletter's issue line does the same: a line of its own among the first two that
gives only a month and its year, after the issue's number or not ("Issue No. 12,
March 2019", "Vol. 7, Issue 3 - November 2017", "October 2018" over the title); its
year must be the text's."""

from __future__ import annotations

import re

__all__ = ["title_month"]

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
#: the month closing the title, after "in", "during", "for", "of" or a comma, its year
#: after it or not
_CLOSING = re.compile(r"(?:\b(?:in|during|for|of|this)|,)\s+(" + "|".join(_MONTHS)
                      + r")(?:\s+((?:19|20)\d\d))?\s*$", re.I)
_MONTH = re.compile(r"\b(?:" + "|".join(_MONTHS) + r")\b", re.I)
#: an issue line: the issue's number ("Issue No. 20", "No. 4", "Vol. 7, Issue 3",
#: "Edition 9") or none, then one month (capitalised) and its year, nothing after
_ISSUE = re.compile(r"(?:(?:Issue|Vol\.?|Volume|No\.?|Number|Nr\.?|Edition|Ed\.)\s*"
                    r"(?:No\.?\s*)?\d{1,4}\s*[,;:|/–—-]?\s*)*"
                    r"(?-i:(" + "|".join(m.capitalize() for m in _MONTHS)
                    + r"))\s+((?:19|20)\d\d)\.?", re.I)


def _issue_month(text: str, year: int) -> str | None:
    """The month of an issue line among the text's first two lines (see above)."""
    lines = [ln.strip() for ln in text.lstrip().split("\n", 8)[:8] if ln.strip()][:2]
    for line in lines:
        m = _ISSUE.fullmatch(line)
        if m is not None and int(m.group(2)) == year:
            return f"{year:04d}-{_MONTHS.index(m.group(1).lower()) + 1:02d}"
    return None


def title_month(text: str, year: int | None, default: str | None) -> str | None:
    """``YYYY-MM`` when the title line of ``text`` closes with one month, capitalised (of ``year``;
    a sentence's full stop closes no title), or an issue line gives one,
    and the undated default is the year alone; else None."""
    if year is None or default != f"{year:04d}":
        return None
    title, nl, _ = text.lstrip().partition("\n")
    if not nl or len(title) > 150:
        return None  # (a text of one line, or a long first line, is no title over a body)
    if (issue := _issue_month(text, year)) is not None:
        return issue
    m = _CLOSING.search(title.rstrip())
    if m is None or not m.group(1)[0].isupper() or len(_MONTH.findall(title)) != 1:
        return None
    if m.group(2) is not None and int(m.group(2)) != year:
        return None
    return f"{year:04d}-{_MONTHS.index(m.group(1).lower()) + 1:02d}"
