"""A call received from an organisation's official ("received a phone call from the UN
Secretary-General") is placed by the organisation's side: no country calls, the issuer
is the callee (``from: [], to: [issuer]``); a call the issuer placed to the official
keeps the issuer first (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _calls(text: str) -> list[tuple]:
    recs = extract_text(text, issuer="NOR", date="2025-05-10").records
    return [(r.from_, r.to, r.organizations, r.date.start) for r in recs if r.type == "call"]


@pytest.mark.parametrize("text, org", [
    ("On 7 May, Foreign Minister Holm received a call from UN Secretary-General "
     "António Guterres.", "UN"),
    ("On 7 May, Foreign Minister Holm received a phone call from the Secretary-General "
     "of the United Nations, António Guterres.", "UN"),
    ("On 7 May, the Minister received a telephone call from the High Representative of "
     "the European Union for Foreign Affairs and Security Policy, Kaja Kallas.", "EU"),
    ("On 7 May, the Prime Minister received a telephone call from NATO Secretary General "
     "Mark Rutte.", "NATO"),
    ("On 7 May, the Prime Minister received a telephone call from Mark Rutte, NATO "
     "Secretary General.", "NATO"),
])
def test_received_from_an_official(text: str, org: str) -> None:
    assert _calls(text) == [([], ["NOR"], [org], "2025-05-07")]


@pytest.mark.parametrize("text", [
    "On 7 May, Foreign Minister Holm had a phone call with UN Secretary-General "
    "António Guterres.",
    "On 7 May, Foreign Minister Holm called the Secretary-General of the United Nations.",
    "On 7 May, Foreign Minister Holm returned a call from the Secretary-General of the "
    "United Nations.",
])
def test_the_issuer_calling_stays_first(text: str) -> None:
    assert _calls(text) == [(["NOR"], [], ["UN"], "2025-05-07")]


def test_a_country_caller_unchanged() -> None:
    assert _calls("On 7 May, Foreign Minister Holm received a phone call from her Swedish "
                  "counterpart.") == [(["SWE"], ["NOR"], [], "2025-05-07")]
