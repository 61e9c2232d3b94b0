"""A news-agency story's lead names the day its news is of ("New York, September 21
(MTI) - The Minister said on Tuesday that ..."): the undated events the story tells
next are of that day, not of the dateline's, the day the story was filed. A lead
that looks ahead, names the dateline's own day, or a day further back changes
nothing (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _dated(text: str, issuer: str, date: str, kind: str = "meeting") -> list[tuple]:
    recs = extract_text(text, issuer=issuer, date=date).records
    return sorted((tuple(r.to), r.date.start) for r in recs if r.type == kind)


@pytest.mark.parametrize(("text", "issuer", "date", "expected"), [
    # 21 September 2016 is a Wednesday
    ("New York, September 21 (MTI) - Foreign Minister Peter Toth said on Tuesday that "
     "Hungary backs the enlargement of the Union.\n\nToth held talks with his Serbian "
     "counterpart in New York.", "HUN", "2016-09-21", [(("SRB",), "2016-09-20")]),
    # 5 March 2024 is a Tuesday
    ("Tokyo, March 5 (Kyodo) -- Japan's foreign minister said Monday that the two "
     "countries would deepen defence ties. She met her Australian counterpart and the two "
     "agreed to hold a summit.", "JPN", "2024-03-05", [(("AUS",), "2024-03-04")]),
    # 12 June 2024 is a Wednesday
    ("ANKARA, June 12 (AA) - The Turkish foreign minister told reporters on Tuesday that "
     "the talks had gone well.\n\nHe also received the Iraqi Foreign Minister at the "
     "ministry.", "TUR", "2024-06-12", [(("IRQ",), "2024-06-11")]),
    ("Beijing, May 8 (Xinhua) -- The Chinese foreign minister stressed yesterday that "
     "cooperation would grow. Wang also held talks with the Foreign Minister of Brazil.",
     "CHN", "2024-05-08", [(("BRA",), "2024-05-07")]),
    # 2 October 2023 is a Monday: the Saturday before is two days back
    ("Cairo, Oct. 2 (MENA) - The foreign minister announced on Saturday that the crossing "
     "would reopen. Shoukry met the Jordanian foreign minister in Cairo.", "EGY",
     "2023-10-02", [(("JOR",), "2023-09-30")]),
])
def test_the_leads_day_dates_the_undated_events_after_it(text, issuer, date, expected):
    assert _dated(text, issuer, date) == expected


@pytest.mark.parametrize(("text", "date", "expected"), [
    # the lead looks ahead: its Thursday is no news day
    ("Warsaw, January 9 (PAP) - The Polish foreign minister will travel on Monday to "
     "Kyiv, the ministry said. He met the Lithuanian foreign minister in Warsaw.",
     "2024-01-09", [(("LTU",), "2024-01-09")]),
    # the dateline's own weekday (10 January 2024 is a Wednesday)
    ("Warsaw, January 10 (PAP) - The Polish foreign minister said on Wednesday that aid "
     "would go on. He met the Lithuanian foreign minister in Warsaw.",
     "2024-01-10", [(("LTU",), "2024-01-10")]),
    # four days back is no lead's news day
    ("Warsaw, January 9 (PAP) - The Polish foreign minister said on Friday that aid "
     "would go on. He met the Lithuanian foreign minister in Warsaw.",
     "2024-01-09", [(("LTU",), "2024-01-09")]),
    # no agency dateline: the day the document was given
    ("The Polish foreign minister said on Monday that aid would go on.\n\nHe met the "
     "Lithuanian foreign minister in Warsaw.", "2024-01-09", [(("LTU",), "2024-01-09")]),
])
def test_no_news_day_leaves_the_dateline(text, date, expected):
    assert _dated(text, "POL", date) == expected


def test_an_event_dated_in_the_lead_keeps_its_own_day():
    text = ("Warsaw, January 10 (PAP) - The Polish foreign minister met his Czech "
            "counterpart on Monday. He also met the Lithuanian foreign minister.")
    assert _dated(text, "POL", "2024-01-10") == [(("CZE",), "2024-01-08"),
                                                 (("LTU",), "2024-01-08")]
