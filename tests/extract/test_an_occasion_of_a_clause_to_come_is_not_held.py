"""An occasion named as the time of a clause in the future ("are expected to meet
again in May on the sidelines of the NATO ministerial", "will hold talks on the
margins of the General Assembly") is not held yet, however many words stand between
the future and the occasion; a verb of something done after the future ("who will
travel next week, met ... on the sidelines of") or of saying ("A will remain a
partner, the Minister said during talks on the margins of") leaves it held
(sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _types(text: str) -> list[str]:
    return sorted(r.type for r in extract_text(text, issuer="GRC", date="2024-04-12").records
                  if r.type != "figure")


@pytest.mark.parametrize("text", [
    "The two ministers are expected to meet again in May on the sidelines of the NATO "
    "ministerial.",
    "The leaders will hold talks on the margins of the UN General Assembly in September.",
    "Minister Gerapetritis is due to see several counterparts next month on the fringes "
    "of the OSCE Ministerial Council.",
    "Both sides are scheduled to sign the protocol in June on the sidelines of the "
    "European Council.",
    "The ministers agreed that their deputies would meet on the margins of the OSCE "
    "Council.",
])
def test_an_occasion_of_a_plan_gives_no_record(text: str) -> None:
    assert _types(text) == []


@pytest.mark.parametrize("text", [
    "Minister Gerapetritis, who will travel to Washington next week, met the Foreign "
    "Minister of Malta on the sidelines of the NATO ministerial in Brussels.",
    "Greece will stay a firm partner of Cyprus, the Minister said during a meeting with "
    "his Cypriot counterpart on the sidelines of the NATO ministerial.",
    "On the sidelines of the NATO ministerial on 11 April, the Minister met the Foreign "
    "Minister of Malta.",
    "The Minister met his Maltese counterpart on the margins of the NATO ministerial in "
    "Brussels on 11 April.",
])
def test_an_occasion_of_something_done_is_held(text: str) -> None:
    assert "meeting" in _types(text)
    assert "multilateral" in _types(text)
