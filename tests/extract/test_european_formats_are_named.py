"""The European formats a ministry takes part in are named by the organisations'
gazetteer: the informal meeting of EU foreign ministers ("Gymnich"), the EU's General
Affairs Council, the Weimar Triangle, the Slavkov format, the Lublin Triangle (which
is no visit to the city of Lublin) (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


@pytest.mark.parametrize("text, org", [
    ("On 4 March, the Minister took part in the informal meeting of EU foreign ministers "
     "(Gymnich) in Brussels.", "Gymnich"),
    ("The Minister participated in the Gymnich meeting in Warsaw on 4 March.", "Gymnich"),
    ("On 4 March, the State Secretary attended the General Affairs Council in Brussels.",
     "EU GAC"),
    ("On 4 March, the foreign ministers of the Weimar Triangle met in Paris.", "WT"),
    ("The Minister took part in a meeting of the Slavkov format in Vienna on 4 March.", "S3"),
    ("On 4 March the Minister attended the meeting of the Lublin Triangle in Kyiv.", "LT"),
])
def test_the_format_taken_part_in(text, org):
    recs = extract_text(text, issuer="POL", date="2024-03-06").records
    assert [(r.type, r.organizations, r.date.start) for r in recs
            if r.type == "multilateral"] == [("multilateral", [org], "2024-03-04")]


def test_the_general_affairs_council_on_whose_margins_one_met(ex):
    text = ("On 4 March, the Minister held talks with the Minister for Europe of Ireland on "
            "the sidelines of the General Affairs Council.")
    recs = extract_text(text, issuer="POL", date="2024-03-06").records
    assert sorted((r.type, tuple(r.to), tuple(r.organizations)) for r in recs) == [
        ("meeting", ("IRL",), ()), ("multilateral", (), ("EU GAC",))]
