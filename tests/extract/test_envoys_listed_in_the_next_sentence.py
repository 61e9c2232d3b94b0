"""Credentials of envoys counted in one sentence and named in the next ("They are
Mr A, Ambassador of Chile; ...") are one meeting with each envoy's country, on
the day the first sentence tells (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _met(text: str) -> list[tuple[str, str]]:
    recs = extract_text(text, issuer="GHA", date="2025-11-14").records
    return sorted((r.to[0], r.date.start or "") for r in recs if r.type == "meeting" and r.to)


@pytest.mark.parametrize("text", [
    "The Deputy Minister on Monday received copies of credentials from three new "
    "ambassadors. They are Ms Ana Soto of Chile, Mr Ole Berg of Norway and Mr Tran Van of "
    "Vietnam.",
    "On Monday, three newly accredited envoys presented copies of their letters of credence "
    "to the Minister.\n\nThey are Ms Ana Soto, Ambassador of Chile; Mr Ole Berg, Ambassador "
    "of Norway; and Mr Tran Van, Ambassador of Vietnam, who is resident in Bangkok.",
])
def test_the_envoys_named_next_are_met(text: str) -> None:
    assert _met(text) == [("CHL", "2025-11-10"), ("NOR", "2025-11-10"), ("VNM", "2025-11-10")]


@pytest.mark.parametrize("text", [
    # the next sentence lists something else
    "The Minister on Monday received copies of credentials from three new ambassadors. "
    "The talks covered trade with Chile and Norway.",
    # no credentials: a listing after a meeting with envoys is not joined
    "The Minister on Monday met three ambassadors. They are concerned about the visa rules "
    "of Chile.",
])
def test_no_listing_no_meetings(text: str) -> None:
    assert _met(text) == []


@pytest.mark.parametrize("later", [
    "Later in the day, the Minister held talks with the Foreign Minister of Peru.",
    "In the afternoon, the Minister received the Foreign Minister of Peru.",
])
def test_the_ceremony_day_goes_on(later: str) -> None:
    text = ("The Minister on Monday received copies of the credentials of two new "
            "ambassadors.\n\nThey are Ms Ana Soto of Chile and Mr Ole Berg of Norway.\n\n"
            + later)
    assert _met(text) == [("CHL", "2025-11-10"), ("NOR", "2025-11-10"), ("PER", "2025-11-10")]
