"""An organisation's official as the subject of an active call ("The EU High
Representative phoned the Minister", "UN Secretary-General A called Foreign Minister
B") placed it: no country calls, the issuer is called. An organisation's official
called, or calling, in the passive ("called the UN High Commissioner for Human Rights",
"was called by the UN High Commissioner") is a call with the organisation, which the
title alone used to miss (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _calls(text: str) -> list[tuple]:
    recs = extract_text(text, issuer="NOR", date="2024-05-10").records
    return [(r.from_, r.to, bool(r.organizations), r.date.start) for r in recs
            if r.type == "call"]


@pytest.mark.parametrize("text", [
    "UN Secretary-General António Guterres called Foreign Minister Holm on 7 May.",
    "The EU High Representative phoned the Minister on 7 May.",
    "On 7 May the NATO Secretary General telephoned Prime Minister Dahl.",
    "On 7 May the Minister was called by the UN High Commissioner for Human Rights.",
])
def test_the_organisation_called(text: str) -> None:
    assert _calls(text) == [([], ["NOR"], True, "2024-05-07")]


@pytest.mark.parametrize("text", [
    "The Minister called the UN High Commissioner for Human Rights on 7 May.",
    "On 7 May Foreign Minister Holm phoned the Secretary-General of the United Nations.",
    "The Minister rang the European Commissioner for Trade on 7 May.",
])
def test_the_issuer_called(text: str) -> None:
    assert _calls(text) == [(["NOR"], [], True, "2024-05-07")]


def test_a_countrys_official_called() -> None:
    assert _calls("The Foreign Minister of Estonia called the Minister on 7 May.") == [
        (["EST"], ["NOR"], False, "2024-05-07")]
