"""A gathering whose parties are the two countries' foreign ministries ("a working
seminar of the Ministries of Foreign Affairs of Latvia and Estonia", "annual talks
between the foreign ministries of A and B", "a retreat of the Foreign Offices of A and
B") is a round of consultations between the ministries. Cooperation between the
ministries, or a meeting of the foreign ministers, is no consultation."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _kinds(issuer: str, text: str) -> list[tuple[str, list[str]]]:
    return [(r.type, r.to) for r in extract_text(text, issuer=issuer, date="2022").records]


@pytest.mark.parametrize(("issuer", "text", "partner"), [
    ("LVA", "A working seminar of the Ministries of Foreign Affairs of Latvia and Estonia "
     "took place in Tartu on 27 June 2022, with directors of both sides discussing "
     "regional security.", "EST"),
    ("NOR", "Annual talks between the foreign ministries of Norway and Iceland took place "
     "in Reykjavik on 3 May 2022.", "ISL"),
    ("CHE", "On 14 March 2022 a retreat of the Foreign Offices of Switzerland and Austria "
     "was held in Bern.", "AUT"),
    ("FIN", "The sixth annual seminar of the foreign affairs ministries of Finland and "
     "Sweden was held in Turku on 9 September 2022.", "SWE"),
])
def test_the_ministries_gathering_is_a_consultation(issuer, text, partner):
    assert ("consultation", [partner]) in _kinds(issuer, text)


@pytest.mark.parametrize(("issuer", "text"), [
    ("LVA", "The Minister praised the cooperation between the foreign ministries of Latvia "
     "and Estonia."),
    ("NOR", "On 3 May 2022 the Foreign Minister met the Foreign Minister of Iceland in "
     "Reykjavik."),
])
def test_no_consultation_without_a_gathering_of_the_ministries(issuer, text):
    assert not any(kind == "consultation" for kind, _to in _kinds(issuer, text))
