"""A meeting told by a participle that opens the sentence, its counterpart right after it
and the minister of ours the subject after the comma ("Talking to Peru's Ana Ruiz, the
Minister said ...", "Speaking with his Chilean colleague, Hof stressed ...", "Meeting
Ghana's Foreign Minister, she raised ..."): the clause tells a meeting with that
counterpart, as "Receiving the Ambassador of Peru, ..." does; an agreement the two
sign "after the talks" is had with the same partner. Not a speech to a body or to the
press, nor a talk had by phone (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_HEAD = "Vienna, 12 March 2025\n\n"
_LEAD = "Foreign Minister Lena Hof held talks with several counterparts in Geneva. "


def _meetings(text: str) -> list[tuple]:
    return records(_HEAD + _LEAD + text, "AUT", {"meeting"})


@pytest.mark.parametrize("text, partner", [
    ("Talking to Peru's Ana Ruiz, Hof said Austria backed Peru's bid for a council seat.",
     "PER"),
    ("Speaking with her Chilean counterpart Jorge Vidal, Hof stressed the value of trade.",
     "CHL"),
    ("Talking with Kenya’s Foreign Minister Mary Wanjiru, the Minister welcomed new flights.",
     "KEN"),
    ("Meeting Ghanaian Foreign Minister Kofi Mensah, Hof raised the question of visas.",
     "GHA"),
    ("Meeting with Norway's Ola Berg, Hof discussed Arctic research.", "NOR"),
    ("Speaking to the Foreign Minister of Uruguay, Hof praised the new trade accord.", "URY"),
])
def test_the_participle_tells_a_meeting(text: str, partner: str) -> None:
    assert _meetings(text) == [("meeting", ("AUT",), (partner,), "2025-03-12")]


def test_an_agreement_signed_after_the_talks_has_that_partner() -> None:
    text = ("Talking to Peru's Ana Ruiz, Hof said Austria backed Peru's bid for a council "
            "seat. After the talks, the ministers signed a memorandum on academic exchange.")
    assert records(_HEAD + _LEAD + text, "AUT", {"agreement"}) == [
        ("agreement", ("AUT",), ("PER",), "2025-03-12")]


@pytest.mark.parametrize("text", [
    "Speaking to reporters, Hof said Austria backed Peru's bid for a council seat.",
    "Talking to the press in Geneva, Hof praised Chile's new climate plan.",
    "Speaking to Chile's Senate, Hof praised the new climate plan.",
    "Meeting the targets agreed with Peru, Austria cut its emissions by a third.",
])
def test_no_counterpart_no_meeting(text: str) -> None:
    assert _meetings(text) == []
