"""``_gate.Gated``: a pattern behind a substring test answers as the pattern does."""

from __future__ import annotations

import re

from communique.extract import _gate
from communique.extract._gate import Gated

_TEXTS = [
    "The visit was postponed until further notice.",
    "The VISIT was POSTPONED.",
    "The visit was put off; talks will resume.",
    "Nothing here at all.",
    "The visit was cancelled, the minister said.",
    "The vısıt was postponed (a dotless i).",
    "İstanbul: the visit was postponed.",
    "postponed",
    "",
]


def _learnt(rx: re.Pattern[str]) -> Gated:
    g = Gated(rx)
    for _ in range(_gate.LEARN_AFTER + 1):
        g.search("")
    return g


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return m.span() if m else None


def test_gated_answers_as_the_pattern_case_insensitive() -> None:
    rx = re.compile(r"\b(?:was|were) (?:postponed|put off|cancell?ed)\b", re.I)
    g = _learnt(rx)
    assert g.needs is not None and "postponed" in g.needs
    for text in _TEXTS:
        for pos, end in ((0, len(text)), (4, len(text)), (0, max(0, len(text) - 6))):
            assert _span(g.search(text, pos, end)) == _span(rx.search(text, pos, end))
            assert [m.span() for m in g.finditer(text, pos, end)] \
                == [m.span() for m in rx.finditer(text, pos, end)]
            assert g.findall(text, pos, end) == rx.findall(text, pos, end)
            assert _span(g.match(text, pos, end)) == _span(rx.match(text, pos, end))


def test_gated_lookahead_stops_at_endpos() -> None:
    rx = re.compile(r"visit(?= was postponed)")
    g = _learnt(rx)
    text = "The visit was postponed."
    assert g.search(text) is not None
    # the lookahead's words lie past the end searched: no match, as for the pattern
    assert g.search(text, 0, 12) is None and rx.search(text, 0, 12) is None


def test_gated_skips_the_pattern_where_its_words_are_absent() -> None:
    calls = []

    class Counting:
        pattern, flags = r"\bpostponed\b", 0

        def search(self, *args: object) -> None:
            calls.append(args)

    g = Gated(re.compile(r"\bpostponed\b"))
    g.rx = Counting()  # type: ignore[assignment]
    for _ in range(_gate.LEARN_AFTER + 1):
        g.search("no")
    n = len(calls)
    g.search("nothing to see")
    assert len(calls) == n  # the words are not there: the pattern did not run
    g.search("it was postponed")
    assert len(calls) == n + 1


def test_gated_runs_a_pattern_it_cannot_read() -> None:
    rx = re.compile(r"[a-z]+\d")  # no literal every match holds
    g = _learnt(rx)
    assert g.needs is None
    assert g.search("abc1").span() == (0, 4)  # type: ignore[union-attr]


def test_gated_reads_the_words_of_many_alternatives() -> None:
    # each alternative needs its own words: together more than a trigger
    # pattern's set may hold (``_literals._MAX_SET``), not more than a gate's
    words = [chr(ord("a") + i % 26) + "x" * (1 + i // 26) + "word" for i in range(30)]
    rx = re.compile(r"(?:(?!,\s+whose\b)[^.;]){0,60}?\b(?:" + "|".join(
        f"{w} today" for w in words) + r")\b", re.I)
    g = _learnt(rx)
    assert g.needs is not None and len(g.needs) > 24
    texts = _TEXTS + ["It WILL GXWORD today.", "it will dxxword", "axword alone", "bxWORD Today",
                      "will zxword; bxword today"]
    for text in texts:
        for pos in range(len(text) + 1):
            assert _span(g.match(text, pos)) == _span(rx.match(text, pos))
