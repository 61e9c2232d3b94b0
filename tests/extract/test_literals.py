"""The strings a pattern cannot match without (``_literals.needed``), and the
trigger search that uses them: the same triggers as the joined prefilter."""

from __future__ import annotations

import re

import pytest

from communique.extract import _triggers
from communique.extract._literals import needed, needed_all
from communique.extract._triggers import load_triggers


@pytest.mark.parametrize(("pattern", "strings"), [
    ("signed", {"signed"}),
    (r"(?:had|held) talks", {"had talks", "held talks"}),
    (r"(?:held|had) (?:an? )?(?:brief )?encounter with", {"encounter with"}),
    (r"pays? (?:a|an) visit", {" a visit", " an visit"}),
    # of the strings long enough to be rare, the fewest
    (r"(?:spoke|talked) by (?:tele)?phone", {"phone"}),
    (r"summon(?:ed|s)(?= (?:the )?envoy)", {"envoy"}),
    (r"summon(?:ed|s)(?= (?:the )?(?:envoy|ambassador))", {"summoned", "summons"}),
    # a string holding another of its set adds nothing
    (r"(?:talk|talks|peace talks) with", {"talk with", "talks with"}),
    (r"\w+ met(?! by)", {" met"}),
    (r"(?:(?:a|b)x{2,3}|visit(?:ed)?s?)", {"x", "visit"}),  # one string per alternative
    (r"(?:\d+|visit(?:ed)?s?)", None),  # an alternative with no string of its own
    (r"(a)\1", {"a"}),  # a captured group is matched text; the reference adds nothing
])
def test_needed_strings(pattern: str, strings: set[str] | None) -> None:
    got = needed(pattern)
    assert (None if got is None else set(got)) == strings


@pytest.mark.parametrize("pattern", [
    r"\w+",                      # nothing literal
    r"(?:talks)?\s*",            # only optional parts
    r"(?<=met )\w+",             # a lookbehind may read before the span
    r"(?!met)\w+",               # a negative lookahead needs nothing
    r"(?i)met",                  # case-insensitive: "Met" would match
    r"(?i:met) with",            # same inside a group (its own flags)
    r"[(",                       # not a pattern at all
])
def test_needed_is_none_or_safe_where_it_cannot_tell(pattern: str) -> None:
    got = needed(pattern)
    assert got is None or got == frozenset({" with"})


#: trigger-like patterns and texts that hold (or not) their matches
_MATCHED_PATTERNS = [
    r"(?:held|had|hosted) (?:a |an )?(?:working |official )?(?:lunch|dinner)s? (?:for|with)",
    r"(?:trip|tour)s? (?:to|of)(?= [A-Z])",
    r"(?:was|were) (?:warmly )?received by",
    r"exchange[ds]? (?:of )?views",
    r"met(?:\s+with)?",
]
_MATCHED_TEXTS = ["the ministers held a working lunch for the delegation",
                  "she had dinners with him", "his trips to Rome and tours of Paris",
                  "they were warmly received by the king", "exchanged views; exchange of views",
                  "they met with us and met again", "nothing of the kind here"]


@pytest.mark.parametrize("pattern", _MATCHED_PATTERNS)
def test_every_match_holds_a_needed_string(pattern: str) -> None:
    texts = _MATCHED_TEXTS
    strings = needed(pattern)
    assert strings
    rx = re.compile(pattern)
    for text in texts:
        for m in rx.finditer(text):
            seen = text[m.start():]  # the match and what its lookahead read
            assert any(s in seen for s in strings), (pattern, text)


@pytest.mark.parametrize("pattern", _MATCHED_PATTERNS)
def test_every_match_holds_a_string_of_each_needed_set(pattern: str) -> None:
    texts = _MATCHED_TEXTS
    best, sets = needed_all(pattern)
    assert best == needed(pattern) and best in sets
    rx = re.compile(pattern)
    for text in texts:
        for m in rx.finditer(text):
            seen = text[m.start():]  # the match and what its lookahead read
            assert all(any(s in seen for s in strings) for strings in sets), (pattern, text)


def test_needed_sets_of_a_sequence() -> None:
    best, sets = needed_all(r"held \w+ meeting with")
    assert best == frozenset({" meeting with"})
    assert sets == [frozenset({"held "}), frozenset({" meeting with"})]
    assert needed_all(r"\w+") == (None, [])


SENTENCES = [
    "The Foreign Minister met his Kenyan counterpart in Nairobi on Monday.",
    "On 3 May the President received the Ambassador of Chile, who presented his credentials.",
    "Talks between the two delegations took place in Geneva and were followed by a dinner "
    "hosted by the Prime Minister.",
    "The Minister held a working lunch with her Danish colleague and later sat down with "
    "the Speaker.",
    "Yesterday the Deputy Minister paid an official visit to Peru, where he was received by "
    "the President.",
    "The envoy of Norway was summoned to the Ministry on Friday.",
    "We were pleased to welcome our Estonian friends; the two sides discussed trade.",
    "A phone call with the Secretary General took place this morning.",
    "The State Secretary took part in the session of the Council in Brussels.",
    "NO MEETING WAS HELD; THE TALKS WITH MALI WERE POSTPONED.",
    "Bilateral consultations between the ministries were held in Hanoi.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_pattern_by_pattern_search_finds_what_the_joined_prefilter_finds(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    trig = load_triggers()
    few = trig.find(text, 0, len(text))
    monkeypatch.setattr(_triggers, "_FEW", -1)  # never pattern by pattern
    joined = trig.find(text, 0, len(text))
    assert few == joined
    monkeypatch.setattr(_triggers, "_FEW", 10_000)  # always, when the strings allow
    assert trig.find(text, 0, len(text)) == joined
    # and the same on a span inside the text (offsets kept)
    cut = text.find(" ") + 1
    monkeypatch.setattr(_triggers, "_FEW", -1)
    joined = trig.find(text, cut, len(text))
    monkeypatch.setattr(_triggers, "_FEW", 10_000)
    assert trig.find(text, cut, len(text)) == joined
