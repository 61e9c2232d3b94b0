"""A long list of countries' adjectives before one role ("his Kenyan, Ghanaian, ...
and Peruvian counterparts") names every country of the list, the first too
(texts of our own)."""

from __future__ import annotations

from communique.extract import extract_text


def _to(text: str, issuer: str = "NOR") -> list[str]:
    recs = extract_text(text, issuer=issuer, date="2023-04-12").records
    return sorted(c for r in recs if r.type in ("call", "meeting") for c in r.to)


def test_five_adjectives_before_counterparts() -> None:
    assert _to("Foreign Minister Anniken Huitfeldt held phone talks with her Egyptian, "
               "Lebanese, Mauritanian, Nigerian and Cameroonian counterparts.") == \
        ["CMR", "EGY", "LBN", "MRT", "NGA"]


def test_long_adjectives_before_foreign_ministers() -> None:
    assert _to("On Tuesday the Minister met the Argentinian, Colombian, Ecuadorian, "
               "Venezuelan and Guatemalan foreign ministers in Oslo.") == \
        ["ARG", "COL", "ECU", "GTM", "VEN"]


def test_a_list_with_a_short_one() -> None:
    assert _to("Minister Joao Silva spoke by telephone with his Mozambican, "
               "Indonesian, Azerbaijani, Uzbek and Malaysian colleagues.", "PRT") == \
        ["AZE", "IDN", "MOZ", "MYS", "UZB"]


def test_adjectives_of_a_topic_name_no_side() -> None:
    assert _to("The Minister met his Danish counterpart to discuss the Egyptian, "
               "Lebanese and Mauritanian economic situations.") == ["DNK"]
