"""A minister's portfolio written before the title names an organisation among its
fields ("Foreign Affairs, European Union and Cooperation Minister A of Spain"): the
organisation is the office's, no side met, in a list of officials met too. An
organisation's own official in the list ("the Secretary General of the European
Union's External Action Service") stays met (texts of our own)."""

from __future__ import annotations

from communique.extract import extract_text


def _met(text: str) -> list[tuple[list[str], list[str]]]:
    recs = extract_text(text, issuer="SWE", date="2023-04-02").records
    return sorted((list(r.to), list(r.organizations)) for r in recs if r.type == "meeting")


def test_in_a_list_after_a_president() -> None:
    assert _met("The Minister held meetings with President John Otieno of Kenya, Foreign "
                "Affairs, European Union and Cooperation Minister Ana Ruiz of Spain.") \
        == [(["ESP"], []), (["KEN"], [])]


def test_in_a_list_on_the_margins() -> None:
    assert _met("On the margins of the summit, the Minister also held bilateral meetings "
                "with President John Otieno of Kenya, Foreign Affairs, European Union and "
                "Cooperation Minister Ana Ruiz of Spain and Foreign Minister Jan Nowak of "
                "Poland.") == [(["ESP"], []), (["KEN"], []), (["POL"], [])]


def test_talks_held_with_a_list() -> None:
    assert _met("Talks were held on Monday with the Foreign Minister of Chile, Foreign "
                "Affairs, European Union and Development Minister Marta Vidal of Andorra "
                "and the Prime Minister of Malta.") \
        == [(["AND"], []), (["CHL"], []), (["MLT"], [])]


def test_separate_meetings_with_a_possessive_first() -> None:
    assert _met("The Minister had separate meetings with Lithuania's Foreign Minister, "
                "Foreign Affairs, European Union and Trade Minister Paul Camilleri of "
                "Malta, and the Foreign Minister of Cyprus.") \
        == [(["CYP"], []), (["LTU"], []), (["MLT"], [])]


def test_the_unions_own_official_stays_met() -> None:
    assert (["KEN"], []) in _met("The Minister held meetings with President John Otieno "
                                 "of Kenya and the European Union's Special Representative "
                                 "for the Horn of Africa.")
