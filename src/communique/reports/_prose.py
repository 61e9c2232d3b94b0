"""What a sentence of the review can say beyond type, partner and date.

A pass over the built sections (:func:`enrich`) adds to each fact, when the
records know it:

- ``own_role`` / ``own_names``: who spoke for the issuer (the highest role
  recorded for the issuer's own side, and the names);
- ``occasion``: the multilateral meeting on whose margins a meeting or a
  signing took place (a multilateral event of the issuer on those days),
  the joint commission session at which a meeting took place (same days,
  same partner), or the visit during which it took place (a visit to or
  from the partner on those days);
- ``what``: for a stated figure, the words of the source that say what it
  counts ("more than 900 news items", "3 rounds of the Geneva International
  Discussions"), cut before the verb, never mid-name.

The wording stays in the templates (``_sentences.j2``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from ..model import ROLES
from . import counting
from .counting import Item

__all__ = ["enrich", "figure_phrase", "occasion_of", "own_side"]

_OCCASION_KINDS = frozenset({"meeting", "agreement"})
_SPEAKER_KINDS = frozenset({"meeting", "agreement", "call"})
_NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six",
                 7: "seven", 8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve",
                 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen",
                 17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty"}
_LEAD = r"(?:(?:more than|over|about|around|some|almost|nearly|close to|at least|up to|" \
        r"fewer than|less than)\s+)?"
#: words that end a figure's phrase: the verb or clause that follows what it counts
_STOP = frozenset({"was", "were", "is", "are", "has", "have", "had", "will", "would", "who",
                   "which", "that", "whose", "where", "when", "while", "to", "for", "in",
                   "on", "at", "by", "with", "during", "since", "and", "or", "but", "as",
                   "after", "before", "into", "through", "via", "per", "than", "this",
                   "these", "those", "it", "they", "there"})
_MAX_WORDS = 9
#: irregular past tenses that follow a figure ("118 citizens held in detention")
_VERBS = frozenset({"held", "left", "took", "gave", "made", "sent", "met", "came", "went",
                    "brought", "got", "found", "lost", "kept", "paid", "spent", "won", "ran",
                    "fled", "flew", "saw", "knew", "said", "told", "became", "began"})
#: words that make a "name" a place ("In the Middle East, the Minister ...")
_PLACE_WORDS = frozenset({"East", "West", "North", "South", "Central", "Middle", "Asia",
                          "Africa", "Europe", "America", "Caucasus", "Balkans", "Sea", "Gulf",
                          "Pacific", "Atlantic", "Arctic", "Region", "Mediterranean"})


def own_side(items: Sequence[Item], issuer: str) -> tuple[str | None, list[str]]:
    """The highest role recorded for the issuer's own side, and its names."""
    persons = [p for i in items for p in i.record.persons if p.country == issuer]
    if not persons:
        return None, []
    role = min((p.role for p in persons),
               key=lambda r: ROLES.index(r) if r in ROLES else len(ROLES))
    names = list(dict.fromkeys(p.name for p in persons if p.role == role and p.name
                               and not set(p.name.split()) & _PLACE_WORDS))
    return role, names


def _span(item: Item) -> tuple[str, str] | None:
    start = item.record.date.start or ""
    end = item.record.date.end or start
    if len(start) != 10:
        return None
    return start, end if len(end) == 10 else start


def _overlaps(item: Item, span: tuple[str, str]) -> bool:
    own = _span(item)
    return own is not None and own[0] <= span[1] and span[0] <= own[1]


def occasion_of(item: Item, scope: Sequence[Item], issuer: str) -> dict[str, Any] | None:
    """The multilateral meeting or the visit during which ``item`` took place."""
    rec = item.record
    span = _span(item)
    if span is None:
        return None
    partners = set(counting.partners(rec, issuer))
    city = rec.place.city if rec.place else None
    multis = [i for i in scope if i.record.type == "multilateral" and i is not item
              and _overlaps(i, span) and (i.record.organizations or i.record.title)]
    if city:
        multis = [i for i in multis if not i.record.place or not i.record.place.city
                  or i.record.place.city == city] or multis
    if len(multis) > 1:  # several meetings then: the one of exactly the same days
        multis = [i for i in multis if _span(i) == span]
    if len(multis) == 1:
        m = multis[0].record
        return {"kind": "multilateral", "org": m.organizations[0] if m.organizations else None,
                "title": m.title, "city": m.place.city if m.place else None}
    sessions = [i for i in scope if i.record.type == "commission" and i is not item
                and _span(i) == span and partners
                and partners <= set(counting.partners(i.record, issuer))]
    if len(sessions) == 1 and rec.type == "meeting":
        return {"kind": "commission", "title": sessions[0].record.title}
    visits = [i for i in scope if i.record.type == "visit" and _overlaps(i, span)
              and partners & set(counting.partners(i.record, issuer))]
    if len(visits) == 1:
        v = visits[0].record
        which = counting.direction(v, issuer)
        country = next(iter(partners & set(counting.partners(v, issuer))))
        return {"kind": "visit", "which": which, "country": country}
    return None


def _number_pattern(value: float) -> str:
    n = int(value)
    forms = [re.escape(f"{n:,}"), re.escape(str(n))]
    if n in _NUMBER_WORDS:
        forms.append(_NUMBER_WORDS[n])
    return r"(?<![\w,.])(?:" + "|".join(forms) + r")(?![\w,])"


def figure_phrase(rec: Any) -> str | None:
    """The source's words for a figure: from its qualifier and number through what it
    counts, up to the verb or clause that follows ("some 3,900 citizens")."""
    q = rec.quantity
    text = rec.source.text if rec.source else ""
    if q is None or not text or not float(q.value).is_integer():
        return None
    unit = (q.unit or "").strip()
    head = _LEAD + _number_pattern(float(q.value))
    if unit:
        head += r"(?:\s+[\w-]+){0,2}?\s+" + re.escape(unit) + r"\b"
    m = re.search(head, text, re.I)
    if m is None:
        return None
    words = [m.group(0)]
    rest = text[m.end():]
    tokens = rest.split() if rest[:1].isspace() else []  # punctuation ends the phrase
    for token in tokens:
        bare = token.rstrip(",.;:)")
        low = bare.lower()
        if not bare or low in _STOP or low in _VERBS or (bare.islower() and low.endswith("ed")) \
                or len(words) >= _MAX_WORDS or not bare[:1].isalnum():
            break
        words.append(bare)
        if bare != token:
            break
    while len(words) > 1 and words[-1].lower() in {"of", "from", "the", "a", "an"}:
        words.pop()
    if len(words) > 1 and len(words) >= _MAX_WORDS and words[-1][:1].isupper():
        while len(words) > 1 and words[-1][:1].isupper():  # do not cut a name
            words.pop()
        while len(words) > 1 and words[-1].lower() in {"of", "from", "the", "a", "an"}:
            words.pop()
    return " ".join(words)


def enrich(facts: Iterable[Any], scope: Sequence[Item], issuer: str) -> None:
    """Add ``own_role``, ``own_names``, ``occasion`` and ``what`` to facts (see above)."""
    for f in facts:
        if not f.items:
            continue
        if f.kind in _SPEAKER_KINDS:
            role, names = own_side(f.items, issuer)
            if role:
                f.data["own_role"], f.data["own_names"] = role, names
        if f.kind in _OCCASION_KINDS and f.start and len(f.start) == 10:
            found = [occasion_of(i, scope, issuer) for i in f.items]
            if found and all(o is not None and o == found[0] for o in found):
                f.data["occasion"] = found[0]
        if f.kind in ("figure", "consular") and f.quantity is not None:
            what = figure_phrase(f.items[0].record)
            if what:
                f.data["what"] = what
