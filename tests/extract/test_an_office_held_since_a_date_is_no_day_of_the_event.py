"""A person named with the office they have held since some time ("Member of the
Bundestag since 2015", "Deputy Foreign Minister since March 2019", "shadow
minister for Africa since May 2022") is described by that date: it is when the
office began, not the day of the meeting with them, which keeps the text's day
(sentences of our own)."""

from __future__ import annotations

import pytest

_LINE = "Abuja, 8 March 2024 - "


@pytest.mark.parametrize("text", [
    "The Foreign Minister met the German Foreign Minister in Berlin. He also met with "
    "Maria Weber, Member of the Bundestag since 2015 and spokesperson for African affairs "
    "since March 2022.",
    "The Minister also met Jan Novak, Czech Deputy Foreign Minister since 2019, at the "
    "ministry.",
    "The Minister held talks with Senator Ana Ruiz of Spain, a member of the Senate since "
    "2011.",
    "Minister Tuggar received Pedro Alves, Ambassador of Portugal to Nigeria since "
    "September 2021, at his office.",
    "In London the Minister met Lord Hill, Minister of State for Africa and the "
    "Commonwealth since May 2022.",
])
def test_the_office_date_is_not_the_meetings(ex, text):
    got = ex(_LINE + text, issuer="NGA", date="2024-03-08", types=["meeting"])
    assert got and all(g[3] == "2024-03-08" for g in got)


@pytest.mark.parametrize(("text", "day"), [
    # a stay told from its first day keeps that day
    ("The Minister of Foreign Affairs has been on a visit to Kenya since Monday.",
     "2024-03-04"),
    ("The Minister met the Ambassador of Japan on 5 March.", "2024-03-05"),
])
def test_a_day_not_of_an_office_still_dates(ex, text, day):
    got = ex(_LINE + text, issuer="NGA", date="2024-03-08", types=["meeting", "visit"])
    assert got and got[0][3] == day
