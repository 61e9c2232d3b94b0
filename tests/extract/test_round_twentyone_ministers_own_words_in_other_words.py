"""A minister's own words (the generality audit audit21e): first-person posts, blog
entries and speeches that tell events, and social-media posts reproduced on ministry
pages ("Today I met my good friend FM A", "Great to welcome FM B to C", "Had a productive
call with", "I was honoured to be received by President D", "We signed", "Just landed in",
"Wrapping up my visit to", "My 3rd visit to E this year", handles and hashtags); an
op-ed's past trips; the minister quoted inside a third-person readout ("'I am glad to be
in Accra,' the Minister said"). What the post tells is recorded with its sides and the
post's day; thanks, congratulations, wishes, sympathy, opinions and plans are no event.
Each case: the form, the text, the issuer, the document's date, the types compared and
the records expected (type, from, to, date prefix). A known limit is a strict xfail with
its reason. The sentences were written for this table."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.audit_support import CORE, case, check

_CASES = [
    # TW: the minister's own post on whom they met ('Today I met my good friend FM A of B')
    case('TW', 'New Delhi, 5 March 2024\n\nToday I met my good friend FM Ali Sabry of Sri Lanka. '
         'We discussed connectivity and energy.',
         'IND', '2024-03-05', CORE,
         [('meeting', ('IND',), ('LKA',), '2024-03-05')]),
    case('TW', 'Pleased to meet Foreign Minister Vivian Balakrishnan of Singapore this morning '
         'in Jakarta. #ASEAN',
         'IDN', '2023-07-12', ['meeting'],
         [('meeting', ('IDN',), ('SGP',), '2023-07-12')]),
    case('TW', 'Met with my Kenyan counterpart Musalia Mudavadi today on the sidelines of '
         'UNGA78. Good conversation on climate finance and regional security.',
         'GBR', '2023-09-20', ['meeting'],
         [('meeting', ('GBR',), ('KEN',), '2023-09-20')]),
    case('TW', 'Good to see my German colleague Annalena Baerbock again today. We spoke about '
         'Ukraine and the Middle East.',
         'POL', '2024-02-12', ['meeting'],
         [('meeting', ('POL',), ('DEU',), '2024-02-12')]),
    case('TW', 'I held talks today with Foreign Minister Hakan Fidan of Türkiye. Dialogue is the '
         'way forward.',
         'GRC', '2023-12-07', ['meeting'],
         [('meeting', ('GRC',), ('TUR',), '2023-12-07')]),
    case('TW', 'This afternoon I sat down with the Foreign Minister of Chile to discuss lithium '
         'and trade.',
         'ARG', '2024-04-18', ['meeting'],
         [('meeting', ('ARG',), ('CHL',), '2024-04-18')]),
    case('TW', "Great meeting with Japan's Foreign Minister Yoko Kamikawa in Manila. We agreed "
         'to deepen maritime cooperation.',
         'PHL', '2023-11-04', ['meeting'],
         [('meeting', ('PHL',), ('JPN',), '2023-11-04')]),
    case('TW', 'Excellent discussion with EU High Representative Josep Borrell in Brussels '
         'today. #EU #Diplomacy',
         'MDA', '2024-01-22', ['meeting'],
         [('meeting', ('MDA',), (), '2024-01-22')]),
    case('TW', 'Valletta, 14 June 2023\n\nThis morning I received the Ambassador of Tunisia, '
         'H.E. Mr Ali Ben Salah, for a courtesy call.',
         'MLT', '2023-06-14', ['meeting'],
         [('meeting', ('MLT',), ('TUN',), '2023-06-14')]),
    case('TW', 'Productive exchange with my counterparts from Latvia and Lithuania in Tallinn '
         'today. Baltic unity is our strength.',
         'EST', '2024-05-03', ['meeting'],
         [('meeting', ('EST',), ('LVA',), '2024-05-03'),
          ('meeting', ('EST',), ('LTU',), '2024-05-03')]),
    # GR: a guest welcomed or hosted ('Great to welcome Australian FM A to New Delhi')
    case('GR', 'Great to welcome Australian FM Penny Wong to New Delhi. Productive talks on the '
         'Indo-Pacific.',
         'IND', '2023-03-02', ['visit'],
         [('visit', ('AUS',), ('IND',), '2023-03-02')]),
    case('GR', 'Great to welcome Australian FM Penny Wong to New Delhi. Productive talks on the '
         'Indo-Pacific.',
         'IND', '2023-03-02', ['meeting'],
         [('meeting', ('IND',), ('AUS',), '2023-03-02')]),
    case('GR', 'A pleasure to welcome the Foreign Minister of Ghana to Abuja today. Nigeria and '
         'Ghana are brothers.',
         'NGA', '2024-06-10', ['visit'],
         [('visit', ('GHA',), ('NGA',), '2024-06-10')]),
    case('GR', 'Honoured to host the President of Finland in Tallinn today.',
         'EST', '2023-04-26', ['meeting'],
         [('meeting', ('EST',), ('FIN',), '2023-04-26')]),
    case('GR', 'Warm welcome to my Omani counterpart Sayyid Badr Albusaidi, on his first visit '
         'to Amman as Foreign Minister.',
         'JOR', '2022-10-03', ['visit'],
         [('visit', ('OMN',), ('JOR',), '2022-10-03')]),
    case('GR', 'Welcome to Bratislava, dear Minister Szijjártó! Good talks on energy security '
         'with my Hungarian counterpart.',
         'SVK', '2023-05-17', ['meeting'],
         [('meeting', ('SVK',), ('HUN',), '2023-05-17')]),
    case('GR', 'It was my pleasure to receive Foreign Minister Bogdan Aurescu of Romania at the '
         'Ministry today.',
         'BGR', '2022-11-08', ['meeting'],
         [('meeting', ('BGR',), ('ROU',), '2022-11-08')]),
    # CL: calls told in the first person ('Had a productive call with', 'Spoke with')
    case('CL', 'Had a productive call with Foreign Minister Mauro Vieira of Brazil today on '
         'Amazon cooperation.',
         'COL', '2023-06-21', ['call'],
         [('call', ('COL',), ('BRA',), '2023-06-21')]),
    case('CL', 'Good phone call this evening with my Egyptian counterpart Sameh Shoukry on Gaza.',
         'JOR', '2023-10-15', ['call'],
         [('call', ('JOR',), ('EGY',), '2023-10-15')]),
    case('CL', 'Spoke with Canadian FM Mélanie Joly today. We agreed to keep working together on '
         'Haiti.',
         'DOM', '2024-03-12', ['call'],
         [('call', ('DOM',), ('CAN',), '2024-03-12')]),
    case('CL', 'Just spoke by phone with the Foreign Minister of Qatar about the hostage '
         'negotiations.',
         'ISR', '2023-11-20', ['call'],
         [('call', ('ISR',), ('QAT',), '2023-11-20')]),
    case('CL', 'I had a video call today with Foreign Minister Wang Yi of China.',
         'KHM', '2022-04-19', ['call'],
         [('call', ('KHM',), ('CHN',), '2022-04-19')]),
    case('CL', 'Thank you, Secretary Blinken, for the call today. The United States and Panama '
         'stand together.',
         'PAN', '2024-02-05', ['call'],
         [('call', ('PAN',), ('USA',), '2024-02-05')]),
    case('CL', 'Received a call from my Ukrainian counterpart @DmytroKuleba this morning. '
         'Lithuania stands with Ukraine.',
         'LTU', '2023-02-24', ['call'],
         [('call', ('UKR',), ('LTU',), '2023-02-24')]),
    # RC: the writer received by a host ('I was honoured to be received by President A')
    case('RC', 'I was honoured to be received by President Nana Akufo-Addo of Ghana in Accra '
         'today.',
         'CIV', '2023-09-14', ['meeting'],
         [('meeting', ('CIV',), ('GHA',), '2023-09-14')]),
    case('RC', 'Honoured to be received by His Majesty King Abdullah II of Jordan this afternoon.',
         'GRC', '2022-12-01', ['meeting'],
         [('meeting', ('GRC',), ('JOR',), '2022-12-01')]),
    case('RC', 'Privileged to be received by the Prime Minister of India, Narendra Modi, during '
         'my visit to New Delhi.',
         'NPL', '2024-02-15', CORE,
         [('meeting', ('NPL',), ('IND',), '2024-02-15'),
          ('visit', ('NPL',), ('IND',), '2024-02-15')]),
    case('RC', 'Kigali, 8 May 2024\n\nIt was an honour to be received by President Paul Kagame '
         'of Rwanda.',
         'BEL', '2024-05-08', ['meeting'],
         [('meeting', ('BEL',), ('RWA',), '2024-05-08')]),
    case('RC', 'Grateful to be received by the Emir of Kuwait today in Kuwait City.',
         'PAK', '2023-03-06', ['meeting'],
         [('meeting', ('PAK',), ('KWT',), '2023-03-06')]),
    # SG: signings told in the first person ('We signed', 'Happy to sign today with')
    case('SG', 'Today we signed a memorandum of understanding on green hydrogen with Namibia.',
         'DEU', '2023-12-04', ['agreement'],
         [('agreement', ('DEU',), ('NAM',), '2023-12-04')]),
    case('SG', 'We signed an agreement on visa exemption with my Serbian counterpart in Belgrade '
         'this morning.',
         'MNE', '2024-01-30', ['agreement'],
         [('agreement', ('MNE',), ('SRB',), '2024-01-30')]),
    case('SG', 'Together with Foreign Minister Retno Marsudi of Indonesia I signed a plan of '
         'action for 2024-2028.',
         'VNM', '2023-12-21', ['agreement'],
         [('agreement', ('VNM',), ('IDN',), '2023-12-21')]),
    case('SG', 'Happy to sign today with my Moroccan colleague a declaration on migration '
         'cooperation.',
         'ESP', '2023-02-02', ['agreement'],
         [('agreement', ('ESP',), ('MAR',), '2023-02-02')]),
    case('SG', 'Proud to have signed the Memorandum on Strategic Partnership between Georgia and '
         'Azerbaijan today.',
         'GEO', '2024-10-28', ['agreement'],
         [('agreement', ('GEO',), ('AZE',), '2024-10-28')]),
    # LD: arrivals, stays and departures ('Just landed in', 'Wrapping up my visit to', 'Off to')
    case('LD', 'Just landed in Nairobi for my first official visit to Kenya.',
         'SWE', '2024-03-19', ['visit'],
         [('visit', ('SWE',), ('KEN',), '2024-03-19')]),
    case('LD', 'Just arrived in Hanoi. Looking forward to productive talks with my Vietnamese '
         'counterpart.',
         'KOR', '2023-09-04', ['visit'],
         [('visit', ('KOR',), ('VNM',), '2023-09-04')]),
    case('LD', 'Wrapping up my visit to Mongolia. Thank you for the warm hospitality!',
         'JPN', '2024-07-31', ['visit'],
         [('visit', ('JPN',), ('MNG',), '2024-07-31')]),
    case('LD', 'Concluded a productive two-day visit to Uzbekistan today.',
         'KAZ', '2023-05-12', ['visit'],
         [('visit', ('KAZ',), ('UZB',), '2023-05-11')]),
    case('LD', 'Back in Dublin after a busy visit to Washington.',
         'IRL', '2023-03-18', ['visit'],
         [('visit', ('IRL',), ('USA',), '2023-03')]),
    case('LD', 'Arrived in Addis Ababa for the AU-EU ministerial meeting. #AUEU',
         'ITA', '2023-11-28', ['visit'],
         [('visit', ('ITA',), ('ETH',), '2023-11-28')]),
    case('LD', 'Touched down in Canberra this morning.',
         'NZL', '2024-02-07', ['visit'],
         [('visit', ('NZL',), ('AUS',), '2024-02-07')]),
    case('LD', 'Off to Brasília for talks with my Brazilian counterpart.',
         'PRT', '2023-04-20', ['visit'],
         [('visit', ('PRT',), ('BRA',), '2023-04-20')]),
    case('LD', 'Day two of my visit to Egypt: meetings in Cairo with the Prime Minister and the '
         'Grand Imam of Al-Azhar.',
         'MYS', '2024-05-14', ['visit'],
         [('visit', ('MYS',), ('EGY',), '2024-05')]),
    # NT: a trip counted ('My 3rd visit to Kyiv this year'): the trip is the post's day
    case('NT', 'My 3rd visit to Kyiv this year. Finland stands with Ukraine.',
         'FIN', '2023-08-21', ['visit'],
         [('visit', ('FIN',), ('UKR',), '2023-08-21')]),
    case('NT', 'Back in Chisinau for the second time this year.',
         'ROU', '2024-06-03', ['visit'],
         [('visit', ('ROU',), ('MDA',), '2024-06-03')]),
    case('NT', 'My first visit to Fiji as Foreign Minister. Bula!',
         'NZL', '2023-02-09', ['visit'],
         [('visit', ('NZL',), ('FJI',), '2023-02-09')]),
    # TH: thanks, congratulations: no event of their own
    case('TH', 'Thank you, Minister Bakayoko, for the warm hospitality in Abidjan.',
         'SEN', '2024-03-02', CORE,
         []),
    case('TH', 'Thank you, President Ruto, for your kind words on our independence day.',
         'TZA', '2023-12-09', CORE,
         []),
    case('TH', 'Many thanks to my friend Minister Sikorski for the warm welcome in Warsaw today.',
         'LTU', '2024-01-25', ['meeting'],
         []),
    case('TH', 'Congratulations to my friend Mr Stéphane Séjourné on his appointment as Foreign '
         'Minister of France. I look forward to working together.',
         'BEL', '2024-01-12', CORE,
         []),
    # NE: wishes, sympathy, opinions, plans: no event
    case('NE', 'Deeply saddened by the loss of life in the earthquake in Morocco. Portugal '
         'stands ready to help.',
         'PRT', '2023-09-09', CORE,
         []),
    case('NE', 'Best wishes to the people of India on Diwali.',
         'GBR', '2023-11-12', CORE,
         []),
    case('NE', 'I look forward to meeting my Chinese counterpart in Beijing next month.',
         'AUS', '2023-06-12', CORE,
         []),
    case('NE', 'Dialogue between Serbia and Kosovo must continue. #Diplomacy',
         'AUT', '2023-09-15', CORE,
         []),
    case('NE', 'Strong condemnation of the missile attack on Odesa.',
         'CZE', '2023-07-20', CORE,
         []),
    case('NE', 'Honoured to have been appointed Foreign Minister of Ireland today.',
         'IRL', '2024-11-29', CORE,
         []),
    case('NE', 'Our relations with Japan have never been stronger.',
         'PHL', '2024-01-16', CORE,
         []),
    # OP: an op-ed's past trips and talks (dated by what it says), its opinions (none)
    case('OP', 'Op-ed by the Minister\n\nWhen I travelled to Nairobi in March, I saw first-hand '
         'what climate change does to farmers.',
         'NOR', '2023-06-01', ['visit'],
         [('visit', ('NOR',), ('KEN',), '2023-03')]),
    case('OP', 'Op-ed by the Foreign Minister\n\nLast year I visited Ghana, Senegal and Côte '
         'd’Ivoire. Everywhere I heard the same message: trade, not aid.',
         'NLD', '2024-02-01', ['visit'],
         [('visit', ('NLD',), ('GHA',), '2023'),
          ('visit', ('NLD',), ('SEN',), '2023'),
          ('visit', ('NLD',), ('CIV',), '2023')]),
    case('OP', 'Article by the Minister\n\nIn my talks with the Foreign Minister of Vietnam in '
         'Hanoi last month, we agreed that the sea must stay open.',
         'PHL', '2024-05-10', ['meeting'],
         [('meeting', ('PHL',), ('VNM',), '2024-04')]),
    case('OP', 'Article by the Minister\n\nI believe that Europe must speak with one voice on '
         'China.',
         'DNK', '2024-05-10', CORE,
         []),
    case('OP', 'Op-ed by the Minister\n\nSince taking office I have visited every country in the '
         'Western Balkans.',
         'AUT', '2023-04-02', CORE,
         []),
    # QT: the minister's words quoted inside a third-person readout
    case('QT', 'Accra, 12 April 2024\n\n"I am glad to be in Accra," the Minister said on '
         'arriving for a two-day visit to Ghana.',
         'TGO', '2024-04-12', ['visit'],
         [('visit', ('TGO',), ('GHA',), '2024-04-12')]),
    case('QT', 'Rome, 3 October 2023\n\nThe Minister met the Foreign Minister of Albania. '
         '"Albania is a key partner for Italy," the Minister said after the meeting.',
         'ITA', '2023-10-03', CORE,
         [('meeting', ('ITA',), ('ALB',), '2023-10-03')]),
    case('QT', 'Canberra, 9 August 2023\n\n"Today I met the Foreign Minister of Tonga, and we '
         'discussed climate resilience," the Minister said.',
         'AUS', '2023-08-09', ['meeting'],
         [('meeting', ('AUS',), ('TON',), '2023-08-09')]),
    case('QT', 'Lima, 18 July 2024\n\n"We signed an agreement on mining cooperation with Chile '
         'today," Minister González told reporters.',
         'PER', '2024-07-18', ['agreement'],
         [('agreement', ('PER',), ('CHL',), '2024-07-18')]),
    case('QT', 'Astana, 2 June 2023\n\n"This is my second visit to Kazakhstan this year," said '
         'the Foreign Minister of Turkmenistan at talks with the Minister.',
         'KAZ', '2023-06-02', ['visit'],
         [('visit', ('TKM',), ('KAZ',), '2023-06-02')],
         limit='a quote\'s "my" is read as the issuer\'s minister, not the guest named as '
               'its speaker after it'),
    case('QT', 'Bern, 7 March 2024\n\n"I spoke with the Foreign Minister of Iran yesterday," the '
         'Federal Councillor told the press.',
         'CHE', '2024-03-07', ['call'],
         [('call', ('CHE',), ('IRN',), '2024-03-06')]),
    case('QT', 'Oslo, 11 January 2023\n\n"We hope to welcome the Foreign Minister of Colombia to '
         'Oslo soon," the Minister said.',
         'NOR', '2023-01-11', CORE,
         []),
    # MX: posts telling several things, sessions, handles
    case('MX', 'Riyadh, 23 October 2023\n\nIn Riyadh today for talks with my Saudi counterpart, '
         'Prince Faisal bin Farhan.',
         'EGY', '2023-10-23', CORE,
         [('visit', ('EGY',), ('SAU',), '2023-10-23'),
          ('meeting', ('EGY',), ('SAU',), '2023-10-23')]),
    case('MX', 'Great to be back in Paris. Had a warm meeting with my French counterpart '
         'Catherine Colonna at the Quai d’Orsay.',
         'IRL', '2023-05-15', CORE,
         [('visit', ('IRL',), ('FRA',), '2023-05-15'),
          ('meeting', ('IRL',), ('FRA',), '2023-05-15')]),
    case('MX', 'In Tokyo today. Met Prime Minister Kishida and signed a memorandum on '
         'semiconductors with Foreign Minister Hayashi of Japan.',
         'NLD', '2023-06-27', CORE,
         [('visit', ('NLD',), ('JPN',), '2023-06-27'),
          ('meeting', ('NLD',), ('JPN',), '2023-06-27'),
          ('agreement', ('NLD',), ('JPN',), '2023-06-27')]),
    case('MX', 'Started my visit to Peru with a meeting with Foreign Minister Javier '
         'González-Olaechea in Lima.',
         'ECU', '2024-02-26', CORE,
         [('visit', ('ECU',), ('PER',), '2024-02-26'),
          ('meeting', ('ECU',), ('PER',), '2024-02-26')]),
    case('MX', 'Thank you, Lima, for the hospitality. Off to Bogotá next!',
         'CHL', '2024-02-28', CORE,
         []),
    case('MX', 'Held the 5th round of political consultations with Kazakhstan in Astana today, '
         'co-chaired with my friend Deputy FM Roman Vassilenko.',
         'AZE', '2023-09-13', ['consultation'],
         [('consultation', ('AZE',), ('KAZ',), '2023-09-13')]),
    case('MX', 'Co-chaired the 7th session of the Egypt-Sudan Joint Commission with my Sudanese '
         'counterpart in Cairo today.',
         'EGY', '2022-08-08', ['commission'],
         [('commission', ('EGY',), ('SDN',), '2022-08-08')]),
    case('MX', 'My colleague the Minister of Defence is in Vilnius today for talks with '
         'Lithuania.',
         'POL', '2024-03-11', ['visit'],
         [('visit', ('POL',), ('LTU',), '2024-03-11')]),
    case('MX', 'Welcomed the new Ambassador of Brazil, who presented a copy of his credentials '
         'today.',
         'CHL', '2023-08-23', ['meeting'],
         [('meeting', ('CHL',), ('BRA',), '2023-08-23')]),
    case('MX', 'On my way to Nairobi for talks with President Ruto.',
         'NOR', '2024-02-26', ['visit'],
         [('visit', ('NOR',), ('KEN',), '2024-02-26')]),
    case('MX', 'Good to catch up with @SecBlinken on the margins of the G20 in New Delhi.',
         'CAN', '2023-03-02', ['meeting'],
         [('meeting', ('CAN',), ('USA',), '2023-03-02')],
         limit='a counterpart named only by a social-media handle has no country'),
    case('MX', 'Vienna, 30 November 2023\n\nI met the Foreign Ministers of Moldova and Georgia '
         'at the OSCE Ministerial Council in Skopje today.',
         'AUT', '2023-11-30', ['meeting'],
         [('meeting', ('AUT',), ('MDA',), '2023-11-30'),
          ('meeting', ('AUT',), ('GEO',), '2023-11-30')]),
    # (fixes) a courtesy's 'to sign' tells the signing; an offer or a readiness does not
    case('fix-sign', 'Pleased to sign the Plan of Action 2024-2028 with Foreign Minister Marsudi '
         'of Indonesia.',
         'VNM', '2023-12-21', ['agreement'],
         [('agreement', ('VNM',), ('IDN',), '2023-12-21')]),
    case('fix-sign', 'I would be happy to sign a declaration on migration cooperation with '
         'Morocco.',
         'ESP', '2023-02-02', ['agreement'],
         []),
    case('fix-sign', 'Spain is ready and happy to sign the agreement with Morocco.',
         'ESP', '2023-02-02', ['agreement'],
         []),
    case('fix-sign', 'The Minister said Spain was pleased to sign the protocol with Morocco.',
         'ESP', '2023-02-02', ['agreement'],
         [('agreement', ('ESP',), ('MAR',), '2023-02-02')]),
    # (fixes) 'It was my pleasure to receive Foreign Minister A of B'
    case('fix-receive', 'It would be my pleasure to receive Foreign Minister Aurescu of Romania '
         'in Sofia.',
         'BGR', '2022-11-08', ['meeting'],
         []),
    case('fix-receive', 'It is my pleasure to invite Foreign Minister Aurescu of Romania to '
         'Sofia.',
         'BGR', '2022-11-08', CORE,
         []),
    case('fix-receive', 'It was our great honour to welcome President Alar Karis of Estonia to '
         'Riga.',
         'LVA', '2023-05-10', ['meeting'],
         [('meeting', ('LVA',), ('EST',), '2023-05-10')]),
    # (fixes) 'spoke with' an 'FM'; a thanks for the call, its partner addressed
    case('fix-call', 'I spoke with FM Mélanie Joly of Canada today.',
         'DOM', '2024-03-12', ['call'],
         [('call', ('DOM',), ('CAN',), '2024-03-12')]),
    case('fix-call', 'Thank you for the call today, Secretary Blinken.',
         'PAN', '2024-02-05', ['call'],
         [('call', ('PAN',), ('USA',), '2024-02-05')]),
    case('fix-call', 'Thank you, Minister Joly of Canada, for the call for proposals.',
         'DOM', '2024-03-12', CORE,
         []),
    case('fix-call', 'Thank you, President Ruto, for your kind words and your call for calm.',
         'TZA', '2023-12-09', CORE,
         []),
    # (fixes) a post's opener on the author's way ('Off to', 'Heading to', 'On my way to')
    case('fix-off', 'Off to Athens tomorrow for talks with my Greek counterpart.',
         'CYP', '2023-05-12', ['visit'],
         []),
    case('fix-off', 'Heading to Hanoi.',
         'LAO', '2023-05-12', ['visit'],
         [('visit', ('LAO',), ('VNM',), '2023-05-12')]),
    case('fix-off', 'The Minister said they were heading to Nairobi.',
         'UGA', '2023-05-12', ['visit'],
         []),
    # (fixes) a bare 'In Tokyo today.': where the author is
    case('fix-in', 'Now in Accra!',
         'TGO', '2024-04-12', ['visit'],
         [('visit', ('TGO',), ('GHA',), '2024-04-12')]),
    case('fix-in', 'In Lisbon today.',
         'PRT', '2023-05-12', ['visit'],
         []),
    case('fix-in', 'In Geneva, talks on Syria resumed.',
         'NOR', '2023-05-12', ['visit'],
         []),
    # (fixes) the year of an ordinal's count is not the trip's date
    case('fix-year', 'This is my second trip to Kenya this year.',
         'FIN', '2023-08-21', ['visit'],
         [('visit', ('FIN',), ('KEN',), '2023-08-21')]),
    case('fix-year', 'The Minister visited Kyiv this year.',
         'FIN', '2023-08-21', ['visit'],
         [('visit', ('FIN',), ('UKR',), '2023')]),
    # (fixes) a visit of so many days concluded, praised between ('a productive two-day')
    case('fix-ended', 'Concluded a two-day visit to Uzbekistan today.',
         'KAZ', '2023-05-12', ['visit'],
         [('visit', ('KAZ',), ('UZB',), '2023-05-11')]),
    case('fix-ended', 'Wrapping up my three-day visit to Mongolia.',
         'JPN', '2024-07-31', ['visit'],
         [('visit', ('JPN',), ('MNG',), '2024-07-29')],
         limit='a visit of so many days ended in a post with no day of its own is dated by '
               "the post's day alone"),
    # (fixes) a post's 'Productive exchange with A in Tallinn': a meeting by its place after
    case('fix-exchange', 'Productive exchange of views with the Foreign Minister of Latvia in '
         'Riga.',
         'EST', '2023-05-12', ['meeting'],
         [('meeting', ('EST',), ('LVA',), '2023-05-12')]),
    case('fix-exchange', 'Useful exchange with the Foreign Minister of Latvia on developments in '
         'Ukraine.',
         'EST', '2023-05-12', ['meeting'],
         []),
    case('fix-exchange', 'Good conversation with my Peruvian counterpart at the OAS General '
         'Assembly in Asunción.',
         'CHL', '2024-06-27', ['meeting'],
         [('meeting', ('CHL',), ('PER',), '2024-06-27')]),
]


@pytest.mark.parametrize(('text', 'issuer', 'date', 'types', 'expected'), _CASES)
def test_ministers_own_words(text: str, issuer: str, date: str, types: set[str],
                             expected: list[tuple[Any, ...]]) -> None:
    check(text, issuer, date, types, expected)
