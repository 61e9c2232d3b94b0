"""A review told by its frame rather than its title: a text whose opening lines make a
past year their subject ("The year 2022 has been a year of ...", "2024 was a year of
firsts for our diplomacy") or set the issuer's year as the scene of what follows ("In
2023, Cuba maintained relations with ...") under a dateline of a later year (a summary
published in June of the year after). Its undated events take the year it reviews, not
the day it was published. The lead may open just after a dateline's dash ("OSLO - The
year 2021 was ...", "ACCRA – In 2019, Ghana ...")."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator

from ._gazetteer import Gazetteer

__all__ = ["framed_year"]

#: how far into the text the frame must be set (title, dateline paragraph, lead)
_LEAD = 1500
#: the year as the subject: "The year 2022 has been ...", "2024 was a year of ..."
_YEAR_SUBJECT = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\s[-–—]\s))\s*"
                           r"(?:The\s+year\s+((?:19|20)\d\d)\s+"
                           r"(?:has\s+been|was|had\s+been|proved|marked)\b|((?:19|20)\d\d)\s+"
                           r"(?:has\s+been|was|proved)\s+(?:a|an|another)\b[^.\n]{0,60}?\byear\b)")
#: what a year as the subject ("2024 was a year of ...") must be said of to frame a
#: review: the text's diplomacy, its relations or visits, or "a year of" something
_ABOUT_RELATIONS = re.compile(r"\b(?:diplomacy|diplomatic|foreign|relations|visits|bilateral|"
                              r"international|partnerships?|cooperation|year\s+of)\b", re.I)
#: the year as the scene, opening a sentence: "In 2023, ...", "Throughout 2023, ..."
_YEAR_SCENE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\s[-–—]\s))\s*"
                         r"(?:In|During|Throughout|Over)\s+"
                         r"(?:the\s+(?:course\s+of\s+|year\s+))?((?:19|20)\d\d)\s*,\s+"
                         r"(?:(?P<we>we)\b|(?:the\s+)?)")

#: what every match of _YEAR_SCENE holds: a year, then a comma
_YEAR_COMMA = re.compile(r"(?:19|20)\d\d\s*,")

#: where a sentence may open: after a sentence's end and a space, a newline, or a
#: dateline's dash set off by spaces ("MANILA – The year 2023 was ...")
_OPENING = re.compile(r"[.!?]\s|\n|\s[-–—]\s")


def _sentence_openings(rx: re.Pattern[str], head: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(head)`` for a pattern whose matches all start at the text's
    start, after a sentence's end and a space, or after a newline (re finds no
    character to skip ahead by in "(?:^|(?<=[.!?]\\s)|(?<=\\n))" and tries it
    everywhere): tried at those places only (none of its matches is empty)."""
    at = 0
    m = rx.match(head)
    if m is not None:
        yield m
        at = m.end()
    for o in _OPENING.finditer(head):
        p = o.end()
        if p >= at and (m := rx.match(head, p)) is not None:
            yield m
            at = m.end()


def framed_year(text: str, year: int | None, dateline: _dt.date | None,
                issuer: str | None, gaz: Gazetteer) -> int | None:
    """The past year a text frames itself by in its lead (see the module), or None.
    A year named as the scene counts only under a dateline of a later year and with
    the issuer (or "we") as the subject: a readout's "In 2019, trade between the two
    countries grew" is background, not its frame."""
    head = text[:_LEAD]
    # (each way of _YEAR_SUBJECT's holds "year": a lead without it is not tried)
    for m in _sentence_openings(_YEAR_SUBJECT, head) if "year" in head else ():
        said = int(m.group(1) or m.group(2))
        if m.group(2) and not _ABOUT_RELATIONS.search(head, m.start(), m.end() + 80):
            continue  # "2022 was a good year for exports": a fact, no frame (audit14b)
        if year is None or said <= year:
            return said
    if dateline is None or issuer is None or not _YEAR_COMMA.search(head):
        return None  # (every match of _YEAR_SCENE holds a year and a comma)
    for m in _sentence_openings(_YEAR_SCENE, head):
        said = int(m.group(1))
        if not dateline.year - 2 <= said < dateline.year:
            continue
        if m.group("we"):
            return said
        names = gaz.find(text, "country", m.end(), m.end() + 40)
        if names and names[0].start == m.end() and names[0].code == issuer:
            return said
    return None


#: a title that names the one year it looks back on: "Taiwan's 2018 foreign policy
#: achievements", "Foreign policy results of 2021", "Looking back at 2022"
_TITLE_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?![\d/.-])")
_LOOKS_BACK = re.compile(r"\b(?:achievements?|results?|reviews?|outcomes?|summary|summ(?:ed|ing|"
                         r"arized|arised) up|recaps?|report(?: card)?|look(?:s|ing)? back|"
                         r"highlights?|balance|record|retrospective|diplomacy|foreign policy|"
                         r"in review)\b", re.I)


def titled_year(text: str, year: int | None, dateline: _dt.date | None) -> int | None:
    """The year before ``year`` when the text's title names it as the one year it looks
    back on and the text was published early in the next year (its dateline in January
    to March, or no day known): a review of that year, published after it ("The Ministry's
    diplomatic record of 2018" over "2019/01/03")."""
    if year is None or (dateline is not None and (dateline.year != year or dateline.month > 3)):
        return None
    title = next((line for line in text[:400].splitlines() if line.strip()), "")
    years = {int(y) for y in _TITLE_YEAR.findall(title)}
    if years != {year - 1} or not _LOOKS_BACK.search(title):
        return None
    return year - 1
