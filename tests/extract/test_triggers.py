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
    with pytest.raises(re.error):
        _lower_literals(r"\u00C9tat")


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
