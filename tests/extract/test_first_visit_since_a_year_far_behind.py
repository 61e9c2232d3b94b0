""""..., the first trip of a Chilean head of diplomacy to the Peruvian capital in any
official capacity since 2009": the year after "since" is a reference point, not the
day of the visit, however
long the words between "first" and "since"; the visit keeps the day the sentence
told. (The earlier visit the year implies may be reported too: the annotation keeps
it optional.) A year told without "since" is still the visit's."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(issuer: str, text: str, date: str) -> list[str | None]:
    return [r.date.start for r in extract_text(text, issuer=issuer, date=date).records
            if r.type == "visit"]


@pytest.mark.parametrize(("issuer", "text", "day"), [
    ("CHL", "The Chilean Foreign Minister held talks with her Peruvian counterpart on 12 "
     "March while visiting Lima, the first trip of a Chilean head of diplomacy to the "
     "Peruvian capital in any official capacity since 2009.", "2019-03-12"),
    ("CHL", "On 4 June the Minister of Foreign Affairs travelled to Lima for talks, the "
     "first time that a Chilean head of diplomacy has gone to the Peruvian capital on an "
     "official visit since 2008.", "2019-06-04"),
    ("NOR", "The Foreign Minister paid an official visit to Canberra on 20 November, "
     "in the first trip of any Norwegian member of government to the Commonwealth of "
     "Australia since 2012.", "2019-11-20"),
    ("IRL", "Minister O'Brien visited Hanoi on 8 May. It was the only official visit by "
     "an Irish foreign minister to the Socialist Republic of Viet Nam since 2004.",
     "2019-05-08"),
])
def test_the_year_since_is_no_date_of_the_visit(issuer, text, day):
    assert _visits(issuer, text, "2019")[0] == day


def test_a_year_told_as_the_visits_stays():
    # no "since": the year is the visit's own
    assert _visits("BGR", "The Foreign Minister of Bulgaria last visited Moscow in 2011, "
                   "the first such trip in a long time.", "2019") == ["2011"]
