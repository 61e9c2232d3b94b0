"""The two sides as one subject of a joint statement verb ("Minister A and Chilean
counterpart B reaffirmed ...", "... reiterated", "... underlined", "... stressed"; the
other named as a counterpart or colleague) met,
as with "discussed": a meeting with the counterpart's country. After that meeting is
told, the same subject tells what it was about, no second meeting (texts of our own)."""

from __future__ import annotations

import pytest

HEAD = "Minister meets counterparts in Quito\n\nQuito, 4 March 2024.\n\n"


@pytest.mark.parametrize("sentence, partner", [
    ("In addition, Minister Rivas and Chilean counterpart Ana Soto reaffirmed the bilateral "
     "commitments made in Lima.", "CHL"),
    ("The Foreign Minister and his Kenyan counterpart, Peter Otieno, reiterated their support "
     "for the regional trade agreement.", "KEN"),
    ("Minister Rivas and his counterpart from Ghana, Kofi Mensah, underlined the importance "
     "of their joint commission.", "GHA"),
    ("Minister Rivas and her Brazilian counterpart stressed the need to expand trade between "
     "the two countries.", "BRA"),
])
def test_minister_and_counterpart_reaffirming_met(ex, sentence, partner):
    met = ex(HEAD + sentence, issuer="ECU", date="2024", types={"meeting"})
    assert met == [("meeting", ("ECU",), (partner,), "2024-03-04")]


def test_after_the_meeting_told_it_is_no_second_meeting(ex):
    text = (HEAD + "Minister Rivas met the Foreign Minister of Chile, Ana Soto, on 4 March. "
            "Minister Rivas and her Chilean counterpart reaffirmed the commitments of the "
            "two countries.")
    assert ex(text, issuer="ECU", date="2024", types={"meeting"}) == [
        ("meeting", ("ECU",), ("CHL",), "2024-03-04")]


@pytest.mark.parametrize("sentence", [
    # our own side only, or one side alone: no one met
    "Minister Rivas and the Vice President reaffirmed the government's priorities.",
    "Minister Rivas reaffirmed the country's support for Chile.",
    "The Minister stressed that relations with Brazil are strong.",
    "The President and the Foreign Minister underlined the role of the Andean Community.",
])
def test_one_side_reaffirming_meets_no_one(ex, sentence):
    assert ex(HEAD + sentence, issuer="ECU", date="2024", types={"meeting"}) == []


@pytest.mark.parametrize("sentence, partner", [
    ("Ecuadorian Foreign Minister Rivas and his Saudi counterpart on Wednesday agreed to "
     "strengthen economic ties.", "SAU"),
    ("Minister Rivas and her Jordanian counterpart, Prince Faisal bin Talal Al Hashem, agreed "
     "to open a direct air route.", "JOR"),
    ("Rivas and the Dutch Minister of Foreign Affairs Pieter van der Berg on Monday "
     "discussed trade.", "NLD"),
    ("Minister Rivas and Saudi Foreign Minister Prince Faisal bin Farhan Al Saud discussed "
     "investment in tourism.", "SAU"),
])
def test_a_counterpart_named_with_particles_or_a_weekday_between(ex, sentence, partner):
    met = ex(HEAD + sentence, issuer="ECU", date="2024", types={"meeting"})
    assert [m[2] for m in met] == [(partner,)]


def test_agreed_in_talks_told_in_the_same_sentence_is_one_meeting(ex):
    text = (HEAD + "Minister Rivas and his US counterpart Mark Hale agreed in bilateral talks "
            "in Quito to cooperate on security under the administration of US President Tom "
            "Reed.")
    assert ex(text, issuer="ECU", date="2024", types={"meeting"}) == [
        ("meeting", ("ECU",), ("USA",), "2024-03-04")]
