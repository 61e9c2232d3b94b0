"""A counterpart named without a country: the office-holders gazetteer gives the
side the person acted for on the document's date (sentences written for these tests)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

MEETINGS = ("meeting", "call")


@pytest.mark.parametrize("text", [
    "On 14 May the Minister met Sergey Lavrov in Sochi.",
    "Sergey Lavrov and the Minister met in Sochi on 14 May.",
    "On 14 May, in Sochi, the Minister held talks with Lavrov.",
    "The Minister met, on the margins of the forum on 14 May, with Sergei Lavrov.",
])
def test_extract_a_named_foreign_minister_stands_for_his_country(ex, text):
    assert ex(text, date="2019-05-20", types=MEETINGS) == [
        ("meeting", ("GEO",), ("RUS",), "2019-05-14")]


@pytest.mark.parametrize(("text", "caller"), [
    ("The Minister held a phone call with Secretary Blinken.", "GEO"),
    ("In a call on Monday, Secretary Blinken and the Minister discussed the war.", "GEO"),
    ("Antony Blinken phoned the Minister on Monday.", "USA"),
])
def test_extract_a_call_with_a_named_secretary_of_state(ex, text, caller):
    got = ex(text, date="2022-03-10", types=MEETINGS)
    assert [(t, set(f) | set(to), f) for t, f, to, _ in got] == [
        ("call", {"GEO", "USA"}, (caller,))]


def test_extract_the_term_of_the_document_date_decides_the_side(ex):
    # the same person: Spain's foreign minister in 2019, the EU's High Representative in 2021
    text = "The Minister met Josep Borrell in Brussels."
    assert ex(text, date="2019-05-02", types=MEETINGS) == [
        ("meeting", ("GEO",), ("ESP",), "2019-05-02")]
    got = extract_text(text, issuer="GEO", date="2021-05-02").records
    assert [(r.type, r.to, r.organizations) for r in got] == [("meeting", [], ["EU"])]


def test_extract_a_person_out_of_office_on_the_date_stands_for_no_side(ex):
    # Mike Pompeo left office in January 2021
    assert ex("The Minister met Mike Pompeo at a conference.", date="2023-06-01",
              types=MEETINGS) == []


@pytest.mark.parametrize(("text", "org"), [
    ("The Minister met António Guterres in New York.", "UN"),
    ("The Minister held talks with Jens Stoltenberg on 3 May.", "NATO"),
    ("Moussa Faki Mahamat received the Minister in Addis Ababa.", "AUC"),
])
def test_extract_a_named_head_of_an_organisation_stands_for_it(text, org):
    got = extract_text(text, issuer="GEO", date="2019-05-10").records
    assert [(r.type, r.to, r.organizations) for r in got if r.type == "meeting"] == [
        ("meeting", [], [org])]


def test_extract_a_named_holder_beside_a_different_title_country_adds_no_side(ex):
    # the sentence names the side already; the name adds nothing
    assert ex("The Minister met Russian Foreign Minister Sergey Lavrov.", date="2019-05-02",
              types=MEETINGS) == [("meeting", ("GEO",), ("RUS",), "2019-05-02")]


def test_extract_the_issuers_own_named_officials_are_no_counterpart(ex):
    got = ex("Foreign Minister Bayramov met Foreign Minister Jaishankar in Baku.",
             issuer="AZE", date="2023-03-02", types=MEETINGS)
    assert got == [("meeting", ("AZE",), ("IND",), "2023-03-02")]


def test_extract_persons_take_the_holders_country_and_role():
    res = extract_text("The Minister and Foreign Minister Jaishankar held talks in Vienna.",
                       issuer="AUT", date="2023-01-02")
    persons = {(p.name, p.role, p.country) for r in res.records for p in r.persons}
    assert ("Jaishankar", "foreign_minister", "IND") in persons
    assert (None, "minister", "AUT") in persons
    res = extract_text("The Minister met Sergey Lavrov.", issuer="GEO", date="2019-05-02")
    assert [(p.name, p.role, p.country) for p in res.records[0].persons][-1] == (
        "Sergey Lavrov", "foreign_minister", "RUS")


def test_extract_a_user_officeholders_file_extends_the_gazetteer(tmp_path):
    (tmp_path / "officeholders.tsv").write_text(
        "name\taliases\tcountry\trole\tfrom\tto\n"
        "Tamsin Oakridge\tOakridge\tNZL\tforeign_minister\t2031-01\t\n", encoding="utf-8")
    text = "The Minister met Tamsin Oakridge on 4 March."
    assert extract_text(text, issuer="GEO", date="2031-03-05").records == []
    got = extract_text(text, issuer="GEO", date="2031-03-05", patterns=[tmp_path]).records
    assert [(r.type, r.to) for r in got] == [("meeting", ["NZL"])]


def test_extract_two_named_officials_of_one_country_are_two_meetings(ex):
    # the first name must not hide the second (the document's focus is Jordan)
    text = ("The Minister paid a visit to Jordan on 14 March.\n\nOn 15 March he met Foreign "
            "Minister Eli Cohen, and called on Prime Minister Benjamin Netanyahu.")
    assert ex(text, date="2023-03-17", types=MEETINGS) == [
        ("meeting", ("GEO",), ("ISR",), "2023-03-15"),
        ("meeting", ("GEO",), ("ISR",), "2023-03-15")]


def test_extract_a_country_named_in_another_clause_does_not_hide_the_name(ex):
    text = ("The Minister paid a visit to Israel on 15 March, and met Benjamin Netanyahu on 16 "
            "March.")
    assert ("meeting", ("GEO",), ("ISR",), "2023-03-16") in ex(text, date="2023-03-17")
