"""A person met, named first and then given several offices ("met with Mr A B, Member
of the X, Director of the Y, and Minister of Foreign Affairs of Z") is one person: one
meeting, not one per office. Officials listed each with a name or an article of their
own stay one meeting each (texts of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "On 3 May 2024 the Minister met with H.E. Mr. Li Wenhua, Member of the State Council, "
    "Director of the Office of the Foreign Affairs Commission, and Minister of Foreign "
    "Affairs of the People's Republic of China, in Beijing.",
    "On 3 May 2024 the Minister met Ms. Ana Torres, Vice President of the Republic and "
    "Minister of Foreign Affairs of Peru, in Lima.",
    "On 3 May 2024 the Foreign Minister met with Dr. Kofi Mensah, Chairman of the Board, "
    "Special Adviser to the Cabinet, and Minister for Foreign Affairs of Ghana, on the "
    "sidelines of the Foreign Ministers' Meeting in Accra.",
    "On 3 May 2024 the Minister received Mr. Jonas Berg, Member of Parliament, Deputy Leader "
    "of the Party, and Minister for Foreign Affairs of Sweden.",
])
def test_one_named_person_with_several_offices_is_one_meeting(ex, text):
    met = [r for r in ex(text, issuer="THA", date="2024", types={"meeting"})]
    assert len(met) == 1 and met[0][3] == "2024-05-03"


@pytest.mark.parametrize("text, n", [
    # each office with its own holder: two officials, two meetings (unchanged)
    ("On 3 May 2024 the Minister paid courtesy calls on the President, Mr. Kofi Mensah, "
     "and the Speaker of Parliament, Ms. Ama Owusu, in Accra, Ghana.", 2),
    ("On 3 May 2024 the Minister met Mr. Kofi Mensah, Minister of Finance of Ghana, and "
     "Ms. Ama Owusu, Minister of Trade.", 2),
    # an office opens the list: the old reading
    ("On 3 May 2024 the Minister met President Kofi Mensah of Ghana and the Speaker of "
     "Parliament, Ama Owusu.", 2),
])
def test_officials_each_named_stay_apart(ex, text, n):
    met = ex(text, issuer="THA", date="2024", types={"meeting"})
    assert len(met) == n and {m[2] for m in met} == {("GHA",)}


def test_a_meeting_named_after_the_person_is_no_second_official(ex):
    text = ("On 3 May 2024 the Minister met with Mr. Jonas Berg, Minister for Foreign Affairs "
            "of Sweden, at the sidelines of the Nordic Foreign Ministers' Meeting in Oslo.")
    assert len(ex(text, issuer="THA", date="2024", types={"meeting"})) == 1
