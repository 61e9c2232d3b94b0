"""The countries a meeting was about are no counterparts: "on the consequences
of the withdrawal of A and B", "on the implications of ...", talks that
"covered the elections in A and B". The organisation met is the side (texts of
our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _met(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    recs = extract_text(text, issuer="GHA", date="2025-11-14").records
    return sorted((tuple(r.to), tuple(r.organizations)) for r in recs if r.type == "meeting")


@pytest.mark.parametrize(("text", "org"), [
    ("The Minister held talks with a delegation of the African Union Commission, led by its "
     "Deputy Chairperson, on the consequences of the withdrawal of Sudan and Chad.", "AUC"),
    ("A delegation of the ECOWAS Commission was received today by the Minister on the "
     "implications of the exit of Mali and Niger from the bloc.", "ECOWAS"),
    ("The Minister met the Secretary-General of the Commonwealth on the impact of the "
     "floods in Malawi and Mozambique.", "COMMONWEALTH"),
    ("Talks with the Secretary-General of the Commonwealth covered the elections in "
     "Cameroon and Gabon.", "COMMONWEALTH"),
])
def test_the_topics_countries_are_not_met(text: str, org: str) -> None:
    assert _met(text) == [((), (org,))]


@pytest.mark.parametrize(("text", "met"), [
    # the country met is named before the topic
    ("The Minister met the Foreign Minister of Chile on the consequences of the drought in "
     "Bolivia.", [(("CHL",), ())]),
    # a country after "on the occasion of" is still the partner
    ("The Minister met the Ambassador of Peru on the occasion of the national day of Peru.",
     [(("PER",), ())]),
])
def test_partners_before_the_topic_stay(text, met) -> None:
    assert _met(text) == met
