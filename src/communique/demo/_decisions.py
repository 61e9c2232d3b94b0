"""A reviewer's decisions for the demo corpus, kept as data (``decisions.toml``).

``make demo`` ingests the corpus as candidates and then applies these
decisions through the review service a person uses
(:mod:`communique.services.review`): every change is in the audit log
under the reviewer's name. The file holds

- ``[[person]]``: who held which office (what the reviewer knows; added
  with :func:`communique.services.persons.add_person` before ingesting, so
  that named persons take their office's country);
- ``[[decision]]``: ``action`` (``accept``, ``reject``, ``wait``, or
  ``edit`` with a ``set`` table of fields, then accept), matched on the
  candidates with a mention from ``document``, narrowed by ``type``,
  ``countries`` (all must take part) and ``text`` (words of the
  sentence). The first decision that matches an event wins.
- ``[[pair]]``: what to do with a pair the possible-duplicates queue
  proposes (:func:`communique.services.duplicates.possible_duplicates`):
  ``action`` ``merge`` or ``keep-apart``, matched on the ``type`` and the
  two ``documents`` (one event reported by each). Rejections come first,
  then pairs, then the other decisions.

What no decision matches stays waiting. A decision for a whole document
(no ``type``, ``countries`` or ``text``) accepts only events without a
plausibility flag: a flagged event is accepted only by a decision that
names it; otherwise it stays waiting with its reasons.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..errors import UsageError
from ..registry import Document, Event, Mention, Registry

__all__ = ["Decision", "PairDecision", "DecisionReport", "load_decisions", "load_pairs",
           "add_known_persons", "apply_decisions", "decisions_path"]

ACTIONS = ("accept", "reject", "wait", "edit")


def decisions_path() -> Path:
    return Path(__file__).with_name("decisions.toml")


@dataclass(frozen=True)
class Decision:
    action: str
    document: str
    type: str | None = None
    countries: tuple[str, ...] = ()
    text: str | None = None
    note: str | None = None
    changes: dict[str, Any] = field(default_factory=dict)

    @property
    def whole_document(self) -> bool:
        return not (self.type or self.countries or self.text)


@dataclass(frozen=True)
class PairDecision:
    action: str  # merge | keep-apart
    type: str
    documents: tuple[str, str]
    note: str | None = None


@dataclass
class DecisionReport:
    accepted: list[int] = field(default_factory=list)
    rejected: list[int] = field(default_factory=list)
    edited: list[int] = field(default_factory=list)
    #: (kept, merged away) and (first, second) pairs
    merged: list[tuple[int, int]] = field(default_factory=list)
    kept_apart: list[tuple[int, int]] = field(default_factory=list)
    #: event id -> why it waits (a decision's note, its flags, or "no decision")
    waiting: dict[int, list[str]] = field(default_factory=dict)


def _load(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"{path}: cannot read the reviewer's decisions ({exc}); "
                         "fix the file (TOML)") from None


def load_decisions(path: Path | None = None) -> list[Decision]:
    path = path or decisions_path()
    out = []
    for n, d in enumerate(_load(path).get("decision", []), 1):
        action = d.get("action")
        if action not in ACTIONS or not d.get("document"):
            raise UsageError(f"{path}: decision {n} needs an action ({', '.join(ACTIONS)}) "
                             "and a document")
        out.append(Decision(action, d["document"], d.get("type"),
                            tuple(c.upper() for c in d.get("countries", [])), d.get("text"),
                            d.get("note"), dict(d.get("set", {}))))
    return out


def load_pairs(path: Path | None = None) -> list[PairDecision]:
    path = path or decisions_path()
    out = []
    for n, d in enumerate(_load(path).get("pair", []), 1):
        docs = d.get("documents", [])
        if d.get("action") not in ("merge", "keep-apart") or not d.get("type") \
                or len(docs) != 2:
            raise UsageError(f"{path}: pair {n} needs an action (merge or keep-apart), a type "
                             "and two documents")
        out.append(PairDecision(d["action"], d["type"], (docs[0], docs[1]), d.get("note")))
    return out


def add_known_persons(registry: Registry, path: Path | None = None,
                      user: str = "demo-reviewer") -> int:
    """Add the ``[[person]]`` entries (who held which office) to the registry."""
    from ..services.persons import add_person

    persons = _load(path or decisions_path()).get("person", [])
    for p in persons:
        add_person(registry, p["name"], role=p.get("role"), country=p.get("country"),
                   start=p.get("from"), end=p.get("to"), user=user)
    return len(persons)


def _candidates(registry: Registry) -> list[tuple[int, str, set[str], set[str], list[str]]]:
    """(id, type, countries, documents, sentences) of every live candidate."""
    with registry.read() as session:
        events = session.scalars(
            select(Event).where(Event.status == "candidate", Event.merged_into_id.is_(None))
            .options(selectinload(Event.participants),
                     selectinload(Event.mentions).selectinload(Mention.document))
            .order_by(Event.id)).all()
        return [(e.id, e.type, {p.code for p in e.participants},
                 {m.document.name for m in e.mentions if m.document is not None},
                 [m.text or "" for m in e.mentions]) for e in events]


def _matches(d: Decision, typ: str, codes: set[str], docs: set[str],
             sentences: Sequence[str]) -> bool:
    return (d.document in docs and (d.type is None or d.type == typ)
            and set(d.countries) <= codes
            and (d.text is None or any(d.text.lower() in s.lower() for s in sentences)))


def _documents(registry: Registry, ids: Sequence[int]) -> dict[int, set[str]]:
    with registry.read() as session:
        rows = session.execute(select(Mention.event_id, Mention.document_id)
                               .where(Mention.event_id.in_(list(ids)))).all()
        names: dict[int, str] = {i: n for i, n in session.execute(
            select(Document.id, Document.name))}
    out: dict[int, set[str]] = {i: set() for i in ids}
    for eid, doc in rows:
        if doc is not None:
            out[eid].add(names[doc])
    return out


def _apply_pairs(registry: Registry, pairs: Sequence[PairDecision], user: str,
                 report: DecisionReport) -> set[int]:
    """Merge or keep apart the proposed duplicates the reviewer decided; the ids merged away."""
    from ..errors import MergeNeedsForce
    from ..services.duplicates import keep_apart, possible_duplicates
    from ..services.review import merge

    gone: set[int] = set()
    if not pairs:
        return gone
    proposed = possible_duplicates(registry, limit=None)
    docs = _documents(registry, sorted({i for p in proposed for i in (p.a.id, p.b.id)}))
    for p in proposed:
        if p.a.id in gone or p.b.id in gone:
            continue
        da, db = docs.get(p.a.id, set()), docs.get(p.b.id, set())
        d = next((d for d in pairs if d.type == p.a.record.type
                  and ((d.documents[0] in da and d.documents[1] in db)
                       or (d.documents[0] in db and d.documents[1] in da))), None)
        if d is None:
            continue
        if d.action == "keep-apart":
            keep_apart(registry, p.a.id, p.b.id, user=user, note=d.note)
            report.kept_apart.append((p.a.id, p.b.id))
            continue
        try:
            merge(registry, p.a.id, [p.b.id], user=user, note=d.note)
        except MergeNeedsForce:
            continue  # they differ: the reviewer's rule does not cover it
        gone.add(p.b.id)
        report.merged.append((p.a.id, p.b.id))
    return gone


def apply_decisions(registry: Registry, decisions: Sequence[Decision] | None = None, *,
                    pairs: Sequence[PairDecision] | None = None,
                    user: str = "demo-reviewer") -> DecisionReport:
    """Apply ``decisions`` (and ``pairs``) to the candidates through the review service."""
    from ..services.plausibility import plausibility_flags
    from ..services.review import accept, edit, reject

    if decisions is None:
        decisions = load_decisions()
        pairs = load_pairs() if pairs is None else pairs
    report = DecisionReport()
    chosen = [(c[0], next((d for d in decisions if _matches(d, *c[1:])), None))
              for c in _candidates(registry)]
    for event_id, d in chosen:  # rejections first: a rejected record flags nothing
        if d is not None and d.action == "reject":
            reject(registry, [event_id], user=user, note=d.note)
            report.rejected.append(event_id)
    gone = _apply_pairs(registry, pairs or [], user, report)
    rest = [(i, d) for i, d in chosen if (d is None or d.action != "reject") and i not in gone]
    flags = plausibility_flags(registry, [i for i, _ in rest])
    for event_id, d in rest:
        reasons = [f.reason for f in flags.get(event_id, [])]
        if d is None:
            report.waiting[event_id] = reasons or ["no decision yet"]
        elif d.action == "wait" or (d.whole_document and reasons):
            report.waiting[event_id] = ([d.note] if d.action == "wait" and d.note else []) \
                + reasons
        elif d.action == "edit":
            changes = {k: (v if v != "" else None) for k, v in d.changes.items()}
            edit(registry, event_id, {**changes, "status": "accepted"}, user=user,
                 note=d.note)
            report.edited.append(event_id)
            report.accepted.append(event_id)
        else:
            accept(registry, [event_id], user=user, note=d.note)
            report.accepted.append(event_id)
    return report
