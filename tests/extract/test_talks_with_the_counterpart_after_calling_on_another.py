"""A sentence with two meeting verbs, the first naming one official of the other side
("called on President A", "paid a courtesy call on the Chilean President") and the second
the subject's counterpart ("and held talks with his Chilean counterpart B"): the
counterpart holds the subject's office, so these are two meetings. When the one met
first holds the subject's own office ("received Foreign Minister A ... and held talks
with her counterpart"), the counterpart is that same person: one meeting (texts of our
own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_M = {"meeting"}


@pytest.mark.parametrize(("text", "issuer", "partner"), [
    ("Foreign Minister Ana Rojas called on the Chilean President and held talks with her "
     "Chilean counterpart.", "PER", "CHL"),
    ("The Prime Minister called on the King of Spain and then held talks with his Spanish "
     "counterpart, Pedro Sanchez.", "PRT", "ESP"),
    ("Foreign Minister Lars Berg ended two days in Kenya today; there he was received by "
     "nobody else but called on President William Ruto and also held long discussions "
     "with his Kenyan counterpart Musalia Mudavadi.", "NOR", "KEN"),
    ("During the visit, Minister of Foreign Affairs Kofi Mensah met Prime Minister Amina "
     "Diallo and later held bilateral talks with his Senegalese counterpart.", "GHA", "SEN"),
])
def test_two_meetings(text: str, issuer: str, partner: str) -> None:
    got = records(text, issuer, _M, date="2015-03-02")
    assert [r[2] for r in got] == [(partner,), (partner,)]


@pytest.mark.parametrize(("text", "issuer", "partner"), [
    ("Foreign Minister Ana Rojas received Foreign Minister Alberto van Klaveren of Chile and "
     "held talks with her counterpart.", "PER", "CHL"),
    ("President Lula received President Gabriel Boric of Chile and held talks with his "
     "counterpart in the Planalto Palace.", "BRA", "CHL"),
    ("Foreign Minister Ana Rojas met her Chilean counterpart and held talks with her "
     "Chilean counterpart on trade.", "PER", "CHL"),
])
def test_the_counterpart_met_first_is_one_meeting(text: str, issuer: str,
                                                  partner: str) -> None:
    got = records(text, issuer, _M, date="2015-03-02")
    assert [r[2] for r in got] == [(partner,)]


def test_a_meeting_before_with_no_official_named_may_be_the_counterparts() -> None:
    text = ("She began with talks with the counterparts of nearby states, then "
            "visited Rome and met her Japanese counterpart, Yoko Kamikawa.")
    got = records(text, "SVN", _M, date="2022-09-30")
    assert [r[2] for r in got if r[2]] == [("JPN",)]
