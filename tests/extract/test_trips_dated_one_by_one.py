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


@pytest.mark.parametrize("text", [
    "She was in Seoul on Monday and in Tokyo on Wednesday.",
    "The Minister visited Seoul on Monday and Tokyo on Wednesday.",
    "The Minister visited Seoul (10 June) and then Tokyo (12 June).",
    "Between 10 and 12 June the Minister visited Korea (10-11 June) and Japan (12 June).",
])
def test_each_stop_takes_the_day_written_beside_it(ex, text):
    recs = ex(text, issuer="AUS", date="2024-06-14", types={"visit"})
    assert [(to, d) for _t, _f, to, d in recs] == [(("JPN",), "2024-06-12"),
                                                  (("KOR",), "2024-06-10")]


def test_a_second_place_without_its_own_day_is_no_dated_stop(ex):
    recs = ex("The Minister visited Seoul on Monday and in Tokyo she met the Prime Minister.",
              issuer="AUS", date="2024-06-14", types={"visit"})
    assert [(to, d) for _t, _f, to, d in recs] == [(("KOR",), "2024-06-10")]


@pytest.mark.parametrize("text,dates", [
    ("She was in Seoul on Monday and in Tokyo on Wednesday, meeting her counterparts in both "
     "capitals.", {("KOR",): "2024-06-10", ("JPN",): "2024-06-12"}),
    ("The Minister visited Seoul and Tokyo last week, holding talks with her counterparts in "
     "each of them.", {("KOR",): "2024-06", ("JPN",): "2024-06"}),
])
def test_talks_in_every_stop_are_one_meeting_at_each(ex, text, dates):
    recs = ex(text, issuer="AUS", date="2024-06-14", types={"meeting"})
    assert {to: d for _t, _f, to, d in recs} == dates and len(recs) == 2


@pytest.mark.parametrize("text", [
    "The Minister visited Seoul and Tokyo last week and met the Secretary-General of ASEAN "
    "there.",
    "The Minister visited Seoul on Monday, meeting her counterpart in the capital.",
])
def test_talks_not_said_to_be_at_every_stop_give_no_meeting_at_each(ex, text):
    recs = ex(text, issuer="AUS", date="2024-06-14", types={"meeting"})
    assert len(recs) <= 1
