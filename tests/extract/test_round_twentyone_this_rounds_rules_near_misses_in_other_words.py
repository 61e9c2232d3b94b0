"""The rules added in round twenty-one (rulesLA, rulesLC, rulesLE, rulesLL and the audits
21a-21c) tried on near misses of their own targets (the audit audit21h): each new or
widened pattern or helper with sentences that look like its target but must not give its
reading (another sense of the same words, a plan, a negation, a report or a recollection,
a topic, other sides, another date), and one or two that must (the rule still works).
Over-reach found here was narrowed: an envoy's letter told in what he said another had
conveyed or as not yet delivered, notes exchanged "on the development of" a project (an
exchange of notes still), "A-B talks held in the spirit of", "requested audiences with",
"In bilateral talks, the sides usually ...", "During her visit, she will ...", a passive
"were signed during the visit" recalled in a "that" clause, and an appeal to "the Hon. A
B, Prime Minister of C, to attend". Each case: the construction, the text, the issuer,
the document's date, the types compared and the records expected (type, from, to, date
prefix). A known limit is a strict xfail with its reason. The sentences were written for
this table."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.audit_support import CORE, case, check

_CASES = [
    # VH: "the visiting" with a hyphenated title
    case('VH', 'On 3 May the Minister met the visiting Vice-Minister of Foreign Affairs of '
         'Japan, Kenji Sato.',
         'VNM', '2024-05-04', CORE,
         [('meeting', ('VNM',), ('JPN',), '2024-05-03'),
          ('visit', ('JPN',), ('VNM',), '2024-05-03')]),
    case('VH', 'The Minister will meet the visiting Vice-Minister of Foreign Affairs of Japan '
         'next week.',
         'VNM', '2024-05-04', CORE,
         []),
    case('VH', 'Talks with the visiting Deputy-Minister of Chile were postponed indefinitely '
         'on 3 May.',
         'ARG', '2024-05-04', CORE,
         [],
         limit='talks with "the visiting" guest told as postponed are still read as held (the '
               "verdict after the guest's title is not applied)"),
    # OO: a second guest "on an official one"
    case('OO', 'In 2023 the President received the Emir of Qatar on a state visit in May and '
         'the King of Jordan on an official one in September.',
         'DEU', '2024-01-10', CORE,
         [('meeting', ('DEU',), ('QAT',), '2023'),
          ('visit', ('QAT',), ('DEU',), '2023-05'),
          ('visit', ('JOR',), ('DEU',), '2023-09')]),
    case('OO', 'The President received the Emir of Qatar on a state visit in May; he hopes to '
         'welcome the King of Jordan on an official one next year.',
         'DEU', '2024-06-10', CORE,
         [('meeting', ('DEU',), ('QAT',), '2024-05'), ('visit', ('QAT',), ('DEU',), '2024-05')]),
    case('OO', 'Asked whether his trip to Ghana would be a private visit, the Minister said '
         'he had insisted on an official one.',
         'NGA', '2024-06-10', CORE,
         [],
         limit='a trip asked about ("whether his trip to A would be") is read as made; "an '
               'official one" itself gives nothing'),
    # HM: a headline's "on ... visit", not a time after "in"
    case('HM', 'President Ruto on state visit to Ghana',
         'KEN', '2024-03-02', CORE,
         [('visit', ('KEN',), ('GHA',), None)]),
    case('HM', 'The President of Ghana received the Kenyan President on a state visit in '
         'March.',
         'GHA', '2024-03-20', CORE,
         [('meeting', ('GHA',), ('KEN',), '2024-03'), ('visit', ('KEN',), ('GHA',), '2024-03')]),
    # BV: a bare "the visit" closing a passive
    case('BV', 'The Foreign Minister of Peru, Javier Gonzalez, was received by the Minister '
         'on 4 June. Three agreements were signed during the visit.',
         'COL', '2024-06-05', CORE,
         [('visit', ('PER',), ('COL',), '2024-06-04'),
          ('meeting', ('COL',), ('PER',), '2024-06-04'),
          ('agreement', ('COL',), ('PER',), '2024-06-04')]),
    case('BV', 'The Minister met the Foreign Minister of Peru on 4 June. No agreements were '
         'signed during the visit.',
         'COL', '2024-06-05', CORE,
         [('meeting', ('COL',), ('PER',), '2024-06-04')]),
    case('BV', 'The Minister met the Foreign Minister of Peru on 4 June. They recalled that '
         'three agreements were signed during the visit.',
         'COL', '2024-06-05', CORE,
         [('meeting', ('COL',), ('PER',), '2024-06-04')]),
    case('BV', 'The Minister met the Foreign Minister of Peru on 4 June. Three agreements are '
         'to be signed during the visit.',
         'COL', '2024-06-05', CORE,
         [('meeting', ('COL',), ('PER',), '2024-06-04')]),
    # DH: "During her visit," our trip's host
    case('DH', 'Foreign Minister Ana Lopez travelled to Accra on 12 May. During her visit, '
         'the Minister held talks with the Foreign Minister of Ghana.',
         'ESP', '2024-05-13', CORE,
         [('visit', ('ESP',), ('GHA',), '2024-05-12'),
          ('meeting', ('ESP',), ('GHA',), '2024-05-12')]),
    case('DH', 'On 12 May the Minister received the Foreign Minister of Ghana, Shirley '
         'Botchwey, in Madrid. During her visit, she also met the President of the '
         'Congress.',
         'ESP', '2024-05-13', CORE,
         [('visit', ('GHA',), ('ESP',), '2024-05-12'),
          ('meeting', ('ESP',), ('GHA',), '2024-05-12')],
         limit='"During her visit, she also met" after a guest was received gives no visit of '
               'the guest, and the meeting twice'),
    case('DH', 'The Minister will travel to Ghana next month. During her visit, she will hold '
         'talks with the Foreign Minister of Ghana.',
         'ESP', '2024-05-13', CORE,
         []),
    case('DH', 'The Minister recalled her trip to Ghana in 2019. During her visit, she had '
         'met the Foreign Minister of Ghana.',
         'ESP', '2024-05-13', CORE,
         [],
         limit='a meeting in a recalled trip told by "During her visit" takes the document\'s '
               "day, not the trip's"),
    # SA: a stay set off by commas
    case('SA', 'Foreign Minister Penny Wong, currently in Fiji on a three-day visit, met '
         'Prime Minister Rabuka on 5 June.',
         'AUS', '2024-06-06', CORE,
         [('visit', ('AUS',), ('FJI',), '2024-06'), ('meeting', ('AUS',), ('FJI',), '2024-06-05')]),
    case('SA', 'Minister Peters, in March on a visit to Samoa, had met Prime Minister '
         "Mata'afa.",
         'NZL', '2024-06-06', CORE,
         [('visit', ('NZL',), ('WSM',), '2024-03'), ('meeting', ('NZL',), ('WSM',), '2024-03')]),
    case('SA', 'The Minister spoke with Foreign Minister Kamikamica, who said that Prime '
         'Minister Rabuka, born in Fiji, would go on a visit to Tonga in July.',
         'AUS', '2024-06-06', CORE,
         [('call', ('AUS',), ('FJI',), None)]),
    case('SA', 'Foreign Minister Wong, now in Fiji for an official visit, will meet Prime '
         'Minister Rabuka tomorrow.',
         'AUS', '2024-06-05', CORE,
         [('visit', ('AUS',), ('FJI',), '2024-06')]),
    # TT: trips in the plural "took him to"
    case('TT', "The Minister's trips in 2022 took him to Chile, Peru and Bolivia.",
         'ECU', '2023-01-10', CORE,
         [('visit', ('ECU',), ('CHL',), '2022'),
          ('visit', ('ECU',), ('PER',), '2022'),
          ('visit', ('ECU',), ('BOL',), '2022')]),
    case('TT', 'The Minister said that planned trips this year could take him to Chile and '
         'Peru.',
         'ECU', '2024-01-10', CORE,
         []),
    case('TT', 'Her travels this year took a heavy toll on her health, the Ministry of Chile '
         'said.',
         'ECU', '2024-10-10', CORE,
         []),
    case('TT', "The President's trips abroad in 2019 took him to Chile and Peru, the Minister "
         'recalled on 3 March.',
         'ECU', '2024-03-04', CORE,
         [('visit', ('ECU',), ('CHL',), '2019'), ('visit', ('ECU',), ('PER',), '2019')]),
    # TO: "before travelling on to"
    case('TO', 'On 3 April the Minister visited Nairobi, before travelling on to Kampala.',
         'DEU', '2024-04-04', CORE,
         [('visit', ('DEU',), ('KEN',), '2024-04-03'), ('visit', ('DEU',), ('UGA',), '2024-04')]),
    case('TO', 'The Minister will visit Nairobi next week before travelling on to Kampala.',
         'DEU', '2024-04-04', CORE,
         []),
    case('TO', 'On 3 April the Minister visited Nairobi; he advised citizens to check the '
         'news before travelling to Kampala.',
         'DEU', '2024-04-04', CORE,
         [('visit', ('DEU',), ('KEN',), '2024-04-03')]),
    case('TO', 'On 3 April the Minister met the Foreign Minister of Kenya in Berlin before '
         'travelling to Paris for the OECD meeting.',
         'DEU', '2024-04-04', CORE,
         [('meeting', ('DEU',), ('KEN',), '2024-04-03'),
          ('visit', ('DEU',), ('FRA',), '2024-04-03')]),
    # PP: talks in the passive "by phone between"
    case('PP', 'Regional security was discussed by phone between the foreign ministers of '
         'Kenya and Uganda on 7 July.',
         'KEN', '2024-07-08', CORE,
         [('call', ('KEN',), ('UGA',), '2024-07-07')]),
    case('PP', 'It was agreed that regional security would be discussed by phone between the '
         'foreign ministers of Kenya and Uganda.',
         'KEN', '2024-07-08', CORE,
         []),
    case('PP', 'The Minister noted that regional security was not discussed by phone between '
         'the presidents of Kenya and Uganda last year.',
         'KEN', '2024-07-08', CORE,
         []),
    # EL: an envoy who conveyed a letter
    case('EL', 'On 3 June the Ambassador of Chile to Peru, Carlos Ruiz, conveyed to the '
         'Minister a letter from President Boric.',
         'PER', '2024-06-04', CORE,
         [('meeting', ('PER',), ('CHL',), '2024-06-03')]),
    case('EL', 'The Minister asked the Ambassador of Chile to convey a message to President '
         'Boric.',
         'PER', '2024-06-04', CORE,
         [('meeting', ('PER',), ('CHL',), None)],
         limit='an envoy asked "to convey a message" gives no meeting with the envoy'),
    case('EL', 'The Ambassador of Chile is expected to deliver a letter from President Boric '
         'next week.',
         'PER', '2024-06-04', CORE,
         []),
    case('EL', 'The Ambassador of Chile said the President had conveyed a message of '
         'solidarity to the people of Peru.',
         'PER', '2024-06-04', CORE,
         []),
    case('EL', 'In a statement, the Ministry said that the Ambassador of Chile has not yet '
         'delivered the letter.',
         'PER', '2024-06-04', CORE,
         []),
    # EN: notes exchanged on a topic
    case('EN', 'On 2 May the Ambassador of Japan and the Minister exchanged notes on the '
         'development of the water supply system in Dodoma.',
         'TZA', '2024-05-03', CORE,
         [('agreement', ('TZA',), ('JPN',), '2024-05-02')]),
    case('EN', 'On 2 May the Ambassador of Japan and the Minister exchanged notes on the '
         'grant aid for the improvement of Kigoma port.',
         'TZA', '2024-05-03', CORE,
         [('agreement', ('TZA',), ('JPN',), '2024-05-02')]),
    case('EN', 'On 2 May the Minister and the Ambassador of Japan exchanged notes on regional '
         'developments.',
         'TZA', '2024-05-03', CORE,
         [('meeting', ('TZA',), ('JPN',), '2024-05-02')],
         limit='notes exchanged on a topic (views compared) give no meeting of the two'),
    case('EN', 'On 2 May the Minister and the Ambassador of Japan exchanged notes on the '
         'situation in the Great Lakes region.',
         'TZA', '2024-05-03', CORE,
         [('meeting', ('TZA',), ('JPN',), '2024-05-02')],
         limit='notes exchanged on a topic (views compared) give no meeting of the two'),
    # FM: an exchange with an "FM"
    case('FM', 'On 4 March the Minister held a warm exchange with Elmer Schialer, Peruvian '
         'FM, in Lima.',
         'CHL', '2024-03-05', CORE,
         [('meeting', ('CHL',), ('PER',), '2024-03-04')]),
    case('FM', 'On 4 March the Minister held an exchange with students about the role of an '
         'FM in diplomacy.',
         'CHL', '2024-03-05', CORE,
         []),
    # AC: accession talks
    case('AC', 'The Minister voiced support for opening accession talks with Ukraine and '
         'Moldova on 3 June.',
         'AUT', '2024-06-04', CORE,
         []),
    case('AC', 'On 3 June the Minister held talks with the Foreign Minister of Moldova on '
         'accession.',
         'AUT', '2024-06-04', CORE,
         [('meeting', ('AUT',), ('MDA',), '2024-06-03')]),
    case('AC', 'The Minister travelled to Brussels for the accession talks of Montenegro on 3 '
         'June.',
         'AUT', '2024-06-04', CORE,
         [('visit', ('AUT',), ('BEL',), '2024-06-03')]),
    # DT: "During talks yesterday," and "In bilateral talks,"
    case('DT', 'During talks yesterday, the Minister and the Foreign Minister of Brazil '
         'agreed to expand trade.',
         'PRT', '2024-06-04', CORE,
         [('meeting', ('PRT',), ('BRA',), '2024-06-03')]),
    case('DT', 'In bilateral talks, the two sides usually review trade and investment, the '
         'Minister said at a seminar on 3 June.',
         'PRT', '2024-06-04', CORE,
         []),
    case('DT', 'During official talks today, negotiators of Brazil and Argentina agreed on a '
         'new tariff.',
         'PRT', '2024-06-04', CORE,
         [('meeting', ('BRA',), ('ARG',), '2024-06-04')],
         limit='talks of two other states opening the sentence ("During official talks today, '
               'negotiators of A and B") give no meeting of theirs'),
    # CH: "called on the Honourable A B, Prime Minister"
    case('CH', "On 8 August the Minister called on the Honourable Fiame Naomi Mata'afa, Prime "
         'Minister of Samoa.',
         'NZL', '2024-08-09', CORE,
         [('meeting', ('NZL',), ('WSM',), '2024-08-08')]),
    case('CH', "On 8 August the Minister called on the Honourable Fiame Naomi Mata'afa, Prime "
         'Minister of Samoa, to reconsider the decision.',
         'NZL', '2024-08-09', CORE,
         []),
    case('CH', 'The Minister called on the Hon. Mark Brown, Prime Minister of the Cook '
         'Islands, to attend the forum.',
         'NZL', '2024-08-09', CORE,
         []),
    # HT: "A-B talks held in"
    case('HT', 'On 3 June the Minister led the delegation to the Rwanda-Burundi bilateral '
         'talks held in Kigali.',
         'RWA', '2024-06-04', CORE,
         [('meeting', ('RWA',), ('BDI',), '2024-06-03')]),
    case('HT', 'The Minister recalled the Rwanda-Burundi bilateral talks held in Kigali in '
         '2015.',
         'RWA', '2024-06-04', CORE,
         [('meeting', ('RWA',), ('BDI',), '2015')]),
    case('HT', 'The Minister expressed hope for Rwanda-Burundi talks held in the spirit of '
         'good neighbourliness.',
         'RWA', '2024-06-04', CORE,
         []),
    # SH: a summit of the heads of state of A-B-C
    case('SH', 'On 14 May the summit of the heads of state of Egypt-Jordan-Iraq was held in '
         'Baghdad.',
         'EGY', '2024-05-15', CORE,
         [('meeting', ('EGY',), ('JOR', 'IRQ'), '2024-05-14')]),
    case('SH', 'A summit of the heads of state of Egypt-Jordan-Iraq will be held in Baghdad '
         'in May.',
         'EGY', '2024-04-15', CORE,
         []),
    case('SH', 'On 14 May a meeting of the foreign ministers of Guinea-Bissau-Senegal was '
         'held in Dakar.',
         'SEN', '2024-05-15', CORE,
         [('meeting', ('SEN',), ('GNB',), '2024-05-14')]),
    case('SH', 'The Minister proposed a summit of the leaders of Egypt-Jordan-Iraq to discuss '
         'water.',
         'EGY', '2024-04-15', CORE,
         []),
    # AU: audiences in the plural
    case('AU', 'On 4 April the Minister was granted audiences with the King and the Crown '
         'Prince of Bahrain.',
         'GBR', '2024-04-05', CORE,
         [('meeting', ('GBR',), ('BHR',), '2024-04-04'),
          ('meeting', ('GBR',), ('BHR',), '2024-04-04')]),
    case('AU', 'The Minister requested audiences with the King of Bahrain, but none were '
         'granted.',
         'GBR', '2024-04-05', CORE,
         []),
    case('AU', 'The King of Bahrain grants audiences with foreign envoys each Monday.',
         'GBR', '2024-04-05', CORE,
         []),
    # OS: a session the ministry organised
    case('OS', 'In June the Ministry organised the annual Conference of Ambassadors in Warsaw.',
         'POL', '2024-12-20', CORE,
         []),
    case('OS', 'In June the Ministry organised the Meeting of the Polish Diaspora Councils in '
         'Warsaw.',
         'POL', '2024-12-20', CORE,
         []),
    case('OS', 'In June the Ministry organised a meeting between the Foreign Minister and the '
         'Ambassador of Chile.',
         'POL', '2024-12-20', CORE,
         [('meeting', ('POL',), ('CHL',), '2024-06')]),
    # MC: a sitting of a council held
    case('MC', 'On 2 May the President held a meeting of the National Security Council.',
         'LTU', '2024-05-03', CORE,
         []),
    case('MC', 'On 2 May the Prime Minister held a session of the Council of Ministers on the '
         'budget.',
         'LTU', '2024-05-03', CORE,
         []),
    case('MC', 'On 2 May the Minister held a meeting of the Supreme Defence Council, then met '
         'the Ambassador of Poland.',
         'LTU', '2024-05-03', CORE,
         [('meeting', ('LTU',), ('POL',), '2024-05-02')]),
    # MP: margins of a bare plural
    case('MP', 'The two ministers had only met on the margins of international conferences '
         'before 3 May.',
         'LTU', '2024-05-04', CORE,
         []),
    case('MP', 'On 3 May the Minister met the Foreign Minister of Chile on the margins of '
         'international meetings in Geneva.',
         'LTU', '2024-05-04', CORE,
         [('meeting', ('LTU',), ('CHL',), '2024-05-03')]),
    # SC: a session "concluded" or "closed"
    case('SC', 'The conference hall was closed for renovation in May.',
         'LTU', '2024-06-04', CORE,
         []),
    case('SC', 'On the sidelines of the summit, a contract was concluded between two firms.',
         'LTU', '2024-06-04', CORE,
         []),
    # UN: UN regional commissions
    case('UN', 'On 3 May the Minister met the Executive Secretary of the Economic Commission '
         'for Africa in Addis Ababa.',
         'KEN', '2024-05-04', CORE,
         [('meeting', ('KEN',), (), '2024-05-03')]),
    case('UN', 'On 3 May the Joint Economic Commission between Kenya and Ethiopia met in '
         'Addis Ababa.',
         'KEN', '2024-05-04', CORE,
         [('commission', ('KEN',), ('ETH',), '2024-05-03')]),
    # TC: a treaty's consultative meeting
    case('TC', 'The Minister attended the 46th Antarctic Treaty Consultative Meeting in Kochi '
         'on 20 May.',
         'NOR', '2024-05-21', CORE,
         []),
    case('TC', 'On 20 May the 5th Norway-India consultative meeting took place in Oslo.',
         'NOR', '2024-05-21', CORE,
         [('consultation', ('NOR',), ('IND',), '2024-05-20')]),
    # DL: datelines and a day counted back
    case('DL', 'KAMPALA, Uganda, July 14 (Xinhua) -- The Minister met the Foreign Minister of '
         'Kenya on Monday.',
         'UGA', '2024-07-14', CORE,
         [('meeting', ('UGA',), ('KEN',), '2024-07-08')]),
    case('DL', 'ROME, 14 March - A day earlier, the Minister had met the Foreign Minister of '
         'Chile.',
         'ITA', '2024-03-14', CORE,
         [('meeting', ('ITA',), ('CHL',), '2024-03-13')],
         limit='"A day earlier" after a dateline with the document\'s own day keeps the '
               "dateline's day"),
    case('DL', 'ROME, 14 March - The Minister met the Foreign Minister of Chile the day '
         'before the summit.',
         'ITA', '2024-03-14', CORE,
         [('meeting', ('ITA',), ('CHL',), None)]),
    # CHO: a chair handed over
    case('CHO', 'On 1 July Hungary handed over the presidency of the Council to Poland.',
         'HUN', '2024-07-02', CORE,
         []),
    # JP: a joint press conference
    case('JP', 'On 3 May the Minister met the Foreign Minister of Chile. The two ministers '
         'then held a joint press conference.',
         'ARG', '2024-05-04', CORE,
         [('meeting', ('ARG',), ('CHL',), '2024-05-03')]),
    case('JP', 'On 3 May the Minister met the Foreign Minister of Chile. On 9 May, the '
         'Minister and the Foreign Minister of Peru gave a joint press conference.',
         'ARG', '2024-05-10', CORE,
         [('meeting', ('ARG',), ('CHL',), '2024-05-03'),
          ('meeting', ('ARG',), ('PER',), '2024-05-09')]),
    # HW: met in the host country during a working visit
    case('HW', 'On 5 March the Minister met the Foreign Minister of Singapore in Singapore '
         'during a working visit.',
         'IDN', '2024-03-06', CORE,
         [('visit', ('IDN',), ('SGP',), '2024-03-05'),
          ('meeting', ('IDN',), ('SGP',), '2024-03-05')]),
    case('HW', 'On 5 March the Minister met the Foreign Minister of Singapore in Jakarta '
         'during his working visit.',
         'IDN', '2024-03-06', CORE,
         [('visit', ('SGP',), ('IDN',), '2024-03-05'),
          ('meeting', ('IDN',), ('SGP',), '2024-03-05')]),
    case('HW', 'On 5 March the Minister met the Ambassador of Singapore, who briefed him on '
         'Singapore during a working visit of officials.',
         'IDN', '2024-03-06', CORE,
         [('meeting', ('IDN',), ('SGP',), '2024-03-05')],
         limit="a working visit in a relative clause about briefing is read as the envoy's "
               'country visiting'),
]


@pytest.mark.parametrize(('text', 'issuer', 'date', 'types', 'expected'), _CASES)
def test_this_rounds_rules_near_misses(text: str, issuer: str, date: str | None,
                                       types: set[str], expected: list[Any]) -> None:
    check(text, issuer, date, types, expected)
