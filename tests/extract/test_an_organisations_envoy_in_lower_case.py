"""An organisation's envoy written in lower case ("the UN chief's special envoy for
Yemen", "the OSCE's personal envoy for Georgia") is that organisation's
official, and the country of the envoy's remit is no side (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _sides(text: str) -> list[tuple[list[str], list[str]]]:
    recs = extract_text(text, issuer="RUS", date="2016-09-08").records
    return [(list(r.to), list(r.organizations)) for r in recs if r.type == "meeting"]


@pytest.mark.parametrize(("text", "org"), [
    ("The Foreign Minister met the UN's special envoy for Yemen, Hans Lund, in Muscat on "
     "3 May.", "UN"),
    ("In Moscow on Tuesday, Minister Lavrov and Ana Costa, the UN Secretary-General's "
     "special representative for Libya, held talks.", "UN"),
    ("In Vienna, the Deputy Minister received the OSCE's special envoy for Moldova on "
     "12 June.", "OSCE"),
])
def test_the_envoy_is_the_organisations(text: str, org: str) -> None:
    assert _sides(text) == [([], [org])]


def test_a_countrys_envoy_stays_that_countrys() -> None:
    assert _sides("The Foreign Minister met Kenya's special envoy for Sudan in Nairobi on "
                  "3 May.") == [(["KEN"], [])]
