"""A review's stops set apart by semicolons, each with its time, the verb said once
("visited Chile in March; Peru in June; and Bolivia in October"): a visit to each at its
own time; a clause after the semicolon with a verb of its own is not a stop (sentences of
our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_THREE = [("visit", ("PRY",), ("BOL",), "2021-10"), ("visit", ("PRY",), ("CHL",), "2021-03"),
          ("visit", ("PRY",), ("PER",), "2021-06")]


@pytest.mark.parametrize("text", [
    "In the year under review, the Minister visited Chile in March; Peru in June; and "
    "Bolivia in October.",
    "The Minister travelled to Chile in March; to Peru in June; and to Bolivia in October.",
    "The Minister visited Chile in March; Peru in June; Bolivia in October.",
    "The Foreign Minister paid visits to Chile in March; Peru in June; and Bolivia in "
    "October.",
])
def test_each_stop_at_its_own_time(text: str) -> None:
    assert records(text, "PRY", {"visit"}, date="2021") == _THREE


def test_days_set_apart_by_a_semicolon() -> None:
    assert records("The Minister visited Chile on 3 March; Peru on 9 June.", "PRY", {"visit"},
                   date="2021") == [("visit", ("PRY",), ("CHL",), "2021-03-03"),
                                    ("visit", ("PRY",), ("PER",), "2021-06-09")]


def test_a_clause_with_its_own_verb_is_no_stop() -> None:
    assert records("The Minister visited Chile in March; Peru hosted the summit in June.",
                   "PRY", {"visit"}, date="2021") == [("visit", ("PRY",), ("CHL",), "2021-03")]
