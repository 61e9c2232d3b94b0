"""Confidence: how sure extraction is of each record, from the evidence the
rules had when they made it.

Each record is described by named features (``type.call``, ``trigger.verb``,
``partner.inferred``, ``distance.far``, ``cue.hedge``, ``date.dateline``,
``genre.review``...). Their weights, the cues (regular expressions) and the
distance bands are data, in ``patterns/confidence.toml``; a user folder given
with ``--patterns`` may hold a ``confidence.toml`` whose values replace the
package's. The confidence is the logistic of the bias plus the weights of the
record's features, rounded to two decimals. ``tools/calibrate.py`` fits the
weights and measures what the numbers mean.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import PatternError
from ..model import Record
from ._frame_parts import Context
from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["CUES", "ConfidenceModel", "Evidence", "load_confidence"]

#: the context cues a model names (each a regular expression in the data file)
CUES: tuple[str, ...] = ("hedge", "negation", "future", "past", "topic")
#: cues matched at the start of the sentence only ("The meeting was...": an
#: event already reported)
OPENING_CUES: tuple[str, ...] = ("anaphor",)

_PARTNER_KINDS = {"country": "name", "adj": "demonym", "city": "city"}
#: worst first: the value of ``partner.*`` is the weakest way a partner was found
_PARTNER_ORDER = ("inferred", "person", "city", "demonym", "name")


@dataclass
class Evidence:
    """What the rules saw when a sentence gave records (one per sentence; the
    pipeline fills in what the document said before it)."""

    sentence: Sentence | None
    triggers: Sequence[Trigger]
    n_records: int
    ctx: Context
    review: bool
    #: countries named near the top of the document (its title and lead)
    head: frozenset[str] = frozenset()
    #: (type, countries) of the records the document gave before this sentence
    seen: frozenset[tuple[str, frozenset[str]]] = frozenset()
    first: bool = False  # the document's first sentence with records
    #: features shared by the sentence's records, computed once
    memo: dict[object, list[str]] = field(default_factory=dict, repr=False, compare=False)


@dataclass(frozen=True)
class ConfidenceModel:
    """Features, weights and cues read from ``confidence.toml``."""

    bias: float
    weights: dict[str, float]
    cues: dict[str, re.Pattern[str]]
    #: per cue, letter runs one of which every match contains (None: no such
    #: filter): a cheap substring test before the regular expression
    cue_words: dict[str, tuple[str, ...] | None]
    opening: dict[str, re.Pattern[str]]
    verb: re.Pattern[str]
    near: int
    far: int
    window: int
    long_sentence: int
    digits: int = 2

    # --- features -------------------------------------------------------------

    def features(self, r: Record, ev: Evidence) -> list[str]:
        """The record's feature names (each weighted in ``[weights]``)."""
        s = ev.sentence
        genre = "review" if ev.review else "readout"
        out = [f"type.{r.type}", f"{genre}.{r.type}"]
        trig = _trigger_of(r, ev.triggers)
        shared = ev.memo.get(None)
        if shared is None:
            shared = ev.memo[None] = self._sentence(ev, genre)
        out += shared
        near = ev.memo.get(trig)
        if near is None:
            near = ev.memo[trig] = self._near(s, trig)
        out += near
        if trig is not None and trig.type != r.type:
            out.append("trigger.other_type")
        issuer = ev.ctx.issuer
        partners = list(dict.fromkeys(c for c in r.from_ + r.to if c != issuer))
        out.append("partners.none" if not partners else
                   "partners.one" if len(partners) == 1 else "partners.many")
        if issuer and issuer not in r.from_ + r.to and partners:
            out.append("issuer.absent")
        if partners:
            out.append("head.partner" if any(c in ev.head for c in partners) else "head.other")
        if (r.type, frozenset(r.from_ + r.to)) in ev.seen:
            out.append("repeat.same")
        if ev.first:
            out.append("order.first")
        if s is not None and partners:
            kind, dist = self._partners(r, partners, s, trig)
            out.append(f"partner.{kind}")
            if dist is not None:
                out.append("distance.near" if dist <= self.near else
                           "distance.mid" if dist <= self.far else "distance.far")
        if s is not None:
            named = {e.code for e in s.ents if e.kind in ("country", "adj") and not e.place}
            if named - set(r.from_ + r.to) - {issuer}:
                out.append("sentence.others")
        out.append(self._date(r, ev))
        start = r.date.start or ""
        out.append("precision.day" if len(start) == 10 else "precision.month"
                   if len(start) == 7 else "precision.year" if start else "precision.none")
        return out

    def _sentence(self, ev: Evidence, genre: str) -> list[str]:
        """The features every record of the sentence shares."""
        s = ev.sentence
        n = len(ev.triggers)
        out = [f"genre.{genre}",
               "triggers.one" if n <= 1 else "triggers.two" if n == 2 else "triggers.many",
               "records.one" if ev.n_records <= 1 else
               "records.few" if ev.n_records <= 3 else "records.many"]
        if s is not None:
            for name, rx in self.opening.items():
                if rx.match(s.text, s.start, s.end):
                    out.append(f"cue.{name}")
            if s.end - s.start > self.long_sentence:
                out.append("sentence.long")
        return out

    def _near(self, s: Sentence | None, trig: Trigger | None) -> list[str]:
        """The features of the trigger phrase and the cues around it."""
        out = ["trigger.none" if trig is None else
               "trigger.reader" if trig.frame.startswith("reader") else
               "trigger.verb" if self.verb.search(trig.text) else "trigger.noun"]
        if s is not None:
            a, b = s.start, s.end
            if trig is not None:
                a, b = max(s.start, trig.start - self.window), min(s.end, trig.end + self.window)
            low = s.text[a:b].lower()
            out += [f"cue.{name}" for name, rx in self.cues.items()
                    if _may_match(self.cue_words.get(name), low) and rx.search(s.text, a, b)]
        return out

    def _partners(self, r: Record, partners: list[str], s: Sentence,
                  trig: Trigger | None) -> tuple[str, int | None]:
        worst, far = len(_PARTNER_ORDER) - 1, 0
        person_countries = {p.country for p in r.persons if p.country}
        for code in partners:
            mentions = [e for e in s.ents if e.code == code and e.kind in _PARTNER_KINDS]
            if not mentions:
                kind = "person" if code in person_countries else "inferred"
                worst = min(worst, _PARTNER_ORDER.index(kind))
                continue
            best = max(_PARTNER_ORDER.index(_PARTNER_KINDS[e.kind]) for e in mentions)
            worst = min(worst, best)
            if trig is not None:
                gap = min(max(0, e.start - trig.end, trig.start - e.end) for e in mentions)
                far = max(far, gap)
        return _PARTNER_ORDER[worst], far if trig is not None else None

    @staticmethod
    def _date(r: Record, ev: Evidence) -> str:
        if not r.date.start:
            return "date.none"
        s = ev.sentence
        if s is not None and any(d.y1 or d.m1 for d in s.dates):
            if any(d.relative and not (d.y1 or d.m1) for d in s.dates):
                return "date.mixed"  # "Beijing, May 13 -- ... on Tuesday": which day?
            return "date.explicit"
        if s is not None and any(d.relative for d in s.dates):
            # "met his counterpart on Monday" in a text whose dateline was not found:
            # the day is known to the reader, the record has only the year
            return "date.unanchored" if len(r.date.start) == 4 else "date.relative"
        if r.date == ev.ctx.default:
            return "date.dateline" if ev.ctx.dateline is not None else "date.document"
        return "date.carried"

    # --- score ----------------------------------------------------------------

    def score(self, features: Iterable[str]) -> float:
        """The logistic of the bias plus the features' weights (unknown names weigh 0)."""
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        p = 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))
        return round(p, self.digits)


def _trigger_of(r: Record, triggers: Sequence[Trigger]) -> Trigger | None:
    """The trigger that most likely made the record: the first of its type
    (the nearest to its source, which is the sentence), else the first."""
    for t in triggers:
        if t.type == r.type:
            return t
    return triggers[0] if triggers else None


# --- loading --------------------------------------------------------------------

def _compile(value: Any, key: str, origin: str) -> re.Pattern[str]:
    if isinstance(value, list):
        value = "|".join(f"(?:{v})" for v in value)
    if not isinstance(value, str):
        raise PatternError(f"{key} must be a regular expression or a list of them",
                           path=origin)
    try:
        return re.compile(value, re.I)
    except re.error as e:
        raise PatternError(f"{key}: bad regular expression: {e}", path=origin) from e


_ESCAPE = re.compile(r"\\.|\[[^\]]*\]|\(\?(?:<[=!]|[=!])[^()]*\)")
_RUN = re.compile(r"[a-z]{2,}")
_OPTIONAL_GROUP = re.compile(r"\([^()]*\)(?:[?*]|\{0)")
_OPTIONAL_LETTER = re.compile(r"[a-z](?:[?*]|\{0)")
_UNSURE = re.compile(r"\)(?:[?*]|\{0)|\(\?(?:<[=!]|[=!])|\(\?[a-zA-Z-]*[:)]?(?=[^:])(?<!\(\?:)")


def _may_match(words: tuple[str, ...] | None, low: str) -> bool:
    if words is None:
        return True
    for w in words:  # (a loop: cheaper than any() over a generator, run per cue)
        if w in low:
            return True
    return False


def _letter_runs(value: Any) -> tuple[str, ...] | None:
    """For a cue's patterns, one letter run per alternative that every match of
    it holds (the longest), so that a window holding none of them cannot match;
    None when that cannot be told safely (the cue is then always tried).

    A path through a pattern reads at least one alternative (the text between
    two ``|``) whole, once optional letters and groups are set aside."""
    pats = value if isinstance(value, list) else [value]
    runs: list[str] = []
    for p in pats:
        if not isinstance(p, str):
            return None
        plain = _ESCAPE.sub(" ", p)  # escapes, classes and lookarounds say nothing sure
        while True:
            shorter = _OPTIONAL_GROUP.sub(" ", plain)
            if shorter == plain:
                break
            plain = shorter
        if _UNSURE.search(plain):
            return None
        plain = _OPTIONAL_LETTER.sub(" ", plain.lower())  # 'plans?' holds 'plan'
        for piece in plain.split("|"):
            found = _RUN.findall(piece)
            if not found:
                return None
            runs.append(max(found, key=len))
    return tuple(dict.fromkeys(runs))


def _merge(data: dict[str, Any], text: str, origin: str) -> None:
    try:
        new = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise PatternError(f"not valid TOML: {e}; fix the file or remove it", path=origin) from e
    for section, values in new.items():
        if not isinstance(values, dict):
            raise PatternError(f"[{section}] must be a table", path=origin)
        data.setdefault(section, {}).update(values)
        data.setdefault("_origin", {}).update({f"{section}.{k}": origin for k in values})


def _model(data: dict[str, Any]) -> ConfidenceModel:
    origin = data.get("_origin", {})

    def where(key: str) -> str:
        return str(origin.get(key, "confidence.toml"))

    model, cues, bands = data.get("model", {}), data.get("cues", {}), data.get("bands", {})
    weights: dict[str, float] = {}
    for k, v in data.get("weights", {}).items():
        if isinstance(v, bool) or not isinstance(v, int | float):
            raise PatternError(f"weight {k!r} must be a number, not {v!r}",
                               path=where(f"weights.{k}"))
        weights[k] = float(v)
    try:
        return ConfidenceModel(
            bias=float(model.get("bias", 0.0)), weights=weights,
            cues={n: _compile(cues[n], f"cues.{n}", where(f"cues.{n}")) for n in CUES
                  if n in cues},
            cue_words={n: _letter_runs(cues[n]) for n in CUES if n in cues},
            opening={n: _compile(cues[n], f"cues.{n}", where(f"cues.{n}")) for n in OPENING_CUES
                     if n in cues},
            verb=_compile(cues.get("verb", r"(?!)"), "cues.verb", where("cues.verb")),
            near=int(bands.get("near", 60)), far=int(bands.get("far", 150)),
            window=int(bands.get("window", 100)),
            long_sentence=int(bands.get("long_sentence", 300)),
            digits=int(model.get("digits", 2)))
    except (TypeError, ValueError) as e:
        raise PatternError(f"[model] and [bands] take numbers: {e}",
                           path=where("model.bias")) from e


@lru_cache(maxsize=8)
def load_confidence(extra: tuple[Path, ...] = ()) -> ConfidenceModel:
    """The package's ``confidence.toml``, updated by each user folder's."""
    data: dict[str, Any] = {}
    base = resources.files("communique.extract").joinpath("patterns", "confidence.toml")
    _merge(data, base.read_text(encoding="utf-8"), "confidence.toml")
    for folder in extra:
        p = Path(folder) / "confidence.toml"
        if p.exists():
            _merge(data, p.read_text(encoding="utf-8"), str(p))
    return _model(data)
