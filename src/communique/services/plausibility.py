"""Plausibility before acceptance: records that contradict what the registry knows.

The review queue shows, for each candidate, the reasons it looks wrong
(:func:`plausibility_flags`); a reviewer decides. Each rule says what it
compared:

- ``person-country``: a named person given a country other than the one of
  the office they hold, according to the registry's persons (``persons
  add``) or to other events that name the same person with the same role
  (or the words just before the name, "the President of China Xi Jinping");
  or given an office the registry knows someone else held at that date;
- ``adversary`` / ``topic``: aid or a joint commission with a country that
  the supporting sentence names as an adversary ("hold Russia to account",
  "occupied by the Russian Federation") or only as a topic ("the situation
  in and around Ukraine");
- ``third-country``: an event placed in a country neither side is from,
  when the registry has no visit or multilateral meeting that brought a
  side there at those dates;
- ``far-date``: an event dated after its document, or more than a year
  before it;
- ``two-chairs``: a chairmanship overlapping another holder's chairmanship
  of the same organisation (a chair is held by one country at a time).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..reference import countries, country_name
from ..registry import (
    Event,
    EventParticipant,
    EventPerson,
    Mention,
    Person,
    Registry,
    date_bounds,
    holder_of,
)

__all__ = ["Flag", "FLAG_KINDS", "plausibility_flags", "event_flags"]

FLAG_KINDS: tuple[str, ...] = ("person-country", "adversary", "topic", "third-country",
                               "far-date", "two-chairs")

#: types where a partner named as an adversary or a topic is no partner
_PARTNER_TYPES = frozenset({"aid", "commission"})
_PRESENCE_TYPES = ("visit", "multilateral")
_ROLE_WORDS = {"head_of_state": "head of state", "head_of_government": "head of government",
               "foreign_minister": "foreign minister"}
#: how far after its document an event may be dated (time zones, "last night")
_AFTER_DOC = timedelta(days=1)
_BEFORE_DOC = timedelta(days=366)

# {X} stands for a name of the country
_ADVERSARY = (
    r"hold(?:ing)? {X} (?:to )?account", r"{X}(?:'s|’s)? (?:military )?aggression",
    r"aggression (?:of|by) (?:the )?{X}", r"(?:occupied|occupation|militari[sz]ation|"
    r"annexation|invasion|attack(?:s|ed)?)[^.;]{{0,80}}\bby (?:the )?{X}",
    r"(?:against|condemn(?:ed|s)?|sanctions (?:on|against)) (?:the )?{X}",
    r"call(?:ed|s)? (?:on|upon) (?:the )?{X} to (?:withdraw|stop|end|cease|reverse|fulfil)",
    r"{X}(?:'s|’s)? (?:war|occupation|invasion|forces|troops|aggression)",
    r"(?:war|occupation|invasion) (?:of|by) (?:the )?{X}",
)
_TOPIC = (
    r"(?:situation|developments|crisis|conflict|war|events) (?:in|on|around|of) "
    r"(?:and around )?(?:the )?{X}", r"in and around (?:the )?{X}",
    r"(?:discuss(?:ed|ing)?|about|regarding|concerning|on the issue of) (?:the )?{X}\b",
    r"(?:support (?:for|of)|solidarity with) (?:the )?{X}",
)


@dataclass(frozen=True)
class Flag:
    """Why an event looks wrong: ``kind`` (one of :data:`FLAG_KINDS`) and a sentence."""

    event_id: int
    kind: str
    reason: str


@lru_cache(maxsize=512)
def _names_pattern(code: str) -> str:
    c = countries().get(code)
    if c is None:
        return re.escape(code)
    names = sorted({n for n in (*c.names, *c.adjectives) if len(n) > 2}, key=len, reverse=True)
    return r"(?:" + "|".join(re.escape(n) for n in names) + r")"


@lru_cache(maxsize=512)
def _context_regex(code: str, kind: str) -> re.Pattern[str]:
    x = _names_pattern(code)
    parts = _ADVERSARY if kind == "adversary" else _TOPIC
    return re.compile("|".join(f"(?:{p.format(X=x)})" for p in parts), re.I)


def _named_as(code: str, sentence: str) -> tuple[str, str] | None:
    """("adversary"|"topic", the words) when ``sentence`` names ``code`` only so."""
    for kind in ("adversary", "topic"):
        m = _context_regex(code, kind).search(sentence)
        if m:
            return kind, m.group(0)
    return None


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _partners(event: Event) -> list[str]:
    return [p.code for p in event.participants if p.kind == "country"]


def _role_word(role: str) -> str:
    return _ROLE_WORDS.get(role, role.replace("_", " "))


def _person_flags(session: Session, event: Event) -> list[Flag]:
    out = []
    for ep in event.persons:
        name = ep.name or (ep.person.name if ep.person else None)
        if not name or not ep.country:
            continue
        known: set[str] = set()
        where = "the registry's persons"
        person = ep.person or session.scalars(
            select(Person).where(Person.name == name).options(selectinload(Person.roles))
        ).first()
        if person is not None:
            known = {r.country for r in person.roles if r.role == ep.role and r.country
                     and (not r.start or not event.date_hi or r.start <= event.date_hi)
                     and (not r.end or not event.date_lo or event.date_lo <= r.end)}
        if not known:
            where = "other events"
            rows = session.execute(
                select(EventPerson.country, EventPerson.event_id)
                .join(Event, Event.id == EventPerson.event_id)
                .where(EventPerson.name == name, EventPerson.role == ep.role,
                       EventPerson.event_id != event.id, Event.status != "rejected",
                       Event.merged_into_id.is_(None))).all()
            votes = Counter(c for c, _ in rows if c)
            said = _sentence_country(event, name, {*votes, ep.country})
            if said is not None:
                votes = Counter({said: 1})
            elif votes and votes.most_common(1)[0][1] <= votes.get(ep.country, 0):
                votes = Counter()  # other events do not outnumber this one
            known = set(votes)
        holder = holder_of(session, ep.role, ep.country, event.date_lo, event.date_hi)
        if holder is not None and person is not holder and holder.name != name:
            out.append(Flag(event.id, "person-country",
                            f"{name} is given as {_role_word(ep.role)} of "
                            f"{_label(ep.country)}, but the registry's persons know "
                            f"{holder.name} in that office at that date"))
            continue
        if known and ep.country not in known:
            theirs = " or ".join(country_name(c) if len(c) == 3 and c in countries() else c
                                 for c in sorted(known))
            out.append(Flag(event.id, "person-country",
                            f"{name} is given as {_role_word(ep.role)} of "
                            f"{_label(ep.country)}, but {where} know them as "
                            f"{_role_word(ep.role)} of {theirs}"))
    return out


def _sentence_country(event: Event, name: str, candidates: set[str]) -> str | None:
    """The one candidate country a supporting sentence names just before ``name``
    ("the President of China Xi Jinping", "Chinese President Xi Jinping")."""
    said = set()
    for m in event.mentions:
        text = m.text or ""
        at = text.find(name)
        if at < 0:
            continue
        window = text[max(0, at - 60):at]
        for code in candidates:
            if code and re.search(_names_pattern(code), window, re.I):
                said.add(code)
    return said.pop() if len(said) == 1 else None


def _label(code: str) -> str:
    return country_name(code) if code in countries() else code


def _context_flags(event: Event, issuer: str | None) -> list[Flag]:
    if event.type not in _PARTNER_TYPES:
        return []
    sentences = [m.text for m in event.mentions if m.text]
    if not sentences:
        return []
    out = []
    what = "aid" if event.type == "aid" else "a joint commission"
    for code in _partners(event):
        if code == issuer:
            continue
        found = [f for f in (_named_as(code, s) for s in sentences) if f]
        if len(found) == len(sentences):  # every supporting sentence names it only so
            kind, words = found[0]
            role = "an adversary" if kind == "adversary" else "a topic"
            out.append(Flag(event.id, kind,
                            f"{what} with {_label(code)}, but the sentence names "
                            f"{_label(code)} as {role} (“{words}”)"))
    return out


def _third_country_flags(session: Session, event: Event) -> list[Flag]:
    place = event.place_country
    sides = _partners(event)
    if not place or not sides or place in sides or event.type in _PRESENCE_TYPES:
        return []
    if not (event.date_lo and event.date_hi):
        return []
    there = select(Event.id).where(
        Event.id != event.id, Event.type.in_(_PRESENCE_TYPES), Event.status != "rejected",
        Event.merged_into_id.is_(None), Event.date_lo <= event.date_hi,
        Event.date_hi >= event.date_lo)
    if session.scalars(there.where(Event.type == "multilateral",
                                   Event.place_country == place)).first() is not None:
        return []  # a summit there brings everyone: meetings on its margins
    present = set(session.scalars(there.where(Event.place_country == place)))
    present_with = set(session.scalars(
        there.join(EventParticipant, EventParticipant.event_id == Event.id)
        .where(EventParticipant.code == place)))
    missing = []
    for code in sides:
        trips = set(session.scalars(
            there.join(EventParticipant, EventParticipant.event_id == Event.id)
            .where(EventParticipant.code == code)))
        if not trips & (present | present_with):
            missing.append(code)
    if not missing:
        return []
    who = ", ".join(_label(c) for c in missing)
    return [Flag(event.id, "third-country",
                 f"placed in {_label(place)}, which neither side is, and the registry has no "
                 f"visit or multilateral meeting bringing {who} there at those dates")]


def _date_flags(event: Event) -> list[Flag]:
    lo, hi = _day(event.date_lo), _day(event.date_hi)
    if lo is None or hi is None:
        return []
    out = []
    for m in event.mentions:
        doc = m.document
        if doc is None or not doc.date:
            continue
        try:
            _, dlo, dhi = date_bounds(doc.date, None)
        except ValueError:
            continue
        first, last = _day(dlo), _day(dhi)
        if first is None or last is None:
            continue
        if lo > last + _AFTER_DOC:
            out.append(Flag(event.id, "far-date",
                            f"dated {event.date_start}, after its document {doc.name} "
                            f"({doc.date}): a plan or a date misread?"))
        elif hi < first - _BEFORE_DOC:
            out.append(Flag(event.id, "far-date",
                            f"dated {event.date_start}, more than a year before its document "
                            f"{doc.name} ({doc.date}): a recalled event, not the news?"))
        if out:
            break
    return out


def _period(lo: str | None, hi: str | None, end: str | None) -> tuple[str, str]:
    """A chair's period: its dates; with only a start day, to the end of that year
    (chairs rotate yearly or more often; a start is no end)."""
    lo = lo or ""
    return lo, (hi or lo) if end or not lo else f"{lo[:4]}-12-31"


def _chair_flags(session: Session, event: Event) -> list[Flag]:
    if event.type != "chairmanship" or not event.org_key or not event.date_lo:
        return []
    lo, hi = _period(event.date_lo, event.date_hi, event.date_end)
    others = session.execute(
        select(Event.id, Event.country_key, Event.date_start, Event.date_end, Event.date_lo,
               Event.date_hi)
        .where(Event.type == "chairmanship", Event.org_key == event.org_key,
               Event.id != event.id, Event.country_key != event.country_key,
               Event.status != "rejected", Event.merged_into_id.is_(None),
               Event.date_lo <= hi)
        .order_by(Event.id)).all()
    out = []
    for oid, ckey, start, end, olo, ohi in others:
        if _period(olo, ohi, end)[1] < lo:
            continue
        out.append(Flag(event.id, "two-chairs",
                        f"#{oid} has {_label(ckey) if ckey else 'another holder'} chairing "
                        f"{event.org_key} at the same time ({start}{'..' + end if end else ''}); "
                        "a chair is held by one country at a time"))
    return out[:2]


def event_flags(session: Session, event: Event, issuer: str | None = None) -> list[Flag]:
    """Every flag of one event (loaded in ``session``)."""
    issuer = issuer or next((m.document.issuer for m in event.mentions
                             if m.document is not None and m.document.issuer), None)
    return [*_person_flags(session, event), *_context_flags(event, issuer),
            *_third_country_flags(session, event), *_date_flags(event),
            *_chair_flags(session, event)]


def plausibility_flags(registry: Registry, ids: Iterable[int]) -> dict[int, list[Flag]]:
    """Flags of the events ``ids`` (only those with any), by event id."""
    wanted: Sequence[int] = sorted(set(ids))
    out: dict[int, list[Flag]] = {}
    if not wanted:
        return out
    with registry.read() as session:
        events = session.scalars(
            select(Event).where(Event.id.in_(wanted)).options(
                selectinload(Event.mentions).selectinload(Mention.document),
                selectinload(Event.participants),
                selectinload(Event.persons).selectinload(EventPerson.person))).all()
        for event in events:
            flags = event_flags(session, event)
            if flags:
                out[event.id] = flags
    return out
