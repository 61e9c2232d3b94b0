"""A year closing a disease's name ("Coronavirus Disease 2019") is no date of the event
told (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Minister Holm took part in the EU-Mercosur Foreign Ministers' Meeting on Coronavirus "
    "Disease 2019 on Monday.",
    "On Monday Minister Holm attended the Ministerial Conference on Coronavirus Disease 2019.",
    "Minister Holm took part in the special ministerial session on Coronavirus Disease "
    "2019 (COVID-19).",
])
def test_the_diseases_year(ex, text):
    got = ex(text, issuer="SWE", date="2024-03-06", types=["multilateral"])
    assert got and all(d.startswith("2024") for _t, _f, _to, d in got)


def test_a_year_after_a_meeting_stays(ex):
    text = "Minister Holm took part in the Ministerial Conference of December 2019."
    got = ex(text, issuer="SWE", date="2024-03-06", types=["multilateral"])
    assert [d for _t, _f, _to, d in got] == ["2019-12"]
