"""Two counterparts of one verb, the second with its own day told before it and the
preposition or title repeated ("met the Foreign Minister of Ghana on 3 May and, on 6
May, the Foreign Minister of Togo"; "consultations were held with Mexico in April, and
in May with Peru"): each counterpart its own day, not every day with every counterpart
(sentences of our own). A day after a semicolon is the next item's."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("The Minister met the Foreign Minister of Ghana on 3 May and, on 6 May, the Foreign "
     "Minister of Togo.", "2024-05-10",
     [event("meeting", "NOR", "GHA", "2024-05-03"), event("meeting", "NOR", "TGO", "2024-05-06")]),
    ("Political consultations were held with Mexico in April, and in May with Peru.",
     "2023-12-30", [event("consultation", "NOR", "MEX", "2023-04"),
                    event("consultation", "NOR", "PER", "2023-05")]),
    ("The State Secretary spoke by telephone with the Foreign Minister of Chile on 2 May "
     "and, on 7 May, with her counterpart from Peru.", "2024-05-10",
     [event("call", "NOR", "CHL", "2024-05-02"), event("call", "NOR", "PER", "2024-05-07")]),
    ("The Minister received the Ambassador of Japan on 2 May and on 8 May the Ambassador of "
     "Korea.", "2024-05-10",
     [event("meeting", "NOR", "JPN", "2024-05-02"), event("meeting", "NOR", "KOR", "2024-05-08")]),
])
def test_each_counterpart_its_own_day(text, date, expected):
    assert records(text, "NOR", CORE, date=date) == sorted(expected)


@pytest.mark.parametrize("text", [
    "In April, political consultations were held with Mexico and Colombia; in May, with Peru.",
])
def test_a_fronted_day_for_the_first_counterparts(text):
    assert records(text, "NOR", CORE, date="2023-12-30") == sorted(
        [event("consultation", "NOR", "MEX", "2023-04"),
         event("consultation", "NOR", "COL", "2023-04"),
         event("consultation", "NOR", "PER", "2023-05")])
