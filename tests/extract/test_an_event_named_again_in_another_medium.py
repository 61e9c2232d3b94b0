"""An event named again by "the" in another medium than it was told in is the event
told before: a call, then "During the talks, ..."; talks, then "... during the phone
conversation"; a ministers' session, then "The meeting, chaired by A and B, was held
by video link" (sentences of our own)."""

from __future__ import annotations

_CALL = ("Swedish Foreign Minister Lena Holm and her Chilean counterpart Rosa Diaz held a "
         "phone conversation on Monday. ")
_TALKS = ("Foreign Minister Lena Holm on 4 March held her first discussion with Chilean "
          "Foreign Minister Rosa Diaz. ")


def test_talks_after_a_call_are_that_call(ex):
    text = _CALL + "During the talks, held at Santiago's request, the ministers discussed trade."
    assert ex(text, issuer="SWE", date="2024-03-06", types=["call", "meeting"]) == [
        ("call", ("SWE",), ("CHL",), "2024-03-04")]


def test_a_phone_conversation_after_talks_makes_them_a_call(ex):
    text = _TALKS + ("Matters such as the tension between Peru and Bolivia were raised "
                     "during the phone conversation, the ministry said.")
    assert ex(text, issuer="SWE", date="2024-03-06", types=["call", "meeting"]) == [
        ("call", ("SWE",), ("CHL",), "2024-03-04")]


def test_a_session_held_by_video_has_no_calls_with_its_chairs(ex):
    text = ("Minister Holm took part in the Special EU-Mercosur Foreign Ministers' Meeting "
            "on Monday. The meeting, which was co-chaired by Foreign Minister Rosa Diaz of "
            "Chile and Foreign Minister Ana Ruiz of Peru, was held by videoconference.")
    assert ex(text, issuer="SWE", date="2024-03-06", types=["call", "meeting"]) == []


def test_a_meeting_of_its_own_during_the_talks_stays(ex):
    text = _CALL + "After the call, the Minister met the Ambassador of Peru in Stockholm."
    got = ex(text, issuer="SWE", date="2024-03-06", types=["meeting"])
    assert [to for _t, _f, to, _d in got] == [("PER",)]
