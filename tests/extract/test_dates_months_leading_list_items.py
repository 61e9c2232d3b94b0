"""Partners listed by month, each item led by its month: "In April the ministry held
consultations with Peru and Chile; in May, with Colombia", "In April, political
consultations were held with Peru and Bolivia, and in May with Colombia". The month
fronted at the sentence's start (after a dateline's dash too) is the first item's,
partners coordinated with the first share its month, and a month opening the next
item ("..., and in May with C") is not the partner before it's."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records


@pytest.mark.parametrize("text", [
    "In April the ministry held consultations with Peru and Chile; in May, with Colombia.",
    "In April the ministry held political consultations with Peru and Chile; in May, "
    "with Colombia.",
    "In April, political consultations were held with Peru and Chile, and in May with "
    "Colombia.",
    "OSLO, 30 December 2025 – In April the Ministry held consultations with Peru and "
    "Chile; in May, with Colombia.",
    "In April, the State Secretary held consultations with Peru and with Chile; in May, "
    "with Colombia.",
    "OSLO, 30 December 2025 – In April the Ministry held bilateral consultations with "
    "Peru and Chile; in May, with Colombia.",
])
def test_each_partner_takes_the_month_leading_its_item(text):
    assert records(text, "NOR", CORE, date="2025-12-30") == sorted(
        [event("consultation", "NOR", "PER", "2025-04"),
         event("consultation", "NOR", "CHL", "2025-04"),
         event("consultation", "NOR", "COL", "2025-05")])


@pytest.mark.parametrize("text", [
    "In April consultations were held with Peru, in May with Colombia and in June with "
    "Chile.",
    "In April the Deputy Minister held consultations with Peru, in May with Colombia and "
    "in June with Chile.",
])
def test_the_first_partner_takes_the_fronted_month_before_partners_with_their_own(text):
    assert records(text, "NOR", CORE, date="2025-12-30") == sorted(
        [event("consultation", "NOR", "PER", "2025-04"),
         event("consultation", "NOR", "COL", "2025-05"),
         event("consultation", "NOR", "CHL", "2025-06")])


def test_a_month_after_each_partner_stays_with_it():
    text = "Political consultations were held with Peru in April, and in May with Colombia."
    assert records(text, "NOR", CORE, date="2025-12-30") == sorted(
        [event("consultation", "NOR", "PER", "2025-04"),
         event("consultation", "NOR", "COL", "2025-05")])


def test_one_month_for_all_the_partners_listed():
    text = "In April, political consultations were held with Peru, Chile and Colombia."
    assert records(text, "NOR", CORE, date="2025-12-30") == sorted(
        [event("consultation", "NOR", c, "2025-04") for c in ("PER", "CHL", "COL")])
