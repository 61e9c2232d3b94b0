"""A heading that is only a weekday ("Tuesday") dates the items under it within
the week the digest covers (its title's days, else the week ending on the
document's date); a weekday inside a sentence or a heading that says more is
not such a heading (texts of our own)."""

from __future__ import annotations

from communique.extract import extract_text

TITLED = """This week in diplomacy: 2 to 6 June 2025

Monday
The State Secretary received the Ambassador of Peru, who handed over a copy of his credentials.

Wednesday
The Minister travelled to Riga, where she held talks with her Latvian counterpart.

Friday
A telephone call with the Foreign Minister of Kenya focused on trade.
"""


def _brief(text: str, date: str | None, issuer: str = "ESP") -> list[tuple[str, list[str], str]]:
    recs = extract_text(text, issuer=issuer, date=date).records
    return [(r.type, r.to, r.date.start or "") for r in recs if r.type != "multilateral"]


def test_weekday_headings_within_the_titled_week():
    # published a week later: the title's days, not the publication's week
    assert _brief(TITLED, "2025-06-13") == [
        ("meeting", ["PER"], "2025-06-02"),
        ("visit", ["LVA"], "2025-06-04"),
        ("meeting", ["LVA"], "2025-06-04"),
        ("call", ["KEN"], "2025-06-06"),
    ]


UNTITLED = """Diplomatic news round-up

Tuesday
Consultations between the foreign ministries of Norway and Portugal were held in Lisbon.

Thursday:
The Deputy Minister met the Ambassador of Ghana to discuss the visa regime.
"""


def test_weekday_headings_count_back_from_the_document_date():
    # dated Friday 14 November 2025: Tuesday the 11th, Thursday the 13th
    assert _brief(UNTITLED, "2025-11-14", issuer="PRT") == [
        ("consultation", ["NOR"], "2025-11-11"),
        ("meeting", ["GHA"], "2025-11-13"),
    ]


def test_the_heading_day_itself_is_the_document_date():
    text = UNTITLED.replace("Thursday:", "Friday")
    assert _brief(text, "2025-11-14", issuer="PRT")[-1] == ("meeting", ["GHA"], "2025-11-14")


def test_a_weekday_inside_a_sentence_is_no_heading():
    text = ("Weekly bulletin\n\nThe Minister said on Tuesday that the talks with the Foreign "
            "Minister of Chile had been useful.\nOn Wednesday he met the Ambassador of Peru.\n")
    recs = _brief(text, "2025-11-14")
    assert ("meeting", ["PER"], "2025-11-12") in recs
    assert all(d != "2025-11-11" for _, to, d in recs if to == ["PER"])


def test_a_heading_with_more_words_is_not_a_weekday():
    text = ("Weekly bulletin\n\nFriday prayers and Good Friday\n"
            "The Minister met the Ambassador of Peru.\n")
    assert _brief(text, "2025-11-14") == [("meeting", ["PER"], "2025-11-14")]
