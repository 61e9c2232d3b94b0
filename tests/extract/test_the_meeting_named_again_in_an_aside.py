"""A meeting told before, named again in an aside after the sentence's subject ("Lord
Hale, during his meeting with Tariq, wished him well", "The Ambassador, at the talks with
the Minister, said"): the meeting told, not one more. The aside alone, with no meeting told
before, is still one; an aside of a trip ("during his stay in Oslo") over a meeting is a
meeting of its own (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_M = {"meeting"}


@pytest.mark.parametrize(("text", "issuer", "count"), [
    ("On Friday Foreign Minister Omar Tariq held separate meetings with British Minister of "
     "State Lord Hale and Minister for Development Ann Mills in London.\n\nLord Hale, during "
     "his meeting with Tariq, congratulated him on taking office.", "PAK", 2),
    ("Minister Kofi Asare received the Ambassador of Japan, Mr Ken Sato, on 3 May.\n\n"
     "The Ambassador, at the meeting with the Minister, conveyed greetings from Tokyo.",
     "GHA", 1),
    ("The Foreign Secretary met Indonesian Foreign Minister Dewi Lestari on Tuesday. Ms "
     "Lestari, in her talks with the Foreign Secretary, raised palm oil exports.", "GBR", 1),
    ("President Ruto hosted the Prime Minister of Ethiopia at State House on Monday. The "
     "visiting Prime Minister, during the bilateral meeting with his host, thanked Kenya.",
     "KEN", 1),
    ("State Secretary Lena Holm held talks with Polish Deputy Minister Jan Nowak in Warsaw "
     "on 2 June. Nowak, in the course of their discussions with Holm, stressed energy "
     "security.", "SWE", 1),
])
def test_one_meeting(text: str, issuer: str, count: int) -> None:
    got = records(text, issuer, _M, date="2024-06-04")
    assert len(got) == count


@pytest.mark.parametrize(("text", "issuer", "count"), [
    # nothing told before: the aside's meeting is the news
    ("Lord Hale, during his meeting with Foreign Minister Omar Tariq of Pakistan on Friday, "
     "congratulated him on taking office.", "GBR", 1),
    # an aside of a trip: the meeting after it is one more
    ("Minister Kofi Asare received the Ambassador of Norway on 3 May. The Minister, during "
     "his stay in Oslo last month, met Norway's Foreign Minister.", "GHA", 2),
])
def test_still_a_meeting(text: str, issuer: str, count: int) -> None:
    got = records(text, issuer, _M, date="2024-06-04")
    assert len(got) == count
