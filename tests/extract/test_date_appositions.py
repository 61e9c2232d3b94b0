"""A country named in an apposition to the date ("On 24 February, the second
anniversary of the invasion of X, ...") marks what the day is, it is not the
visitor."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, issuer, host", [
    ("On 24 February, the second anniversary of Russia's full-scale invasion, the Prime "
     "Minister travelled to Kyiv.", "CAN", "UKR"),
    ("On 9 May, the day of Europe, the Foreign Minister travelled to Chisinau.", "ROU", "MDA"),
    ("On 1 October, the anniversary of China's founding, the Minister visited Hanoi.",
     "LAO", "VNM"),
])
def test_a_country_in_an_apposition_to_the_date_is_not_the_visitor(ex, text, issuer, host):
    got = ex(text, issuer=issuer, types={"visit"})
    assert [(r[1], r[2]) for r in got] == [((issuer,), (host,))]


def test_a_list_of_visitors_after_the_year_stays_the_visitors(ex):
    text = ("In 2021, the foreign ministers of Hungary and Croatia visited Azerbaijan.")
    got = ex(text, issuer="AZE", types={"visit"})
    assert sorted(r[1][0] for r in got) == ["HRV", "HUN"]
