"""Consultations named as the subject of a document signed, after the parties
it is between ("a Memorandum of Understanding between the Ministry of Foreign
Affairs of A and the Ministry of Foreign Affairs of B on Political
Consultations"), are the document's topic: an agreement, no consultation held.
Consultations held in the same sentence are still held (texts of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, partner", [
    ("The two Ministers signed a Memorandum of Understanding between the Ministry of "
     "Foreign Affairs of Kenya and the Ministry of Foreign Affairs of the Republic of Ghana "
     "on Political Consultations.", "GHA"),
    ("On 5 May the Cabinet Secretary and her Peruvian counterpart signed a protocol "
     "between the two foreign ministries for regular consultations.", "PER"),
    ("A memorandum (MoU) between the Foreign Ministry of Kenya and the Ministry of "
     "External Relations of Angola on bilateral political consultations was signed by "
     "the two ministers.", "AGO"),
    ("The Minister and the visiting Foreign Minister of Chile signed an agreement between "
     "their governments concerning annual consultations.", "CHL"),
])
def test_the_documents_subject_is_no_consultation(ex, text, partner):
    got = ex(text, issuer="KEN", date="2023-05-05")
    assert not [r for r in got if r[0] == "consultation"]
    assert any(r[0] == "agreement" and partner in r[2] for r in got)


@pytest.mark.parametrize("text", [
    "Kenya and Ghana held political consultations between the two foreign ministries "
    "in Nairobi on 5 May.",
    "The Minister and his Ghanaian counterpart signed an agreement between Kenya and "
    "Ghana on trade and held political consultations on 5 May.",
])
def test_consultations_held_are_still_held(ex, text):
    got = ex(text, issuer="KEN", date="2023-05-05", types={"consultation"})
    assert got == [("consultation", ("KEN",), ("GHA",), "2023-05-05")]
