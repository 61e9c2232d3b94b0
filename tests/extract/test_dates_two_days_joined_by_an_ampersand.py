"""Two days of one occasion joined by an ampersand ("on 14 & 15 March", "March 11 & 12,
2024", "on 3&4 May") are one stay from the first day, as with "and" (texts of our
own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_CASES = [
    ("IND", "The Minister of State went to Nepal on 14 & 15 March 2019 for talks.", "NPL",
     "2019-03-14", "2019-03-15"),
    ("USA", "Secretary Blinken travelled to Peru March 11 & 12, 2024 for talks.", "PER",
     "2024-03-11", "2024-03-12"),
    ("KEN", "The Cabinet Secretary paid an official visit to Ghana on 3&4 May 2022.", "GHA",
     "2022-05-03", "2022-05-04"),
    ("FRA", "Le ministre was in Morocco. On 21 & 22 October 2021 the Minister visited "
     "Tunisia.", "TUN", "2021-10-21", "2021-10-22"),
]


@pytest.mark.parametrize(("issuer", "text", "host", "first", "last"), _CASES)
def test_two_days_with_an_ampersand(issuer: str, text: str, host: str, first: str,
                                    last: str) -> None:
    visits = [r for r in extract_text(text, issuer=issuer).records
              if r.type == "visit" and r.to == [host]]
    assert [(r.date.start, r.date.end) for r in visits] == [(first, last)]
