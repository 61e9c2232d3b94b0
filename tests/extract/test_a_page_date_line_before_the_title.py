"""A page's date on a line of its own above the title ("Date: 2024-05-06",
"2021-09-07", "Posted on 11 October 2023") is no title and no sentence: the title
below it still gives the readout its partner (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract._readings import date_line_only

_BODY = ("Minister on a working visit to Equatorial Guinea\n\n"
         "On Sunday 5 May 2024, opening her stay, the Minister held bilateral talks with her "
         "counterpart, Mr Juan Nsue, Minister of Foreign Affairs.\n")


@pytest.mark.parametrize("line", [
    "Date: 2024-05-06", "2024-05-06", "6 May 2024 13:53", "Posted on 6 May 2024",
    "Monday, 6 May 2024.", "[06/05/2024 10:15]",
])
def test_a_date_line_above_the_title_leaves_the_title_its_partner(ex, line):
    got = ex(line + "\n\n" + _BODY, issuer="ZAF", date="2024-05-06", types=["meeting"])
    assert got == [("meeting", ("ZAF",), ("GNQ",), "2024-05-05")]


@pytest.mark.parametrize("line", [
    "Paris, 5 May 2024", "The Minister met the Ambassador of Peru on 5 May 2024",
    "In 2024", "Week of contacts, 27 Sep. 2021 - 1 Oct. 2021 and more to come",
])
def test_a_line_with_more_than_a_date_is_no_date_line(line):
    assert not date_line_only(line, 0, len(line))
