"""A speech told as a noun with its speaker at a session named by a lower-case noun
and its body ("In her speech at the plenary meeting of the Munich Security
Conference, ...", "The Minister's remarks at the annual meeting of the Union for the
Mediterranean ...") is the speaker's part in that session; a session told by an
opening participle ("Addressing the annual meeting of ..., the Minister called for
dialogue") is one session, the main clause after the comma names no second one
(sentences of our own)."""

from __future__ import annotations

import pytest


def _sessions(text: str) -> list[tuple[list[str], list[str], str | None]]:
    from communique.extract import extract_text

    res = extract_text(text, issuer="GEO", date="2024-03-14")
    return [(r.from_, r.organizations, r.date.start) for r in res.records
            if r.type == "multilateral"]


@pytest.mark.parametrize(("text", "org"), [
    ("In her speech at the plenary meeting of the Munich Security Conference on Monday, "
     "the Minister spoke about the war in Ukraine.", "MSC"),
    ("In his remarks at the opening session of the Human Rights Council on Monday, the "
     "Minister raised the situation in the occupied regions.", "UNHRC"),
    ("The Minister's address to the annual meeting of the Union for the Mediterranean on "
     "Monday focused on migration.", "UFM"),
    ("On Monday, in her statement at the ministerial session of the Council of the Baltic "
     "Sea States, the Deputy Minister welcomed the new members.", "CBSS"),
    ("In their intervention before the high-level segment of the UN Human Rights Council "
     "on Monday, the two ministers condemned the attacks.", "UNHRC"),
])
def test_a_speech_as_a_noun_at_a_lower_case_session(text, org):
    assert _sessions(text) == [(["GEO"], [org], "2024-03-11")]


@pytest.mark.parametrize(("text", "org"), [
    ("Addressing the annual meeting of the Union for the Mediterranean on Monday, the "
     "Minister called for dialogue.", "UFM"),
    ("Addressing the plenary session of the Munich Security Conference on Monday, she "
     "urged the Council to act without delay.", "MSC"),
    ("Speaking at the ministerial meeting of the Council of the Baltic Sea States on "
     "Monday, the Deputy Minister stressed the need for a regular dialogue.", "CBSS"),
    ("Having addressed the opening session of the Human Rights Council on Monday, the "
     "Minister later told journalists that the summit had been useful.", "UNHRC"),
])
def test_the_main_clause_after_an_opening_participle_is_no_second_session(text, org):
    assert _sessions(text) == [(["GEO"], [org], "2024-03-11")]


def test_two_sessions_listed_stay_two():
    got = _sessions("The Minister addressed the plenary session of the Munich Security "
                    "Conference on 16 February, the ministerial meeting of the Union for "
                    "the Mediterranean on 27 November and the Human Rights Council on 26 "
                    "February.")
    assert sorted(g[1][0] for g in got) == ["MSC", "UFM", "UNHRC"]


@pytest.mark.parametrize("text", [
    "In his speech at the meeting with students of Tbilisi State University, the Minister "
    "spoke about the Council of Europe.",
    "In her speech at the opening of the exhibition, the Minister thanked the Embassy.",
])
def test_a_speech_at_no_session_is_none(text):
    assert _sessions(text) == []
