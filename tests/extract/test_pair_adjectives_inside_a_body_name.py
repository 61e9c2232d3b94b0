"""A bilateral body named by its two sides' adjectives ("the Intergovernmental
Polish-Kenyan Commission on Cooperation", "the Kenyan-Polish Joint Council") has
those two sides as its partners, wherever the adjectives stand in the name, not
the partner the text spoke of before (sentences of our own)."""

from __future__ import annotations

import pytest

HEAD = ("Warsaw, 20 December 2024\n\nIn July, the President of Ghana paid a state visit "
        "to Poland.\n\n")


@pytest.mark.parametrize("text", [
    "The 12th meeting of the Intergovernmental Polish-Kenyan Commission on Economic "
    "Cooperation was held in Nairobi in October.",
    "In October, the Joint Kenyan–Polish Commission for Trade met in Nairobi.",
    "The Intergovernmental Polish-Kenyan Commission held its 12th session in Nairobi in "
    "October.",
    "In October, Nairobi hosted the 12th session of the Polish-Kenyan Intergovernmental "
    "Commission.",
])
def test_the_adjectives_inside_the_name_are_the_partners(ex, text):
    got = ex(HEAD + text, issuer="POL", date="2024-12-20", types={"commission"})
    assert got == [("commission", ("POL",), ("KEN",), "2024-10")], got


@pytest.mark.parametrize("text", [
    # a country's own body: no bilateral session, no partner from its adjective alone
    "The Polish Commission on Human Rights published its annual report in October.",
    # the adjective of a person's origin after a hyphen is no side ("Kenyan-born")
    "The Kenyan-born chair of the Commission spoke in Warsaw in October.",
])
def test_no_pair_no_bilateral_commission(ex, text):
    got = ex(HEAD + text, issuer="POL", date="2024-12-20", types={"commission"})
    assert ("commission", ("POL",), ("KEN",), "2024-10") not in got, got


def test_the_chair_is_the_country_named_last_before_the_chairmanship(ex):
    text = ("Warsaw, 20 December 2024\n\nThe ministers reviewed the work of the Kenyan-Polish "
            "Joint Commission and backed each other in the United Nations, as Kenya assumes "
            "the chairmanship of the Committee of Permanent Representatives in 2025.")
    got = [r for r in ex(text, issuer="POL", date="2024-12-20", types={"chairmanship"})]
    assert [g[1] for g in got] == [("KEN",)], got
