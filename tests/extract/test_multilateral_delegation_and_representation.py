"""Taking part in a session told by whom one led or represented, or with whom one
joined it: a possessive before the delegation ("led Kenya's delegation to the
Executive Council"), a session named by a lower-case noun and its body ("represented
Kenya at the ministerial meeting of the Non-Aligned Movement", also in the passive),
and the body named with the colleagues joined ("joined fellow ministers of the East
African Community for an extraordinary meeting", "joined his ECOWAS counterparts at
the session") (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _sessions(text: str) -> list[tuple[str | None, list[str]]]:
    recs = extract_text(text, issuer="KEN", date="2024").records
    return [(r.date.start, list(r.organizations)) for r in recs
            if r.type == "multilateral" and not r.optional]


@pytest.mark.parametrize(("text", "org"), [
    ("Nairobi, 10 April 2024. The Cabinet Secretary led Kenya's delegation to the 44th "
     "Ordinary Session of the AU Executive Council in Addis Ababa on 9 April.", "AU"),
    ("Nairobi, 10 April 2024. On 9 April the Principal Secretary headed Kenya's delegation "
     "at the ministerial meeting of the Non-Aligned Movement.", "NAM"),
    ("Nairobi, 10 April 2024. The Principal Secretary represented Kenya at the ministerial "
     "meeting of the Non-Aligned Movement in Kampala on 9 April.", "NAM"),
    ("Nairobi, 10 April 2024. On 9 April Kenya was represented at the plenary session of "
     "the Permanent Council of the OSCE by its ambassador.", "OSCE PC"),
    ("Nairobi, 10 April 2024. The Cabinet Secretary joined fellow ministers of the East "
     "African Community for an extraordinary meeting held virtually on 9 April.", "EAC"),
    ("Nairobi, 10 April 2024. On 9 April the Cabinet Secretary joined his ECOWAS "
     "counterparts at the extraordinary session of the Council of Ministers.", "ECOWAS"),
])
def test_a_session_taken_part_in(text: str, org: str) -> None:
    assert ("2024-04-09", [org]) in _sessions(text)


@pytest.mark.parametrize("text", [
    "Nairobi, 10 April 2024. The Principal Secretary represented Kenya at the talks with "
    "the delegation of Uganda on 9 April.",
    "Nairobi, 10 April 2024. The Cabinet Secretary will represent Kenya at the ministerial "
    "meeting of the Non-Aligned Movement next week.",
])
def test_no_session_taken_part_in(text: str) -> None:
    assert _sessions(text) == []


def test_who_is_in_the_delegation_is_no_second_session() -> None:
    text = ("Nairobi, 10 April 2024. The Cabinet Secretary is heading Kenya's delegation to "
            "the conference, which includes the Special Envoy for Climate and the Permanent "
            "Representative of Kenya to the United Nations.")
    assert len(_sessions(text)) == 1



@pytest.mark.parametrize("text", [
    "Nairobi, 10 April 2024. The Cabinet Secretary travelled to Arusha on Monday to lead "
    "Kenya's delegation to the Council of Ministers of the East African Community, which "
    "opened on 10 April.",
    "Nairobi, 10 April 2024. The Cabinet Secretary flew to Arusha on Monday, leading "
    "Kenya's delegation to the Council of Ministers of the East African Community, which "
    "was opened this morning.",
])
def test_the_sessions_own_day_in_a_relative_clause(text: str) -> None:
    assert _sessions(text) == [("2024-04-10", ["EAC"])]
