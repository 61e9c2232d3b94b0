"""Year-end reviews told in other voices and forms than a ministry's list (the generality
audit audit20b): a minister's op-ed or New Year message in the first person ("I visited
A and B", "we welcomed the President of C", "I had the honour to host"), answers at a
year-end press conference, "ten achievements of the year" lists, an agency's report on a
ministry's review ("the ministry said the minister held 40 meetings, including with A
and B"), trilateral and plurilateral formats, state visits told as the year's
landmarks, counts with examples, signings told in the review, and reviews that name
past years or next year's plans beside this year's events. Each case: the form, the
text, the issuer, the review's year as its date, the types compared and the records
expected (type, from, to, date prefix; a bare year is compared exactly). A known limit
is a strict xfail with its reason. The sentences were written for this table."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.audit_support import CORE, case, check

_M = ["meeting"]
_V = ["visit"]
_A = ["agreement"]
_MA = ["meeting", "agreement"]

_OPED = "{year}: the year in our diplomacy\n\nAn op-ed by the Foreign Minister\n\n"
_NEWYEAR = "New Year message of the Minister of Foreign Affairs\n\n"
_PRESS = "Annual press conference of the Foreign Minister\n\n"
_TEN = "Ten achievements of our diplomacy in {year}\n\n"


def _o(year: str) -> str:
    return _OPED.format(year=year)


def _t(year: str) -> str:
    return _TEN.format(year=year)


_CASES = [
    # OP: a minister's op-ed in the first person
    case('OP', _o('2023') + 'This year I visited Ghana, Senegal and Japan, and we welcomed the '
         'President of Brazil to Nairobi.',
         'KEN', '2023', CORE,
         [('visit', ('KEN',), ('GHA',), '2023'), ('visit', ('KEN',), ('SEN',), '2023'),
          ('visit', ('KEN',), ('JPN',), '2023'), ('visit', ('BRA',), ('KEN',), '2023')]),
    case('OP', _o('2022') + 'I had the honour to host the Foreign Minister of Ecuador in Lima in '
         'March and to travel to Mexico in June.',
         'PER', '2022', CORE,
         [('meeting', ('PER',), ('ECU',), '2022-03'), ('visit', ('PER',), ('MEX',), '2022-06')],
         limit='a second infinitive ("to host A ... and to travel to B") takes the guest of the '
               'first as its traveller, not the writer'),
    case('OP', _o('2019') + 'During 2019 I travelled to Cambodia in April and paid my first '
         'official visit to Singapore in August.',
         'VNM', '2019', CORE,
         [('visit', ('VNM',), ('KHM',), '2019-04'), ('visit', ('VNM',), ('SGP',), '2019-08')]),
    case('OP', _o('2021') + 'Despite the pandemic, I was able to visit Korea and Japan, and I held '
         'talks by video link with my counterparts from Germany and India.',
         'MNG', '2021', CORE,
         [('visit', ('MNG',), ('KOR',), '2021'), ('visit', ('MNG',), ('JPN',), '2021'),
          ('call', ('MNG',), ('DEU',), '2021'), ('call', ('MNG',), ('IND',), '2021')],
         limit='the medium of a later clause ("held talks by video link with C") turns the visits '
               'of the clause before into calls'),
    case('OP', _o('2024') + 'Over the past twelve months I have been to Fiji, Tonga and Samoa.',
         'NZL', '2024', CORE,
         [('visit', ('NZL',), ('FJI',), '2024'), ('visit', ('NZL',), ('TON',), '2024'),
          ('visit', ('NZL',), ('WSM',), '2024')]),
    case('OP', _o('2020') + 'This year I received in Santiago more than thirty foreign '
         'delegations, among them those of Argentina and Uruguay.',
         'CHL', '2020', CORE,
         [('meeting', ('CHL',), ('ARG',), '2020'), ('meeting', ('CHL',), ('URY',), '2020')]),
    case('OP', _o('2022') + 'We welcomed in Rabat the Foreign Ministers of Spain, Portugal and '
         'Hungary, and I myself travelled to Washington and Tokyo.',
         'MAR', '2022', CORE,
         [('visit', ('ESP',), ('MAR',), '2022'), ('visit', ('PRT',), ('MAR',), '2022'),
          ('visit', ('HUN',), ('MAR',), '2022'), ('visit', ('MAR',), ('USA',), '2022'),
          ('visit', ('MAR',), ('JPN',), '2022')]),
    case('OP', _o('2023') + 'In May I went to Abuja for the inauguration of the President of '
         'Nigeria, with whom I held talks.',
         'SEN', '2023', CORE,
         [('visit', ('SEN',), ('NGA',), '2023-05'), ('meeting', ('SEN',), ('NGA',), '2023-05')]),
    case('OP', _o('2021') + 'My first trip of the year took me to Portugal in February; my last, '
         'in December, to Canada.',
         'IRL', '2021', CORE,
         [('visit', ('IRL',), ('PRT',), '2021-02'), ('visit', ('IRL',), ('CAN',), '2021-12')],
         limit='trips told as "my first trip took me to A; my last, in December, to B" are not '
               'read'),
    case('OP', _o('2019') + 'We hosted three state visits: those of the Presidents of Estonia, '
         'Italy and Mexico.',
         'FIN', '2019', CORE,
         [('visit', ('EST',), ('FIN',), '2019'), ('visit', ('ITA',), ('FIN',), '2019'),
          ('visit', ('MEX',), ('FIN',), '2019')]),
    case('OP', _o('2024') + 'It was a great honour for me to receive in Lisbon the Secretary of '
         'State of the United States and the Foreign Minister of Angola.',
         'PRT', '2024', CORE,
         [('meeting', ('PRT',), ('USA',), '2024'), ('meeting', ('PRT',), ('AGO',), '2024')]),
    case('OP', _o('2023') + 'I travelled to Caracas in January, and I spoke by telephone with '
         'the Foreign Minister of Ecuador in March.',
         'COL', '2023', CORE,
         [('visit', ('COL',), ('VEN',), '2023-01'), ('call', ('COL',), ('ECU',), '2023-03')]),
    case('OP', _o('2025') + 'In 2025 we welcomed leaders from Viet Nam, the Philippines and '
         'India to Tokyo.',
         'JPN', '2025', CORE,
         [('visit', ('VNM',), ('JPN',), '2025'), ('visit', ('PHL',), ('JPN',), '2025'),
          ('visit', ('IND',), ('JPN',), '2025')]),
    case('OP', _o('2022') + 'I paid official visits to Oman and Kuwait, and my colleagues from '
         'Bahrain and Qatar came to Amman.',
         'JOR', '2022', CORE,
         [('visit', ('JOR',), ('OMN',), '2022'), ('visit', ('JOR',), ('KWT',), '2022'),
          ('visit', ('BHR',), ('JOR',), '2022'), ('visit', ('QAT',), ('JOR',), '2022')]),
    case('OP', _o('2024') + 'Among my own visits, I would mention Kazakhstan in April and '
         'Mongolia in September.',
         'KGZ', '2024', CORE,
         [('visit', ('KGZ',), ('KAZ',), '2024-04'), ('visit', ('KGZ',), ('MNG',), '2024-09')],
         limit='countries named bare after a verb of mention ("among my visits I would mention A '
               'in April") are no trips'),
    case('OP', _o('2020') + 'I met my Croatian counterpart four times this year, and we signed '
         'a protocol on minorities in Zagreb in October.',
         'SVN', '2020', _A,
         [('agreement', ('SVN',), ('HRV',), '2020-10')],
         limit='"we signed" after "I met my Croatian counterpart": the counterpart of the clause '
               'before is not taken as the partner'),
    case('OP', _o('2021') + 'I am proud that we opened our embassy in Ghana and that I visited '
         'Accra myself in November.',
         'CZE', '2021', CORE,
         [('visit', ('CZE',), ('GHA',), '2021-11')]),
    case('OP', _o('2023') + 'With my Uzbek counterpart I chaired the joint commission in '
         'Dushanbe in June.',
         'TJK', '2023', ['commission'],
         [('commission', ('TJK',), ('UZB',), '2023-06')]),

    # OP (fixed): the country's own "we" hosting, with the place between the verb and the
    # guests, or in a later clause of the sentence: a visit of each guest, no meeting
    case('OP', _o('2019') + 'We welcomed to Canberra the Prime Ministers of Fiji and Tonga.',
         'AUS', '2019', CORE,
         [('visit', ('FJI',), ('AUS',), '2019'), ('visit', ('TON',), ('AUS',), '2019')]),
    case('OP', _o('2021') + 'I travelled to Lima in May, while we hosted the President of '
         'Bolivia in October.',
         'CHL', '2021', CORE,
         [('visit', ('CHL',), ('PER',), '2021-05'), ('visit', ('BOL',), ('CHL',), '2021-10')]),
    case('OP', _o('2022') + 'I went to Doha in March; we received the Emir of Kuwait in June.',
         'OMN', '2022', CORE,
         [('visit', ('OMN',), ('QAT',), '2022-03'), ('visit', ('KWT',), ('OMN',), '2022-06')]),
    case('OP', _o('2023') + 'I visited Ghana in April, and we welcomed the decision of the '
         'President of Togo to join the initiative.',
         'CIV', '2023', CORE,
         [('visit', ('CIV',), ('GHA',), '2023-04')]),

    # OP (fixed): the review's "we" hosting leaders named by their countries after "from"
    case('OP', _o('2023') + 'This year we hosted heads of state from Ghana and Senegal.',
         'CIV', '2023', CORE,
         [('visit', ('GHA',), ('CIV',), '2023'), ('visit', ('SEN',), ('CIV',), '2023')]),
    case('OP', _o('2022') + 'We also received foreign ministers from Chile, Peru and Colombia '
         'in Quito.',
         'ECU', '2022', CORE,
         [('visit', ('CHL',), ('ECU',), '2022'), ('visit', ('PER',), ('ECU',), '2022'),
          ('visit', ('COL',), ('ECU',), '2022')]),
    case('OP', _o('2021') + 'In 2021 we welcomed to Wellington counterparts from Fiji and Samoa.',
         'NZL', '2021', CORE,
         [('visit', ('FJI',), ('NZL',), '2021'), ('visit', ('WSM',), ('NZL',), '2021')]),
    case('OP', _o('2021') + 'We received leaders from business and academia at the ministry.',
         'NZL', '2021', CORE,
         []),
    case('OP', _o('2021') + 'We welcomed messages from the Presidents of Chile and Peru.',
         'ARG', '2021', CORE,
         []),

    # NY: a New Year message
    case('NY', _NEWYEAR + 'As 2022 draws to a close, I look back on my visits to Indonesia, '
         'Papua New Guinea and Solomon Islands, and on receiving my Chinese counterpart in '
         'Canberra in December.',
         'AUS', '2022', CORE,
         [('visit', ('AUS',), ('IDN',), '2022'), ('visit', ('AUS',), ('PNG',), '2022'),
          ('visit', ('AUS',), ('SLB',), '2022'), ('meeting', ('AUS',), ('CHN',), '2022-12')],
         limit='the month of a later clause dates the visits listed before it, and a gerund ("on '
               'receiving my counterpart") gives no meeting'),
    case('NY', _NEWYEAR + 'Dear compatriots, in 2023 our Prime Minister paid official visits to '
         'Cambodia, Laos and Malaysia, and in November we were pleased to receive the '
         'President of Singapore on a state visit.',
         'THA', '2023', _V,
         [('visit', ('THA',), ('KHM',), '2023'), ('visit', ('THA',), ('LAO',), '2023'),
          ('visit', ('THA',), ('MYS',), '2023'), ('visit', ('SGP',), ('THA',), '2023-11')]),
    case('NY', _NEWYEAR + 'This year His Majesty the King visited Washington, Paris and Berlin, '
         'and received the Presidents of Egypt and Cyprus.',
         'JOR', '2024', CORE,
         [('visit', ('JOR',), ('USA',), '2024'), ('visit', ('JOR',), ('FRA',), '2024'),
          ('visit', ('JOR',), ('DEU',), '2024'), ('meeting', ('JOR',), ('EGY',), '2024'),
          ('meeting', ('JOR',), ('CYP',), '2024')]),
    case('NY', _NEWYEAR + 'The year now ending brought us the first visit of a Korean President '
         'to our country and my own visit to Seoul in October.',
         'UZB', '2019', CORE,
         [('visit', ('KOR',), ('UZB',), '2019'), ('visit', ('UZB',), ('KOR',), '2019-10')],
         limit='nominal visits joined by "and" share the month told after the last one'),
    case('NY', _NEWYEAR + 'In the year behind us, we deepened our ties with Africa: I went to '
         'Kenya and Ethiopia, and the President of Ghana visited Ankara.',
         'TUR', '2021', CORE,
         [('visit', ('TUR',), ('KEN',), '2021'), ('visit', ('TUR',), ('ETH',), '2021'),
          ('visit', ('GHA',), ('TUR',), '2021')]),
    case('NY', _NEWYEAR + 'I want to thank our partners. Together with the Foreign Minister of '
         'Chile, I signed in April an agreement on consular cooperation.',
         'ARG', '2020', _A,
         [('agreement', ('ARG',), ('CHL',), '2020-04')]),
    case('NY', _NEWYEAR + 'This year our President held talks with the Presidents of Brazil '
         'and Paraguay and visited Bolivia in August.',
         'URY', '2024', CORE,
         [('meeting', ('URY',), ('BRA',), '2024'), ('meeting', ('URY',), ('PRY',), '2024'),
          ('visit', ('URY',), ('BOL',), '2024-08')],
         limit='the month of a later verb ("and visited C in August") dates the last partner of '
               'the talks before it'),
    case('NY', _NEWYEAR + 'In 2025 we received in Valletta the Presidents of Italy and Greece.',
         'MLT', '2025', CORE,
         [('visit', ('ITA',), ('MLT',), '2025'), ('visit', ('GRC',), ('MLT',), '2025')]),
    case('NY', _NEWYEAR + 'Looking back at 2021, I recall with gratitude the warm welcome I '
         'received in Rwanda and Burundi.',
         'TZA', '2021', CORE,
         [('visit', ('TZA',), ('RWA',), '2021'), ('visit', ('TZA',), ('BDI',), '2021')],
         limit='a trip told as "the welcome I received in A and B" is not read as visits (a '
               'meeting with B is read instead)'),
    case('NY', _NEWYEAR + 'This year I had the pleasure of welcoming to Riga my colleagues from '
         'Lithuania and Estonia for our trilateral meeting in June.',
         'LVA', '2023', _M,
         [('meeting', ('LVA',), ('LTU', 'EST'), '2023-06')]),

    # PC: answers at a year-end press conference
    case('PC', _PRESS + 'Question: Which visits were the most important this year?\n\nMinister: '
         'I would single out the state visit of the President of China in September and our '
         "President's visit to Moscow in November.",
         'KAZ', '2022', _V,
         [('visit', ('CHN',), ('KAZ',), '2022-09'), ('visit', ('KAZ',), ('RUS',), '2022-11')],
         limit='in a question-and-answer layout, nominal visits after "I would single out" are '
               'not read'),
    case('PC', _PRESS + 'Answering a question, the Minister said he had visited 22 countries this '
         'year, including Japan and Brazil.',
         'EGY', '2021', CORE,
         [('visit', ('EGY',), ('JPN',), '2021'), ('visit', ('EGY',), ('BRA',), '2021')]),
    case('PC', _PRESS + 'The Minister recalled that he had travelled to Libya in June and had '
         'hosted his Russian counterpart in Antalya in December.',
         'TUR', '2020', CORE,
         [('visit', ('TUR',), ('LBY',), '2020-06'), ('meeting', ('TUR',), ('RUS',), '2020-12')]),
    case('PC', _PRESS + 'Replying to journalists, the Minister said 2023 had seen the Prime '
         'Minister travel to the United States, France and Egypt.',
         'IND', '2023', CORE,
         [('visit', ('IND',), ('USA',), '2023'), ('visit', ('IND',), ('FRA',), '2023'),
          ('visit', ('IND',), ('EGY',), '2023')]),
    case('PC', _PRESS + 'Q: What were the highlights of the year?\n\nA: The signing of the '
         'security agreement with Ukraine in July and my visit to Kyiv in September.',
         'POL', '2024', CORE,
         [('agreement', ('POL',), ('UKR',), '2024-07'), ('visit', ('POL',), ('UKR',), '2024-09')]),
    case('PC', _PRESS + 'The Minister noted that she had led delegations to Rwanda and Senegal, '
         'and had co-chaired the Bi-National Commission with Nigeria in Pretoria in November.',
         'ZAF', '2022', CORE,
         [('visit', ('ZAF',), ('RWA',), '2022'), ('visit', ('ZAF',), ('SEN',), '2022'),
          ('commission', ('ZAF',), ('NGA',), '2022-11')]),
    case('PC', _PRESS + '"We received the Prime Ministers of Greece and Bulgaria, and I went to '
         'Vienna twice," the Minister told reporters.',
         'SRB', '2023', _V,
         [('visit', ('GRC',), ('SRB',), '2023'), ('visit', ('BGR',), ('SRB',), '2023'),
          ('visit', ('SRB',), ('AUT',), '2023'), ('visit', ('SRB',), ('AUT',), '2023')]),
    case('PC', _PRESS + 'Asked about Asia, the Minister said the visits of the Presidents of '
         'Indonesia and Viet Nam had opened a new chapter.',
         'CHL', '2024', _V,
         [('visit', ('IDN',), ('CHL',), '2024'), ('visit', ('VNM',), ('CHL',), '2024')]),
    case('PC', _PRESS + 'The Minister told the press that political consultations had been held '
         'with Norway and Iceland this year.',
         'EST', '2019', ['consultation'],
         [('consultation', ('EST',), ('NOR',), '2019'),
          ('consultation', ('EST',), ('ISL',), '2019')]),
    case('PC', _PRESS + 'According to the Minister, the agreements signed with Kenya in March '
         'and with Tanzania in October were the key results.',
         'UGA', '2022', _A,
         [('agreement', ('UGA',), ('KEN',), '2022-03'),
          ('agreement', ('UGA',), ('TZA',), '2022-10')]),
    case('PC', _PRESS + 'The Minister said that in the course of the year he had held more than '
         '200 telephone conversations, among them with the Secretary of State of the United '
         'States.',
         'ARM', '2020', ['call'],
         [('call', ('ARM',), ('USA',), '2020')]),
    case('PC', _PRESS + 'Speaking to journalists on 27 December, the Minister listed his visits '
         'to Morocco and Mauritania as the year\'s main trips.',
         'ESP', '2023', _V,
         [('visit', ('ESP',), ('MAR',), '2023'), ('visit', ('ESP',), ('MRT',), '2023')],
         limit='the day a press conference is held ("Speaking to journalists on 27 December") '
               'dates the visits listed as the year\'s'),

    # TEN: "ten achievements of the year" lists
    case('TEN', _t('2022') + '1. The state visits of the Presidents of Turkey and Kazakhstan to '
         'Tashkent.\n2. A strategic partnership agreement with China was signed in September.',
         'UZB', '2022', CORE,
         [('visit', ('TUR',), ('UZB',), '2022'), ('visit', ('KAZ',), ('UZB',), '2022'),
          ('agreement', ('UZB',), ('CHN',), '2022-09')]),
    case('TEN', _t('2024') + '1. Official visits of the General Secretary to Laos, Cambodia and '
         'Mongolia.\n2. The upgrade of relations with Australia to a comprehensive strategic '
         'partnership.',
         'VNM', '2024', CORE,
         [('visit', ('VNM',), ('LAO',), '2024'), ('visit', ('VNM',), ('KHM',), '2024'),
          ('visit', ('VNM',), ('MNG',), '2024')]),
    case('TEN', _t('2023') + '- The first visit of an Armenian Prime Minister to Brazil;\n'
         '- Political consultations with Greece and Cyprus;\n- The signing of a roadmap with '
         'India.',
         'ARM', '2023', CORE,
         [('visit', ('ARM',), ('BRA',), '2023'), ('consultation', ('ARM',), ('GRC',), '2023'),
          ('consultation', ('ARM',), ('CYP',), '2023'),
          ('agreement', ('ARM',), ('IND',), '2023')]),
    case('TEN', _t('2021') + '• a state visit by the President to Turkmenistan in March;\n'
         '• the signing of the border protocol with Uzbekistan;\n• the sitting of the '
         'intergovernmental commission with Kazakhstan in Bishkek.',
         'KGZ', '2021', CORE,
         [('visit', ('KGZ',), ('TKM',), '2021-03'), ('agreement', ('KGZ',), ('UZB',), '2021'),
          ('commission', ('KGZ',), ('KAZ',), '2021')]),
    case('TEN', _t('2025') + '1) The visit of the President of Finland to Vilnius in May.\n'
         '2) A trilateral meeting with Latvia and Estonia in Riga.\n3) An agreement with '
         'Germany on the brigade, signed in June.',
         'LTU', '2025', _MA + _V,
         [('visit', ('FIN',), ('LTU',), '2025-05'), ('meeting', ('LTU',), ('LVA', 'EST'), '2025'),
          ('agreement', ('LTU',), ('DEU',), '2025-06')]),
    case('TEN', _t('2020') + 'First: a free trade agreement with Indonesia, signed in December. '
         'Second: the visit of our President to Chile in March, just before the borders closed.',
         'MEX', '2020', CORE,
         [('agreement', ('MEX',), ('IDN',), '2020-12'), ('visit', ('MEX',), ('CHL',), '2020-03')]),
    case('TEN', _t('2019') + 'Achievement one: the historic visit of the Prime Minister of '
         'India to Bhutan. Achievement two: the Joint Commission with Bangladesh.',
         'BTN', '2019', CORE,
         [('visit', ('IND',), ('BTN',), '2019'), ('commission', ('BTN',), ('BGD',), '2019')]),
    case('TEN', _t('2023') + '1. Two state visits: to Japan (April) and to Korea (October).',
         'PHL', '2023', _V,
         [('visit', ('PHL',), ('JPN',), '2023-04'), ('visit', ('PHL',), ('KOR',), '2023-10')]),
    case('TEN', _t('2022') + 'No. 3 - Talks between our President and the President of France '
         'in Paris in November.',
         'CIV', '2022', _M,
         [('meeting', ('CIV',), ('FRA',), '2022-11')]),
    case('TEN', _t('2024') + '4. Three agreements signed with Singapore during the visit of its '
         'Prime Minister.',
         'MYS', '2024', CORE,
         [('agreement', ('MYS',), ('SGP',), '2024'), ('visit', ('SGP',), ('MYS',), '2024')]),
    case('TEN', _t('2021') + '5. A record number of meetings with African partners, including '
         'Angola and Mozambique.',
         'PRT', '2021', _M,
         [('meeting', ('PRT',), ('AGO',), '2021'), ('meeting', ('PRT',), ('MOZ',), '2021')]),
    case('TEN', _t('2025') + '2. The restoration of diplomatic relations with Chad.\n3. The '
         'opening of an embassy in Brazil.',
         'NER', '2025', CORE,
         []),

    # TEN (fixed): each bulleted item of a list tells its own event, whose time is not
    # another item's
    case('TEN', _t('2022') + '• talks with the President of Peru in May;\n• political '
         'consultations with Bolivia;\n• a memorandum signed with Ecuador.',
         'CHL', '2022', ['meeting', 'consultation', 'agreement'],
         [('meeting', ('CHL',), ('PER',), '2022-05'),
          ('consultation', ('CHL',), ('BOL',), '2022'),
          ('agreement', ('CHL',), ('ECU',), '2022')]),
    case('TEN', _t('2022') + '• talks with the President of Peru in May;\n• consultations with '
         'Bolivia;\n• a memorandum signed with Ecuador.',
         'CHL', '2022', ['meeting', 'consultation', 'agreement'],
         [('meeting', ('CHL',), ('PER',), '2022-05'),
          ('consultation', ('CHL',), ('BOL',), '2022'),
          ('agreement', ('CHL',), ('ECU',), '2022')],
         limit='bare "consultations with B" in the bullet after one of talks is read as a '
               'partner of those talks (the items\' partners are not kept apart)'),
    case('TEN', _t('2023') + '- a visit to Ghana (March);\n- a visit to Togo;\n- a visit to '
         'Benin in October.',
         'NGA', '2023', _V,
         [('visit', ('NGA',), ('GHA',), '2023-03'), ('visit', ('NGA',), ('TGO',), '2023'),
          ('visit', ('NGA',), ('BEN',), '2023-10')]),
    case('TEN', _t('2024') + '* the state visit of the President of Kenya in June;\n* the joint '
         'commission with Tanzania.',
         'UGA', '2024', ['visit', 'commission'],
         [('visit', ('KEN',), ('UGA',), '2024-06'),
          ('commission', ('UGA',), ('TZA',), '2024')]),
    case('TEN', _t('2023') + 'The Minister met with:\n- the Foreign Minister of Chile on 3 May;\n'
         '- the Foreign Minister of Peru on 9 May.',
         'ECU', '2023', _M,
         [('meeting', ('ECU',), ('CHL',), '2023-05-03'),
          ('meeting', ('ECU',), ('PER',), '2023-05-09')]),

    # AG: an agency's report on a ministry's review
    case('AG', 'Baku, 29 December (Agency). The Foreign Ministry said the Minister held 40 '
         'meetings in 2021, including with the Foreign Ministers of Turkey and Georgia.',
         'AZE', '2021', CORE,
         [('meeting', ('AZE',), ('TUR',), '2021'), ('meeting', ('AZE',), ('GEO',), '2021')]),
    case('AG', 'ASTANA, Dec 28 (Agency) - In 2023 the Foreign Minister made 27 foreign trips, '
         'visiting among others Qatar, Japan and Italy, the ministry said.',
         'KAZ', '2023', CORE,
         [('visit', ('KAZ',), ('QAT',), '2023'), ('visit', ('KAZ',), ('JPN',), '2023'),
          ('visit', ('KAZ',), ('ITA',), '2023')]),
    case('AG', 'ABUJA (Agency) - The ministry said in its annual review that the Minister had '
         'received the Foreign Ministers of Ghana and Niger and had signed a visa agreement '
         'with Chad.',
         'NGA', '2022', CORE,
         [('meeting', ('NGA',), ('GHA',), '2022'), ('meeting', ('NGA',), ('NER',), '2022'),
          ('agreement', ('NGA',), ('TCD',), '2022')]),
    case('AG', 'Belgrade, 30 December (Agency) - Serbian diplomacy in 2024 was marked by the '
         'visit of the Chinese President in May, the ministry\'s review said.',
         'SRB', '2024', CORE,
         [('visit', ('CHN',), ('SRB',), '2024-05')]),
    case('AG', 'MANILA - The Department of Foreign Affairs said that the Secretary had held 56 '
         'virtual meetings in 2020, including with counterparts from Japan and Australia.',
         'PHL', '2020', CORE,
         [('call', ('PHL',), ('JPN',), '2020'), ('call', ('PHL',), ('AUS',), '2020')]),
    case('AG', 'Tbilisi (Agency) - According to the Foreign Ministry, 2019 saw 14 official '
         'visits to Georgia, including by the Presidents of Poland and Lithuania.',
         'GEO', '2019', CORE,
         [('visit', ('POL',), ('GEO',), '2019'), ('visit', ('LTU',), ('GEO',), '2019')]),
    case('AG', 'DOHA (Agency) - The Foreign Ministry\'s annual report said the Minister had taken '
         'part in 60 meetings, among them talks with the Secretary of State of the United '
         'States and the Foreign Minister of Iran.',
         'QAT', '2023', CORE,
         [('meeting', ('QAT',), ('USA',), '2023'), ('meeting', ('QAT',), ('IRN',), '2023')]),
    case('AG', 'Vilnius (Agency) - The ministry reported that in 2022 Lithuania signed 11 '
         'agreements, among them with the Philippines and with Korea.',
         'LTU', '2022', _A,
         [('agreement', ('LTU',), ('PHL',), '2022'), ('agreement', ('LTU',), ('KOR',), '2022')]),
    case('AG', 'Hanoi (Agency) - In its year-end review, the ministry said the Prime Minister '
         'had paid official visits to Laos and Cambodia in January.',
         'VNM', '2025', _V,
         [('visit', ('VNM',), ('LAO',), '2025-01'), ('visit', ('VNM',), ('KHM',), '2025-01')]),
    # AG (fixed): visits counted to a place named, then their guests: the place is the host
    case('AG', 'Yerevan (Agency) - There were 14 official visits to Georgia, including by the '
         'Presidents of Poland and Lithuania, a Georgian official said.',
         'ARM', '2019', _V,
         [('visit', ('POL',), ('GEO',), '2019'), ('visit', ('LTU',), ('GEO',), '2019')]),
    case('AG', 'Nairobi (Agency) - The ministry counted 9 state visits to Kenya in 2023, among '
         'them those of the President of Ghana and the Emir of Qatar.',
         'KEN', '2023', _V,
         [('visit', ('GHA',), ('KEN',), '2023'), ('visit', ('QAT',), ('KEN',), '2023')]),
    case('AG', 'Tbilisi (Agency) - 14 official visits to Georgia took place, including by '
         'parliamentarians and mayors.',
         'GEO', '2019', CORE,
         []),
    case('AG', 'Santo Domingo (Agency) - The Foreign Ministry reported that during the year the '
         'Minister held consultations with Haiti, Panama and Costa Rica.',
         'DOM', '2021', ['consultation'],
         [('consultation', ('DOM',), ('HTI',), '2021'),
          ('consultation', ('DOM',), ('PAN',), '2021'),
          ('consultation', ('DOM',), ('CRI',), '2021')]),
    case('AG', 'Kathmandu (Agency) - The ministry\'s annual review says the Foreign Minister '
         'visited China and Bangladesh during 2023, and that a power trade agreement was '
         'signed with India.',
         'NPL', '2023', CORE,
         [('visit', ('NPL',), ('CHN',), '2023'), ('visit', ('NPL',), ('BGD',), '2023'),
          ('agreement', ('NPL',), ('IND',), '2023')]),
    case('AG', 'Nairobi (Agency) - The Foreign Ministry counted 19 incoming state visits in 2024, '
         'citing those of the Presidents of Ghana and Zambia.',
         'KEN', '2024', CORE,
         [('visit', ('GHA',), ('KEN',), '2024'), ('visit', ('ZMB',), ('KEN',), '2024')]),

    # AG (fixed): a second verb after "and" with its own partner after it does not take
    # the sides of the first verb ("received A and B and signed an agreement with C")
    case('AG', 'Review of 2022\n\nThe Minister visited Peru in March and held talks with the '
         'President of Chile in May.',
         'ECU', '2022', _M,
         [('meeting', ('ECU',), ('CHL',), '2022-05')]),
    case('AG', 'Review of 2024\n\nIn 2024 the President hosted the Emir of Qatar and also '
         'signed a defence agreement with Turkey.',
         'PAK', '2024', _MA,
         [('meeting', ('PAK',), ('QAT',), '2024'), ('agreement', ('PAK',), ('TUR',), '2024')]),
    case('AG', 'Review of 2024\n\nIn 2024 the President hosted the Emir of Qatar and also '
         'concluded a defence pact with Turkey.',
         'PAK', '2024', _MA,
         [('meeting', ('PAK',), ('QAT',), '2024'), ('agreement', ('PAK',), ('TUR',), '2024')]),
    case('AG', 'Review of 2023\n\nThe Minister travelled to Kenya and then met the Foreign '
         'Minister of Somalia.',
         'DJI', '2023', _M,
         [('meeting', ('DJI',), ('SOM',), '2023')]),
    case('AG', 'Review of 2023\n\nThe Minister received the President of Ghana and signed an '
         'agreement on trade.',
         'BFA', '2023', _MA,
         [('meeting', ('BFA',), ('GHA',), '2023'), ('agreement', ('BFA',), ('GHA',), '2023')]),

    # TRI: trilateral and plurilateral formats
    case('TRI', 'The year in review\n\nA trilateral meeting of Greece, Cyprus and Egypt was held '
         'in Athens in October.',
         'GRC', '2023', _M,
         [('meeting', ('GRC',), ('CYP', 'EGY'), '2023-10')]),
    case('TRI', 'Results of 2024\n\nThe first summit of the Romania-Poland-Turkey format took '
         'place in our capital in April.',
         'ROU', '2024', _M,
         [('meeting', ('ROU',), ('POL', 'TUR'), '2024-04')]),
    case('TRI', 'Results of 2024\n\nIn April Bucharest hosted the first summit of the '
         'Romania-Poland-Turkey format.',
         'ROU', '2024', _M,
         [('meeting', ('ROU',), ('POL', 'TUR'), '2024-04')]),
    case('TRI', 'Results of 2022\n\nThe first India-France-UAE trilateral ministerial meeting '
         'was held in New York in September.',
         'IND', '2022', _M,
         [('meeting', ('IND',), ('FRA', 'ARE'), '2022-09')]),
    case('TRI', 'Results of 2023\n\nThe Japan-US-ROK summit at Camp David in August opened a new '
         'chapter.',
         'JPN', '2023', _M,
         [('meeting', ('JPN',), ('USA', 'KOR'), '2023-08')]),
    case('TRI', 'Results of 2019\n\nEgypt hosted the trilateral summit with Greece and Cyprus in '
         'Cairo.',
         'EGY', '2019', _M,
         [('meeting', ('EGY',), ('GRC', 'CYP'), '2019')]),
    case('TRI', 'Results of 2022\n\nWe held trilateral meetings with Israel and Greece and with '
         'Jordan and Greece.',
         'CYP', '2022', _M,
         [('meeting', ('CYP',), ('ISR', 'GRC'), '2022'),
          ('meeting', ('CYP',), ('JOR', 'GRC'), '2022')],
         limit='two trilateral groups ("with A and B and with C and B") are merged into one '
               'meeting'),
    case('TRI', 'Results of 2020\n\nThe foreign ministers of Poland, Lithuania and Ukraine met in '
         'Lublin in July and launched a new format.',
         'POL', '2020', _M,
         [('meeting', ('POL',), ('LTU', 'UKR'), '2020-07')]),
    case('TRI', 'Review of 2024\n\nIn March a trilateral meeting of Brazil, Argentina and our '
         'country took place in Asunción.',
         'PRY', '2024', _M,
         [('meeting', ('PRY',), ('BRA', 'ARG'), '2024-03')]),
    case('TRI', 'Review of 2022\n\nThe Azerbaijan-Turkey-Turkmenistan summit in December was the '
         'first in this format.',
         'AZE', '2022', _M,
         [('meeting', ('AZE',), ('TUR', 'TKM'), '2022-12')]),
    case('TRI', 'Review of 2025\n\nA quadrilateral meeting of Morocco, Spain, Portugal and '
         'France was held in Rabat in May.',
         'MAR', '2025', _M,
         [('meeting', ('MAR',), ('ESP', 'PRT', 'FRA'), '2025-05')]),
    case('TRI', 'Review of 2024\n\nTrilateral talks among Korea, Japan and China resumed in '
         'Seoul in May after a four-year pause.',
         'KOR', '2024', _M,
         [('meeting', ('KOR',), ('JPN', 'CHN'), '2024-05')],
         limit='talks "among" three sides (not "between") are not read'),
    case('TRI', 'Review of 2023\n\nThe Minister took part in the trilateral meeting with the '
         'Foreign Ministers of Jordan and Iraq in Baghdad in June.',
         'EGY', '2023', _M,
         [('meeting', ('EGY',), ('JOR', 'IRQ'), '2023-06')]),
    case('TRI', 'Review of 2021\n\nOur President, together with the Presidents of Slovakia and '
         'Austria, held a summit of the Slavkov format in Vienna.',
         'CZE', '2021', _M,
         [('meeting', ('CZE',), ('SVK', 'AUT'), '2021')]),
    case('TRI', 'Review of 2023\n\nTrilateral cooperation with Greece and Cyprus deepened '
         'further.',
         'ISR', '2023', CORE,
         []),

    # SV: state and official visits told as the year's landmarks
    case('SV', 'Our year 2023\n\nThe landmarks of the year were the state visits of the '
         'Presidents of Kazakhstan and Korea.',
         'HUN', '2023', _V,
         [('visit', ('KAZ',), ('HUN',), '2023'), ('visit', ('KOR',), ('HUN',), '2023')]),
    case('SV', 'Our year 2024\n\nAmong the highlights: the official visit of the President of '
         'Mauritania in February and the state visit of the President of Gambia in July.',
         'SEN', '2024', _V,
         [('visit', ('MRT',), ('SEN',), '2024-02'), ('visit', ('GMB',), ('SEN',), '2024-07')]),
    case('SV', 'Our year 2022\n\nThe visit of the King of Spain and the official visit of the '
         'President of Costa Rica marked our year.',
         'PAN', '2022', _V,
         [('visit', ('ESP',), ('PAN',), '2022'), ('visit', ('CRI',), ('PAN',), '2022')]),
    case('SV', "Our year 2023\n\nOur Prime Minister's state visits to Saudi Arabia and China "
         'were the landmarks of the year.',
         'MYS', '2023', _V,
         [('visit', ('MYS',), ('SAU',), '2023'), ('visit', ('MYS',), ('CHN',), '2023')]),
    case('SV', 'Our year 2019\n\nThe state visit of the President of China in October, the first '
         'in 23 years, was the highlight of 2019.',
         'NPL', '2019', _V,
         [('visit', ('CHN',), ('NPL',), '2019-10')]),
    case('SV', 'Our year 2021\n\nThe jubilee year was crowned by the state visit of the Prime '
         'Minister of India in March and visits by the Presidents of Sri Lanka and the '
         'Maldives.',
         'BGD', '2021', _V,
         [('visit', ('IND',), ('BGD',), '2021-03'), ('visit', ('LKA',), ('BGD',), '2021'),
          ('visit', ('MDV',), ('BGD',), '2021')],
         limit='"visits by the Presidents of A and B" after another nominal visit are lost'),
    case('SV', 'Our year 2025\n\nCosta Rica received the state visit of the President of Ecuador '
         'and the official visit of the Prime Minister of Spain.',
         'CRI', '2025', _V,
         [('visit', ('ECU',), ('CRI',), '2025'), ('visit', ('ESP',), ('CRI',), '2025')]),
    case('SV', "Our year 2024\n\nPresident Ruto's state visit to Washington in May, the "
         'first by a Kenyan head of state in two decades, stands out.',
         'KEN', '2024', _V,
         [('visit', ('KEN',), ('USA',), '2024-05')]),
    case('SV', 'Our year 2022\n\nTwo state visits stood out: that of the President of Germany to '
         'Accra in February and ours to Japan in September.',
         'GHA', '2022', _V,
         [('visit', ('DEU',), ('GHA',), '2022-02'), ('visit', ('GHA',), ('JPN',), '2022-09')],
         limit='the possessive pronoun "ours" ("ours to Japan") is not read as the issuer\'s '
               'visit'),
    case('SV', 'Our year 2020\n\nBefore the pandemic, the year opened with the state visit of the '
         'President of Portugal to Angola.',
         'AGO', '2020', _V,
         [('visit', ('PRT',), ('AGO',), '2020')]),
    case('SV', 'Our year 2023\n\nHistoric, too, was the first official visit of a Prime Minister '
         'of Australia to Papua New Guinea in five years, in January.',
         'PNG', '2023', _V,
         [('visit', ('AUS',), ('PNG',), '2023-01')]),
    case('SV', 'Our year 2021\n\nThe state visits of the President to Egypt and Algeria crowned '
         'a year of diplomacy in the Mediterranean.',
         'TUN', '2021', _V,
         [('visit', ('TUN',), ('EGY',), '2021'), ('visit', ('TUN',), ('DZA',), '2021')]),

    # SV (fixed): a second nominal visit joined by "and", its own visitor after its noun
    case('SV', 'Our year 2023\n\nThe working visit of the Prime Minister of Georgia and the '
         'state visit of the President of Armenia were the highlights.',
         'KAZ', '2023', _V,
         [('visit', ('GEO',), ('KAZ',), '2023'), ('visit', ('ARM',), ('KAZ',), '2023')]),
    case('SV', 'Our year 2023\n\nAmong the events of the year were the visit of the Chancellor '
         'of Austria in April and the official visit of the Prime Minister of Italy in October.',
         'SVN', '2023', _V,
         [('visit', ('AUT',), ('SVN',), '2023-04'), ('visit', ('ITA',), ('SVN',), '2023-10')]),
    case('SV', 'Our year 2024\n\nWe recall the visit of our President to Japan in June and the '
         'visit of the Prime Minister of India in August.',
         'PHL', '2024', _V,
         [('visit', ('PHL',), ('JPN',), '2024-06'), ('visit', ('IND',), ('PHL',), '2024-08')]),
    case('SV', 'Our year 2022\n\nThe visit of the President of Chile and the talks of the '
         'Minister with the Foreign Minister of Peru stood out.',
         'ARG', '2022', CORE,
         [('visit', ('CHL',), ('ARG',), '2022'), ('meeting', ('ARG',), ('PER',), '2022')],
         limit='talks named after a guest\'s visit ("the visit of A and the talks of the '
               'Minister with B") also read the guest as met'),

    # SV (fixed): the time of a first nominal visit is not the second's ("the visit of A
    # in March and the visit of B"); a time fronted before both dates both
    case('SV', 'Our year 2021\n\nThe year saw the state visit of the Prime Minister of India in '
         'March and the visits of the Presidents of Sri Lanka and the Maldives.',
         'BGD', '2021', _V,
         [('visit', ('IND',), ('BGD',), '2021-03'), ('visit', ('LKA',), ('BGD',), '2021'),
          ('visit', ('MDV',), ('BGD',), '2021')]),
    case('SV', 'Our year 2022\n\nHighlights were the visit of the President of Kenya in May and '
         'the visit of the President of Ghana.',
         'ZAF', '2022', _V,
         [('visit', ('KEN',), ('ZAF',), '2022-05'), ('visit', ('GHA',), ('ZAF',), '2022')]),
    case('SV', 'Our year 2024\n\nThe visit of the President of Chile in March and the visit of '
         'the President of Peru in May opened new chapters.',
         'BOL', '2024', _V,
         [('visit', ('CHL',), ('BOL',), '2024-03'), ('visit', ('PER',), ('BOL',), '2024-05')]),
    case('SV', 'Our year 2021\n\nIn June, the visit of the King of Spain and the visit of the '
         'President of Italy took place.',
         'PRT', '2021', _V,
         [('visit', ('ESP',), ('PRT',), '2021-06'), ('visit', ('ITA',), ('PRT',), '2021-06')]),

    # CNT: counts with examples
    case('CNT', 'Year-end review 2024\n\nThere were 28 visits at the highest level, among them to '
         'India, Australia and Brazil.',
         'IDN', '2024', CORE,
         [('visit', ('IDN',), ('IND',), '2024'), ('visit', ('IDN',), ('AUS',), '2024'),
          ('visit', ('IDN',), ('BRA',), '2024')]),
    case('CNT', 'Year-end review 2022\n\nOur leadership received 31 heads of state and '
         'government during the year, including the Presidents of France and Korea.',
         'ARE', '2022', CORE,
         [('meeting', ('ARE',), ('FRA',), '2022'), ('meeting', ('ARE',), ('KOR',), '2022')]),
    case('CNT', 'Year-end review 2023\n\nThe Minister paid 19 bilateral visits, e.g. to Greece, '
         'Romania and North Macedonia.',
         'BGR', '2023', CORE,
         [('visit', ('BGR',), ('GRC',), '2023'), ('visit', ('BGR',), ('ROU',), '2023'),
          ('visit', ('BGR',), ('MKD',), '2023')]),
    case('CNT', 'Year-end review 2024\n\nOf the 45 bilateral meetings held, those with the Foreign '
         'Ministers of Croatia, Austria and Italy were the most substantive.',
         'SVN', '2024', CORE,
         [('meeting', ('SVN',), ('HRV',), '2024'), ('meeting', ('SVN',), ('AUT',), '2024'),
          ('meeting', ('SVN',), ('ITA',), '2024')]),
    case('CNT', 'Year-end review 2021\n\nMexico signed 37 international instruments in 2021, '
         'notably with Guatemala and Honduras.',
         'MEX', '2021', _A,
         [('agreement', ('MEX',), ('GTM',), '2021'), ('agreement', ('MEX',), ('HND',), '2021')]),
    case('CNT', 'Year-end review 2020\n\nThe Foreign Minister made 18 phone calls, including to '
         'his counterparts in Turkey, China and Malaysia.',
         'PAK', '2020', CORE,
         [('call', ('PAK',), ('TUR',), '2020'), ('call', ('PAK',), ('CHN',), '2020'),
          ('call', ('PAK',), ('MYS',), '2020')]),
    case('CNT', 'Year-end review 2022\n\nEstonia hosted nine foreign ministers, such as those of '
         'Latvia, Sweden and Japan.',
         'EST', '2022', _V,
         [('visit', ('LVA',), ('EST',), '2022'), ('visit', ('SWE',), ('EST',), '2022'),
          ('visit', ('JPN',), ('EST',), '2022')]),
    case('CNT', 'Year-end review 2019\n\nIn total, the Minister took part in 61 bilateral '
         'meetings; among his interlocutors were the Foreign Ministers of Slovakia and Austria.',
         'CZE', '2019', CORE,
         [('meeting', ('CZE',), ('SVK',), '2019'), ('meeting', ('CZE',), ('AUT',), '2019')]),
    case('CNT', 'Year-end review 2024\n\nA record 23 inbound visits at ministerial level took '
         'place, from Slovenia, Italy and Montenegro among others.',
         'HRV', '2024', _V,
         [('visit', ('SVN',), ('HRV',), '2024'), ('visit', ('ITA',), ('HRV',), '2024'),
          ('visit', ('MNE',), ('HRV',), '2024')]),
    case('CNT', 'Year-end review 2023\n\nThe Minister travelled abroad 14 times (destinations '
         'included Brazil, Spain and China).',
         'URY', '2023', _V,
         [('visit', ('URY',), ('BRA',), '2023'), ('visit', ('URY',), ('ESP',), '2023'),
          ('visit', ('URY',), ('CHN',), '2023')]),
    case('CNT', 'Year-end review 2019\n\nOver 40 summit meetings took place, including with the '
         'leaders of Indonesia, Brunei and Thailand.',
         'KOR', '2019', CORE,
         [('meeting', ('KOR',), ('IDN',), '2019'), ('meeting', ('KOR',), ('BRN',), '2019'),
          ('meeting', ('KOR',), ('THA',), '2019')]),
    case('CNT', 'Year-end review 2025\n\nSixteen rounds of political consultations were held, '
         'among others with India, Japan and Oman.',
         'LKA', '2025', ['consultation'],
         [('consultation', ('LKA',), ('IND',), '2025'),
          ('consultation', ('LKA',), ('JPN',), '2025'),
          ('consultation', ('LKA',), ('OMN',), '2025')]),
    case('CNT', 'Year-end review 2021\n\nThe President held 12 bilateral summits, two of them in '
         'person - with Kenya in March and with Egypt in June.',
         'ETH', '2021', _M,
         [('meeting', ('ETH',), ('KEN',), '2021-03'), ('meeting', ('ETH',), ('EGY',), '2021-06')]),
    case('CNT', 'Year-end review 2023\n\nThe number of high-level visits reached 28 this year.',
         'IDN', '2023', CORE,
         []),

    # CNT (fixed): a count of visits or meetings, then some named after "including",
    # "among them", "e.g." with the preposition of the trips ("to") or talks ("with")
    case('CNT', 'Year-end review 2025\n\nThe President made 11 official visits during the '
         'year, notably to Egypt, Qatar and Oman.',
         'SEN', '2025', _V,
         [('visit', ('SEN',), ('EGY',), '2025'), ('visit', ('SEN',), ('QAT',), '2025'),
          ('visit', ('SEN',), ('OMN',), '2025')]),
    case('CNT', 'Year-end review 2022\n\nIn 2022 we counted 15 bilateral visits, among others '
         'to Peru and Bolivia.',
         'CHL', '2022', _V,
         [('visit', ('CHL',), ('PER',), '2022'), ('visit', ('CHL',), ('BOL',), '2022')]),
    case('CNT', 'Year-end review 2021\n\nThe Prime Minister held more than 30 bilateral '
         'meetings, among them with the leaders of Fiji and Tonga.',
         'NZL', '2021', CORE,
         [('meeting', ('NZL',), ('FJI',), '2021'), ('meeting', ('NZL',), ('TON',), '2021')]),
    case('CNT', 'Year-end review 2023\n\nThe Secretary had 25 meetings in New York, e.g. with '
         'the Foreign Ministers of Chile and Kenya.',
         'PHL', '2023', _M,
         [('meeting', ('PHL',), ('CHL',), '2023'), ('meeting', ('PHL',), ('KEN',), '2023')]),
    case('CNT', 'Year-end review 2024\n\nThe country received 12 visits, including by the '
         'Presidents of Ghana and Togo.',
         'BEN', '2024', _V,
         [('visit', ('GHA',), ('BEN',), '2024'), ('visit', ('TGO',), ('BEN',), '2024')]),
    case('CNT', 'Year-end review 2024\n\nWe held 40 meetings, including with civil society and '
         'the business community.',
         'BEN', '2024', CORE,
         []),
    case('CNT', 'Year-end review 2024\n\nThere were 28 visits, including to museums and '
         'schools in the provinces.',
         'IDN', '2024', CORE,
         []),

    case('CNT', 'Year-end review 2023\n\nThe Minister had 30 meetings in New York, ten of them '
         'bilateral - with Chile, Peru and Brazil among others.',
         'URY', '2023', _M,
         [('meeting', ('URY',), ('CHL',), '2023'), ('meeting', ('URY',), ('PER',), '2023'),
          ('meeting', ('URY',), ('BRA',), '2023')]),
    case('CNT', 'Year-end review 2022\n\nThe President held 20 bilateral meetings, most of them '
         'in Djibouti – with the Presidents of Kenya and Somalia among others.',
         'DJI', '2022', _M,
         [('meeting', ('DJI',), ('KEN',), '2022'), ('meeting', ('DJI',), ('SOM',), '2022')]),
    case('CNT', 'Year-end review 2022\n\nThe Minister held 25 meetings, most of them with '
         'business leaders and students.',
         'DJI', '2022', CORE,
         []),

    # TRI (fixed): a meeting named by three sides joined by hyphens, with or without a verb
    # of holding; a format's summit; a trilateral meeting with its level between
    case('TRI', 'Review of 2022\n\nA Spain–Portugal–Morocco summit was held in Rabat in June.',
         'MAR', '2022', _M,
         [('meeting', ('MAR',), ('ESP', 'PRT'), '2022-06')]),
    case('TRI', 'Review of 2024\n\nIn May, Azerbaijan-Georgia-Turkey talks took place in '
         'Tbilisi.',
         'GEO', '2024', _M,
         [('meeting', ('GEO',), ('AZE', 'TUR'), '2024-05')]),
    case('TRI', 'Review of 2021\n\nThe first meeting of the Greece-Cyprus-Jordan format was held '
         'in Amman in March.',
         'GRC', '2021', _M,
         [('meeting', ('GRC',), ('CYP', 'JOR'), '2021-03')]),
    case('TRI', 'Review of 2021\n\nThe first session of the Greece-Cyprus-Jordan format was held '
         'in Amman in March.',
         'GRC', '2021', _M,
         [('meeting', ('GRC',), ('CYP', 'JOR'), '2021-03')],
         limit='a "session" of a format named by its countries is read as a multilateral '
               'session, not a meeting of the three'),
    case('TRI', 'Review of 2023\n\nA trilateral ministerial meeting with Kenya and Uganda took '
         'place in Kigali in March.',
         'RWA', '2023', _M,
         [('meeting', ('RWA',), ('KEN', 'UGA'), '2023-03')]),
    case('TRI', 'Review of 2023\n\nA Japan-US meeting was held in Hiroshima in May.',
         'JPN', '2023', _M,
         [('meeting', ('JPN',), ('USA',), '2023-05')]),
    case('TRI', 'Review of 2023\n\nCooperation within the Japan-US-ROK format deepened in '
         'May.',
         'KOR', '2023', CORE,
         []),
    case('TRI', 'Review of 2023\n\nThe Japan-Korea-China summit planned for December was '
         'postponed.',
         'JPN', '2023', CORE,
         []),

    # SIG: signings told in the review
    case('SIG', 'Review of 2023\n\nIn May the strategic partnership agreement with Romania was '
         'signed, and in October we concluded a visa waiver deal with Georgia.',
         'MDA', '2023', _A,
         [('agreement', ('MDA',),
          ('ROU',), '2023-05'), ('agreement', ('MDA',), ('GEO',), '2023-10')]),
    case('SIG', 'Review of 2024\n\nA memorandum of understanding on agriculture was signed with '
         "Ghana during the Prime Minister's visit to Accra in August.",
         'JAM', '2024', CORE,
         [('agreement', ('JAM',), ('GHA',), '2024-08'), ('visit', ('JAM',), ('GHA',), '2024-08')]),
    case('SIG', 'Review of 2023\n\nThe Defence Cooperation Agreement with the United States, '
         'signed in May, was a milestone.',
         'PNG', '2023', _A,
         [('agreement', ('PNG',), ('USA',), '2023-05')]),
    case('SIG', 'Review of 2022\n\nWe signed with New Zealand a partnership statement in June and '
         'with Australia a treaty on policing in October.',
         'FJI', '2022', _A,
         [('agreement', ('FJI',),
          ('NZL',), '2022-06'), ('agreement', ('FJI',), ('AUS',), '2022-10')]),
    case('SIG', 'Review of 2021\n\nThe signing of a fisheries protocol with Russia took place in '
         'Oslo in December.',
         'NOR', '2021', _A,
         [('agreement', ('NOR',), ('RUS',), '2021-12')]),
    case('SIG', 'Review of 2023\n\nSigned this year: a strategic partnership with Morocco '
         '(February) and a memorandum with Chile (March).',
         'ESP', '2023', _A,
         [('agreement', ('ESP',),
          ('MAR',), '2023-02'), ('agreement', ('ESP',), ('CHL',), '2023-03')]),
    case('SIG', 'Review of 2019\n\nIn Montevideo the Minister signed an agreement with Uruguay on '
         'free mobility.',
         'ARG', '2019', _A,
         [('agreement', ('ARG',), ('URY',), '2019')]),
    case('SIG', 'Review of 2023\n\nWith Peru, we signed twelve agreements at the binational '
         'cabinet in Lima in June.',
         'BOL', '2023', _A,
         [('agreement', ('BOL',), ('PER',), '2023-06')]),
    case('SIG', 'Review of 2023\n\nAgreements were concluded with Viet Nam on climate and with '
         'the Cook Islands on health.',
         'NZL', '2023', _A,
         [('agreement', ('NZL',), ('VNM',), '2023'), ('agreement', ('NZL',), ('COK',), '2023')]),
    case('SIG', 'Review of 2020\n\nIn September, the Minister and his Omani counterpart put their '
         'signatures to a double taxation convention.',
         'IND', '2020', _A,
         [('agreement', ('IND',), ('OMN',), '2020-09')]),
    case('SIG', 'Review of 2024\n\nNegotiations on a trade agreement with Canada continued.',
         'ECU', '2024', _A,
         []),
    case('SIG', 'Review of 2022\n\nThe agreement with Japan, in force since 2015, guided our '
         'cooperation.',
         'MNG', '2022', _A,
         []),

    # PAST: past years or next year's plans beside this year's events
    case('PAST', 'Looking back on 2019\n\nWe had 12 visits this year, up from 9 in 2018, '
         'including to Chile and Peru. Next year the Minister will travel to Brazil.',
         'NOR', '2019', _V,
         [('visit', ('NOR',), ('CHL',), '2019'), ('visit', ('NOR',), ('PER',), '2019')]),
    case('PAST', 'Looking back on 2022\n\nUnlike 2021, when all meetings were virtual, this year '
         'the Minister received in Brasília the Foreign Ministers of Argentina and Paraguay.',
         'BRA', '2022', CORE,
         [('meeting', ('BRA',), ('ARG',), '2022'), ('meeting', ('BRA',), ('PRY',), '2022')]),
    case('PAST', 'Looking back on 2024\n\nBuilding on the momentum of 2023, this year the Prime '
         'Minister of Japan came to Manila in November.',
         'PHL', '2024', CORE,
         [('visit', ('JPN',), ('PHL',), '2024-11')]),
    case('PAST', 'Looking back on 2023\n\nThe Prime Minister will visit India early next year. '
         'This year he travelled to China in March and to Viet Nam in August.',
         'SGP', '2023', _V,
         [('visit', ('SGP',), ('CHN',), '2023-03'), ('visit', ('SGP',), ('VNM',), '2023-08')]),
    case('PAST', 'Looking back on 2021\n\nIn 2020 there were only four visits; in 2021 the '
         'President visited Russia, Turkey and Uzbekistan.',
         'KAZ', '2021', _V,
         [('visit', ('KAZ',), ('RUS',), '2021'), ('visit', ('KAZ',), ('TUR',), '2021'),
          ('visit', ('KAZ',), ('UZB',), '2021')]),
    case('PAST', 'Looking back on 2020\n\nThe visit to Mexico in February was the first by an '
         'Irish minister since 2011.',
         'IRL', '2020', _V,
         [('visit', ('IRL',), ('MEX',), '2020-02')]),
    case('PAST', 'Looking back on 2025\n\nCompared with 2024, the number of incoming visits '
         'doubled: we welcomed the Presidents of Italy and Greece and the Prime Minister of '
         'Croatia.',
         'MLT', '2025', _V,
         [('visit', ('ITA',), ('MLT',), '2025'), ('visit', ('GRC',), ('MLT',), '2025'),
          ('visit', ('HRV',), ('MLT',), '2025')]),
    case('PAST', 'Looking back on 2022\n\nIn 2023 we intend to open an embassy in Accra. This '
         'year the Minister went to Rome in May and to Algiers in July.',
         'TUN', '2022', _V,
         [('visit', ('TUN',), ('ITA',), '2022-05'), ('visit', ('TUN',), ('DZA',), '2022-07')]),
    case('PAST', 'Looking back on 2024\n\nAs in 2023, the Minister visited Kuwait; new this year '
         'was a visit to Kenya.',
         'EGY', '2024', _V,
         [('visit', ('EGY',), ('KWT',), '2024'), ('visit', ('EGY',), ('KEN',), '2024')]),
    case('PAST', 'Looking back on 2023\n\nThe Joint Commission with Botswana met in Windhoek in '
         'July, five years after its previous session.',
         'NAM', '2023', ['commission'],
         [('commission', ('NAM',), ('BWA',), '2023-07')]),

    # PAST (fixed): the time of the event's own part after a semicolon; a year the event
    # is compared with ("as in 2023", "unlike 2021", "compared to") is not its time
    case('PAST', 'Looking back on 2023\n\nIn 2022 few guests could come; in 2023 the Minister '
         'received the Foreign Ministers of Chile and Peru.',
         'ARG', '2023', CORE,
         [('meeting', ('ARG',), ('CHL',), '2023'), ('meeting', ('ARG',), ('PER',), '2023')]),
    case('PAST', 'Looking back on 2024\n\nIn January the talks were postponed; in March the '
         'Minister visited Nepal.',
         'IND', '2024', _V,
         [('visit', ('IND',), ('NPL',), '2024-03')]),
    case('PAST', 'Looking back on 2024\n\nIn March the Minister visited Ghana; he also held '
         'talks with the President of Togo.',
         'CIV', '2024', CORE,
         [('visit', ('CIV',), ('GHA',), '2024-03'), ('meeting', ('CIV',), ('TGO',), '2024-03')]),
    case('PAST', 'Looking back on 2023\n\nUnlike in 2022, the President travelled to Brazil '
         'this year.',
         'ARG', '2023', _V,
         [('visit', ('ARG',), ('BRA',), '2023')]),
    case('PAST', 'Looking back on 2022\n\nAs in 2021, the joint commission with Kazakhstan met '
         'in Tashkent.',
         'UZB', '2022', ['commission'],
         [('commission', ('UZB',), ('KAZ',), '2022')]),
    case('PAST', 'Looking back on 2023\n\nThe Minister paid a visit to Peru in 2023, as in '
         '2021.',
         'ECU', '2023', _V,
         [('visit', ('ECU',), ('PER',), '2023')]),

    # title (fixed): "Looking back on 2021", "New Year address", "Annual press briefing"
    # head a review, whose "we hosted" is the country's (visits of its guests)
    case('NY', 'New Year address of the President\n\nThis year we welcomed the King of Sweden '
         'and the President of Finland.',
         'EST', '2024', CORE,
         [('visit', ('SWE',), ('EST',), '2024'), ('visit', ('FIN',), ('EST',), '2024')]),
    case('PC', 'Annual press briefing of the Minister\n\nWe hosted the Foreign Ministers of '
         'Benin and Niger.',
         'TGO', '2022', CORE,
         [('visit', ('BEN',), ('TGO',), '2022'), ('visit', ('NER',), ('TGO',), '2022')]),
    case('PAST', 'Looking back on 2021\n\nWe received the Presidents of Kenya and Rwanda.',
         'UGA', '2021', CORE,
         [('visit', ('KEN',), ('UGA',), '2021'), ('visit', ('RWA',), ('UGA',), '2021')]),
    case('PC', 'Press conference of the Minister\n\nAccra, 4 May 2023 - We welcomed the '
         'Foreign Minister of Togo today.',
         'GHA', '2023-05-04', CORE,
         [('meeting', ('GHA',), ('TGO',), '2023-05-04')]),

    # NM: near misses in a review
    case('NM', _o('2023') + 'Contacts with Chile and Peru intensified this year.',
         'ECU', '2023', CORE,
         []),
    case('NM', _o('2023') + 'I thank my colleagues in Ghana and Togo for their support.',
         'BEN', '2023', CORE,
         []),
    case('NM', _NEWYEAR + 'I congratulate the new Presidents of Chile and Colombia and wish '
         'them success.',
         'PER', '2022', CORE,
         []),
    case('NM', _PRESS + 'The Minister said relations with India had reached a new level.',
         'NPL', '2024', CORE,
         []),
    case('NM', _t('2021') + '6. Strong support for the candidacy of Kenya, welcomed by the '
         'President of Uganda.',
         'TZA', '2021', CORE,
         []),
    case('NM', _o('2024') + 'I look forward to welcoming the President of Ghana next year.',
         'CIV', '2024', CORE,
         []),
    case('NM', 'Review of 2023\n\nWe welcomed the decision of Chile and Peru to resume talks.',
         'BOL', '2023', CORE,
         []),
    case('NM', 'Review of 2020\n\nThe 2015 visit of the President of China remains a reference '
         'point for our relations.',
         'PAK', '2020', CORE,
         [],
         limit='a past year\'s visit named as background in a review ("The 2015 visit of ... '
               'remains a reference point") is read as a visit'),
    case('NM', _PRESS + 'Asked about a trilateral summit with Egypt and Jordan, the Minister '
         'said it might take place next year.',
         'IRQ', '2023', CORE,
         []),
    case('NM', 'Year-end review 2022\n\nThe strategic partnership with Kazakhstan, established in '
         '2019, was further strengthened.',
         'UZB', '2022', CORE,
         []),
]


@pytest.mark.parametrize(('text', 'issuer', 'date', 'types', 'expected'), _CASES)
def test_year_end_reviews_in_other_voices(text: str, issuer: str, date: str, types: set[str],
                                          expected: list[tuple[Any, ...]]) -> None:
    check(text, issuer, date, types, expected)
