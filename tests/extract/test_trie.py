"""The trie pattern matches as the plain alternation of its phrases does
(longest first), whatever the phrases share."""

from __future__ import annotations

import random
import re

import pytest

from communique.extract._trie import trie_pattern


def _plain(phrases: list[str]) -> str:
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))


@pytest.mark.parametrize("seed", range(6))
def test_trie_matches_like_the_alternation(seed: int) -> None:
    rng = random.Random(seed)
    alphabet = "abAB .-'é"
    phrases = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 6)))
               for _ in range(rng.randint(1, 60))]
    text = "".join(rng.choice(alphabet) for _ in range(400))
    for after_first, tail in (("", ""), (r"(?<!\w.)", r"(?!\w)")):
        trie = re.compile("(?:" + trie_pattern(phrases, after_first) + ")" + tail)
        lead = r"(?<!\w)" if after_first else ""
        plain = re.compile(lead + "(?:" + _plain(phrases) + ")" + tail)
        assert [m.span() for m in trie.finditer(text)] == \
            [m.span() for m in plain.finditer(text)]


def test_trie_of_names_sharing_prefixes() -> None:
    names = ["Guinea", "Guinea-Bissau", "Equatorial Guinea", "Niger", "Nigeria", "N", "Ni"]
    rx = re.compile("(?:" + trie_pattern(names, r"(?<!\w.)") + r")(?!\w)")
    text = "Guinea-Bissau, Nigeria and Niger met; Equatorial Guinea and Guinea did not; Ni N Nig"
    assert [m.group() for m in rx.finditer(text)] == [
        "Guinea-Bissau", "Nigeria", "Niger", "Equatorial Guinea", "Guinea", "Ni", "N"]


def test_empty_and_repeated_phrases() -> None:
    assert re.fullmatch(trie_pattern([]), "") is None
    assert trie_pattern(["ab", "ab", ""]) == "ab"
    assert trie_pattern(["a", "ab", "ac"]) == "a[bc]?"
    assert trie_pattern(["a", "abc", "ad"]) == "a(?:(?:bc|d))?"
