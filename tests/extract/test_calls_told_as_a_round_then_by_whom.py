"""A round of calls told first, its partners in the sentences after it with a verb that
says nothing of the medium ("held a series of telephone conversations with his
counterparts. He discussed the situation with A, B and C"): each talk is a call of that
round, on its day; calls told as received were placed by the others (sentences of our
own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "issuer", "date", "want"), [
    ("TALLINN, 14 May 2024\n\nOn 12 and 13 May, Foreign Minister Tsahkna held a series of "
     "telephone conversations with his counterparts about the situation in the region.\n\n"
     "He discussed the latest developments with the Foreign Minister of Poland, the Foreign "
     "Minister of Finland and the Secretary General of NATO.", "EST", "2024-05-14",
     [("call", ("EST",), (), "2024-05-12"), ("call", ("EST",), ("FIN",), "2024-05-12"),
      ("call", ("EST",), ("POL",), "2024-05-12")]),
    ("Yesterday, 4 March 2023, the Minister made several phone calls to colleagues abroad. "
     "He exchanged views with the foreign ministers of Chile and Peru, and later with the "
     "Prime Minister of Spain.", "ARG", "2023-03-05",
     [("call", ("ARG",), ("CHL",), "2023-03-04"), ("call", ("ARG",), ("ESP",), "2023-03-04"),
      ("call", ("ARG",), ("PER",), "2023-03-04")]),
    ("A round of telephone calls with European leaders took place on 3 March 2022. The "
     "Prime Minister had discussions with the Chancellor of Germany and with the Prime "
     "Minister of Italy.", "NOR", "2022-03-04",
     [("call", ("NOR",), ("DEU",), "2022-03-03"), ("call", ("NOR",), ("ITA",), "2022-03-03")]),
    ("On Monday, 6 June 2022, Minister Rinkēvičs had a number of phone conversations. He "
     "talked to Lithuania's Foreign Minister and held discussions with the OSCE Secretary "
     "General.", "LVA", "2022-06-07",
     [("call", ("LVA",), (), "2022-06-06"), ("call", ("LVA",), ("LTU",), "2022-06-06")]),
    ("Minister Holm holds a series of phone calls with European counterparts on 3 June 2024. "
     "She discusses the crisis with the Foreign Ministers of France and Italy.", "SWE",
     "2024-06-03",
     [("call", ("SWE",), ("FRA",), "2024-06-03"), ("call", ("SWE",), ("ITA",), "2024-06-03")]),
])
def test_the_talks_after_a_round_of_calls_are_its_calls(ex, text, issuer, date, want):
    assert ex(text, issuer=issuer, date=date, types=["meeting", "call"]) == want


@pytest.mark.parametrize(("text", "issuer", "date", "want"), [
    ("On 3 June 2021 the Minister held several video conferences with his colleagues. He "
     "exchanged views with the Foreign Minister of Brazil and with the Secretary General of "
     "the OAS.", "ARG", "2021-06-04",
     [("call", ("ARG",), (), "2021-06-03"), ("call", ("ARG",), ("BRA",), "2021-06-03")]),
    ("Lima, 9 April 2020\n\nOn 8 April, the Foreign Minister took part in teleconferences "
     "with several of her counterparts.\n\nThe Minister, who is in Lima, talked with the "
     "Foreign Ministers of Chile and Ecuador.", "PER", "2020-04-09",
     [("call", ("PER",), ("CHL",), "2020-04-08"), ("call", ("PER",), ("ECU",), "2020-04-08")]),
])
def test_a_round_held_by_video(ex, text, issuer, date, want):
    assert ex(text, issuer=issuer, date=date, types=["meeting", "call"]) == want


@pytest.mark.parametrize(("text", "issuer", "date", "want"), [
    ("President Mahama received congratulatory telephone calls from several leaders on "
     "Saturday, 11 January 2025.\n\nHe spoke with President Tinubu of Nigeria and President "
     "Ruto of Kenya.", "GHA", "2025-01-13",
     [("call", ("KEN",), ("GHA",), "2025-01-11"), ("call", ("NGA",), ("GHA",), "2025-01-11")]),
    ("Seoul, 6 March 2024\n\nCalls of congratulation were received by the President from "
     "several leaders on 5 March 2024.\n\nAmong those he spoke with were the Prime Ministers "
     "of India and Japan.", "KOR", "2024-03-06",
     [("call", ("IND",), ("KOR",), "2024-03-05"), ("call", ("JPN",), ("KOR",), "2024-03-05")]),
])
def test_calls_received_were_placed_by_the_others(ex, text, issuer, date, want):
    assert ex(text, issuer=issuer, date=date, types=["meeting", "call"]) == want


@pytest.mark.parametrize(("text", "want"), [
    # met in person after the round
    ("On 12 May 2024, the Minister held several phone calls with his counterparts. On 13 May "
     "he met the Foreign Minister of Poland in Warsaw.",
     [("meeting", ("EST",), ("POL",), "2024-05-13")]),
    # talks on a day of their own
    ("On 8 May, the Minister had several phone conversations with his counterparts.\n\n"
     "On 9 May he held talks with the Ambassador of Chile at the Ministry.",
     [("meeting", ("EST",), ("CHL",), "2024-05-09")]),
])
def test_talks_told_otherwise_stay_meetings(ex, text, want):
    got = ex("TALLINN, 14 May 2024\n\n" + text, issuer="EST", date="2024-05-14",
             types=["meeting", "call"])
    assert got == want


def test_talks_in_person_after_the_round_stay_a_meeting(ex):
    text = ("Lima, 9 April 2020\n\nThe Foreign Minister held a series of phone calls with her "
            "counterparts on 8 April.\n\nShe also met the Ambassador of Chile and discussed "
            "the crisis.")
    got = ex(text, issuer="PER", date="2020-04-09", types=["meeting", "call"])
    assert [g[:3] for g in got] == [("meeting", ("PER",), ("CHL",))]
