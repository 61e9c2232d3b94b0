"""In a release of a kingdom or a sultanate, "the Kingdom" / "the Sultanate" on
its own is the issuer's country ("Mensah's visit to the Kingdom"), whose
official name says so (``countries.tsv``); in another country's release, or
before "of", it is not (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

LEAD = ("The Minister of Foreign Affairs on Wednesday held talks in {city} with his Ghanaian "
        "counterpart, Ama Mensah. ")


def _visits(text: str, issuer: str) -> list[tuple[list[str], list[str]]]:
    recs = extract_text(text, issuer=issuer, date="2025-05-14").records
    return [(r.from_, r.to) for r in recs if r.type == "visit"]


@pytest.mark.parametrize(("issuer", "city", "sentence"), [
    ("MAR", "Rabat", "The minister noted that Mensah's visit to the Kingdom reinforces the "
                     "friendship between the two countries."),
    ("JOR", "Amman", "He said the visit of his counterpart to the Kingdom opened a new "
                     "chapter."),
    # written small
    ("MAR", "Rabat", "The minister added that Mensah's visit to the kingdom reinforces the "
                     "friendship between the two countries."),
    ("OMN", "Muscat", "The two ministers said Mensah's visit to the Sultanate would deepen "
                      "cooperation in fisheries."),
])
def test_the_kingdom_is_the_issuer(issuer: str, city: str, sentence: str) -> None:
    assert _visits(LEAD.format(city=city) + sentence, issuer) == [(["GHA"], [issuer])]


@pytest.mark.parametrize(("issuer", "sentence"), [
    # a republic's release: "the Kingdom" is not its own country
    ("PER", "The minister noted that Mensah's visit to the Kingdom reinforces the "
            "friendship between the two countries."),
    # a kingdom named in full is that kingdom
    ("MAR", "The minister recalled Mensah's visit to the Kingdom of Spain in 2024."),
])
def test_not_the_issuer(issuer: str, sentence: str) -> None:
    visits = _visits(LEAD.format(city="Lima") + sentence, issuer)
    assert (["GHA"], [issuer]) not in visits


def test_another_kingdom_named_last_is_the_one_meant() -> None:
    # a Jordanian release about Saudi Arabia: "the Kingdom" is the one named last
    text = ("The Minister held talks in Riyadh with the Foreign Minister of Saudi Arabia. He "
            "said that Mensah's visit to the Kingdom reinforced the friendship.")
    recs = extract_text(text, issuer="JOR", date="2025-05-14").records
    assert not any(r.type == "visit" and r.to == ["JOR"] for r in recs)


def test_the_issuer_named_again_after_another_kingdom() -> None:
    text = ("The Minister recalled the support of Saudi Arabia for the region. On Wednesday "
            "he held talks in Jordan with his Ghanaian counterpart, Ama Mensah. He said that "
            "Mensah's visit to the Kingdom reinforced the friendship.")
    recs = extract_text(text, issuer="JOR", date="2025-05-14").records
    assert any(r.type == "visit" and r.from_ == ["GHA"] and r.to == ["JOR"] for r in recs)
