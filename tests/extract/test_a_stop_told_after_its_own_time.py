"""A stop told after its own time, the verb left out ("visited Egypt in June, and in July
Italy"; "travelled to Egypt in June and in July to Italy"): a visit to each place at its
own time, not two visits to the first place; a clause with its own verb after the time,
and one place with two times, are left as they were (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


@pytest.mark.parametrize("text, days", [
    ("The Minister visited Egypt in June, and in July Italy.", ("2023-06", "2023-07")),
    ("The Minister travelled to Egypt in June and in July to Italy.", ("2023-06", "2023-07")),
    ("The Minister visited Egypt on 3 June, and on 9 July Italy.",
     ("2023-06-03", "2023-07-09")),
    ("The Minister paid visits to Egypt in June and then in July to Italy.",
     ("2023-06", "2023-07")),
])
def test_each_stop_at_its_own_time(text: str, days: tuple) -> None:
    assert records(text, "JOR", {"visit"}, date="2023") == [
        ("visit", ("JOR",), ("EGY",), days[0]), ("visit", ("JOR",), ("ITA",), days[1])]


@pytest.mark.parametrize("text, expected", [
    ("The Minister visited Egypt in June, and in July Italy hosted the summit.",
     [("visit", ("JOR",), ("EGY",), "2023-06")]),
    ("The Minister visited Egypt in June and in July.",
     [("visit", ("JOR",), ("EGY",), "2023-06"), ("visit", ("JOR",), ("EGY",), "2023-07")]),
])
def test_other_sentences_are_left_as_they_were(text: str, expected: list) -> None:
    assert records(text, "JOR", {"visit"}, date="2023") == expected
