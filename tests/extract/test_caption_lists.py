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


def test_captions_with_numeric_or_leading_dates_are_read_line_by_line(ex):
    text = ("Activities\n\nMinister Kaya met with the Foreign Minister of Egypt, 07.06.2025, "
            "Cairo\n\nMinister Kaya received the Ambassador of Peru, 12.06.2025, Ankara\n\n"
            "20 June 2025 - Minister Kaya paid an official visit to Jordan\n\n"
            "22 June 2025 - Minister Kaya closed the conference on water\n")
    recs = ex(text, issuer="TUR", date="2025-06-30")
    assert ("meeting", ("TUR",), ("EGY",), "2025-06-07") in recs
    assert ("meeting", ("TUR",), ("PER",), "2025-06-12") in recs
    assert ("visit", ("TUR",), ("JOR",), "2025-06-20") in recs


def test_dated_headings_over_paragraphs_give_each_event_once(ex):
    text = ("Visit of the Minister to Jordan, 14 June 2025\n\n"
            "The Minister paid an official visit to Jordan on 14 June 2025 and met King "
            "Abdullah II.\n\nMeeting with the Ambassador of Peru, 16 June 2025\n\n"
            "On 16 June 2025 the Minister received the Ambassador of Peru.\n")
    recs = ex(text, issuer="TUR", date="2025-06-30")
    assert [r for r in recs if r[0] == "visit"] == [("visit", ("TUR",), ("JOR",), "2025-06-14")]
    assert [r for r in recs if r[2] == ("PER",)] == [("meeting", ("TUR",), ("PER",),
                                                      "2025-06-16")]
