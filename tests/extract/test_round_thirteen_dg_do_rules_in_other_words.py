"""The rules of round thirteen read from realDG and realDO (helpers rulesDG, rulesDO),
tried on phrasings of our own: other word orders, verbs, nouns and countries, a clause
or a date between the parts, the passive, and cases that must not fire (the generality
audit audit13c; see "Round thirteen (audit13c)" in docs/reference/extraction.md). Each
case: the construction, the text, the issuer, the dateline, the types compared and the
records expected (type, from, to, date prefix; None where the day is not compared). A
known limit is a strict xfail with its reason."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.audit_support import CORE, case, check

_P1 = ("News\n\nState Secretary visits Poland - 21.6.2021\n\n"
       "Today the State Secretary arrived in Warsaw for consultations with the Polish "
       "Foreign Ministry.\n\n{head}\n\n{body}\n\n"
       "Condolences on the earthquake - 2.6.2021\n\nThe Minister sent condolences.\n")

CASES: list[Any] = [
    # DG1 a news item's heading day is its today
    case('DG1', _P1.format(head="Foreign Minister speaks with Peruvian colleague - 14.6.2021",
                           body="The Minister this morning spoke by telephone with the Foreign "
                                "Minister of Peru about vaccines."),
         'EST', None, ['call'], [('call', ('EST',), ('PER',), '2021-06-14')]),
    case('DG1', _P1.format(head="Ambassador of Hungary received, 11 June 2021",
                           body="Earlier today the Deputy Minister received the Ambassador of "
                                "Hungary, who is ending his posting."),
         'EST', None, ['meeting'], [('meeting', ('EST',), ('HUN',), '2021-06-11')]),
    case('DG1', _P1.format(head="Minister in Vilnius - 08/06/2021",
                           body="Yesterday evening the Foreign Minister held talks in Vilnius "
                                "with the Foreign Minister of Lithuania."),
         'EST', None, ['meeting'], [('meeting', ('EST',), ('LTU',), '2021-06-07')]),
    case('DG1', _P1.format(head="Talks with the Moldovan delegation | 10 June 2021",
                           body="A delegation from Moldova was received today by the State "
                                "Secretary at the Ministry."),
         'EST', None, ['meeting'], [('meeting', ('EST',), ('MDA',), '2021-06-10')]),
    case('DG1', _P1.format(head="Minister meets Georgian counterpart",
                           body="Today the Minister met the Foreign Minister of Georgia in "
                                "Tallinn."),
         'EST', None, ['meeting'], [('meeting', ('EST',), ('GEO',), '2021-06-21')]),
    # DG2 a counterpart with the title set off
    case('DG2', 'The Minister held talks with her German counterpart, Federal Foreign Minister '
                'Klara Vogt, in Berlin on 3 May.',
         'NLD', '2022-05-10', CORE, [('meeting', ('NLD',), ('DEU',), '2022-05-03')]),
    case('DG2', 'On 3 May the Minister received his Japanese counterpart, Minister for Foreign '
                'Affairs Hiro Tanaka, at the Ministry.',
         'NLD', '2022-05-10', CORE, [('meeting', ('NLD',), ('JPN',), '2022-05-03')]),
    case('DG2', 'Her Australian counterpart, Senator Jane Ross, was received by the Minister in '
                'The Hague on 3 May.',
         'NLD', '2022-05-10', CORE, [('meeting', ('NLD',), ('AUS',), '2022-05-03')]),
    case('DG2', 'On 3 May the Minister spoke by phone with his Irish counterpart, Tánaiste and '
                'Minister for Foreign Affairs Sean Byrne.',
         'NLD', '2022-05-10', ['meeting', 'call'], [('call', ('NLD',), ('IRL',), '2022-05-03')]),
    case('DG2', 'On 3 May in Ottawa the Minister met her Canadian counterpart, Foreign Minister '
                'Lise Roy, and the Minister of Defence, Paul Chen.',
         'NLD', '2022-05-10', CORE,
         [('visit', ('NLD',), ('CAN',), '2022-05-03'),  # (the place abroad opening it)
          ('meeting', ('NLD',), ('CAN',), '2022-05-03'),
          ('meeting', ('NLD',), ('CAN',), '2022-05-03')]),
    # DG3 a call in the singular with a group
    case('DG3', 'On 5 May the Minister had a video call with the foreign ministers of Norway, '
                'Denmark and Iceland.',
         'SWE', '2020-05-09', ['call'], [('call', ('SWE',), ('NOR', 'DNK', 'ISL'), '2020-05-05')]),
    case('DG3', 'The Minister held a joint phone call on 5 May with the prime ministers of '
                'Latvia and Lithuania.',
         'SWE', '2020-05-09', ['call'], [('call', ('SWE',), ('LVA', 'LTU'), '2020-05-05')]),
    case('DG3', 'A telephone conversation took place on 5 May between the Minister and his '
                'colleagues from Chile, Peru and Colombia.',
         'SWE', '2020-05-09', ['call'], [('call', ('SWE',), ('CHL', 'PER', 'COL'), '2020-05-05')]),
    case('DG3', 'On 5 May, in a phone call, the Minister and the foreign ministers of Austria '
                'and Slovenia discussed migration.',
         'SWE', '2020-05-09', ['call'], [('call', ('SWE',), ('AUT', 'SVN'), '2020-05-05')],
         limit="the group told as a co-subject after the call ('in a phone call, the Minister "
               "and the foreign ministers of A and B discussed'): one call each"),
    case('DG3', 'The Minister held phone calls on 5 May with the foreign ministers of Chile and '
                'Peru.',
         'SWE', '2020-05-09', ['call'],
         [('call', ('SWE',), ('CHL',), '2020-05-05'), ('call', ('SWE',), ('PER',), '2020-05-05')]),
    case('DG3', 'On 5 May the Minister had a phone call with the Foreign Minister of Chile and '
                'later another one with the Foreign Minister of Peru.',
         'SWE', '2020-05-09', ['call'],
         [('call', ('SWE',), ('CHL',), '2020-05-05'), ('call', ('SWE',), ('PER',), '2020-05-05')]),
    # DG4 an adjective before a foreign ministry's acronym
    case('DG4', 'On 6 May the Director held consultations with senior officials of the South '
                'African DIRCO in Pretoria.',
         'NOR', '2022-05-20', ['meeting', 'consultation'],
         [('consultation', ('NOR',), ('ZAF',), '2022-05-06')]),
    case('DG4', 'A team from the Philippine DFA was received on 6 May by the State Secretary.',
         'NOR', '2022-05-20', ['meeting', 'consultation'],
         [('meeting', ('NOR',), ('PHL',), '2022-05-06')]),
    case('DG4', 'The State Secretary met the Political Director of the Swiss FDFA in Oslo on '
                '6 May.',
         'NOR', '2022-05-20', ['meeting', 'consultation'],
         [('meeting', ('NOR',), ('CHE',), '2022-05-06')]),
    case('DG4', 'On 6 May the Ambassador held talks with a director of the Indonesian MoFA.',
         'NOR', '2022-05-20', ['meeting', 'consultation'],
         [('meeting', ('NOR',), ('IDN',), '2022-05-06')]),
    case('DG4', 'The State Secretary met officials of the Canadian GAC in Ottawa on 6 May.',
         'NOR', '2022-05-20', ['meeting', 'consultation'],
         [('meeting', ('NOR',), ('CAN',), '2022-05-06')]),
    case('DG4', 'On 6 May the Ambassador of Chile met the Director General of the Norwegian '
                'MFA in Oslo.',
         'NOR', '2022-05-20', ['meeting', 'consultation'],
         [('meeting', ('NOR',), ('CHL',), '2022-05-06')]),
    case('DG4', 'On 6 May in Oslo the Minister met the Ambassador of Chile and visited a school '
                'run by a Danish NGO.',
         'NOR', '2022-05-20', ['meeting', 'consultation'],
         [('meeting', ('NOR',), ('CHL',), '2022-05-06')]),
    case('DG4', 'On 6 May the Minister met the Ambassador of Chile to prepare the Swedish EU '
                'presidency.',
         'NOR', '2022-05-20', ['meeting', 'consultation'],
         [('meeting', ('NOR',), ('CHL',), '2022-05-06')]),
    # DG5 a colon, semicolon or quote after those met
    case('DG5', "The Minister held talks with the Foreign Minister of Chile, Ana Mora, on "
                "7 May: 'Our ties are strong', the Deputy Prime Minister said afterwards.",
         'ESP', '2023-05-10', CORE, [('meeting', ('ESP',), ('CHL',), '2023-05-07')]),
    case('DG5', "On 7 May the Minister met the Indonesian Foreign Minister in Jakarta; the "
                "Prime Minister's letter was handed over.",
         'ESP', '2023-05-10', CORE, [('meeting', ('ESP',), ('IDN',), '2023-05-07')]),
    case('DG5', 'On 7 May the Minister received her Kenyan counterpart. “We are partners in '
                'Africa”, the Foreign Minister said.',
         'ESP', '2023-05-10', CORE, [('meeting', ('ESP',), ('KEN',), '2023-05-07')]),
    case('DG5', 'On 7 May the Minister received her Kenyan counterpart “to open a new chapter”, '
                'as the Foreign Minister put it.',
         'ESP', '2023-05-10', CORE, [('meeting', ('ESP',), ('KEN',), '2023-05-07')]),
    case('DG5', 'The Minister met the Foreign Minister of Peru on 7 May – “a frank talk”, '
                'the Secretary of State said.',
         'ESP', '2023-05-10', CORE, [('meeting', ('ESP',), ('PER',), '2023-05-07')]),
    case('DG5', 'On 7 May the Minister met the President of Ghana and the Speaker of the '
                'Parliament of Ghana; the talks covered cocoa.',
         'ESP', '2023-05-10', CORE,
         [('meeting', ('ESP',), ('GHA',), '2023-05-07'),
          ('meeting', ('ESP',), ('GHA',), '2023-05-07')]),
]

_H6 = ("Vilnius, 9 May 2022\n\nThe Foreign Minister held talks with his Lithuanian "
       "counterpart, Rasa Jonaityte, in Vilnius on 9 May.\n\n")

CASES += [
    # DG6 a meeting told as a part of the talks
    case('DG6', _H6 + 'Ahead of the negotiations, the two foreign ministers met privately over '
                      'breakfast.',
         'LVA', None, ['meeting'], [('meeting', ('LVA',), ('LTU',), '2022-05-09')]),
    case('DG6', _H6 + 'Following their talks, the ministers met again at the Presidential '
                      'Palace.',
         'LVA', None, ['meeting'], [('meeting', ('LVA',), ('LTU',), '2022-05-09')]),
    case('DG6', _H6 + 'Before the official talks, the two sides met in a restricted format.',
         'LVA', None, ['meeting'], [('meeting', ('LVA',), ('LTU',), '2022-05-09')]),
    case('DG6', _H6 + 'The two ministers also met one on one before the talks.',
         'LVA', None, ['meeting'], [('meeting', ('LVA',), ('LTU',), '2022-05-09')]),
    case('DG6', _H6 + 'After the talks, both ministers met students of Vilnius University.',
         'LVA', None, ['meeting'], [('meeting', ('LVA',), ('LTU',), '2022-05-09')]),
    case('DG6', _H6 + 'Ahead of the talks, the two ministers had last met in Riga on '
                      '14 January.',
         'LVA', None, ['meeting'],
         [('meeting', ('LVA',), ('LTU',), '2022-05-09'),
          ('meeting', ('LVA',), ('LTU',), '2022-01-14')]),
    # DG7 the Holy Father
    case('DG7', 'On 10 May the President was received in audience by the Holy Father at the '
                'Apostolic Palace.',
         'POL', '2023-05-12', CORE, [('meeting', ('POL',), ('VAT',), '2023-05-10')]),
    case('DG7', 'The Holy Father received the Foreign Minister on 10 May.',
         'POL', '2023-05-12', CORE, [('meeting', ('POL',), ('VAT',), '2023-05-10')]),
    case('DG7', 'The Prime Minister met with the Holy Father in Rome on 10 May.',
         'POL', '2023-05-12', CORE, [('meeting', ('POL',), ('VAT',), '2023-05-10')]),
    case('DG7', 'The President spoke by telephone with the Holy Father on 10 May.',
         'POL', '2023-05-12', CORE, [('call', ('POL',), ('VAT',), '2023-05-10')]),
    case('DG7', 'The Minister attended a mass said on 10 May in memory of the late Holy Father.',
         'POL', '2023-05-12', CORE, []),
    # DO1 an organisation in a trip's fronted aim
    case('DO1', 'In a bid to strengthen Mercosur, the President travelled to Uruguay and '
                'Paraguay in March.',
         'ARG', '2019-12-20', ['visit'],
         [('visit', ('ARG',), ('URY',), '2019-03'), ('visit', ('ARG',), ('PRY',), '2019-03')]),
    case('DO1', 'Hoping to bring new life to ECOWAS, the Minister toured Ghana and Togo in May.',
         'NGA', '2019-12-20', ['visit'],
         [('visit', ('NGA',), ('GHA',), '2019-05'), ('visit', ('NGA',), ('TGO',), '2019-05')]),
    case('DO1', "With the aim of reinforcing the OSCE's role, the Foreign Minister paid a visit "
                "to Armenia on 4 May.",
         'AUT', '2019-12-20', ['visit'], [('visit', ('AUT',), ('ARM',), '2019-05-04')]),
    case('DO1', "To advance the AU's peace agenda, the Minister in June visited Mali and Niger.",
         'SEN', '2019-12-20', ['visit'],
         [('visit', ('SEN',), ('MLI',), '2019-06'), ('visit', ('SEN',), ('NER',), '2019-06')]),
    case('DO1', 'So as to prepare the NATO summit, the Minister went to Lithuania on 3 July.',
         'EST', '2019-12-20', ['visit'], [('visit', ('EST',), ('LTU',), '2019-07-03')]),
    case('DO1', 'To promote dialogue, the OSCE Chairperson-in-Office visited Armenia in May.',
         'ARM', '2019-12-20', ['visit'], [('visit', (), ('ARM',), '2019-05')]),
    # DO2 an envoy's remit told with "to"
    case('DO2', 'The Minister received the US Special Envoy to Sudan, Tom Reed, on 5 May.',
         'EGY', '2021-06-01', ['meeting'], [('meeting', ('EGY',), ('USA',), '2021-05-05')]),
    case('DO2', 'The Norwegian Special Envoy to Myanmar was received by the Deputy Minister on '
                '5 May.',
         'THA', '2021-06-01', ['meeting'], [('meeting', ('THA',), ('NOR',), '2021-05-05')]),
    case('DO2', "On 5 May the Minister held talks with the UN Secretary-General's Personal Envoy "
                "to Libya.",
         'TUN', '2021-06-01', ['meeting'], [('meeting', ('TUN',), (), '2021-05-05')]),
    case('DO2', 'On 5 May the Minister met with the Special Representative of Japan to '
                'Afghanistan, Kenji Sato.',
         'PAK', '2021-06-01', ['meeting'], [('meeting', ('PAK',), ('JPN',), '2021-05-05')]),
    case('DO2', 'The Minister met the German Special Envoy to the Horn of Africa and Sudan on '
                '5 May.',
         'ETH', '2021-06-01', ['meeting'], [('meeting', ('ETH',), ('DEU',), '2021-05-05')]),
    case('DO2', 'On 5 May the President named a Special Envoy to Chad.',
         'NER', '2021-06-01', ['meeting', 'visit'], []),
    # DO3 pair consultations, inter-agency
    case('DO3', 'Lithuanian-Polish interdepartmental consultations on energy security took place '
                'in Vilnius on 6 May.',
         'LTU', '2022-06-01', ['consultation', 'meeting'],
         [('consultation', ('LTU',), ('POL',), '2022-05-06')]),
    case('DO3', 'On 6 May Tbilisi hosted Georgian–Armenian inter-agency consultations on '
                'border issues.',
         'GEO', '2022-06-01', ['consultation', 'meeting'],
         [('consultation', ('GEO',), ('ARM',), '2022-05-06')]),
    case('DO3', 'The Kazakh-Uzbek inter-ministerial consultations were held on 6 May in '
                'Tashkent.',
         'KAZ', '2022-06-01', ['consultation', 'meeting'],
         [('consultation', ('KAZ',), ('UZB',), '2022-05-06')]),
    case('DO3', 'On 6 May, interagency consultations between Moldova and Romania were held in '
                'Chisinau.',
         'MDA', '2022-06-01', ['consultation', 'meeting'],
         [('consultation', ('MDA',), ('ROU',), '2022-05-06')]),
    case('DO3', 'On 6 May the Ministry held inter-agency consultations on the draft migration '
                'strategy.',
         'LVA', '2022-06-01', ['consultation', 'meeting'], []),
    case('DO3', 'Interdepartmental consultations on the budget were held in Riga on 6 May.',
         'LVA', '2022-06-01', ['consultation', 'meeting'], []),
    # DO4 talks of an official with another
    case('DO4', 'Energy was discussed during negotiations of the Prime Minister with the Prime '
                'Minister of Slovakia on 7 May.',
         'CZE', '2023-06-01', ['meeting'], [('meeting', ('CZE',), ('SVK',), '2023-05-07')]),
    case('DO4', 'In the course of talks of the President with the King of Jordan in Amman on '
                '7 May, water was a key topic.',
         'EGY', '2023-06-01', ['meeting'], [('meeting', ('EGY',), ('JOR',), '2023-05-07')]),
    case('DO4', 'The talks of Minister Ana Silva with the Foreign Minister of Angola, held in '
                'Luanda on 7 May, focused on oil.',
         'PRT', '2023-06-01', ['meeting', 'visit'],
         [('meeting', ('PRT',), ('AGO',), '2023-05-07')]),
    case('DO4', 'On 7 May a meeting of the Deputy Minister with the Ambassador of Vietnam took '
                'place at the Ministry.',
         'LAO', '2023-06-01', ['meeting'], [('meeting', ('LAO',), ('VNM',), '2023-05-07')]),
    case('DO4', 'Security dominated the conversations of the Minister with his Finnish '
                'counterpart on 7 May.',
         'EST', '2023-06-01', ['meeting'], [('meeting', ('EST',), ('FIN',), '2023-05-07')],
         limit="a bare 'conversation' tells no medium: the rules read it as neither a "
               "meeting nor a call unless the sentence places it (see rulesDG's 'Left')"),
    case('DO4', 'After discussions of the Minister with the Ambassador of Chile on 7 May, a '
                'memorandum on culture was initialled.',
         'EST', '2023-06-01', ['meeting'], [('meeting', ('EST',), ('CHL',), '2023-05-07')]),
    case('DO4', 'Talks of the Government with the trade unions continued on 7 May.',
         'EST', '2023-06-01', ['meeting'], []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), CASES)
def test_the_rule_holds_in_other_words(text: str, issuer: str, date: str | None,
                                       types: set[str], expected: list[tuple[Any, ...]]) -> None:
    check(text, issuer, date, types, expected)
