"""A readout's sentence that counts the events of a day and records none of them ("On 10
May the King held three audiences") gives its day to the next sentences, which tell
those events one by one, rather than the dateline's (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meeting_days(text: str) -> list[tuple[str, str | None]]:
    recs = extract_text(text, issuer="LCA").records
    return sorted((r.to[0], r.date.start) for r in recs if r.type == "meeting")


@pytest.mark.parametrize(("text", "partners"), [
    ("Castries, May 12, 2022 (Government House): On Tuesday 10th May 2022, the Governor-"
     "General held two ceremonies at which new ambassadors presented their credentials. "
     "The first was for Ambassador Maria Lopez of Mexico. The second ceremony was for "
     "Ambassador Jan Novak of the Czech Republic, who presented his Letters of Credence.",
     ["CZE"]),
    ("Castries, May 12, 2022: On Tuesday 10th May 2022, the Governor-General received the "
     "credentials of two new ambassadors. The Ambassador of Mexico, Maria Lopez, presented "
     "her letters of credence first.", ["MEX"]),
    ("Castries, May 12, 2022. On 10 May, the King held three audiences at the palace. He "
     "first received the Ambassador of Mexico. He then received the Ambassador of Chile.",
     ["CHL", "MEX"]),
    # (the letters after a name, "QC, LL. D", end no sentence)
    ("Castries, May 12, 2022. On 10 May, the Governor-General Sir Neville Cenac GCMG, QC, "
     "LL. D received three envoys. The third was the Ambassador of Chile, who presented his "
     "letters of credence.", ["CHL"]),
    ("Castries, May 12, 2022. On 10 May, the Minister held two meetings. The second was "
     "with the Ambassador of Chile, who presented a copy of his credentials.", ["CHL"]),
])
def test_the_events_told_next_take_the_counted_day(text: str, partners: list[str]) -> None:
    assert _meeting_days(text) == [(p, "2022-05-10") for p in partners]


def test_a_day_of_no_count_leaves_the_dateline() -> None:
    assert _meeting_days("Castries, May 12, 2022. On 10 May, two storms struck the "
                         "north. The King received the Ambassador of Chile.") \
        == [("CHL", "2022-05-12")]
