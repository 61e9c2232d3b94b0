"""Visitors listed each with the month of their visit take that month ("The President
of Kenya (March), the Prime Minister of India (May) and the King of Jordan (September)
paid visits to Norway"), also after "visits to Norway included those of", after
"hosted", and after "received visits by" or "welcomed the visits of" (sentences of
our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import event, records

_HEAD = "Results of 2024\n\n"
_EACH = [event("visit", "KEN", "NOR", "2024-03"), event("visit", "IND", "NOR", "2024-05"),
         event("visit", "JOR", "NOR", "2024-09")]


@pytest.mark.parametrize("text", [
    "High-level visits to Norway included those of the President of Kenya (March), the "
    "Prime Minister of India (May) and the King of Jordan (September).",
    "The President of Kenya (March), the Prime Minister of India (May) and the King of "
    "Jordan (September) paid visits to Norway.",
    "The President of Kenya (in March), the Prime Minister of India (in May) and the King "
    "of Jordan (in September) came on official visits to Norway.",
    "Norway hosted the President of Kenya in March, the Prime Minister of India in May "
    "and the King of Jordan in September.",
    "Norway received visits by the President of Kenya in March, the Prime Minister of "
    "India in May and the King of Jordan in September.",
    "Oslo welcomed the visits of the President of Kenya (March), the Prime Minister of "
    "India (May) and the King of Jordan (September).",
])
def test_each_visitor_takes_the_month_beside_it(text: str) -> None:
    assert records(_HEAD + text, "NOR", {"visit"}, date="2024-12-30") == sorted(_EACH)
