"""Counted facts: "more than 80 meetings", "80,000 appeals", "143 votes",
"about 80 countries and three international organizations", "twice".

A count is a number (digits or words) followed within a few words by a
plural noun, with an optional qualifier before it. Years, ordinals, dates,
durations ("5-year", "in 4 years") and numbers inside titles are not counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Quantity
from ._fold import Anchored, Folded
from ._gate import Gated

__all__ = ["Count", "find_counts", "has_count"]

_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "a dozen": 12, "dozens of": 24,
}
_QUAL = [
    ("more_than", r"more than|over|above|in excess of|upwards of|exceeding"),
    ("at_least", r"at least|no fewer than|no less than|a minimum of"),
    ("about", r"about|around|approximately|nearly|almost|some|roughly|close to|circa|"
              r"an estimated|up to"),
    ("less_than", r"less than|fewer than|under|below"),
]
_NUM = r"(?P<num>\d{1,3}(?:[,\u00a0 ]\d{3})+|\d+(?:\.\d+)?|(?i:" + \
    "|".join(sorted((re.escape(w) for w in _WORDS), key=len, reverse=True)) + r"))"
_QUALS = "|".join(f"(?P<{k}>(?i:{v}))" for k, v in _QUAL)
_NOUN = (r"(?P<noun>(?:[a-z][\w-]*\s+){0,3}?(?:meetings|visits|countries|states|agreements|"
         r"documents|"
         r"appeals|citizens|people|persons|nationals|students|votes|news items|items|children|"
         r"women|men|diplomats|organi[sz]ations|treaties|memorand\w+|events|conferences|"
         r"talks|calls|conversations|consultations|rounds|sessions|exhibitions|seminars|forums|"
         r"trainings|courses|"
         r"webinars|briefings|concerts|festivals|tours|flights|shipments|vaccines|doses|delegations|projects|embassies|"
         r"consulates|missions|resolutions|headquarters|publications|articles|interviews|"
         r"statements|scholarships|grants|tons|tonnes|dollars|euros|participants|"
         r"young people|journalists|officials|ministers|leaders|heads of state|partners|"
         r"counterparts|envoys|ambassadors|"
         r"programmes|programs|applications|requests|calls|letters|trips|summits|"
         r"declarations|protocols|instruments|contracts|deals|members|times|cases|families))\b")
_RX = re.compile(
    r"(?<![\w.,-])(?:(?:" + _QUALS + r")\s+)?" + _NUM + r"(?![\w.-]|,\d|\s*(?:%|per cent|percent))"
    r"(?:\s*\([^)]{0,40}\))?\s+(?!years?\b|days?\b|months?\b|weeks?\b|hours?\b|minutes?\b|"
    r"th\b|st\b|nd\b|rd\b)(?i:" + _NOUN + ")")
# every match starts with a qualifier or a number (digits or a word): tried
# only there (see _fold.Anchored)
_RX_ANCHORED = Anchored(_RX, tuple(w for _k, v in _QUAL for w in v.split("|")) + tuple(_WORDS),
                        digits=True)
# a digit or a number word starting a word; each word's first letter in either
# case and the rest as written or in capitals (faster than re.I, which stops
# the regex engine from skipping ahead by first character)
_HINT = re.compile(r"\d|\b(?:" + "|".join(
    f"[{w[0].upper()}{w[0]}](?:{w[1:]}|{w[1:].upper()})"
    for w in sorted({*(max(k.split(), key=len) for k in _WORDS), "twice"}, key=len, reverse=True))
    + r")")
_DIGIT = re.compile(r"\d")
_TWICE = re.compile(r"\btwice\b", re.I)
_TOTAL = re.compile(r"\b(?:has |have |had )?(?:reached|totall?ed|stood at|rose to|comes to|came to|"
                    r"amounted to|amounts to|numbered)\s+(?:(?P<q>more than|over|about|around|"
                    r"nearly|almost|some)\s+)?(?P<num>\d{1,3}(?:,\d{3})+|\d+)\b(?![\w.,-]\d)", re.I)
_TOTAL_FOLDED = Folded(_TOTAL)  # searched on the lower-cased text (see _fold)
# ... where one of its verbs is ("reached", "total", "stood at"...: see _gate); the
# lowered pattern opens with optional words after "\b" and tries every position
_TOTAL_GATED = Gated(_TOTAL)
_MONTH_AFTER = re.compile(r"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|"
                          r"July|August|September|October|November|December|Jan|Feb|Mar|Apr|"
                          r"Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b")
_ANAPHORIC = re.compile(r"\b(?:the|these|those|their|both|our|all|its)\s*$", re.I)


@dataclass(frozen=True)
class Count:
    start: int
    end: int
    quantity: Quantity


def _value(num: str) -> int | float:
    n = num.lower()
    if n in _WORDS:
        return _WORDS[n]
    n = re.sub(r"[,\u00a0 ]", "", n)
    return float(n) if "." in n else int(n)


#: the number words of ``_HINT`` in lower case: a match of its words, lowered,
#: holds one of them (``_HINT`` spells each letter's case out, without ``re.I``).
#: Substring tests: faster here than one regex alternation of the words
_HINT_WORDS = tuple(sorted({*(max(k.split(), key=len) for k in _WORDS), "twice"}))


def _hinted(text: str, start: int, end: int) -> bool:
    """``_HINT.search(text, start, end)``, decided without that regex for most
    spans: ``\\d`` is a fast scan, and a span whose lower case holds no number
    word cannot match ``_HINT``'s words (which, as alternatives after ``\\b``,
    give ``re`` no first characters to skip ahead by)."""
    if _DIGIT.search(text, start, end):
        return True
    low = text[start:end].lower()
    if not any(w in low for w in _HINT_WORDS):
        return False
    return _HINT.search(text, start, end) is not None


def _may_say_twice(seg: str) -> bool:
    """Could ``_TWICE`` match in ``seg``: "twice" in its lower case, or a letter
    that ``re.I`` equates with "i" and ``str.lower`` does not ("ı", "İ")? A cheap
    test before the case-insensitive scan."""
    return "twice" in seg.lower() or "ı" in seg or "İ" in seg


def has_count(text: str, start: int, end: int) -> bool:
    """Could the span hold a count at all (a digit or a number word)?"""
    return _hinted(text, start, end)


#: "the 2023", "resolution 2231": a number that names, before it (compiled once: run
#: for every number found)
_REFERENCE_END = re.compile(r"(?:the|in|of|no\.?|number|resolution|a/res/|article)\s*$")
_THE_OF_END = re.compile(r"\b(?:the|of)\s*$")


def find_counts(text: str, start: int, end: int) -> list[Count]:
    out: list[Count] = []
    if not _hinted(text, start, end):
        return out
    for m in _RX_ANCHORED.finditer(text, start, end):
        before = text[max(start, m.start() - 12):m.start()].lower()
        if _REFERENCE_END.search(before) \
                and not m.group("num").isalpha() and "number of" not in before:
            if _THE_OF_END.search(before) and _value(m.group("num")) > 1900:
                continue
        if _MONTH_AFTER.match(text, m.end("num")):
            continue  # "On 4 May the ministers signed": a day of a date, not a count
        val = _value(m.group("num"))
        if m.group("num").isalpha() and _ANAPHORIC.search(before) and val <= 5:
            continue  # "the two ministers": a reference, not a count
        if isinstance(val, int) and 1900 <= val <= 2100 and not re.search(r"\d,\d", m.group(0)):
            continue
        if val in (0, 1):
            continue
        qual = next((k for k, _ in _QUAL if m.group(k)), "exactly")
        noun = m.group("noun").split()[-1].lower()
        out.append(Count(m.start(), m.end(), Quantity(val, qual, noun)))
    for m in _TOTAL_FOLDED.finditer(text, start, end) if _TOTAL_GATED.may_match(
            text, start, end) else ():
        val = _value(m.group("num"))
        if isinstance(val, int) and 1900 <= val <= 2100:
            continue
        qual = {"more than": "more_than", "over": "more_than"}.get((m.group("q") or "").lower(),
                                                                  "about" if m.group("q") else
                                                                  "exactly")
        if not any(c.start <= m.start("num") < c.end for c in out):
            out.append(Count(m.start(), m.end(), Quantity(val, qual, None)))
    for m in _TWICE.finditer(text, start, end) if _may_say_twice(text[start:end]) else ():
        out.append(Count(m.start(), m.end(), Quantity(2, "exactly", "times")))
    out.sort(key=lambda c: c.start)
    return out
