""""today and tomorrow" set beside the two dates they are ("today and tomorrow, 10-11
February 2022") names one stay of those two days, as "today, 10 February" names one
day: one record dated by the dates written (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str, issuer: str, date: str) -> list[tuple]:
    return [(tuple(r.to), r.date.start, r.date.end)
            for r in extract_text(text, issuer=issuer, date=date).records if r.type == "visit"]


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    ("Ana Ruiz, Deputy Minister for Foreign Affairs, will be visiting Peru today and "
     "tomorrow, 10-11 February 2022.", "ESP", [(("PER",), "2022-02-10", "2022-02-11")]),
    ("Minister Dara Holm is visiting Kenya today and tomorrow, 3 and 4 May 2023.", "NLD",
     [(("KEN",), "2023-05-03", "2023-05-04")]),
    ("The Foreign Secretary will be paying a working visit to Ghana today and tomorrow "
     "(7-8 June 2021).", "GBR", [(("GHA",), "2021-06-07", "2021-06-08")]),
    ("State Secretary Lena Berg is visiting Chile today and tomorrow, 21-22 March.", "SWE",
     [(("CHL",), "2024-03-21", "2024-03-22")]),
])
def test_one_stay_of_the_dates_written(text, issuer, expected):
    year = expected[0][1][:4]
    assert _visits(text, issuer, year) == expected
