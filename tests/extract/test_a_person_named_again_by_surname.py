"""A foreign official the text has introduced with their side ("Lithuanian Foreign
Minister Jonas Petraitis", "the Foreign Minister of Finland, Aino Virtanen") and names
later by surname or full name alone ("talks with Petraitis", "Virtanen and the Minister")
gives that later sentence their side, as a listed office-holder would
(_known_persons.KnownPersons). The names are invented; the sentences are our own."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_HEAD = "LJUBLJANA, 14 May 2025\n\n"


def _partners(text: str, kind: str = "meeting") -> list[tuple[str, ...]]:
    recs = extract_text(_HEAD + text, issuer="SVN", date="2025-05-14").records
    return sorted(tuple(r.to) + tuple(r.organizations) for r in recs if r.type == kind)


@pytest.mark.parametrize(("intro", "later", "kind", "side"), [
    # a demonym before the title; the surname alone after a verb
    ("The Minister attended the meeting of foreign ministers in Vilnius, hosted by "
     "Lithuanian Foreign Minister Jonas Petraitis.",
     "In the afternoon the Minister held talks with Petraitis on energy links.",
     "meeting", ("LTU",)),
    # "the Foreign Minister of X, A B"; the surname opening the sentence
    ("The Minister attended the forum in Helsinki, opened by the Foreign Minister of "
     "Finland, Aino Virtanen.",
     "Virtanen and the Minister later held talks on Arctic research.",
     "meeting", ("FIN",)),
    # the name before the title, between commas; "Ms" and the surname in a call
    ("Aino Virtanen, the Foreign Minister of Finland, addressed the forum in Helsinki "
     "that the Minister attended.",
     "On the same day the Minister spoke by phone with Ms Virtanen about the summit.",
     "call", ("FIN",)),
    # a possessive before the title; the full name alone later
    ("The Minister attended a conference in Santiago opened by Chile's Foreign Minister "
     "Camila Rojas.",
     "The Minister also met Camila Rojas for a working lunch.",
     "meeting", ("CHL",)),
    # an organisation's head: the organisation is the side
    ("The Minister attended the seminar in Brussels, opened by NATO Secretary General "
     "Anders Holmqvist.",
     "Later the Minister met Holmqvist to discuss the summit.",
     "meeting", ("NATO",)),
    # a head of government; "Mr" and the surname as a subject with the Minister
    ("The Minister attended the conference in Warsaw, where Estonian Prime Minister "
     "Kaido Tamm spoke.",
     "The Minister and Mr Tamm then held a bilateral meeting.",
     "meeting", ("EST",)),
])
def test_a_person_introduced_gives_a_later_mention_their_side(intro, later, kind, side):
    assert side in _partners(intro + "\n\n" + later, kind)


def test_a_name_before_its_introduction_has_no_side_yet():
    text = ("The Minister held talks with Petraitis on energy links.\n\nThe Minister later "
            "attended the meeting in Vilnius hosted by Lithuanian Foreign Minister Jonas "
            "Petraitis.")
    assert ("LTU",) not in _partners(text)


def test_two_persons_of_one_surname_give_neither_side():
    text = ("The Minister attended the meeting in Riga, where Latvian Foreign Minister Ilze "
            "Ozola and Estonian Foreign Minister Peeter Ozola spoke.\n\nThe Minister then met "
            "Ozola for talks.")
    assert _partners(text) == []


def test_a_surname_the_text_also_writes_as_a_word_is_no_name_alone():
    text = ("The Minister attended the meeting in Stockholm opened by Swedish Foreign "
            "Minister Karin Strand.\n\nThe Minister then met Strand for talks on a new strand "
            "of cooperation.")
    assert _partners(text) == []


def test_the_issuers_own_people_are_never_a_partner():
    text = ("Prime Minister Tomas Brandt attended the NATO summit in Washington.\n\nThe "
            "Minister then met Brandt to prepare the visit.")
    assert _partners(text) == []


def test_a_destination_after_a_name_is_not_their_side():
    # "accompanied the Prime Minister A to the NATO summit": A is not NATO's
    text = ("Review of 2025\n\nIn July, the Minister accompanied Prime Minister Tomas Brandt "
            "to the NATO summit in Washington, on whose margins he held several bilateral "
            "meetings.\n\nDuring the official visit of Prime Minister Brandt to Budapest in "
            "October, the two governments signed an agreement on rail links.")
    recs = extract_text(text, issuer="SVN", date="2025-12-30").records
    assert not any("NATO" in r.organizations for r in recs
                   if r.type in ("visit", "agreement"))


def test_a_surname_that_is_a_city_stays_the_city():
    text = ("The Minister attended the forum in Brussels opened by Belgian Foreign Minister "
            "Marc Paris.\n\nThe Minister then travelled to Paris for talks at the Quai d'Orsay.")
    recs = extract_text(_HEAD + text, issuer="SVN", date="2025-05-14").records
    assert [r.to for r in recs if r.type == "visit"] == [["FRA"]]
