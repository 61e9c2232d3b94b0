"""An earlier occasion recalled as the one the reported visit follows or answers ("This
visit, which follows the visit of A on 14 October 2019, ...") dates only itself: the
next sentences go on with the reported visit's days (texts of our own)."""

from __future__ import annotations

from communique.extract import extract_text


def _dates(text: str, kind: str) -> list[str | None]:
    recs = extract_text(text, issuer="AGO", date="2021-03-06").records
    return [r.date.start for r in recs if r.type == kind]


def test_which_follows() -> None:
    assert _dates("Foreign Minister Ana Lopes paid an official visit to Ghana from 3 to 5 "
                  "March 2021. This visit, which follows a trip by the Ghanaian Foreign "
                  "Minister to Luanda on 14 October 2019, shows the good state of relations. "
                  "Two agreements have been signed by the two sides.",
                  "agreement") == ["2021-03-03"]


def test_comes_after() -> None:
    assert _dates("Minister Ana Lopes visited Senegal on 2 March 2021. The trip comes after "
                  "the Senegalese minister's visit to Angola in June 2018. A memorandum on "
                  "fisheries was signed.", "agreement") == ["2021-03-02"]


def test_reciprocates() -> None:
    assert _dates("On 1 March 2021 Ms Lopes arrived in Gabon on a working visit. The visit "
                  "reciprocates the one paid by the Gabonese Foreign Minister on 9 May 2019. "
                  "A protocol on consultations was signed.", "agreement") == ["2021-03-01"]


def test_a_later_day_told_plainly_goes_on() -> None:
    assert _dates("Minister Ana Lopes visited Senegal on 2 March 2021. On 3 March 2021 a "
                  "memorandum on fisheries was signed.", "agreement") == ["2021-03-03"]
