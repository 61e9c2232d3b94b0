"""A fronted "during his/her visit to <place>," followed by a country's possessive and
an office ("During her visit to Geneva, Kenya's Foreign Minister met ..."): the country
opens the subject, it is no second host; when it is another country than the issuer,
that country is the traveller (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    ("On 8 April, during his working visit to Geneva, Kenya's Foreign Minister Ali Berg "
     "met the Foreign Minister of Peru.", "KEN",
     [event("meeting", "KEN", "PER", "2025-04-08"), event("visit", "KEN", "CHE", "2025-04-08")]),
    ("On 8 April, during her official visit to New York, Chile’s Minister of Foreign "
     "Affairs Ana Soto held meetings with the Foreign Minister of Japan.", "CHL",
     [event("meeting", "CHL", "JPN", "2025-04-08"), event("visit", "CHL", "USA", "2025-04-08")]),
    ("During his visit to Nairobi on 2 April, Norway's Prime Minister Ola Dahl held talks "
     "with President Ruto of Kenya.", "NOR",
     [event("meeting", "NOR", "KEN", "2025-04-02"), event("visit", "NOR", "KEN", "2025-04-02")]),
    ("On 8 April, during his working visit to Vienna, the Kyrgyz Republic's Deputy "
     "Foreign Minister met the Foreign Minister of Austria.", "KGZ",
     [event("meeting", "KGZ", "AUT", "2025-04-08"), event("visit", "KGZ", "AUT", "2025-04-08")]),
])
def test_the_possessive_opens_the_subject(text, issuer, expected):
    assert records(text, issuer, CORE, date="2025-04-09") == sorted(expected)


def test_another_countrys_possessive_is_the_traveller():
    text = ("During her visit to Peru, Chile’s Foreign Minister Ana Soto met President "
            "Boluarte.")
    visits = [r for r in records(text, "KEN", {"visit"}, date="2025-04-09")]
    assert visits == [event("visit", "CHL", "PER", "2025-04-09")]


@pytest.mark.parametrize(("text", "expected"), [
    # a list of hosts, no possessive: each a host
    ("During her visits to Peru, Chile and Bolivia, the Minister signed three accords.",
     ["PER", "CHL", "BOL"]),
    # a possessive inside the list with no office after it: no subject
    ("During his visit to Lima, Peru's capital, the Minister met business leaders.",
     ["PER"]),
])
def test_without_a_possessive_subject_the_hosts_stay(text, expected):
    visits = records(text, "KEN", {"visit"}, date="2025-04-09")
    assert sorted(r[2][0] for r in visits) == sorted(expected)
