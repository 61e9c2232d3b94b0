"""The country an envoy's remit names with "to" ("the UN Special Envoy to Syria", "the
Chinese Special Envoy to Yemen") is no side met: the envoy's own side is (texts of our
own)."""

from __future__ import annotations

import pytest

from .probe_support import event, probe, records

_CASES = [
    probe(("The Emir also met the UN Special Envoy to Syria, Anna Berg, on 2 May.", "QAT"),
          (event("meeting", "QAT", "", "2013-05-02", "UN"),)),
    probe(("On 4 May the Minister received the Chinese Special Envoy to Yemen, Mr Li "
           "Wei.", "OMN"),
          (event("meeting", "OMN", "CHN", "2013-05-04", ""),)),
    probe(("The Foreign Minister held talks with the EU Special Envoy to the Sahel on 3 "
           "March.", "SEN"),
          (event("meeting", "SEN", "", "2013-03-03", "EU"),)),
    probe(("On 9 April the Minister met with the Personal Envoy to Western Sahara of the "
           "UN Secretary-General.", "DZA"),
          (event("meeting", "DZA", "", "2013-04-09", "UN"),)),
    probe(("The Minister met the Special Envoy of the President of Kenya on 2 May.", "UGA"),
          (event("meeting", "UGA", "KEN", "2013-05-02", ""),)),
]


@pytest.mark.parametrize("text,issuer,expected", _CASES)
def test_the_remit_is_no_side(text: str, issuer: str, expected: list[tuple]) -> None:
    assert records(text, issuer, {"meeting"}, orgs=True, date="2013-12-11") == expected
