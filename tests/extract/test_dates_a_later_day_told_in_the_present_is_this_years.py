"""A day without a year that falls after the document's day, in a sentence told in the
present ("pays a visit to Kenya from 17 to 20 March", written on 16 March): this year's,
not last year's, which a sentence in the past still gets ("visited Damascus in December",
written in February) (sentences of our own)."""

from __future__ import annotations

import pytest

_HEAD = "Warsaw, 16 March 2023\n\n"


@pytest.mark.parametrize(("text", "kind", "host", "day"), [
    ("The Minister pays a visit to Kenya from 17 to 20 March.", "visit", "KEN", "2023-03-17"),
    ("The visit of the Deputy Minister to Kenya runs from 17 March until 19 March.", "visit",
     "KEN", "2023-03-17"),
    ("The State Secretary is in Tokyo from 18 to 20 March for talks with Japanese "
     "officials.", "visit", "JPN", "2023-03-18"),
    ("The session of the Poland-Kenya Joint Commission takes place in Nairobi on 20 March.",
     "commission", "KEN", "2023-03-20"),
    ("Foreign Minister Anna Nowak travels to Brazil on 22 March, where she meets President "
     "Lula.", "visit", "BRA", "2023-03-22"),
])
def test_a_later_day_in_the_present_is_this_years(ex, text, kind, host, day):
    got = ex(_HEAD + text, issuer="POL", date="2023", types=[kind])
    assert got == [(kind, ("POL",), (host,), day)]


def test_a_later_month_in_the_past_is_last_years(ex):
    got = ex("Warsaw, 16 February 2023\n\nThe Minister visited Damascus in December and met "
             "the Foreign Minister of Syria.", issuer="POL", date="2023", types=["visit"])
    assert got == [("visit", ("POL",), ("SYR",), "2022-12")]
