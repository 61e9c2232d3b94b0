"""The constructions of round fourteen (rulesEA, rulesEC, and those found with our own
sentences) tried on phrasings of our own: other verbs, nouns, titles and countries, a
time or place fronted, the passive, a clause between the parts, and near misses that
must give nothing (the generality audit audit14; see "Round fourteen (audit14)" in
docs/reference/extraction.md). Each case: the construction, the text, the issuer, the
dateline, the types compared and the records expected (type, from, to, date prefix;
None where the day is not compared). A known limit is a strict xfail with its reason.
The organisations met are compared apart, in ``test_the_bodies_met_are_each_one``."""

from __future__ import annotations

from typing import Any

import pytest

from communique.extract import extract_text
from tests.extract.audit_support import CORE, case, check

_CASES = [
    # -- officials counted, then named by example
    case('counted', 'Over the year the Deputy Minister welcomed 15 foreign delegations, among '
                    'them those of Malaysia, Chile and Egypt.', 'KAZ', '2022', CORE,
         [('meeting', ('KAZ',), ('MYS',), '2022'), ('meeting', ('KAZ',), ('CHL',), '2022'),
          ('meeting', ('KAZ',), ('EGY',), '2022')]),
    case('counted', 'In 2022, the Foreign Minister held talks with 30 counterparts, including '
                    'the ministers of Georgia and Qatar.', 'KAZ', '2022', CORE,
         [('meeting', ('KAZ',), ('GEO',), '2022'), ('meeting', ('KAZ',), ('QAT',), '2022')]),
    case('counted', 'Last year, more than 25 heads of government came to Astana, among them '
                    'those of Italy and Bhutan.', 'KAZ', '2022', CORE,
         [('visit', ('ITA',), ('KAZ',), '2021'), ('visit', ('BTN',), ('KAZ',), '2021')]),
    case('counted', 'The Minister met some 40 foreign ministers at the UN General Assembly, '
                    'among them those of Brazil and Kenya.', 'KAZ', '2022', CORE,
         [('meeting', ('KAZ',), ('BRA',), '2022'), ('meeting', ('KAZ',), ('KEN',), '2022')]),
    case('counted', 'In 2022, 18 foreign ministers were received by the Minister, among them '
                    'those of Turkey and Japan.', 'KAZ', '2022', CORE,
         [('meeting', ('KAZ',), ('TUR',), '2022'), ('meeting', ('KAZ',), ('JPN',), '2022')]),
    case('counted', 'The President hosted eleven heads of state during the year, including the '
                    'leaders of Uzbekistan and Azerbaijan.', 'KAZ', '2022', CORE,
         [('meeting', ('KAZ',), ('UZB',), '2022'), ('meeting', ('KAZ',), ('AZE',), '2022')]),
    case('counted', 'Dozens of delegations travelled to Astana this year, among them those of '
                    'Chile and Ghana.', 'KAZ', '2022', CORE,
         [('visit', ('CHL',), ('KAZ',), '2022'), ('visit', ('GHA',), ('KAZ',), '2022')]),
    case('counted', 'In 2022 the embassy received 12,000 visa applications, including those of '
                    'students from Chile and Peru.', 'KAZ', '2022', CORE, []),
    case('counted', 'The Minister received 8 ambassadors, among them those of Latvia and Cuba.',
         'KAZ', '2022', CORE, []),
    # -- events listed under a heading that names their kind
    case('listed', 'Official visits abroad:\n- Argentina (February)\n- Uruguay, 4-5 April\n'
                   '- Japan (October)', 'CHL', '2023', CORE,
         [('visit', ('CHL',), ('ARG',), '2023-02'), ('visit', ('CHL',), ('URY',), '2023-04-04'),
          ('visit', ('CHL',), ('JPN',), '2023-10')]),
    case('listed', 'Visits received\n• President of Paraguay (March)\n• Prime Minister of '
                   'Portugal, 7 June', 'CHL', '2023', CORE,
         [('visit', ('PRY',), ('CHL',), '2023-03'), ('visit', ('PRT',), ('CHL',), '2023-06-07')]),
    case('listed', 'Phone calls with counterparts:\n1. Canada (January)\n2. Mexico (May)',
         'CHL', '2023', CORE,
         [('call', ('CHL',), ('CAN',), '2023-01'), ('call', ('CHL',), ('MEX',), '2023-05')]),
    case('listed', 'Agreements concluded: Bolivia (March) and Ecuador (July).', 'CHL', '2023',
         CORE,
         [('agreement', ('CHL',), ('BOL',), '2023-03'),
          ('agreement', ('CHL',), ('ECU',), '2023-07')]),
    case('listed', 'Visits to Chile:\n- President of Ecuador (April)\n- Prime Minister of Spain '
                   '(July)', 'CHL', '2023', CORE,
         [('visit', ('ECU',), ('CHL',), '2023-04'), ('visit', ('ESP',), ('CHL',), '2023-07')]),
    case('listed', 'Official visits to Chile\n- Foreign Minister of Peru (April)\n- President of '
                   'Korea (July)', 'CHL', '2023', CORE,
         [('visit', ('PER',), ('CHL',), '2023-04'), ('visit', ('KOR',), ('CHL',), '2023-07')]),
    case('listed', 'Visits to Asia:\n- Japan (April)\n- Korea (July)', 'CHL', '2023', CORE,
         [('visit', ('CHL',), ('JPN',), '2023-04'), ('visit', ('CHL',), ('KOR',), '2023-07')]),
    case('listed', 'The Foreign Minister travelled to:\n- Germany (May);\n- Austria (June).',
         'CHL', '2023', CORE,
         [('visit', ('CHL',), ('DEU',), '2023-05'), ('visit', ('CHL',), ('AUT',), '2023-06')]),
    case('listed', 'Meetings with foreign ministers:\n- Peru (January)\n- Bolivia (August)',
         'CHL', '2023', CORE,
         [('meeting', ('CHL',), ('PER',), '2023-01'),
          ('meeting', ('CHL',), ('BOL',), '2023-08')]),
    case('listed', 'Planned visits:\n- Peru (November)\n- Colombia (December)', 'CHL', '2023',
         CORE, []),
    case('listed', 'Speakers:\n- Ambassador of Spain\n- Minister of Trade of Brazil', 'CHL',
         '2023', CORE, []),
    # -- a country talked about is no side
    case('topic', 'Espen Barth Eide and Melanie Joly met in Ottawa on Monday to talk about '
                  'Venezuela.', 'NOR', '2024-03-04', ['meeting'],
         [('meeting', ('NOR',), ('CAN',), '2024-03-04')]),
    case('topic', 'The Minister met Minister Wong in Canberra to assess the situation in '
                  'Myanmar.', 'NOR', '2024-03-04', ['meeting'],
         [('meeting', ('NOR',), ('AUS',), '2024-03-04')]),
    case('topic', 'In Madrid, the Minister met Foreign Minister Albares to review developments '
                  'in Haiti.', 'NOR', '2024-03-04', ['meeting'],
         [('meeting', ('NOR',), ('ESP',), '2024-03-04')]),
    case('topic', 'The two ministers met in Rome on Monday to discuss Libya and migration.',
         'NOR', '2024-03-04', ['meeting'],
         [('meeting', ('NOR',), ('ITA',), '2024-03-04')]),
    case('topic', 'Eide met his Danish counterpart in Copenhagen to coordinate positions on '
                  'Iran.', 'NOR', '2024-03-04', ['meeting'],
         [('meeting', ('NOR',), ('DNK',), '2024-03-04')]),
    case('topic', 'Eide and Rasmussen met in Copenhagen to coordinate positions on Iran.',
         'NOR', '2024-03-04', ['meeting'],
         [('meeting', ('NOR',), ('DNK',), '2024-03-04')]),
    case('topic', 'Eide met the Foreign Minister of Denmark to coordinate their approach to '
                  'Iran.', 'NOR', '2024-03-04', ['meeting'],
         [('meeting', ('NOR',), ('DNK',), '2024-03-04')]),
    case('topic', 'The ministers met on Monday to discuss Belarus.', 'NOR', '2024-03-04',
         ['meeting'], []),
    # -- a video conference of two is a call
    case('video', 'A videoconference took place between the State Secretary and her '
                  'counterpart from Croatia.', 'SVK', '2024-04-10', CORE,
         [('call', ('SVK',), ('HRV',), '2024-04-10')]),
    case('video', 'On Tuesday the Minister joined a video conference with the Foreign Minister '
                  'of Moldova.', 'SVK', '2024-04-10', CORE,
         [('call', ('SVK',), ('MDA',), '2024-04-09')]),
    case('video', 'The Minister held a video conference with the Deputy Prime Minister of '
                  'Serbia on 8 April.', 'SVK', '2024-04-10', CORE,
         [('call', ('SVK',), ('SRB',), '2024-04-08')]),
    case('video', 'A videoconference of the Minister with his Czech counterpart was held on 8 '
                  'April.', 'SVK', '2024-04-10', CORE,
         [('call', ('SVK',), ('CZE',), '2024-04-08')]),
    case('video', 'The Minister held talks by videoconference with the Foreign Minister of '
                  'Hungary.', 'SVK', '2024-04-10', CORE,
         [('call', ('SVK',), ('HUN',), '2024-04-10')]),
    case('video', 'The Minister took part in a videoconference of EU foreign ministers on '
                  'Ukraine.', 'SVK', '2024-04-10', CORE, []),
    case('video', 'On Monday the Minister joined a videoconference of the Weimar Triangle '
                  'foreign ministers on Belarus.', 'SVK', '2024-04-10', CORE, []),
    # -- guests dated "respectively"
    case('respectively', 'Ghana welcomed the Presidents of Benin and Niger on official visits '
                         'in April and September respectively.', 'GHA', '2024', ['visit'],
         [('visit', ('BEN',), ('GHA',), '2024-04'), ('visit', ('NER',), ('GHA',), '2024-09')]),
    case('respectively', 'In April and September respectively, Ghana hosted the Prime Ministers '
                         'of Togo and Senegal.', 'GHA', '2024', ['visit'],
         [('visit', ('TGO',), ('GHA',), '2024-04'), ('visit', ('SEN',), ('GHA',), '2024-09')]),
    case('respectively', 'Accra welcomed the Foreign Ministers of Brazil and India in March and '
                         'August respectively.', 'GHA', '2024', ['visit'],
         [('visit', ('BRA',), ('GHA',), '2024-03'), ('visit', ('IND',), ('GHA',), '2024-08')]),
    case('respectively', 'The Foreign Ministers of Mali and Gambia visited Accra in May and '
                         'July respectively.', 'GHA', '2024', ['visit'],
         [('visit', ('MLI',), ('GHA',), '2024-05'), ('visit', ('GMB',), ('GHA',), '2024-07')]),
    case('respectively', 'The President visited Nigeria and Kenya in February and October '
                         'respectively.', 'GHA', '2024', ['visit'],
         [('visit', ('GHA',), ('NGA',), '2024-02'), ('visit', ('GHA',), ('KEN',), '2024-10')]),
    case('respectively', 'Ghana received the Kings of Spain and Sweden in June and November, '
                         'respectively, on state visits.', 'GHA', '2024', ['visit'],
         [('visit', ('ESP',), ('GHA',), '2024-06'), ('visit', ('SWE',), ('GHA',), '2024-11')]),
    case('respectively', 'In May and July respectively, the President travelled to Egypt and '
                         'Morocco.', 'GHA', '2024', ['visit'],
         [('visit', ('GHA',), ('EGY',), '2024-05'), ('visit', ('GHA',), ('MAR',), '2024-07')]),
    case('respectively', 'The Presidents of Liberia and Guinea paid state visits to Ghana in '
                         'January and May respectively.', 'GHA', '2024', ['visit'],
         [('visit', ('LBR',), ('GHA',), '2024-01'), ('visit', ('GIN',), ('GHA',), '2024-05')]),
    # -- a post's courtesy opener
    case('courtesy', 'Glad to meet FM Penny Wong of Australia this morning.', 'IND',
         '2024-05-02', CORE, [('meeting', ('IND',), ('AUS',), '2024-05-02')]),
    case('courtesy', 'Wonderful to catch up with my friend FM Sikorski of Poland in Warsaw.',
         'IND', '2024-05-02', ['meeting'], [('meeting', ('IND',), ('POL',), '2024-05-02')]),
    case('courtesy', 'Honoured to receive DPM & FM Tajani of Italy today.', 'IND', '2024-05-02',
         CORE, [('meeting', ('IND',), ('ITA',), '2024-05-02')]),
    case('courtesy', 'Thrilled to welcome FM Joly of Canada to Delhi.', 'IND', '2024-05-02',
         CORE, [('meeting', ('IND',), ('CAN',), '2024-05-02'),
                ('visit', ('CAN',), ('IND',), '2024-05-02')]),
    case('courtesy', 'Pleasure to host FM Wang Yi of China this afternoon.', 'IND', '2024-05-02',
         CORE, [('meeting', ('IND',), ('CHN',), '2024-05-02')]),
    case('courtesy', 'Great to see EAM Jaishankar of India in Tokyo today.', 'JPN', '2024-05-02',
         ['meeting'], [('meeting', ('JPN',), ('IND',), '2024-05-02')]),
    case('courtesy', 'A real privilege to receive H.E. President Ruto of Kenya in New Delhi.',
         'IND', '2024-05-02', ['meeting'], [('meeting', ('IND',), ('KEN',), '2024-05-02')]),
    case('courtesy', 'Good to meet the Indian community in Singapore today.', 'IND',
         '2024-05-02', CORE, []),
    case('courtesy', 'Honour to meet the students of the university today.', 'IND',
         '2024-05-02', CORE, []),
    # -- consultations told with their subject or through the delegation led
    case('consultations', 'Consultations on visa policy and migration were held with Hungary '
                          'on Monday.', 'SRB', '2024-06-11', CORE,
         [('consultation', ('SRB',), ('HUN',), '2024-06-10')]),
    case('consultations', 'On Monday, consultations on economic diplomacy took place in '
                          'Belgrade with Slovenia.', 'SRB', '2024-06-11', CORE,
         [('consultation', ('SRB',), ('SVN',), '2024-06-10')]),
    case('consultations', 'Consultations on consular affairs took place on 10 June in Skopje '
                          'with North Macedonia.', 'SRB', '2024-06-11', CORE,
         [('consultation', ('SRB',), ('MKD',), '2024-06-10')]),
    case('consultations', 'Consultations on European integration took place with North '
                          'Macedonia in Skopje.', 'SRB', '2024-06-11', CORE,
         [('consultation', ('SRB',), ('MKD',), '2024-06-11')]),
    case('consultations', 'The Assistant Minister headed the Serbian delegation in the '
                          'political consultations with Greece.', 'SRB', '2024-06-11', CORE,
         [('consultation', ('SRB',), ('GRC',), '2024-06-11')]),
    case('consultations', 'Consultations on consular issues were held on Monday in Belgrade '
                          'with Montenegro.', 'SRB', '2024-06-11', CORE,
         [('consultation', ('SRB',), ('MNE',), '2024-06-10')]),
    case('consultations', 'The State Secretary led the delegation at the OSCE Ministerial '
                          'Council in Malta.', 'SRB', '2024-06-11', CORE, []),
    case('consultations', 'Consultations on the budget took place in Belgrade and the Minister '
                          'met with the Ambassador of Italy.', 'SRB', '2024-06-11', CORE,
         [('meeting', ('SRB',), ('ITA',), '2024-06-11')]),
    # -- who called, told after (or before) the call
    case('caller', 'During a phone call initiated by the Czech side, the ministers discussed '
                   'energy.', 'POL', '2024-06-11', CORE,
         [('call', ('CZE',), ('POL',), '2024-06-11')]),
    case('caller', 'A telephone conversation requested by the Foreign Minister of Lithuania '
                   'took place on Monday.', 'POL', '2024-06-11', CORE,
         [('call', ('LTU',), ('POL',), '2024-06-10')]),
    case('caller', "The Minister spoke by phone with the Foreign Minister of Finland, at the "
                   "latter's initiative.", 'POL', '2024-06-11', CORE,
         [('call', ('FIN',), ('POL',), '2024-06-11')]),
    case('caller', 'At the request of the Slovak side, a phone call was held between the two '
                   'foreign ministers.', 'POL', '2024-06-11', CORE,
         [('call', ('SVK',), ('POL',), '2024-06-11')]),
    case('caller', 'On Monday, at the request of the Foreign Minister of Romania, the two '
                   'ministers spoke by phone.', 'POL', '2024-06-11', CORE,
         [('call', ('ROU',), ('POL',), '2024-06-10')]),
    case('caller', 'The telephone conversation, which took place at the initiative of the '
                   'Romanian side, focused on energy.', 'POL', '2024-06-11', CORE,
         [('call', ('ROU',), ('POL',), '2024-06-11')]),
    case('caller', "In a video call requested by Ukraine's Foreign Minister, the Minister "
                   "discussed security.", 'POL', '2024-06-11', CORE,
         [('call', ('UKR',), ('POL',), '2024-06-11')]),
    case('caller', 'In a phone call initiated by the Minister, he spoke with the Foreign '
                   'Minister of Latvia.', 'POL', '2024-06-11', CORE,
         [('call', ('POL',), ('LVA',), '2024-06-11')]),
    case('caller', 'The call, which took place at the initiative of the Romanian side, focused '
                   'on energy.', 'POL', '2024-06-11', CORE,
         [('call', ('ROU',), ('POL',), '2024-06-11')],
         limit="a bare 'the call' with no medium and no counterpart is no trigger (it is as "
               "often an appeal: 'the call for a ceasefire')"),
    # -- a verb in the past after "and" is done
    case('and-done', 'The ministers pledged to expand investment and signed a memorandum with '
                     'Rwanda on health.', 'KEN', '2024-06-11', CORE,
         [('agreement', ('KEN',), ('RWA',), '2024-06-11')]),
    case('and-done', 'The delegations committed to strengthening ties and held consultations '
                     'with Uganda on 10 June.', 'KEN', '2024-06-11', CORE,
         [('consultation', ('KEN',), ('UGA',), '2024-06-10')]),
    case('and-done', 'The two ministers agreed to deepen cooperation and later paid a visit to '
                     'Ethiopia.', 'KEN', '2024-06-11', CORE,
         [('visit', ('KEN',), ('ETH',), '2024-06-11')]),
    case('and-done', 'The ministers agreed to strengthen trade and subsequently held talks with '
                     'the Minister of Uganda.', 'KEN', '2024-06-11', CORE,
         [('meeting', ('KEN',), ('UGA',), '2024-06-11')]),
    case('and-done', 'Kenya and Ethiopia pledged to expand ties and signed three agreements on '
                     '10 June.', 'KEN', '2024-06-11', CORE,
         [('agreement', ('KEN',), ('ETH',), '2024-06-10')]),
    case('and-done', 'The two sides agreed to expand trade and hold talks with Somalia next '
                     'year.', 'KEN', '2024-06-11', CORE, []),
    case('and-done', 'The ministers agreed to review the accord and meet with the Minister of '
                     'Burundi in July.', 'KEN', '2024-06-11', CORE, []),
    # -- EC: a diary told in the present
    case('diary', 'Monday 10 June: I travel to Vienna for talks with the Austrian Foreign '
                  'Minister.', 'IRL', '2024-06-11', CORE,
         [('visit', ('IRL',), ('AUT',), '2024-06-10'),
          ('meeting', ('IRL',), ('AUT',), '2024-06-10')]),
    case('diary', 'This morning we fly to Nairobi.', 'IRL', '2024-06-11', CORE,
         [('visit', ('IRL',), ('KEN',), '2024-06-11')]),
    case('diary', 'Wednesday 12 June. We head to Canada for the G7 meeting.', 'IRL',
         '2024-06-11', ['visit'], [('visit', ('IRL',), ('CAN',), None)]),
    case('diary', 'On 16 June we fly to Kenya for talks.', 'IRL', '2024-06-30', ['visit'],
         [('visit', ('IRL',), ('KEN',), '2024-06-16')]),
    case('diary', 'On Wednesday I meet the Prime Minister of Lebanon in Beirut.', 'IRL',
         '2024-06-11', ['meeting'], [('meeting', ('IRL',), ('LBN',), None)]),
    case('diary', 'Today I visit Ghana to see the work of our embassy.', 'IRL', '2024-06-11',
         CORE, [('visit', ('IRL',), ('GHA',), '2024-06-11')]),
    case('diary', 'I arrive at a simple conclusion: we must do more.', 'IRL', '2024-06-11',
         CORE, []),
    case('diary', 'Next month I will fly to Japan.', 'IRL', '2024-06-11', CORE, []),
    case('diary', 'Each year I visit the same school in Cork.', 'IRL', '2024-06-11', CORE, []),
    # -- EC: a place named before ", which <subject> visited"
    case('which-visited', 'Relations with Angola, which our Prime Minister visited in March, '
                          'continue to deepen.', 'NAM', '2024', ['visit'],
         [('visit', ('NAM',), ('AGO',), '2024-03')]),
    case('which-visited', 'Cooperation with Zambia, that the Foreign Minister visited on 8 '
                          'May, has expanded.', 'NAM', '2024', ['visit'],
         [('visit', ('NAM',), ('ZMB',), '2024-05-08')]),
    case('which-visited', 'Trade with Brazil, which our President visited in 2023, grew '
                          'sharply.', 'NAM', '2024', ['visit'],
         [('visit', ('NAM',), ('BRA',), '2023')]),
    case('which-visited', 'In Brazil, which the Minister toured in June, he met the Foreign '
                          'Minister.', 'NAM', '2024', CORE,
         [('visit', ('NAM',), ('BRA',), '2024-06'), ('meeting', ('NAM',), ('BRA',), '2024-06')]),
    case('which-visited', 'Kenya, which a delegation of Namibian MPs visited in April, is a '
                          'key partner.', 'NAM', '2024', ['visit'],
         [('visit', ('NAM',), ('KEN',), '2024-04')]),
    case('which-visited', 'Ties with Peru, which a French delegation visited in May, are '
                          'growing.', 'NAM', '2024', ['visit'],
         [('visit', ('FRA',), ('PER',), '2024-05')]),
    case('which-visited', 'Relations with Angola, which we value highly, continue to deepen.',
         'NAM', '2024', CORE, []),
    # -- EC: plural titles of organisations' heads (bodies compared below)
    case('heads-of-bodies', 'The Minister met the Foreign Ministers of Tonga and Vanuatu and '
                            'the Secretaries-General of the Commonwealth and ASEAN.', 'FJI',
         '2024', CORE,
         [('meeting', ('FJI',), ('TON',), '2024'), ('meeting', ('FJI',), ('VUT',), '2024'),
          ('meeting', ('FJI',), (), '2024'), ('meeting', ('FJI',), (), '2024')]),
    case('heads-of-bodies', 'In 2024 the Minister had talks with the Prime Minister of Samoa '
                            'as well as the Secretaries-General of the OECD and NATO.', 'FJI',
         '2024', CORE,
         [('meeting', ('FJI',), ('WSM',), '2024'), ('meeting', ('FJI',), (), '2024'),
          ('meeting', ('FJI',), (), '2024')]),
    # -- EC: a verbless photo caption with counterparts
    case('caption', 'The Minister with her colleagues from Norway and Denmark during the Nordic '
                    'ministerial meeting in Bergen.', 'SWE', '2024-05-20', CORE,
         [('meeting', ('SWE',), ('NOR', 'DNK'), '2024-05-20')]),
    case('caption', 'State Secretary Jonas Ek and his colleagues from Poland and Germany at the '
                    'Weimar Triangle meeting in Paris.', 'SWE', '2024-05-20', CORE,
         [('meeting', ('SWE',), ('POL', 'DEU'), '2024-05-20')]),
    case('caption', 'Foreign Minister Maria Lund together with her counterparts from Finland, '
                    'Estonia and Latvia at the Baltic Sea Council in Riga.', 'SWE',
         '2024-05-20', CORE, [('meeting', ('SWE',), ('FIN', 'EST', 'LVA'), '2024-05-20')]),
    case('caption', 'Prime Minister Ana Ruiz alongside her counterparts of Portugal and France '
                    'at the summit in Lisbon.', 'SWE', '2024-05-20', CORE,
         [('meeting', ('SWE',), ('PRT', 'FRA'), '2024-05-20')]),
    case('caption', 'Minister Maria Lund with her counterparts from Finland and Norway praised '
                    'the results of the meeting.', 'SWE', '2024-05-20', CORE, []),
    case('caption', 'The Minister with her colleagues from the ministry at the staff meeting in '
                    'Stockholm.', 'SWE', '2024-05-20', CORE, []),
    # -- EA: an arrival made to meet an official
    case('arrival', 'On Monday the Secretary of State arrived in Quito to meet with the '
                    'Ecuadorian Foreign Minister, Gabriela Sommerfeld.', 'ESP', '2024-05-14',
         CORE, [('visit', ('ESP',), ('ECU',), '2024-05-13'),
                ('meeting', ('ESP',), ('ECU',), '2024-05-13')]),
    case('arrival', 'The Minister arrived at 9 a.m. at the Casa Rosada to meet Argentine '
                    'President Javier Milei.', 'ESP', '2024-05-14', CORE,
         [('visit', ('ESP',), ('ARG',), '2024-05-14'),
          ('meeting', ('ESP',), ('ARG',), '2024-05-14')]),
    case('arrival', 'Shortly after noon the Minister arrived at the Palace of San Carlos for a '
                    'meeting with the Foreign Minister of Colombia.', 'ESP', '2024-05-14', CORE,
         [('visit', ('ESP',), ('COL',), '2024-05-14'),
          ('meeting', ('ESP',), ('COL',), '2024-05-14')]),
    case('arrival', 'On Monday the Minister arrived at the Quinta de Olivos for talks with the '
                    'President of Argentina.', 'ESP', '2024-05-14', CORE,
         [('visit', ('ESP',), ('ARG',), '2024-05-13'),
          ('meeting', ('ESP',), ('ARG',), '2024-05-13')]),
    case('arrival', 'The Minister, José Albares, arrived this morning in Lisbon to hold talks '
                    'with his Portuguese counterpart.', 'ESP', '2024-05-14', CORE,
         [('visit', ('ESP',), ('PRT',), '2024-05-14'),
          ('meeting', ('ESP',), ('PRT',), '2024-05-14')]),
    case('arrival', 'The Minister will arrive in Lima on Friday to meet the Peruvian Foreign '
                    'Minister.', 'ESP', '2024-05-14', CORE, []),
    case('arrival', 'The Minister arrived in Santiago to meet Chilean business leaders.', 'ESP',
         '2024-05-14', CORE, [('visit', ('ESP',), ('CHL',), '2024-05-14')]),
    case('arrival', 'The Minister arrived at the Ministry for a meeting with the staff.', 'ESP',
         '2024-05-14', CORE, []),
    case('arrival', 'The Minister will arrive at the Palacio de Itamaraty for talks with the '
                    'Brazilian Foreign Minister.', 'ESP', '2024-05-14', CORE, []),
    case('arrival', 'The Foreign Minister is expected to travel to Brasilia on 20 May for a '
                    'meeting with President Lula.', 'ESP', '2024-05-14', CORE, []),
    # -- EA: officials who met for a standing dialogue
    case('dialogue', 'Officials of the Dutch and Belgian foreign ministries met in The Hague on '
                     '6 May for the fourth strategic dialogue between the two countries.',
         'NLD', '2024-05-14', CORE, [('consultation', ('NLD',), ('BEL',), '2024-05-06')]),
    case('dialogue', 'On 6 May, senior diplomats from the Netherlands and Japan met for their '
                     'regular political dialogue in Tokyo.', 'NLD', '2024-05-14', CORE,
         [('consultation', ('NLD',), ('JPN',), '2024-05-06')]),
    case('dialogue', 'The Director-General met her Canadian counterpart in Ottawa for the annual '
                     'bilateral dialogue.', 'NLD', '2024-05-14', CORE,
         [('consultation', ('NLD',), ('CAN',), '2024-05-14')]),
    case('dialogue', 'Senior officials of Norway and the Netherlands met in Oslo on 2 May for a '
                     'high-level policy dialogue.', 'NLD', '2024-05-14', CORE,
         [('consultation', ('NLD',), ('NOR',), '2024-05-02')]),
    case('dialogue', 'The Minister met the Ambassador of Chile and called for a stronger '
                     'political dialogue.', 'NLD', '2024-05-14', CORE,
         [('meeting', ('NLD',), ('CHL',), '2024-05-14')]),
    # -- EA: a presidency pro tempore is a chair held, no session
    case('pro-tempore', "The ministers welcomed Colombia's presidency pro tempore of the "
                        "Pacific Alliance.", 'PER', '2024-05-14', CORE, []),
    case('pro-tempore', "During Ecuador's pro tempore presidency of the Andean Community, the "
                        "two sides will cooperate closely.", 'PER', '2024-05-14', CORE, []),
    case('pro-tempore', 'The Minister congratulated Paraguay on its presidency pro tempore of '
                        'MERCOSUR.', 'PER', '2024-05-14', CORE, []),
    # -- EA: an award received is no guest
    case('award', 'On 10 May the Minister received the Order of the Aztec Eagle from the '
                  'Government of Mexico.', 'PER', '2024-05-14', CORE, []),
    case('award', 'The Foreign Minister received the Grand Cross of the Order of Merit of Chile '
                  'on 10 May.', 'PER', '2024-05-14', CORE, []),
    case('award', 'The Minister received an honorary doctorate from the University of '
                  'Salamanca in Spain.', 'PER', '2024-05-14', CORE, []),
    case('award', 'The Minister was awarded the Medal of Friendship by the Government of '
                  'Vietnam.', 'PER', '2024-05-14', CORE, []),
    case('award', 'The Minister received the President of the Nobel Committee of Norway on 10 '
                  'May.', 'PER', '2024-05-14', CORE,
         [('meeting', ('PER',), ('NOR',), '2024-05-10')]),
    case('award', 'The Minister received the President of the Red Cross of Ecuador on 10 May.',
         'PER', '2024-05-14', CORE, [('meeting', ('PER',), ('ECU',), '2024-05-10')]),
    case('award', 'The Minister received the Grand Master of the Order of Malta on 10 May.',
         'PER', '2024-05-14', CORE, [('meeting', ('PER',), (), '2024-05-10')]),
    # -- EA: an envoy posted in the country visited
    case('posted', 'The Canadian Ambassador to Mexico visited the state of Oaxaca on 9 May.',
         'CAN', '2024-05-14', CORE, []),
    case('posted', 'On 9 May, the High Commissioner of Canada in Ghana, Ms. Jane Doe, visited a '
                   'school in Tamale.', 'CAN', '2024-05-14', CORE, []),
    case('posted', "Canada's chargé d'affaires in Peru visited the Ministry of Foreign Affairs "
                   "in Lima.", 'CAN', '2024-05-14', CORE, []),
    case('posted', 'The Canadian Ambassador in Chile visited Bolivia to meet officials there.',
         'CAN', '2024-05-14', ['visit'], [('visit', ('CAN',), ('BOL',), '2024-05-14')]),
    case('posted', 'The Ambassador of Canada to Brazil accompanied the Minister on her visit to '
                   'Brasilia.', 'CAN', '2024-05-14', ['visit'],
         [('visit', ('CAN',), ('BRA',), '2024-05-14')]),
    case('posted', 'The Canadian Ambassador to Japan visited Ottawa last week.', 'CAN',
         '2024-05-14', CORE, []),
    case('posted', 'The Japanese Ambassador to Canada visited Tokyo last week.', 'CAN',
         '2024-05-14', CORE, []),
    case('posted', 'The Canadian Ambassador to Japan visited Seoul last week.', 'CAN',
         '2024-05-14', ['visit'], [('visit', ('CAN',), ('KOR',), '2024-05')]),
    # -- EA: an event agreed with someone is ahead
    case('agreed-with', 'The Prime Minister agreed with his Estonian counterpart to convene a '
                        'joint cabinet session in the autumn.', 'LVA', '2024-05-14', CORE, []),
    case('agreed-with', 'The Minister decided together with the Lithuanian Foreign Minister to '
                        'hold consultations next month.', 'LVA', '2024-05-14', CORE, []),
    case('agreed-with', 'The two presidents agreed with each other to meet again in Vilnius.',
         'LVA', '2024-05-14', CORE, []),
    case('agreed-with', 'The Minister met her Estonian counterpart on 12 May and agreed with '
                        'her to hold a joint meeting next year.', 'LVA', '2024-05-14', CORE,
         [('meeting', ('LVA',), ('EST',), '2024-05-12')]),
    # -- EA: the second of two things agreed to do is ahead
    case('agreed-and', 'The two foreign ministers agreed to work on energy security and to '
                       'organise a joint government meeting in 2025.', 'LVA', '2024-05-14',
         CORE, []),
    case('agreed-and', 'The ministers agreed to increase trade and to sign a visa agreement with '
                       'Georgia later this year.', 'LVA', '2024-05-14', CORE, []),
    case('agreed-and', 'The ministers resolved to deepen cooperation, hold regular consultations '
                       'and meet again in Riga.', 'LVA', '2024-05-14', CORE, []),
    case('agreed-and', 'Latvia and Poland agreed to expand trade and then to convene their '
                       'joint commission in Warsaw.', 'LVA', '2024-05-14', CORE, []),
    case('agreed-and', 'The ministers agreed to expand trade and later hold consultations with '
                       'Lithuania.', 'LVA', '2024-05-14', CORE, []),
    case('agreed-and', 'The ministers agreed on a roadmap and signed a visa agreement with '
                       'Georgia on 12 May.', 'LVA', '2024-05-14', CORE,
         [('agreement', ('LVA',), ('GEO',), '2024-05-12')]),
    case('agreed-and', 'The ministers agreed to expand trade and then held consultations with '
                       'Lithuania on 12 May.', 'LVA', '2024-05-14', CORE,
         [('consultation', ('LVA',), ('LTU',), '2024-05-12')]),
    # -- EA: the last meeting of a format, told after it
    case('last-round', 'Uruguay and Paraguay held political consultations in Asunción on 10 '
                       'May. The preceding round was held in Montevideo in 2021.', 'URY',
         '2024-05-14', CORE,
         [('consultation', ('URY',), ('PRY',), '2024-05-10'),
          ('consultation', ('URY',), ('PRY',), '2021')]),
    case('last-round', 'Brazil and Uruguay held their annual political consultations in '
                       'Brasilia on 10 May. The previous meeting took place in Montevideo in '
                       'March 2022.', 'URY', '2024-05-14', CORE,
         [('consultation', ('URY',), ('BRA',), '2024-05-10'),
          ('consultation', ('URY',), ('BRA',), '2022-03')]),
    case('last-round', 'The Uruguay-Argentina Joint Commission held its fifth session in Buenos '
                       'Aires on 10 May. The previous session was held in Montevideo in 2019.',
         'URY', '2024-05-14', CORE,
         [('commission', ('URY',), ('ARG',), '2024-05-10'),
          ('commission', ('URY',), ('ARG',), '2019')]),
    case('last-round', 'On 10 May political consultations between Uruguay and Peru took place '
                       'in Lima; the last round had been held in Montevideo in 2019.', 'URY',
         '2024-05-14', CORE,
         [('consultation', ('URY',), ('PER',), '2024-05-10'),
          ('consultation', ('URY',), ('PER',), '2019')]),
    case('last-round', 'The Minister met the Foreign Minister of Chile in Santiago on 10 May. '
                       'The previous meeting was held in Montevideo in 2020.', 'URY',
         '2024-05-14', CORE, [('meeting', ('URY',), ('CHL',), '2024-05-10')]),
    case('last-round', 'The previous meeting was held in Montevideo in 2020.', 'URY',
         '2024-05-14', CORE, []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_the_rule_holds_in_other_words(text: str, issuer: str, date: str | None,
                                       types: set[str], expected: list[tuple[Any, ...]]) -> None:
    check(text, issuer, date, types, expected)


@pytest.mark.parametrize(("text", "issuer", "orgs"), [
    ('The Minister met the Foreign Ministers of Tonga and Vanuatu and the Secretaries-General '
     'of the Commonwealth and ASEAN.', 'FJI', ['ASEAN', 'COMMONWEALTH']),
    ('During the year the Prime Minister held talks with the Directors-General of the WTO and '
     'the IAEA.', 'FJI', ['IAEA', 'WTO']),
    ('The Minister received the Secretaries General of ASEAN and the OECD in Suva.', 'FJI',
     ['ASEAN', 'OECD']),
    ('In 2024 the Minister had talks with the Prime Minister of Samoa as well as the '
     'Secretaries-General of the OECD and NATO.', 'FJI', ['NATO', 'OECD']),
    ('The Minister met the general secretaries of the Labour Party and the Green Party.', 'FJI',
     []),
    ('The Minister received the Grand Master of the Order of Malta on 10 May.', 'PER', ['SMOM']),
])
def test_the_bodies_met_are_each_one(text: str, issuer: str, orgs: list[str]) -> None:
    recs = extract_text(text, issuer=issuer, date='2024-05-14').records
    got = sorted(o for r in recs if r.type == 'meeting' for o in r.organizations)
    assert got == orgs
