"""A sentence opened on the subject's own visit with no host named ("As part of his
working visit from 12 to 14 May, the Political Director also had meetings with
...", "During his official visit, ...") is the issuer's visit to the one partner
met there, when the issuer's events were last told in that partner's country or
the story is filed from there; not when the text is at home, when the partner is
only called, or when the subject is another country's (sentences of our own)."""

from __future__ import annotations

import pytest


def _talks(city: str) -> str:
    return ("On 13 May, Mr Rui Alves, Political Director at the Foreign "
            f"Ministry, held political consultations in {city} with Ms Grace Banda, "
            "Permanent Secretary for Foreign Affairs of Zambia. ")


@pytest.mark.parametrize(("text", "day"), [
    (_talks("Lusaka") + "As part of his working visit from 12 to 14 May, the Political "
     "Director also had meetings with the Speaker of the National Assembly of Zambia.",
     "2024-05-12"),
    (_talks("Lusaka") + "During his official visit, the Political Director also met the "
     "Vice-President of Zambia.", "2024-05-13"),
    ("LUSAKA, May 14 (Reuters) - As part of her working visit from 12 to 14 May, Foreign "
     "Minister Ana Duarte met the President of Zambia.", "2024-05-12"),
    ("LUSAKA, May 14 (Reuters) - In the framework of her official visit on 12-14 May, "
     "Foreign Minister Ana Duarte held talks with the Zambian Minister of Finance.",
     "2024-05-12"),
])
def test_the_visit_is_to_the_partner_met_there(ex, text, day):
    got = ex(text, issuer="PRT", date="2024-05-14", types=["visit"])
    assert got == [("visit", ("PRT",), ("ZMB",), day)]


@pytest.mark.parametrize("text", [
    # at home: the talks were in the issuer's capital, the visit is the guest's
    _talks("Lisbon") + "During her official visit, the Permanent Secretary also met the "
    "Speaker of the Assembly of the Republic.",
    # only a call during the stay
    _talks("Lusaka") + "During his working visit, he also spoke by phone with the Foreign "
    "Minister of Chile.",
    # the subject is another country's minister
    _talks("Lusaka") + "During her working visit, the Kenyan Foreign Minister also met "
    "the President of Zambia.",
])
def test_no_visit_to_the_partner_without_the_host_in_view(ex, text):
    got = ex(text, issuer="PRT", date="2024-05-14", types=["visit"])
    assert ("visit", ("PRT",), ("ZMB",)) not in [g[:3] for g in got]
