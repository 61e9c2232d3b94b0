"""A kind's names found through the scan of every kind's names (and word by
word inside another kind's) are what the kind's own trie regex finds."""

from __future__ import annotations

import random
import re

import pytest

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
    "Mexico City and Kuwait City, Panama City; the Geneva Centre; Luxembourg's and Singapore.",
    "",
]

_RX: dict[tuple[str, ...], re.Pattern[str]] = {}


def _own_rx(table: dict[str, str]) -> re.Pattern[str]:
    key = tuple(sorted(table))
    return _RX.get(key) or _RX.setdefault(key, _word_rx(list(table)))


def _both(kind: _Kind, text: str, a: int, b: int) -> tuple[list, list]:
    rx = _own_rx(kind.table)
    return kind.finditer(text, a, b), [(m.start(), m.end(), m.group())
                                       for m in rx.finditer(text, a, b)]


def _generated(rng: random.Random, forms: list[str], n: int) -> str:
    """Names of every kind run together, joined as texts join them and not."""
    joins = [" ", ", ", "-", "'s ", "", " of ", "s ", "–", ". ", "an "]
    return "".join(rng.choice(forms) + rng.choice(joins) for _ in range(n))


@pytest.mark.parametrize("kind", ["country", "adj", "org", "city"])
def test_a_kind_finds_what_its_regex_finds(kind: str) -> None:
    gaz = load_gazetteer()
    k = gaz._kinds[kind]
    rng = random.Random(kind)
    every = sorted(gaz._every)
    texts = TEXTS + [_generated(rng, every, 12) for _ in range(150)]
    found = 0
    for text in texts:
        spans = [(0, len(text))] + [tuple(sorted((rng.randrange(len(text) + 1),
                                                  rng.randrange(len(text) + 1))))
                                    for _ in range(10)]
        for a, b in spans:
            by_scan, by_rx = _both(k, text, a, b)
            assert by_scan == by_rx, (text, a, b)
            found += len(by_rx)
    assert found  # the texts name places of every kind


def test_longest_name_and_word_boundaries() -> None:
    table = {"Guinea": "GIN", "Guinea-Bissau": "GNB", "Bissau": "GNB", "New York": "USA",
             "New": "X", "U.S.": "USA", "U.S": "Y"}
    # other kinds' names around and over this kind's
    others = {"Guinea-Bissauan": "x", "New Yorker": "x", "York": "x", "Bissau, Guinea": "x",
              "U.S.A": "x"}
    k = _Kind(table, _word_rx(list(table) + list(others)))
    text = "Guinea-Bissau, Guinea-Bissauan, New Yorker, New York, U.S., U.S.A, Bissau, Guinea"
    by_words, by_rx = _both(k, text, 0, len(text))
    assert by_words == by_rx
    # "Guinea-Bissauan": not the country, but "Guinea" before the hyphen is a name
    assert [f for _a, _b, f in by_words] == ["Guinea-Bissau", "Guinea", "New", "New York",
                                             "U.S.", "U.S", "Bissau", "Guinea"]
    # a span's end is the text's end for the names (as for re's endpos)
    by_words, by_rx = _both(k, text, 0, text.index("-Bissau,"))
    assert by_words == by_rx == [(0, 6, "Guinea")]


def test_no_kind_compiles_its_own_trie() -> None:
    gaz = Gazetteer({"country": {"Chile": "CHL", "Peru": "PER"}, "city": {"Lima": "PER"}})
    text = "Chile and Peru, Lima (Peru). " * 2000
    assert len(gaz.find(text, "country")) == 6000 and len(gaz.find(text, "city")) == 2000
    assert all(k.rx is None for k in gaz._kinds.values())
    # a name not starting with a word character: its own regex
    odd = _Kind({"'s-Hertogenbosch": "NLD"}, _word_rx(["'s-Hertogenbosch"]))
    assert odd.finditer("in 's-Hertogenbosch.", 0, 20) == [(3, 19, "'s-Hertogenbosch")]
    assert odd.rx is not None
