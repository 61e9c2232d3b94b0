"""The cheap tests before ``_dates``' patterns: could a span hold a date at all
(``_hinted``), a digit (``_has_digit``), and the windows around its month names
(``_windows``), where the month-based patterns run."""

from __future__ import annotations

import re

_HINT = re.compile(r"\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|"
                   r"JUL|AUG|SEP|OCT|NOV|DEC|(?i:today|yesterday|last night|tonight|this morning|"
                   r"this evening|this afternoon|day\b|week(?:end)?\b|last (?:year|month)\b|"
                   r"this (?:year|month)\b|(?:years?|days) ago\b)")


_MONTH_HINT = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|"
                         r"JUN|JUL|AUG|SEP|OCT|NOV|DEC")


def _hinted(text: str, start: int, end: int) -> bool:
    """``_HINT.search(text, start, end)``, decided without that regex for most
    sentences. ``_HINT`` has no first characters for ``re`` to skip ahead by (its
    case-insensitive words), so it tries every position; its digit and its
    month names are each a fast scan, and a case-insensitive match of the other
    words holds, lower-cased, one of ``_REL_WORDS``: with none of them (nor a
    character that ``re.I`` equates with an ASCII letter other than through
    ``str.lower``), ``_HINT`` cannot match."""
    if _DIGIT.search(text, start, end) or _MONTH_HINT.search(text, start, end):
        return True
    seg = text[start:end]
    low = seg.lower()
    if not any(w in low for w in _REL_WORDS) and not any(c in seg for c in _FOLDS):
        return False
    return _HINT.search(text, start, end) is not None


#: what each case-insensitive word of ``_HINT`` holds in lower case ("today",
#: "yesterday" and "day" hold "day"; "last night", "tonight" hold "night";
#: "this year" holds "this "; ...)
_REL_WORDS = ("day", "week", "night", "this ", "last year", "last month", " ago")
#: the characters ``re.I`` matches to an ASCII letter that ``str.lower`` does not
#: give ("İ" lowers to two characters; dotless "ı"; long "ſ")
_FOLDS = "İıſ"


def _has_digit(text: str, a: int, b: int) -> bool:
    """``any(c.isdigit() for c in text[a:b])``, with one regex scan for the usual
    case (``\\d`` finds decimal digits; other digits, such as superscripts,
    are not ASCII)."""
    if _DIGIT.search(text, a, b):
        return True
    seg = text[a:b]
    return not seg.isascii() and any(c.isdigit() for c in seg)


_DIGIT = re.compile(r"\d")


def _windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Merged spans of 40 characters either side of each month name."""
    out: list[tuple[int, int]] = []
    for m in _MONTH_HINT.finditer(text, start, end):
        a, b = max(start, m.start() - 40), min(end, m.end() + 40)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out
