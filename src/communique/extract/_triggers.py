"""Trigger phrases (data in ``patterns/triggers.toml``) compiled per type."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import PatternError

__all__ = ["Trigger", "TriggerSet", "load_triggers"]


_Spec = tuple[str, str, tuple[str, ...], re.Pattern[str], list[re.Pattern[str]]]


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    type: str
    frame: str
    text: str


class TriggerSet:
    """Each type's patterns: one combined regex as a cheap filter, then each
    pattern alone, so that the longest phrase wins wherever several match."""

    def __init__(self, specs: list[_Spec]) -> None:
        self.specs = specs  # in priority order
        self._always = {i for i, sp in enumerate(specs) if not sp[2]}
        self._by_word: dict[str, set[int]] = {}
        for i, sp in enumerate(specs):
            for k in sp[2]:
                self._by_word.setdefault(k, set()).add(i)
        # the scan reports the longest keyword at a position: let it stand for
        # every keyword that is a prefix of it ("arrived" also means "arriv")
        for w in list(self._by_word):
            for k, ids in list(self._by_word.items()):
                if k != w and w.startswith(k):
                    self._by_word[w] = self._by_word[w] | ids
        words = sorted(self._by_word, key=len, reverse=True)
        # keywords start words; a zero-width lookahead finds overlapping ones too
        self._words = re.compile(r"\b(?=(" + "|".join(re.escape(w) for w in words) + "))") \
            if words else None

    def _candidates(self, text: str, start: int, end: int) -> set[int]:
        """Specs whose keywords occur in the span (one scan for all of them)."""
        found = set(self._always)
        if self._words is not None:
            for m in self._words.finditer(text[start:end].lower()):
                found |= self._by_word[m.group(1)]
        return found

    def find(self, text: str, start: int, end: int) -> list[Trigger]:
        """Non-overlapping triggers: the longest wins, then the earlier spec."""
        cands: list[tuple[int, int, int, str, str]] = []
        todo = self._candidates(text, start, end)
        for rank, (typ, frame, _keywords, combined, each) in enumerate(self.specs):
            if rank not in todo:
                continue
            # the combined pattern finds where a trigger of this type starts; each
            # pattern is then tried there alone, and the longest at that start kept
            m = combined.search(text, start, end)
            while m is not None:
                pos = m.start()
                best = max((hit.end() for rx in each if (hit := rx.match(text, pos, end))),
                           default=pos) if not _inside_word(text, pos) else pos
                if best > pos:
                    cands.append((pos, best, rank, typ, frame))
                m = combined.search(text, pos + 1, end)
        cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
        chosen: list[Trigger] = []
        for a, b, _rank, typ, frame in cands:
            if any(a < t.end and t.start < b for t in chosen):
                continue
            chosen.append(Trigger(a, b, typ, frame, text[a:b]))
        chosen.sort(key=lambda t: t.start)
        return chosen


def _inside_word(text: str, pos: int) -> bool:
    return pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] in "_-")


def _wrap(p: str) -> str:
    tail = "" if "(?=" in p or p.endswith((r"\s+", " ")) else r"(?!\w)"
    return r"(?<![\w-])(?:" + p + ")" + tail


def _load(text: str, origin: str) -> list[_Spec]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise PatternError(f"not valid TOML: {e}; fix the file or remove it", path=origin) from e
    out = []
    for i, spec in enumerate(data.get("trigger", []), 1):
        try:
            typ, frame, pats = spec["type"], spec["frame"], spec["patterns"]
            # the combined pattern only finds candidate starts: without the word
            # boundary up front, the regex engine can skip positions by their
            # first character; the boundary is checked on each hit
            rx = re.compile("|".join(f"(?:{p})" for p in pats), re.I)
            each = [re.compile(_wrap(p), re.I) for p in pats]
        except KeyError as e:
            raise PatternError(f"trigger #{i} lacks {e}; each needs type, frame and patterns",
                               path=origin) from e
        except re.error as e:
            raise PatternError(f"trigger #{i} ({spec.get('type')}): bad regular expression: {e}",
                               path=origin) from e
        keywords = tuple(k.lower() for k in spec.get("keywords", ()))
        out.append((typ, frame, keywords, rx, each))
    return out


@lru_cache(maxsize=8)
def load_triggers(extra: tuple[Path, ...] = ()) -> TriggerSet:
    """The package's triggers, then those of each user folder (``triggers.toml``)."""
    base = resources.files("communique.extract").joinpath("patterns", "triggers.toml")
    specs = _load(base.read_text(encoding="utf-8"), "triggers.toml")
    for folder in extra:
        p = Path(folder) / "triggers.toml"
        if p.exists():
            specs = _load(p.read_text(encoding="utf-8"), str(p)) + specs
    return TriggerSet(specs)


