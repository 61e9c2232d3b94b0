"""The rules of round fourteen read from realEJ (helper rulesEJ) and eight of those found
with our own sentences, tried on phrasings of our own: other verbs, nouns, countries and
titles, fronted times and places, the passive, a clause or a date between the parts, and
cases that must not fire (the generality audit audit14c; see "Round fourteen (audit14c)"
in docs/reference/extraction.md). Each case: the construction, the text, the issuer, the
dateline, the types compared and the records expected (type, from, to, date prefix; None
where the day is not compared). A known limit is a strict xfail with its reason."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.audit_support import CORE, case, check

_CASES = [
    # EJ1: a review of a split financial year dates undated events with both years
    case('EJ1', 'Annual Report 2020-21\n\nThe year in review\n\nThe Minister paid an official '
                'visit to Vietnam and held talks with his counterpart.',
         'AUS', '2021', ['visit'], [('visit', ('AUS',), ('VNM',), '2020')]),
    case('EJ1', 'Departmental Performance Report 2018–2019\n\nHighlights\n\nThe Minister of '
                'Foreign Affairs travelled to Mexico and Colombia.',
         'CAN', '2019', ['visit'], [('visit', ('CAN',), ('MEX',), '2018'),
                                    ('visit', ('CAN',), ('COL',), '2018')]),
    case('EJ1', 'Annual Review 2014/15\n\nIn the course of the reporting year the Foreign '
                'Secretary received the Foreign Minister of Nigeria in London.',
         'GBR', '2015', ['meeting'], [('meeting', ('GBR',), ('NGA',), '2014')]),
    case('EJ1', 'The Department in 2022-23: an overview of the financial year\n\nThe '
                'Minister signed an agreement on fisheries with Samoa.',
         'NZL', '2023', ['agreement'], [('agreement', ('NZL',), ('WSM',), '2022')]),
    case('EJ1', 'Ministers agreed on the budget plan for 2023-24. The Minister met the '
                'Foreign Minister of Fiji in Wellington on Tuesday.',
         'NZL', '2023-05-12', ['meeting'], [('meeting', ('NZL',), ('FJI',), '2023-05')]),
    # EJ2: a written question asks, it tells nothing
    case('EJ2', '118. To ask the Minister for Foreign Affairs whether he has discussed '
                'fishing rights with the Foreign Minister of Norway.',
         'IRL', '2023-03-01', CORE, []),
    case('EJ2', 'To ask the Secretary of State for Foreign Affairs what visits to India '
                'Ministers in her Department have made since January.',
         'GBR', '2023-03-01', CORE, []),
    case('EJ2', 'Question 7: To ask the Minister what agreements were signed with Ghana in '
                '2022.',
         'IRL', '2023-03-01', CORE, []),
    case('EJ2', 'The Minister answered that she met the Foreign Minister of Norway in Dublin '
                'on 14 February.',
         'IRL', '2023-03-01', ['meeting'], [('meeting', ('IRL',), ('NOR',), '2023-02-14')]),
    case('EJ2', '12. To ask the Foreign Secretary how many times he has spoken with the '
                'Foreign Minister of Iran.',
         'GBR', '2023-03-01', CORE, []),
    case('EJ2', 'PQ 2291/23 - To ask the Tánaiste if he will meet the Foreign Minister of '
                'India during his visit to Delhi.',
         'IRL', '2023-03-01', CORE, []),
    # EJ3: contacts told as a tally
    case('EJ3', 'The Minister has talked by phone with the Foreign Minister of Qatar many '
                'times this year.',
         'NOR', '2023-11-01', CORE, []),
    case('EJ3', 'Over the past months the Foreign Secretary has met his Saudi counterpart on '
                'several occasions.',
         'GBR', '2023-11-01', CORE, []),
    case('EJ3', 'Minister Wong has frequently spoken with the Chinese Foreign Minister since '
                'taking office.',
         'AUS', '2023-11-01', CORE, []),
    case('EJ3', 'The Minister received the Foreign Minister of Chile, who has been to Madrid '
                'several times.',
         'ESP', '2023-11-01', ['meeting'], [('meeting', ('ESP',), ('CHL',), '2023-11-01')]),
    case('EJ3', 'The Minister spoke with the Foreign Minister of Peru on 3 November and '
                'has consulted him repeatedly since.',
         'ESP', '2023-11-10', ['call', 'meeting'], [('call', ('ESP',), ('PER',), '2023-11-03')]),
    # EJ4: private people only are no meeting
    case('EJ4', 'In Lagos the Minister met a delegation of Nigerian entrepreneurs.',
         'DEU', '2023-04-04', ['meeting'], []),
    case('EJ4', 'The Foreign Minister held a round table with Indonesian investors in '
                'Jakarta.',
         'NLD', '2023-04-04', ['meeting'], []),
    case('EJ4', 'Representatives of Chilean businesses were received by the Minister.',
         'ESP', '2023-04-04', ['meeting'], []),
    case('EJ4', 'The Minister met Brazilian students and the Brazilian Minister of Education.',
         'PRT', '2023-04-04', ['meeting'], [('meeting', ('PRT',), ('BRA',), '2023-04-04')]),
    case('EJ4', 'A group of Peruvian entrepreneurs met with the Minister on Monday.',
         'ESP', '2023-04-06', ['meeting'], []),
    case('EJ4', 'Korean investors were received by the Minister at the Ministry.',
         'ESP', '2023-04-06', ['meeting'], []),
    case('EJ4', 'Korean investors and the Korean Minister of Trade were received by the '
                'Minister.',
         'ESP', '2023-04-06', ['meeting'], [('meeting', ('ESP',), ('KOR',), '2023-04-06')]),
    case('EJ4', 'The Minister met with Ghanaian journalists visiting Oslo.',
         'NOR', '2023-04-04', ['meeting'], []),
    # EJ5: countries after a verb of views shared are a topic
    case('EJ5', 'During their meeting the two ministers exchanged opinions on Syria and '
                'Lebanon.',
         'FRA', '2023-04-04', ['meeting'], []),
    case('EJ5', 'At the talks the sides compared their views on Sudan and Chad.',
         'FRA', '2023-04-04', ['meeting'], []),
    case('EJ5', 'In the course of their meeting, the foreign ministers shared assessments of '
                'the situation in Haiti and Venezuela.',
         'FRA', '2023-04-04', ['meeting'], []),
    case('EJ5', 'During the talks the two ministers swapped perspectives on Libya and '
                'Tunisia.',
         'FRA', '2023-04-04', ['meeting'], []),
    case('EJ5', 'The ministers traded views on Mali at their meeting in Paris.',
         'FRA', '2023-04-04', ['meeting'], []),
    case('EJ5', 'The Minister met the Foreign Minister of Jordan and they shared views on '
                'Iraq.',
         'FRA', '2023-04-04', ['meeting'], [('meeting', ('FRA',), ('JOR',), '2023-04-04')]),
    # EJ6: officials included in a group met are met each
    case('EJ6', 'The Minister met senior Ghanaian leaders, including Mr Kofi Mensah, the '
                'President of Ghana; and Ms Ama Owusu, the Minister of Foreign Affairs of '
                'Ghana.',
         'GBR', '2023-04-04', ['meeting'], [('meeting', ('GBR',), ('GHA',), '2023-04-04'),
                                            ('meeting', ('GBR',), ('GHA',), '2023-04-04')]),
    case('EJ6', 'The Secretary of State held discussions with Kenyan officials, among them '
                'Mr John Otieno, the Speaker of the National Assembly, and Ms Ruth Wanjiru, '
                'the Cabinet Secretary for Trade.',
         'GBR', '2023-04-04', ['meeting'], [('meeting', ('GBR',), ('KEN',), '2023-04-04'),
                                            ('meeting', ('GBR',), ('KEN',), '2023-04-04')],
         limit='"Cabinet Secretary for Trade" (a Kenyan minister) is no title the roles know; '
               'as the head of a civil service elsewhere it is no minister'),
    case('EJ6', 'The Minister met members of the Peruvian government, among them Ms Ana '
                'Rojas, the Minister of Finance, and Mr Luis Soto, the Minister of Mines.',
         'ESP', '2023-04-06', ['meeting'], [('meeting', ('ESP',), ('PER',), '2023-04-06'),
                                            ('meeting', ('ESP',), ('PER',), '2023-04-06')]),
    case('EJ6', 'On Tuesday the Minister had talks with Chilean ministers, including Ms Ana '
                'Rojas, the Minister of Finance, and Mr Pablo Díaz, the Minister of Energy.',
         'ESP', '2023-04-06', ['meeting'], [('meeting', ('ESP',), ('CHL',), '2023-04-04'),
                                            ('meeting', ('ESP',), ('CHL',), '2023-04-04')]),
    # EJ7: consultations named after a pair with a ministerial level
    case('EJ7', 'The Minister co-chaired the annual Canada-United Kingdom Ministerial '
                'Consultations in Ottawa.',
         'CAN', '2023-04-04', ['consultation'],
         [('consultation', ('CAN',), ('GBR',), '2023-04-04')]),
    case('EJ7', 'The department organised the Japan–New Zealand vice-ministerial '
                'consultations held in Tokyo.',
         'NZL', '2023', ['consultation'], [('consultation', ('NZL',), ('JPN',), '2023')]),
    case('EJ7', 'We took part in the New Zealand-Singapore Ministerial Consultations in '
                'March.',
         'NZL', '2023', ['consultation'], [('consultation', ('NZL',), ('SGP',), '2023-03')]),
    case('EJ7', 'The two ministers agreed to convene the next Australia-India Ministerial '
                'Consultations in 2024.',
         'AUS', '2023-04-04', ['consultation'], []),
    case('EJ7', 'The Minister hosted the Australia–Papua New Guinea Ministerial '
                'Consultations in Canberra on 2 April.',
         'AUS', '2023-04-04', ['consultation'],
         [('consultation', ('AUS',), ('PNG',), '2023-04-02')]),
    # EJ8: a ministers' meeting within a dialogue is a meeting
    case('EJ8', 'The Minister took part in the second ministerial meeting of the Strategic '
                'Dialogue between Japan and Australia in Tokyo.',
         'AUS', '2023-04-04', ['meeting', 'consultation'],
         [('meeting', ('AUS',), ('JPN',), '2023-04-04')]),
    case('EJ8', 'Foreign ministers of Australia and India met under the Strategic Dialogue '
                'in Delhi.',
         'AUS', '2023-04-04', ['meeting', 'consultation'],
         [('meeting', ('AUS',), ('IND',), '2023-04-04')]),
    case('EJ8', 'The Minister chaired the foreign ministers\' meeting within the Strategic '
                'Dialogue between Australia and Japan.',
         'AUS', '2023-04-04', ['meeting', 'consultation'],
         [('meeting', ('AUS',), ('JPN',), '2023-04-04')]),
    case('EJ8', 'The first meeting of the Korea-Canada Strategic Dialogue took place in Seoul.',
         'CAN', '2023-04-04', ['meeting', 'consultation'],
         [('consultation', ('CAN',), ('KOR',), '2023-04-04')]),
    case('EJ8', 'The first meeting at ministerial level of the Korea-Canada Strategic '
                'Dialogue took place in Seoul.',
         'CAN', '2023-04-04', ['meeting', 'consultation'],
         [('meeting', ('CAN',), ('KOR',), '2023-04-04')]),
    # F1: consultations told with their subject or through the delegation led
    case('F1', 'Consultations on migration and visas were held with Morocco in Rabat on 2 '
               'May.',
         'ESP', '2023-05-04', ['consultation', 'meeting'],
         [('consultation', ('ESP',), ('MAR',), '2023-05-02')]),
    case('F1', 'On Tuesday, political consultations on the Middle East took place with '
               'Egypt.',
         'NOR', '2023-05-04', ['consultation', 'meeting'],
         [('consultation', ('NOR',), ('EGY',), '2023-05-02')]),
    case('F1', 'State Secretary Lind led the Danish delegation at the consultations with '
               'Japan in Tokyo.',
         'DNK', '2023-05-04', ['consultation', 'meeting'],
         [('consultation', ('DNK',), ('JPN',), '2023-05-04')]),
    case('F1', 'The Deputy Minister headed the Croatian delegation in bilateral consultations '
               'with Slovenia on 3 May.',
         'HRV', '2023-05-04', ['consultation', 'meeting'],
         [('consultation', ('HRV',), ('SVN',), '2023-05-03')]),
    case('F1', 'Our delegation to the consultations with Vietnam was led by the Director-'
               'General for Asia.',
         'FIN', '2023-05-04', ['consultation', 'meeting'],
         [('consultation', ('FIN',), ('VNM',), '2023-05-04')]),
    case('F1', 'Consultations on trade with Vietnam were co-chaired by the two directors in '
               'Hanoi on 2 May.',
         'FIN', '2023-05-04', ['consultation', 'meeting'],
         [('consultation', ('FIN',), ('VNM',), '2023-05-02')]),
    case('F1', 'The Director led the delegation at the consultations between Serbia and '
               'Hungary.',
         'SRB', '2023-05-04', ['consultation'],
         [('consultation', ('SRB',), ('HUN',), '2023-05-04')]),
    case('F1', 'The Minister led the delegation at the UN General Assembly in New York.',
         'SRB', '2023-05-04', ['consultation'], []),
    # F2: who called, told after the call
    case('F2', 'A phone conversation, initiated by the Hungarian side, took place between '
               'the two foreign ministers.',
         'SRB', '2023-05-04', ['call'], [('call', ('HUN',), ('SRB',), '2023-05-04')]),
    case('F2', 'The Minister held a telephone conversation requested by the Turkish '
               'Foreign Minister.',
         'GRC', '2023-05-04', ['call'], [('call', ('TUR',), ('GRC',), '2023-05-04')]),
    case('F2', 'On Friday the Minister spoke by phone with the Foreign Minister of Israel, '
               'at the latter\'s initiative.',
         'NOR', '2023-05-06', ['call'], [('call', ('ISR',), ('NOR',), '2023-05-05')]),
    case('F2', 'The Minister had a telephone call, which was requested by the Foreign '
               'Minister of Hungary.',
         'SRB', '2023-05-04', ['call'], [('call', ('HUN',), ('SRB',), '2023-05-04')]),
    case('F2', 'A phone conversation, initiated by the Minister, took place with the Foreign '
               'Minister of Hungary.',
         'SRB', '2023-05-04', ['call'], [('call', ('SRB',), ('HUN',), '2023-05-04')]),
    case('F2', 'In a call held at the request of the Chinese side, the two ministers '
               'discussed trade.',
         'AUS', '2023-05-06', ['call'], [('call', ('CHN',), ('AUS',), '2023-05-06')]),
    case('F2', 'In a telephone call initiated by the Minister, she thanked the Foreign '
               'Minister of Chile.',
         'ESP', '2023-05-06', ['call'], [('call', ('ESP',), ('CHL',), '2023-05-06')]),
    # F3: a past verb after "and" is done
    case('F3', 'The ministers pledged to strengthen cooperation and signed a memorandum on '
               'education with Vietnam.',
         'AUS', '2023-05-06', ['agreement'], [('agreement', ('AUS',), ('VNM',), '2023-05-06')]),
    case('F3', 'The two sides decided to open new consulates and later held consultations '
               'with Ghana.',
         'NOR', '2023-05-06', ['consultation'],
         [('consultation', ('NOR',), ('GHA',), '2023-05-06')]),
    case('F3', 'The Minister promised to support the reforms and then met the Prime '
               'Minister of Moldova.',
         'ROU', '2023-05-06', ['meeting'], [('meeting', ('ROU',), ('MDA',), '2023-05-06')]),
    case('F3', 'The leaders agreed to expand trade and visited a port with the President of '
               'Kenya.',
         'TZA', '2023-05-06', ['meeting'], []),
    case('F3', 'The ministers agreed to increase investment and meet again with Peru next '
               'year.',
         'CHL', '2023-05-06', ['meeting'], []),
    case('F3', 'The sides intend to deepen ties and to sign an agreement with Peru.',
         'CHL', '2023-05-06', ['agreement'], []),
    # F4: the places of one trip, each with its purpose
    case('F4', 'The Minister travelled to Lima for talks and to Santiago for a regional '
               'conference.',
         'ESP', '2023-05-06', ['visit'], [('visit', ('ESP',), ('PER',), '2023-05-06'),
                                          ('visit', ('ESP',), ('CHL',), '2023-05-06')]),
    case('F4', 'In May she visited Hanoi for consultations and Bangkok for a forum on trade.',
         'NZL', '2023-06-06', ['visit'], [('visit', ('NZL',), ('VNM',), '2023-05'),
                                          ('visit', ('NZL',), ('THA',), '2023-05')]),
    case('F4', 'The Foreign Minister went to Accra on 2 May to open an embassy and to Lomé '
               'on 4 May.',
         'IRL', '2023-05-06', ['visit'], [('visit', ('IRL',), ('GHA',), '2023-05-02'),
                                          ('visit', ('IRL',), ('TGO',), '2023-05-04')]),
    case('F4', 'The Minister flew to Ottawa to attend a ministerial meeting and to Mexico '
               'City to sign an agreement.',
         'ESP', '2023-05-06', ['visit'], [('visit', ('ESP',), ('CAN',), '2023-05-06'),
                                          ('visit', ('ESP',), ('MEX',), '2023-05-06')]),
    # (a place after "and" with no purpose or time of its own may be the topic's: no stop)
    case('F4', 'The Minister visited Nairobi to talk about trade and Kampala.',
         'IRL', '2023-05-06', ['visit'], [('visit', ('IRL',), ('KEN',), '2023-05-06')]),
    case('F4', 'The Minister visited Nairobi for talks on Somalia and Sudan.',
         'IRL', '2023-05-06', ['visit'], [('visit', ('IRL',), ('KEN',), '2023-05-06')]),
    # F5: a talk told at its meeting is one meeting
    case('F5', 'The Minister raised human rights during her meeting with the Foreign '
               'Minister of Egypt on 4 May.',
         'NLD', '2023-05-06', ['meeting'], [('meeting', ('NLD',), ('EGY',), '2023-05-04')]),
    case('F5', 'Trade was discussed at the meeting with the Prime Minister of Vietnam.',
         'AUS', '2023-05-06', ['meeting'], [('meeting', ('AUS',), ('VNM',), '2023-05-06')]),
    case('F5', 'The Minister discussed energy security over lunch with the Norwegian '
               'Foreign Minister.',
         'DEU', '2023-05-06', ['meeting'], [('meeting', ('DEU',), ('NOR',), '2023-05-06')]),
    case('F5', 'The Minister discussed climate finance in a phone call with the Foreign '
               'Minister of Fiji.',
         'NZL', '2023-05-06', ['meeting', 'call'], [('call', ('NZL',), ('FJI',), '2023-05-06')]),
    case('F5', 'On Monday the Minister and his Chilean counterpart reviewed trade in their '
               'talks in Santiago.',
         'ESP', '2023-05-10', ['meeting'], [('meeting', ('ESP',), ('CHL',), '2023-05-08')]),
    case('F5', 'The Minister discussed Iran during the talks with the Foreign Minister of '
               'Norway on 3 May.',
         'DEU', '2023-05-06', ['meeting'], [('meeting', ('DEU',), ('NOR',), '2023-05-03')]),
    case('F5', 'The Minister exchanged views on Syria at a meeting with the Foreign Minister '
               'of Norway.',
         'DEU', '2023-05-06', ['meeting'], [('meeting', ('DEU',), ('NOR',), '2023-05-06')]),
    case('F5', 'The Minister talked about energy security over lunch with the Norwegian '
               'Foreign Minister.',
         'DEU', '2023-05-06', ['meeting'], [('meeting', ('DEU',), ('NOR',), '2023-05-06')]),
    case('F5', 'The Minister talked about Iran and Iraq with his Norwegian counterpart on 3 '
               'May.',
         'DEU', '2023-05-06', ['meeting'], [('meeting', ('DEU',), ('NOR',), '2023-05-03')]),
    case('F5', 'The Minister exchanged views on energy at his meeting with the Foreign '
               'Minister of Norway.',
         'DEU', '2023-05-06', ['meeting'], [('meeting', ('DEU',), ('NOR',), '2023-05-06')]),
    # F6: review titles of many shapes
    case('F6', 'Year in Review 2021\n\nThe Minister travelled to Brazil and Peru.',
         'ESP', '2022-01-04', ['visit'], [('visit', ('ESP',), ('BRA',), '2021'),
                                          ('visit', ('ESP',), ('PER',), '2021')]),
    case('F6', 'Looking back at 2022\n\nThe Minister paid a visit to Ghana.',
         'IRL', '2022-12-30', ['visit'], [('visit', ('IRL',), ('GHA',), '2022')]),
    case('F6', 'Key results of 2020\n\nThe Foreign Minister received the Foreign Minister '
               'of Qatar.',
         'NOR', '2020-12-30', ['meeting'], [('meeting', ('NOR',), ('QAT',), '2020')]),
    case('F6', '2021 in review: foreign policy\n\nThe Minister visited Kenya.',
         'DNK', '2021-12-29', ['visit'], [('visit', ('DNK',), ('KEN',), '2021')]),
    case('F6', 'Summing up the year 2019\n\nThe Minister held talks with the Foreign '
               'Minister of Iceland.',
         'NOR', '2019-12-27', ['meeting'], [('meeting', ('NOR',), ('ISL',), '2019')]),
    case('F6', 'Minister hosts year-end dinner for diplomats\n\nThe Minister met the Foreign '
               'Minister of Malta.',
         'ITA', '2022-12-20', ['meeting'], [('meeting', ('ITA',), ('MLT',), '2022-12-20')]),
    # F7: private people beside an official are no second meeting
    case('F7', 'The Minister met the Kenyan Minister of Trade and Kenyan investors.',
         'GBR', '2023-05-06', ['meeting'], [('meeting', ('GBR',), ('KEN',), '2023-05-06')]),
    case('F7', 'In Jakarta she received Indonesian entrepreneurs and the Indonesian '
               'Minister of Industry.',
         'NLD', '2023-05-06', ['meeting'], [('meeting', ('NLD',), ('IDN',), '2023-05-06')]),
    case('F7', 'The Minister held talks with the Foreign Minister of Chile and Chilean '
               'students.',
         'ESP', '2023-05-06', ['meeting'], [('meeting', ('ESP',), ('CHL',), '2023-05-06')]),
    case('F7', 'The Minister met the President of Ghana, Ghanaian journalists and business '
               'leaders.',
         'DEU', '2023-05-06', ['meeting'], [('meeting', ('DEU',), ('GHA',), '2023-05-06')]),
    case('F7', 'The Minister met the Minister of Energy of Peru and the Minister of Mines of '
               'Peru.',
         'ESP', '2023-05-06', ['meeting'], [('meeting', ('ESP',), ('PER',), '2023-05-06'),
                                            ('meeting', ('ESP',), ('PER',), '2023-05-06')]),
    # F8: months listed with their preposition again
    case('F8', 'The Minister met the Foreign Minister of Chile in February and in '
               'September.',
         'ESP', '2023-12-06', ['meeting'], [('meeting', ('ESP',), ('CHL',), '2023-02'),
                                            ('meeting', ('ESP',), ('CHL',), '2023-09')]),
    case('F8', 'Political consultations with Georgia were held in May and again in '
               'November.',
         'EST', '2023-12-06', ['consultation'],
         [('consultation', ('EST',), ('GEO',), '2023-05'),
          ('consultation', ('EST',), ('GEO',), '2023-11')]),
    case('F8', 'In January and in July the Minister spoke by phone with the Foreign '
               'Minister of Turkey.',
         'GRC', '2023-12-06', ['call'], [('call', ('GRC',), ('TUR',), '2023-01'),
                                         ('call', ('GRC',), ('TUR',), '2023-07')]),
    case('F8', 'The Prime Minister visited Japan in April and later in October.',
         'AUS', '2023-12-06', ['visit'], [('visit', ('AUS',), ('JPN',), '2023-04'),
                                          ('visit', ('AUS',), ('JPN',), '2023-10')]),
    case('F8', 'The Minister visited Japan between April and June.',
         'AUS', '2023-12-06', ['visit'], [('visit', ('AUS',), ('JPN',), '2023-04')]),
    case('F8', 'Between March and May 2022 the Minister visited Japan.',
         'AUS', '2023-12-06', ['visit'], [('visit', ('AUS',), ('JPN',), '2022-03')]),
    case('F8', 'The Minister visited Japan three times, in April, in June and in October.',
         'AUS', '2023-12-06', ['visit'], [('visit', ('AUS',), ('JPN',), '2023-04'),
                                          ('visit', ('AUS',), ('JPN',), '2023-06'),
                                          ('visit', ('AUS',), ('JPN',), '2023-10')]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_the_rule_holds_in_other_words(text: str, issuer: str, date: str | None,
                                       types: set[str], expected: list[tuple[Any, ...]]) -> None:
    check(text, issuer, date, types, expected)
