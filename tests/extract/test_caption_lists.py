"""A list of captions, one event a line, each ending on its day and place
("Minister X met with Y, Foreign Minister of Egypt, 7 June 2025, Cairo"), is read
line by line though no line ends a sentence; a lone title of that shape is
still a title (sentences of our own)."""

from __future__ import annotations

LIST = """Activities of the Minister, June 2025

Minister Ayse Kaya met with Badr Abdelatty, Foreign Minister of Egypt, 7 June 2025, Cairo

Deputy Minister Ms. Elif Demir received the Ambassador of Peru, 12 June 2025, Ankara

Minister Ayse Kaya paid an official visit to Jordan, 14-15 June 2025, Amman

Minister Ayse Kaya held a phone call with the Foreign Minister of Chile, June 20, 2025
"""


def test_each_caption_of_a_list_is_an_event_with_its_own_day(ex):
    recs = ex(LIST, issuer="TUR", date="2025-06-30")
    assert ("meeting", ("TUR",), ("EGY",), "2025-06-07") in recs
    assert ("meeting", ("TUR",), ("PER",), "2025-06-12") in recs
    assert ("visit", ("TUR",), ("JOR",), "2025-06-14") in recs
    assert ("call", ("TUR",), ("CHL",), "2025-06-20") in recs


def test_a_caption_naming_an_organisations_official_is_a_meeting_with_it(ex):
    text = ("Minister Ayse Kaya received the Secretary General of NATO, 2 June 2025, Ankara\n\n"
            "Minister Ayse Kaya met with the Foreign Minister of Chile, 3 June 2025, Ankara\n")
    recs = ex(text, issuer="TUR", date="2025-06-30")
    assert ("meeting", ("TUR",), (), "2025-06-02") in recs
    assert ("meeting", ("TUR",), ("CHL",), "2025-06-03") in recs


def test_a_lone_title_ending_on_a_date_is_still_a_title(ex):
    text = ("Minister Kaya meets the Foreign Minister of Egypt, 7 June 2025\n\n"
            "Minister Ayse Kaya met the Foreign Minister of Egypt, Badr Abdelatty, in Cairo on "
            "7 June 2025. They discussed trade.\n")
    recs = ex(text, issuer="TUR", date="2025-06-08")
    assert [r for r in recs if r[0] == "meeting"] == [("meeting", ("TUR",), ("EGY",),
                                                       "2025-06-07")]


def test_headings_without_a_dated_end_report_no_event(ex):
    text = ("Visit of the Minister to Jordan\n\nMeeting with the Foreign Minister of Egypt\n\n"
            "The Minister thanked the staff.\n")
    assert ex(text, issuer="TUR", date="2025-06-08") == []
