"""A where-clause inside a list of destinations: the list of trips goes on after
the clause, and what the clause tells happened at the place just before it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    ("The Prime Minister visited Peru from 3 to 5 March, where a trade protocol was signed, "
     "and Ecuador from 7 to 9 March.",
     [("visit", ("GEO",), ("ECU",), "2023-03-07"), ("visit", ("GEO",), ("PER",), "2023-03-03")]),
    ("In the spring the Minister went to Ghana in April, where he met business leaders, "
     "and to Senegal in May.",
     [("visit", ("GEO",), ("GHA",), "2023-04"), ("visit", ("GEO",), ("SEN",), "2023-05")]),
    ("The Speaker visited Austria on 12 June, where the parliamentary friendship group "
     "received him, and Slovenia on 14 June.",
     [("visit", ("GEO",), ("AUT",), "2023-06-12"), ("visit", ("GEO",), ("SVN",), "2023-06-14")]),
])
def test_trips_listed_after_a_where_clause_are_each_a_visit(ex, text, want):
    assert ex(text, types={"visit"}) == sorted(want)


@pytest.mark.parametrize("text, partner, day", [
    ("During the year the Deputy Minister travelled to Mexico in February, to Cuba in July "
     "and to Panama in October, where a memorandum on tourism was signed.", "PAN", "2023-10"),
    ("The President paid visits to Norway in January, where two agreements were signed, "
     "and to Iceland in March.", "NOR", "2023-01"),
    ("She was in Vietnam from 8 to 10 May, where a protocol on fisheries was signed, "
     "and in Cambodia from 11 to 12 May.", "VNM", "2023-05-08"),
])
def test_a_signing_in_a_where_clause_is_with_the_place_it_follows(ex, text, partner, day):
    assert ex(text, types={"agreement"}) == [("agreement", ("GEO",), (partner,), day)]


def test_a_where_clause_after_two_undated_places_is_about_both(ex):
    text = "The Minister travelled to Kenya and Uganda, where agreements were signed with both."
    assert ex(text, types={"agreement"}) == [("agreement", ("GEO",), ("KEN",), "2023"),
                                             ("agreement", ("GEO",), ("UGA",), "2023")]


def test_a_where_clause_that_names_its_partner_keeps_it(ex):
    text = ("The Minister visited Rome in May, where she signed an agreement with the Holy See, "
            "and Madrid in June.")
    assert ("agreement", ("GEO",), ("ITA",), "2023-05") not in ex(text, types={"agreement"})


def test_a_where_clause_with_a_verb_after_it_adds_no_stop(ex):
    text = "She visited Kenya in May, where she met President Ruto, and then returned home."
    assert ex(text, types={"visit"}) == [("visit", ("GEO",), ("KEN",), "2023-05")]
