from __future__ import annotations

from communique.extract import extract_text


def _persons(text: str, issuer: str = "GEO", typ: str = "visit"):
    res = extract_text(text, issuer=issuer, date="2023")
    return [(p.name, p.role, p.country) for r in res.records if r.type == typ for p in r.persons]


def test_persons_title_with_country_after_and_name():
    got = _persons("On 4 May the Minister of Foreign Affairs of the Republic of Kenya Alfred "
                   "Mutua visited Tbilisi.")
    assert got == [("Alfred Mutua", "foreign_minister", "KEN")]


def test_persons_joined_titles_share_the_country():
    got = _persons("The Deputy Prime Minister and Minister of Foreign Affairs of the State of "
                   "Qatar visited our country in June.")
    assert ("deputy_head_of_government" in {p[1] for p in got}
            and {p[2] for p in got} == {"QAT"})


def test_persons_unqualified_title_is_the_issuers_own():
    got = _persons("Foreign Minister Ilia Darchiashvili paid an official visit to Japan.")
    assert got == [("Ilia Darchiashvili", "foreign_minister", "GEO")]


def test_persons_demonym_before_title():
    got = _persons("The Latvian Prime Minister visited Georgia on 2 March.")
    assert got == [(None, "head_of_government", "LVA")]


def test_persons_name_ends_before_the_full_stop_but_keeps_initials():
    names = [p[0] for p in _persons("The Minister met Chilean Foreign Minister Rosa Vial.",
                                    typ="meeting") if p[0]]
    assert names == ["Rosa Vial"]
    names = [p[0] for p in _persons("The Minister met Chilean Foreign Minister Luis F. Ortega Jr.",
                                    typ="meeting") if p[0]]
    assert names == ["Luis F. Ortega Jr."]


def test_persons_a_name_does_not_take_the_start_of_the_next_word():
    # "di" is a particle of names, not the first letters of "discussed"
    names = [p[0] for p in _persons("In a separate meeting, the Minister and the Minister for "
                                    "Foreign Affairs of Spain Mateo Ruiz Albares discussed "
                                    "trade.", typ="meeting") if p[0]]
    assert names == ["Mateo Ruiz Albares"]
    names = [p[0] for p in _persons("The Minister met the Foreign Minister of Italy Carla di "
                                    "Benedetto.", typ="meeting") if p[0]]
    assert names == ["Carla di Benedetto"]
