"""``NameScan.spans`` (one scan of a chunk, read span by span) finds in every span
what a scan of that span alone finds: the gazetteer's, the office-holders' and a
document's own surnames' scans, over spans that cut names, words and hyphens."""

from __future__ import annotations

import random

from communique.extract._gazetteer import load_gazetteer
from communique.extract._holders import load_holders
from communique.extract._trie import NameScan

# written for these tests: names at the spans' edges, inside longer names, after
# hyphens and apostrophes, in capitals, and names that start with a small letter
TEXTS = [
    "The Minister met Sergey Lavrov in Moscow. Guinea-Bissau and Guinea, then "
    "Papua New Guinea; the United States and the UNITED STATES of America.",
    "Kenya's envoy, al-Sisi and el Sisi, eSwatini-Kenya talks in Nairobi-West, "
    "Washington,D.C. and New York-based NATO staff met EU and ASEAN officials.",
    "Lavrov-Blinken, Blinkenx, xLavrov, Kuleba's call: Dmytro Kuleba, Antony Blinken.",
]


def _same(scan: NameScan, text: str, a: int, b: int) -> None:
    got = [(m.start(), m.end(), m.group()) for m in scan.spans(text, a, b)]
    want = [(m.start(), m.end(), m.group()) for m in scan.finditer(text, a, b)]
    assert got == want, (text[a:b], got, want)


def test_spans_are_the_span_scans() -> None:
    rng = random.Random(7)
    scans = [load_gazetteer()._all]
    holders = load_holders()
    if holders._rx is not None:
        scans.append(holders._rx)
    scans.append(NameScan(["Kuleba", "Blinken", "Lavrov", "al-Sisi"], r"(?<![\w-].)",
                          r"(?![\w-])"))
    for scan in scans:
        for text in TEXTS:
            for a in range(len(text) + 1):
                for b in {a, min(len(text), a + 1), min(len(text), a + 7), len(text),
                          rng.randrange(a, len(text) + 1)}:
                    _same(scan, text, a, b)
            _same(scan, text, 0, len(text))
            _same(scan, text, -3, len(text) + 5)  # (re clamps)
