"""The heads of organisations listed among the officials of countries met ("met the
Japanese Ambassador to the UN, the General Secretaries of the OIC and the AU, as
well as the Danish Secretary of State") are a meeting with each organisation headed;
the body an envoy is posted to is none, and "General" before "Secretaries" is no
military rank that counts one more person (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _met(text):
    res = extract_text(text, issuer="MLT", date="2023")
    return sorted((tuple(r.to), tuple(r.organizations)) for r in res.records
                  if r.type == "meeting")


@pytest.mark.parametrize(("text", "met"), [
    ("He also met with the Japanese Ambassador to the UN, the General "
     "Secretaries of the Organisation of Islamic Cooperation and the African Union, as "
     "well as the Danish Secretary of State.",
     [((), ("AU",)), ((), ("OIC",)), (("DNK",), ()), (("JPN",), ())]),
    ("He also met with the Danish Secretary of State and the General Secretaries of the "
     "Organisation of Islamic Cooperation and the African Union.",
     [((), ("AU",)), ((), ("OIC",)), (("DNK",), ())]),
    ("He also met with the General Secretaries of the Organisation of Islamic Cooperation "
     "and the African Union, as well as the Danish Secretary of State.",
     [((), ("AU",)), ((), ("OIC",)), (("DNK",), ())]),
    ("She met the General Secretaries of the Gulf Cooperation Council and the League "
     "of Arab States.", [((), ("GCC",)), ((), ("LAS",))]),
    ("He also met with the Japanese Ambassador to the United Nations and the Secretary "
     "General of the Arab League.", [((), ("LAS",)), (("JPN",), ())]),
])
def test_each_body_whose_head_is_listed_is_met(text, met):
    assert _met(text) == met


@pytest.mark.parametrize("text", [
    "The Minister met the Kenyan Ambassador to the United Nations.",
    "The Minister met the Permanent Representative of Peru to the African Union.",
])
def test_the_body_an_envoy_is_posted_to_is_not_met(text):
    assert all(not orgs for _, orgs in _met(text))
