"""Trigger phrases: the case-folded prefilter finds what the patterns find."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from communique.extract._triggers import (
    _lower_literals,
    _strip_lookbehinds,
    load_triggers,
)


def test_strip_lookbehinds_removes_only_leading_assertions() -> None:
    assert _strip_lookbehinds(r"(?<!during the )(?<=\s)meeting (?<!x)with") == \
        r"meeting (?<!x)with"
    assert _strip_lookbehinds(r"(?<!a \(b\) )met") == "met"
    assert _strip_lookbehinds("met(?! by)") == "met(?! by)"


def test_lower_literals_keeps_escapes_and_group_names() -> None:
    assert _lower_literals(r"Held \S+ [A-Z]\w* (?P<Who>X)(?P=Who)") == \
        r"held \S+ [a-z]\w* (?P<who>x)(?P=who)"
    # a character given by code: a caseless one stays as written, a letter is lowered
    assert _lower_literals(r"Minister\x27s") == r"minister\x27s"
    assert _lower_literals(r"\u00C9tat") == "état"
    with pytest.raises(re.error):
        _lower_literals(r"\N{LATIN CAPITAL LETTER E WITH ACUTE}tat")


def test_a_type_with_a_code_escape_keeps_its_fast_prefilter() -> None:
    # (a pattern with "\x27" once sent its whole type to the slow prefilter run
    # as written: every type of the packaged patterns is lowered now)
    assert all(spec[6] is not None for spec in load_triggers(()).specs)


def _phrases(text: str, folder: Path | None = None) -> list[tuple[str, str]]:
    trig = load_triggers((folder,) if folder else ())
    return [(t.type, t.text) for t in trig.find(text, 0, len(text))]


def test_case_sensitive_lookahead_still_finds_capitalised_titles() -> None:
    text = "The Minister called on President Smith and later HOSTED his Japanese counterpart."
    found = _phrases(text)
    assert ("meeting", "called on ") in found
    assert ("meeting", "HOSTED ") in found


def test_text_whose_lower_case_is_longer_keeps_offsets_right() -> None:
    # "İ" lower-cases to two characters: the prefilter then runs on the text
    # as written, and the offsets still point at the phrase
    text = "In İzmir İİİ the Minister met his counterpart."
    trig = load_triggers()
    hits = trig.find(text, 0, len(text))
    assert [(t.type, text[t.start:t.end]) for t in hits] == [("meeting", "met")]


def test_user_pattern_with_code_point_escape_still_matches(tmp_path: Path) -> None:
    (tmp_path / "triggers.toml").write_text(
        '[[trigger]]\ntype = "meeting"\nframe = "symmetric"\n'
        'patterns = ["\\\\u00C9changes? with"]\nkeywords = ["échange"]\n', encoding="utf-8")
    assert ("meeting", "Échange with") in _phrases("Minister held an Échange with Peru.", tmp_path)


def test_user_pattern_with_a_code_escape_keeps_its_case_sensitive_lookahead(
        tmp_path: Path) -> None:
    # a code escape ("\\x27") leaves the type's prefilter unlowered; its case-sensitive
    # groups must still let a capitalised name through on the lower-cased text
    (tmp_path / "triggers.toml").write_text(
        '[[trigger]]\ntype = "multilateral"\nframe = "multilateral"\n'
        "patterns = ['spoke [\\w-]+[\\x27]s words at(?= the (?-i:Forum)\\b)']\n"
        'keywords = ["spoke"]\n', encoding="utf-8")
    assert ("multilateral", "spoke Peru's words at") in _phrases(
        "The Minister spoke Peru's words at the Forum of Lima.", tmp_path)

# --- the substring prefilter (_Strings) ----------------------------------------

#: sentences of several trigger types, written for these tests
_MIXED = [
    "The Deputy Foreign Minister travelled to Lima on Monday and met his Peruvian "
    "counterpart, with whom he discussed fisheries.",
    "Talks were held by telephone between the two foreign ministers on 4 June.",
    "A memorandum on visa exemption was signed after the third round of consultations.",
    "Ambassadors of three states were summoned to the Ministry over the incident.",
    "The joint commission on trade opened its ninth session in Dushanbe.",
    "She took part in the ministerial forum on the sidelines of the summit.",
    "Humanitarian aid, including medical supplies, was delivered by a cargo flight.",
    "Our citizens were evacuated across the border crossing at dawn.",
    "The President is currently in Oslo on a working visit; he returned home later.",
    "Journalists from ten countries attended the press conference and the exhibition.",
    "The embassy in Accra was inaugurated; the consulate closed last year.",
    "He visited Rome, then vısited Ankara and held talks there.",  # a dotless i
    # keywords inside words: no trigger starts there
    "The comet was unmet by the telescope crew, who revisited their pre-visit notes.",
    "Unsigned drafts and the re-signed deal were co-chaired reviews of the teleconference.",
]


def _flat(ts: object, rank: int, low: str) -> list[int] | None:
    """present() as a plain test of every needed string, no forest."""
    strings = ts._strings  # type: ignore[attr-defined]
    needs = strings._needs[rank]
    if needs is None:
        return None
    roots, always = needs
    found, todo = set(always), list(roots)
    while todo:
        x, js, below = todo.pop()
        todo += below
        if x in low:
            found.update(js)
    # and a string of each of a pattern's other needed sets
    more = strings._more[rank]
    return sorted(j for j in found if all(any(x in low for x in c) for c in more.get(j, ())))


def _fragments() -> list[str]:
    out = []
    for s in _MIXED:
        words = s.split()
        out += [s.lower()] + [" ".join(words[i:i + 4]).lower() for i in range(len(words))]
    return out


def test_forest_places_each_string_under_one_it_contains() -> None:
    ts = load_triggers()
    ts.find(_MIXED[0], 0, len(_MIXED[0]))  # builds the string tables
    strings = ts._strings
    assert strings is not None
    for needs in strings._needs:
        if needs is None:
            continue
        seen: list[str] = []
        todo = [(None, n) for n in needs[0]]
        while todo:
            parent, (x, _js, below) = todo.pop()
            assert parent is None or (parent != x and parent in x)
            seen.append(x)
            todo += [(x, b) for b in below]
        assert len(seen) == len(set(seen))


def test_forest_finds_the_same_patterns_as_testing_every_string() -> None:
    ts = load_triggers()
    ts.find(_MIXED[0], 0, len(_MIXED[0]))
    strings = ts._strings
    assert strings is not None
    checked = 0
    for low in _fragments():
        for rank in range(len(ts.specs)):
            want = _flat(ts, rank, low)
            assert strings.present(rank, low) == want, (rank, low)
            checked += bool(want)
    assert checked > 50  # (the sentences do reach many types' strings)


def test_only_present_patterns_tried_finds_the_same_triggers(
        monkeypatch: pytest.MonkeyPatch) -> None:
    ts = load_triggers()
    got = [ts.find(s, 0, len(s)) for s in _MIXED]
    assert sum(map(len, got)) >= len(_MIXED)
    ts.find(_MIXED[0], 0, len(_MIXED[0]))
    assert ts._strings is not None
    # without the substring prefilter every type is searched with its joined
    # prefilter and all its patterns
    monkeypatch.setattr(ts._strings, "present", lambda rank, low: None)
    assert [ts.find(s, 0, len(s)) for s in _MIXED] == got


def test_no_trigger_starts_inside_a_word() -> None:
    ts = load_triggers()
    for s in _MIXED:
        for t in ts.find(s, 0, len(s)):
            assert t.start == 0 or not (s[t.start - 1].isalnum() or s[t.start - 1] in "_-"), \
                (s, t)


def test_a_possessive_repeat_in_a_pattern_still_finds_its_trigger():
    # on lower-case text a case-sensitive part becomes caseless: a possessive repeat
    # there could take the next word and never give it back, blinding the prefilter
    from communique.extract._triggers import TriggerSet, _backtracking, _load

    spec = """
[[trigger]]
type = "commission"
frame = "symmetric"
patterns = [
  '(?:session) of the (?-i:Committee) for (?-i:[A-Z])[\\w-]+(?: (?:and|(?-i:[A-Z])\\w+))*+ between',
]
"""
    ts = TriggerSet(_load(spec, "test"))
    text = "The seventh session of the Committee for Trade and Investment between A and B."
    assert [t.text for t in ts.find(text, 0, len(text))] == [
        "session of the Committee for Trade and Investment between"]
    assert _backtracking(r"a*+b\++[*+]c(?>x)d{2}+") == r"a*b\++[*+]c(?:x)d{2}"


def test_a_negative_test_of_case_does_not_blind_the_prefilter() -> None:
    # lowered, "(?!the (?-i:[A-Z]))" refuses "the eu"; the pattern itself, which needs
    # a capital there, accepts "the EU": the prefilter drops such a test
    from communique.extract._triggers import TriggerSet, _load, _without_cased_negatives

    spec = """
[[trigger]]
type = "multilateral"
frame = "multilateral"
patterns = [
  'summit (?!between (?:the )?(?-i:[A-Z][a-z])\\w* and )(?:[^.;]){0,40}?was held',
]
"""
    ts = TriggerSet(_load(spec, "test"))
    text = "The summit between the EU and Japan was held in Tokyo."
    assert [t.text for t in ts.find(text, 0, len(text))] == [
        "summit between the EU and Japan was held"]
    other = "The summit between Chile and Peru was held in Lima."
    assert ts.find(other, 0, len(other)) == []
    # (a case-sensitive part never matches; its other ways still refuse; a test holding
    # another lookaround is dropped whole)
    assert _without_cased_negatives(r"a(?!b (?-i:[A-Z]))c(?!d)[(?!]") == r"a(?!b (?!))c(?!d)[(?!]"
    assert _without_cased_negatives(r"a(?!x|b (?-i:[A-Z]))c") == r"a(?!x|b (?!))c"
    assert _without_cased_negatives(r"a(?!x(?!y)(?-i:[A-Z]))c") == "ac"
