"""A count of two right after "between" ("talks only between two states", "ties
between two countries", "relations between 2 states") names the pair a relation is
between, not a tally: no figure. Counts of more, or of two not after "between", stay
figures (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


@pytest.mark.parametrize("text", [
    "Reform must not be a matter for talks only between two states.",
    "Ties between two countries are a matter for them alone.",
    "Relations between 2 states cannot be decided by others.",
    "Any accord struck solely between two states would split the Union.",
])
def test_two_after_between_is_no_figure(text):
    assert records(text, "DEU", {"figure"}, date="2018-04-13") == []


@pytest.mark.parametrize("text", [
    "The Minister visited 12 states this year.",
    "Talks were held with two states.",
])
def test_other_counts_stay_figures(text):
    assert records(text, "DEU", {"figure"}, date="2018-04-13") != []
