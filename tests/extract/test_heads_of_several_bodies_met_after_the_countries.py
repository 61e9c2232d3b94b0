"""The heads of several organisations met, named with a plural office after the
countries' officials ("held meetings with ..., and the secretaries-general of A and
B"): the plural office is an organisation's like the singular one, so there is one
meeting with each organisation besides each country's (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str, issuer: str = "MNG", date: str = "2023-12-28"):
    recs = extract_text(text, issuer=issuer, date=date).records
    return sorted((tuple(r.to), tuple(r.organizations), r.date.start if r.date else None)
                  for r in recs if r.type == "meeting")


@pytest.mark.parametrize("text, countries, orgs", [
    ("This year the Minister held meetings with the foreign ministers of Chile and Peru, "
     "and the secretaries-general of the Organization of American States and the "
     "Andean Community.", ["CHL", "PER"], ["ANDEAN", "OAS"]),
    ("Over the year our Foreign Minister had bilateral meetings with the Prime Ministers "
     "of Fiji and Samoa, as well as the Secretaries General of the Pacific Islands Forum "
     "and ASEAN.", ["FJI", "WSM"], ["ASEAN", "PIF"]),
    ("In 2023 the Minister held meetings with the foreign ministers of Chad and Niger, and "
     "the Secretaries-General of ECOWAS and the African Union.", ["NER", "TCD"],
     ["AU", "ECOWAS"]),
    ("In 2023 the Minister held meetings with the foreign ministers of Chad and Niger and "
     "the secretaries general of ECOWAS and the African Union.", ["NER", "TCD"],
     ["AU", "ECOWAS"]),
    ("In 2023 the Minister held separate meetings with the Foreign Minister of Kenya and "
     "the Secretaries-General of the Commonwealth and the African Union.", ["KEN"],
     ["AU", "COMMONWEALTH"]),
    ("In 2023 the Minister held talks with his counterparts from Ghana and Senegal and "
     "the directors-general of the WHO and the WTO.", ["GHA", "SEN"], ["WHO", "WTO"]),
])
def test_each_body_headed_is_met_with_each_country(text, countries, orgs):
    want = sorted([((c,), (), "2023") for c in countries] + [((), (o,), "2023") for o in orgs])
    assert _meetings(text) == want


@pytest.mark.parametrize("text", [
    "In 2023 the Minister met the Foreign Minister of Kenya and the general secretaries "
    "of its two ruling parties.",
    "In 2023 the Minister met the Foreign Minister of Kenya and the secretaries-general "
    "of the ministries of trade and energy.",
])
def test_heads_of_no_organisation_add_no_meeting(text):
    # (the Kenyan meeting is read twice there, as before this rule: only the absence
    # of a meeting with an organisation is asserted)
    assert sorted(set(_meetings(text))) == [(("KEN",), (), "2023")]
