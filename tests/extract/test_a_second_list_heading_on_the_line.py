"""A review's lists told inline: a second heading and its items after a sentence's stop on
the same line ("Incoming visits: A (March), B (June). Outgoing visits: C (May), D
(October).") opens its own list; a heading on the visitors ("Foreign ministers who
visited Croatia:", "Presidents who visited Zagreb:", "Heads of state who came to our
country:") lists guests (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_IN = [("visit", ("AUT",), ("HRV",), "2022-06"), ("visit", ("SVN",), ("HRV",), "2022-03")]
_OUT = [("visit", ("HRV",), ("DEU",), "2022-10"), ("visit", ("HRV",), ("ITA",), "2022-05")]


def _visits(text: str) -> list[tuple]:
    return records(text, "HRV", {"visit"}, date="2022")


@pytest.mark.parametrize("second", [
    "Outgoing visits: Italy (May), Germany (October).",
    "Visits abroad: Italy (May), Germany (October).",
    "Visits of the Minister abroad: Italy (May), Germany (October).",
    "Official visits of the Minister: Italy (May), Germany (October).",
])
def test_the_second_heading_opens_its_own_list(second: str) -> None:
    text = "Incoming visits: Slovenia (March), Austria (June). " + second
    assert _visits(text) == sorted(_IN + _OUT)


@pytest.mark.parametrize("heading", [
    "Foreign ministers who visited Croatia:",
    "Foreign ministers who came to Croatia:",
    "Presidents who visited Zagreb:",
    "Heads of state who visited our country:",
])
def test_a_heading_on_the_visitors_lists_guests(heading: str) -> None:
    assert _visits(f"{heading} Slovenia (March), Austria (June).") == _IN


def test_a_sentence_with_its_own_partner_before_the_colon_is_no_list() -> None:
    text = ("The Minister visited Italy in May. Consultations were held with Ukraine twice: "
            "in February and in October.")
    assert records(text, "HRV", {"consultation"}, date="2022") == [
        ("consultation", ("HRV",), ("UKR",), "2022-02"),
        ("consultation", ("HRV",), ("UKR",), "2022-10")]
