"""A year-end review is known by its title in many shapes: "Year-ender 2023",
"Highlights of 2023", "Diplomatic achievements of 2022", "2019: a year of ...",
"The year 2022 in diplomacy", "Balance of 2015", "Year-end press conference". A
readout whose title only names a year-end occasion or a span since a year is none."""

from __future__ import annotations

import pytest

from communique.extract._context import is_review

_BODY = ("\n\nThe Minister visited Germany and met the Chancellor. The Minister also "
         "received the Foreign Minister of Japan.\n")


@pytest.mark.parametrize("title", [
    "Year-ender 2023: Our Foreign Policy",
    "Foreign Office Year Ender 2023",
    "Highlights of 2023: the country's diplomacy",
    "Diplomatic achievements of 2022",
    "Key achievements of the Ministry of Foreign Affairs in 2018",
    "2019: a year of diplomatic successes",
    "Year-end press conference of the Foreign Minister",
    "Looking back at 2023",
    "The year 2022 in diplomacy",
    "Major diplomatic events of 2023",
    "2023 at a glance",
    "Balance of 2015",
    "A look back at the year 2021",
    "End of year statement by the Foreign Minister",
])
def test_review_titles_of_many_shapes(title):
    assert is_review(title + _BODY, 2023)


@pytest.mark.parametrize("title", [
    "Minister meets counterpart ahead of year-end holidays",
    "The Minister attended the year-end reception of the diplomatic corps",
    "Minister reviews achievements of the Joint Commission since 2019",
    "Highlights of the Minister's visit to Japan",
    "Minister hails successes of the summit in July 2023",
    "Events of the week: 12-16 May 2023",
])
def test_readout_titles_are_no_review(title):
    assert not is_review(title + _BODY, 2023)
