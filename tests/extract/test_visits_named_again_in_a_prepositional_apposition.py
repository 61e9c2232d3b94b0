"""A visit named again after the journey by a prepositional apposition ("travelled to
Beirut today, in the first visit by a Cypriot Foreign Minister since ...", "arrived in
Lima, on her first visit to Peru") is the same visit: no second one with the sides
read from the apposition (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str, issuer: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    recs = extract_text(text, issuer=issuer, date="2025-03-12").records
    return sorted((tuple(r.from_), tuple(r.to)) for r in recs if r.type == "visit")


@pytest.mark.parametrize(("text", "issuer", "visits"), [
    ("Valletta, 12 March 2025\n\nThe Minister for Foreign Affairs travelled to Amman today, "
     "in the first visit by a Maltese Foreign Minister since the formation of the new "
     "Jordanian Government.", "MLT", [(("MLT",), ("JOR",))]),
    ("Oslo, 12 March 2025\n\nThe Foreign Minister arrived in Lima on Tuesday, in her first "
     "official visit since the signing of the Peruvian-Norwegian climate partnership.",
     "NOR", [(("NOR",), ("PER",))]),
    ("Dublin, 12 March 2025\n\nThe Tánaiste travelled to Hanoi yesterday, marking the first "
     "official visit by an Irish minister since the opening of the Vietnamese embassy in "
     "Dublin.", "IRL", [(("IRL",), ("VNM",))]),
])
def test_the_apposition_names_the_same_visit(text, issuer, visits):
    assert _visits(text, issuer) == visits


def test_a_guest_received_on_a_visit_keeps_it():
    text = ("Oslo, 12 March 2025\n\nThe Minister received a delegation of the Ministry of "
            "Trade of Peru, led by the Vice Minister, on a working visit to Oslo.")
    assert _visits(text, "NOR") == [(("PER",), ("NOR",))]


def test_a_second_visit_of_its_own_still_counts():
    text = ("Valletta, 12 March 2025\n\nThe Minister for Foreign Affairs travelled to Amman "
            "today, two months after a visit by the Jordanian Foreign Minister to Valletta.")
    assert _visits(text, "MLT") == [(("JOR",), ("MLT",)), (("MLT",), ("JOR",))]
