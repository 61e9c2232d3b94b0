"""A signing told first in the perfect with no day ("have signed a memorandum in
Doha") and then with its day ("signed the MoU on Friday") is one signing on that
day, not a second one on the page's day (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _signings(text: str) -> list[str | None]:
    recs = extract_text(text, issuer="BGD", date="2022").records
    return [r.date.start for r in recs if r.type == "agreement"]


@pytest.mark.parametrize("text", [
    "Dhaka, 19 November 2022\n\nBangladesh and Qatar have signed a memorandum of "
    "understanding in Doha.\n\nForeign Minister A and Minister of State B signed the MoU on "
    "Friday, the ministry said.\n",
    "Dhaka, 19 November 2022\n\nBangladesh has signed an agreement on labour with Qatar.\n\n"
    "The agreement was signed in Doha on 18 November by the two labour ministers.\n",
    "Dhaka, 19 November 2022\n\nBangladesh and Qatar have just signed a visa deal.\n\nThe "
    "two foreign ministers signed the agreement on Friday in Doha.\n",
])
def test_the_lead_is_the_signing_told_later(text: str) -> None:
    assert _signings(text) == ["2022-11-18"]


def test_a_signing_weeks_before_is_another_one() -> None:
    text = ("Dhaka, 19 November 2022\n\nBangladesh and Qatar have signed a visa deal.\n\n"
            "The two ministers signed a labour agreement on 2 October in Doha.\n")
    assert sorted(_signings(text)) == ["2022-10-02", "2022-11-19"]


@pytest.mark.parametrize("text", [
    "Dhaka, 19 November 2022\n\nA memorandum of understanding on fisheries has been signed "
    "between Bangladesh and Qatar.\n\nThe two ministers signed the MoU on Friday in Doha.\n",
    "Dhaka, 19 November 2022\n\nAn agreement on visas has just been signed by Bangladesh and "
    "Qatar.\n\nThe foreign ministers signed the agreement on 18 November in Doha.\n",
])
def test_a_lead_in_the_perfect_passive_is_the_signing_told_later(text: str) -> None:
    assert _signings(text) == ["2022-11-18"]


def test_a_perfect_passive_lead_weeks_before_is_another_one() -> None:
    text = ("Dhaka, 19 November 2022\n\nA visa deal has been signed between Bangladesh and "
            "Qatar.\n\nThe two ministers signed a labour agreement on 2 October in Doha.\n")
    assert sorted(_signings(text)) == ["2022-10-02", "2022-11-19"]
