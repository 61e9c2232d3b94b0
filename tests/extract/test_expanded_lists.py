"""Lists expand to one record per item: a bulleted list after a colon (also
when a blank line sets it off), and hosts that repeat their preposition, each
with its own month (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _records(text: str, issuer: str = "NZL", date: str = "2024-12-20", types=("meeting",
                                                                            "visit")):
    return sorted((r.type, tuple(r.to), r.date.start)
                  for r in extract_text(text, issuer=issuer, date=date).records
                  if r.type in types)


@pytest.mark.parametrize("text", [
    "On 3 May the Governor-General accepted the credentials of:\n- Ms Ana Souza, Ambassador "
    "of Portugal;\n- Mr Lee Min-ho, Ambassador of the Republic of Korea.",
    "On 3 May the Governor-General received the letters of credence of two envoys "
    "accredited to New Zealand:\n\n- H.E. Ms Ana Souza, Ambassador of the Portuguese "
    "Republic, resident in Canberra;\n- H.E. Mr Lee Min-ho, Ambassador of the Republic of "
    "Korea, resident in Wellington.\n\nThe ceremony was followed by a reception.",
    "On 3 May the Governor-General received the credentials of the following "
    "ambassadors:\n• Ms Ana Souza (Portugal),\n• Mr Lee Min-ho (Republic of Korea).",
])
def test_each_envoy_of_a_bulleted_list_is_one_meeting(text):
    assert _records(text) == [("meeting", ("KOR",), "2024-05-03"),
                              ("meeting", ("PRT",), "2024-05-03")]


def test_a_list_of_full_sentences_after_a_colon_keeps_its_items_apart():
    text = ("Highlights of the month:\n\n- On 3 May the Minister met the Ambassador of "
            "Portugal.\n- On 9 May the Minister visited Fiji.")
    assert _records(text) == [("meeting", ("PRT",), "2024-05-03"),
                              ("visit", ("FJI",), "2024-05-09")]


@pytest.mark.parametrize(("text", "stops"), [
    ("The President paid state visits to Ghana in May, to Togo in July and to Benin in "
     "November.", [("GHA", "05"), ("TGO", "07"), ("BEN", "11")]),
    ("The State Secretary went to Riga in March and to Vilnius in October.",
     [("LVA", "03"), ("LTU", "10")]),
    ("In the second half he made working visits to Belgrade in August, then to Athens in "
     "November.", [("SRB", "08"), ("GRC", "11")]),
])
def test_hosts_that_repeat_to_each_take_their_month(text, stops):
    assert _records(text) == sorted(("visit", (c,), f"2024-{m}") for c, m in stops)


def test_a_purpose_after_the_host_is_no_second_stop():
    text = "The Minister travelled to Ghana on 3 May to attend the summit of the AU."
    assert _records(text, types=("visit",)) == [("visit", ("GHA",), "2024-05-03")]


def test_an_apposition_naming_the_visits_again_adds_none():
    text = ("In February the Minister travelled to the Cook Islands and to Niue, her first "
            "visits abroad in the role.")
    assert _records(text, types=("visit",)) == [("visit", ("COK",), "2024-02"),
                                                ("visit", ("NIU",), "2024-02")]


def test_the_year_an_apposition_counts_from_is_no_date_of_the_visit():
    text = ("The Prime Minister of Japan was in New Zealand from 13 to 15 June, the first "
            "visit of a Japanese prime minister since 2014.")
    assert [(r.type, r.from_, r.date.start) for r in extract_text(
        text, issuer="NZL", date="2024-12-20").records] == [("visit", ["JPN"], "2024-06-13")]


def test_the_latter_being_the_first_visit_names_the_last_stop_again():
    text = ("In the autumn he paid working visits to Belgrade in August and to Athens in "
            "November, the latter being the first visit of a minister to Greece in years.")
    assert _records(text, types=("visit",)) == [("visit", ("GRC",), "2024-11"),
                                                ("visit", ("SRB",), "2024-08")]
