"""name_key: how names are compared."""

from __future__ import annotations

import pytest

from communique.reference import name_key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("the Republic of Côte d’Ivoire", "Republic of Cote d'Ivoire"),
        ("Türkiye", "turkiye"),
        ("U.S.", "US"),
        ("Guinea-Bissau", "Guinea Bissau"),
        ("Trinidad & Tobago", "Trinidad and Tobago"),
        ("  The   Gambia ", "Gambia"),
        ("Organization of Turki\u0441 States", "Organization of Turkic States"),
    ],
)
def test_equivalent_spellings_share_a_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(("a", "b"), [("Niger", "Nigeria"), ("Dominica", "Dominican Republic"),
                                      ("Guinea", "Equatorial Guinea")])
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


def test_the_inside_a_name_stays() -> None:
    assert name_key("Saint Vincent and the Grenadines").endswith("and the grenadines")
