"""An organisation's official welcomed to a place of the issuer's ("welcomed the
Secretary-General of ASEAN to Oslo"), also named before the title ("welcomed A,
Secretary-General of ASEAN, to Oslo"): a meeting with the organisation and the
official's visit (no country visits). Welcomed to a building, or to a city abroad
where the organisation sits, tells no trip; someone of no government or organisation
welcomed is no meeting (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _recs(text: str) -> list[tuple]:
    recs = extract_text(text, issuer="NOR", date="2024-05-10").records
    return sorted((r.type, tuple(r.from_), tuple(r.to), tuple(r.organizations), r.date.start)
                  for r in recs if r.type in ("visit", "meeting"))


@pytest.mark.parametrize("text, org", [
    ("Foreign Minister Holm welcomed Kao Kim Hourn, Secretary-General of ASEAN, to Oslo on "
     "3 May.", "ASEAN"),
    ("Foreign Minister Holm welcomed the Secretary-General of ASEAN to Oslo on 3 May.",
     "ASEAN"),
    ("On 3 May the Prime Minister welcomed the NATO Secretary General to Bergen.", "NATO"),
    ("On 3 May the Minister welcomed Amina Diallo, Executive Secretary of ECOWAS, to Oslo.",
     "ECOWAS"),
])
def test_meeting_and_visit(text: str, org: str) -> None:
    assert _recs(text) == [("meeting", ("NOR",), (), (org,), "2024-05-03"),
                           ("visit", (), ("NOR",), (org,), "2024-05-03")]


@pytest.mark.parametrize("text", [
    "Foreign Minister Holm welcomed the NATO Secretary General to the Ministry on 3 May.",
    "Foreign Minister Holm welcomed the OSCE Secretary General to Vienna on 3 May.",
])
def test_no_trip(text: str) -> None:
    assert [r[0] for r in _recs(text)] == ["meeting"]


def test_no_official() -> None:
    assert _recs("The Minister welcomed Mark Smith, President of the Chamber of Commerce, "
                 "to the Ministry on 3 May.") == []
