"""A meal or reception given with its time between the verb and the meal ("hosted
this morning a working breakfast for ...") is a meeting as when the time comes
first; one meal given for the officials of several countries is one occasion with
them all, not a meeting with each; several meals, or a meal for no guest, stay as
they were (sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-09-12"


@pytest.mark.parametrize(("text", "partner", "day"), [
    ("The Minister gave yesterday a luncheon in honour of the visiting Speaker of Ghana.",
     "GHA", "2024-09-11"),
    ("The Prime Minister offered on Monday evening a dinner for Juan Pérez, Foreign "
     "Minister of Chile.", "CHL", "2024-09-09"),
    ("The President hosted this afternoon a reception for the new Ambassador of Peru.",
     "PER", "2024-09-12"),
    ("The Minister gave on 10 September a banquet to welcome visiting Estonian "
     "parliamentarians.", "EST", "2024-09-10"),
])
def test_a_meal_with_its_time_after_the_verb_is_a_meeting(ex, text, partner, day):
    assert ("meeting", ("GEO",), (partner,), day) in ex(text, date=_DAY, types=["meeting"])


@pytest.mark.parametrize(("text", "partners"), [
    ("The Prime Minister hosted earlier today a working lunch for the foreign ministers "
     "of Latvia and Chile.", ("LVA", "CHL")),
    ("The Minister hosted this morning a working breakfast with the ambassadors of Kenya "
     "and Togo.", ("KEN", "TGO")),
    ("Today the President gave a dinner in honour of the prime ministers of Fiji, Samoa "
     "and Tonga, Ana Lee, Tui Malo and Sione Vea, who are on a visit to Georgia.",
     ("FJI", "WSM", "TON")),
])
def test_one_meal_for_several_guests_is_one_meeting_of_all(ex, text, partners):
    got = ex(text, date=_DAY, types=["meeting"])
    assert got == [("meeting", ("GEO",), partners, "2024-09-12")]


@pytest.mark.parametrize("text", [
    "The Minister hosted earlier today a reception for the national day.",
    "The Minister gave yesterday a lecture for students of Latvia University.",
    "The President offered on Monday a dinner for the press corps.",
])
def test_a_meal_or_talk_without_a_guest_is_no_meeting(ex, text):
    assert ex(text, date=_DAY, types=["meeting"]) == []


def test_several_meals_for_several_guests_are_one_each(ex):
    got = ex("The Minister hosted dinners for the ambassadors of Kenya and Togo.", date=_DAY,
             types=["meeting"])
    assert got == [("meeting", ("GEO",), ("KEN",), "2024-09-12"),
                   ("meeting", ("GEO",), ("TGO",), "2024-09-12")]
