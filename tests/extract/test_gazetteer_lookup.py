"""A kind's names looked up word by word find what its trie regex finds."""

from __future__ import annotations

import random
import re

import pytest

from communique.extract import _gazetteer
from communique.extract._gazetteer import Gazetteer, _Kind, _word_rx, load_gazetteer

TEXTS = [
    "The Minister of Guinea-Bissau met his counterpart from Equatorial Guinea in Bissau.",
    "GENEVA, 4 March - Officials of the United States, the U.S. Treasury and the UN met.",
    "She flew from New Delhi to New York via Abu Dhabi; the New Zealand delegation stayed.",
    "Talks in Nice were nice; Victoria Nuland visited Victoria and the Côte d'Ivoire embassy.",
    "A meeting of the 16+1 format and the 3SI took place in Warsaw (Poland) on Monday.",
    "Nigeria, Niger and Nigerien officials; NIGERIA'S envoy; Niger-Congo languages.",
    "the european union and the European Union, EU-China, ASEAN+3 and the OSCE.",
    "İstanbul, Türkiye: Turkish and Kazakh ministers, KAZAKHSTAN and Kazakhstan's.",
    "",
]


def _both(kind: _Kind, text: str, a: int, b: int) -> tuple[list, list]:
    kind.rx, kind._read = None, 0
    by_words = kind.finditer(text, a, b)
    key = tuple(sorted(kind.table))
    rx = _RX.get(key) or _RX.setdefault(key, _word_rx(list(kind.table)))
    return by_words, [(m.start(), m.end(), m.group()) for m in rx.finditer(text, a, b)]


_RX: dict[tuple[str, ...], re.Pattern[str]] = {}


@pytest.mark.parametrize("kind", ["country", "adj", "org", "city"])
def test_word_lookup_finds_what_the_regex_finds(kind: str,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_gazetteer, "_COMPILE_AFTER", 10**9)
    table = load_gazetteer()._forms[kind]
    k = _Kind(table)
    rng = random.Random(kind)
    found = 0
    for text in TEXTS:
        spans = [(0, len(text))] + [tuple(sorted((rng.randrange(len(text) + 1),
                                                  rng.randrange(len(text) + 1))))
                                    for _ in range(30)]
        for a, b in spans:
            by_words, by_rx = _both(k, text, a, b)
            assert by_words == by_rx, (text, a, b)
            found += len(by_rx)
    assert found  # the texts name places of every kind


def test_longest_name_and_word_boundaries() -> None:
    k = _Kind({"Guinea": "GIN", "Guinea-Bissau": "GNB", "Bissau": "GNB", "New York": "USA",
               "New": "X", "U.S.": "USA", "U.S": "Y"})
    text = "Guinea-Bissau, Guinea-Bissauan, New Yorker, New York, U.S., U.S.A, Bissau"
    by_words, by_rx = _both(k, text, 0, len(text))
    assert by_words == by_rx
    # "Guinea-Bissauan": not the country, but "Guinea" before the hyphen is a name
    assert [f for _a, _b, f in by_words] == ["Guinea-Bissau", "Guinea", "New", "New York",
                                             "U.S.", "U.S", "Bissau"]
    # a span's end is the text's end for the names (as for re's endpos)
    by_words, by_rx = _both(k, text, 0, text.index("-Bissau,"))
    assert by_words == by_rx == [(0, 6, "Guinea")]


def test_the_regex_takes_over_on_long_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_gazetteer, "_COMPILE_AFTER", 100)
    gaz = Gazetteer({"country": {"Chile": "CHL", "Peru": "PER"}})
    text = "Chile and Peru. " * 20
    first = gaz.find(text, "country", 0, 40)
    assert gaz._kinds["country"].rx is None
    assert gaz.find(text, "country") and gaz._kinds["country"].rx is not None
    assert gaz.find(text, "country", 0, 40) == first
    # a name not starting with a word character: the regex from the start
    odd = _Kind({"'s-Hertogenbosch": "NLD"})
    assert odd.finditer("in 's-Hertogenbosch.", 0, 20) == [(3, 19, "'s-Hertogenbosch")]
    assert odd.rx is not None
