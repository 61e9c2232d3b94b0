"""More ways ministries word a meeting or a session attended (sentences of
our own, several phrasings each)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _got(text: str, typ: str) -> list[tuple[list[str], list[str]]]:
    return [(r.to, r.organizations) for r in extract_text(text, issuer="ESP",
                                                         date="2025-05-06").records
            if r.type == typ]


@pytest.mark.parametrize("text", [
    "The Minister also had bilateral encounters with the ministers of Croatia, Slovenia "
    "and Latvia.",
    "On the margins, the Minister held brief encounters with her colleagues from Croatia, "
    "Slovenia and Latvia.",
])
def test_encounters_with_several_ministers_are_one_meeting_each(text):
    assert sorted(to for to, _ in _got(text, "meeting")) == [["HRV"], ["LVA"], ["SVN"]]


@pytest.mark.parametrize("text", [
    "The Minister welcomed her Finnish colleague to Madrid.",
    "Minister Ruiz welcomed her colleague from Finland to Madrid on Monday.",
])
def test_a_colleague_welcomed_is_met(text):
    assert _got(text, "meeting") == [(["FIN"], [])]


@pytest.mark.parametrize(("text", "org"), [
    ("The Minister joined her counterparts for the NATO foreign ministers' meeting in "
     "Brussels.", "NATO"),
    ("Minister Ruiz joined fellow ministers at the session of the OSCE Ministerial Council.",
     "OSCE MC"),
])
def test_joining_colleagues_at_a_meeting_is_attending_it(text, org):
    assert _got(text, "multilateral") == [([], [org])]


@pytest.mark.parametrize("text", [
    "Austria chaired the Forum for Security Cooperation from September to December.",
    "The Minister joined the chorus of criticism of the decision.",
])
def test_chairing_for_a_term_or_joining_a_chorus_is_no_session(text):
    assert _got(text, "multilateral") == []
