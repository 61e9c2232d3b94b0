"""Adjectives two countries share ("Congolese", "Dominican"; listed in
``data/ambiguous_adjectives.tsv``): the one candidate the document names, by its
name or a city of it ("travelled to Kinshasa ... his Congolese counterpart" is the
Democratic Republic of the Congo's). A document that names both, or neither,
leaves the adjective standing for no country, as before."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ._gate import Gated
from ._gazetteer import Gazetteer
from ._recognise import _ROLE_AFTER, Ent, Sentence

__all__ = ["add_envoy_adjectives", "add_resolved", "resolve_ambiguous"]

# adjectives that stand for a country only before its envoy's title or mission: "the
# Apostolic Nuncio", "the Papal Nunciature" are the Holy See's (an "Apostolic
# Church" is no country's); so is a Nuncio named by the title alone
_ENVOY_ADJ = re.compile(r"\b(?:Apostolic|Papal)(?= (?:Pro-?)?Nunci(?:o|os|ature)\b)|"
                        # a bare "the Nuncio", "Nuncio Jagodzinski": the title alone
                        r"(?<!Apostolic )(?<!Papal )\b(?:Pro-?)?Nuncio\b")
_ENVOY_ADJ_CODE = "VAT"


@lru_cache(maxsize=1)
def _table() -> tuple[Gated | None, dict[str, tuple[str, ...]]]:
    text = resources.files("communique").joinpath("data", "ambiguous_adjectives.tsv") \
        .read_text(encoding="utf-8")
    rows = [ln.split("\t") for ln in text.splitlines()
            if ln.strip() and not ln.startswith("#")][1:]
    table = {r[0].strip(): tuple(c.strip() for c in r[1].split("|")) for r in rows if len(r) > 1}
    if not table:
        return None, {}
    words = "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))
    # (a substring test for the words first: most documents hold none of them)
    return Gated(re.compile(rf"\b(?:{words})\b")), table


def resolve_ambiguous(text: str, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """Where the document uses a shared adjective it can resolve, and to which
    country (one scan for the adjectives; the document's names only when one occurs)."""
    rx, table = _table()
    hits = list(rx.finditer(text)) if rx is not None else []
    if not hits:
        return []
    named = {m.code for kind in ("country", "city") for m in gaz.find(text, kind)}
    out = []
    for m in hits:
        found = [c for c in table[m.group()] if c in named]
        if len(found) == 1:
            out.append((m.start(), m.end(), found[0]))
    return out


def add_resolved(s: Sentence, resolved: list[tuple[int, int, str]]) -> None:
    """Add to the sentence the resolved adjectives before a role ("his Congolese
    counterpart"), as recognise() adds the others."""
    added = False
    for a, b, code in resolved:
        if s.start <= a and b <= s.end and _ROLE_AFTER.match(s.text[b:min(s.end, b + 60)]) \
                and not any(e.start < b and a < e.end for e in s.ents):
            s.ents.append(Ent(a, b, "adj", code))
            added = True
    if added:
        s.ents.sort(key=lambda e: e.start)


def add_envoy_adjectives(s: Sentence) -> None:
    """Add to the sentence the adjectives that name a country only before its envoy
    ("the Apostolic Nuncio": the Holy See's envoy)."""
    if "unci" not in s.text[s.start:s.end]:
        return
    added = False
    for m in _ENVOY_ADJ.finditer(s.text, s.start, s.end):
        if not any(e.start < m.end() and m.start() < e.end for e in s.ents):
            s.ents.append(Ent(m.start(), m.end(), "adj", _ENVOY_ADJ_CODE))
            added = True
    if added:
        s.ents.sort(key=lambda e: e.start)
