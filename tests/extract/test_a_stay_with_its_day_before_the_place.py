"""An official who is (or was) somewhere, with the day told between the verb and the
place ("The Minister is today (4 May) in Oslo", "was on Monday in Lima", "is today,
4 May, in Oslo"): a visit there on that day, as "is in Oslo today" already was. An
event's venue told the same way ("The summit was on 4 May in Nairobi") and a state of
affairs ("The focus is on Monday in Brussels") give none (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import event, records


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    ("Foreign Minister Lena Holm is today (4 May) in Oslo.", "SWE",
     event("visit", "SWE", "NOR", "2023-05-04")),
    ("Prime Minister Tomas Ruiz is on Thursday in Lisbon; tomorrow he flies home.", "ESP",
     event("visit", "ESP", "PRT", "2023-05-04")),
    ("The Federal Chancellor is today, 4 May, in Vienna for talks on energy.", "DEU",
     event("visit", "DEU", "AUT", "2023-05-04")),
    ("She was yesterday in Warsaw, where she opened a cultural festival.", "CZE",
     event("visit", "CZE", "POL", "2023-05-03")),
    ("Minister of State Ana Costa was on 2 May in Nairobi.", "PRT",
     event("visit", "PRT", "KEN", "2023-05-02")),
    ("The Foreign Secretary was on Tuesday in Accra and met students there.", "GBR",
     event("visit", "GBR", "GHA", "2023-05-02")),
])
def test_a_stay_with_its_day_before_the_place(text, issuer, expected):
    assert expected in records(text, issuer, {"visit"}, date="2023-05-04")


@pytest.mark.parametrize("text", [
    "The summit was on 2 May in Nairobi.",
    "The focus is on Monday in Brussels.",
    "The exhibition was yesterday in Madrid.",
    "Foreign Minister Lena Holm will be on Monday in Oslo.",
])
def test_a_venue_or_a_plan_with_its_day_is_no_stay(text):
    assert records(text, "SWE", {"visit"}, date="2023-05-04") == []
