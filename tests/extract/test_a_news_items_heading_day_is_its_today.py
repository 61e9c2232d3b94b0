"""On a page of dated news items, "today" and "this morning" of an item count from the
day its own heading names with its year ("... - 3.4.2019"), not from the page's first
date; an item under a heading with no such day counts from the page's date again
(texts of our own)."""

from __future__ import annotations

from communique.extract import extract_text


def _met(text: str, issuer: str = "SWE") -> list[tuple[str, str | None]]:
    recs = extract_text(text, issuer=issuer).records
    return sorted((r.to[0], r.date.start) for r in recs if r.type == "meeting" and r.to)


_PAGE = ("News\n\nMinister meets Latvian counterpart - 12.5.2019\n\n"
         "Today Foreign Minister Anna Berg met with her Latvian counterpart, Edgars "
         "Rinkevics, in Riga.\n\nConcert at the embassy - 9.5.2019\n\n"
         "A concert of Swedish music will be held at the embassy.\n\n{head}\n\n{body}\n\n"
         "Statement on floods - 1.4.2019\n\nThe Minister expressed condolences.\n")


def test_this_morning_under_an_earlier_heading() -> None:
    text = _PAGE.format(head="Minister receives Kenyan guest - 3.4.2019",
                        body="This morning the Foreign Minister met in Stockholm with Kenyan "
                             "Foreign Minister Monica Juma.")
    assert _met(text) == [("KEN", "2019-04-03"), ("LVA", "2019-05-12")]


def test_today_with_the_date_written_in_words() -> None:
    text = _PAGE.format(head="Talks with Chile on trade, 2 April 2019",
                        body="The Foreign Minister today held talks with the Chilean Foreign "
                             "Minister, Teodoro Ribera, in Stockholm.")
    assert _met(text) == [("CHL", "2019-04-02"), ("LVA", "2019-05-12")]


def test_yesterday_counts_back_from_the_heading() -> None:
    text = _PAGE.format(head="Visit of the Greek minister - 4/4/2019",
                        body="Yesterday Foreign Minister Berg received the Greek Foreign "
                             "Minister, Nikos Dendias, in Stockholm.")
    assert ("GRC", "2019-04-03") in _met(text)


def test_a_heading_without_a_day_keeps_the_page_date() -> None:
    text = _PAGE.format(head="Minister receives Kenyan guest",
                        body="This morning the Foreign Minister met in Stockholm with Kenyan "
                             "Foreign Minister Monica Juma.")
    assert ("KEN", "2019-05-12") in _met(text)
