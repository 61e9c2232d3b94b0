"""Two standing bodies of one pair named in one sentence ("Meetings of the
Georgia-Armenia Joint Border Commission and the 9th meeting of the
Intergovernmental Commission on Economic Cooperation took place") are two
sessions; one body named twice is one (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _commissions(text: str) -> list[list[str]]:
    recs = extract_text(text, issuer="GEO", date="2021").records
    return [r.to for r in recs if r.type == "commission"]


@pytest.mark.parametrize("text", [
    "Meetings of the Georgia-Armenia Joint Border Commission and the 9th meeting of the "
    "Intergovernmental Commission on Economic Cooperation took place.",
    "Sessions of the Georgia-Armenia Intergovernmental Commission and of the Joint Border "
    "Commission were held in Yerevan.",
])
def test_two_bodies_two_sessions(text: str) -> None:
    assert _commissions(text) == [["ARM"], ["ARM"]]


@pytest.mark.parametrize("text", [
    # one body, named in full then by its bare noun
    "The Georgia-Armenia Intergovernmental Commission met in Tbilisi, and the Commission "
    "adopted a protocol.",
    # one body, its name said twice
    "The 9th session of the Georgia-Armenia Joint Commission was held in Yerevan; the Joint "
    "Commission reviewed trade.",
])
def test_one_body_one_session(text: str) -> None:
    assert _commissions(text) == [["ARM"]]
