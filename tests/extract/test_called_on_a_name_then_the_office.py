"""A call on an official named first, the office after a comma ("called on Sayyid
Fahd bin Mahmoud, Deputy Prime Minister for Cabinet Affairs", "called on Mr. Levan
Kapanadze, Deputy Prime Minister"): a meeting; a call on a country or a person
with no office to do something is none (sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-09-12"


@pytest.mark.parametrize(("text", "partner"), [
    ("The Foreign Minister of Chile arrived in Tbilisi on Monday. Later, the Chilean "
     "Foreign Minister called on Mr. Levan Kapanadze, Deputy Prime Minister for Economy.",
     "CHL"),
    ("During her stay in Doha, the Minister also called on Sheikh Ahmed bin Khalid Al "
     "Thani, Minister of State of Qatar.", "QAT"),
    ("The Foreign Minister of Oman is on a visit to Georgia. The Omani minister also "
     "called on H.E. Nino Beridze, Speaker of Parliament.", "OMN"),
    ("In Doha, the Minister called on HE Sheikh Hamad bin Ali bin Nasser Al Thani, "
     "Qatar's Prime Minister and Minister of Foreign Affairs.", "QAT"),
])
def test_a_call_on_a_name_then_its_office_is_a_meeting(ex, text, partner):
    got = ex(text, date=_DAY, types=["meeting"])
    assert (("meeting", ("GEO",), (partner,))) in [(g[0], g[1], g[2]) for g in got]


@pytest.mark.parametrize("text", [
    "The Minister called on Russia, the occupying power, to withdraw its troops.",
    "The Minister called on Parliament, the Government and civil society to unite.",
    "The Minister called on Mr. Ram Thapa, a businessman, at his office.",
])
def test_a_call_on_a_country_or_a_person_with_no_office_is_no_meeting(ex, text):
    assert ex(text, date=_DAY, types=["meeting"]) == []
