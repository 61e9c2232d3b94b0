"""Trigger phrases (data in ``patterns/triggers.toml``) compiled per type."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import chain
from pathlib import Path

from ..errors import PatternError
from ._fold import lower_literals as _lower_literals
from ._literals import needed_all
from ._trie import trie_pattern

__all__ = ["Trigger", "TriggerSet", "load_triggers"]


# type, frame, keywords, prefilter on case-folded text, the source of the
# prefilter on the text as written (re.I; compiled when first needed, for the
# rare text whose lower case changes its length), patterns,
# and each pattern's own prefilter on case-folded text (None: the prefilter
# could not be lowered)
_Spec = tuple[str, str, tuple[str, ...], re.Pattern[str], str, list[re.Pattern[str]],
              list[str] | None]

#: at most this many of a type's patterns left after the substring test, each
#: one's prefilter is searched alone; more, and the type's joined prefilter once
#: (which opens with a lookbehind: re tries it at every position, while each
#: pattern's own skips ahead to its first characters; 30 rather than 12 spares
#: the meetings' joined prefilter of 79 patterns most sentences)
_FEW = 30


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
        # keywords start words; a zero-width lookahead finds overlapping ones too,
        # and the trie (longest keyword first) fails fast on words that start none
        self._words = re.compile(r"\b(?=(" + trie_pattern(self._by_word) + "))") \
            if self._by_word else None
        # the same scan, faster: with every keyword starting with a word character,
        # a word start after the span's first character is the character after a
        # non-word one; consuming that one ("\W") lets re skip ahead to it
        self._after_nonword = re.compile(r"\W(?=(" + trie_pattern(self._by_word) + "))") \
            if self._by_word and all(re.match(r"\w", k) for k in self._by_word) else None
        # the strings each pattern needs, read when the first span is searched
        self._strings: _Strings | None = None
        self._part_rx: dict[tuple[int, int], re.Pattern[str]] = {}
        self._pre_any: dict[int, re.Pattern[str]] = {}

    def _candidates(self, low: str) -> set[int]:
        """Specs whose keywords occur in the span (one scan for all of them)."""
        found = set(self._always)
        if self._words is None:
            return found
        if self._after_nonword is None:
            hits = self._words.finditer(low)
        else:
            first = self._words.match(low)  # a keyword opening the span
            hits = chain((first,) if first else (), self._after_nonword.finditer(low))
        for m in hits:
            found |= self._by_word[m.group(1)]
        return found

    def _starts(self, rank: int, present: list[int], low: str) -> list[int]:
        """Where the prefilters of the patterns ``present`` match in ``low``:
        the same places as the type's joined prefilter, for those patterns."""
        parts = self.specs[rank][6]
        assert parts is not None
        starts: set[int] = set()
        for j in present:
            rx = self._part_rx.get((rank, j))
            if rx is None:
                # without its word-start test, re skips ahead by the part's first
                # characters; a start inside a word is dropped by the caller
                # (``_inside_word``), so the triggers found are the same
                part = parts[j]
                if part.startswith(_WORD_START):
                    part = part[len(_WORD_START):]
                rx = self._part_rx[(rank, j)] = re.compile(part)
            m = rx.search(low)
            while m is not None:
                starts.add(m.start())
                m = rx.search(low, m.start() + 1)
        return sorted(starts)

    def find(self, text: str, start: int, end: int) -> list[Trigger]:
        """Non-overlapping triggers: the longest wins, then the earlier spec. A short
        phrase set in quote marks inside the sentence ('had a "productive
        conversation" with', 'held "fruitful discussions" with') is read as if
        unquoted too: the triggers found so, where none was found as written."""
        found = self._find(text, start, end)
        if not any(q in text[start:end] for q in _QUOTES):
            return found
        keep = [i for i in range(start, end) if not _scare_quote(text, i, start, end)]
        if len(keep) == end - start:
            return found
        bare = text[:start] + "".join(text[i] for i in keep) + text[end:]
        back = keep + [end]  # (an index of the bare span, back to the text's)
        for t in self._find(bare, start, start + len(keep)):
            a, b = back[t.start - start], back[t.end - 1 - start] + 1
            if not any(a < f.end and f.start < b for f in found):
                found.append(Trigger(a, b, t.type, t.frame, text[a:b]))
        found.sort(key=lambda t: t.start)
        return found

    def _find(self, text: str, start: int, end: int) -> list[Trigger]:
        """Non-overlapping triggers in the text as written (see ``find``)."""
        cands: list[tuple[int, int, int, str, str]] = []
        low = text[start:end].lower()
        folded = len(low) == end - start
        todo = self._candidates(low)
        if folded and self._strings is None:
            self._strings = _Strings(self.specs)
        for rank, (typ, frame, _keywords, pre_low, pre_any, each, parts) in enumerate(self.specs):
            if rank not in todo:
                continue
            present = self._strings.present(rank, low) if folded and self._strings else None
            if present is not None and parts is not None and len(present) < len(parts) \
                    and len(present) <= _FEW:
                # few of the type's patterns can match here: their own prefilters,
                # then those patterns alone (a pattern whose needed strings the
                # lowered span lacks cannot match it, unless a letter that re.I
                # equates with an ASCII one lowers to another: then all are tried)
                tried = each if _apart(low) else [each[j] for j in present]
                for q in self._starts(rank, present, low):
                    pos = q + start
                    best = max((hit.end() for rx in tried if (hit := rx.match(text, pos, end))),
                               default=pos) if not _inside_word(text, pos) else pos
                    if best > pos:
                        cands.append((pos, best, rank, typ, frame))
                continue
            # the prefilter finds where a trigger of this type may start (cheaply,
            # on lower-case text without re.I); each pattern is then tried there
            # alone on the text as written, and the longest at that start kept
            if folded:
                hay, pre, off = low, pre_low, start
            else:
                pre = self._pre_any.get(rank) or self._pre_any.setdefault(
                    rank, re.compile(pre_any, re.I))
                hay, off = text, 0
            m = pre.search(hay, start - off, end - off)
            while m is not None:
                pos = m.start() + off
                best = max((hit.end() for rx in each if (hit := rx.match(text, pos, end))),
                           default=pos) if not _inside_word(text, pos) else pos
                if best > pos:
                    cands.append((pos, best, rank, typ, frame))
                m = pre.search(hay, pos - off + 1, end - off)
        cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
        chosen: list[Trigger] = []
        for a, b, _rank, typ, frame in cands:
            if any(a < t.end and t.start < b for t in chosen):
                continue
            chosen.append(Trigger(a, b, typ, frame, text[a:b]))
        chosen.sort(key=lambda t: t.start)
        return chosen


_QUOTES = '"“”'
#: a short phrase in quote marks between words of a sentence: '"productive conversation"'
#: after "had a" and before "with" (not a quotation: a capital or a stop inside, or no
#: word around it)
_SCARE = re.compile(r'(?<=[a-z] )["“](?:[a-z][\w-]*)(?: [a-z][\w-]*){0,3}["”](?= [a-z])')


def _scare_quote(text: str, i: int, start: int, end: int) -> bool:
    """Whether ``text[i]`` is a quote mark around a short phrase (see ``_SCARE``)."""
    if text[i] not in _QUOTES:
        return False
    for m in _SCARE.finditer(text, max(start, i - 60), min(end, i + 60)):
        if i in (m.start(), m.end() - 1):
            return True
    return False


class _Strings:
    """Which patterns of each type can match a span: those whose needed strings
    (see ``_literals``) occur in it; a substring test is much cheaper than a
    regular expression tried at every word."""

    def __init__(self, specs: list[_Spec]) -> None:
        #: per type: the strings (with the patterns that need each) as a forest in
        #: which a string's children contain it ("visit" above "visited by"):
        #: where a string is absent, so are the strings below it, untested; and
        #: the patterns that need none known (None: the type's prefilter could
        #: not be lowered)
        self._needs: list[tuple[list[_Need], list[int]] | None] = []
        #: per type: each pattern's other needed sets (see ``_literals.needed_all``)
        self._more: list[dict[int, tuple[tuple[str, ...], ...]]] = []
        for sp in specs:
            parts = sp[6]
            if parts is None:
                self._needs.append(None)
                self._more.append({})
                continue
            users: dict[str, list[int]] = {}
            always = []
            more: dict[int, tuple[tuple[str, ...], ...]] = {}
            for j, src in enumerate(parts):
                need, sets = needed_all(src)
                if need is None:
                    always.append(j)
                for x in sorted(need or ()):
                    users.setdefault(x, []).append(j)
                # the pattern's other needed sets, each tested where the forest's was
                # found: "held a meeting with" needs "held" and "meeting with"
                others = tuple(tuple(sorted(c)) for c in sets if c != need)
                if need is not None and others:
                    more[j] = others
            self._needs.append((_forest(users), always))
            self._more.append(more)

    def present(self, rank: int, low: str) -> list[int] | None:
        """The patterns of type ``rank`` that may match in ``low`` (the others
        cannot), or None when that is not known."""
        needs = self._needs[rank]
        if needs is None:
            return None
        roots, always = needs
        found = set(always)
        # (each level's strings tested in one comprehension: fewer steps of the
        # interpreter than one node popped at a time)
        todo = [n for n in roots if n[0] in low]
        while todo:
            _x, js, below = todo.pop()
            found.update(js)
            if below:
                todo += [n for n in below if n[0] in low]
        more = self._more[rank]
        if more:
            found = {j for j in found if j not in more or _each_in(more[j], low)}
        return sorted(found)


def _each_in(sets: tuple[tuple[str, ...], ...], low: str) -> bool:
    """Whether ``low`` holds a string of each of ``sets``."""
    for strings in sets:
        for x in strings:
            if x in low:
                break
        else:
            return False
    return True


#: a needed string, the patterns that need it, and the strings that contain it
_Need = tuple[str, list[int], list["_Need"]]


def _forest(users: dict[str, list[int]]) -> list[_Need]:
    """The strings of ``users`` as a forest: each under the longest other one
    it contains (under none when it contains none), so that a string is tested
    only where the one above it was found."""
    nodes: dict[str, _Need] = {x: (x, js, []) for x, js in users.items()}
    roots: list[_Need] = []
    for x in users:
        inside = [y for y in users if y != x and y in x]
        if inside:
            nodes[max(inside, key=len)][2].append(nodes[x])
        else:
            roots.append(nodes[x])
    return roots


def _apart(low: str) -> bool:
    """Whether ``low`` holds a letter that ``re.I`` matches to an ASCII one it
    does not lower to ("ı" to "i", "ſ" to "s"): there a pattern may match where
    its needed strings, as lower-case text, are absent."""
    return "ı" in low or "ſ" in low


def _inside_word(text: str, pos: int) -> bool:
    return pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] in "_-")


def _strip_lookbehinds(p: str) -> str:
    """The pattern without the lookbehind assertions it starts with."""
    while p.startswith(("(?<!", "(?<=")):
        depth, i = 0, 0
        while i < len(p):
            ch = p[i]
            if ch == "\\":
                i += 1
            elif ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    break
            i += 1
        p = p[i + 1:]
    return p


def _backtracking(p: str) -> str:
    """The pattern with its possessive quantifiers ("*+", "++", "?+", "{2,3}+") and
    atomic groups made ordinary, for the prefilter: on lower-case text a case-sensitive
    part ("(?-i:[A-Z])") becomes caseless and may take more than it would on the text
    as written, and a possessive repeat that took too much can never give it back (the
    prefilter would then miss a start the pattern itself matches). Escapes and
    character classes ("[*+]") are left as written."""
    out: list[str] = []
    i, in_class = 0, False
    while i < len(p):
        ch = p[i]
        if ch == "\\":
            out.append(p[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "+" and out and out[-1][-1:] in ("*", "+", "?", "}") \
                and not out[-1].startswith("\\") and not p.startswith("(?", i - 2):
            i += 1  # a possessive mark after a quantifier
            continue
        elif p.startswith("(?>", i):
            out.append("(?:")
            i += 3
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _group_end(p: str, i: int) -> int:
    """The index just past the group opening at ``p[i]`` (escapes and classes skipped)."""
    depth, j = 0, i
    while j < len(p):
        ch = p[j]
        if ch == "\\":
            j += 2
            continue
        if ch == "[":
            j += 1
            while j < len(p) and p[j] != "]":
                j += 2 if p[j] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return len(p)


def _without_cased_negatives(p: str) -> str:
    """The pattern's negative lookarounds that hold a case-sensitive part made harmless
    for the prefilter: lowered, "(?!the (?-i:[A-Z]))" would refuse "the eu" where the
    pattern, which needs a capital there, accepts "the EU". Such a part becomes one that
    never matches (see :func:`_never_cased`), or, where other lookarounds sit inside,
    the whole test is dropped: either only widens the prefilter, so it stays blind to
    nothing the pattern finds."""
    out, i = [], 0
    while i < len(p):
        if p[i] == "\\":
            out.append(p[i:i + 2])
            i += 2
        elif p.startswith(("(?!", "(?<!"), i):
            end = _group_end(p, i)
            group = p[i:end]
            if "(?-i:" not in group:
                out.append(group)
            elif not any(x in group[3:] for x in ("(?!", "(?<!", "(?=", "(?<=")):
                out.append(_never_cased(group))  # (its other alternatives still refuse)
            i = end
        elif p[i] == "[":
            j = i + 1
            while j < len(p) and p[j] != "]":
                j += 2 if p[j] == "\\" else 1
            out.append(p[i:j + 1])
            i = j + 1
        else:
            out.append(p[i])
            i += 1
    return "".join(out)


def _never_cased(group: str) -> str:
    """A negative lookaround (holding no other lookaround) with each case-sensitive part
    made a part that never matches: the test then refuses only by its other ways, never
    more than the pattern's own."""
    out, i = [], 0
    while i < len(group):
        if group[i] == "\\":
            out.append(group[i:i + 2])
            i += 2
        elif group.startswith("(?-i:", i):
            out.append("(?!)")
            i = _group_end(group, i)
        else:
            out.append(group[i])
            i += 1
    return "".join(out)


#: where a trigger may start: not inside a word (nor right after a hyphen)
_WORD_START = r"(?<![\w-])"


#: ``{gap}`` in a pattern: what may stand between a nominal trigger and the word
#: that brings its partner ("call as Foreign Minister with", "talks on Monday in Oslo
#: with", "conversation, the first since taking office, with"): up to three short
#: interruptions (an office after "as", a day, a place), bare or between commas, or
#: the format of talks ("talks in a narrow format between"), an aside between commas
#: that ranks or times the event ("the first since ...",
#: "lasting an hour") or a relative clause ("which he called fruitful"); a plain space
#: when there is none. (A clause between commas,
#: "the meeting, both ministers reviewed the agenda, with", is no interruption.)
_BIT = (r"(?:as (?:the |a |an )?(?-i:[A-Z])[\w-]*(?: (?:of |for |and )?(?:the )?"
        r"(?-i:[A-Z])[\w-]*){0,4}|today|yesterday|earlier today|later|"
        r"this (?:morning|afternoon|evening)|on (?-i:[A-Z])\w+(?: \d{1,2})?|"
        r"on \d{1,2} (?-i:[A-Z])\w+|last (?:week|month|\w+day)|"
        r"(?:in|at) (?:the )?(?-i:[A-Z])[\w’-]+(?: (?-i:[A-Z])[\w’-]+){0,2}|"
        r"in (?:an? |the )(?:[\w-]+ ){0,2}?format)")
GAP = (r"(?:(?: " + _BIT + r"){1,3} |, " + _BIT + r"(?: " + _BIT + r"){0,2}, |"
       r", (?:(?:the |her |his |their |its )?(?:first|second|third|fourth|fifth|latest|"
       r"last|\d+(?:st|nd|rd|th))\b|lasting\b|"
       # (a relative clause: "the meetings, which he called fruitful, with")
       r"which\b(?! (?:also |then )?(?:included|includes|involved|brought)\b))"
       r"[^,.;()]{0,50}?, | )")


def _prefilter(p: str) -> str:
    """A pattern as its prefilter tries it: no leading lookbehinds, no possessive
    repeats, no negative tests of case (see the three functions)."""
    return _without_cased_negatives(_backtracking(_strip_lookbehinds(p)))


#: ``{named}`` in a pattern: a person named before their title and a comma, with
#: honorifics or not ("Anna Berg, ", "H.E. Prof. Anna Berg, the "), or nothing: for a
#: lookahead that wants the title next ("welcomed{named}Minister ..." reads "welcomed Anna
#: Berg, Minister for Foreign Affairs of Sweden")
NAMED = (r"(?:(?:(?:(?-i:Mr|Mrs|Ms|Dr|Prof|H\.E|Hon|Amb|Rt)\.? )*(?-i:[A-Z])[\w’'-]+"
         r"(?: (?-i:[A-Z])[\w’'-]+){0,3}, )?)")


def _expand(p: str) -> str:
    """The pattern with its ``{gap}`` and ``{named}`` spelled out."""
    return p.replace("{gap}", GAP).replace("{named}", NAMED)


def _wrap(p: str) -> str:
    tail = "" if "(?=" in p or p.endswith((r"\s+", " ")) else r"(?!\w)"
    return _WORD_START + "(?:" + p + ")" + tail


def _load(text: str, origin: str) -> list[_Spec]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise PatternError(f"not valid TOML: {e}; fix the file or remove it", path=origin) from e
    out = []
    for i, spec in enumerate(data.get("trigger", []), 1):
        try:
            typ, frame = spec["type"], spec["frame"]
            pats = [_expand(p) for p in spec["patterns"]]
            each = [re.compile(_wrap(p), re.I) for p in pats]
            # the prefilter only finds candidate starts, so it may be looser than
            # the patterns: their own lookbehinds are dropped, and no re.I (it
            # runs on lower-case text). It keeps the word-start test every
            # pattern begins with (see _wrap): one character looked at, which
            # spares trying each alternative at the ~80% of positions inside
            # words (a match there could never become a trigger)
            loose = _WORD_START + "(?:" + "|".join(f"(?:{_prefilter(p)})" for p in pats) + ")"
            parts: list[str] | None
            try:
                pre_low = re.compile(_lower_literals(loose))
                parts = [_lower_literals(_WORD_START + "(?:" + _prefilter(p) + ")")
                         for p in pats]
            except re.error:
                # the prefilter as written, compiled now (an error is the pattern's);
                # it runs on lower-case text, so its case-sensitive groups ("(?-i:[A-Z])",
                # "(?-i:Session)") are made caseless: looser, never blind
                pre_low, parts = re.compile(loose.replace("(?-i:", "(?:"), re.I), None
        except KeyError as e:
            raise PatternError(f"trigger #{i} lacks {e}; each needs type, frame and patterns",
                               path=origin) from e
        except re.error as e:
            raise PatternError(f"trigger #{i} ({spec.get('type')}): bad regular expression: {e}",
                               path=origin) from e
        keywords = tuple(k.lower() for k in spec.get("keywords", ()))
        out.append((typ, frame, keywords, pre_low, loose, each, parts))
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


