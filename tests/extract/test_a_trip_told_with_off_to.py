"""A trip told with the particle "off": "flew off to Geneva", "jetted off to Lima",
"was already flying off to New York", "boarded a jet, flying off to Nairobi" is a
visit to the place named (sentences of our own). A cargo plane flying off with aid
carries no visitor."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str):
    recs = extract_text(text, issuer="NOR", date="2012-09-24").records
    return sorted((tuple(r.to), r.date.start) for r in recs if r.type == "visit")


@pytest.mark.parametrize("text, to", [
    ("The new minister wasted no time: on Saturday he was already flying off to Geneva to "
     "open the session of the Council.", "CHE"),
    ("On Saturday the minister flew off to Nairobi for talks with the Kenyan government.",
     "KEN"),
    ("The State Secretary jetted off to Lima on Saturday, two days after taking office.",
     "PER"),
    ("He was boarding a jet on Saturday, flying off to New York to attend the opening of "
     "the General Assembly.", "USA"),
    ("Right after the cabinet meeting on Saturday the minister headed off to Hanoi.", "VNM"),
])
def test_a_trip_told_with_off_is_a_visit(text, to):
    assert ((to,), "2012-09-22") in _visits(text)


def test_a_cargo_plane_flying_off_carries_no_visitor():
    text = "On Saturday a cargo plane was flying off to Nairobi with tents and blankets."
    assert _visits(text) == []
