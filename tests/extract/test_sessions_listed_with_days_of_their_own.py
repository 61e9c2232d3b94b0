"""Sessions listed after one verb of taking part, each with its own time ("took part
in the ECOWAS summit in July and in the UN General Assembly in September"): one
record each, on its own time; and what a where-clause after the last one tells
("..., where he met ...") takes that session's time (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_HEAD = "Results of the foreign policy of Ghana in 2024\n\n"


def _records(text: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    recs = extract_text(_HEAD + text, issuer="GHA", date="2024").records
    return [(r.type, tuple(r.organizations or r.to), r.date.start) for r in recs
            if r.type in ("multilateral", "meeting")]


@pytest.mark.parametrize("text", [
    "The Minister took part in the ECOWAS summit in Abuja in July and in the UN General "
    "Assembly in September.",
    "In July the President attended the ECOWAS summit in Abuja, and in September the UN "
    "General Assembly.",
])
def test_each_session_listed_keeps_its_own_time(text: str) -> None:
    got = _records(text)
    assert ("multilateral", ("ECOWAS",), "2024-07") in got
    assert ("multilateral", ("UNGA",), "2024-09") in got


def test_a_where_clause_after_the_last_session_takes_its_time() -> None:
    got = _records("The Minister took part in the ECOWAS summit in Abuja in July and in the "
                   "UN General Assembly in September, where he held meetings with his "
                   "counterparts from Japan and India.")
    assert ("meeting", ("JPN",), "2024-09") in got
    assert ("meeting", ("IND",), "2024-09") in got


def test_a_session_and_its_related_meetings_are_one() -> None:
    got = _records("In July the Minister led the delegation to the 57th ASEAN Foreign "
                   "Ministers' Meeting and related meetings in Vientiane.")
    assert [r for r in got if r[0] == "multilateral"] == [
        ("multilateral", ("ASEAN",), "2024-07")]


def test_a_resolution_after_and_is_no_second_session() -> None:
    got = _records("The Minister addressed the Security Council's open debate on the Middle "
                   "East in January and co-sponsored the General Assembly resolution of "
                   "10 May.")
    assert not any(r[0] == "multilateral" and r[2] == "2024-05-10" for r in got)
