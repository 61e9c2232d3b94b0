"""Every reason ``check`` gives is true of the claim: one test per reason, on sentences
written for these tests, against small hand-built registries."""

from __future__ import annotations

from dataclasses import replace

import pytest

from communique.model import Quantity
from communique.reports._claims import find_claims
from communique.reports.check import check_text


def _one(findings, phrase):
    (f,) = [f for f in findings if f.kind == "claim" and phrase in f.phrase]
    return f


def _check(text, events, year=2022, **kw):
    return check_text(text, events, issuer="GEO", year=year, **kw)


@pytest.fixture
def year_2022(rec):
    fm = "foreign_minister"
    return [
        rec(1, "visit", "2022-02-10", "LTU", "GEO", persons=((None, fm, "LTU"),)),
        rec(2, "visit", "2022-05-03", "LVA", "GEO"),                      # level unknown
        rec(3, "visit", "2022-10-20", "EST", "GEO"),                      # level unknown
        rec(4, "meeting", "2022-09-21", "GEO", "JPN", orgs="UNGA"),
        rec(5, "meeting", "2022-09-22", "GEO", "BRA", city="New York"),
        rec(6, "meeting", "2022-09-05", "GEO", "ARM"),                     # September, at home
        rec(7, "meeting", "2022", "GEO", "MDA", orgs="UNGA"),             # undated UNGA meeting
        rec(8, "agreement", "2022-03-01", "GEO", "AZE",
            quantity=(3, "exactly", "documents")),                        # 3 documents, 1 signing
        rec(9, "agreement", "2022-07-07", "GEO", "KAZ"),
        rec(10, "consular", "2022-04-15", "GEO", "SDN", title="evacuation from Sudan"),
        rec(11, "consular", "2022-10-11", "GEO", "ISR"),
        rec(12, "multilateral", "2022-06-14", "GEO", "RUS", title="the 57th round of the "
            "Geneva International Discussions"),
        rec(13, "multilateral", "2022-10-05", "GEO", "RUS", title="the 58th round of the "
            "Geneva International Discussions"),
        rec(14, "aid", "2022-03-02", "GEO", "UKR"),
        rec(15, "aid", "2021-08-10", "GEO", "TUR"),
        rec(16, "aid", "2020-01-20", "GEO", "ALB"),
        rec(17, "visit", "2022-11-02", "GEO", "POL", persons=((None, fm, "GEO"),)),
        rec(18, "visit", "2022-11-03", "GEO", "POL", persons=((None, fm, "GEO"),)),
    ]


def _with_sources(events, texts):
    """Give records the sentences they came from (consular operations read them)."""
    from communique.model import Source

    out = []
    for e in events:
        n = int(e.id[3:])
        out.append(replace(e, source=Source("d.txt", 0, 1, texts[n])) if n in texts else e)
    return out


# ---------------------------------------------------------------- reasons of no verdict


def test_vague_wording_says_which_word(year_2022):
    f = _one(_check("Numerous meetings were held in Tbilisi.", year_2022), "Numerous")
    assert (f.verdict, f.reason) == ("unverifiable", 'vague wording ("Numerous")')


def test_ministers_of_no_portfolio_are_asked_about(year_2022):
    f = _one(_check("In Tbilisi 4 ministers spoke at the forum.", year_2022), "4 ministers")
    assert f.verdict == "unverifiable" and f.reason.startswith("ministers of which portfolio")


def test_countries_that_did_nothing_the_registry_records(year_2022):
    f = _one(_check("Our honey is sold in 9 countries.", year_2022), "9 countries")
    assert f.reason == ("the sentence does not say what the countries did that the registry "
                        "records")


def test_rounds_of_nothing_named_say_so(year_2022):
    f = _one(_check("Four rounds took place.", year_2022), "Four rounds")
    assert f.reason == "the sentence does not say rounds of what"


def test_rounds_of_named_talks_are_counted_not_refused(year_2022):
    f = _one(_check("Two rounds of the Geneva International Discussions were held.",
                    year_2022), "Two rounds")
    assert (f.verdict, f.registry, sorted(f.records)) == ("agrees", 2, [12, 13])
    assert "rounds of what" not in f.reason and "Geneva International Discussions" in f.rule
    f = _one(_check("Three rounds of the Geneva International Discussions were held.",
                    year_2022), "Three rounds")
    assert f.verdict == "disagrees" and "does not match 2" in f.reason


def test_rounds_of_talks_no_record_names_are_unverifiable(year_2022):
    f = _one(_check("Two rounds of the Minsk Talks were held.", year_2022), "Two rounds")
    assert (f.verdict, f.reason) == ("unverifiable", "the registry holds no event of GEO in "
                                     "2022 whose record names the Minsk Talks")


def test_consular_operations_are_counted(year_2022):
    events = _with_sources(year_2022, {
        10: "Citizens were evacuated from Sudan.",
        11: "Special flights brought citizens home from Israel."})
    f = _one(_check("The year brought two emergency operations.", events), "two emergency")
    assert (f.verdict, sorted(f.records)) == ("agrees", [10, 11])
    assert "does not count" not in f.reason


def test_consular_operations_without_records_say_what_is_missing(year_2022):
    f = _one(_check("The year brought two emergency operations.", year_2022),
             "two emergency")
    assert f.reason == ("the registry holds no consular record of GEO in 2022 about an "
                        "evacuation, rescue or emergency")


def test_no_counted_records_for_the_year(year_2022):
    f = _one(_check("We held 3 meetings.", year_2022, year=2015), "3 meetings")
    assert f.reason == "the registry holds no counted records of GEO for 2015"


def test_no_records_of_the_type(year_2022):
    f = _one(_check("Five resolutions were adopted.", year_2022), "Five resolutions")
    assert f.reason == "the registry holds no resolution records of GEO for 2022"


def test_an_unnamed_occasion_cannot_be_scoped(year_2022):
    f = _one(_check("At the summit the Minister held 6 meetings.", year_2022), "6 meetings")
    assert f.verdict == "unverifiable"
    assert "without naming it" in f.reason and '"the summit"' in f.reason


def test_a_measure_no_record_carries(year_2022):
    f = _one(_check("The embassy issued 300 visas.", year_2022), "300 visas")
    assert f.reason == "no record of GEO in 2022 carries a measure of visas"


# ---------------------------------------------------------------- bounds


def test_an_unknown_level_gives_bounds_and_the_records_that_settle_them(year_2022):
    f = _one(_check("The foreign ministers of 2 countries visited Georgia.", year_2022),
             "2 countries")
    assert (f.verdict, f.bounds, f.registry_list, f.settle, f.unknown) == (
        "consistent", [1, 3], ["Lithuania"], [2, 3], "level")
    assert "1 recorded (record 1); 2 more of unknown level (records 2, 3): between 1 and 3; " \
           "the claim (2) lies within it" in f.reason
    f = _one(_check("The foreign ministers of 5 countries visited Georgia.", year_2022),
             "5 countries")
    assert f.verdict == "disagrees" and "lies outside it" in f.reason


def test_an_event_dated_only_by_year_bounds_a_claim_scoped_to_months(year_2022):
    f = _one(_check("During the high-level week the Minister held 3 bilateral meetings.",
                    year_2022), "3 bilateral")
    # records 4 (UNGA) and 5 (New York) in September; 7 (UNGA, year only) may be; 6 is not
    assert (f.verdict, sorted(f.records), f.bounds, f.settle, f.unknown) == (
        "consistent", [4, 5], [2, 3], [7], "date")
    assert f.scope == "September; events of UNGA, UN, New York"


def test_the_first_half_of_the_year(year_2022):
    f = _one(_check("In the first half of the year, 2 foreign ministers visited Georgia.",
                    year_2022), "2 foreign")
    assert f.scope == "January-June"
    assert f.records == [1]  # record 3 came in October


def test_a_period_before_the_first_year_held_is_a_floor(year_2022):
    f = _one(_check("So far our country has provided aid to 20 countries.", year_2022),
             "20 countries")
    assert (f.verdict, f.years, f.bounds) == ("consistent", [2020, 2021, 2022], [3, None])
    assert '"So far" reaches before 2020, the first year the registry holds, so the truth ' \
           'is at least 3' in f.reason


def test_since_a_year_counts_from_that_year(year_2022):
    f = _one(_check("Since 2021 our country has provided aid to 2 countries.", year_2022),
             "2 countries")
    assert (f.verdict, f.years, f.registry_list) == ("agrees", [2021, 2022],
                                                     ["Türkiye", "Ukraine"])


def test_over_the_past_years():
    claims = find_claims("Over the past five years we signed 40 agreements.", "GEO")
    assert claims[0].measure.period is not None and claims[0].measure.period.past == 5


# ---------------------------------------------------------------- counting rules named


def test_agreements_as_documents_or_signing_occasions(year_2022):
    docs = _one(_check("4 agreements were signed.", year_2022), "4 agreements")
    assert docs.verdict == "agrees" and docs.rule.startswith("agreements as documents")
    occ = _one(_check("2 agreements were signed.", year_2022), "2 agreements")
    assert occ.verdict == "agrees" and occ.rule.startswith("agreements as signing occasions")
    assert occ.other_counts[0]["bounds"] == [4, 4]  # the other rule's count is given
    assert "by the other rule: agreements as documents" in occ.reason
    neither = _one(_check("7 agreements were signed.", year_2022), "7 agreements")
    assert neither.verdict == "disagrees" and neither.rule.startswith("agreements as documents")


def test_visits_as_trips_or_as_countries(year_2022):
    trips = _one(_check("The Minister paid 2 visits to Poland.", year_2022), "2 visits")
    assert (trips.verdict, trips.registry) == ("agrees", 2)
    assert trips.rule.startswith("visits as events")
    # two trips to one country: "2 countries" agrees by the trips rule, which is named,
    # and the countries rule's count is given
    f = _one(_check("The Minister paid visits abroad to 2 countries.", year_2022),
             "2 countries")
    assert (f.verdict, f.registry) == ("agrees", 2) and f.rule.startswith("visits as events")
    assert [(o["rule"].split(":")[0], o["bounds"], o["verdict"]) for o in f.other_counts] == [
        ("visits as countries", [1, 1], "disagrees")]


# ---------------------------------------------------------------- measures


def test_measures_of_the_occasion_the_sentence_names(rec):
    vote = replace(rec(1, "election", "2022-11-15", "GEO", "", orgs="UNESCO"),
                   measures=[Quantity(152, "exactly", "votes")])
    other = replace(rec(2, "election", "2022-06-01", "GEO", "", orgs="UNW"),
                    measures=[Quantity(40, "exactly", "votes")])
    f = _one(_check("On 15 November 2022 Georgia was elected to the UNESCO board with 152 "
                    "votes.", [vote, other]), "152 votes")
    assert (f.verdict, f.records) == ("agrees", [1])
    assert f.rule.startswith("votes of the occasion the sentence names")
    assert "the records state 152 votes (record 1)" in f.reason
    f = _one(_check("On 15 November 2022 Georgia was elected with 140 votes.", [vote, other]),
             "140 votes")
    assert f.verdict == "disagrees"


def test_measures_add_up_over_the_year(rec):
    a = replace(rec(1, "outreach", "2022-03-01", "GEO", ""),
                measures=[Quantity(20, "exactly", "students")])
    b = replace(rec(2, "outreach", "2022-10-01", "GEO", ""),
                measures=[Quantity(25, "more_than", "students")])
    f = _one(_check("During the year, more than 40 students studied with our grants.",
                    [a, b]), "40 students")
    assert (f.verdict, f.bounds) == ("agrees", [46, None])
    assert f.rule == "students: the sum of the measures recorded in the period"
    f = _one(_check("During the year, 20 students studied with our grants.", [a, b]),
             "20 students")
    assert f.verdict == "agrees" and f.rule.startswith("students: one record's measure")


def test_a_consular_record_with_a_measure_decides_a_consular_claim(rec):
    desk = replace(rec(1, "consular", "2022-12", "GEO", ""),
                   measures=[Quantity(26000, "more_than", "appeals")])
    f = _one(_check("In 2022, more than 26,000 appeals were handled.", [desk]), "appeals")
    assert (f.verdict, f.records) == ("agrees", [1])
    f = _one(_check("In 2022, about 40,000 appeals were handled.", [desk]), "appeals")
    assert f.verdict == "consistent"  # more than 26,000 may be about 40,000


def test_a_named_summit_scopes_the_claim_to_its_events(rec):
    events = [rec(1, "meeting", "2022-07-11", "GEO", "LTU", orgs="NATO"),
              rec(2, "meeting", "2022-07-12", "GEO", "POL", orgs="NATO"),
              rec(3, "meeting", "2022-03-02", "GEO", "FRA")]
    f = _one(_check("At the NATO Summit the Minister held 2 meetings.", events), "2 meetings")
    assert (f.verdict, sorted(f.records)) == ("agrees", [1, 2])
    assert f.scope == "events of NATO"


def test_a_month_scopes_the_claim(rec):
    events = [rec(1, "meeting", "2022-04-11", "GEO", "LTU"),
              rec(2, "meeting", "2022-05-12", "GEO", "POL")]
    f = _one(_check("In April, the Minister held 1 meeting and in total 2 meetings.", events),
             "2 meetings")
    assert (f.verdict, f.years, f.scope) == ("agrees", [2022], None)
    f = _one(_check("In April the Minister held 2 meetings.", events), "2 meetings")
    assert (f.verdict, f.scope, f.records) == ("disagrees", "April", [1])


def test_a_measure_only_the_draft_itself_states_is_noted(rec):
    from communique.model import Source

    sentence = "During the year the Ministry posted 700 news items on its website."
    own = replace(rec(1, "outreach", "2022", "GEO", ""), quantity=Quantity(700, "exactly",
                                                                             "news items"),
                  source=Source("review.txt", 0, len(sentence), sentence))
    f = _one(_check(sentence, [own]), "700 news items")
    assert f.verdict == "agrees" and any("come from sentences of this draft" in n
                                         for n in f.notes)
    other = replace(own, source=Source("web.txt", 0, 9, "The website carried 700 news items."))
    f = _one(_check(sentence, [other]), "700 news items")
    assert f.verdict == "agrees" and not f.notes


def test_a_figure_restating_an_events_measure_counts_once(rec):
    from communique.model import Source

    said = Source("readout.txt", 0, 30, "On 3 June 2022 Georgia won 120 votes in the vote.")
    election = replace(rec(1, "election", "2022-06-03", "GEO", "", orgs="UNESCO"),
                       measures=[Quantity(120, "exactly", "votes")], source=said)
    figure = replace(rec(2, "figure", "2022-06-03", "GEO", ""),
                     quantity=Quantity(120, "exactly", "votes"), source=said)
    f = _one(_check("On 3 June 2022 Georgia was elected with 120 votes.", [election, figure]),
             "120 votes")
    assert (f.verdict, f.records, f.bounds) == ("agrees", [1], [120, 120])


def test_an_occasion_the_registry_holds_no_event_of(rec):
    events = [rec(1, "meeting", "2022-07-11", "GEO", "LTU")]
    f = _one(_check("At the Vilnius Summit the Prime Minister held 2 meetings.", events),
             "2 meetings")
    assert (f.verdict, f.reason) == ("unverifiable", "the registry holds no event of GEO in "
                                     "2022 of the occasion the sentence names (events of "
                                     "Vilnius)")


def test_meetings_on_the_margins_of_a_session_belong_to_it(rec):
    events = [rec(1, "multilateral", "2022-12-01", "GEO", "", orgs="OSCE MC", city="Lodz"),
              rec(2, "meeting", "2022-11-30", "GEO", "POL", end="2022-12-01"),
              rec(3, "meeting", "2022-12-01", "GEO", "MLT", city="Lodz"),
              rec(4, "meeting", "2022-12-01", "GEO", "FIN", city="Tbilisi"),  # at home
              rec(5, "meeting", "2022-05-01", "GEO", "EST")]
    f = _one(_check("At the OSCE Ministerial Council the Minister held 2 bilateral meetings.",
                    events), "2 bilateral")
    assert (f.verdict, sorted(f.records), f.scope) == ("agrees", [2, 3], "events of OSCE MC")


def test_amounts_and_multipliers_are_read():
    (usd,) = find_claims("Georgia contributed USD 200,000 to the appeal.", "GEO")
    assert (usd.value, usd.measure.units) == (200000, ("USD",))
    (doses,) = find_claims("We received 2 million doses of vaccine.", "GEO")
    assert (doses.value, doses.measure.units[-1]) == (2_000_000, "doses")


def test_a_demonym_names_the_partner():
    (c,) = find_claims("The Minister held 3 telephone conversations with his Ukrainian "
                       "counterpart.", "GEO")
    assert c.measure.partner == "UKR"


def test_two_regions_count_either():
    (c,) = find_claims("The Minister visited 12 countries in Europe and Asia.", "GEO")
    assert c.measure.region == "Europe|Asia"


def test_two_documents_stating_one_elections_votes_count_once(rec):
    from communique.model import Source

    a = replace(rec(1, "election", "2022-11-15", "GEO", "", orgs="UNESCO"),
                measures=[Quantity(152, "exactly", "votes")],
                source=Source("readout.txt", 0, 9, "Georgia was elected with 152 votes."))
    b = replace(rec(2, "figure", "2022-11-15", "GEO", "", orgs="UNESCO"),
                quantity=Quantity(152, "exactly", "votes"),
                source=Source("review.txt", 0, 9, "On 15 November it won 152 votes."))
    f = _one(_check("On 15 November 2022, at UNESCO, Georgia won 152 votes.", [a, b]),
             "152 votes")
    assert (f.verdict, f.bounds) == ("agrees", [152, 152])


def test_a_measure_over_a_period_before_the_first_year_held_is_a_floor(rec):
    aid = replace(rec(1, "aid", "2022-08-24", "GEO", "UKR"),
                  measures=[Quantity(96, "exactly", "tonnes")])
    f = _one(_check("Since February 2021, the total has exceeded 1,000 tonnes.", [aid]),
             "1,000 tonnes")
    assert (f.verdict, f.bounds) == ("consistent", [96, None])
    assert "so the truth is at least 96" in f.reason
