"""A meeting told first with no time of its own (so on the page's day), then told
again right after with its day ("Foreign Secretary A held a trilateral meeting with B
and C. The foreign ministers of X, Y and Z met in Geneva on 3 March ..."): one
meeting, on the day told, at the place told; the records of the lead's sentence (the
visit it was held on) take that day too. A retelling marked as another occasion
("also", "last", "previously"), with other people named, or a lead timed by the
day before ("In the afternoon") dates nothing (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


@pytest.mark.parametrize("text", [
    "Foreign Secretary Anna Bell held a trilateral meeting with Czech Foreign Minister, "
    "Jan Hora, and Slovak Foreign Minister Petr Kral.\n\nForeign Ministers of Czechia, "
    "Slovakia and the United Kingdom met in Geneva on 3 March 2023 and agreed to deepen "
    "their cooperation.",
    "Foreign Secretary Anna Bell had a trilateral meeting with the foreign ministers of "
    "Czechia and Slovakia. The three ministers met in Geneva on 3 March and discussed "
    "energy security.",
    "The Foreign Secretary held trilateral talks with Czech Foreign Minister Jan Hora and "
    "Slovak Foreign Minister Petr Kral. The talks between the ministers of Czechia, "
    "Slovakia and the United Kingdom took place in Geneva on Friday, 3 March.",
    "Foreign Secretary Anna Bell took part in a trilateral meeting with her Czech and "
    "Slovak counterparts. The foreign ministers of Slovakia, Czechia and the United "
    "Kingdom met in Geneva on 3 March 2023.",
])
def test_one_trilateral_on_the_day_told(ex, text):
    assert ex(text, issuer="GBR", date="2023-03-05", types=["meeting"]) == [
        ("meeting", ("GBR",), ("CZE", "SVK"), "2023-03-03")]


@pytest.mark.parametrize("text", [
    "Foreign Secretary Anna Bell met with Peruvian Foreign Minister Luis Soto during her "
    "visit to the United Nations General Assembly.\n\nThe Foreign Secretary and Peruvian "
    "Foreign Minister Luis Soto met there on Monday, 18 September.",
    "The Foreign Secretary held talks with Foreign Minister Luis Soto of Peru during her "
    "visit to the UN General Assembly. The two ministers met in New York on Monday, 18 "
    "September.",
])
def test_the_visit_of_the_lead_takes_the_day_too(ex, text):
    assert ex(text, issuer="GBR", date="2023-09-20", types=["meeting", "visit"]) == [
        ("meeting", ("GBR",), ("PER",), "2023-09-18"), ("visit", ("GBR",), (), "2023-09-18")]


def test_the_place_of_the_retelling_is_kept():
    text = ("Foreign Secretary Anna Bell held a trilateral meeting with Czech Foreign "
            "Minister, Jan Hora, and Slovak Foreign Minister Petr Kral.\n\nForeign Ministers "
            "of Czechia, Slovakia and the United Kingdom met in Geneva on 3 March 2023 and "
            "agreed to deepen their cooperation.")
    recs = [r for r in extract_text(text, issuer="GBR", date="2023-03-05").records
            if r.type == "meeting"]
    assert len(recs) == 1 and recs[0].place is not None and recs[0].place.city == "Geneva"


@pytest.mark.parametrize("text", [
    # an earlier occasion
    "Foreign Secretary Anna Bell met with Peruvian Foreign Minister Luis Soto in London. "
    "The two ministers last met in Lima on 1 March.",
    "Foreign Secretary Anna Bell met with Peruvian Foreign Minister Luis Soto in London. "
    "The ministers had also met in Lima on 1 March.",
    # another official of that side
    "Foreign Secretary Anna Bell met with Peruvian Foreign Minister Luis Soto in London. "
    "On 1 March, Minister of State Tom Reed met Peruvian Trade Minister Ana Ruiz in Lima.",
])
def test_another_occasion_keeps_the_page_day(ex, text):
    got = ex(text, issuer="GBR", date="2023-03-05", types=["meeting"])
    assert ("meeting", ("GBR",), ("PER",), "2023-03-05") in got
    assert ("meeting", ("GBR",), ("PER",), "2023-03-01") in got


def test_a_lead_timed_by_the_day_before_is_not_dated_by_the_next_one(ex):
    text = ("On 3 March, the Minister arrived in Lima. In the afternoon, official talks "
            "were held between the Minister and the President of Peru, Jorge Vela.\n\n"
            "On 4 March, the Minister received a courtesy call from the Prime Minister of "
            "Peru, Rosa Lima.")
    got = ex(text, issuer="GBR", date="2023-03-05", types=["meeting"])
    assert ("meeting", ("GBR",), ("PER",), "2023-03-04") in got
    assert len(got) == 2
