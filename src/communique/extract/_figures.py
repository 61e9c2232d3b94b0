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
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a dozen": 12, "dozens of": 24,
}
#: tens and units joined: "Thirty-two heads of state", "ninety five students"
_COMPOUND = (r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]"
             r"(?:one|two|three|four|five|six|seven|eight|nine)")
_QUAL = [
    ("more_than", r"more than|over|above|in excess of|upwards of|exceeding"),
    ("at_least", r"at least|no fewer than|no less than|a minimum of"),
    ("about", r"about|around|approximately|nearly|almost|some|roughly|close to|circa|"
              r"an estimated|up to"),
    ("less_than", r"less than|fewer than|under|below"),
]
_NUM = r"(?P<num>\d{1,3}(?:[,\u00a0 ]\d{3})+|\d+(?:\.\d+)?|(?i:" + _COMPOUND + "|" + \
    "|".join(sorted((re.escape(w) for w in _WORDS), key=len, reverse=True)) + r"))"
_QUALS = "|".join(f"(?P<{k}>(?i:{v}))" for k, v in _QUAL)
# (up to three words before the noun, joined by "and" or "or" too: "267 phone and video
# conference calls")
_NOUN = (r"(?P<noun>(?:[a-z][\w-]*\s+(?:(?:and|or)\s+)?){0,3}?(?:meetings|visits|countries|"
         r"states|agreements|documents|"
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
         r"declarations|protocols|instruments|contracts|deals|members|times|cases|families|"
         # people a consular service helped, by their plight, and its documents
         r"discussions|employees|"
         # people of note by their field ("more than 100 public and cultural figures")
         r"(?:public|cultural|political|religious|business|literary|prominent|leading|"
         r"sports?|art) figures|"
         r"compatriots|migrants|workers|tourists|victims|fishermen|seafarers|pilgrims|"
         r"refugees|evacuees|returnees|prisoners|detainees|hostages|passports|visas|"
         # people counted by their nationality: "87 Kenyans", "2,000 South Africans"
         r"(?P<demonym>(?-i:(?:[A-Z][a-z]+ )?[A-Z][a-z]{2,}(?:s|ese)))))\b")
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
                    r"amounted to|amounts to|numbered|"
                    # a total raised to a figure: "bringing the total number to 64", "increased
                    # the number of its consulates to 41", "and the number of states with
                    # visa-free travel to 73" (the verb before, left out)
                    r"(?:bring(?:ing|s)?|brought|rais(?:ing|ed|es)|increas(?:ing|ed|es)|"
                    r"tak(?:ing|es)|took) (?:the|their|its|our) (?:total )?(?:number|total|count)"
                    r"(?: of [^.;]{1,80}?)? to|"
                    r"and (?:the|their|its) (?:total )?number of [^.;]{1,100}? to)"
                    r"\s+(?:(?P<q>more than|over|about|around|"
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


#: "between" right before a count: "(exclusively) between two states"
_BETWEEN_END = re.compile(r"\bbetween\s+(?:(?:only|just|merely|exclusively|solely)\s+)?$")

def _value(num: str) -> int | float:
    n = num.lower()
    if n in _WORDS:
        return _WORDS[n]
    tens, _, unit = n.replace("-", " ").partition(" ")
    if tens in _WORDS and (unit in _WORDS or unit == "one"):
        return _WORDS[tens] + _WORDS.get(unit, 1)  # "thirty-two", "forty-one"
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
#: a country's people or market in millions, not people a ministry counted
_SCALE = re.compile(r"^(?:million|billion)\b", re.I)
#: people counted where they live: "200,000 Brazilians live in ..."
_LIVING = re.compile(r"\s+(?:who\s+)?(?:live|living|reside|residing|are\s+settled)\b", re.I)
#: a figure whose noun is left out after a first one: "24 of which", "and six from ..."
_SECOND = re.compile(
    r"(?:(?<![\w.,-])(?P<p>\d+|(?i:" + _COMPOUND + "|" + "|".join(
        sorted((re.escape(w) for w in _WORDS if " " not in w), key=len, reverse=True))
    + r"))\s+of\s+(?:which|whom|them|these)\b|(?:,\s*(?:and\s+|including\s+)?|\s+and\s+)"
    r"(?P<e>\d+|(?i:" + _COMPOUND + "|" + "|".join(
        sorted((re.escape(w) for w in _WORDS if " " not in w), key=len, reverse=True))
    + r"))\s+(?:from|by|with|in|at|for)\s)", re.I)
#: a small word before a capitalised plural: the name of something after a number
_SMALL = re.compile(r"\b(?:the|of|a|an|in|on|to|at|for|and|by|from|with|between|among|"
                    r"including|inside|outside|under|over|across|after|before|during)\s", re.I)
#: a month right before the number: its day, news-agency style ("on Nov. 17 ministers"; not
#: a month with its day before it: "On 12 June 30 students")
_MONTH_BEFORE = re.compile(r"(?<!\d\s)\b(?:January|February|March|April|May|June|July|August|"
                           r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|"
                           r"Aug|Sept?|Oct|Nov|Dec)\.?\s+$")
_POPULATION = re.compile(r"\b(?:population|inhabitants|market)\s+of\s+(?:[a-z]+\s+){0,2}$", re.I)


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
        if _MONTH_AFTER.match(text, m.end("num")) or (
                not m.group("num").isalpha()
                and _MONTH_BEFORE.search(text, max(start, m.start() - 12), m.start())):
            continue  # "On 4 May the ministers signed": a day of a date, not a count
        val = _value(m.group("num"))
        if _ANAPHORIC.search(before) and val <= 5 and (m.group("num").isalpha()
                                                        or m.group("num").isdigit()):
            continue  # "the two ministers", "the 3 countries": a reference, not a count
        if isinstance(val, int) and 1900 <= val <= 2100 and not re.search(r"\d,\d", m.group(0)):
            continue
        if val in (0, 1):
            continue
        if val == 2 and _BETWEEN_END.search(before):
            continue  # "talks only between two states": the pair talked of, no tally
        qual = next((k for k, _ in _QUAL if m.group(k)), "exactly")
        noun = m.group("noun").split()[-1].lower()
        if _SCALE.search(m.group("noun")) or _POPULATION.search(
                text, max(start, m.start() - 30), m.start()) or _LIVING.match(text, m.end()):
            continue  # "some 2.8 million Syrians", "a population of 1.9 billion people"
        if m.group("demonym") and (_SMALL.search(m.group("noun"))
                                   or len(m.group("noun").split()) - len(
                                       m.group("demonym").split()) > 1):
            continue  # "on March 11 the Minister of External Relations": no one counted
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
    if out:
        # "300 calls, 31 of which the President made", "ten visits from A, and six
        # from B": a second figure of the same things, the noun left out
        for m in _SECOND.finditer(text, out[0].end, end):
            g = "p" if m.group("p") else "e"
            val = _value(m.group(g))
            if val not in (0, 1) and not (isinstance(val, int) and 1900 <= val <= 2100) \
                    and not _MONTH_AFTER.match(text, m.end(g)) \
                    and not any(c.start <= m.start(g) < c.end for c in out):
                out.append(Count(m.start(g), m.end(), Quantity(val, "exactly", None)))
    for m in _TWICE.finditer(text, start, end) if _may_say_twice(text[start:end]) else ():
        out.append(Count(m.start(), m.end(), Quantity(2, "exactly", "times")))
    out.sort(key=lambda c: c.start)
    return out
