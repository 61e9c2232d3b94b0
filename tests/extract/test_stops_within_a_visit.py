"""A city of the host country travelled to during a visit of several days already
told is a stop of that visit, not a second visit."""

from __future__ import annotations

from communique.extract import extract_text


def _visits(text: str, issuer: str = "GEO"):
    res = extract_text(text, issuer=issuer, date="2023")
    return sorted((tuple(r.to), r.date.start, r.date.end) for r in res.records
                  if r.type == "visit")


def test_a_city_travelled_to_on_a_day_of_the_visit_is_a_stop_of_it():
    text = ("The Foreign Minister paid an official visit to Viet Nam from 9 to 14 April.\n\n"
            "On 11 April he travelled to Hue and to Da Nang.\n")
    assert _visits(text) == [(("VNM",), "2023-04-09", "2023-04-14")]


def test_a_stop_told_by_its_day_before_the_city_is_also_folded():
    text = ("The President was on a state visit to India from 2 to 6 March.\n\n"
            "On 4 March the President flew to Mumbai, where she met business leaders.\n")
    assert _visits(text) == [(("IND",), "2023-03-02", "2023-03-06")]


def test_a_later_trip_to_the_same_country_stays_a_visit():
    text = ("The Minister visited Japan from 3 to 5 May.\n\n"
            "On 20 September the Minister travelled to Osaka for the business forum.\n")
    assert _visits(text) == [(("JPN",), "2023-05-03", "2023-05-05"),
                             (("JPN",), "2023-09-20", None)]


def test_another_country_within_the_days_of_a_visit_stays_a_visit():
    text = ("The Minister visited Kenya from 3 to 8 May.\n\n"
            "On 6 May she crossed to Uganda and travelled to Kampala.\n")
    assert (("UGA",), "2023-05-06", None) in _visits(text)
