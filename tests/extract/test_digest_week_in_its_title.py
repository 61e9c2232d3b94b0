"""A digest whose title names its span of days ("This week at the Ministry, 3-7 June
2024") and whose items open on a weekday ("Monday: ..."): each item on its day of
that week; a title with a single day or no day leaves the text as before (texts of
our own)."""

from __future__ import annotations

from communique.extract import extract_text

_ITEMS = ("\n\nMonday: The Minister received the Ambassador of Japan.\n\n"
          "Wednesday: The Minister spoke by phone with the Foreign Minister of Kenya.\n\n"
          "Friday: Ghana and Morocco signed an agreement on maritime transport.\n")


def _days(title: str) -> list[tuple[str, str | None]]:
    recs = extract_text(title + _ITEMS, issuer="GHA").records
    return [(r.type, r.date.start) for r in recs]


def test_items_of_a_digest_take_the_days_of_the_week_in_its_title() -> None:
    assert _days("This week at the Ministry, 3-7 June 2024") == [
        ("meeting", "2024-06-03"), ("call", "2024-06-05"), ("agreement", "2024-06-07")]


def test_a_title_with_the_days_written_out_works_the_same() -> None:
    assert _days("Diplomatic week from 3 to 7 June 2024") == [
        ("meeting", "2024-06-03"), ("call", "2024-06-05"), ("agreement", "2024-06-07")]


def test_a_title_with_no_span_leaves_the_year_only() -> None:
    assert [d for _, d in _days("This week at the Ministry (2024)")] == ["2024"] * 3
