"""Formatters: what the templates call for names, dates, numbers and references.

One formatter per output: Markdown (numbered references that link to the
records appendix), HTML (numbers link to the list of records behind them,
sentences to each record), and "print" (HTML or Markdown for DOCX/PDF:
numbered references only).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from typing import Any

from markupsafe import Markup, escape

from .counting import Item
from .review import ReportModel

__all__ = ["Formatter", "MarkdownFormatter", "HtmlFormatter", "date_phrase", "join"]

_MONTHS = list(calendar.month_name)
#: short names that take "the" in a sentence ("the United Kingdom", "the Holy See")
_THE = ("United ", "Holy See", "Netherlands", "Philippines", "Bahamas", "Gambia", "Maldives",
        "Comoros", "Seychelles", "Solomon Islands", "Marshall Islands", "Central African",
        "Dominican Republic", "Czech Republic", "Democratic Republic", "Republic of ",
        "Congo", "Vatican", "State of Palestine", "Sudan", "Cayman", "Falkland",
        "Faroe", "British ", "Virgin Islands", "Cook Islands", "Northern Mariana",
        "Turks and Caicos", "Russian Federation", "Syrian Arab", "Lao People")


def join(words: Sequence[str], conj: str = "and") -> str:
    """``A``, ``A and B``, ``A, B and C``."""
    words = [w for w in words if w]
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {conj} {words[-1]}"


def _parts(value: str) -> tuple[int, int | None, int | None]:
    bits = value.split("-")
    y = int(bits[0])
    m = int(bits[1]) if len(bits) > 1 else None
    d = int(bits[2]) if len(bits) > 2 else None
    return y, m, d


def _day(y: int, m: int | None, d: int | None, *, year: bool = True) -> str:
    out = " ".join(str(x) for x in (d, _MONTHS[m] if m else None) if x)
    return f"{out} {y}" if year else out


def date_phrase(start: str | None, end: str | None, year: int) -> str:
    """``during the year``, ``in June 2021``, ``on 15 June 2021``, ``on 15-16 June 2021``,
    ``from 30 June to 2 July 2021``."""
    if not start or len(start) < 7:
        return "during the year" if not start or start[:4] == str(year) else f"in {start[:4]}"
    y, m, d = _parts(start)
    if d is None:
        if end and end[:7] != start[:7]:
            y2, m2, _ = _parts(end)
            return f"from {_day(y, m, None, year=y != y2)} to {_day(y2, m2, None)}"
        return f"in {_day(y, m, None)}"
    if not end or end == start:
        return f"on {_day(y, m, d)}"
    y2, m2, d2 = _parts(end)
    if d2 is None:
        return f"from {_day(y, m, d)} to {_day(y2, m2, None)}"
    if (y2, m2) == (y, m):
        return f"on {d}-{d2} {_MONTHS[m or 1]} {y}"
    return f"from {_day(y, m, d, year=y != y2)} to {_day(y2, m2, d2)}"


class Formatter:
    """Plain text helpers shared by every output."""

    html = False

    def __init__(self, model: ReportModel) -> None:
        self.model = model
        self._anchor = {r.n: r.anchor for r in model.refs}

    # names
    def country(self, code: str, article: bool = True) -> str:
        """The short name, with "the" where English puts one ("the Holy See")."""
        from ..reference import countries

        c = countries().get(code)
        name = c.name if c else code
        if article and name.startswith(_THE) and not name.startswith("South Sudan"):
            return f"the {name}"
        return name

    def countries(self, codes: Iterable[str], conj: str = "and") -> Any:
        return self._text(join([self.country(c) for c in codes], conj))

    def org(self, code: str, article: bool = True) -> str:
        from ..reference import organizations

        o = organizations().get(code)
        if o is None:
            return code
        return f"the {o.name}" if article and not o.name.lower().startswith("the ") else o.name

    def orgs(self, codes: Iterable[str], article: bool = True) -> Any:
        return self._text(join([self.org(c, article) for c in codes]))

    def when(self, start: str | None, end: str | None = None) -> str:
        return date_phrase(start, end, self.model.year)

    def plural(self, n: int | None, one: str, many: str) -> str:
        return one if n == 1 else many

    def _text(self, s: str) -> Any:
        return s

    # numbers and references (overridden)
    def num(self, value: int | None, items: Sequence[Item] = ()) -> Any:
        return f"{value:,}" if isinstance(value, int) else str(value)

    def ref(self, refs: Sequence[int]) -> Any:
        return ""

    #: past this many runs of numbers, a reference names the first and the count
    MAX_RUNS = 3

    def label(self, refs: Sequence[int], dash: str = "-") -> str:
        """A compact label for a sentence's references: ``3``, ``3, 5-7``, or, for
        many, ``1-18, … (42 records)``: one reference per sentence, not forty ranges."""
        runs = self.ranges(refs)
        shown = [str(a) if a == b else f"{a}{dash}{b}" for a, b in runs]
        if len(runs) <= self.MAX_RUNS:
            return ", ".join(shown)
        return f"{shown[0]}, … ({len(set(refs))} records)"

    def ranges(self, refs: Sequence[int]) -> list[tuple[int, int]]:
        """Consecutive reference numbers as (first, last) runs."""
        out: list[tuple[int, int]] = []
        for n in sorted(set(refs)):
            if out and n == out[-1][1] + 1:
                out[-1] = (out[-1][0], n)
            else:
                out.append((n, n))
        return out


class MarkdownFormatter(Formatter):
    """Markdown: numbered references ``[3-5, 9]`` linking to the appendix anchors."""

    def __init__(self, model: ReportModel, *, links: bool = True) -> None:
        super().__init__(model)
        self.links = links

    def ref(self, refs: Sequence[int]) -> str:
        """One reference per sentence, linking to its first record in the appendix
        (numbered by date: the others follow it)."""
        if not refs:
            return ""
        label = self.label(refs)
        first = min(refs)
        return f"[[{label}](#{self._anchor[first]})]" if self.links else f"[{label}]"


class HtmlFormatter(Formatter):
    """HTML: numbers link to the records behind them (``/events?ids=...`` when served
    by the web app, else the appendix), references to each record's anchor."""

    html = True

    def __init__(self, model: ReportModel, *, link_base: str | None = None,
                 numbered: bool = False) -> None:
        super().__init__(model)
        self.link_base = link_base
        self.numbered = numbered

    def _text(self, s: str) -> Any:
        return escape(s)

    def country(self, code: str, article: bool = True) -> Any:
        return Markup('<span class="country" data-iso3="{}">{}</span>').format(
            code, super().country(code, article))

    def countries(self, codes: Iterable[str], conj: str = "and") -> Any:
        names = [self.country(c) for c in codes]
        if len(names) <= 1:
            return Markup("").join(names)
        return Markup(", ").join(names[:-1]) + Markup(f" {conj} ") + names[-1]

    def list_url(self, items: Sequence[Item]) -> str:
        ids = list(dict.fromkeys(i.ref for i in items))
        if self.link_base is not None:
            return f"{self.link_base}{','.join(str(i) for i in ids)}"
        return f"#{'ev-' + str(ids[0]) if ids and isinstance(ids[0], int) else 'records'}"

    def num(self, value: int | None, items: Sequence[Item] = ()) -> Any:
        text = super().num(value, items)
        if not items or self.numbered:
            return escape(text)
        ids = " ".join(f"ev-{i.ref}" if isinstance(i.ref, int) else f"rec-{i.ref}"
                       for i in dict.fromkeys(items))
        return Markup('<a class="num" href="{}" data-records="{}" title="{} record(s)">{}</a>'
                      ).format(self.list_url(items), ids, len(set(i.ref for i in items)), text)

    def ref(self, refs: Sequence[int]) -> Any:
        """One link per sentence to the records behind it: the web app's list of them
        (with ``link_base``), else the first in the appendix, all highlighted on click."""
        if not refs:
            return Markup("")
        label = self.label(refs, "–")
        if self.numbered:  # print (PDF): a working link to the first record in the appendix
            return Markup('<sup class="ref"><a href="#{}">[{}]</a></sup>').format(
                self._anchor[min(refs)], label)
        items = [self.model.refs[n - 1].item for n in sorted(set(refs))]
        ids = " ".join(self._anchor[n] for n in sorted(set(refs)))
        href = self.list_url(items) if self.link_base is not None else \
            f"#{self._anchor[min(refs)]}"
        return Markup('<sup class="ref"><a class="ref" href="{}" data-records="{}" '
                      'title="{} record(s)">[{}]</a></sup>').format(href, ids, len(items), label)
