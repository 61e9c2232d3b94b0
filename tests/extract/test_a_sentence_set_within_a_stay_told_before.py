"""A sentence opened within a stay told before ("During her stay in Senegal, ...",
"While in Dakar, ...", "In the course of his visit to Peru, ...") takes the day of
the visit there, not the day of another occasion recalled in between ("a few
weeks after the President of Senegal visited Ghana on 12 February"); a sentence
with a day of its own keeps it (sentences of our own)."""

from __future__ import annotations

import pytest

_VISIT = ("The Minister of Foreign Affairs, Ama Mensah, made a working visit to Dakar on "
          "Monday, 6 May 2024, where she was received by the President of Senegal. ")
_RECALLED = ("This trip follows by some weeks the state visit of the President of "
             "Senegal to Ghana on 12 February 2024. ")


@pytest.mark.parametrize("opening", [
    "During her stay in Senegal, the Minister also held talks with the Foreign Minister "
    "of Senegal.",
    "While in Dakar, the Minister also met the Foreign Minister of Senegal.",
    "In the course of her working visit to Senegal, Minister Mensah also held talks with "
    "her Senegalese counterpart.",
    "Whilst in Dakar, she further had talks with the Senegalese Foreign Minister.",
])
def test_talks_within_the_stay_are_on_its_day(ex, opening):
    got = ex(_VISIT + _RECALLED + opening, issuer="GHA", date="2024-05-07", types=["meeting"])
    assert got and {g[:3] for g in got} == {("meeting", ("GHA",), ("SEN",))}
    assert {g[3] for g in got} == {"2024-05-06"}


def test_the_stay_named_again_is_the_visit_told(ex):
    text = _VISIT + _RECALLED + ("During her visit to Senegal, she also had talks with the "
                                 "Prime Minister of Senegal.")
    got = ex(text, issuer="GHA", date="2024-05-07", types=["visit"])
    assert got == [("visit", ("GHA",), ("SEN",), "2024-05-06"),
                   ("visit", ("SEN",), ("GHA",), "2024-02-12")]


def test_a_day_of_its_own_is_kept(ex):
    text = _VISIT + _RECALLED + ("While in Dakar, on 7 May, she also met the Foreign "
                                 "Minister of Senegal.")
    got = ex(text, issuer="GHA", date="2024-05-08", types=["meeting"])
    assert ("meeting", ("GHA",), ("SEN",), "2024-05-07") in got


def test_a_stay_elsewhere_takes_no_day_from_it(ex):
    # the stay opened is in another country than the visit told: nothing is borrowed
    text = _VISIT + _RECALLED + ("During her stay in Mali, the Minister also held talks "
                                 "with the Foreign Minister of Mali.")
    got = ex(text, issuer="GHA", date="2024-05-07", types=["meeting"])
    # (the earlier visit the trip follows dates nothing after it: the Mali talks take
    # the day the readout goes on telling, as they do with that sentence left out)
    alone = ex(_VISIT + ("During her stay in Mali, the Minister also held talks "
                         "with the Foreign Minister of Mali."),
               issuer="GHA", date="2024-05-07", types=["meeting"])
    assert ("meeting", ("GHA",), ("MLI",), "2024-02-12") not in got
    assert [g for g in got if g[2] == ("MLI",)] == [g for g in alone if g[2] == ("MLI",)]
