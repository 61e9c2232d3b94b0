"""Several sides met "during his visit" (or "her trip") to one of them: "Minister A met
her counterparts from Chile, Norway and Peru during her visit to Peru". One possessor,
several met: the trip is the subject's (our side's visit to Peru), not the visit of the
others met to the host. "Their visit" after two sides met, or one side met on a trip to
its own country, stays as it was read (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_VISITS = {"visit"}


@pytest.mark.parametrize(("text", "issuer", "visit"), [
    ("Foreign Minister Amina Jalo met her counterparts from Chile, Norway and Peru during "
     "her two-day visit to Peru on Monday.", "KEN", ("KEN", "PER")),
    ("The Secretary held talks with the foreign ministers of Ghana and Senegal during his "
     "official visit to Senegal on 3 May.", "JAM", ("JAM", "SEN")),
    ("Minister Lars Berg met his Thai, Lao and Cambodian counterparts in the course of his "
     "trip to Thailand.", "NOR", ("NOR", "THA")),
    ("On Friday Deputy Minister Ito had meetings with the Malian and Nigerien ministers "
     "while on her visit to Niger.", "JPN", ("JPN", "NER")),
    ("Foreign Minister Ruiz met the Foreign Ministers of Austria and Hungary during his "
     "working visit to Hungary last week.", "ECU", ("ECU", "HUN")),
])
def test_the_trip_is_the_subjects(text: str, issuer: str, visit: tuple[str, str]) -> None:
    got = records(text, issuer, _VISITS, date="2024-05-06")
    assert [(r[1][0], r[2][0]) for r in got] == [visit]


@pytest.mark.parametrize(("text", "issuer", "visit"), [
    # one side met on a trip to its own land: still our side's trip
    ("Foreign Minister Amina Jalo met the Peruvian Foreign Minister during her visit to "
     "Peru.", "KEN", ("KEN", "PER")),
    # "their visit": the two met were the travellers (to us)
    ("The President received the foreign ministers of Chile and Peru during their visit "
     "to Kenya.", "KEN", None),
])
def test_one_met_or_their_visit_as_before(text: str, issuer: str,
                                          visit: tuple[str, str] | None) -> None:
    got = records(text, issuer, _VISITS, date="2024-05-06")
    if visit is None:
        assert all(r[2] == ("KEN",) and r[1] != ("KEN",) for r in got) and got
    else:
        assert [(r[1][0], r[2][0]) for r in got] == [visit]
