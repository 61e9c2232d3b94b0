""""Engaged with" or "had an exchange with" an official is a meeting with the
official's country, also when the official is named first and the office comes
after a comma ("engaged with H.E. Mrs. A, Minister of Foreign Affairs of X"), and
two such officials are a meeting each; an exchange of views with students, work
with civil society or an exchange with a scholar is none (sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-09-12"


@pytest.mark.parametrize(("text", "partners", "day"), [
    ("The Minister also engaged with H.E. Mrs. Ana Ruiz, Minister of Foreign Affairs of the "
     "Republic of Peru, and H.E. Mr. Luis Soto, Minister of Foreign Affairs of Chile.",
     ["PER", "CHL"], "2024-09-12"),
    ("The Minister then had an exchange with Honorable Ravi Singh, Minister of Foreign "
     "Affairs, Tourism and International Cooperation of Fiji.", ["FJI"], "2024-09-12"),
    ("On Tuesday the Deputy Minister had an exchange with the Foreign Minister of Fiji in "
     "New York.", ["FJI"], "2024-09-10"),
    ("The Minister engaged with Dr. Amina Bello, the Nigerian Minister of Trade, in Abuja on "
     "Monday.", ["NGA"], "2024-09-09"),
    ("In Accra the President had a short exchange with Mr. Kofi Mensah, Speaker of the "
     "Parliament of Ghana.", ["GHA"], "2024-09-12"),
])
def test_engaged_or_an_exchange_with_an_official_is_a_meeting(ex, text, partners, day):
    got = ex(text, date=_DAY, types=["meeting"])
    assert sorted(got) == sorted(("meeting", ("GEO",), (p,), day) for p in partners)


@pytest.mark.parametrize("text", [
    "The Minister had an exchange of views with students of Tbilisi University.",
    "The Minister engaged with civil society organisations from Armenia on Monday.",
    "The Minister had an exchange with Professor Smith, a historian from Oxford.",
    "The Ministry engaged with Brazil, Chile and Peru on trade matters over the years.",
])
def test_an_exchange_with_no_official_is_no_meeting(ex, text):
    assert ex(text, date=_DAY, types=["meeting"]) == []
