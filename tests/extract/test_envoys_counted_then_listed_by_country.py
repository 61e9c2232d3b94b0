"""A credentials ceremony that counts its envoys ("received letters of credence
from seven non-resident envoys"), then a sentence that lists where they come from
("The seven envoys are from Rwanda, Qatar, ..."): one meeting with each country, on
the ceremony's day (sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-11-26"


@pytest.mark.parametrize("text", [
    "LILONGWE - On Tuesday, 26 November 2024, four non-residential ambassadors handed the "
    "President their letters; the President received letters of credence from four "
    "non-residential envoys. The four envoys are from Chad, Jamaica, Qatar and Rwanda.",
    "The President on Tuesday, 26 November 2024, received letters of credence from Four "
    "non- resident envoys. The envoys are from Rwanda, Qatar, Jamaica and Chad.",
    "On 26 November 2024 the President accepted the credentials of four new high "
    "commissioners. The four high commissioners are from Rwanda, Qatar, Jamaica and Chad.",
    "On 26 November 2024 the President received the credentials of four ambassadors. These "
    "ambassadors are from Rwanda, Qatar, Jamaica and Chad.",
])
def test_envoys_counted_then_listed_by_country_are_met_each(ex, text):
    got = ex(text, issuer="MWI", date=_DAY, types=["meeting"])
    assert got == sorted(("meeting", ("MWI",), (c,), _DAY) for c in ("RWA", "QAT", "JAM", "TCD"))


@pytest.mark.parametrize("text", [
    "On 26 November 2024 the President received the credentials of four ambassadors. The "
    "envoys are concerned about the situation in Chad.",
    "On 26 November 2024 the President received the credentials of four ambassadors. The "
    "four envoys are from the region.",
])
def test_a_sentence_after_the_ceremony_that_lists_no_countries_gives_no_meeting(ex, text):
    assert ex(text, issuer="MWI", date=_DAY, types=["meeting"]) == []


@pytest.mark.parametrize("text", [
    "Port Sudan, 18 September 2025 - On Thursday the Minister received, one at a time, "
    "several heads of diplomatic missions posted to the country. The meetings included the Turkish "
    "Ambassador Fatih Yildiz, the Indian Chargé d'Affaires Raj Joshi and the Moroccan "
    "Ambassador Mohamed Ali.",
    "Port Sudan, 18 September 2025 - The Minister received on Thursday several ambassadors "
    "accredited to Sudan. The audiences were with the Ambassadors of Morocco, Turkey and "
    "India.",
])
def test_a_group_of_envoys_received_then_the_meetings_listed(ex, text):
    got = ex(text, issuer="SDN", date="2025-09-18", types=["meeting"])
    assert got == sorted(("meeting", ("SDN",), (c,), "2025-09-18")
                         for c in ("MAR", "TUR", "IND"))


def test_meetings_that_include_no_envoy_list_add_nothing(ex):
    text = ("Port Sudan, 18 September 2025 - The Minister met on Thursday the Ambassador of "
            "Egypt. The meetings included a working lunch with Egyptian business leaders.")
    assert ex(text, issuer="SDN", date="2025-09-18", types=["meeting"]) == [
        ("meeting", ("SDN",), ("EGY",), "2025-09-18")]
