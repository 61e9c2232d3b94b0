"""A call told as a briefing by telephone: "briefed his Dutch counterpart by phone
on the ruling", "updated ... over the phone" (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

HEAD = "Warsaw, 10 May 2024\n\n"


@pytest.mark.parametrize(("text", "to", "orgs"), [
    ("The Minister briefed his Dutch counterpart by phone on the ruling.", ("NLD",), ()),
    ("Later in the evening, the Minister briefed the Secretary General of NATO by telephone "
     "on the outcome of the talks.", (), ("NATO",)),
    ("The Minister updated the Foreign Minister of Lithuania over the phone on the summit "
     "preparations.", ("LTU",), ()),
    ("The State Secretary debriefed the Ambassador of Ukraine, Mr. Ivan Petrenko, via "
     "telephone after the meeting of the Council.", ("UKR",), ()),
])
def test_a_briefing_by_phone_is_a_call(text, to, orgs):
    recs = extract_text(HEAD + text, issuer="POL", date="2024-05-10").records
    calls = [(tuple(r.to), tuple(r.organizations)) for r in recs if r.type == "call"]
    assert calls == [(to, orgs)]


@pytest.mark.parametrize("text", [
    "The Minister briefed the Ambassador of Japan on the new phone regulations.",
    "The Minister briefed journalists on the talks with the Foreign Minister of Chile.",
    "The Minister informed the Ambassador of Japan about the telephone survey.",
])
def test_a_briefing_not_by_phone_is_no_call(ex, text):
    assert not ex(HEAD + text, issuer="POL", date="2024-05-10", types={"call"})


@pytest.mark.parametrize(("text", "to", "orgs"), [
    ("By telephone, the Minister briefed the Secretary General of NATO on the outcome of "
     "the talks.", (), ("NATO",)),
    ("By phone, the Minister later updated her Dutch counterpart on the ruling.", ("NLD",), ()),
    ("Over the phone, the State Secretary informed the Ambassador of Ukraine of the "
     "decision.", ("UKR",), ()),
    ("By telephone that evening, the Minister briefed the Foreign Minister of Lithuania on "
     "the summit.", ("LTU",), ()),
])
def test_the_means_first_then_the_briefing_is_a_call(text, to, orgs):
    recs = extract_text(HEAD + text, issuer="POL", date="2024-05-10").records
    calls = [(tuple(r.to), tuple(r.organizations)) for r in recs if r.type == "call"]
    assert calls == [(to, orgs)]


@pytest.mark.parametrize("text", [
    "By letter, the Minister informed the Foreign Minister of Lithuania of the decision.",
    "By phone or e-mail, the public was informed about the new visa rules.",
    "By telephone, the Minister briefed journalists on the talks with the Foreign Minister "
    "of Chile.",
])
def test_the_means_first_without_a_call_is_no_call(ex, text):
    assert not ex(HEAD + text, issuer="POL", date="2024-05-10", types={"call"})
