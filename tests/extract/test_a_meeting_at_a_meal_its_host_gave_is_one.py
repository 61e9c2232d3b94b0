"""A meeting told with the meal or reception at which it took place, given by the
official met ("met the President of France at a dinner hosted by the French
President"), is one meeting, not one for the verb and one for the meal (sentences
of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "other"), [
    ("The Foreign Minister of Peru met the President of France Emmanuel Macron at a "
     "dinner hosted by the French President.", "FRA"),
    ("On 3 May, Minister Ortiz held talks with Prime Minister Keir Starmer of the United "
     "Kingdom during a working lunch offered by the Prime Minister.", "GBR"),
    ("At a reception given by the Chancellor, the Foreign Minister of Peru met Chancellor "
     "Olaf Scholz of Germany.", "DEU"),
])
def test_one_meeting_for_the_verb_and_the_meal(ex, text, other):
    got = ex(text, issuer="PER", date="2024", types=["meeting"])
    assert len(got) == 1 and got[0][2] == (other,), got


def test_two_officials_of_one_side_in_a_list_keep_their_meetings(ex):
    # no meal given by anyone: a sentence that lists two meetings with one side
    got = ex("In Madrid, the Foreign Minister of Peru met King Felipe VI of Spain, and "
             "later Prime Minister Pedro Sánchez of Spain.", issuer="PER", date="2024",
             types=["meeting"])
    assert len(got) == 2, got


@pytest.mark.parametrize(("text", "other"), [
    ("At a dinner hosted by the French President, the Foreign Minister of Peru met "
     "President Emmanuel Macron of France.", "FRA"),
    ("At a lunch given by the German Chancellor on 3 May, the Minister held talks with "
     "Chancellor Olaf Scholz of Germany.", "DEU"),
])
def test_the_meal_fronted_with_its_host_by_nationality(ex, text, other):
    got = ex(text, issuer="PER", date="2024", types=["meeting"])
    assert len(got) == 1 and got[0][2] == (other,), got


@pytest.mark.parametrize(("text", "other"), [
    ("On 3 May the Minister had a conversation with French President Emmanuel Macron at a "
     "reception in Paris.", "FRA"),
    ("On 3 May the Minister held a brief conversation with the Italian Foreign Minister "
     "during the state dinner.", "ITA"),
])
def test_a_conversation_had_at_a_reception_is_a_meeting(ex, text, other):
    got = ex(text, issuer="PER", date="2024", types=["meeting", "call"])
    assert got == [("meeting", ("PER",), (other,), "2024-05-03")]


def test_a_conversation_by_phone_before_a_reception_is_a_call(ex):
    got = ex("On 3 May the Minister had a conversation with the Italian Foreign Minister by "
             "phone, ahead of a reception in Rome.", issuer="PER", date="2024",
             types=["meeting", "call"])
    assert got == [("call", ("PER",), ("ITA",), "2024-05-03")]
