"""Faster forms of per-sentence work that must give what the plain forms give:
the lower-case surname test of the document's memory of persons without a
pattern per surname, the titles of a sentence found once for every step
that asks, and the scan of names whose few starting with a small letter are
searched apart (``_trie.NameScan``)."""

from __future__ import annotations

import random
import re

from communique.extract import extract_text
from communique.extract._gazetteer import load_gazetteer
from communique.extract._holders import load_holders
from communique.extract._known_persons import _written_alone
from communique.extract._persons import _find_titles, find_titles
from communique.extract._recognise import Ent, recognise
from communique.extract._trie import NameScan, trie_pattern


def test_written_alone_is_the_pattern_it_replaces() -> None:
    rnd = random.Random(8)
    letters = "ab-_ é1²·\u0301Ⅻ.İ"  # word characters of every kind, hyphens, marks
    for _ in range(20_000):
        text = "".join(rnd.choice(letters) for _ in range(rnd.randint(0, 12)))
        word = "".join(rnd.choice("ab") for _ in range(rnd.randint(1, 3)))
        plain = re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text)
        assert _written_alone(word, text) is (plain is not None), (word, text)


TEXT = ("The Foreign Minister of Lithuania, Jonas Petraitis, met Foreign Minister "
        "Aino Virtanen of Finland in Vilnius on 3 May 2023. The Prime Minister and "
        "the Minister of Foreign Affairs of Qatar attended.")


def test_titles_found_once_are_the_titles_found_again() -> None:
    gaz = load_gazetteer()
    for issuer in (None, "GEO", "LTU"):
        for officials in (False, True):
            s = recognise(TEXT, 0, len(TEXT), gaz)
            first = find_titles(s, issuer, officials=officials)
            assert first == _find_titles(s, issuer, officials)
            first.clear()  # a caller's own list: the memo keeps its copy
            assert find_titles(s, issuer, officials=officials) == _find_titles(
                s, issuer, officials)


def test_titles_follow_the_entities_added() -> None:
    gaz = load_gazetteer()
    s = recognise(TEXT, 0, len(TEXT), gaz)
    find_titles(s, "GEO")
    # an entity added after (the steps add, never remove): found again
    at = TEXT.index("Aino Virtanen")
    s.ents.append(Ent(at, at + len("Aino Virtanen"), "adj", "EST", person="foreign_minister"))
    assert find_titles(s, "GEO") == _find_titles(s, "GEO", False)
    assert find_titles(s, "GEO") != _find_titles(recognise(TEXT, 0, len(TEXT), gaz), "GEO",
                                                 False)


def test_extraction_unchanged_by_the_memo() -> None:
    assert extract_text(TEXT, issuer="GEO", date="2023").records


def _name_texts(rng: random.Random, names: list[str], n: int) -> list[str]:
    joins = [" ", ", ", "-", "", "s ", " and ", "’s ", "\n", "x"]
    return ["".join(rng.choice(names) + rng.choice(joins) for _ in range(rng.randint(0, 8)))
            for _ in range(n)]


def test_a_name_scan_finds_what_the_one_pattern_finds() -> None:
    gaz = load_gazetteer()
    holders = load_holders()
    cases = [
        (sorted(gaz._every), r"(?<!\w.)", r"(?!\w)"),
        (sorted(holders._table), r"(?<![\w-].)", r"(?![\w-])"),
        # names starting small that overlap the others and one another
        (["al-Menfi", "al Menfi", "Menfi", "el", "el Sisi", "Sisi", "Al", "Al Sisi", "v",
          "van Klaveren", "Van", "16+1", "1", "eSwatini", "Eswatini", "e", "Mr el Sisi",
          "Al van", "Al van Klaveren x"], r"(?<!\w.)",
         r"(?!\w)"),
    ]
    rng = random.Random(88)
    for names, after_first, tail in cases:
        one = re.compile("(?:" + trie_pattern(names, after_first) + ")" + tail)
        scan = NameScan(names, after_first, tail)
        assert scan.rare is not None  # (the cases hold names starting small)
        picked = [n for n in names if n[0].islower()] + rng.sample(names, min(40, len(names)))
        for text in _name_texts(rng, picked, 400):
            spans = [(0, len(text)), (-3, len(text)), (2, -1)] + [
                (rng.randrange(len(text) + 1), rng.randrange(len(text) + 2)) for _ in range(4)]
            for a, b in spans:
                want = [(m.start(), m.end()) for m in one.finditer(text, a, b)]
                assert [(m.start(), m.end()) for m in scan.finditer(text, a, b)] == want, \
                    (text, a, b)
