"""Someone met abroad who is told as one of the issuer's own people ("met with the
Ghanaian priest Father A", "met a Ghanaian scholar teaching in Rome") is no
official of the host country: no meeting with the country the trip is in. A
foreign official, or an own-country adjective before an office of the host's, is
still met (sentences of our own)."""

from __future__ import annotations

import pytest

_OPEN = "Rome, 4 May 2024 - On 3 May 2024, the Minister arrived in Rome for a working visit. "


@pytest.mark.parametrize("text", [
    "The Minister also met with the Ghanaian priest Father Kwame Asante, who teaches "
    "theology at a university in Rome.",
    "She also met a Ghanaian scholar, Dr. Efua Mensah, who lectures in Rome.",
    "The Minister later met Ghanaian nuns serving at a hospital in the city.",
    "He also met with the young Ghanaian footballer Kojo Addo, who plays for a club in Rome.",
])
def test_a_compatriot_met_is_no_meeting_with_the_host(ex, text):
    got = ex(_OPEN + text, issuer="GHA", date="2024-05-04", types=["meeting"])
    assert got == []


@pytest.mark.parametrize("text", [
    "The Minister also met with the Italian Minister of Culture, Mr. Marco Bianchi.",
    "The Minister also met with Father Luca Rossi, the rector of a university in Rome.",
    "The Minister also held talks with the Italian Foreign Minister.",
])
def test_an_official_of_the_host_is_still_met(ex, text):
    got = ex(_OPEN + text, issuer="GHA", date="2024-05-04", types=["meeting"])
    assert got == [("meeting", ("GHA",), ("ITA",), "2024-05-03")]


def test_a_compatriot_abroad_with_a_foreign_official_keeps_the_official(ex):
    text = _OPEN + ("The Minister also met with the Ghanaian priest Father Kwame Asante and "
                    "the Italian Minister of Culture.")
    got = ex(text, issuer="GHA", date="2024-05-04", types=["meeting"])
    assert got == [("meeting", ("GHA",), ("ITA",), "2024-05-03")]


@pytest.mark.parametrize(("text", "issuer"), [
    ("The Minister also met with the Ghanaian Jesuit Father Kwame Asante in the city.",
     "GHA"),
    ("The Minister also met with the East Timorese Salesian brother Jose Soares there.",
     "TLS"),
])
def test_a_compatriot_named_by_a_second_capitalised_word(ex, text, issuer):
    assert ex(_OPEN + text, issuer=issuer, date="2024-05-04", types=["meeting"]) == []
