"""Standing bilateral bodies under other names (a "Ministerial Forum", the bare
"Commission" or "Council" named again) and their sessions in the plural or in
the past (issue #9, freshset3 group 5; sentences of our own)."""

from __future__ import annotations

import pytest

LEAD = ("The 7th session of the Kenya-Ghana Joint Commission was held in Nairobi on "
        "12 November, co-chaired by the two Foreign Ministers. ")


@pytest.mark.parametrize("text,date", [
    ("The sixth session of the Commission had been held in Accra in October 2019.", "2019-10"),
    ("The Minister recalled that the last session of the Commission, held in Accra in May "
     "2021, had launched new projects.", "2021-05"),
    ("The previous session of the Council had taken place in Accra in March 2022.", "2022-03"),
])
def test_a_standing_body_named_again_by_its_bare_name_is_the_one_reported(ex, text, date):
    recs = ex(LEAD + text, issuer="KEN", date="2024-11-13", types={"commission"})
    assert sorted(recs, key=lambda r: r[3] != date) == [
        ("commission", ("KEN",), ("GHA",), date),
        ("commission", ("KEN",), ("GHA",), "2024-11-12")]


@pytest.mark.parametrize("text", [
    "The Minister met the Foreign Minister of Ghana on 12 November. The previous session of "
    "the Council had taken place in Accra in March 2022.",
    "The Minister addressed the 55th session of the Human Rights Council in Geneva on "
    "12 November. The previous session of the Council had taken place in March.",
    "On 12 November the Minister spoke at the meeting of the Council of Europe in Strasbourg.",
])
def test_a_bare_council_is_no_commission_when_none_was_reported(ex, text):
    assert ex(text, issuer="KEN", date="2024-11-13", types={"commission"}) == []


@pytest.mark.parametrize("text,issuer,partner", [
    ("On Thursday the Minister co-chaired the 12th Papua New Guinea–Australia Ministerial "
     "Forum in Canberra.", "PNG", "AUS"),
    ("On Thursday the Minister co-chaired the 4th Kenya-Ghana Ministerial Forum in Accra.",
     "KEN", "GHA"),
    ("The fifth Chile–Argentina Binational Ministerial Forum was held in Santiago on Thursday.",
     "CHL", "ARG"),
])
def test_a_ministerial_forum_of_two_countries_is_a_commission(ex, text, issuer, partner):
    recs = ex(text, issuer=issuer, date="2024-02-23", types={"commission", "meeting"})
    assert recs == [("commission", (issuer,), (partner,), "2024-02-22")]


@pytest.mark.parametrize("text", [
    "Joint commission meetings were held with Oman in Muscat in April and with Bahrain in "
    "Manama in November.",
    "Sessions of the joint economic commissions were held with Oman in April and with "
    "Bahrain in November.",
    "Intergovernmental commission sessions were held with Oman in April and with Bahrain in "
    "November.",
])
def test_commission_sessions_listed_with_their_months_are_commissions(ex, text):
    recs = ex(text, issuer="KEN", date="2024", types={"commission", "meeting"})
    assert recs == [("commission", ("KEN",), ("BHR",), "2024-11"),
                    ("commission", ("KEN",), ("OMN",), "2024-04")]
