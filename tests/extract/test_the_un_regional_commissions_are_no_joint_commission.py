"""The UN's regional commissions named in a sentence ("the UN's Economic Commission for
Latin America", "the Economic and Social Commission for Asia and the Pacific") are bodies
of the UN, not a joint economic commission of the countries named around them. A joint
or intergovernmental economic commission of two states is still a commission (sentences
of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_TYPES = frozenset({"commission", "meeting"})


@pytest.mark.parametrize("text, issuer", [
    ("He welcomed the backing of the United States for the plan that Mexico drew up with "
     "the UN's Economic Commission for Latin America (CEPAL).", "MEX"),
    ("Chile and Argentina presented a study by the Economic Commission for Latin America "
     "in Santiago.", "CHL"),
    ("Kazakhstan and Kyrgyzstan worked with the Economic and Social Commission for Asia and "
     "the Pacific on transit corridors.", "KAZ"),
    ("Ghana and Togo endorsed the report of the UN Economic Commission for Africa on trade.",
     "GHA"),
])
def test_a_regional_commission_of_the_un_is_no_commission_of_two(text: str,
                                                                 issuer: str) -> None:
    assert records(text, issuer, _TYPES, date="2020") == []


@pytest.mark.parametrize("text, issuer, expected", [
    ("The Joint Economic Commission of Chile and Argentina met in Santiago on 3 May.", "CHL",
     [("commission", ("CHL",), ("ARG",), "2020-05-03")]),
    ("On 9 June the Intergovernmental Economic Commission between Kazakhstan and Kyrgyzstan "
     "held its fifth session in Astana.", "KAZ",
     [("commission", ("KAZ",), ("KGZ",), "2020-06-09")]),
])
def test_a_commission_of_two_states_is_still_one(text: str, issuer: str,
                                                 expected: list) -> None:
    assert records(text, issuer, _TYPES, date="2020") == expected
