"""A press review that names no dateline but cites its source in reference style ("La
Prensa (2025, marzo 11).", "El Tiempo (2025, 11 marzo).", the month in the source's
language) reports the news of that day: its undated events take it; references to two
days, or to another year, give none (sentences of our own)."""

from __future__ import annotations

import pytest

from .probe_support import CORE, records

_BODY = ("Panama's Acting Foreign Minister met with China's Deputy Foreign Minister to "
         "discuss the bilateral agenda.\n\n")


@pytest.mark.parametrize("cited", [
    "Lead story:\n\nLa Prensa (2025, marzo 11). Ministros revisan la agenda.",
    "Source: El Tiempo (2025, 11 marzo). Panamá y China revisan su agenda.",
    "Lire aussi : Le Courrier (2025, 11 mars), Les ministres se rencontrent.",
    "Fonte: Folha do Povo (2025, 11 de março). Ministros se reúnem.",
])
def test_the_cited_day(cited):
    assert records(_BODY + cited + "\n", "PAN", CORE, date="2025") == \
        [("meeting", ("PAN",), ("CHN",), "2025-03-11")]


@pytest.mark.parametrize("cited", [
    "Fuentes: El Tiempo (2025, 11 marzo). La Nación (2025, 14 marzo).",
    "Antecedentes: La Prensa (2019, 11 marzo). Ministros revisan la agenda.",
])
def test_no_one_day_cited(cited):
    assert records(_BODY + cited + "\n", "PAN", CORE, date="2025") == \
        [("meeting", ("PAN",), ("CHN",), "2025")]
