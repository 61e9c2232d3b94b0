"""Speed mechanisms that must not change what is found: case-insensitive
patterns searched on lower-cased text, tries that test the word boundary after
their first character, and the cheap hints before the date and count regexes."""

from __future__ import annotations

import re

import pytest

from communique.extract import _dates, _figures
from communique.extract._fold import Folded
from communique.extract._gazetteer import load_gazetteer
from communique.extract._trie import trie_pattern

# sentences written for these tests; some hold the letters that re.I and
# str.lower treat differently (dotted and dotless i, long s, the Kelvin and
# angstrom signs) or that lower to two characters
TEXTS = [
    "The two Ministers held talks in Ankara on 3 May 2022 about trade.",
    "BOTH SIDES agreed that our country would host the next round.",
    "The delegations of both states met twice; ‘bilateral’ ties were praised.",
    "İstanbul hosted THE TWO PRESIDENTS, who discussed the situation.",
    "The two leaders (ıncluding their aides) spoke; our ſide welcomed it.",
    "Trade totalled 1,250 tonnes; exports reached 300 units by 2021.",
    "Ties TOTALLED 40 projects and the two governments signed TWICE.",
    "A 5 K run and 3 Å films: nothing diplomatic, but the two sides agree.",
    "Twıce the ministers met; the tWo countries and the twᴏ nations signed.",
    "",
]

PATTERNS = [
    re.compile(r"\b(?:the|both|two) (?:countries|states|sides|ministers|presidents|leaders)\b",
               re.I),
    re.compile(r"\b(?:has |have )?(?:reached|totall?ed)\s+(?P<num>\d{1,3}(?:,\d{3})+|\d+)\b",
               re.I),
    re.compile(r"\btwice\b|\bour (?:country|side)\b", re.I),
    re.compile(r"(?P<Who>[A-Z]\w+) (?:discussed|hosted)", re.I),
    re.compile(r"\bistanbul\b|\bk run\b|\bå films\b", re.I),
]


@pytest.mark.parametrize("rx", PATTERNS, ids=[str(i) for i in range(len(PATTERNS))])
def test_folded_pattern_finds_what_the_pattern_finds(rx: re.Pattern[str]) -> None:
    folded = Folded(rx)
    assert folded._low is not None  # the fast path is the one under test
    whole = " ".join(TEXTS)
    for text in [*TEXTS, whole]:
        for start in range(0, len(text), 7):
            for end in (len(text), max(start, len(text) - 5)):
                want = [(m.span(), m.groups()) for m in rx.finditer(text, start, end)]
                got = [(m.span(), m.groups()) for m in folded.finditer(text, start, end)]
                assert got == want, (text, start, end)
                first = rx.search(text, start, end)
                hit = folded.search(text, start, end)
                assert (hit.span() if hit else None) == (first.span() if first else None)


def test_folded_groups_read_the_text_as_written() -> None:
    folded = Folded(re.compile(r"(?P<Who>[a-z]+) discussed", re.I))
    m = folded.search("Then Ankara DISCUSSED it.")
    assert m is not None and m.group("Who") == "Ankara"


def test_folded_keeps_the_plain_search_for_inline_flags() -> None:
    # "(?-i:[A-Z])" is case-sensitive inside a case-insensitive pattern: lowering
    # the text would let "x" pass for a capital
    rx = re.compile(r"met (?-i:[A-Z])\w+", re.I)
    folded = Folded(rx)
    assert folded._low is None
    assert [m.group() for m in folded.finditer("MET Ann, met bob, met Carl")] == \
        ["MET Ann", "met Carl"]


def test_trie_with_boundary_after_first_character_matches_the_boundary_before() -> None:
    names = ["Georgia", "Guinea", "Guinea-Bissau", "Mali", "Malta", "G7", "Oman", "O"]
    before = re.compile(r"(?<!\w)(?:" + trie_pattern(names) + r")(?!\w)")
    after = re.compile(r"(?:" + trie_pattern(names, after_first=r"(?<!\w.)") + r")(?!\w)")
    text = ("Georgia and Guinea-Bissau, xMali, Malta-G7; Omani Oman O. O\nGuinea "
            "AGeorgia Georgia_ Mali")
    for start in range(len(text)):
        assert [m.span() for m in after.finditer(text, start)] == \
            [m.span() for m in before.finditer(text, start)]


def test_gazetteer_finds_names_at_the_start_and_not_inside_words() -> None:
    gaz = load_gazetteer()
    text = "Georgia welcomed Japan; NonJapan and Japanese are no names."
    codes = [(m.code, text[m.start:m.end]) for m in gaz.find(text, "country")]
    assert codes == [("GEO", "Georgia"), ("JPN", "Japan")]
    # a span that starts after a letter: the name is inside a word
    assert gaz.find(text, "country", 27, len(text)) == []


HINT_TEXTS = [
    *TEXTS,
    "Talks were held last night.", "We met YESTERDAY.", "This Morning the envoy left.",
    "On Monday the sides met.", "weekly briefings", "no date here at all",
    "in SEPT the talks", "THIS AFTERNOON", "thİs morning", "ToDay", "a Dozen envoys",
    "TWENTY states", "Twenty-two", "twentieth", "Seventeen", "sevenTeen", "٣ visits",
]


def test_date_hint_decides_as_the_hint_regex() -> None:
    for text in HINT_TEXTS:
        for start in range(0, len(text) + 1, 3):
            assert _dates._hinted(text, start, len(text)) == \
                bool(_dates._HINT.search(text, start, len(text))), (text, start)


def test_count_hint_decides_as_the_hint_regex() -> None:
    for text in HINT_TEXTS:
        for start in range(0, len(text) + 1, 3):
            assert _figures._hinted(text, start, len(text)) == \
                bool(_figures._HINT.search(text, start, len(text))), (text, start)


def test_twice_is_found_in_any_case_and_with_a_dotless_i() -> None:
    # (a number elsewhere lets the hint pass: the hint itself spells "twice" out)
    for text in ("They met twice in 3 cities.", "They met TWICE in 3 cities.",
                 "They met twıce in 3 cities."):
        counts = _figures.find_counts(text, 0, len(text))
        assert "times" in [c.quantity.unit for c in counts], text


def test_keyword_scan_after_a_non_word_character_finds_every_keyword_start() -> None:
    from communique.extract._triggers import load_triggers

    trig = load_triggers()
    assert trig._after_nonword is not None and trig._words is not None
    texts = [t.lower() for t in TEXTS] + [
        "met the envoy; and interlocutors arrived.", "visit-visited (visits) «meeting»",
        "conferred:talks,summit", "arrival", "x", "",
    ]
    for low in texts:
        plain = {m.group(1) for m in trig._words.finditer(low)}
        found = trig._candidates(low)
        assert found == set().union(set(trig._always), *(trig._by_word[k] for k in plain)), low


def test_anchored_pattern_matches_as_its_finditer() -> None:
    import random

    from communique.extract._fold import Anchored

    rx = re.compile(r"(?<![\w.,-])(?:(?i:more than|about|up to)\s+)?(?:\d+|(?i:two|three|a dozen))"
                    r"\s+(?i:visits|meetings|countries)\b")
    anchored = Anchored(rx, ("more than", "about", "up to", "two", "three", "a dozen"),
                        digits=True)
    texts = ["He made more than 12 visits and about three meetings; Up To 40 Countries.",
             "In 2023, TWO visits; twenty meetings (not counted); x2 visits; A DOZEN visits.",
             "No numbers at all in this sentence, about nothing.",
             "Iİ about 5 visits: the lower case is longer, so the pattern scans itself."]
    rng = random.Random(3)
    for text in texts:
        for a, b in [(0, len(text))] + [tuple(sorted((rng.randrange(len(text) + 1),
                                                      rng.randrange(len(text) + 1))))
                                        for _ in range(40)]:
            assert [m.span() for m in anchored.finditer(text, a, b)] == \
                [m.span() for m in rx.finditer(text, a, b)]
    with pytest.raises(ValueError):
        Anchored(rx, ("About",), digits=True)


def test_caseless_characters_keep_the_lower_cased_search() -> None:
    from communique.extract._fold import _caseless

    rx = re.compile(r"\b(?:over (?:his|her) (?:[\w-]+['’]s )?remarks|"
                    r"talks – (?:again|once more))\b", re.I)
    folded = Folded(rx)
    assert folded._low is not None  # "’" and "–" have no case
    texts = ["Summoned over her Minister’s remarks; TALKS – AGAIN; Over His remarks.",
             "over the remarks; talks - again; Talks – Once More, over his KING’S REMARKS"]
    for text in texts:
        assert [m.span() for m in folded.finditer(text)] == [m.span() for m in rx.finditer(text)]
        hit = folded.search(text, 3)
        assert (hit and hit.span()) == ((m := rx.search(text, 3)) and m.span())
    assert _caseless("’") and _caseless("–") and _caseless("1")
    assert not _caseless("é") and not _caseless("ſ") and not _caseless("K")
    # nothing lowers to a caseless character (else the lowered text would hold
    # it where the text does not); every character of the Basic Multilingual Plane
    assert not [c for c in map(chr, range(0x10000)) if len(c.lower()) == 1
                and c.lower() != c and _caseless(c.lower())]
