"""Find countries, demonyms, organisations and cities in text.

Built once from the reference data (plus user folders given with
``--patterns``) into one trie-compiled regular expression for all kinds (the
scan of each sentence); each kind alone is found with that scan, its names
inside another kind's looked up word by word (see ``_Kind``).
Matching is case-sensitive on the forms as written, with capitalised and
upper-case variants added, so "us" (the pronoun) is never the United States
while "US" and "U.S." are.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ._trie import NameScan, trie_pattern

__all__ = ["Match", "Gazetteer", "load_gazetteer"]


def _word_rx(forms: list[str]) -> re.Pattern[str]:
    """Any of ``forms`` as a whole word: not after a word character, nor before
    one. The test before is made after the first character (``(?<!\\w.)`` there
    is ``(?<!\\w)`` before it, the first character of a form being no newline),
    so that ``re`` skips ahead to the characters names start with (capitals,
    mostly) instead of trying the trie at every position."""
    return re.compile("(?:" + trie_pattern(sorted(forms, key=len, reverse=True),
                                           after_first=r"(?<!\w.)") + r")(?!\w)")


def _word_scan(forms: list[str]) -> NameScan:
    """``_word_rx(forms)``'s scan, faster (see ``NameScan``)."""
    return NameScan(forms, r"(?<!\w.)", r"(?!\w)")


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    kind: str  # "country" | "adj" | "org" | "city"
    code: str  # ISO3 (country, adj, city) or organisation short name


_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
_INNER_CAP = re.compile(r"(['’-])([A-Z])(?=[a-z])")


def _variants(form: str) -> set[str]:
    form = form.strip()
    if form.lower().startswith("the "):
        form = form[4:]
    if not form:
        return set()
    out = {form}
    if form[0].islower():
        out.add(form[0].upper() + form[1:])
    if len(form) > 3 and not form.isupper():
        out.add(form.upper())
    # "Cote d'ivoire", "Guinea-bissau": a capital after an apostrophe or hyphen
    # written small, as some agencies do
    if _INNER_CAP.search(form) and form[0].isupper():
        out.add(_INNER_CAP.sub(lambda m: m.group(1) + m.group(2).lower(), form))
    # "U.S.", "U.A.E.": initials with the last stop dropped, as some agencies write
    # them ("the U.S Ambassador", "U.A.E officials")
    if _INITIALS.fullmatch(form):
        out.add(form[:-1])
    # typographic apostrophes and hyphens as texts write them
    for a, b in (("'", "’"), ("-", "–"), ("ü", "u"), ("é", "e"), ("ô", "o")):
        for f in list(out):
            if a in f:
                out.add(f.replace(a, b))
    return out


#: a word: where a name may start, and the first word of a name
_WORD = re.compile(r"(?<!\w)\w+")
_WORD_CHAR = re.compile(r"\w")


class _Kind:
    """The names of one kind, found as ``_word_rx`` of them finds them (the
    longest name at each place where a word starts, not followed by a word
    character; scanning on after each name found), without compiling that
    regex: compiling a kind's trie costs more than most texts take to read.

    The scan of every kind's names (``every``, compiled once for the sentences)
    finds where a name of any kind starts. A name of this kind found there is
    the longest of its kind at that place (the scan takes the longest of all
    names, and this kind's are among them); where it found another kind's name,
    this kind's names starting inside it (a shorter one at the same place, or
    one after a hyphen: "Bissau" in "Guinea-Bissau") are looked up word by word
    (by the name's first word, longest name first). Where the scan found
    nothing, no name of any kind starts."""

    def __init__(self, table: dict[str, str], every: NameScan) -> None:
        self.table = table
        self.every = every
        # (a chunk of the text scanned once for its sentences: see ``NameScan.spans``)
        self._scan = every.spans if isinstance(every, NameScan) else every.finditer
        self.rx: re.Pattern[str] | None = None
        self._by_word: dict[str, list[str]] | None = {}
        for form in sorted(table, key=len, reverse=True):
            first = _WORD.match(form)
            if first is None or first.group() == "" or first.start() != 0:
                self._by_word = None  # a name not starting with a word character
                break
            self._by_word.setdefault(first.group(), []).append(form)
        #: another kind's name -> whether a word of it is the first word of one
        #: of this kind's (where none is, no name of this kind starts inside it)
        self._inner: dict[str, bool] = {}

    def finditer(self, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
        if self._by_word is None:  # (its own regex, compiled once)
            if self.rx is None:
                self.rx = _word_rx(list(self.table))
            return [(m.start(), m.end(), m.group()) for m in self.rx.finditer(text, start, end)]
        table = self.table
        out: list[tuple[int, int, str]] = []
        at = start
        for m in self._scan(text, start, end):
            p, q = m.span()
            if q <= at:
                continue
            form = m.group()
            if p >= at and form in table:
                out.append((p, q, form))
                at = q
                continue
            inner = self._inner.get(form)
            if inner is None:
                by_word = self._by_word
                inner = self._inner[form] = any(w in by_word for w in _WORD.findall(form))
            if inner:
                at = self._words(text, max(p, at), q, end, at, out)
        return out

    def _words(self, text: str, a: int, b: int, end: int, at: int,
               out: list[tuple[int, int, str]]) -> int:
        """This kind's names starting at the words from ``a`` to before ``b`` (and
        from ``at`` on), looked up word by word; where the scan goes on."""
        by_word = self._by_word
        assert by_word is not None
        for w in _WORD.finditer(text, a, end):
            p = w.start()
            if p >= b:
                break
            if p < at:
                continue
            for form in by_word.get(w.group(), ()):
                q = p + len(form)
                if q <= end and text.startswith(form, p) \
                        and (q == end or not _WORD_CHAR.match(text, q)):
                    out.append((p, q, form))
                    at = q
                    break
        return at


class Gazetteer:
    """Compiled lookup of every name form to its code."""

    def __init__(self, forms: dict[str, dict[str, str]],
                 place_only: frozenset[str] = frozenset()) -> None:
        self._forms = forms
        #: city forms that are also words or people's names ("Nice", "Victoria"):
        #: a place only in a place's context (see ``_recognise``)
        self.place_only = place_only
        every: dict[str, list[tuple[str, str]]] = {}
        for kind, table in forms.items():
            for form, code in table.items():
                every.setdefault(form, []).append((kind, code))
        self._every = every
        self._all = _word_scan(list(every))
        self._kinds = {kind: _Kind(table, self._all) for kind, table in forms.items()}

    def find_all(self, text: str, start: int = 0, end: int | None = None
                 ) -> dict[str, list[Match]]:
        """Every kind in one scan; the longest name wins where names overlap, so
        a city inside a country's name ("Bissau" in "Guinea-Bissau") is not found."""
        end = len(text) if end is None else end
        out: dict[str, list[Match]] = {k: [] for k in self._forms}
        for m in self._all.spans(text, start, end):
            for kind, code in self._every[m.group()]:
                out[kind].append(Match(m.start(), m.end(), kind, code))
        return out

    def find(self, text: str, kind: str, start: int = 0, end: int | None = None) -> list[Match]:
        table = self._forms[kind]
        end = len(text) if end is None else end
        return [Match(a, b, kind, table[form])
                for a, b, form in self._kinds[kind].finditer(text, start, end)]

    def lookup(self, kind: str, form: str) -> str | None:
        return self._forms[kind].get(form)


def _tsv(path: Path | None, text: str | None = None) -> list[dict[str, str]]:
    if text is None:
        assert path is not None
        text = path.read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE))


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def _package_tsv(name: str) -> list[dict[str, str]]:
    try:
        text = resources.files("communique").joinpath("data", name).read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    return _tsv(None, text)


def load_gazetteer(extra: tuple[Path, ...] = ()) -> Gazetteer:
    """The gazetteer from the package's data plus user folders (later wins); built
    once per set of folders ("load_gazetteer()" and "load_gazetteer(())" are the
    same one, not two builds of a second each)."""
    return _load_gazetteer(tuple(extra))


@lru_cache(maxsize=8)
def _load_gazetteer(extra: tuple[Path, ...]) -> Gazetteer:
    from ..reference import countries, organizations

    country_forms: dict[str, str] = {}
    adj_forms: dict[str, str] = {}
    for c in countries(extra).values():
        for form in (c.name, *c.aliases):
            for v in _variants(form):
                country_forms.setdefault(v, c.iso3)
        for form in c.adjectives:
            for v in _variants(form):
                adj_forms.setdefault(v, c.iso3)
    org_forms: dict[str, str] = {}
    for o in organizations(extra).values():
        org_forms.setdefault(o.short, o.short)
        for form in (o.name, *o.aliases):
            for v in _variants(form):
                org_forms.setdefault(v, o.short)
    city_forms: dict[str, str] = {}
    place_only: set[str] = set()
    rows = _package_tsv("cities.tsv")
    for folder in extra:
        p = Path(folder) / "cities.tsv"
        if p.exists():
            rows += _tsv(p)
    for row in rows:
        for form in [row.get("city", ""), *_split(row.get("aliases"))]:
            for v in _variants(form):
                if v not in country_forms:
                    city_forms[v] = row["iso3"]
                    if (row.get("context") or "").strip() == "place":
                        place_only.add(v)
                    else:
                        place_only.discard(v)  # a later row (a user's) without the guard
    return Gazetteer({"country": country_forms, "adj": adj_forms, "org": org_forms,
                      "city": city_forms}, frozenset(place_only))
