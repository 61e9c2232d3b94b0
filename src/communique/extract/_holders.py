"""Named office-holders as sides: "met Sergey Lavrov", "a call with Secretary
Blinken", "Kuleba and the Minister met in Kyiv".

The names and aliases of ``officeholders.tsv`` (see
:func:`communique.reference.officeholders`) compile into one trie regex; a
name found in a sentence becomes an entity of the country (kind ``adj``, as a
demonym before a title would) or the organisation (kind ``org``) the person
acted for in the term that covers the document's date (or year). A name the
sentence already ties to that side ("Russian Foreign Minister Sergey Lavrov") adds
nothing, nor does one of the issuer's own officials.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ._recognise import Ent, Sentence
from ._trie import NameScan

__all__ = ["Holders", "load_holders", "add_holders", "add_found", "name_forms",
           "surnames_named"]

#: how far (characters) around a name a mention of its side makes it redundant
_NEAR_BEFORE = 80
_NEAR_AFTER = 60
_FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                       "ð": "d", "Þ": "Th", "þ": "th", "ß": "ss", "’": "'"})


def _forms(name: str) -> set[str]:
    """A name as texts write it: as given, without accents, upper case."""
    plain = unicodedata.normalize("NFKD", name.translate(_FOLD))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    out = {name, plain, name.replace("'", "’"), plain.replace("-", " ")}
    out |= {f.upper() for f in list(out) if len(f) > 5}
    return {f for f in out if f}


#: the forms of a name (for the persons a document introduces: see _known_persons)
name_forms = _forms


#: the words of a title between a side and a name ("Minister of Foreign Affairs of the")
_TITLE_WORDS = frozenset("of the and for to affairs foreign minister ministers state deputy "
                         "prime secretary general president vice first his her excellency "
                         "h.e. mr mrs ms dr 's ’s".split())


def _tied(between: str) -> bool:
    """Whether ``between`` is only a title joining a side and a name: no clause
    punctuation, and no lower-case word but those of titles."""
    core = between.strip(" ,")
    if re.search(r"[,;.()]", core.replace("H.E.", "")):
        return False
    return all(w[0].isupper() or w.lower() in _TITLE_WORDS for w in core.split())


@dataclass(frozen=True)
class _Term:
    code: str
    kind: str  # "adj" (a country) | "org"
    role: str
    start: str
    end: str | None


class Holders:
    """Every name form of the office-holders, compiled once."""

    def __init__(self, table: dict[str, list[_Term]]) -> None:
        self._table = table
        # not after a word character or hyphen, tested after the name's first
        # character (see _gazetteer._word_rx: re then skips ahead to capitals)
        self._rx = NameScan(table, r"(?<![\w-].)", r"(?![\w-])") if table else None
        # a social-media handle spells a name without spaces ("@elinavaltonen",
        # "@antonio_tajani") or ends with the surname ("@alexstubb")
        self._handles: dict[str, list[_Term]] = {}
        for form, terms in table.items():
            key = _handle_key(form)
            if len(key) >= 5 and not form.isupper():
                self._handles.setdefault(key, []).extend(
                    t for t in terms if t not in self._handles.get(key, []))

    def find(self, text: str, start: int, end: int, on: tuple[str, str] | None
             ) -> list[tuple[int, int, _Term]]:
        """(start, end, term) of each name in ``text[start:end]`` whose term overlaps
        the days ``on`` (first, last), the newer of two; with no dates, the latest.
        A name out of office then is left out."""
        if self._rx is None:
            return []
        out = []
        for m in self._rx.spans(text, start, end):
            terms = self._table[m.group()]
            if on is not None:
                terms = [t for t in terms if t.start <= on[1] and (t.end is None
                                                                    or on[0] <= t.end)]
            if terms:
                out.append((m.start(), m.end(), max(terms, key=lambda t: t.start)))
        return out


    def find_handles(self, text: str, start: int, end: int, on: tuple[str, str] | None
                     ) -> list[tuple[int, int, _Term]]:
        """(start, end, term) of each social-media handle in ``text[start:end]`` that
        spells an office-holder's name, or ends with it, in office on the days ``on``."""
        out = []
        for m in _HANDLE.finditer(text, start, end):
            key = _handle_key(m.group(1))
            terms = next((self._handles[key[i:]] for i in range(len(key) - 4)
                          if key[i:] in self._handles), [])
            if on is not None:
                terms = [t for t in terms if t.start <= on[1] and (t.end is None
                                                                    or on[0] <= t.end)]
            if terms:
                out.append((m.start(), m.end(), max(terms, key=lambda t: t.start)))
        return out


#: a social-media handle: "@elinavaltonen", "@antonio_tajani"
_HANDLE = re.compile(r"(?<![\w@])@(\w{4,30})\b")


def _handle_key(name: str) -> str:
    """A name as a handle spells it: lower case, no spaces, marks or accents."""
    plain = unicodedata.normalize("NFKD", name.translate(_FOLD))
    return "".join(c for c in plain.lower() if c.isalnum() and c.isascii())


@lru_cache(maxsize=8)
def load_holders(extra: tuple[Path, ...] = ()) -> Holders:
    """The office-holders of the package's data plus user folders."""
    from ..reference import countries, officeholders

    known = countries(extra)
    table: dict[str, list[_Term]] = {}
    for h in officeholders(extra):
        term = _Term(h.country, "adj" if h.country in known else "org", h.role, h.start, h.end)
        for name in h.names:
            for form in _forms(name):
                terms = table.setdefault(form, [])
                if term not in terms:
                    terms.append(term)
    return Holders(table)


def surnames_named(holders: Holders, text: str, on: tuple[str, str] | None) -> Holders | None:
    """The surnames of the office-holders ``text`` names in full somewhere ("James
    Cleverly"), as names of their own: later "a call with Cleverly" is the same
    person's side. A surname two of them share, a short one or one the table
    already knows alone is left out."""
    table: dict[str, list[_Term]] = {}
    for a, b, term in holders.find(text, 0, len(text), on):
        words = text[a:b].split()
        last = words[-1] if len(words) > 1 else ""
        if len(last) < 4 or not last[0].isupper() or last.isupper() or last in holders._table:
            continue
        terms = table.setdefault(last, [])
        if term not in terms:
            terms.append(term)
    table = {k: v for k, v in table.items() if len({t.code for t in v}) == 1}
    return Holders(table) if table else None


#: a name word next to a surname found alone: part of another person's name ("Hassan
#: Sheikh Mohamud" is not "Samia Suluhu Hassan"), unless a title or its abbreviation
_WORD_BEFORE = re.compile(r"([A-Z][\w'’.-]*)\s+$")
_WORD_AFTER = re.compile(r"\s+[A-Z]")
_TITLES = frozenset("minister secretary president premier chancellor king emir sultan prince "
                    "foreign prime deputy vice speaker ambassador envoy counterpart colleague "
                    "mr mrs ms dr h.e. excellency sir lord madam".split())


def _part_of_a_name(text: str, start: int, a: int, b: int) -> bool:
    before = _WORD_BEFORE.search(text, max(start, a - 30), a)
    return bool(_WORD_AFTER.match(text, b)) or (
        before is not None and not before.group(1).isupper()
        and before.group(1).lower().rstrip(".") not in _TITLES
        and before.group(1).lower() not in _TITLES)


def add_holders(s: Sentence, holders: Holders, on: tuple[str, str] | None,
                issuer: str | None, alone: bool = False) -> None:
    """Add to ``s.ents`` the named office-holders of the sentence whose side it
    does not name already (``Ent.person``: their role); ``alone``: names that
    stand alone, not inside a longer name."""
    found = holders.find(s.text, s.start, s.end, on)
    if alone:
        found = [f for f in found if not _part_of_a_name(s.text, s.start, f[0], f[1])]
    if "@" in s.text[s.start:s.end]:
        found += holders.find_handles(s.text, s.start, s.end, on)
    if found:
        add_found(s, found, issuer)


def add_found(s: Sentence, found: list[tuple[int, int, _Term]], issuer: str | None) -> None:
    """Add to ``s.ents`` the persons ``found`` (start, end, term) as entities of their
    sides, but the issuer's, one the gazetteer reads otherwise, and one whose side
    the sentence names next to them."""
    added = False
    for a, b, term in found:
        code = term.code
        if code == issuer or any(e.start < b and a < e.end for e in s.ents):
            continue
        if any(e.code == code and not e.place and not e.person and (
                0 <= a - e.end <= _NEAR_BEFORE and _tied(s.text[e.end:a])
                or 0 <= e.start - b <= _NEAR_AFTER and _tied(s.text[b:e.start]))
               for e in s.ents):
            continue  # "Russian Foreign Minister Sergey Lavrov": the side is named
        s.ents.append(Ent(a, b, term.kind, code, person=term.role))
        added = True
    if added:
        s.ents.sort(key=lambda e: (e.start, -e.end))
