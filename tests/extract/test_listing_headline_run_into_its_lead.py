"""A news listing copied without its layout: each item's day in figures glued to its
headline, the headline run into its lead ("05.09.2023Deputy Minister A meets Chilean
Ambassador BDeputy Minister A met today with ..."). The headline ends where the lead
begins, the item's "today" is the day glued to it, and the item's event is told once,
with the named person whole (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text
from communique.extract._segment import paragraphs, sentences

_DAY = "2023-09-08"
_SEP = "\n-\n"


@pytest.mark.parametrize(("item", "kind", "partner", "day"), [
    ("05.09.2023Deputy Minister Nowak meets Chilean Ambassador Juan SotoDeputy Minister "
     "Nowak met today with Chilean Ambassador Juan Soto.", "meeting", "CHL", "2023-09-05"),
    ("2023-09-04Minister Kowal receives Foreign Minister of KenyaToday Minister Kowal "
     "received the Foreign Minister of Kenya in Warsaw.", "meeting", "KEN", "2023-09-04"),
    ("04.09.2023State Secretary talks with Peruvian counterpartThe State Secretary spoke "
     "today by phone with the Deputy Foreign Minister of Peru.", "call", "PER", "2023-09-04"),
    ("03.09.2023Minister Kowal holds talks with Foreign Minister of GhanaMinister Kowal "
     "held talks today with the Foreign Minister of Ghana in Warsaw.", "meeting", "GHA",
     "2023-09-03"),
    ("01.09.2023Minister Kowal visits LimaThe Minister arrived today in Peru on a two-day "
     "official visit.", "visit", "PER", "2023-09-01"),
])
def test_an_item_run_into_its_lead_is_told_once_on_its_own_day(ex, item, kind, partner, day):
    text = "News" + _SEP + item + _SEP + ("31.08.2023Ministry publishes annual report"
                                          "The report covers the work of the Ministry.")
    got = ex(text, issuer="POL", date=_DAY, types=["meeting", "call", "visit"])
    assert got == [(kind, ("POL",), (partner,), day)]


@pytest.mark.parametrize(("item", "start"), [
    ("05.09.2023State Secretary Nowak visits QuitoOn 3-4 September, State Secretary Nowak "
     "was on a working visit to Ecuador.", "2023-09-03"),
    ("06.09.2023Minister Kowal visits NairobiOn 2 September Minister Kowal travelled to "
     "Kenya for talks.", "2023-09-02"),
])
def test_the_leads_own_day_wins_over_the_listing_day(ex, item, start):
    text = "News" + _SEP + item
    got = ex(text, issuer="POL", date=_DAY, types=["visit"])
    assert [g[3] for g in got] == [start]


def test_the_persons_named_end_with_the_headline():
    text = ("News" + _SEP + "05.09.2023Deputy Minister Nowak meets Chilean Ambassador Juan "
            "SotoDeputy Minister Nowak met today with Chilean Ambassador Juan Soto.")
    recs = extract_text(text, issuer="POL", date=_DAY).records
    names = {p.name for r in recs for p in r.persons if p.name}
    assert "Juan Soto" in names and not any(n.endswith("Deputy") for n in names)


def test_a_capital_inside_a_name_is_no_lead():
    text = "05.09.2023Minister meets Senator McCain and Mr DeSouza in WarsawThe talks were long."
    got = [text[s.start:s.end] for p in paragraphs(text) for s in sentences(text, p)]
    assert got == ["05.09.2023Minister meets Senator McCain and Mr DeSouza in Warsaw",
                   "The talks were long."]


@pytest.mark.parametrize("item", [
    # (the lead tells the meeting as ahead: none held)
    "05.09.2023Deputy Minister Nowak to meet Chilean Ambassador Juan SotoThe meeting with "
    "the Chilean Ambassador will take place next week.",
    # (a line not opening with its day: a sentence as written)
    "Deputy Minister Nowak will meet the Chilean Ambassador Juan Soto next week.",
])
def test_an_item_whose_lead_tells_no_event_gives_none(ex, item):
    got = ex("News" + _SEP + item, issuer="POL", date=_DAY, types=["meeting"])
    assert got == []
