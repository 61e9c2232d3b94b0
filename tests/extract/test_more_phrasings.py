"""More ways ministries word a meeting or a session attended (sentences of
our own, several phrasings each)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _got(text: str, typ: str) -> list[tuple[list[str], list[str]]]:
    return [(r.to, r.organizations) for r in extract_text(text, issuer="ESP",
                                                         date="2025-05-06").records
            if r.type == typ]


@pytest.mark.parametrize("text", [
    "The Minister also had bilateral encounters with the ministers of Croatia, Slovenia "
    "and Latvia.",
    "On the margins, the Minister held brief encounters with her colleagues from Croatia, "
    "Slovenia and Latvia.",
])
def test_encounters_with_several_ministers_are_one_meeting_each(text):
    assert sorted(to for to, _ in _got(text, "meeting")) == [["HRV"], ["LVA"], ["SVN"]]


@pytest.mark.parametrize("text", [
    "The Minister welcomed her Finnish colleague to Madrid.",
    "Minister Ruiz welcomed her colleague from Finland to Madrid on Monday.",
])
def test_a_colleague_welcomed_is_met(text):
    assert _got(text, "meeting") == [(["FIN"], [])]


@pytest.mark.parametrize(("text", "org"), [
    ("The Minister joined her counterparts for the NATO foreign ministers' meeting in "
     "Brussels.", "NATO"),
    ("Minister Ruiz joined fellow ministers at the session of the OSCE Ministerial Council.",
     "OSCE MC"),
])
def test_joining_colleagues_at_a_meeting_is_attending_it(text, org):
    assert _got(text, "multilateral") == [([], [org])]


@pytest.mark.parametrize("text", [
    "Austria chaired the Forum for Security Cooperation from September to December.",
    "The Minister joined the chorus of criticism of the decision.",
])
def test_chairing_for_a_term_or_joining_a_chorus_is_no_session(text):
    assert _got(text, "multilateral") == []


@pytest.mark.parametrize(("text", "typ"), [
    ("A conversation took place between the Minister and the Ambassador of Egypt.", "meeting"),
    ("A telephone conversation took place between the Minister and the Foreign Minister of "
     "Egypt.", "call"),
    ("On 4 May a video conversation was held between the Minister and her Egyptian "
     "counterpart.", "call"),
    ("The Minister held a bilateral with her Egyptian counterpart.", "meeting"),
    ("The Minister had a brief bilateral with the Foreign Minister of Egypt.", "meeting"),
])
def test_a_conversation_or_a_bilateral_is_a_meeting_unless_by_phone_or_video(text, typ):
    recs = extract_text(text, issuer="ESP", date="2025-05-06").records
    assert [(r.type, r.to) for r in recs] == [(typ, ["EGY"])]


def test_a_courtesy_visit_to_an_official_is_a_meeting():
    recs = extract_text("The Minister paid a courtesy visit to the Speaker of the National "
                        "Assembly of Kenya.", issuer="ESP", date="2025-05-06").records
    assert ("meeting", ["KEN"]) in [(r.type, r.to) for r in recs]


@pytest.mark.parametrize(("text", "n"), [
    ("In Nairobi the Minister met President William Ruto and her counterpart Musalia "
     "Mudavadi.", 2),
    ("In Nairobi I met President William Ruto and my counterpart Musalia Mudavadi.", 2),
    ("In Nairobi the Minister met her counterpart Musalia Mudavadi.", 1),
    ("The Minister met her Kenyan counterpart and discussed trade.", 1),
])
def test_each_official_met_counterparts_included_is_one_meeting(text, n):
    assert _got(text, "meeting") == [(["KEN"], [])] * n


def test_undated_events_after_last_week_take_that_week_s_month():
    text = ("Last week I travelled to Nairobi, my first visit to East Africa as Minister. "
            "I met President William Ruto there. Together we signed an agreement on students.")
    recs = extract_text(text, issuer="ESP", date="2025-06-03").records
    assert {r.date.start for r in recs} == {"2025-05"}
