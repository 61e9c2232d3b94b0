"""The head of an organisation talked with after the topic ("In a phone call, the
Minister discussed Gaza with the Secretary General of the United Nations", "held talks on
Sudan with A and with the Secretary-General of the Arab League"): a call or meeting with
the organisation, beside the countries' (sentences of our own)."""

from __future__ import annotations

import pytest

HEAD = "Vienna, 10 May 2024\n\nThe Ministry of Foreign Affairs informs as follows.\n\n"


@pytest.mark.parametrize(("text", "kind", "sides"), [
    ("In separate phone calls on Wednesday, the Minister discussed the crisis with the "
     "Italian Foreign Minister and with the NATO Secretary General.", "call", [(), ("ITA",)]),
    ("On Wednesday the Minister held talks on the situation in Sudan with the Foreign "
     "Minister of Kenya and with the Secretary-General of the Arab League.", "meeting",
     [(), ("KEN",)]),
    ("In a phone call on Wednesday, the Minister discussed Gaza with the Secretary General "
     "of the United Nations.", "call", [()]),
    ("During phone calls on Wednesday, the Minister discussed the crisis with the EU High "
     "Representative and the Foreign Minister of Spain.", "call", [(), ("ESP",)]),
])
def test_the_organisation_is_a_partner(ex, text, kind, sides):
    got = ex(HEAD + text, issuer="AUT", date="2024-05-10", types=["meeting", "call"])
    assert {t for t, _f, _to, _d in got} == {kind}
    assert sorted(to for _t, _f, to, _d in got) == sides


def test_an_organisation_in_the_topic_is_none(ex):
    text = ("On Wednesday the Minister held talks on the NATO summit with the Foreign "
            "Minister of Kenya.")
    got = ex(HEAD + text, issuer="AUT", date="2024-05-10", types=["meeting", "call"])
    assert got == [("meeting", ("AUT",), ("KEN",), "2024-05-08")]
