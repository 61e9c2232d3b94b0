"""A country's adjective counts as the country when a role word follows it ("the
Moroccan counterpart", "the Georgian side", "the Bulgarian-Georgian
intergovernmental commission"), never because a role word hides inside another
word ("working" holds "king", "intergovernmental" holds "government")
(sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract._recognise import _BODY_AFTER, _ROLE_AFTER


@pytest.mark.parametrize("after", [
    " working visit to Rabat", " walking tour of the old town", " taking part in the fair",
    " booking office", " interpreters were present",
])
def test_a_role_word_inside_another_word_is_none(after):
    assert _ROLE_AFTER.match(after) is None


@pytest.mark.parametrize("after", [
    " counterpart", " side", " Foreign Minister", " Deputy Prime Minister", " King",
    ", and Latvian counterparts",
])
def test_a_role_word_after_the_adjective_still_counts(after):
    assert _ROLE_AFTER.match(after) is not None


@pytest.mark.parametrize("after", [
    " intergovernmental commission", " joint committee", "-Georgian intergovernmental commission",
    " Joint Commission", "-Polish Joint Commission",
])
def test_a_bilateral_body_after_the_adjective_counts(after):
    assert _BODY_AFTER.match(after) is not None


def test_a_pair_body_in_lower_case_gives_its_partner(ex):
    text = ("The session of the Bulgarian-Georgian intergovernmental commission on economic "
            "cooperation took place in Tbilisi on 15 May.")
    records = ex(text, issuer="BGR", date="2025-06-30", types={"commission"})
    assert len(records) == 1 and "GEO" in records[0][2]
