"""Goods received from a country ("received vaccines from the Republic of Korea",
"receives fertiliser from Morocco", "received a shipment of wheat") are no guest
received: no meeting (sentences of our own). A person received stays a meeting."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The country received vaccines from the Republic of Korea and fertiliser from "
    "Morocco.",
    "Georgia received medical equipment from Japan in March.",
    "Last week the Ministry received a shipment of wheat from Kazakhstan.",
    "Each year Georgia receives grants from Norway for demining.",
])
def test_goods_received_are_no_meeting(ex, text):
    assert ex(text, issuer="GEO", date="2024-03-14", types=["meeting", "visit"]) == []


def test_a_person_received_is_a_meeting(ex):
    got = ex("The Minister received the Ambassador of Japan on Monday.", issuer="GEO",
             date="2024-03-14", types=["meeting"])
    assert got == [("meeting", ("GEO",), ("JPN",), "2024-03-11")]
