"""A trip counted ("twice", "three times") with its dates listed is one trip
per date, and an event told "on both occasions" happened each time
(sentences of our own)."""

from __future__ import annotations

import pytest

HEAD = "Review of 2023\n\n"


@pytest.mark.parametrize("text,months", [
    ("The Minister visited Kyiv twice, in February and in November.", ["02", "11"]),
    ("The Minister travelled to Kyiv twice this year, in April and again in September.",
     ["04", "09"]),
    ("The State Secretary went to Kyiv three times, in March, July and October.",
     ["03", "07", "10"]),
    ("Twice, in May and in December, the Minister paid a visit to Kyiv.", None),
])
def test_each_counted_trip_takes_its_own_date(ex, text, months):
    recs = ex(HEAD + text, issuer="PRT", date="2023", types={"visit"})
    if months is None:  # the count before its dates names no trip: left as it was
        assert all(to == ("UKR",) for _t, _f, to, _d in recs)
        return
    assert [(to, d) for _t, _f, to, d in recs] == [(("UKR",), f"2023-{m}") for m in months]


@pytest.mark.parametrize("text", [
    "The Minister visited Kyiv twice, in February and in November, and on both occasions was "
    "received by the President of Ukraine.",
    "The Minister visited Kyiv twice, in February and in November, and each time met the "
    "President of Ukraine.",
])
def test_an_event_on_both_occasions_happened_on_each(ex, text):
    recs = ex(HEAD + text, issuer="PRT", date="2023", types={"meeting"})
    assert [d for *_x, d in recs] == ["2023-02", "2023-11"]


@pytest.mark.parametrize("text,visits", [
    ("The Minister visited Kyiv twice in 2023.", ["2023", "2023"]),
    ("The Minister visited Kyiv twice, in February and in November, and met the President "
     "of Ukraine in November.", ["2023-02", "2023-11"]),
])
def test_a_count_without_a_date_each_or_an_event_once_is_left_alone(ex, text, visits):
    recs = ex(HEAD + text, issuer="PRT", date="2023")
    assert [d for t, _f, _to, d in recs if t == "visit"] == visits
    assert len([t for t, *_x in recs if t == "meeting"]) <= 1


def test_a_count_with_fewer_dates_than_trips_keeps_one_date(ex):
    recs = ex(HEAD + "The Minister visited Kyiv three times, in February and in November.",
              issuer="PRT", date="2023", types={"visit"})
    assert len({d for *_x, d in recs}) == 1


@pytest.mark.parametrize("text", [
    "The President of Brazil, who had been to Portugal twice, in 2019 and in 2022, arrived "
    "in Lisbon on 5 May.",
    "The President of Brazil, already in Portugal twice before, in 2019 and in 2022, "
    "arrived in Lisbon on 5 May.",
])
def test_a_count_of_earlier_trips_leaves_the_trip_reported_one(ex, text):
    recs = ex(text, issuer="PRT", date="2024-05-06", types={"visit"})
    assert [d for *_x, d in recs] == ["2024-05-05"]
