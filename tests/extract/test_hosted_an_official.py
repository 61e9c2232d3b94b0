"""One foreign official "hosted" by ours is a meeting ("hosted Japan's Minister for
Foreign Affairs, A, in Adelaide"); a session hosted, or a host named after "hosted
by", is not (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,to", [
    ("The Minister for Foreign Affairs, Senator Jane Doe, hosted Japan's Minister for "
     "Foreign Affairs, Takeshi Iwaya, in Adelaide yesterday for the ninth Australia-Japan "
     "Annual Foreign Ministers' Meeting.", "JPN"),
    ("The Minister hosted the visiting Foreign Minister of Chile in Canberra yesterday.",
     "CHL"),
    ("Yesterday in Perth the Prime Minister hosted the President of Indonesia.", "IDN"),
    ("The Minister hosted her Fijian counterpart at Parliament House yesterday.", "FJI"),
    ("The Deputy Prime Minister hosted Kenya's Prime Cabinet Secretary, Musalia Mudavadi, "
     "in Sydney yesterday.", "KEN"),
    ("Yesterday, Senator Jane Doe hosted New Zealand's Foreign Minister in Brisbane for "
     "talks on the Pacific.", "NZL"),
])
def test_an_official_hosted_is_a_meeting(ex, text, to):
    recs = ex(text, issuer="AUS", date="2025-07-15", types={"meeting"})
    assert recs == [("meeting", ("AUS",), (to,), "2025-07-14")]


@pytest.mark.parametrize("text", [
    "Australia hosted the Pacific Islands Forum Foreign Ministers' Meeting in Canberra "
    "yesterday.",
    "The Minister hosted the Ministerial Conference on Oceans in Perth yesterday.",
    "Yesterday the Minister attended a conference on the Pacific hosted by the French "
    "President in Paris.",
])
def test_a_session_hosted_or_a_host_after_by_is_no_meeting(ex, text):
    assert ex(text, issuer="AUS", date="2025-07-15", types={"meeting"}) == []
