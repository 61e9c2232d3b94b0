"""Readouts of multi-day visits told day by day or stop by stop (the generality audit
audit21d): a visit announced at the top and then its programme ("On the first day of the
visit", "On the second day", "The following morning", "Before leaving X", "The visit
concluded with", "During his stay in X he also met"), tours of several countries told
stop by stop ("In Y, the second stop of his tour"), talks in restricted and expanded
formats (one meeting), meals hosted in honour of the visitor (a meeting), the visitor
told as "the guest", "the visiting minister" or "the high-ranking guest", the host's
several officials met one after another (one meeting each), visits of our side abroad
and of guests to us, and dates given as ranges ("from 3 to 5 May", "on 3-5 May") or
weekdays. Each case: the form, the text, the issuer, the document's date, the types
compared and the records expected (type, from, to, date prefix). A known limit is a
strict xfail with its reason. The sentences were written for this table."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.audit_support import CORE, case, check

_CASES = [
    # DD: the programme told day by day
    case('DD', 'Foreign Minister Ana Costa paid an official visit to Ghana from 3 to 5 May. On '
         'the first day of the visit she held talks with her Ghanaian counterpart. On the '
         'second day she was received by President Akufo-Addo.',
         'PRT', '2024-05-06', CORE,
         [('visit', ('PRT',), ('GHA',), '2024-05-03'),
          ('meeting', ('PRT',), ('GHA',), '2024-05-03'),
          ('meeting', ('PRT',), ('GHA',), '2024-05-04')]),
    case('DD', 'The Minister was on a working visit to Kenya on 10-12 June. On the second day, '
         'he met the Cabinet Secretary for Foreign Affairs, Musalia Mudavadi.',
         'NOR', '2024-06-13', CORE,
         [('visit', ('NOR',), ('KEN',), '2024-06-10'),
          ('meeting', ('NOR',), ('KEN',), '2024-06-11')]),
    case('DD', 'State Secretary Müller arrived in Hanoi on 8 April. The following morning he met '
         'Deputy Foreign Minister Do Hung Viet.',
         'DEU', '2024-04-10', CORE,
         [('visit', ('DEU',), ('VNM',), '2024-04-08'),
          ('meeting', ('DEU',), ('VNM',), '2024-04-09')]),
    case('DD', 'On Monday, 15 January, Foreign Minister Sikorski began a two-day visit to '
         'Ukraine, where he met Foreign Minister Kuleba. On the second day he was received by '
         'President Zelensky.',
         'POL', '2024-01-17', CORE,
         [('visit', ('POL',), ('UKR',), '2024-01-15'),
          ('meeting', ('POL',), ('UKR',), '2024-01-15'),
          ('meeting', ('POL',), ('UKR',), '2024-01-16')]),
    case('DD', 'The Foreign Minister of Mongolia, Battsetseg Batmunkh, paid an official visit to '
         'Korea on 20-22 March. On the first day, Minister Cho Tae-yul held talks with the '
         'visiting minister, followed by a dinner in her honour.',
         'KOR', '2024-03-23', CORE,
         [('visit', ('MNG',), ('KOR',), '2024-03-20'),
          ('meeting', ('KOR',), ('MNG',), '2024-03-20')]),
    case('DD', 'Minister Lammy travelled to Nigeria on Wednesday 7 February. The next day he met '
         'Foreign Minister Yusuf Tuggar in Abuja.',
         'GBR', '2024-02-09', CORE,
         [('visit', ('GBR',), ('NGA',), '2024-02-07'),
          ('meeting', ('GBR',), ('NGA',), '2024-02-08')]),
    case('DD', 'The Prime Minister of Vietnam was on an official visit to Thailand on 15-16 May. '
         'On 16 May, the second day of the visit, the guest was received by King '
         'Vajiralongkorn.',
         'THA', '2024-05-17', CORE,
         [('visit', ('VNM',), ('THA',), '2024-05-15'),
          ('meeting', ('THA',), ('VNM',), '2024-05-16')]),
    case('DD', 'President Stubb paid a state visit to Estonia on 7-8 May. On the first day he '
         'held talks with President Karis. The following day he addressed the Riigikogu and '
         'met Prime Minister Kallas.',
         'FIN', '2024-05-09', CORE,
         [('visit', ('FIN',), ('EST',), '2024-05-07'),
          ('meeting', ('FIN',), ('EST',), '2024-05-07'),
          ('meeting', ('FIN',), ('EST',), '2024-05-08')]),
    case('DD', 'The Minister of Foreign Affairs of Peru arrived in Quito on Monday on a two-day '
         'official visit. On Tuesday he held talks with Foreign Minister Sommerfeld.',
         'PER', '2024-03-06', CORE,
         [('visit', ('PER',), ('ECU',), '2024-03-04'),
          ('meeting', ('PER',), ('ECU',), '2024-03-05')]),
    case('DD', 'On the last day of his visit to Japan, 19 April, the Minister met Prime Minister '
         'Kishida.',
         'PHL', '2024-04-20', CORE,
         [('visit', ('PHL',), ('JPN',), '2024-04'),
          ('meeting', ('PHL',), ('JPN',), '2024-04-19')]),
    case('DD', 'Foreign Minister Retno Marsudi visited Australia on 12-14 February. On the '
         'final day she held the annual Foreign Ministers’ Meeting with Penny Wong.',
         'IDN', '2024-02-15', CORE,
         [('visit', ('IDN',), ('AUS',), '2024-02-12'),
          ('meeting', ('IDN',), ('AUS',), '2024-02-14')]),

    # SS: a tour told stop by stop
    case('SS', 'Foreign Minister Wang Yi toured three African countries from 13 to 18 January: '
         'Egypt, Tunisia and Togo.',
         'CHN', '2024-01-19', CORE,
         [('visit', ('CHN',), ('EGY',), '2024-01'),
          ('visit', ('CHN',), ('TUN',), '2024-01'),
          ('visit', ('CHN',), ('TGO',), '2024-01')],
         limit='a tour whose countries are listed after a colon ("toured three African countries: '
               'A, B and C") gives no visit'),
    case('SS', 'Minister Baerbock began her tour of the Gulf in Saudi Arabia on 10 June. In '
         'Qatar, the second stop of her tour, she met Prime Minister Mohammed bin Abdulrahman '
         'Al Thani on 11 June.',
         'DEU', '2024-06-12', CORE,
         [('visit', ('DEU',), ('SAU',), '2024-06-10'),
          ('visit', ('DEU',), ('QAT',), '2024-06-11'),
          ('meeting', ('DEU',), ('QAT',), '2024-06-11')]),
    case('SS', 'The Minister visited Chile on 8-9 August. Before leaving Santiago, he met the '
         'President of the Chilean Senate.',
         'ARG', '2024-08-10', CORE,
         [('visit', ('ARG',), ('CHL',), '2024-08-08'),
          ('meeting', ('ARG',), ('CHL',), '2024-08')]),
    case('SS', 'President Tokayev paid a state visit to Hungary on 14-15 October. The visit '
         'concluded with the signing of a memorandum on cooperation in education.',
         'KAZ', '2024-10-16', CORE,
         [('visit', ('KAZ',), ('HUN',), '2024-10-14'),
          ('agreement', ('KAZ',), ('HUN',), '2024-10')]),
    case('SS', 'Minister Bayramov visited Austria on 4 March. During his stay in Vienna he also '
         'met the Secretary General of the OSCE.',
         'AZE', '2024-03-05', CORE,
         [('visit', ('AZE',), ('AUT',), '2024-03-04'),
          ('meeting', ('AZE',), (), '2024-03-04')]),
    case('SS', 'On 21 May the Minister arrived in Harare on an official visit to Zimbabwe. He '
         'then travelled to Lusaka, where he held talks with the Foreign Minister of Zambia.',
         'BRA', '2024-05-25', CORE,
         [('visit', ('BRA',), ('ZWE',), '2024-05-21'),
          ('visit', ('BRA',), ('ZMB',), '2024-05'),
          ('meeting', ('BRA',), ('ZMB',), '2024-05')]),
    case('SS', 'The last stop of the tour was Mongolia, where the Minister met President '
         'Khurelsukh on 2 September.',
         'JPN', '2024-09-03', CORE,
         [('visit', ('JPN',), ('MNG',), '2024-09'),
          ('meeting', ('JPN',), ('MNG',), '2024-09-02')]),
    case('SS', 'After his visit to Thailand on 12-13 March, the State Secretary flew to '
         'Vientiane for talks with the Lao Foreign Minister on 14 March.',
         'CHE', '2024-03-15', CORE,
         [('visit', ('CHE',), ('THA',), '2024-03-12'),
          ('visit', ('CHE',), ('LAO',), '2024-03-14'),
          ('meeting', ('CHE',), ('LAO',), '2024-03-14')]),
    case('SS', 'Minister Jaishankar concluded his visit to Singapore on 24 March and proceeded '
         'to the Philippines, the second leg of his tour.',
         'IND', '2024-03-25', CORE,
         [('visit', ('IND',), ('SGP',), '2024-03'),
          ('visit', ('IND',), ('PHL',), '2024-03')]),
    case('SS', 'From Nairobi, the President continued on to Uganda, where he was received by '
         'President Museveni in Entebbe on 6 July.',
         'TUR', '2024-07-07', CORE,
         [('visit', ('TUR',), ('UGA',), '2024-07'),
          ('meeting', ('TUR',), ('UGA',), '2024-07-06')]),
    case('SS', 'Minister Albares’s tour of Central America began in Guatemala on 2 April and '
         'ended in Panama on 5 April.',
         'ESP', '2024-04-06', CORE,
         [('visit', ('ESP',), ('GTM',), '2024-04-02'),
          ('visit', ('ESP',), ('PAN',), '2024-04-05')],
         limit='a tour told by where it began and where it ended ("began in A on 2 April and ended '
               'in B") gives no visit'),

    # PG: a visit announced at the top, then its programme
    case('PG', 'President Ramaphosa paid a state visit to Ghana on 2-3 December. He held talks '
         'with President Akufo-Addo, addressed a business forum and laid a wreath at the Kwame '
         'Nkrumah Mausoleum.',
         'ZAF', '2024-12-04', CORE,
         [('visit', ('ZAF',), ('GHA',), '2024-12-02'),
          ('meeting', ('ZAF',), ('GHA',), '2024-12')]),
    case('PG', 'The President of Indonesia paid a state visit to Vietnam on 11-12 March. During '
         'the visit the two Presidents witnessed the signing of five agreements.',
         'VNM', '2024-03-13', CORE,
         [('visit', ('IDN',), ('VNM',), '2024-03-11'),
          ('agreement', ('VNM',), ('IDN',), '2024-03')]),
    case('PG', 'Foreign Minister Peters visited Japan on 9-10 July. His programme in Tokyo '
         'included a meeting with Foreign Minister Kamikawa, a lecture at Keio University and '
         'a visit to a Hitachi plant.',
         'NZL', '2024-07-11', CORE,
         [('visit', ('NZL',), ('JPN',), '2024-07-09'),
          ('meeting', ('NZL',), ('JPN',), '2024-07')]),
    case('PG', 'On 6 May, the first day of her visit to Poland, Vice President Iliana Iotova '
         'laid a wreath at the Tomb of the Unknown Soldier in Warsaw.',
         'BGR', '2024-05-07', CORE,
         [('visit', ('BGR',), ('POL',), '2024-05')]),
    case('PG', 'The Foreign Minister of Oman visited Egypt on 18-19 September. The programme of '
         'the visit included talks with Minister Abdelatty and a meeting with President '
         'el-Sisi.',
         'EGY', '2024-09-20', CORE,
         [('visit', ('OMN',), ('EGY',), '2024-09-18'),
          ('meeting', ('EGY',), ('OMN',), '2024-09'),
          ('meeting', ('EGY',), ('OMN',), '2024-09')]),
    case('PG', 'The Prime Minister of Croatia visited Slovenia on 22 November. The Prime '
         'Ministers witnessed the signing of an agreement on the border crossings and then '
         'opened a business forum.',
         'SVN', '2024-11-23', CORE,
         [('visit', ('HRV',), ('SVN',), '2024-11-22'),
          ('agreement', ('SVN',), ('HRV',), '2024-11')]),
    case('PG', 'Prime Minister Schoof’s visit to Washington on 9-10 October began with a '
         'wreath-laying '
         'at Arlington National Cemetery and a lecture at Georgetown University.',
         'NLD', '2024-10-11', CORE,
         [('visit', ('NLD',), ('USA',), '2024-10-09')]),
    case('PG', 'The Minister of Foreign Affairs is on an official visit to Morocco from 13 to 15 '
         'May. The visit opened with talks with Minister Bourita in Rabat.',
         'SEN', '2024-05-13', CORE,
         [('visit', ('SEN',), ('MAR',), '2024-05-13'),
          ('meeting', ('SEN',), ('MAR',), '2024-05')]),

    # FM: talks in restricted and expanded formats; meals
    case('FM', 'President Mirziyoyev paid a state visit to Kazakhstan on 21-22 December. Talks '
         'were held in restricted and expanded formats.',
         'UZB', '2023-12-23', CORE,
         [('visit', ('UZB',), ('KAZ',), '2023-12-21'),
          ('meeting', ('UZB',), ('KAZ',), '2023-12')]),
    case('FM', 'On 4 April the President received the Prime Minister of Armenia, who is on an '
         'official visit to Georgia. The talks began in a narrow format and continued with the '
         'participation of the delegations.',
         'GEO', '2024-04-05', CORE,
         [('meeting', ('GEO',), ('ARM',), '2024-04-04'),
          ('visit', ('ARM',), ('GEO',), '2024-04')]),
    case('FM', 'Minister Szijjártó visited Serbia on 9 September. A one-on-one meeting of the '
         'Ministers was followed by talks in an expanded format.',
         'HUN', '2024-09-10', CORE,
         [('visit', ('HUN',), ('SRB',), '2024-09-09'),
          ('meeting', ('HUN',), ('SRB',), '2024-09')]),
    case('FM', 'The President of Portugal arrived in Maputo on 3 March for a state visit. In the '
         'evening, the Prime Minister hosted a dinner in honour of the high-ranking guest.',
         'MOZ', '2024-03-04', CORE,
         [('visit', ('PRT',), ('MOZ',), '2024-03-03'),
          ('meeting', ('MOZ',), ('PRT',), '2024-03-03')]),
    case('FM', 'The President of Kenya was on a state visit to Türkiye on 12-13 February. '
         'President Erdoğan hosted an official luncheon in honour of the visiting President on '
         '12 February.',
         'TUR', '2024-02-14', CORE,
         [('visit', ('KEN',), ('TUR',), '2024-02-12'),
          ('meeting', ('TUR',), ('KEN',), '2024-02-12')]),
    case('FM', 'Talks between President Aliyev and President Tokayev in a tête-à-tête format were '
         'followed by an expanded meeting with the delegations in Baku on 4 March.',
         'AZE', '2024-03-05', CORE,
         [('meeting', ('AZE',), ('KAZ',), '2024-03-04')]),
    case('FM', 'The Minister, on a working visit to Cyprus, held talks in a restricted format '
         'with his counterpart Constantinos Kombos on 7 October.',
         'GRC', '2024-10-08', CORE,
         [('visit', ('GRC',), ('CYP',), '2024-10'),
          ('meeting', ('GRC',), ('CYP',), '2024-10-07')]),

    # GU: the visitor told as the guest
    case('GU', 'The Foreign Minister of Laos is on an official visit to Vietnam from 5 to 7 '
         'August. On 5 August the guest held talks with Foreign Minister Bui Thanh Son.',
         'VNM', '2024-08-06', CORE,
         [('visit', ('LAO',), ('VNM',), '2024-08-05'),
          ('meeting', ('VNM',), ('LAO',), '2024-08-05')]),
    case('GU', 'The Foreign Minister of Laos is on an official visit to Vietnam from 5 to 7 '
         'August. The high-ranking guest was received by the Chairman of the National Assembly '
         'on 6 August.',
         'VNM', '2024-08-07', CORE,
         [('visit', ('LAO',), ('VNM',), '2024-08-05'),
          ('meeting', ('VNM',), ('LAO',), '2024-08-06')]),
    case('GU', 'The Foreign Minister of Laos is on an official visit to Vietnam from 5 to 7 '
         'August. The visiting minister also called on Prime Minister Pham Minh Chinh.',
         'VNM', '2024-08-07', CORE,
         [('visit', ('LAO',), ('VNM',), '2024-08-05'),
          ('meeting', ('VNM',), ('LAO',), '2024-08')]),
    case('GU', 'The Deputy Prime Minister of Kyrgyzstan arrived in Dushanbe on 3 June. The guest '
         'was met at the airport by the First Deputy Foreign Minister.',
         'TJK', '2024-06-04', CORE,
         [('visit', ('KGZ',), ('TJK',), '2024-06-03')]),
    case('GU', 'Foreign Minister Mauro Vieira of Brazil paid a visit to Angola on 27 June. The '
         'Angolan President received the distinguished guest at the Presidential Palace.',
         'AGO', '2024-06-28', CORE,
         [('visit', ('BRA',), ('AGO',), '2024-06-27'),
          ('meeting', ('AGO',), ('BRA',), '2024-06')]),
    case('GU', 'The Speaker of the Parliament of Malta is in Cyprus on an official visit. On 14 '
         'May the visitor held talks with the President of the House of Representatives.',
         'CYP', '2024-05-15', CORE,
         [('visit', ('MLT',), ('CYP',), '2024-05'),
          ('meeting', ('CYP',), ('MLT',), '2024-05-14')]),

    # HO: the host's several officials met one after another
    case('HO', 'During the visit to Ethiopia on 14-15 February, Minister Tajani met Prime '
         'Minister Abiy Ahmed, Foreign Minister Taye Atske Selassie and the Speaker of the '
         'House.',
         'ITA', '2024-02-16', CORE,
         [('visit', ('ITA',), ('ETH',), '2024-02-14'),
          ('meeting', ('ITA',), ('ETH',), '2024-02'),
          ('meeting', ('ITA',), ('ETH',), '2024-02'),
          ('meeting', ('ITA',), ('ETH',), '2024-02')]),
    case('HO', 'The Foreign Minister of Chile, on an official visit to Spain on 3-4 June, was '
         'received by King Felipe VI, met the President of the Government and held talks with '
         'Minister Albares.',
         'ESP', '2024-06-05', CORE,
         [('visit', ('CHL',), ('ESP',), '2024-06-03'),
          ('meeting', ('ESP',), ('CHL',), '2024-06'),
          ('meeting', ('ESP',), ('CHL',), '2024-06'),
          ('meeting', ('ESP',), ('CHL',), '2024-06')]),
    case('HO', 'Deputy Minister Kovač visited North Macedonia on 18 April. In Skopje he was '
         'received first by the Foreign Minister and then by the Speaker of the Assembly.',
         'SVN', '2024-04-19', CORE,
         [('visit', ('SVN',), ('MKD',), '2024-04-18'),
          ('meeting', ('SVN',), ('MKD',), '2024-04-18'),
          ('meeting', ('SVN',), ('MKD',), '2024-04-18')]),
    case('HO', 'The Minister paid an official visit to Tanzania on 10-11 October. She had '
         'meetings with President Samia Suluhu Hassan and with Foreign Minister January '
         'Makamba.',
         'DNK', '2024-10-12', CORE,
         [('visit', ('DNK',), ('TZA',), '2024-10-10'),
          ('meeting', ('DNK',), ('TZA',), '2024-10'),
          ('meeting', ('DNK',), ('TZA',), '2024-10')]),
    case('HO', 'The Foreign Minister of Slovakia, in Prague on a working visit on 5 March, met '
         'his Czech counterpart. Later he was also received by the Speaker of the Senate.',
         'SVK', '2024-03-06', CORE,
         [('visit', ('SVK',), ('CZE',), '2024-03'),
          ('meeting', ('SVK',), ('CZE',), '2024-03-05'),
          ('meeting', ('SVK',), ('CZE',), '2024-03-05')]),
    case('HO', 'The Secretary of State met, in turn, the Minister of Foreign Affairs, the '
         'Minister of Defence and the National Security Adviser of Iraq in Baghdad on 9 May.',
         'USA', '2024-05-10', CORE,
         [('meeting', ('USA',), ('IRQ',), '2024-05-09'),
          ('meeting', ('USA',), ('IRQ',), '2024-05-09'),
          ('meeting', ('USA',), ('IRQ',), '2024-05-09')]),

    # DR: dates as ranges and weekdays
    case('DR', 'From 3 to 5 May, the Secretary of State for Foreign Affairs visited Cabo Verde.',
         'PRT', '2024-05-06', CORE,
         [('visit', ('PRT',), ('CPV',), '2024-05-03')]),
    case('DR', 'A delegation of the Ministry visited Tashkent on 3–5 May for political '
         'consultations with the Ministry of Foreign Affairs of Uzbekistan.',
         'TKM', '2024-05-06', CORE,
         [('visit', ('TKM',), ('UZB',), '2024-05-03'),
          ('consultation', ('TKM',), ('UZB',), '2024-05')]),
    case('DR', 'On Tuesday and Wednesday, President Macron was on a state visit to Sweden.',
         'FRA', '2024-01-31', CORE,
         [('visit', ('FRA',), ('SWE',), '2024-01-30')]),
    case('DR', 'The Minister paid a working visit to Azerbaijan from 28 February to 1 March.',
         'GEO', '2024-03-02', CORE,
         [('visit', ('GEO',), ('AZE',), '2024-02-28')]),
    case('DR', 'The Prime Minister was in Japan on an official visit from Monday to Wednesday '
         'last week.',
         'MYS', '2024-05-20', CORE,
         [('visit', ('MYS',), ('JPN',), '2024-05-13')],
         limit='"from Monday to Wednesday last week" takes the page\'s day, not the last week\'s '
               'Monday'),
    case('DR', 'The President of Finland paid a state visit to Norway on 17 to 19 September.',
         'NOR', '2024-09-20', CORE,
         [('visit', ('FIN',), ('NOR',), '2024-09-17')]),
    case('DR', 'Minister Kuleba visited Moldova between 20 and 21 June, holding talks with '
         'Minister Popescu.',
         'UKR', '2024-06-22', CORE,
         [('visit', ('UKR',), ('MDA',), '2024-06-20'),
          ('meeting', ('UKR',), ('MDA',), '2024-06')]),
    case('DR', 'The President of Kenya will be on a state visit to the United States from 22 to '
         '24 May.',
         'USA', '2024-05-10', CORE,
         []),
    case('DR', 'Foreign Minister Lavrov paid a visit to Laos on July 25–27, where he took part '
         'in the ASEAN meetings.',
         'RUS', '2024-07-28', ['visit'],
         [('visit', ('RUS',), ('LAO',), '2024-07-25')]),
    case('DR', 'The Chancellor travels to Kazakhstan on Sunday and to Uzbekistan on Monday.',
         'DEU', '2024-09-15', CORE,
         [('visit', ('DEU',), ('KAZ',), '2024-09-15'),
          ('visit', ('DEU',), ('UZB',), '2024-09-16')],
         limit='a weekday told in the present ("travels ... to B on Monday") resolves to the '
               'Monday before'),
    case('DR', '13-14 June: official visit of the Foreign Minister to Ireland.',
         'ISL', '2024-06-15', CORE,
         [('visit', ('ISL',), ('IRL',), '2024-06-13')]),

    # NM: near misses that must keep their reading
    case('NM', 'On the first day of the summit, the President met the Prime Minister of Canada.',
         'ITA', '2024-06-14', CORE,
         [('meeting', ('ITA',), ('CAN',), '2024-06')]),
    case('NM', 'The Minister visited Jordan on 3 April. The following morning he returned to '
         'Ankara.',
         'TUR', '2024-04-05', CORE,
         [('visit', ('TUR',), ('JOR',), '2024-04-03')]),
    case('NM', 'On the second day of his visit to Kyiv, the Minister met the Ambassador of Japan '
         'at the Ukrainian Foreign Ministry.',
         'EST', '2024-02-21', CORE,
         [('visit', ('EST',), ('UKR',), '2024-02'),
          ('meeting', ('EST',), ('JPN',), '2024-02')],
         limit='a meeting held "at the Ukrainian Foreign Ministry" adds a meeting with the '
               'ministry\'s country'),
    case('NM', 'The Minister hosted a dinner in honour of the diplomatic corps on 12 December.',
         'LVA', '2024-12-13', CORE,
         []),
    case('NM', 'During his stay in Geneva the Minister addressed the Human Rights Council.',
         'PAK', '2024-02-27', ['visit', 'meeting'],
         []),
    case('NM', 'The visit concluded with a joint press conference.',
         'ROU', '2024-03-10', CORE,
         []),
    case('NM', 'The Minister recalled his visit to Brazil in 2019 and the talks held then with '
         'his counterpart.',
         'PRT', '2024-03-10', CORE,
         [],
         limit='a visit recalled ("recalled his visit to Brazil in 2019") is read as a visit of '
               'that year'),
    case('NM', 'The guest of honour of the book fair was Mexico.',
         'ESP', '2024-03-10', CORE,
         []),
    # FX: the constructions fixed in this audit, with more phrasings and near misses
    # talks told held in their formats, the sides untold: the occasion's
    case('FX', 'President Aliyev paid a state visit to Uzbekistan on 22-23 August. Negotiations '
         'took place in a narrow format.',
         'AZE', '2024-08-24', CORE,
         [('visit', ('AZE',), ('UZB',), '2024-08-22'),
          ('meeting', ('AZE',), ('UZB',), '2024-08')]),
    case('FX', 'The President of Kyrgyzstan was on a state visit to Tajikistan on 3-4 June. During '
         'the visit, talks were held in restricted and expanded formats.',
         'TJK', '2024-06-05', CORE,
         [('visit', ('KGZ',), ('TJK',), '2024-06-03'),
          ('meeting', ('TJK',), ('KGZ',), '2024-06')]),
    case('FX', 'Talks were held in restricted and expanded formats between the Presidents of '
         'Tajikistan and China on 5 July.',
         'TJK', '2024-07-06', CORE,
         [('meeting', ('TJK',), ('CHN',), '2024-07-05')]),
    case('FX', 'Talks on trade were held in the Ministry on 5 July.',
         'TJK', '2024-07-06', CORE,
         []),
    # a visit started on its day, of so many days: the nth day told next is counted from it
    case('FX', 'On 10 March the President started his three-day state visit to Japan. On the last '
         'day he met Prime Minister Kishida.',
         'IDN', '2024-03-14', CORE,
         [('visit', ('IDN',), ('JPN',), '2024-03-10'),
          ('meeting', ('IDN',), ('JPN',), '2024-03-12')]),
    case('FX', 'On 15 January the Minister began a two-day visit to Ukraine. On the same day he '
         'met Foreign Minister Kuleba.',
         'LTU', '2024-01-17', CORE,
         [('visit', ('LTU',), ('UKR',), '2024-01-15'),
          ('meeting', ('LTU',), ('UKR',), '2024-01-15')]),
    # a site within the trip told as "a visit to": no second visit
    case('FX', 'The Minister visited Kenya on 4 May. His programme included a meeting with '
         'Foreign Minister Mudavadi and a visit to a tea factory.',
         'IRL', '2024-05-06', CORE,
         [('visit', ('IRL',), ('KEN',), '2024-05-04'),
          ('meeting', ('IRL',), ('KEN',), '2024-05')]),
    case('FX', 'The Minister visited Kenya on 4 May. His programme included a meeting with '
         'Foreign Minister Mudavadi and a visit to Uganda.',
         'IRL', '2024-05-06', CORE,
         [('visit', ('IRL',), ('KEN',), '2024-05-04'),
          ('meeting', ('IRL',), ('KEN',), '2024-05'),
          ('visit', ('IRL',), ('UGA',), '2024-05')]),
    # several officials with an article each, or received one after another: one each
    case('FX', 'In Rabat she was received by the Prime Minister and then by the Minister of '
         'Foreign Affairs of Morocco on 14 May.',
         'SEN', '2024-05-15', CORE,
         [('meeting', ('SEN',), ('MAR',), '2024-05-14'),
          ('meeting', ('SEN',), ('MAR',), '2024-05-14')]),
    case('FX', 'The Minister met the Deputy Prime Minister and Minister of Foreign Affairs of Iraq '
         'on 9 May.',
         'USA', '2024-05-10', CORE,
         [('meeting', ('USA',), ('IRQ',), '2024-05-09')]),
    case('FX', 'The delegation was received by the Speaker of the National Assembly of Laos, '
         'Saysomphone '
         'Phomvihane, on 3 May.',
         'KHM', '2024-05-04', CORE,
         [('meeting', ('KHM',), ('LAO',), '2024-05-03')]),
    case('FX', 'The Minister met the Defence Minister and the Prime Minister of Iraq on 9 May.',
         'GBR', '2024-05-10', CORE,
         [('meeting', ('GBR',), ('IRQ',), '2024-05-09'),
          ('meeting', ('GBR',), ('IRQ',), '2024-05-09')]),
    case('FX', 'The Nigerien Minister was then received by the President of the Transition, Head '
         'of State, General Assimi Goïta, to whom he delivered a message from the President of '
         'Niger, on 6 November.',
         'MLI', '2025-11-07', CORE,
         [('meeting', ('MLI',), ('NER',), '2025-11-06')]),
    # a trip before told in an opening phrase with its own days: the next trip's are its own
    case('FX', 'After her visit to Ghana on 3-4 June, the Minister travelled to Togo for talks '
         'with Foreign Minister Dussey on 5 June.',
         'NLD', '2024-06-06', CORE,
         [('visit', ('NLD',), ('GHA',), '2024-06-03'),
          ('visit', ('NLD',), ('TGO',), '2024-06-05'),
          ('meeting', ('NLD',), ('TGO',), '2024-06-05')]),
    case('FX', 'Following his talks in Hanoi on 3 May, the Prime Minister flew to Cambodia on 4 '
         'May.',
         'JPN', '2024-05-05', CORE,
         [('visit', ('JPN',), ('KHM',), '2024-05-04')]),
    case('FX', 'After the summit in Vientiane on 10 October, the President flew to Cambodia.',
         'KOR', '2024-10-12', ['visit'],
         [('visit', ('KOR',), ('KHM',), '2024-10-10')]),
    case('FX', 'The Foreign Minister of Chile, in Madrid on 3 June, met Prime Minister Sánchez and '
         'held talks with Minister Albares.',
         'ESP', '2024-06-04', CORE,
         [('meeting', ('ESP',), ('CHL',), '2024-06-03'),
          ('meeting', ('ESP',), ('CHL',), '2024-06-03')]),
    case('FX', 'On 3 June the Minister met the Ambassador of Chile and held talks with him on the '
         'visit of Minister Van Klaveren.',
         'ESP', '2024-06-04', ['meeting'],
         [('meeting', ('ESP',), ('CHL',), '2024-06-03')]),
]


@pytest.mark.parametrize(('text', 'issuer', 'date', 'types', 'expected'), _CASES)
def test_visit_programmes_in_other_words(text: str, issuer: str, date: str | None,
                                         types: set[str], expected: list[Any]) -> None:
    check(text, issuer, date, types, expected)
