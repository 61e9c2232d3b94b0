"""A session the sides pledged, vowed, promised, undertook or committed themselves to
hold ("pledged to conduct regular consultations", "vowed to hold political
consultations") is an undertaking, not an occasion; a pledge told beside a session
that was held leaves it held (texts of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Under the new framework, Chile and Peru pledged to conduct regular consultations on "
    "regional security.",
    "Chile and Peru vowed to hold political consultations every year.",
    "Both sides committed themselves to holding consultations between their foreign "
    "ministries.",
    "The two ministers promised to convene political consultations at deputy level.",
    "Chile and Peru undertook to hold consultations on consular matters twice a year.",
])
def test_an_undertaking_is_no_session(ex, text):
    assert ex(text, issuer="CHL", date="2022", types=["consultation"]) == []


@pytest.mark.parametrize("text", [
    "Chile and Peru, which pledged closer ties, held political consultations in Lima on "
    "3 May 2022.",
    "Chile and Peru held political consultations in Lima on 3 May 2022 and pledged to "
    "deepen their cooperation.",
])
def test_a_pledge_beside_a_session_held_leaves_it_held(ex, text):
    assert ex(text, issuer="CHL", date="2022", types=["consultation"]) == [
        ("consultation", ("CHL",), ("PER",), "2022-05-03")]
