"""Events named by an agenda told in the present ("Trade is on the agenda of the talks
with the Chancellor on Friday") or by a programme that includes them ("The programme of
the visit includes meetings with ...") are set out before they are held: no record. In
the past the agenda is that of a meeting held (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    # the meetings an agenda is for, with their weekdays, after the trip announced
    "The Foreign Secretary will fly to Tokyo this week. Security and trade are among the "
    "subjects on the agenda for her meetings with Mr Hayashi on Wednesday and with Mr "
    "Kishida on Thursday.",
    # a possessive day before the talks
    "The Minister goes to Berlin next week. The agenda of Tuesday's talks with the German "
    "Foreign Minister includes energy prices.",
    # the verb before the agenda
    "Investment and energy are on the agenda of the meeting with Chancellor Scholz on "
    "Friday.",
    # the subject after the verb
    "Among the questions on the agenda for his meeting with President Macron on Thursday "
    "are migration and the budget.",
    # another verb, another country
    "Fisheries and climate top the agenda for her talks with the Kenyan Foreign Minister.",
])
def test_an_agenda_in_the_present_is_no_meeting(ex, text):
    assert ex(text, issuer="NOR", date="2024-03-04", types=["meeting"]) == []


@pytest.mark.parametrize("text", [
    "The programme of the visit includes meetings with the President of Kenya and the "
    "Speaker.",
    "The Deputy Minister's trip, which lasts until Friday, includes talks with Kenyan "
    "officials as well as a meeting with the Speaker of Parliament.",
    "Her schedule in Nairobi also features a meeting with Kenya's Foreign Minister.",
    "The itinerary will include a meeting with the Prime Minister of Kenya.",
])
def test_a_programme_in_the_present_is_no_meeting(ex, text):
    assert ex(text, issuer="POL", date="2024-03-04", types=["meeting"]) == []


def test_an_agenda_in_the_past_is_a_meeting_held(ex):
    got = ex("On 1 March the Minister met the Foreign Minister of Latvia. The agenda of "
             "the meeting with the Latvian minister included energy.", issuer="DNK",
             date="2024-03-04", types=["meeting"])
    assert got == [("meeting", ("DNK",), ("LVA",), "2024-03-01")]


def test_a_programme_in_the_past_is_held(ex):
    got = ex("The Minister paid a visit to Kenya on 1 March. The programme included a "
             "meeting with the President of Kenya.", issuer="POL", date="2024-03-04",
             types=["meeting"])
    assert got == [("meeting", ("POL",), ("KEN",), "2024-03-01")]
