"""Readouts as news agencies and state media retell them (the generality audit audit21a):
the form in which many ministries' statements reach the web. An agency dateline in its
many shapes ("ISLAMABAD, Jan 5 (APP):", "Suva, 12 March (Fijivillage) -", a trailing
"-- Xinhua"), an attribution ("according to a statement issued by the ministry", "the
ministry said in a press release on Tuesday"), reported speech and quotes around the
event, the minister named by surname after the first mention, a guest "who is on a visit
to" or "currently in X on a three-day visit", "the two sides", "the visiting minister",
the event told in a headline and again in the body, a publication date line whose day is
not the event's, a weekday against the dateline, and background paragraphs (earlier
visits, history of relations) between the events. Each case: the form, the text, the
issuer, the document's date, the types compared and the records expected (type, from,
to, date prefix). A known limit is a strict xfail with its reason. The sentences were
written for this table."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.audit_support import CORE, case, check

_CASES = [
    # DL: agency datelines in many shapes, the weekday told against the dateline's day
    case('DL', 'ISLAMABAD, Jan 5 (APP): Foreign Minister Bilawal Bhutto Zardari on Monday '
         'received the Ambassador of Japan at the Foreign Office.',
         'PAK', '2023-01-05', CORE,
         [('meeting', ('PAK',), ('JPN',), '2023-01-02')]),
    case('DL', 'Suva, 12 March (Fijivillage) - The Minister for Foreign Affairs met the New '
         'Zealand Foreign Minister in Suva on Thursday.',
         'FJI', '2022-03-12', CORE,
         [('meeting', ('FJI',), ('NZL',), '2022-03-10')]),
    case('DL', 'BEIJING, June 18 -- Chinese Foreign Minister Wang Yi held talks with his '
         'Brazilian counterpart Mauro Vieira in Beijing on Monday. -- Xinhua',
         'CHN', '2024-06-18', CORE,
         [('meeting', ('CHN',), ('BRA',), '2024-06-17')]),
    case('DL', 'KUALA LUMPUR, Nov 9 (Bernama) -- Foreign Minister Datuk Seri Saifuddin Abdullah '
         'left for Jakarta today on a two-day working visit to Indonesia, Wisma Putra said in '
         'a statement.',
         'MYS', '2021-11-09', CORE,
         [('visit', ('MYS',), ('IDN',), '2021-11-09')]),
    case('DL', 'ABU DHABI, 27th September, 2023 (WAM) -- Sheikh Abdullah bin Zayed Al Nahyan, '
         'Minister of Foreign Affairs, received at his office today the Foreign Minister of '
         'Paraguay.',
         'ARE', '2023-09-27', CORE,
         [('meeting', ('ARE',), ('PRY',), '2023-09-27')]),
    case('DL', 'RIYADH, July 14, 2022, SPA -- Foreign Minister Prince Faisal bin Farhan '
         'received a phone call today from the Foreign Minister of Jordan, Ayman Safadi.',
         'SAU', '2022-07-14', CORE,
         [('call', ('JOR',), ('SAU',), '2022-07-14')]),
    case('DL', 'Kuwait, Feb 8 (KUNA) -- Kuwaiti Foreign Minister Sheikh Salem Al-Sabah met on '
         'Wednesday with the Omani Foreign Minister Sayyid Badr Albusaidi.',
         'KWT', '2024-02-08', CORE,
         [('meeting', ('KWT',), ('OMN',), '2024-02-07')]),
    case('DL', 'ANKARA (AA) - Turkish Foreign Minister Hakan Fidan held a phone call with his '
         'Egyptian counterpart on Tuesday, diplomatic sources said.',
         'TUR', '2024-10-15', CORE,
         [('call', ('TUR',), ('EGY',), '2024-10-15')]),
    case('DL', 'MOSCOW, October 21. /TASS/. Russian Foreign Minister Sergey Lavrov held talks '
         'with the Foreign Minister of Iran in Moscow on Tuesday, the Russian Foreign Ministry '
         'said.',
         'RUS', '2020-10-21', CORE,
         [('meeting', ('RUS',), ('IRN',), '2020-10-20')]),
    case('DL', 'New Delhi [India], May 30 (ANI): External Affairs Minister S Jaishankar on '
         'Monday met his Namibian counterpart in Windhoek.',
         'IND', '2023-05-30', CORE,
         [('meeting', ('IND',), ('NAM',), '2023-05-29')]),
    case('DL', 'MANILA, Dec. 2 (PNA) -- Foreign Affairs Secretary Enrique Manalo and his '
         'Australian counterpart Penny Wong signed a joint declaration on Thursday, the DFA '
         'said.',
         'PHL', '2022-12-02', CORE,
         [('agreement', ('PHL',), ('AUS',), '2022-12-01')]),
    case('DL', 'Tehran, IRNA -- Iran\'s Foreign Minister held talks with the Foreign Minister '
         'of Oman in Tehran on Wednesday.',
         'IRN', '2023-08-10', CORE,
         [('meeting', ('IRN',), ('OMN',), '2023-08-09')]),
    case('DL', 'CAIRO, April 22 (MENA) - Foreign Minister Sameh Shoukry received on Thursday a '
         'phone call from his Greek counterpart Nikos Dendias.',
         'EGY', '2021-04-22', CORE,
         [('call', ('GRC',), ('EGY',), '2021-04-22')]),
    case('DL', 'Doha, March 6 (QNA) - Dr. Mohammed Al Khulaifi, Minister of State for Foreign '
         'Affairs, met today with the Deputy Foreign Minister of Norway.',
         'QAT', '2025-03-06', CORE,
         [('meeting', ('QAT',), ('NOR',), '2025-03-06')]),
    case('DL', 'Dhaka, Sept 16 (BSS) - Foreign Minister Dr AK Abdul Momen held a bilateral '
         'meeting with his Indian counterpart on the sidelines of a conference in Delhi on '
         'Wednesday.',
         'BGD', '2022-09-16', CORE,
         [('meeting', ('BGD',), ('IND',), '2022-09-14')]),
    case('DL', 'Lisbon, 25 Apr (Lusa) - The Portuguese foreign minister met the Foreign Minister '
         'of Cape Verde in Praia on Tuesday, the ministry said in a press release.',
         'PRT', '2024-04-25', CORE,
         [('meeting', ('PRT',), ('CPV',), '2024-04-23')]),
    case('DL', 'NAIROBI, Kenya, Nov 23 (KNA) - Prime Cabinet Secretary Musalia Mudavadi held '
         'talks with the Foreign Minister of Djibouti on Monday.',
         'KEN', '2023-11-23', CORE,
         [('meeting', ('KEN',), ('DJI',), '2023-11-20')]),
    case('DL', 'JAKARTA, ANTARA - Foreign Minister Retno Marsudi and Singapore\'s Foreign '
         'Minister Vivian Balakrishnan held talks in Bintan on Thursday.',
         'IDN', '2021-06-03', CORE,
         [('meeting', ('IDN',), ('SGP',), '2021-06-03')]),
    case('DL', 'Hanoi (VNA) - Deputy Foreign Minister Do Hung Viet held the fourth political '
         'consultation with Mongolia in Hanoi on January 28.',
         'VNM', '2025-01-29', CORE,
         [('consultation', ('VNM',), ('MNG',), '2025-01-28')]),
    case('DL', 'ASTANA, 19 May (Kazinform) - Kazakh Foreign Minister Mukhtar Tileuberdi met '
         'with the Ambassador of Hungary on Wednesday, the press service of the MFA reports.',
         'KAZ', '2022-05-19', CORE,
         [('meeting', ('KAZ',), ('HUN',), '2022-05-18')]),
    case('DL', 'BRASILIA, Oct 21 (Agencia Brasil) - Foreign Minister Ernesto Araujo received '
         'the Foreign Minister of Paraguay on Monday at Itamaraty.',
         'BRA', '2020-10-21', CORE,
         [('meeting', ('BRA',), ('PRY',), '2020-10-19')]),
    case('DL', 'WELLINGTON, July 14 (RNZ) - Foreign Minister Nanaia Mahuta spoke with her '
         'Samoan counterpart by phone on Sunday.',
         'NZL', '2022-07-14', CORE,
         [('call', ('NZL',), ('WSM',), '2022-07-10')]),
    case('DL', 'Port Moresby, 30 May (Post-Courier) - Foreign Minister Justin Tkatchenko met '
         'the Indonesian Ambassador on Friday.',
         'PNG', '2023-05-30', CORE,
         [('meeting', ('PNG',), ('IDN',), '2023-05-26')]),
    case('DL', 'KATHMANDU, Dec 2 (RSS): Foreign Minister Bimala Rai Paudyal held a meeting with '
         'the Chinese Ambassador on Wednesday.',
         'NPL', '2022-12-02', CORE,
         [('meeting', ('NPL',), ('CHN',), '2022-11-30')]),

    # AT: the ministry as the source of the story
    case('AT', 'The Foreign Minister of Ghana held talks with her Nigerian counterpart in Accra '
         'on Tuesday, according to a statement issued by the ministry.',
         'GHA', '2024-06-18', CORE,
         [('meeting', ('GHA',), ('NGA',), '2024-06-18')]),
    case('AT', 'According to a statement the Foreign Ministry issued on Friday, the Minister '
         'met the Ambassador of Chile on Thursday.',
         'ARG', '2022-09-16', CORE,
         [('meeting', ('ARG',), ('CHL',), '2022-09-15')]),
    case('AT', 'The Minister met the Ambassador of Spain on Monday, the ministry said in a press '
         'release on Tuesday.',
         'PAN', '2023-05-30', CORE,
         [('meeting', ('PAN',), ('ESP',), '2023-05-29')]),
    case('AT', 'Georgia and Armenia signed a memorandum on visa exemption in Yerevan, the '
         'Georgian foreign ministry said in a statement on Wednesday.',
         'GEO', '2023-09-27', CORE,
         [('agreement', ('GEO',), ('ARM',), '2023-09-27')]),
    case('AT', 'The Foreign Secretary spoke by telephone with the Foreign Minister of Sri Lanka '
         'on Sunday, a Ministry of External Affairs press release said.',
         'IND', '2021-11-09', CORE,
         [('call', ('IND',), ('LKA',), '2021-11-07')]),
    case('AT', 'A press release from the External Affairs Ministry said Minister '
         'Muraleedharan had held talks with the Foreign Minister of Paraguay in Asuncion on '
         'Thursday.',
         'IND', '2023-08-10', CORE,
         [('meeting', ('IND',), ('PRY',), '2023-08-10')]),
    case('AT', 'Foreign Minister Ali Sabry met with the Foreign Minister of the Maldives in '
         'Colombo on Monday, the Foreign Ministry stated in a media release.',
         'LKA', '2022-07-14', CORE,
         [('meeting', ('LKA',), ('MDV',), '2022-07-11')]),
    case('AT', 'In a statement, the ministry said the Minister had received a telephone call '
         'from the Foreign Minister of Qatar on Saturday.',
         'SOM', '2022-03-12', CORE,
         [('call', ('QAT',), ('SOM',), '2022-03-12')]),
    case('AT', 'The Department of International Relations said in a statement that Deputy '
         'Minister Nkosi met the Ambassador of Cuba in Pretoria on 14 February.',
         'ZAF', '2024-02-16', CORE,
         [('meeting', ('ZAF',), ('CUB',), '2024-02-14')]),
    case('AT', 'Foreign Minister Mangoush met her Tunisian counterpart in Tripoli on Tuesday, a '
         'statement from the ministry said.',
         'LBY', '2022-12-02', CORE,
         [('meeting', ('LBY',), ('TUN',), '2022-11-29')]),

    # RS: reported speech and quotes around the event
    case('RS', '"We agreed to deepen our cooperation in energy," Foreign Minister Baerbock said '
         'after meeting her Norwegian counterpart in Oslo on Monday.',
         'DEU', '2024-02-08', CORE,
         [('meeting', ('DEU',), ('NOR',), '2024-02-05')]),
    case('RS', 'Minister Joly met the Foreign Minister of Mexico in Ottawa on Thursday. "Mexico '
         'is a key partner," Joly told reporters after the talks.',
         'CAN', '2023-11-23', CORE,
         [('meeting', ('CAN',), ('MEX',), '2023-11-23')]),
    case('RS', 'Speaking to reporters after the call, Minister Jaishankar said he had a '
         '"productive conversation" with the Foreign Minister of Saudi Arabia on Wednesday.',
         'IND', '2023-09-27', CORE,
         [('call', ('IND',), ('SAU',), '2023-09-27')]),
    case('RS', '"Relations between our countries are at an all-time high," the Minister said '
         'after talks with his Uzbek counterpart in Dushanbe on Tuesday.',
         'TJK', '2021-11-09', CORE,
         [('meeting', ('TJK',), ('UZB',), '2021-11-09')]),
    case('RS', 'Foreign Minister Wong said the two sides had discussed climate when she met the '
         'Foreign Minister of Tonga in Nuku\'alofa on Friday.',
         'AUS', '2022-09-16', CORE,
         [('meeting', ('AUS',), ('TON',), '2022-09-16')]),
    case('RS', 'The ministers "reaffirmed their commitment to a strategic partnership," the '
         'ministry said after the talks between Foreign Minister Sikorski and Lithuanian '
         'Foreign Minister Landsbergis in Vilnius on Monday.',
         'POL', '2024-04-25', CORE,
         [('meeting', ('POL',), ('LTU',), '2024-04-22')]),
    case('RS', '"This agreement opens a new chapter," said Minister Kombos after he and the '
         'Foreign Minister of Malta signed a cooperation agreement in Nicosia on Thursday.',
         'CYP', '2021-04-22', CORE,
         [('agreement', ('CYP',), ('MLT',), '2021-04-22')]),
    case('RS', 'Foreign Minister Lapid told his Emirati counterpart in a phone call on Sunday '
         'that Israel valued the partnership, the ministry said.',
         'ISR', '2021-06-03', CORE,
         [('call', ('ISR',), ('ARE',), '2021-05-30')]),

    # SN: the minister named by surname after the first mention
    case('SN', 'Foreign Minister Ahmed Attaf received the Ambassador of Italy on Sunday. Attaf '
         'later spoke by phone with the Foreign Minister of Mauritania.',
         'DZA', '2023-05-30', CORE,
         [('meeting', ('DZA',), ('ITA',), '2023-05-28'),
          ('call', ('DZA',), ('MRT',), '2023-05')]),
    case('SN', 'ROME, Oct 15 (Agency) - Italian Foreign Minister Antonio Tajani met Tunisian '
         'Foreign Minister Nabil Ammar in Rome on Monday. Tajani and Ammar discussed '
         'migration.',
         'ITA', '2024-10-15', CORE,
         [('meeting', ('ITA',), ('TUN',), '2024-10-14')]),
    case('SN', 'Dutch Foreign Minister Hanke Bruins Slot travelled to Kyiv on Monday. Bruins '
         'Slot met Ukrainian Foreign Minister Dmytro Kuleba during the visit.',
         'NLD', '2024-04-25', CORE,
         [('visit', ('NLD',), ('UKR',), '2024-04-22'), ('meeting', ('NLD',), ('UKR',), '2024-04')]),
    case('SN', 'Foreign Minister Alexander Schallenberg held talks with his Slovak counterpart '
         'on Tuesday. On Wednesday, Schallenberg met the Foreign Minister of Slovenia.',
         'AUT', '2023-09-27', CORE,
         [('meeting', ('AUT',), ('SVK',), '2023-09-26'),
          ('meeting', ('AUT',), ('SVN',), '2023-09-27')]),
    case('SN', 'Secretary Manalo met the Japanese Foreign Minister in Tokyo on Wednesday. Manalo '
         'also spoke by phone with the Foreign Minister of Korea on the same day.',
         'PHL', '2024-02-08', CORE,
         [('meeting', ('PHL',), ('JPN',), '2024-02-07'), ('call', ('PHL',), ('KOR',), '2024-02')]),
    case('SN', 'Minister Naledi Pandor received the Foreign Minister of Namibia in Pretoria on '
         'Monday. Pandor and her guest signed a memorandum on consular matters.',
         'ZAF', '2022-07-14', CORE,
         [('meeting', ('ZAF',), ('NAM',), '2022-07-11'),
          ('agreement', ('ZAF',), ('NAM',), '2022-07')]),

    # OV: a guest on a visit, told as a relative clause, an apposition or "the visiting"
    case('OV', 'ISLAMABAD, Jan 5 (APP): Foreign Minister Bilawal Bhutto Zardari, who is on a '
         'visit to Moscow, met Russian Foreign Minister Sergey Lavrov on Wednesday.',
         'PAK', '2023-01-05', CORE,
         [('visit', ('PAK',), ('RUS',), '2023-01'), ('meeting', ('PAK',), ('RUS',), '2023-01-04')]),
    case('OV', 'Foreign Minister Penny Wong, currently in Fiji on a three-day visit, met Prime '
         'Minister Rabuka in Suva on Tuesday.',
         'AUS', '2023-05-30', CORE,
         [('visit', ('AUS',), ('FJI',), '2023-05'), ('meeting', ('AUS',), ('FJI',), '2023-05-30')]),
    case('OV', 'Suva, 12 March (Fijivillage) - The visiting Foreign Minister of Vanuatu met the '
         'Prime Minister on Friday.',
         'FJI', '2022-03-12', CORE,
         [('visit', ('VUT',), ('FJI',), '2022-03'), ('meeting', ('FJI',), ('VUT',), '2022-03-11')]),
    case('OV', 'The Foreign Minister of Georgia, who is on an official visit to Azerbaijan, held '
         'talks with his Azerbaijani counterpart in Baku on Thursday.',
         'AZE', '2024-04-25', CORE,
         [('visit', ('GEO',), ('AZE',), '2024-04'), ('meeting', ('AZE',), ('GEO',), '2024-04-25')]),
    case('OV', 'External Affairs Minister S. Jaishankar, currently in Egypt on a three-day '
         'visit, called on President Sisi on Monday.',
         'IND', '2022-09-16', CORE,
         [('visit', ('IND',), ('EGY',), '2022-09'), ('meeting', ('IND',), ('EGY',), '2022-09-12')]),
    case('OV', 'Minister Amadou received the Foreign Minister of Guinea, who is on a two-day '
         'visit to Niamey, on Wednesday. The visiting minister\'s delegation included the '
         'deputy minister of trade.',
         'NER', '2022-05-19', CORE,
         [('visit', ('GIN',), ('NER',), '2022-05'), ('meeting', ('NER',), ('GIN',), '2022-05-18')]),
    case('OV', 'Chinese Foreign Minister Wang Yi, who is on a visit to Pakistan, held a phone '
         'conversation with the Foreign Minister of Afghanistan on Saturday.',
         'CHN', '2022-03-12', CORE,
         [('visit', ('CHN',), ('PAK',), '2022-03'), ('call', ('CHN',), ('AFG',), '2022-03-12')]),
    case('OV', 'The Foreign Minister of Bhutan arrived in Dhaka on Sunday on a three-day official '
         'visit to Bangladesh. The visiting minister held talks with Foreign Minister Momen on '
         'Monday.',
         'BGD', '2021-11-09', CORE,
         [('visit', ('BTN',), ('BGD',), '2021-11-07'),
          ('meeting', ('BGD',), ('BTN',), '2021-11-08')]),
    case('OV', 'Foreign Minister Grlic Radman, who is on a working visit to Sarajevo, met the '
         'Chairman of the Presidency of Bosnia and Herzegovina on Tuesday.',
         'HRV', '2024-10-15', CORE,
         [('visit', ('HRV',), ('BIH',), '2024-10'), ('meeting', ('HRV',), ('BIH',), '2024-10-15')]),

    # TS: "the two sides" after the event's first telling
    case('TS', 'Foreign Minister Kamikawa held talks with the Foreign Minister of Kenya in Tokyo '
         'on Thursday. The two sides signed a memorandum on maritime security.',
         'JPN', '2024-02-08', CORE,
         [('meeting', ('JPN',), ('KEN',), '2024-02-08'),
          ('agreement', ('JPN',), ('KEN',), '2024-02')]),
    case('TS', 'Uzbekistan and Kyrgyzstan held political consultations in Tashkent on Monday. '
         'The two sides reviewed the bilateral agenda.',
         'UZB', '2023-09-27', CORE,
         [('consultation', ('UZB',), ('KGZ',), '2023-09-25')]),
    case('TS', 'The two sides discussed cooperation in agriculture, the ministry said after '
         'Foreign Minister Battsetseg met the Ambassador of Kazakhstan on Wednesday.',
         'MNG', '2023-11-23', CORE,
         [('meeting', ('MNG',), ('KAZ',), '2023-11-22')]),
    case('TS', 'During the telephone conversation on Friday, the two sides exchanged views on '
         'the situation in the region, the Foreign Ministry said. Foreign Minister Mirzoyan '
         'spoke with his French counterpart.',
         'ARM', '2022-12-02', CORE,
         [('call', ('ARM',), ('FRA',), '2022-12-02')]),
    case('TS', 'Foreign Minister Kandia Camara received the Foreign Minister of Burkina Faso in '
         'Abidjan on Tuesday. At the meeting, the two sides signed an agreement on the mutual '
         'protection of investments.',
         'CIV', '2021-04-22', CORE,
         [('meeting', ('CIV',), ('BFA',), '2021-04-20'),
          ('agreement', ('CIV',), ('BFA',), '2021-04')]),

    # HB: the event in a headline and again in the body
    case('HB', 'FM Qureshi meets Chinese counterpart in Hainan\n\nISLAMABAD, April 3 (APP): '
         'Foreign Minister Shah Mahmood Qureshi on Friday met Chinese State Councilor and '
         'Foreign Minister Wang Yi in Hainan, the Foreign Office said.',
         'PAK', '2021-04-03', CORE,
         [('meeting', ('PAK',), ('CHN',), '2021-04-02')]),
    case('HB', 'Malaysia, Thailand sign MoU on border security\n\nPUTRAJAYA, Oct 15 (Bernama) '
         '-- Malaysia and Thailand today signed a memorandum of understanding on border '
         'security, Wisma Putra said in a statement.',
         'MYS', '2024-10-15', CORE,
         [('agreement', ('MYS',), ('THA',), '2024-10-15')]),
    case('HB', 'Foreign Minister holds phone talks with Turkish counterpart\n\nBAGHDAD, June 18 '
         '(INA) - Foreign Minister Fuad Hussein held a telephone conversation on Monday with '
         'Turkish Foreign Minister Hakan Fidan.',
         'IRQ', '2024-06-18', CORE,
         [('call', ('IRQ',), ('TUR',), '2024-06-17')]),
    case('HB', 'Uganda, Kenya hold joint commission\n\nKampala, Feb 8 - Uganda and Kenya held '
         'the fifth session of the Joint Permanent Commission in Kampala on Wednesday, the '
         'ministry said.',
         'UGA', '2024-02-08', CORE,
         [('commission', ('UGA',), ('KEN',), '2024-02-07')]),
    case('HB', 'Chinese FM holds talks with Mexican counterpart\n\nBEIJING, Jan 29 (Xinhua) -- '
         'Chinese Foreign Minister Wang Yi held talks with Mexican Foreign Minister Alicia '
         'Barcena in Beijing on Tuesday.',
         'CHN', '2025-01-29', CORE,
         [('meeting', ('CHN',), ('MEX',), '2025-01-28')]),
    case('HB', 'Deputy Minister visits Laos\n\nBANGKOK, Aug 10 (NNT) - Deputy Foreign Minister '
         'Jakkapong Sangmanee paid an official visit to Vientiane, Laos on Tuesday and '
         'Wednesday.',
         'THA', '2023-08-10', CORE,
         [('visit', ('THA',), ('LAO',), '2023-08-08')]),

    # PD: a publication date line whose day is not the event's
    case('PD', 'Published: 16 September 2022\n\nThe Foreign Minister received the Ambassador of '
         'Austria on Tuesday, the ministry said.',
         'HUN', '2022-09-16', CORE,
         [('meeting', ('HUN',), ('AUT',), '2022-09-13')]),
    case('PD', 'Posted on 25 April 2024 by the Press Office\n\nThe State Secretary met the '
         'Deputy Foreign Minister of Latvia in Stockholm on 23 April.',
         'SWE', '2024-04-25', CORE,
         [('meeting', ('SWE',), ('LVA',), '2024-04-23')]),
    case('PD', 'Updated 29 January 2025, 10:42\n\nTUNIS, Jan 28 (TAP) - Foreign Minister '
         'Mohamed Ali Nafti received on Tuesday the Ambassador of Algeria.',
         'TUN', '2025-01-29', CORE,
         [('meeting', ('TUN',), ('DZA',), '2025-01-28')]),
    case('PD', '06.03.2025 | Foreign Minister Hasani met the Ambassador of Montenegro on '
         'Wednesday, the ministry announced.',
         'ALB', '2025-03-06', CORE,
         [('meeting', ('ALB',), ('MNE',), '2025-03-05')]),
    case('PD', 'WINDHOEK, Nov 23 (NAMPA) - The Minister of International Relations met the High '
         'Commissioner of Botswana last Friday.',
         'NAM', '2023-11-23', CORE,
         [('meeting', ('NAM',), ('BWA',), '2023-11-17')]),
    case('PD', 'Date: 2 December 2022\n\nThe Minister held a video call on 30 November with the '
         'Foreign Minister of Estonia, a ministry statement said.',
         'FIN', '2022-12-02', CORE,
         [('call', ('FIN',), ('EST',), '2022-11-30')]),

    # BG: background paragraphs between the events
    case('BG', 'ISLAMABAD, Feb 8 (APP): Foreign Minister Jilani met the Ambassador of Turkey on '
         'Wednesday. Pakistan and Turkey established diplomatic relations in 1947 and enjoy '
         'brotherly ties. Later in the day, the Foreign Minister spoke by phone with the '
         'Foreign Minister of Azerbaijan.',
         'PAK', '2024-02-08', CORE,
         [('meeting', ('PAK',), ('TUR',), '2024-02-07'), ('call', ('PAK',), ('AZE',), '2024-02')]),
    case('BG', 'Foreign Minister Bogdan Aurescu received his Bulgarian counterpart in Bucharest '
         'on Tuesday. Bilateral trade reached 5 billion euros last year. The two ministers '
         'signed a joint statement on the Danube.',
         'ROU', '2021-11-09', CORE,
         [('meeting', ('ROU',), ('BGR',), '2021-11-09'),
          ('agreement', ('ROU',), ('BGR',), '2021-11')]),
    case('BG', 'Suva, 12 March (Fijivillage) - Foreign Minister Frank Bainimarama met the '
         'Australian High Commissioner on Friday.\n\nAustralia has been Fiji\'s largest '
         'development partner for decades.',
         'FJI', '2022-03-12', CORE,
         [('meeting', ('FJI',), ('AUS',), '2022-03-11')]),
    case('BG', 'The Foreign Minister of Indonesia arrived in Canberra on Monday on a two-day '
         'visit. Her last visit to Australia was in March 2019. On Tuesday she held talks with '
         'Foreign Minister Wong.',
         'AUS', '2024-06-18', CORE,
         [('visit', ('IDN',), ('AUS',), '2024-06-17'), ('visit', ('IDN',), ('AUS',), '2019-03'),
          ('meeting', ('AUS',), ('IDN',), '2024-06-18')]),
    case('BG', 'Sri Lanka and the Maldives held the second round of foreign office '
         'consultations in Male on Thursday. The first round was held in Colombo in 2019.',
         'LKA', '2022-05-19', CORE,
         [('consultation', ('LKA',), ('MDV',), '2022-05-19'),
          ('consultation', ('LKA',), ('MDV',), '2019')],
         limit='an earlier round named by its ordinal alone ("The first round was held in '
               'Colombo in 2019") is no consultation of its own: the noun is left out'),
    case('BG', 'The Foreign Minister held talks with the Foreign Minister of Cyprus in Athens on '
         'Monday.\n\nGreece and Cyprus share deep historical bonds, and the two countries '
         'coordinate closely within the European Union.\n\nThe ministers also signed a '
         'memorandum on cultural heritage.',
         'GRC', '2023-05-30', CORE,
         [('meeting', ('GRC',), ('CYP',), '2023-05-29'),
          ('agreement', ('GRC',), ('CYP',), '2023-05')]),
    case('BG', 'ISLAMABAD, Jan 5 (APP): The visiting Foreign Minister of Uzbekistan called on '
         'Prime Minister Shehbaz Sharif on Wednesday. Earlier, he held delegation-level talks '
         'with Foreign Minister Bilawal at the Foreign Office. The Uzbek minister arrived in '
         'Islamabad on Tuesday on a two-day visit.',
         'PAK', '2023-01-05', CORE,
         [('visit', ('UZB',), ('PAK',), '2023-01-03'),
          ('meeting', ('PAK',), ('UZB',), '2023-01-04'),
          ('meeting', ('PAK',), ('UZB',), '2023-01')]),

    # FX: the constructions fixed in this audit, with more phrasings and near misses
    # a dateline whose city is followed by its country, in brackets or after a comma, or
    # a city-state's name with the agency's bracket and no year: the filing day
    case('FX', 'COLOMBO, Sri Lanka, July 14 (Xinhua) -- Foreign Minister Sabry on Monday met the '
         'Foreign Minister of the Maldives.',
         'LKA', '2022-07-14', CORE,
         [('meeting', ('LKA',), ('MDV',), '2022-07-11')]),
    case('FX', 'NAIROBI, Kenya, Nov 23 (KNA) - The Cabinet Secretary on Monday met the Foreign '
         'Minister of Djibouti.',
         'KEN', '2023-11-23', CORE,
         [('meeting', ('KEN',), ('DJI',), '2023-11-20')]),
    case('FX', 'Kuwait, Feb 8 (KUNA) -- The Kuwaiti Foreign Minister on Wednesday met the Omani '
         'Foreign Minister.',
         'KWT', '2024-02-08', CORE,
         [('meeting', ('KWT',), ('OMN',), '2024-02-07')]),
    case('FX', 'New Delhi [India], May 30 (ANI): The Minister met the Ambassador of Peru on 25 '
         'May.',
         'IND', '2023-05-30', CORE,
         [('meeting', ('IND',), ('PER',), '2023-05-25')]),
    case('FX', 'NAIROBI, Kenya, Nov 23 (KNA) - The Cabinet Secretary met the Foreign Minister of '
         'Djibouti.',
         'KEN', '2023-11-23', CORE,
         [('meeting', ('KEN',), ('DJI',), '2023-11-23')]),
    case('FX', 'Kuwait, Feb 8 (KUNA) -- The Foreign Minister received the Ambassador of Iraq.',
         'KWT', '2024-02-08', CORE,
         [('meeting', ('KWT',), ('IRQ',), '2024-02-08')]),
    # a meeting on the sidelines of a session whose day follows it, under a dateline: the
    # session's day, not the filing day (the filing day when none is told)
    case('FX', 'DHAKA, Sept 16 (BSS) - Foreign Minister Momen met his Indian counterpart on the '
         'sidelines of the Assembly\'s annual session in New York on Wednesday.',
         'BGD', '2022-09-16', CORE,
         [('meeting', ('BGD',), ('IND',), '2022-09-14')]),
    case('FX', 'ROME, Oct 15 (Agency) - The Minister held talks with the Foreign Minister of '
         'Malta on the margins of the Council in Luxembourg on Monday.',
         'ITA', '2024-10-15', CORE,
         [('meeting', ('ITA',), ('MLT',), '2024-10-14')]),
    case('FX', 'DHAKA, Sept 16 (BSS) - Foreign Minister Momen met his Indian counterpart on the '
         'sidelines of the UN General Assembly.',
         'BGD', '2022-09-16', CORE,
         [('meeting', ('BGD',), ('IND',), '2022-09-16')]),
    case('FX', 'DHAKA, Sept 16 (BSS) - Foreign Minister Momen today met his Indian counterpart on '
         'the sidelines of the summit that opened on Monday.',
         'BGD', '2022-09-16', CORE,
         [('meeting', ('BGD',), ('IND',), '2022-09-16')]),
    case('FX', 'ROME, Oct 15 (Agency) - The Minister met the Ambassador of Chile today and will '
         'travel to Madrid on Friday.',
         'ITA', '2024-10-15', CORE,
         [('meeting', ('ITA',), ('CHL',), '2024-10-15')]),
    case('FX', 'ROME, Oct 15 (Agency) - The Minister met the Ambassador of Chile, ahead of the '
         'summit in Madrid on Friday.',
         'ITA', '2024-10-15', CORE,
         [('meeting', ('ITA',), ('CHL',), '2024-10-15')]),
    # a stay set off as an apposition, the visit named after the place
    case('FX', 'Foreign Minister Penny Wong, in Fiji on a three-day visit, met Prime Minister '
         'Rabuka on Tuesday.',
         'AUS', '2023-05-30', CORE,
         [('visit', ('AUS',), ('FJI',), '2023-05'), ('meeting', ('AUS',), ('FJI',), '2023-05-30')]),
    case('FX', 'The Minister received the Foreign Minister of Fiji, now in Canberra for a working '
         'visit, on Tuesday.',
         'AUS', '2023-05-30', CORE,
         [('meeting', ('AUS',), ('FJI',), '2023-05-30'), ('visit', ('FJI',), ('AUS',), '2023-05')]),
    case('FX', 'Foreign Minister Penny Wong, currently in Fiji, met Prime Minister Rabuka on '
         'Tuesday.',
         'AUS', '2023-05-30', CORE,
         [('meeting', ('AUS',), ('FJI',), '2023-05-30')]),
    case('FX', 'The Minister met the Foreign Minister of Fiji in Canberra, in May on a rainy '
         'day.',
         'AUS', '2023-05-30', CORE,
         [('meeting', ('AUS',), ('FJI',), '2023-05')]),
    # a short phrase in quote marks inside the sentence, read as if unquoted
    case('FX', 'MUSCAT, June 18 (ONA) - The Foreign Minister held "fruitful discussions" with '
         'his Indian counterpart on Monday.',
         'OMN', '2024-06-18', CORE,
         [('meeting', ('OMN',), ('IND',), '2024-06-17')]),
    case('FX', 'The Minister had a \u201cfrank exchange\u201d with the Foreign Minister of Chad on '
         'Monday, the ministry said.',
         'NER', '2024-06-18', CORE,
         [('meeting', ('NER',), ('TCD',), '2024-06-17')]),
    case('FX', 'Minister Sabry had a "very productive" conversation with the Foreign Minister '
         'of Japan on Sunday.',
         'LKA', '2024-06-18', CORE,
         [('call', ('LKA',), ('JPN',), '2024-06-16')]),
    case('FX', 'The Minister described the "strategic partnership" with Japan as vital, the '
         'ministry said.',
         'LKA', '2024-06-18', CORE,
         []),
]


@pytest.mark.parametrize(('text', 'issuer', 'date', 'types', 'expected'), _CASES)
def test_agency_retellings(text: str, issuer: str, date: str, types: set[str],
                           expected: list[tuple[Any, ...]]) -> None:
    check(text, issuer, date, types, expected)
