"""A long headline in sentence case with no closing stop ("Note from the Press Office
of the Ministry ... about the talks of Minister A with the Foreign Minister of B"),
over its lead with only a line break between them, is the text's title: its event is
the one the lead tells, not a second one. Such a line of 150 characters or more was
read as a title only in title case, so it ran into the lead as one sentence and its
meeting was told twice. A long first line that closes with a stop, or that breaks off
a sentence within, is still no title (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_CORE = {"visit", "meeting", "call", "consultation", "commission", "agreement"}


def _core(text: str, issuer: str, date: str = "2021") -> list[tuple]:
    return records(text, issuer, _CORE, date=date)


def _talks(text: str, issuer: str) -> list[tuple]:
    return records(text, issuer, {"meeting", "call"}, date=None)


@pytest.mark.parametrize("text, issuer, expected", [
    ("Information from the Press Office of Portugal's Foreign Ministry concerning the "
     "meeting of Minister Joao Cravinho with Indian Foreign Minister Subrahmanyam "
     "Jaishankar\n"
     "On April 4, 2022, on the sidelines of the Delphi Economic Forum, a meeting was held "
     "between the Minister of Foreign Affairs of Portugal Joao Cravinho and the Minister "
     "of External Affairs of India Subrahmanyam Jaishankar.\n"
     "During the meeting, the sides discussed bilateral issues.",
     "PRT", [("meeting", ("PRT",), ("IND",), "2022-04-04")]),
    ("Information from the Press Service of Moldova's diplomatic ministry about the "
     "meeting of Minister Nicu Popescu with the Foreign Minister of Latvia, Edgars "
     "Rinkevics\n"
     "On 14 October 2021, a meeting was held in Riga between the Minister of Foreign "
     "Affairs of Moldova Nicu Popescu and the Foreign Minister of Latvia Edgars "
     "Rinkevics.\n"
     "The sides discussed bilateral cooperation.",
     "MDA", [("meeting", ("MDA",), ("LVA",), "2021-10-14")]),
    ("Press release by the Information Department of Georgia's Foreign Ministry about the "
     "talks between Foreign Minister David Zalkaliani and the Foreign "
     "Minister of Estonia Eva-Maria Liimets held in Tallinn\n"
     "On 3 June 2021, Foreign Minister David Zalkaliani held talks with the Foreign "
     "Minister of Estonia Eva-Maria Liimets in Tallinn.\n"
     "The ministers reviewed the bilateral agenda.",
     "GEO", [("meeting", ("GEO",), ("EST",), "2021-06-03")]),
    ("Press release by the Kyrgyz Foreign Ministry concerning the talks in Bishkek of "
     "Minister Jeenbek Kulubaev with the Minister of Foreign Affairs of "
     "Mongolia Battsetseg Batmunkh\n"
     "On 18 May 2023, in Bishkek, a meeting took place between the Minister of Foreign "
     "Affairs of the Kyrgyz Republic Jeenbek Kulubaev and the Minister of Foreign Affairs "
     "of Mongolia Battsetseg Batmunkh.\n"
     "The parties discussed trade.",
     "KGZ", [("meeting", ("KGZ",), ("MNG",), "2023-05-18")]),
    ("Note from the Press and Information Department of Armenia's Foreign Ministry about "
     "the talks of Minister Ararat Mirzoyan with Lithuanian Foreign "
     "Minister Gabrielius Landsbergis\n"
     "On 2 March 2023, talks were held between Minister Ararat Mirzoyan and the Foreign "
     "Minister of Lithuania Gabrielius Landsbergis in Yerevan.",
     "ARM", [("meeting", ("ARM",), ("LTU",), "2023-03-02")]),
    ("Statement by the Press Office of Armenia's Foreign Ministry concerning the "
     "telephone conversation of Minister Ararat Mirzoyan with the Foreign Minister of "
     "Greece Nikos Dendias\n"
     "On 9 September 2021, Minister of Foreign Affairs Ararat Mirzoyan had a telephone "
     "conversation with the Foreign Minister of Greece Nikos Dendias.\n"
     "They discussed regional matters.",
     "ARM", [("call", ("ARM",), ("GRC",), "2021-09-09")]),
    ("Note from the Press Service of Uzbekistan's Foreign Ministry regarding the meeting "
     "of Foreign Minister Abdulaziz Kamilov with Foreign Minister of Hungary Peter "
     "Szijjarto\n"
     "A meeting between the Foreign Minister of Uzbekistan Abdulaziz Kamilov and the "
     "Foreign Minister of Hungary Peter Szijjarto was held in Budapest on 22 November "
     "2021.",
     "UZB", [("meeting", ("UZB",), ("HUN",), "2021-11-22")]),
])
def test_the_long_headline_and_its_lead_tell_one_event(text: str, issuer: str,
                                                       expected: list) -> None:
    assert _talks(text, issuer) == sorted(expected)


@pytest.mark.parametrize("text, issuer, expected", [
    # a long first sentence that closes with its stop, then a second: two sentences
    ("On 14 October 2021, on the margins of the ministerial forum in Riga, the Minister "
     "of Foreign Affairs of Moldova Nicu Popescu met with the Foreign Minister of Latvia "
     "Edgars Rinkevics and discussed bilateral cooperation.\n"
     "On 15 October 2021, he met with the Foreign Minister of Lithuania Gabrielius "
     "Landsbergis.",
     "MDA", [("meeting", ("MDA",), ("LTU",), "2021-10-15"),
             ("meeting", ("MDA",), ("LVA",), "2021-10-14")]),
    # a hard-wrapped lead whose first full line breaks before a name: one sentence
    ("On 14 October 2021, the Minister of Foreign Affairs of Moldova Nicu Popescu paid an "
     "official visit to Riga, where he met the Foreign\n"
     "Minister of Latvia Edgars Rinkevics and the Speaker of the Saeima, and discussed "
     "with them the bilateral agenda and the\n"
     "preparation of the next session of the intergovernmental commission.",
     "MDA", [("meeting", ("MDA",), ("LVA",), "2021-10-14"),
             ("meeting", ("MDA",), ("LVA",), "2021-10-14"),
             ("visit", ("MDA",), ("LVA",), "2021-10-14")]),
    # a long first line broken before a capital, the sentence ending a few words on
    ("On 14 October 2021, the Minister of Foreign Affairs of Moldova Nicu Popescu met "
     "with the Foreign Minister of Latvia Edgars Rinkevics and with the chair of the\n"
     "European Affairs Committee of the Saeima. They discussed bilateral cooperation.",
     "MDA", [("meeting", ("MDA",), ("LVA",), "2021-10-14")]),
    # a short headline: a title as before
    ("Minister Nicu Popescu meets the Foreign Minister of Latvia\n"
     "On 14 October 2021, the Minister of Foreign Affairs of Moldova Nicu Popescu met "
     "with the Foreign Minister of Latvia Edgars Rinkevics in Chisinau.",
     "MDA", [("meeting", ("MDA",), ("LVA",), "2021-10-14")]),
])
def test_near_misses_keep_their_readings(text: str, issuer: str, expected: list) -> None:
    assert _core(text, issuer) == sorted(expected)
