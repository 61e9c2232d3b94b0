"""Arrivals, departures and the direction of visits (the generality audit audit21k):
"arrived in X on a working visit", "landed in", "arrived here", "left for", "departed
for", "emplaned for", "returned from", "is back from", "wrapped up his visit to",
"welcomed at the airport by", "was seen off by", the visiting delegation, delegations
led by deputy ministers, state secretaries and envoys, parliamentary and business
delegations (which side travels), our official and a guest travelling together to a
third country, visits told from the host's side in the host's own release ("Minister X
of A visited our country"), visits to organisations' seats (Brussels, Geneva, New York,
Vienna, Addis Ababa), and a visit announced in the headline, told in the body with
another verb. Each case: the form, the text, the issuer, the document's date, the types
compared and the records expected (type, from, to, date prefix). A known limit is a
strict xfail with its reason (none is left). The sentences were written for this table."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.audit_support import CORE, case, check

_CASES = [
    # AR: arrived, landed, welcomed at the airport
    case('AR', 'Foreign Minister Penny Wong arrived in Jakarta on 12 March on a working visit.',
         'AUS', '2024-03-13', CORE,
         [('visit', ('AUS',), ('IDN',), '2024-03-12')]),
    case('AR', 'On 4 June, Minister of Foreign Affairs Luis Gilberto Murillo landed in Nairobi.',
         'COL', '2024-06-05', CORE,
         [('visit', ('COL',), ('KEN',), '2024-06-04')]),
    case('AR', 'The Foreign Minister of Qatar arrived here on Tuesday, 9 April, on a two-day '
               'visit.',
         'PAK', '2024-04-10', CORE,
         [('visit', ('QAT',), ('PAK',), '2024-04-09')]),
    case('AR', 'Minister Radoslaw Sikorski arrived in Vilnius on 20 February for talks with '
               'his Lithuanian counterpart.',
         'POL', '2024-02-21', CORE,
         [('visit', ('POL',), ('LTU',), '2024-02-20'),
          ('meeting', ('POL',), ('LTU',), '2024-02-20')]),
    case('AR', 'Prime Minister Kristersson landed in Ottawa on 5 March, starting an official '
               'visit to Canada.',
         'SWE', '2024-03-06', CORE,
         [('visit', ('SWE',), ('CAN',), '2024-03-05')]),
    case('AR', 'Abu Dhabi, 14 May 2024. The Foreign Minister of Greece arrived in the UAE '
               'capital on a working visit.',
         'ARE', '2024-05-14', CORE,
         [('visit', ('GRC',), ('ARE',), '2024-05-14')]),
    case('AR', 'The Chinese Foreign Minister Wang Yi arrived in Canberra on 20 March.',
         'AUS', '2024-03-21', CORE,
         [('visit', ('CHN',), ('AUS',), '2024-03-20')]),
    case('AR', 'Upon arrival in Baku on 3 July, the Minister was welcomed at the airport by '
               'Deputy Foreign Minister Fariz Rzayev.',
         'HUN', '2024-07-04', CORE,
         [('visit', ('HUN',), ('AZE',), '2024-07-03')]),
    case('AR', 'Secretary Blinken arrived in Manila on 18 March, where he was met at the '
               'airport by Undersecretary Lazaro.',
         'USA', '2024-03-19', CORE,
         [('visit', ('USA',), ('PHL',), '2024-03-18')]),
    case('AR', 'On 2 May, the Foreign Minister of Armenia was welcomed at Tbilisi airport by '
               'the Deputy Foreign Minister of Georgia.',
         'GEO', '2024-05-03', CORE,
         [('visit', ('ARM',), ('GEO',), '2024-05-02')]),
    case('AR', 'The President of Finland arrived in Stockholm on 11 April on a state visit to '
               'Sweden.',
         'FIN', '2024-04-12', CORE,
         [('visit', ('FIN',), ('SWE',), '2024-04-11')]),
    # LF: left, departed, set off, emplaned for
    case('LF', 'Minister Annalena Baerbock left for Beijing on 12 April.',
         'DEU', '2024-04-13', CORE,
         [('visit', ('DEU',), ('CHN',), '2024-04-12')]),
    case('LF', 'On 6 May, Foreign Minister Tajani departed for Tokyo on an official visit to '
               'Japan.',
         'ITA', '2024-05-07', CORE,
         [('visit', ('ITA',), ('JPN',), '2024-05')]),
    case('LF', 'The Prime Minister left for Washington on Sunday, 10 March, for a three-day '
               'visit to the United States.',
         'IRL', '2024-03-11', CORE,
         [('visit', ('IRL',), ('USA',), '2024-03')]),
    case('LF', 'Foreign Minister Jaishankar emplaned for Singapore on 23 March.',
         'IND', '2024-03-24', CORE,
         [('visit', ('IND',), ('SGP',), '2024-03-23')]),
    case('LF', 'Minister Jan Lipavsky set off on 15 January on a visit to Ukraine.',
         'CZE', '2024-01-16', CORE,
         [('visit', ('CZE',), ('UKR',), '2024-01-15')]),
    case('LF', 'The President departed Abuja on 4 July for Accra, where he will attend the '
               'ECOWAS summit.',
         'NGA', '2024-07-05', CORE,
         [('visit', ('NGA',), ('GHA',), '2024-07-04')]),
    # RF: returned from, back from, wrapped up, concluded
    case('RF', 'Foreign Minister Stanislav Tsalko returned from an official visit to Latvia on '
               '7 February.',
         'EST', '2024-02-08', CORE,
         [('visit', ('EST',), ('LVA',), '2024-02')]),
    case('RF', 'Minister Hussein is back from Cairo, where he held talks with Foreign Minister '
               'Shoukry on 12 March.',
         'IRQ', '2024-03-14', CORE,
         [('visit', ('IRQ',), ('EGY',), '2024-03'),
          ('meeting', ('IRQ',), ('EGY',), '2024-03-12')]),
    case('RF', 'On 9 October, the Minister wrapped up his visit to Argentina.',
         'CHL', '2024-10-10', CORE,
         [('visit', ('CHL',), ('ARG',), '2024-10')]),
    case('RF', 'Foreign Minister Anita Anand concluded her visit to India on 8 February.',
         'CAN', '2024-02-09', CORE,
         [('visit', ('CAN',), ('IND',), '2024-02')]),
    case('RF', 'The Deputy Prime Minister returned home on 3 June after a four-day visit to Korea.',
         'VNM', '2024-06-04', CORE,
         [('visit', ('VNM',), ('KOR',), '2024-05')]),
    case('RF', 'The Foreign Minister of Slovenia ended her visit to Croatia on 22 May.',
         'SVN', '2024-05-23', CORE,
         [('visit', ('SVN',), ('HRV',), '2024-05')]),
    # SO: seen off at the end of a visit
    case('SO', 'At the end of the visit, on 16 April, the Foreign Minister of Kazakhstan was '
               'seen off at the airport by Deputy Foreign Minister Ali Bagheri.',
         'IRN', '2024-04-17', CORE,
         [('visit', ('KAZ',), ('IRN',), '2024-04')]),
    # DV: delegations led by deputies, state secretaries, envoys
    case('DV', 'Deputy Foreign Minister Andrzej Szejna paid a working visit to Moldova on 14 '
               'March.',
         'POL', '2024-03-15', CORE,
         [('visit', ('POL',), ('MDA',), '2024-03-14')]),
    case('DV', 'A delegation led by State Secretary Tobias Lindner visited Ghana on 20-21 '
               'February.',
         'DEU', '2024-02-22', CORE,
         [('visit', ('DEU',), ('GHA',), '2024-02-20')]),
    case('DV', 'Special Envoy for the Sahel Joao Cravinho travelled to Mali on 10 June.',
         'PRT', '2024-06-11', CORE,
         [('visit', ('PRT',), ('MLI',), '2024-06-10')]),
    case('DV', 'On 8 May, a delegation of the Ministry of Foreign Affairs of Uzbekistan, '
               'headed by Deputy Minister Bakhromjon Aloev, visited Islamabad.',
         'UZB', '2024-05-09', CORE,
         [('visit', ('UZB',), ('PAK',), '2024-05-08')]),
    case('DV', 'The visiting delegation from Tunisia, led by Secretary of State Mounir Ben '
               'Rjiba, was received by the Minister on 3 April.',
         'MAR', '2024-04-04', CORE,
         [('visit', ('TUN',), ('MAR',), '2024-04'),
          ('meeting', ('MAR',), ('TUN',), '2024-04-03')]),
    case('DV', 'Deputy Minister of Foreign Affairs Mikhail Galuzin arrived in Tashkent on 5 '
               'September.',
         'RUS', '2024-09-06', CORE,
         [('visit', ('RUS',), ('UZB',), '2024-09-05')]),
    case('DV', 'On 11 March, Parliamentary State Secretary Katja Keul visited Niger.',
         'DEU', '2024-03-12', CORE,
         [('visit', ('DEU',), ('NER',), '2024-03-11')]),
    case('DV', 'A delegation of the Vietnamese Ministry of Foreign Affairs, led by Vice '
               'Minister Do Hung Viet, paid a working visit to Laos on 2-3 July.',
         'VNM', '2024-07-04', CORE,
         [('visit', ('VNM',), ('LAO',), '2024-07-02')]),
    case('DV', 'The Presidential Envoy for Climate, Wopke Hoekstra, was in Brazil on 6 May.',
         'NLD', '2024-05-07', CORE,
         [('visit', ('NLD',), ('BRA',), '2024-05-06')]),
    # PB: parliamentary and business delegations (which side travels)
    case('PB', 'A delegation of the Croatian Parliament led by Speaker Gordan Jandrokovic '
               'visited Slovakia on 17 April.',
         'HRV', '2024-04-18', CORE,
         [('visit', ('HRV',), ('SVK',), '2024-04-17')]),
    case('PB', 'On 22 May, the Minister received a parliamentary delegation from Kenya, which '
               'is visiting Ethiopia on 21-23 May.',
         'ETH', '2024-05-24', CORE,
         [('visit', ('KEN',), ('ETH',), '2024-05-21'),
          ('meeting', ('ETH',), ('KEN',), '2024-05-22')]),
    case('PB', 'A business delegation of 40 Norwegian companies accompanied the Minister on '
               'his visit to Vietnam on 4-5 March.',
         'NOR', '2024-03-06', CORE,
         [('visit', ('NOR',), ('VNM',), '2024-03-04')]),
    case('PB', 'A delegation of the Senate of Chile visited Peru on 10 October.',
         'PER', '2024-10-11', CORE,
         [('visit', ('CHL',), ('PER',), '2024-10-10')]),
    case('PB', 'On 14 November, Minister Stefanovic received a delegation of the Bundestag on '
               'a visit to Serbia.',
         'SRB', '2024-11-15', CORE,
         [('visit', ('DEU',), ('SRB',), '2024-11'),
          ('meeting', ('SRB',), ('DEU',), '2024-11-14')]),
    case('PB', 'A Thai trade delegation led by Deputy Commerce Minister Napintorn visited '
               'Dhaka on 20 January.',
         'THA', '2024-01-21', CORE,
         [('visit', ('THA',), ('BGD',), '2024-01-20')]),
    # TG: our official and a guest travelling together to a third country (one visit: the
    # issuer's, see _joint_trip.py)
    case('TG', 'On 7 March, Foreign Minister Joly and her Mexican counterpart Alicia Barcena '
               'travelled together to Guatemala.',
         'CAN', '2024-03-08', CORE,
         [('visit', ('CAN',), ('GTM',), '2024-03-07')]),
    case('TG', 'Foreign Minister Sejourne and German Foreign Minister Baerbock visited Moldova '
               'together on 2 February.',
         'FRA', '2024-02-03', CORE,
         [('visit', ('FRA',), ('MDA',), '2024-02-02')]),
    case('TG', 'The foreign ministers of Estonia, Latvia and Lithuania travelled to Kyiv on 11 '
               'January.',
         'LVA', '2024-01-12', CORE,
         [('visit', ('EST',), ('UKR',), '2024-01-11'),
          ('visit', ('LVA',), ('UKR',), '2024-01-11'),
          ('visit', ('LTU',), ('UKR',), '2024-01-11')]),
    # HS: a visit told from the host's side in the host's release
    case('HS', 'Minister of Foreign Affairs of Singapore Vivian Balakrishnan visited our '
               'country on 6 February.',
         'MYS', '2024-02-07', CORE,
         [('visit', ('SGP',), ('MYS',), '2024-02-06')]),
    case('HS', 'On 17 April, the Foreign Minister of Austria, Alexander Schallenberg, paid a '
               'visit to our country.',
         'SVK', '2024-04-18', CORE,
         [('visit', ('AUT',), ('SVK',), '2024-04-17')]),
    case('HS', 'The President of Indonesia was on a state visit to our country on 24-25 June.',
         'VNM', '2024-06-26', CORE,
         [('visit', ('IDN',), ('VNM',), '2024-06-24')]),
    case('HS', 'Minister Kuleba of Ukraine came to Sofia on 12 March.',
         'BGR', '2024-03-13', CORE,
         [('visit', ('UKR',), ('BGR',), '2024-03-12')]),
    case('HS', 'The Secretary of State of the Holy See was our guest on 7 May.',
         'HUN', '2024-05-08', CORE,
         [('visit', ('VAT',), ('HUN',), '2024-05-07')]),
    case('HS', 'The Minister welcomed the Foreign Minister of Mexico, who is visiting Spain on '
               '3-4 June.',
         'ESP', '2024-06-05', CORE,
         [('visit', ('MEX',), ('ESP',), '2024-06-03'),
          ('meeting', ('ESP',), ('MEX',), '2024-06')]),
    case('HS', 'The Foreign Minister of Serbia was in Skopje on a working visit on 14 February.',
         'MKD', '2024-02-15', CORE,
         [('visit', ('SRB',), ('MKD',), '2024-02-14')]),
    case('HS', 'Our country was visited on 8 March by the Foreign Minister of Ireland, Micheal '
               'Martin.',
         'PRT', '2024-03-09', CORE,
         [('visit', ('IRL',), ('PRT',), '2024-03-08')]),
    # OS: visits to organisations' seats (the host country; the organisation's headquarters:
    # to [] with it)
    case('OS', 'Foreign Minister Ivan Mikloš travelled to Brussels on 26 June for the meeting '
               'of the EU Foreign Affairs Council.',
         'SVK', '2024-06-27', CORE,
         [('visit', ('SVK',), ('BEL',), '2024-06-26')]),
    case('OS', 'Foreign Minister Motegi arrived in New York on 22 September to attend the UN '
               'General Assembly.',
         'JPN', '2024-09-23', CORE,
         [('visit', ('JPN',), ('USA',), '2024-09-22')]),
    case('OS', 'On 26 February, the Minister was in Geneva for the high-level segment of the '
               'Human Rights Council.',
         'NOR', '2024-02-27', CORE,
         [('visit', ('NOR',), ('CHE',), '2024-02-26')]),
    case('OS', 'Minister Schallenberg welcomed the Foreign Minister of Kazakhstan to Vienna on '
               '6 March.',
         'AUT', '2024-03-07', CORE,
         [('visit', ('KAZ',), ('AUT',), '2024-03-06'),
          ('meeting', ('AUT',), ('KAZ',), '2024-03-06')]),
    case('OS', 'The Foreign Minister visited NATO headquarters in Brussels on 4 April.',
         'FIN', '2024-04-05', CORE,
         [('visit', ('FIN',), (), '2024-04-04')]),
    case('OS', 'Foreign Minister Taye Atske Selassie arrived in Addis Ababa on 15 February for '
               'the African Union summit.',
         'KEN', '2024-02-16', CORE,
         [('visit', ('KEN',), ('ETH',), '2024-02-15')]),
    case('OS', 'On 18 January, Deputy Minister Ebba Busch travelled to Geneva, where she met '
               'the Director-General of the WTO.',
         'SWE', '2024-01-19', CORE,
         [('visit', ('SWE',), ('CHE',), '2024-01-18'),
          ('meeting', ('SWE',), (), '2024-01-18')]),
    # HB: a visit announced in the headline, told in the body with another verb
    case('HB', 'Foreign Minister visits Mongolia\nForeign Minister Yoko Kamikawa held talks '
               'with Foreign Minister Battsetseg in Ulaanbaatar on 5 June.',
         'JPN', '2024-06-06', CORE,
         [('visit', ('JPN',), ('MNG',), '2024-06'),
          ('meeting', ('JPN',), ('MNG',), '2024-06-05')]),
    case('HB', 'Minister Rinkevics in Tallinn\nOn 18 April, Minister Rinkevics met Prime '
               'Minister Kallas in Tallinn.',
         'LVA', '2024-04-19', CORE,
         [('meeting', ('LVA',), ('EST',), '2024-04-18')]),
    case('HB', 'Official visit of the Foreign Minister to Peru\nOn 3 April, Foreign Minister '
               'Mauro Vieira was received in Lima by President Dina Boluarte.',
         'BRA', '2024-04-04', CORE,
         [('visit', ('BRA',), ('PER',), '2024-04'),
          ('meeting', ('BRA',), ('PER',), '2024-04-03')]),
    case('HB', 'Visit of the Foreign Minister of Chile\nForeign Minister Alberto van Klaveren '
               'held talks with Minister Sommerfeld in Quito on 10 July.',
         'ECU', '2024-07-11', CORE,
         [('visit', ('CHL',), ('ECU',), '2024-07'),
          ('meeting', ('ECU',), ('CHL',), '2024-07-10')]),
    # MX: mixed direction verbs
    case('MX', 'Upon his return from Tokyo on 20 April, the Minister briefed the press on the '
               'results of his visit.',
         'PHL', '2024-04-21', CORE,
         [('visit', ('PHL',), ('JPN',), '2024-04')]),
    case('MX', 'The Prime Minister of Malta arrived in Rome on 2 March and was received by '
               'Prime Minister Meloni.',
         'ITA', '2024-03-03', CORE,
         [('visit', ('MLT',), ('ITA',), '2024-03-02'),
          ('meeting', ('ITA',), ('MLT',), '2024-03-02')]),
    case('MX', 'The President of Namibia arrived in Gaborone on an official visit on 28 June.',
         'BWA', '2024-06-29', CORE,
         [('visit', ('NAM',), ('BWA',), '2024-06-28')]),
    case('MX', 'The Foreign Minister of Bahrain, who arrived here on 9 May, held talks with '
               'Foreign Minister Safadi.',
         'JOR', '2024-05-10', CORE,
         [('visit', ('BHR',), ('JOR',), '2024-05-09'),
          ('meeting', ('JOR',), ('BHR',), '2024-05')]),
    case('MX', 'Ahead of the summit, President Ramaphosa landed in Luanda on 11 August.',
         'ZAF', '2024-08-12', CORE,
         [('visit', ('ZAF',), ('AGO',), '2024-08-11')]),
    case('MX', 'After Bratislava, the Minister flew on to Budapest on 8 May.',
         'CZE', '2024-05-09', CORE,
         [('visit', ('CZE',), ('HUN',), '2024-05-08')]),
    case('MX', 'Secretary of State for Foreign Affairs Jose Manuel Albares travelled to Rabat '
               'on 1 February.',
         'ESP', '2024-02-02', CORE,
         [('visit', ('ESP',), ('MAR',), '2024-02-01')]),
    # NM: near misses that must keep their reading
    case('NM', 'The Minister left for home on 9 May after the talks.',
         'HRV', '2024-05-10', CORE,
         []),
    case('NM', 'The Ambassador of Japan arrived in Riga to take up his post on 4 April.',
         'LVA', '2024-04-05', CORE,
         []),
    case('NM', 'Humanitarian aid from Turkey arrived in Gaza on 6 March.',
         'TUR', '2024-03-07', CORE,
         []),
    case('NM', 'The Minister returned to Bern on 15 May.',
         'CHE', '2024-05-16', CORE,
         []),
    case('NM', 'The first batch of evacuees arrived in Warsaw from Sudan on 25 April.',
         'POL', '2024-04-26', CORE,
         []),
    case('NM', 'The Minister said that the time had come for the region to move on to peace.',
         'GRC', '2024-04-26', CORE,
         []),
    case('NM', 'A delegation of the Ministry visited the exhibition in the capital on 3 May.',
         'BLR', '2024-05-04', CORE,
         []),
    case('NM', 'The Minister received the departing Ambassador of Brazil on 6 May.',
         'NOR', '2024-05-07', CORE,
         [('meeting', ('NOR',), ('BRA',), '2024-05-06')]),
    # FX: the constructions fixed in this audit, with more phrasings
    case('FX', 'The Minister was met on arrival at Entebbe airport by the Minister of State '
               'Oryem Okello.',
         'KEN', '2024-03-10', CORE,
         [('visit', ('KEN',), ('UGA',), '2024-03')]),
    case('FX', 'The Minister was greeted at Entebbe International Airport by Minister of State '
               'Okello.',
         'KEN', '2024-03-10', CORE,
         [('visit', ('KEN',), ('UGA',), '2024-03')]),
    case('FX', 'The President of Uganda was welcomed at the airport by the Prime Minister.',
         'KEN', '2024-03-10', CORE,
         [('visit', ('UGA',), ('KEN',), '2024-03')]),
    case('FX', 'Minister Sangare, who arrived in Bamako on Wednesday evening, was welcomed at '
               'the airport by his Malian counterpart.',
         'NER', '2025-11-06', CORE,
         [('visit', ('NER',), ('MLI',), '2025-11-05')]),
    case('FX', 'On 4 March the Minister met the Foreign Minister of Uganda at Entebbe airport.',
         'KEN', '2024-03-10', CORE,
         [('meeting', ('KEN',), ('UGA',), '2024-03-04')]),
    case('FX', 'Minister Hussein was back from an official visit to Latvia on 7 February.',
         'IRQ', '2024-02-10', CORE,
         [('visit', ('IRQ',), ('LVA',), '2024-02')]),
    case('FX', 'The Minister is back from his tour of Kenya and Uganda.',
         'IRQ', '2024-02-10', CORE,
         [('visit', ('IRQ',), ('KEN',), '2024-02'),
          ('visit', ('IRQ',), ('UGA',), '2024-02')]),
    case('FX', 'Minister Joly and German Minister Baerbock visited Moldova on 7 March.',
         'CAN', '2024-03-10', CORE,
         [('visit', ('CAN',), ('MDA',), '2024-03-07'),
          ('visit', ('DEU',), ('MDA',), '2024-03-07')]),
    case('FX', 'The Foreign Ministers of Mexico and Guatemala flew together to Belize on 7 March.',
         'CAN', '2024-03-10', CORE,
         [('visit', ('MEX',), ('BLZ',), '2024-03-07'),
          ('visit', ('GTM',), ('BLZ',), '2024-03-07')]),
    case('FX', 'Foreign Minister Jaishankar enplaned for Tokyo on 6 March.',
         'IND', '2024-03-10', CORE,
         [('visit', ('IND',), ('JPN',), '2024-03-06')]),
    case('FX', 'President Macron was our distinguished guest on 7 May; talks were held with '
               'President Sulyok.',
         'HUN', '2024-05-10', CORE,
         [('visit', ('FRA',), ('HUN',), '2024-05-07'),
          ('meeting', ('HUN',), ('FRA',), '2024-05-07')]),
    # NM: near misses of the fixes
    case('NM', 'The writer was our guest speaker at the embassy on 7 May.',
         'HUN', '2024-05-10', CORE,
         []),
    case('NM', 'Austria was our guest of honour at the book fair.',
         'HUN', '2024-05-10', CORE,
         []),
    case('NM', 'The Minister welcomed the guest at the airport.',
         'KEN', '2024-03-10', CORE,
         []),
    case('NM', 'Evacuees from Sudan were welcomed at Warsaw airport by the Deputy Minister.',
         'POL', '2024-03-10', CORE,
         []),
    case('NM', 'Exports to China are back from the slump of 2020.',
         'AUS', '2024-03-10', CORE,
         []),
    case('NM', 'The ambassador said that tourism is back from the pandemic low.',
         'THA', '2024-03-10', CORE,
         []),
    case('NM', 'Minister Lee emplaned for home on 9 May.',
         'SGP', '2024-05-10', CORE,
         []),
    case('NM', 'The Minister met the expectations of the partners at the airport project launch.',
         'KEN', '2024-03-10', CORE,
         []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_arrivals_and_direction(text: str, issuer: str, date: str | None, types: set[str],
                                expected: list[tuple[Any, ...]]) -> None:
    check(text, issuer, date, types, expected)
