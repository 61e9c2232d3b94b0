"""Where an organisation's mission or an envoy is posted is no side of a meeting
with its head (sentences of our own): "the Head of the OSCE Mission to Moldova" is
the OSCE's, "the Head of the Delegation of the European Union to Armenia" the EU's,
and "the Ambassador of the Republic of Korea to Armenia" Korea's (a country's name
with "of" in it)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _met(text: str) -> list[tuple[list[str], list[str]]]:
    res = extract_text(text, issuer="GEO", date="2024-03-14")
    return [(r.to, r.organizations) for r in res.records if r.type == "meeting"]


@pytest.mark.parametrize(("text", "org"), [
    ("The Minister held a meeting with the newly appointed Head of the OSCE Mission to "
     "Moldova on Monday.", "OSCE"),
    ("The Minister met the Head of the EU Delegation to Armenia, Ambassador Vassilis "
     "Maragos, on Monday.", "EU"),
    ("On Monday the Deputy Minister received the Head of the Delegation of the European "
     "Union to Armenia.", "EU"),
    ("The Minister met the Head of the IOM Office in Azerbaijan on Monday.", "IOM"),
])
def test_the_post_of_an_organisations_mission_is_no_side(text, org):
    assert _met(text) == [([], [org])]


@pytest.mark.parametrize(("text", "envoy"), [
    ("The Minister met the Ambassador of the Republic of Korea to Armenia on Monday.", "KOR"),
    ("The Minister received the Ambassador of the United States of America to Armenia on "
     "Monday.", "USA"),
    ("The Minister met the Ambassador of Armenia to Georgia on Monday.", "ARM"),
])
def test_an_envoy_posted_elsewhere_is_of_the_country_served(text, envoy):
    assert _met(text) == [([envoy], [])]


@pytest.mark.parametrize(("text", "envoy"), [
    ("The Minister received the Ambassador of the Republic of Korea accredited to Armenia "
     "on Monday.", "KOR"),
    ("The Minister met the non-resident Ambassador of Japan accredited to Georgia and "
     "Armenia on Monday.", "JPN"),
    ("The Minister met the Korean Ambassador newly accredited to Armenia on Monday.", "KOR"),
])
def test_an_envoy_accredited_elsewhere_is_of_the_country_served(text, envoy):
    # generality audit (fixA): "accredited to" names the posting too
    assert _met(text) == [([envoy], [])]


def test_an_envoy_accredited_without_a_posting_keeps_the_country_served():
    assert _met("The Minister met the newly accredited Ambassador of Japan on Monday.") \
        == [(["JPN"], [])]
