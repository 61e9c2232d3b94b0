"""A visit that names no destination after a meeting told in a country ("called on the
Foreign Minister of Singapore in Singapore during a working visit") is a visit to that
country by the issuer's side, the one who called; the one met there is the host. A
meeting told at home ("in Bandar Seri Begawan during a working visit") stays the guest's
visit, and so does "during his working visit" with no place (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str) -> list[tuple[list[str], list[str]]]:
    recs = extract_text(text, issuer="BRN", date="2023-05-04").records
    return [(r.from_, r.to) for r in recs if r.type == "visit"]


@pytest.mark.parametrize("text", [
    "The Minister called on the Foreign Minister of Singapore in Singapore on 4 May 2023 "
    "during a working visit.",
    "The Minister met the Foreign Minister of Singapore in Singapore on 4 May 2023 during a "
    "working visit.",
    "The Minister held talks with the Foreign Minister of Singapore in Singapore during an "
    "official visit.",
])
def test_the_visit_is_to_the_place_of_the_meeting(text: str) -> None:
    assert _visits(text) == [(["BRN"], ["SGP"])]


@pytest.mark.parametrize("text", [
    "The Minister met the Foreign Minister of Singapore in Bandar Seri Begawan on 4 May 2023 "
    "during a working visit.",
    "The Minister met the Foreign Minister of Singapore on 4 May 2023 during his working "
    "visit.",
    "The Minister met the Foreign Minister of Singapore, who is on a working visit.",
])
def test_the_guest_visit_stays(text: str) -> None:
    assert _visits(text) == [(["SGP"], ["BRN"])]
