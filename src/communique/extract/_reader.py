"""The statistical reader: how likely a sentence is to report an event of each
core type, by a linear model over its words.

The rules (``patterns/triggers.toml`` and the frames) read the wording they
were written for, and nothing else: on a ministry whose readouts say "the two
sides held a fruitful exchange" where the triggers expect "talks", a sentence
that reports a meeting stays silent. The reader is a second opinion over the
same sentence, trained on the gold sets (``tools/train_reader.py``) and stored
as data (``patterns/reader.json``): one weight per word and per pair of
adjacent words, for each core type. It never decides who met whom or when:
where it is sure enough and the rules made no record of that type, it points
the frames at its strongest word, and the frames read participants, place and
date from the sentence as they do for a trigger (see ``_pipeline``).

Words are lowered; a capitalised word the training texts never wrote in lower
case (a name: "Hungary", "Rubio", "Astana") becomes ``<cap>`` and a number
``<num>``, so that the model weighs the language around names, not the names.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

from ..model import Record
from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["READER_FRAMES", "Reader", "load_reader", "partners_named", "read_silent",
           "reader_features", "reader_from_dict", "reader_tokens"]

#: the frames a reader's word is read with: a visit as travel, the others as talks
READER_FRAMES = {"visit": "reader_travel"}
_TALKS_FRAME = "reader"

#: how far below a threshold's score the cheap test of ``Reader._bound`` must stay
#: (sums of a few dozen weights round off by about 1e-14)
_MARGIN = 1e-6
#: at most this many words kept normalised (``Reader._normed``)
_NORMED_AT_MOST = 200_000

_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?|\d+")


def reader_tokens(text: str, start: int, end: int,
                  common: frozenset[str]) -> list[tuple[str, int, int]]:
    """(token, start, end) of each word of ``text[start:end]``, normalised as the
    model reads it."""
    return [(_norm(m.group(), common), m.start(), m.end())
            for m in _WORD.finditer(text, start, end)]


def _norm(w: str, common: frozenset[str]) -> str:
    """A word as the model reads it: ``<num>``, ``<cap>`` (a name) or lower case."""
    if w[0].isdigit():
        return "<num>"
    low = w.lower().replace("’", "'")
    return "<cap>" if w[0].isupper() and low not in common else low


def reader_features(tokens: list[str]) -> set[str]:
    """The words and the pairs of adjacent words (``"met <cap>"``)."""
    feats = set(tokens)
    feats.update(map(" ".join, zip(tokens, tokens[1:], strict=False)))
    return feats


@dataclass
class Reader:
    """A trained reader: per core type a bias and one weight per feature."""

    types: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    common: frozenset[str]
    #: per type, the probability at or above which a silent sentence is framed
    thresholds: dict[str, float]

    @cached_property
    def _keys(self) -> frozenset[str]:
        """The features with a weight (a set to intersect a sentence's with)."""
        return frozenset(self.weights)

    @cached_property
    def _columns(self) -> list[dict[str, float]]:
        """Per type, every feature's weight (summed with ``map`` over a sentence's)."""
        return [{f: w[i] for f, w in self.weights.items()} for i in range(len(self.types))]

    @cached_property
    def _bound(self) -> tuple[dict[str, float], float] | None:
        """A cheap test that no type can reach its threshold: per feature its largest
        weight of a type with a threshold (0 if none is positive), and the least
        score (bias plus weights, before the logistic) a probability at a threshold
        needs, less the largest bias. A sentence whose features' largest weights sum
        below that (by a margin far above rounding) is sure of no type. None where
        a threshold makes every sentence sure."""
        ranks = []
        least = math.inf
        for i, t in enumerate(self.types):
            thr = self.thresholds.get(t, 1.01)
            if thr > 1.0:
                continue  # never reached
            if thr <= 0.0:
                return None
            # (p rounds to 1.0 only past a score of about 37)
            need = math.log(thr / (1.0 - thr)) if thr < 1.0 else 36.0
            least = min(least, need - self.bias[i])
            ranks.append(i)
        if not ranks:
            return {f: 0.0 for f in self.weights}, math.inf
        top = {f: max(0.0, *w) for f, w in self.weights.items()} \
            if len(ranks) == len(self.types) \
            else {f: max(0.0, *(w[i] for i in ranks)) for f, w in self.weights.items()}
        return top, least - _MARGIN

    @cached_property
    def _normed(self) -> dict[str, str]:
        """Each word read so far as the model reads it (see ``_norm``)."""
        return {}

    def read(self, text: str, start: int, end: int) -> tuple[
            dict[str, float], list[tuple[str, int, int]]]:
        """Each type's probability for ``text[start:end]``, and its tokens."""
        toks = reader_tokens(text, start, end, self.common)
        return self.probabilities([t for t, _, _ in toks]), toks

    def probabilities(self, tokens: list[str]) -> dict[str, float]:
        """Each type's probability for a sentence's tokens: the sum of the weights of
        its features, each counted once (as :func:`reader_features` gives them)."""
        return self._probabilities(reader_features(tokens) & self._keys)

    def _probabilities(self, found: set[str]) -> dict[str, float]:
        return {t: 1.0 / (1.0 + math.exp(-(b + sum(map(col.__getitem__, found)))))
                for t, b, col in zip(self.types, self.bias, self._columns, strict=True)}

    def anchor(self, typ: str, toks: list[tuple[str, int, int]]) -> tuple[int, int] | None:
        """The span of the word that speaks most for ``typ`` (the frames read the
        sentence around it as around a trigger)."""
        i = self.types.index(typ)
        best, span = 0.0, None
        for tok, a, b in toks:
            w = self.weights.get(tok)
            if w is not None and w[i] > best:
                best, span = w[i], (a, b)
        return span

    def _norm_new(self, w: str) -> str:
        tok = _norm(w, self.common)
        if len(self._normed) < _NORMED_AT_MOST:
            self._normed[w] = tok
        return tok

    def guesses(self, text: str, start: int, end: int,
                skip: frozenset[str] = frozenset()) -> list[tuple[str, float, int, int]]:
        """(type, probability, anchor start, anchor end) of each type other than
        ``skip`` whose probability reaches its threshold."""
        words = _WORD.findall(text, start, end)
        normed = self._normed
        tokens = [normed[w] if w in normed else self._norm_new(w) for w in words]
        found = reader_features(tokens) & self._keys
        bound = self._bound
        if bound is not None:
            # most sentences: no type near its threshold, told by one sum
            top, least = bound
            if sum(map(top.__getitem__, found)) < least:
                return []
        probs = self._probabilities(found)
        sure = [t for t, p in probs.items()
                if t not in skip and p >= self.thresholds.get(t, 1.01)]
        if not sure:
            return []
        toks = reader_tokens(text, start, end, self.common)  # (with offsets, rarely)
        out = []
        for typ in sure:
            span = self.anchor(typ, toks)
            if span is not None:
                out.append((typ, probs[typ], span[0], span[1]))
        return out


def reader_from_dict(data: dict) -> Reader:
    types = tuple(data["types"])
    return Reader(types=types, bias=tuple(float(x) for x in data["bias"]),
                  weights={f: tuple(float(x) for x in w) for f, w in data["weights"].items()},
                  common=frozenset(data["common"]),
                  thresholds={t: float(v) for t, v in data["thresholds"].items()})


def read_silent(reader: Reader, text: str, start: int, end: int) -> list[Trigger]:
    """Triggers for a sentence no rule phrase matched: the reader's word for each
    type it is sure of, in the order of the sentence."""
    out = [Trigger(a, b, typ, READER_FRAMES.get(typ, _TALKS_FRAME), text[a:b])
           for typ, _p, a, b in reader.guesses(text, start, end)]
    return sorted(out, key=lambda t: t.start)


def partners_named(s: Sentence, records: list[Record], issuer: str | None) -> list[Record]:
    """The records of a sentence framed at the reader's word that have a partner
    country and whose every partner the sentence itself names (by name, demonym,
    city or office-holder): a partner carried over from the sentences before
    ("called on Mr. A, a businessman" after a Korean delegation's visit), or none
    at all, is a guess upon a guess, and is dropped."""
    named = {e.code for e in s.ents}
    return [r for r in records if (partners := {*r.from_, *r.to} - {issuer})
            and not partners - named]


@lru_cache(maxsize=8)
def load_reader(extra: tuple[Path, ...] = ()) -> Reader | None:
    """The reader of the first ``reader.json`` among the user's pattern folders
    ``extra``, else the packaged one (``patterns/reader.json``); None when there is
    none. A user file ``{"off": true}`` turns the reader off."""
    for folder in extra:
        f = Path(folder) / "reader.json"
        if f.is_file():
            data = json.loads(f.read_text(encoding="utf-8"))
            return None if data.get("off") else reader_from_dict(data)
    g = resources.files("communique.extract").joinpath("patterns", "reader.json")
    if not g.is_file():
        return None
    return reader_from_dict(json.loads(g.read_text(encoding="utf-8")))
