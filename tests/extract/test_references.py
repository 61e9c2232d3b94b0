"""Events named again: a definite reference ("the meeting with X", "this
meeting", "these talks") to an event the text already reported is no new
event; the same words with no event before them still report one."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

MET = "On 3 May the Minister met the Foreign Minister of Chile in Tbilisi. "


@pytest.mark.parametrize("again", [
    "The meeting with the Chilean Foreign Minister also allowed an exchange on trade.",
    "This meeting showed the will of both sides to deepen ties with Chile.",
    "These talks with Chile continued a long dialogue.",
    "She later posted a photograph of the meeting with the Chilean minister.",
    "The bilateral meeting between the Minister and his Chilean counterpart was the first "
    "since 2019.",
])
def test_a_definite_reference_to_a_reported_meeting_is_no_new_meeting(ex, again):
    assert ex(MET + again, date="2023") == [("meeting", ("GEO",), ("CHL",), "2023-05-03")]


@pytest.mark.parametrize("text", [
    "The meeting with the Foreign Minister of Chile took place in Tbilisi on 3 May.",
    "On 3 May the bilateral meeting between the Minister and his Chilean counterpart was "
    "held in Tbilisi.",
])
def test_a_definite_meeting_with_nothing_before_it_is_reported(ex, text):
    assert ex(text, date="2023") == [("meeting", ("GEO",), ("CHL",), "2023-05-03")]


def test_a_reference_to_another_partner_is_a_new_meeting(ex):
    got = ex(MET + "The meeting with the Foreign Minister of Peru followed.", date="2023")
    assert [g[2] for g in got] == [("CHL",), ("PER",)]


def test_the_inaugural_meeting_of_a_body_is_a_new_session(ex):
    text = ("On 2 May the Minister attended the NATO summit. On 3 May the inaugural meeting "
            "of the NATO Parliamentary Assembly network was held in Tbilisi.")
    got = [g for g in ex(text, date="2023") if g[0] == "multilateral"]
    assert len(got) == 2


@pytest.mark.parametrize("text", [
    "On 3 May the Minister arrived in Santiago. His first meeting in Santiago was with the "
    "President of Chile.",
    "On 3 May the Minister arrived in Santiago. The first meeting was with the President "
    "of Chile.",
])
def test_a_meeting_that_was_with_someone_is_a_meeting(ex, text):
    got = ex(text, date="2023", types=["meeting"])
    assert got == [("meeting", ("GEO",), ("CHL",), "2023-05-03")]


# --- "following his meeting with X": a possessive after a preposition names a known meeting

@pytest.mark.parametrize("text", [
    "The Minister held talks with her Kenyan counterpart on Monday. She briefed the press "
    "following her meeting with the Kenyan minister.",
    "On Monday the Minister met the Foreign Minister of Kenya. After his talks with the Kenyan "
    "minister, he left for the airport.",
    "The Minister received the Kenyan Foreign Minister on Monday. A joint statement was issued "
    "following their meeting with the press.",
    "The Minister met the Kenyan Foreign Minister on Monday. During his meeting with the "
    "Kenyan minister, he raised visa facilitation.",
    "On Monday the Minister held talks with her Kenyan counterpart. In their meeting with "
    "journalists, both stressed the ties.",
])
def test_a_meeting_named_after_a_preposition_and_a_possessive_is_the_reported_one(text):
    recs = extract_text(text, issuer="GEO", date="2023-05-10").records
    assert [tuple(r.to) for r in recs if r.type == "meeting"] == [("KEN",)]


@pytest.mark.parametrize("text", [
    "The Minister arrived in Nairobi on Monday. His first meeting in Nairobi was with the Foreign "
    "Minister of Kenya.",
    "The Minister arrived in Nairobi on Monday. Following his meeting with the Kenyan Foreign "
    "Minister, he visited a school.",
    "During his meeting with the Kenyan Foreign Minister on Monday, the Minister raised trade.",
    "In her meeting with the Foreign Minister of Kenya in Nairobi on Monday, the Minister "
    "raised visa facilitation.",
    "During their meeting with the Kenyan President on Monday, the two ministers discussed "
    "trade.",
])
def test_a_possessive_meeting_not_yet_reported_is_a_new_meeting(text):
    recs = extract_text(text, issuer="GEO", date="2023-05-10").records
    assert [tuple(r.to) for r in recs if r.type == "meeting"] == [("KEN",)]


def test_two_officials_met_one_after_the_other_are_two_meetings():
    text = ("The Minister held talks with the Kenyan Foreign Minister on Monday. His second "
            "meeting was with the President of Kenya.")
    recs = extract_text(text, issuer="GEO", date="2023-05-10").records
    assert [tuple(r.to) for r in recs if r.type == "meeting"] == [("KEN",), ("KEN",)]


# --- "At the meeting with X, ...": a first mention reports the meeting, a later one does not

@pytest.mark.parametrize("text", [
    "At the meeting with the Chinese Foreign Minister on 3 May, both sides agreed to manage "
    "differences.",
    "In the meeting with his Chinese counterpart on 3 May, the Minister raised trade.",
    "On 3 May, at the meeting with the Foreign Minister of China, the two sides reviewed "
    "trade.",
])
def test_a_first_mention_of_the_meeting_with_x_reports_it(ex, text):
    assert ex(text, date="2023", types={"meeting"}) == [
        ("meeting", ("GEO",), ("CHN",), "2023-05-03")]


@pytest.mark.parametrize("again", [
    "At the meeting with the Chinese Foreign Minister, both sides agreed to manage differences.",
    "In the meeting with his Chinese counterpart, the Minister raised trade.",
])
def test_a_later_mention_of_the_meeting_with_x_is_the_same_meeting(ex, again):
    first = "On 3 May the Minister met the Foreign Minister of China in Tbilisi. "
    assert ex(first + again, date="2023", types={"meeting"}) == [
        ("meeting", ("GEO",), ("CHN",), "2023-05-03")]
