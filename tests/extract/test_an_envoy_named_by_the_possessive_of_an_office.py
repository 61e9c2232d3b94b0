"""An envoy named by the possessive of the office that sent him ("welcomed the Prime
Minister of Australia's special envoy", "greeted the President of the Republic of
Korea's special envoy") is a meeting with that office's country; the envoy's remarks
are none (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[list[str]]:
    recs = extract_text(text, issuer="FJI", date="2024-05-06").records
    return [list(r.to) + list(r.organizations) for r in recs if r.type == "meeting"]


@pytest.mark.parametrize(("text", "side"), [
    ("On 4 May the President welcomed the Prime Minister of Australia's special envoy, "
     "Mr John Smith.", "AUS"),
    ("On 4 May the Foreign Minister greeted the President of the Republic of Korea's "
     "special envoy in Suva.", "KOR"),
    ("The President welcomes the Emir of Qatar's personal envoy, Sheikh Ali Al Thani.",
     "QAT"),
    ("The Minister had welcomed the King of Tonga's special envoy on Monday.", "TON"),
    ("The Minister welcomed the Secretary-General of the United Nations's special envoy, "
     "Mr Li Wei.", "UN"),
])
def test_an_envoy_of_an_office_welcomed_is_met(text: str, side: str) -> None:
    assert _meetings(text) == [[side]]


def test_the_envoys_remarks_welcomed_are_no_meeting() -> None:
    assert _meetings("The Minister welcomed the Prime Minister of Australia's special "
                     "envoy's remarks on climate.") == []
