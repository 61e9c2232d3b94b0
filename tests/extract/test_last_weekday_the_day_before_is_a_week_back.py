""""Last Monday" written on a Tuesday is not yesterday (a writer would say
"yesterday"): it is the Monday of the week before.  Other weekdays and "this past"
keep the nearest day before the text (sentences of our own)."""

from __future__ import annotations

import pytest

_LEAD = ("Foreign Minister Ana Brnabic of Serbia will travel to Oslo, her ministry said "
         "on Wednesday (Jun 12). ")


@pytest.mark.parametrize(("opening", "day"), [
    ("Last Tuesday, Ms Brnabic met Norway's King Harald in Oslo.", "2024-06-04"),
    ("Ms Brnabic held talks with the Norwegian Foreign Minister in Oslo last Tuesday.",
     "2024-06-04"),
    ("Ms Brnabic met Norway's King Harald in Oslo last Tuesday.", "2024-06-04"),
])
def test_last_weekday_of_yesterday_is_a_week_back(ex, opening, day):
    got = ex(_LEAD + opening, issuer="SRB", date="2024", types=["meeting"])
    assert [g[3] for g in got] == [day]


@pytest.mark.parametrize(("opening", "day"), [
    ("Last Monday, Ms Brnabic met Norway's King Harald in Oslo.", "2024-06-10"),
    ("This past Tuesday, Ms Brnabic met Norway's King Harald in Oslo.", "2024-06-11"),
    ("On Tuesday, Ms Brnabic met Norway's King Harald in Oslo.", "2024-06-11"),
    ("Yesterday, Ms Brnabic met Norway's King Harald in Oslo.", "2024-06-11"),
])
def test_other_days_keep_the_nearest_day_before(ex, opening, day):
    got = ex(_LEAD + opening, issuer="SRB", date="2024", types=["meeting"])
    assert [g[3] for g in got] == [day]
