"""The meetings a visiting guest's programme or agenda "included" are the guest's:
with the host's own officials, meetings of the host with the guest's side (one
per official); with a third country's officials, the guest's meeting with that
country, not the host's (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

LEAD = ("On 3 and 4 May, the Foreign Minister welcomed her Kenyan counterpart Musalia "
        "Mudavadi to Lisbon. ")


def _meetings(text: str) -> list[tuple[list[str], list[str]]]:
    recs = extract_text(LEAD + text, issuer="PRT", date="2025-05-04").records
    return sorted((r.from_, r.to) for r in recs if r.type == "meeting")


@pytest.mark.parametrize(("text", "expected"), [
    ("In addition to bilateral talks, the programme included meetings with Portuguese "
     "President Marcelo Rebelo de Sousa and Portuguese Prime Minister Luis Montenegro as well "
     "as with the Spanish and French foreign ministers.",
     [(["KEN"], ["ESP"]), (["KEN"], ["FRA"]), (["PRT"], ["KEN"]), (["PRT"], ["KEN"]),
      (["PRT"], ["KEN"])]),
    ("His agenda also included a meeting with the Foreign Minister of Spain.",
     [(["KEN"], ["ESP"]), (["PRT"], ["KEN"])]),
    ("The itinerary of the visit featured a meeting with the Portuguese President.",
     [(["PRT"], ["KEN"]), (["PRT"], ["KEN"])]),
])
def test_the_guests_programme(text: str, expected: list) -> None:
    assert _meetings(text) == sorted(expected)


@pytest.mark.parametrize("text", [
    # the host's own programme after a visit abroad: the host's meetings
    "The Foreign Minister then travelled to Madrid for talks with the Foreign Minister of "
    "Spain. Her programme there also included a meeting with the Spanish Prime Minister.",
    # no programme: the host met the third country
    "On 5 May the Foreign Minister also met the Foreign Minister of Spain.",
])
def test_not_the_guests_programme(text: str) -> None:
    found = _meetings(text)
    assert (["PRT"], ["ESP"]) in found and (["KEN"], ["ESP"]) not in found
