"""A meeting told again the same day with the two sides as the subject and the same
official of the other side named ("The Foreign Secretary and Japanese Foreign Minister
A met in London." ... "The Foreign Secretary and Foreign Minister A had a productive
meeting ..."): one occasion. A telling that says it was another ("also had a second
meeting") is another (sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2 February 2023\n\n"


@pytest.mark.parametrize(("issuer", "text", "other"), [
    ("GBR", "The Foreign Secretary and Japanese Foreign Minister Yoshimasa Hayashi met in "
            "London on 1 February.\n\nThe Foreign Secretary and Foreign Minister Hayashi had "
            "a productive meeting on 1 February on trade and security.", "JPN"),
    ("DEU", "Chancellor Olaf Scholz and President Emmanuel Macron held talks in Paris "
            "today.\n\nChancellor Scholz and President Macron had a long meeting at the "
            "Elysee Palace today, focused on energy.", "FRA"),
    ("CAN", "Minister Mélanie Joly met with Mexican Foreign Secretary Alicia Bárcena in "
            "Ottawa today.\n\nMinister Joly and Secretary Bárcena held a working meeting "
            "today on migration.", "MEX"),
    ("AUS", "Senator Penny Wong and Indian External Affairs Minister S. Jaishankar met in "
            "Canberra today.\n\nOur Foreign Minister and External Affairs Minister "
            "Jaishankar had a warm meeting at Parliament House today.", "IND"),
])
def test_one_meeting(ex, issuer, text, other):
    got = ex(_DAY + text, issuer=issuer, date="2023-02-02", types=["meeting"])
    assert len(got) == 1 and got[0][2] == (other,)


def test_a_second_meeting_said_so_is_another(ex):
    got = ex(_DAY + "The Foreign Secretary and Japanese Foreign Minister Yoshimasa Hayashi "
             "met in London today.\n\nThe Foreign Secretary and Foreign Minister Hayashi also "
             "had a second meeting this evening.", issuer="GBR", date="2023-02-02",
             types=["meeting"])
    assert len(got) == 2
