"""Checking the numbers of a draft: claims, qualifiers, verdicts, flags."""

from __future__ import annotations

import pytest

from communique.reports._claims import find_claims, find_lists
from communique.reports.check import check_text, judge, satisfies
from communique.reports.render import render_text
from communique.reports.review import build_review


def _one(findings, phrase):
    (f,) = [f for f in findings if f.kind == "claim" and phrase in f.phrase]
    return f


@pytest.mark.parametrize(("qualifier", "claimed", "registry", "ok"), [
    ("more_than", 80, 85, True), ("more_than", 80, 80, False), ("at_least", 80, 80, True),
    ("less_than", 10, 9, True), ("about", 80, 86, True), ("about", 80, 90, False),
    ("about", 3, 4, True), ("exactly", 27, 20, False), ("exactly", 16, 16, True),
])
def test_qualifiers(qualifier, claimed, registry, ok):
    assert satisfies(qualifier, claimed, registry) is ok


def test_a_range_of_possible_counts_is_judged_on_every_value():
    assert judge("exactly", 16, 16, 16) == "agrees"
    assert judge("exactly", 16, 3, 20) == "consistent"
    assert judge("exactly", 16, 3, None) == "consistent"  # no upper bound
    assert judge("more_than", 80, 10, 35) == "disagrees"
    assert judge("at_least", 2, 3, 9) == "agrees"
    assert judge("more_than", 100, 101, None) == "agrees"  # "more than 100" stated


def test_claims_and_what_they_count():
    text = ("The Foreign Ministers of 16 countries visited our country. More than 80 meetings "
            "were held. 27 international agreements have been signed. In 2021, 40 students "
            "from 37 countries studied here. Two rounds of consultations with Germany took "
            "place. The two countries signed a treaty.")
    claims = find_claims(text, "AZE", issuer_names=["Azerbaijan"])
    got = [(c.value, c.qualifier, c.measure.what, c.measure.type, c.measure.direction,
            c.measure.level, c.measure.partner, c.measure.why_not is None) for c in claims]
    assert got == [
        (16, "exactly", "countries", "visit", "received", "foreign_minister", None, True),
        (80, "more_than", "meeting", None, None, None, None, True),
        (27, "exactly", "agreement", None, None, None, None, True),
        (40, "exactly", "measure", None, None, None, None, True),
        (37, "exactly", "measure", None, None, None, None, True),
        (2, "exactly", "consultation", None, None, None, "DEU", True),
    ]  # "the two countries" is a reference, not a count


def test_numbers_in_quotation_marks_are_quotations():
    assert not find_claims('The review said "more than 80 meetings".', "AZE")


def test_verdicts_against_the_registry(year_2021):
    text = ("In 2021 the foreign ministers of 2 countries visited Azerbaijan. "
            "At least 2 meetings were held; more than 2 meetings were held, and about 40 "
            "meetings. Delegations of Azerbaijan paid 3 visits abroad. "
            "In total 5 agreements were signed. 40 students came. "
            "Numerous telephone conversations took place.")
    findings = check_text(text, year_2021, issuer="AZE", year=2021)
    fm = _one(findings, "2 countries")
    # two foreign ministers are recorded; the Belarusian visit has no level: it might be a third
    assert (fm.verdict, fm.registry, fm.registry_list, fm.bounds) == (
        "consistent", 2, ["Serbia", "Hungary"], [2, 3])
    assert set(fm.records) == {1, 5} and fm.settle == [6] and fm.unknown == "level"
    assert _one(findings, "At least 2 meetings").verdict == "agrees"  # 2 meetings in 2021
    assert _one(findings, "more than 2 meetings").verdict == "disagrees"
    about = _one(findings, "about 40 meetings")
    assert (about.verdict, about.registry) == ("disagrees", 2)
    assert _one(findings, "3 visits").verdict == "disagrees"  # one visit paid
    assert _one(findings, "5 agreements").verdict == "agrees"  # rule 7
    students = _one(findings, "40 students")
    assert (students.verdict, students.reason) == (
        "unverifiable", "no record of AZE in 2021 carries a measure of students")
    vague = _one(findings, "Numerous telephone conversations")
    assert vague.verdict == "unverifiable" and "vague" in vague.reason


def test_a_level_the_registry_does_not_record_gives_bounds(rec):
    events = [rec(1, "visit", "2021", "HUN", "AZE"), rec(2, "visit", "2021", "SRB", "AZE",
                                                         persons=((None, "foreign_minister",
                                                                   "SRB"),))]
    f = _one(check_text("The foreign ministers of 2 countries visited our country.", events,
                        issuer="AZE", year=2021), "2 countries")
    assert f.verdict == "consistent" and f.bounds == [1, 2] and f.settle == [1]
    assert "1 more of unknown level (record 1): between 1 and 2" in f.reason
    f = _one(check_text("The foreign ministers of 3 countries visited our country.", events,
                        issuer="AZE", year=2021), "3 countries")
    assert f.verdict == "disagrees"  # even counting every visit of unrecorded level: 2


def test_no_such_records_is_unverifiable(year_2021):
    f = _one(check_text("Five resolutions were adopted.", year_2021, issuer="AZE", year=2021),
             "Five resolutions")
    assert f.verdict == "unverifiable" and "no resolution records" in f.reason
    f = _one(check_text("We held 3 meetings.", year_2021, issuer="AZE", year=2015), "3 meet")
    assert f.verdict == "unverifiable" and "no counted records" in f.reason


def test_a_country_listed_twice_is_flagged(year_2021):
    text = "Agreements were signed with Ukraine, Mongolia, Mongolia and the Kingdom of Spain."
    (flag,) = [f for f in check_text(text, year_2021, issuer="AZE", year=2021)
               if f.kind == "list"]
    assert flag.verdict == "disagrees" and "Mongolia is listed 2 times" in flag.reason


def test_a_count_that_disagrees_with_its_list_is_flagged(year_2021):
    text = "Consultations were held with 3 countries: Germany and Estonia."
    findings = check_text(text, year_2021, issuer="AZE", year=2021)
    (flag,) = [f for f in findings if f.kind == "list"]
    assert flag.verdict == "disagrees" and "names 2 countries" in flag.reason
    claim = _one(findings, "3 countries")
    assert claim.verdict == "disagrees" and claim.notes


def test_lists_are_found_with_the_gazetteer():
    text = "We met Hungary, the Republic of Poland and Bulgaria; later France."
    (lst,) = find_lists(text, 0, len(text))
    assert lst.codes == ["HUN", "POL", "BGR"]


def test_a_date_outside_the_year_is_flagged(year_2021):
    text = "The conflict ended on 10 November 2020. On 5 May 2021 talks were held."
    (flag,) = [f for f in check_text(text, year_2021, issuer="AZE", year=2021)
               if f.kind == "date"]
    assert flag.phrase == "10 November 2020" and "outside 2021" in flag.reason


def test_findings_have_the_documented_json_keys(year_2021):
    (f, *_) = check_text("More than 1 meeting and more than 1 visit: over 3 visits were "
                         "received.", year_2021, issuer="AZE", year=2021)
    d = f.to_dict()
    assert {"claim", "start", "end", "claimed", "qualifier", "counts", "registry", "verdict",
            "reason", "records"} <= set(d)
    assert d["qualifier"] == "more_than" and d["verdict"] == "agrees"
    assert isinstance(d["records"], list) and all(isinstance(r, int) for r in d["records"])


def test_the_review_and_the_check_agree_on_every_countable_number(year_2021):
    md = render_text(build_review(year_2021, "AZE", 2021), "md")
    findings = check_text(md, year_2021, issuer="AZE", year=2021)
    claims = [f for f in findings if f.kind == "claim"]
    assert len(claims) >= 10
    wrong = [(f.phrase, f.registry, f.reason) for f in claims if f.verdict == "disagrees"]
    assert wrong == []
