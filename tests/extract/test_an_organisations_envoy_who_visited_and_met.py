"""An organisation's official who travelled and met someone, told in one sentence ("The
UN Special Envoy for Syria visited Oslo on 3 May and met the State Secretary"): the
visit, and a meeting with the organisation (no country). The country of the envoy's
remit is no side: not of the meeting, not a visitor, and not the partner a text opened
with; a partner named in the sentence before is not the envoy's either. A country's
own envoy stays that country's (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _recs(text: str) -> list[tuple]:
    recs = extract_text(text, issuer="NOR", date="2024-05-10").records
    return sorted((r.type, tuple(r.from_), tuple(r.to), tuple(r.organizations), r.date.start)
                  for r in recs if r.type in ("visit", "meeting"))


@pytest.mark.parametrize("text, org", [
    ("The UN Secretary-General visited Oslo on 3 May and met the State Secretary.", "UN"),
    ("The Special Representative of the African Union for Libya visited Oslo on 3 May "
     "and met the State Secretary.", "AU"),
    ("On 3 May, the Secretary-General of ASEAN arrived in Oslo and held talks with Foreign "
     "Minister Holm.", "ASEAN"),
    ("NATO Secretary General Jens Stoltenberg paid a visit to Oslo on 3 May and also met "
     "Prime Minister Dahl.", "NATO"),
])
def test_the_visit_and_the_meeting(text: str, org: str) -> None:
    assert _recs(text) == [("meeting", ("NOR",), (), (org,), "2024-05-03"),
                           ("visit", (), ("NOR",), (org,), "2024-05-03")]


def test_the_partner_told_before_is_not_the_envoys() -> None:
    got = _recs("The State Secretary met the Chinese Ambassador on 2 May. The UN Special "
                "Envoy for Syria visited Oslo on 3 May and met the State Secretary.")
    assert [r for r in got if r[-1] == "2024-05-03"] == [
        ("meeting", ("NOR",), (), ("UN",), "2024-05-03"),
        ("visit", (), ("NOR",), ("UN",), "2024-05-03")]


def test_a_countrys_envoy_for_a_third() -> None:
    # (the remit is no visitor either)
    assert _recs("The US Special Envoy for Sudan visited Oslo on 3 May and met the State "
                 "Secretary.") == [("meeting", ("NOR",), ("USA",), (), "2024-05-03"),
                                   ("visit", ("USA",), ("NOR",), (), "2024-05-03")]


def test_a_minister_unchanged() -> None:
    assert _recs("The Foreign Minister of Chile visited Oslo on 3 May and met the State "
                 "Secretary.") == [("meeting", ("NOR",), ("CHL",), (), "2024-05-03"),
                                   ("visit", ("CHL",), ("NOR",), (), "2024-05-03")]


def test_a_national_director_general_is_no_organisation() -> None:
    assert [r for r in _recs("The Director General of the National Police visited Oslo on "
                             "3 May and met the State Secretary.") if r[0] == "meeting"
            and r[3]] == []
