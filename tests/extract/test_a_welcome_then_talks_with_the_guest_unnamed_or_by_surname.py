"""A guest welcomed, then the talks told without the guest named again ("The two
ministers then held talks", "the Presidents held talks", "the Minister and his
Latvian guest held talks", "Talks were then held") or by a surname the welcome told
("held talks with Ms Braže" after "welcomed his Latvian counterpart Baiba Braže"),
on the same day: one meeting. Another official of the guest's side, named by office
or by a name the welcome did not tell, or talks on another day, stay a meeting of
their own (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "side", "day"), [
    ("On 12 March the Minister welcomed his Latvian counterpart Baiba Braže at the "
     "Ministry. The Minister then held talks with Ms Braže on bilateral relations.",
     "LVA", "2024-03-12"),
    ("President Kavelashvili welcomed the President of Latvia at the Orbeliani Palace on "
     "Monday. After the welcoming ceremony, the Presidents held talks in a tête-à-tête "
     "format.", "LVA", "2024-03-11"),
    ("On Monday the Minister welcomed the Foreign Minister of Lithuania, Gabrielius "
     "Landsbergis, to the Ministry. The two ministers then held talks on regional "
     "security.", "LTU", "2024-03-11"),
    ("The Minister welcomed the Foreign Minister of Latvia on Monday. Later, the Minister "
     "and his Latvian guest held talks on trade.", "LVA", "2024-03-11"),
    ("The Prime Minister welcomed his Estonian counterpart Kaja Kallas at the Government "
     "Administration on 12 March. Mr Kobakhidze and Ms Kallas then held talks in a "
     "tête-à-tête format.", "EST", "2024-03-12"),
])
def test_the_talks_after_a_welcome_are_one_meeting(ex, text, side, day):
    got = ex(text, issuer="GEO", date="2024-03-14", types=["meeting"])
    assert got == [("meeting", ("GEO",), (side,), day)]


@pytest.mark.parametrize("text", [
    "The Minister welcomed his Latvian counterpart Baiba Braže on Monday. The Minister "
    "then held talks with Mr Kariņš, the Prime Minister of Latvia.",
    "The Minister welcomed his Latvian counterpart Baiba Braže on Monday. Later that day, "
    "the Minister held talks with the Prime Minister of Latvia.",
    "The Minister welcomed the Foreign Minister of Latvia on Monday. The Minister then "
    "held talks with the Latvian Minister of Defence.",
    "The Minister welcomed the Foreign Minister of Latvia on Monday. In the afternoon he "
    "met the Speaker of the Saeima.",
])
def test_talks_with_another_official_of_the_guests_side_stay_a_meeting(ex, text):
    got = ex(text, issuer="GEO", date="2024-03-14", types=["meeting"])
    assert len(got) == 2
