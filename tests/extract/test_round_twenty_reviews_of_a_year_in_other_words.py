"""Year-end reviews of a foreign ministry's year, in sentences of our own (the generality
audit audit20a): partners listed with their months in brackets, one partner with two
months, a month shared by the partners before it, the year's guests told through the
visitors, uncommon event verbs and nouns, counts followed by their names, headings with
colon lists, bullets and semicolons, and events denied. Each case: the construction, the
text, the issuer, the review's year as its date, the types compared and the records
expected (type, from, to, date prefix). A known limit is a strict xfail with its reason."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.audit_support import CORE, case, check


def _r(kind: str, frm: str, to: str, day: str | None) -> tuple[Any, ...]:
    return (kind, (frm,), (to,), day)


def V(frm: str, to: str, day: str | None) -> tuple[Any, ...]:  # noqa: N802
    return _r('visit', frm, to, day)


def M(frm: str, to: str, day: str | None) -> tuple[Any, ...]:  # noqa: N802
    return _r('meeting', frm, to, day)


def C(frm: str, to: str, day: str | None) -> tuple[Any, ...]:  # noqa: N802
    return _r('call', frm, to, day)


def K(frm: str, to: str, day: str | None) -> tuple[Any, ...]:  # noqa: N802
    return _r('consultation', frm, to, day)


def J(frm: str, to: str, day: str | None) -> tuple[Any, ...]:  # noqa: N802
    return _r('commission', frm, to, day)


def A(frm: str, to: str, day: str | None) -> tuple[Any, ...]:  # noqa: N802
    return _r('agreement', frm, to, day)


_CASES = [
    # -- partners listed, each with its month in brackets
    case('months', 'In 2023 the Minister paid official visits to Germany (February), Canada '
                   '(May) and Korea (October).', 'POL', '2023', CORE,
         [V('POL', 'DEU', '2023-02'), V('POL', 'CAN', '2023-05'), V('POL', 'KOR', '2023-10')]),
    case('months', 'Political consultations were held with Vietnam (March), Indonesia (June) '
                   'and the Philippines (November).', 'THA', '2022', CORE,
         [K('THA', 'VNM', '2022-03'), K('THA', 'IDN', '2022-06'), K('THA', 'PHL', '2022-11')]),
    case('months', 'The Minister had telephone conversations with his counterparts from Italy '
                   '(January), Spain (April) and Cyprus (December).', 'GRC', '2021', CORE,
         [C('GRC', 'ITA', '2021-01'), C('GRC', 'ESP', '2021-04'), C('GRC', 'CYP', '2021-12')]),
    case('months', 'Bilateral agreements were signed with Rwanda (March), Tanzania (July) and '
                   'Ethiopia (November).', 'KEN', '2024', CORE,
         [A('KEN', 'RWA', '2024-03'), A('KEN', 'TZA', '2024-07'), A('KEN', 'ETH', '2024-11')]),
    case('months', 'Sessions of the intergovernmental commissions were held with Uzbekistan '
                   '(April) and Kyrgyzstan (September).', 'KAZ', '2020', CORE,
         [J('KAZ', 'UZB', '2020-04'), J('KAZ', 'KGZ', '2020-09')]),
    case('months', 'The Foreign Minister met her colleagues from Iceland (12 March), Denmark '
                   '(4 June) and Finland (21 October).', 'NOR', '2019', CORE,
         [M('NOR', 'ISL', '2019-03-12'), M('NOR', 'DNK', '2019-06-04'),
          M('NOR', 'FIN', '2019-10-21')]),
    case('months', 'Ljubljana was visited by the Presidents of Austria (March) and Croatia '
                   '(June).', 'SVN', '2022', CORE,
         [V('AUT', 'SVN', '2022-03'), V('HRV', 'SVN', '2022-06')]),
    case('months', 'Visits abroad by the Minister: Argentina (January), Brazil (April), Mexico '
                   '(August).', 'CHL', '2024', CORE,
         [V('CHL', 'ARG', '2024-01'), V('CHL', 'BRA', '2024-04'), V('CHL', 'MEX', '2024-08')]),
    case('months', 'The Minister received in Cairo the foreign ministers of Jordan (February), '
                   'Iraq (May) and Sudan (September).', 'EGY', '2023', CORE,
         [M('EGY', 'JOR', '2023-02'), M('EGY', 'IRQ', '2023-05'), M('EGY', 'SDN', '2023-09')]),
    case('months', 'Video calls were held with Japan (February), Australia (June) and India '
                   '(August).', 'IDN', '2021', CORE,
         [C('IDN', 'JPN', '2021-02'), C('IDN', 'AUS', '2021-06'), C('IDN', 'IND', '2021-08')]),
    case('months', 'The UAE hosted rounds of political consultations with Egypt (January), '
                   'Morocco (April) and Oman (October).', 'ARE', '2023', CORE,
         [K('ARE', 'EGY', '2023-01'), K('ARE', 'MAR', '2023-04'), K('ARE', 'OMN', '2023-10')]),
    case('months', 'The Minister travelled to Laos (January), Cambodia (March) and Thailand '
                   '(May).', 'VNM', '2024', CORE,
         [V('VNM', 'LAO', '2024-01'), V('VNM', 'KHM', '2024-03'), V('VNM', 'THA', '2024-05')]),
    case('months', 'In the course of the year the Minister visited Paraguay (14-15 March), '
                   'Bolivia (9 May) and Peru (22 August).', 'BRA', '2022', CORE,
         [V('BRA', 'PRY', '2022-03-14'), V('BRA', 'BOL', '2022-05-09'),
          V('BRA', 'PER', '2022-08-22')]),
    case('months', 'Political consultations between the foreign ministries took place with '
                   'Georgia (February) and Armenia (November).', 'LTU', '2025', CORE,
         [K('LTU', 'GEO', '2025-02'), K('LTU', 'ARM', '2025-11')]),
    case('months', 'Memoranda of understanding were concluded with Senegal (May), Gabon (June) '
                   'and Niger (October).', 'MAR', '2023', CORE,
         [A('MAR', 'SEN', '2023-05'), A('MAR', 'GAB', '2023-06'), A('MAR', 'NER', '2023-10')]),
    case('months', 'The Foreign Minister held talks with the foreign ministers of Brazil '
                   '(January), Argentina (January) and Chile (April).', 'JPN', '2019', CORE,
         [M('JPN', 'BRA', '2019-01'), M('JPN', 'ARG', '2019-01'), M('JPN', 'CHL', '2019-04')]),
    case('months', "The Prime Minister's foreign trips: in February - Germany, in May - Canada, "
                   'in October - Korea.', 'POL', '2023', CORE,
         [V('POL', 'DEU', '2023-02'), V('POL', 'CAN', '2023-05'), V('POL', 'KOR', '2023-10')]),
    case('months', 'I travelled to Ghana (February) and Nigeria (September) and spoke by phone '
                   'with the Foreign Minister of Togo (June).', 'BEN', '2022', CORE,
         [V('BEN', 'GHA', '2022-02'), V('BEN', 'NGA', '2022-09'), C('BEN', 'TGO', '2022-06')]),
    case('months', 'Our ministry held consultations with its counterparts in Malaysia (March) '
                   'and Brunei (July).', 'SGP', '2024', CORE,
         [K('SGP', 'MYS', '2024-03'), K('SGP', 'BRN', '2024-07')]),
    case('months', 'Agreements were signed with Austria (in March) and Switzerland (in '
                   'November).', 'LIE', '2021', CORE,
         [A('LIE', 'AUT', '2021-03'), A('LIE', 'CHE', '2021-11')]),
    # -- one partner, two months
    case('twice', 'The Minister visited Ukraine (twice: May and September), Moldova (June) and '
                  'Georgia (October).', 'LVA', '2023', CORE,
         [V('LVA', 'UKR', '2023-05'), V('LVA', 'UKR', '2023-09'), V('LVA', 'MDA', '2023-06'),
          V('LVA', 'GEO', '2023-10')]),
    case('twice', 'The Foreign Minister travelled to Ukraine in May and again in September.',
         'POL', '2022', CORE, [V('POL', 'UKR', '2022-05'), V('POL', 'UKR', '2022-09')]),
    case('twice', 'Consultations with Japan were held in March and in October.', 'DNK', '2024',
         CORE, [K('DNK', 'JPN', '2024-03'), K('DNK', 'JPN', '2024-10')]),
    case('twice', 'The Minister spoke by telephone with the Iranian Foreign Minister in January '
                  'and again in June.', 'TUR', '2021', CORE,
         [C('TUR', 'IRN', '2021-01'), C('TUR', 'IRN', '2021-06')]),
    case('twice', 'Visits abroad by the Minister: Sweden (February, November), Norway (April).',
         'FIN', '2023', CORE,
         [V('FIN', 'SWE', '2023-02'), V('FIN', 'SWE', '2023-11'), V('FIN', 'NOR', '2023-04')]),
    case('twice', 'The Minister met the Slovak Foreign Minister twice, in January and in August.',
         'CZE', '2020', CORE, [M('CZE', 'SVK', '2020-01'), M('CZE', 'SVK', '2020-08')]),
    case('twice', 'The Minister visited the United States in March and again in September.',
         'IRL', '2022', CORE, [V('IRL', 'USA', '2022-03'), V('IRL', 'USA', '2022-09')]),
    case('twice', 'The Vice Minister held talks with his Japanese counterpart twice, in April '
                  'and in November.', 'KOR', '2024', CORE,
         [M('KOR', 'JPN', '2024-04'), M('KOR', 'JPN', '2024-11')]),
    case('twice', 'The joint commission with Guatemala met in February and once more in '
                  'October.', 'MEX', '2023', CORE,
         [J('MEX', 'GTM', '2023-02'), J('MEX', 'GTM', '2023-10')]),
    case('twice', 'The Minister travelled to Morocco (March and December) and Tunisia (June).',
         'ESP', '2019', CORE,
         [V('ESP', 'MAR', '2019-03'), V('ESP', 'MAR', '2019-12'), V('ESP', 'TUN', '2019-06')]),
    case('twice', 'The Minister went to Ukraine (two visits, in April and August) and to '
                  'Moldova (July).', 'ROU', '2024', CORE,
         [V('ROU', 'UKR', '2024-04'), V('ROU', 'UKR', '2024-08'), V('ROU', 'MDA', '2024-07')]),
    case('twice', 'Telephone calls with the Foreign Minister of Qatar: January; March; July.',
         'KWT', '2022', CORE,
         [C('KWT', 'QAT', '2022-01'), C('KWT', 'QAT', '2022-03'), C('KWT', 'QAT', '2022-07')],
         limit='months listed after an inline heading that names its partner are not read as its '
               'occasions'),
    case('twice', 'Consultations with Brazil took place both in April and in October.', 'ARG',
         '2021', CORE, [K('ARG', 'BRA', '2021-04'), K('ARG', 'BRA', '2021-10')]),
    case('twice', 'The Minister visited Ukraine in May; in September the Ukrainian Prime '
                  'Minister came to Warsaw.', 'POL', '2023', CORE,
         [V('POL', 'UKR', '2023-05'), V('UKR', 'POL', '2023-09')]),
    # -- a month shared by the partners before it
    case('shared', 'The Minister visited Lithuania and Latvia (January), Finland (March) and '
                   'Japan (May).', 'EST', '2023', CORE,
         [V('EST', 'LTU', '2023-01'), V('EST', 'LVA', '2023-01'), V('EST', 'FIN', '2023-03'),
          V('EST', 'JPN', '2023-05')]),
    case('shared', 'Visits abroad: Lithuania, Latvia (January); Finland (March); Japan (May).',
         'EST', '2023', CORE,
         [V('EST', 'LTU', '2023-01'), V('EST', 'LVA', '2023-01'), V('EST', 'FIN', '2023-03'),
          V('EST', 'JPN', '2023-05')]),
    case('shared', 'Consultations were held with Austria and Switzerland (both in April) and with '
                   'Italy (June).', 'SVN', '2021', CORE,
         [K('SVN', 'AUT', '2021-04'), K('SVN', 'CHE', '2021-04'), K('SVN', 'ITA', '2021-06')]),
    case('shared', 'The Minister toured Senegal, Mali and Niger (November).', 'CIV', '2022',
         CORE, [V('CIV', 'SEN', '2022-11'), V('CIV', 'MLI', '2022-11'),
                V('CIV', 'NER', '2022-11')]),
    case('shared', 'Calls with counterparts: Kuwait, Qatar (March); Bahrain (May).', 'OMN',
         '2024', CORE,
         [C('OMN', 'KWT', '2024-03'), C('OMN', 'QAT', '2024-03'), C('OMN', 'BHR', '2024-05')]),
    case('shared', 'The Minister visited the three Baltic states, Estonia, Latvia and '
                   'Lithuania, in August.', 'ISL', '2022', CORE,
         [V('ISL', 'EST', '2022-08'), V('ISL', 'LVA', '2022-08'), V('ISL', 'LTU', '2022-08')]),
    case('shared', 'In June the Minister held talks in Bern and Vienna with his Swiss and '
                   'Austrian colleagues.', 'LUX', '2023', ['meeting'],
         [M('LUX', 'CHE', '2023-06'), M('LUX', 'AUT', '2023-06')]),
    case('shared', 'Agreements were concluded with Chile and Peru (both in May) and with '
                   'Colombia in September.', 'ECU', '2025', CORE,
         [A('ECU', 'CHL', '2025-05'), A('ECU', 'PER', '2025-05'), A('ECU', 'COL', '2025-09')]),
    case('shared', 'Meetings with the foreign ministers of Spain, Portugal (February) and of '
                   'France (July) completed the year.', 'AND', '2020', CORE,
         [M('AND', 'ESP', '2020-02'), M('AND', 'PRT', '2020-02'), M('AND', 'FRA', '2020-07')]),
    # -- the year's guests told through the visitors
    case('guests', 'Among the foreign ministers who came to Riga this year were those of '
                   'Finland, Portugal and Chile.', 'LVA', '2023', CORE,
         [V('FIN', 'LVA', '2023'), V('PRT', 'LVA', '2023'), V('CHL', 'LVA', '2023')]),
    case('guests', 'Review of the year 2024\n\nWe hosted the foreign ministers of Fiji (March) '
                   'and Tonga (July).', 'NZL', '2024', CORE,
         [V('FJI', 'NZL', '2024-03'), V('TON', 'NZL', '2024-07')]),
    case('guests', 'Guests of the Ministry included the foreign ministers of Slovenia, '
                   'Montenegro and Albania.', 'HRV', '2022', CORE,
         [V('SVN', 'HRV', '2022'), V('MNE', 'HRV', '2022'), V('ALB', 'HRV', '2022')]),
    case('guests', 'Tbilisi received the Prime Ministers of Poland and Lithuania.', 'GEO',
         '2021', CORE, [V('POL', 'GEO', '2021'), V('LTU', 'GEO', '2021')]),
    case('guests', 'Among our guests were the Presidents of Hungary (March) and Austria '
                   '(October).', 'SVK', '2019', CORE,
         [V('HUN', 'SVK', '2019-03'), V('AUT', 'SVK', '2019-10')]),
    case('guests', 'Ulaanbaatar welcomed the foreign ministers of Japan, Korea and Germany.',
         'MNG', '2023', CORE,
         [V('JPN', 'MNG', '2023'), V('KOR', 'MNG', '2023'), V('DEU', 'MNG', '2023')]),
    case('guests', 'Lisbon was the destination of official visits by the Presidents of Angola '
                   '(May) and Brazil (July).', 'PRT', '2022', CORE,
         [V('AGO', 'PRT', '2022-05'), V('BRA', 'PRT', '2022-07')]),
    case('guests', 'Foreign leaders who visited Singapore this year included the Prime '
                   'Ministers of Vietnam and Malaysia.', 'SGP', '2024', CORE,
         [V('VNM', 'SGP', '2024'), V('MYS', 'SGP', '2024')]),
    case('guests', 'The foreign ministers of Denmark and Sweden were among the visitors to '
                   'Reykjavik.', 'ISL', '2023', CORE,
         [V('DNK', 'ISL', '2023'), V('SWE', 'ISL', '2023')],
         limit="guests named before 'were among the visitors to X' are not read as visiting"),
    case('guests', 'Canada welcomed visits by the President of Mexico (January) and the Prime '
                   'Minister of Italy (June).', 'CAN', '2023', CORE,
         [V('MEX', 'CAN', '2023-01'), V('ITA', 'CAN', '2023-06')]),
    case('guests', 'Astana hosted the Presidents of Turkmenistan (April) and Tajikistan '
                   '(August) on state visits.', 'KAZ', '2024', CORE,
         [V('TKM', 'KAZ', '2024-04'), V('TJK', 'KAZ', '2024-08')]),
    case('guests', 'Among those who paid visits to Sofia were the foreign ministers of Greece, '
                   'Romania and North Macedonia.', 'BGR', '2021', CORE,
         [V('GRC', 'BGR', '2021'), V('ROU', 'BGR', '2021'), V('MKD', 'BGR', '2021')]),
    case('guests', 'The Kingdom received visits from the foreign ministers of Egypt, Iraq and '
                   'Saudi Arabia.', 'JOR', '2025', CORE,
         [V('EGY', 'JOR', '2025'), V('IRQ', 'JOR', '2025'), V('SAU', 'JOR', '2025')]),
    case('guests', 'The year 2024 in review\n\nWe were honoured to host the King of Sweden '
                   '(May) and the President of Finland (October).', 'EST', '2024', CORE,
         [V('SWE', 'EST', '2024-05'), V('FIN', 'EST', '2024-10')]),
    case('guests', 'Our visitors this year included the Prime Minister of India and the '
                   'President of Indonesia.', 'AUS', '2022', CORE,
         [V('IND', 'AUS', '2022'), V('IDN', 'AUS', '2022')]),
    case('guests', 'The foreign ministers of Italy, Malta and Cyprus came to Athens during the '
                   'year.', 'GRC', '2020', CORE,
         [V('ITA', 'GRC', '2020'), V('MLT', 'GRC', '2020'), V('CYP', 'GRC', '2020')]),
    case('guests', 'Visitors to Dhaka in 2023 included the foreign ministers of Nepal (May) and '
                   'Bhutan (August).', 'BGD', '2023', CORE,
         [V('NPL', 'BGD', '2023-05'), V('BTN', 'BGD', '2023-08')]),
    case('guests', 'Among the heads of state received in Bucharest were those of Moldova and '
                   'Poland.', 'ROU', '2022', CORE,
         [M('ROU', 'MDA', '2022'), M('ROU', 'POL', '2022')]),
    case('guests', 'Hanoi played host to the Prime Ministers of Japan (May) and Australia '
                   '(June).', 'VNM', '2023', CORE,
         [V('JPN', 'VNM', '2023-05'), V('AUS', 'VNM', '2023-06')]),
    case('guests', 'Among the foreign ministers who spoke at the conference were those of Peru '
                   'and Chile.', 'ECU', '2023', CORE, []),
    case('guests', 'Among the guests at the reception were the ambassadors of Peru and Chile.',
         'ECU', '2023', CORE, []),
    case('guests', 'Among the countries that sent observers to the elections were Peru and '
                   'Chile.', 'ECU', '2023', CORE, []),
    # -- uncommon event verbs and nouns
    case('verbs', 'The Ministry organised consultations with the foreign ministries of '
                  'Slovakia, Hungary and Slovenia.', 'AUT', '2023', CORE,
         [K('AUT', 'SVK', '2023'), K('AUT', 'HUN', '2023'), K('AUT', 'SVN', '2023')]),
    case('verbs', 'We arranged consultations with the foreign ministries of Belgium and the '
                  'Netherlands in May.', 'LUX', '2022', CORE,
         [K('LUX', 'BEL', '2022-05'), K('LUX', 'NLD', '2022-05')]),
    case('verbs', 'The Department conducted bilateral consultations with the foreign ministries '
                  'of Japan, Korea and Australia.', 'PHL', '2019', CORE,
         [K('PHL', 'JPN', '2019'), K('PHL', 'KOR', '2019'), K('PHL', 'AUS', '2019')]),
    case('verbs', 'Four rounds of political consultations were held with France.', 'ARM',
         '2024', CORE, [K('ARM', 'FRA', '2024')]),
    case('verbs', 'Rounds of inter-ministerial consultations took place with Tajikistan '
                  '(March) and Turkmenistan (August).', 'UZB', '2023', CORE,
         [K('UZB', 'TJK', '2023-03'), K('UZB', 'TKM', '2023-08')]),
    case('verbs', 'Meetings at the level of deputy foreign ministers took place with Serbia and '
                  'Montenegro.', 'BIH', '2021', CORE,
         [M('BIH', 'SRB', '2021'), M('BIH', 'MNE', '2021')]),
    case('verbs', 'Contacts at the level of foreign ministers were maintained with Hungary and '
                  'Greece.', 'SRB', '2021', CORE, []),
    case('verbs', 'The Minister engaged in bilateral talks with his counterparts from Brunei '
                  'and Thailand on the sidelines of the ASEAN meeting in Jakarta.', 'MYS', '2023',
         ['meeting'], [M('MYS', 'BRN', '2023'), M('MYS', 'THA', '2023')]),
    case('verbs', 'The Binational Commission with Nigeria convened in Abuja in November.', 'ZAF',
         '2022', ['commission'], [J('ZAF', 'NGA', '2022-11')]),
    case('verbs', 'The Joint Ministerial Commission with Djibouti held its ninth session in '
                  'March.', 'ETH', '2024', CORE, [J('ETH', 'DJI', '2024-03')]),
    case('verbs', 'The Sultanate concluded agreements with Iran and India.', 'OMN', '2023', CORE,
         [A('OMN', 'IRN', '2023'), A('OMN', 'IND', '2023')]),
    case('verbs', 'The Minister exchanged phone calls with the foreign ministers of Kuwait and '
                  'Bahrain.', 'QAT', '2022', CORE,
         [C('QAT', 'KWT', '2022'), C('QAT', 'BHR', '2022')]),
    case('verbs', 'The Minister undertook working trips to Togo (February) and Burkina Faso '
                  '(July).', 'GHA', '2021', CORE,
         [V('GHA', 'TGO', '2021-02'), V('GHA', 'BFA', '2021-07')]),
    case('verbs', 'Pakistan and China held the third round of bilateral political consultations '
                  'in Beijing in April.', 'PAK', '2022', CORE, [K('PAK', 'CHN', '2022-04')]),
    case('verbs', 'Foreign Office Consultations were held with Nepal (January), Bhutan (March) '
                  'and Sri Lanka (July).', 'BGD', '2023', CORE,
         [K('BGD', 'NPL', '2023-01'), K('BGD', 'BTN', '2023-03'), K('BGD', 'LKA', '2023-07')]),
    case('verbs', 'The Foreign Secretary co-chaired consultations with India in February.',
         'LKA', '2024', CORE, [K('LKA', 'IND', '2024-02')]),
    case('verbs', 'The Joint Commission meeting with India was convened in Kathmandu in '
                  'January.', 'NPL', '2023', CORE, [J('NPL', 'IND', '2023-01')]),
    case('verbs', 'The External Affairs Minister made official visits to the Maldives (January) '
                  'and Bhutan (June).', 'IND', '2019', CORE,
         [V('IND', 'MDV', '2019-01'), V('IND', 'BTN', '2019-06')]),
    case('verbs', 'The Prime Minister undertook visits to Australia and New Zealand.', 'FJI',
         '2023', CORE, [V('FJI', 'AUS', '2023'), V('FJI', 'NZL', '2023')]),
    case('verbs', 'The Minister sustained videoconferences with his counterparts from Uruguay '
                  'and Paraguay.', 'ARG', '2020', CORE,
         [C('ARG', 'URY', '2020'), C('ARG', 'PRY', '2020')]),
    case('verbs', 'The Mechanism of Political Consultations with Ecuador met in May and the one '
                  'with Panama in September.', 'COL', '2022', CORE,
         [K('COL', 'ECU', '2022-05'), K('COL', 'PAN', '2022-09')],
         limit="a mechanism as the subject of 'met', and its second round elided ('the one with "
               "B')"),
    case('verbs', 'The Political Consultation Mechanism with Chile held its meeting in '
                  'Montevideo in August.', 'URY', '2023', CORE, [K('URY', 'CHL', '2023-08')]),
    case('verbs', 'Tunisia co-chaired with Algeria the session of the joint high commission in '
                  'Algiers in June.', 'TUN', '2022', ['commission'], [J('TUN', 'DZA', '2022-06')]),
    case('verbs', 'The Minister led the delegation to the session of the joint commission with '
                  'Mauritania in Nouakchott (March).', 'SEN', '2024', ['commission'],
         [J('SEN', 'MRT', '2024-03')]),
    case('verbs', 'Rounds of talks between the foreign ministries were conducted with Kenya and '
                  'Uganda.', 'TZA', '2021', CORE,
         [K('TZA', 'KEN', '2021'), K('TZA', 'UGA', '2021')],
         limit="'rounds of talks between the foreign ministries' are read as meetings, not "
               'consultations'),
    case('verbs', 'Inter-ministry consultations with Georgia and Moldova were carried out in '
                  'Kyiv.', 'UKR', '2019', CORE,
         [K('UKR', 'GEO', '2019'), K('UKR', 'MDA', '2019')]),
    case('verbs', 'The Minister paid a working visit to Berlin (March) and an official one to '
                  'Paris (June).', 'BEL', '2024', CORE,
         [V('BEL', 'DEU', '2024-03'), V('BEL', 'FRA', '2024-06')]),
    # -- counts followed by their names
    case('counted', 'Two sessions of joint commissions were held: with Egypt in March and with '
                    'Iraq in September.', 'JOR', '2023', CORE,
         [J('JOR', 'EGY', '2023-03'), J('JOR', 'IRQ', '2023-09')]),
    case('counted', 'Three visits abroad were made: to Chile (April), Ecuador (June) and '
                    'Colombia (November).', 'PER', '2022', CORE,
         [V('PER', 'CHL', '2022-04'), V('PER', 'ECU', '2022-06'), V('PER', 'COL', '2022-11')]),
    case('counted', 'Four agreements were signed, with Moldova, Bulgaria, Serbia and Hungary.',
         'ROU', '2021', CORE,
         [A('ROU', 'MDA', '2021'), A('ROU', 'BGR', '2021'), A('ROU', 'SRB', '2021'),
          A('ROU', 'HUN', '2021')]),
    case('counted', 'The Minister held 12 phone calls with counterparts, among them those of '
                    'Poland and Slovakia.', 'HUN', '2024', CORE,
         [C('HUN', 'POL', '2024'), C('HUN', 'SVK', '2024')]),
    case('counted', 'Three rounds of consultations took place: with Belgium (February), Germany '
                    '(June) and France (October).', 'NLD', '2023', CORE,
         [K('NLD', 'BEL', '2023-02'), K('NLD', 'DEU', '2023-06'), K('NLD', 'FRA', '2023-10')]),
    case('counted', 'The Minister paid five visits abroad, namely to Azerbaijan, Georgia, Iraq, '
                    'Qatar and Germany.', 'TUR', '2022', CORE,
         [V('TUR', 'AZE', '2022'), V('TUR', 'GEO', '2022'), V('TUR', 'IRQ', '2022'),
          V('TUR', 'QAT', '2022'), V('TUR', 'DEU', '2022')]),
    case('counted', 'Two official visits were received: the President of Italy in March and the '
                    'Prime Minister of Greece in October.', 'MLT', '2019', CORE,
         [V('ITA', 'MLT', '2019-03'), V('GRC', 'MLT', '2019-10')]),
    case('counted', 'There were two leaders\' visits to Australia: the Prime Minister of Japan '
                    '(January) and the President of Indonesia (July).', 'AUS', '2023', CORE,
         [V('JPN', 'AUS', '2023-01'), V('IDN', 'AUS', '2023-07')]),
    case('counted', 'Two rounds of consultations were held with Romania, in March and in '
                    'October.', 'MDA', '2023', CORE,
         [K('MDA', 'ROU', '2023-03'), K('MDA', 'ROU', '2023-10')]),
    case('counted', 'Three coordination council meetings were held: with Egypt (February), Iraq '
                    '(May) and Türkiye (October).', 'SAU', '2024', CORE,
         [J('SAU', 'EGY', '2024-02'), J('SAU', 'IRQ', '2024-05'), J('SAU', 'TUR', '2024-10')],
         limit="'coordination council meetings' is not read as a standing body's sessions"),
    case('counted', 'The Minister made 9 foreign trips, including to Turkey, Pakistan and '
                    'Georgia.', 'AZE', '2021', CORE,
         [V('AZE', 'TUR', '2021'), V('AZE', 'PAK', '2021'), V('AZE', 'GEO', '2021')]),
    case('counted', 'A total of three memoranda were signed: with Greece in April, Israel in '
                    'June and Egypt in October.', 'CYP', '2022', CORE,
         [A('CYP', 'GRC', '2022-04'), A('CYP', 'ISR', '2022-06'), A('CYP', 'EGY', '2022-10')]),
    case('counted', 'Of the 14 visits abroad, two went to Brazil (March, August) and one to '
                    'Chile (May).', 'URY', '2024', CORE,
         [V('URY', 'BRA', '2024-03'), V('URY', 'BRA', '2024-08'), V('URY', 'CHL', '2024-05')],
         limit="a count shared out among places ('two went to A ... and one to B') is not read"),
    case('counted', 'Two joint commissions met this year, those with Kazakhstan (May) and with '
                    'Russia (November).', 'KGZ', '2019', CORE,
         [J('KGZ', 'KAZ', '2019-05'), J('KGZ', 'RUS', '2019-11')]),
    case('counted', 'Three sessions of the joint commission with Korea have been held since '
                    '2015.', 'UZB', '2023', CORE, []),
    # -- headings with colon lists, bullets and semicolons
    case('heading', 'Visits abroad: Germany (February); France (April); Spain (June).', 'ITA',
         '2023', CORE,
         [V('ITA', 'DEU', '2023-02'), V('ITA', 'FRA', '2023-04'), V('ITA', 'ESP', '2023-06')]),
    case('heading', 'Incoming visits:\n- Prime Minister of Slovenia, March\n- President of '
                    'Austria, May', 'HRV', '2024', CORE,
         [V('SVN', 'HRV', '2024-03'), V('AUT', 'HRV', '2024-05')]),
    case('heading', 'Consultations held:\n• Argentina (March)\n• Chile (May)\n• Peru '
                    '(September)', 'BRA', '2023', CORE,
         [K('BRA', 'ARG', '2023-03'), K('BRA', 'CHL', '2023-05'), K('BRA', 'PER', '2023-09')]),
    case('heading', 'Joint commissions: Turkey (June); Uzbekistan (October).', 'TKM', '2022',
         CORE, [J('TKM', 'TUR', '2022-06'), J('TKM', 'UZB', '2022-10')]),
    case('heading', 'Agreements signed in 2021:\n1. Norway - 15 March\n2. Finland - 2 September',
         'SWE', '2021', CORE, [A('SWE', 'NOR', '2021-03-15'), A('SWE', 'FIN', '2021-09-02')]),
    case('heading', 'Telephone conversations of the Minister: Albania (January); Bulgaria '
                    '(April); Greece (October).', 'MKD', '2023', CORE,
         [C('MKD', 'ALB', '2023-01'), C('MKD', 'BGR', '2023-04'), C('MKD', 'GRC', '2023-10')]),
    case('heading', 'Meetings with counterparts - Finland (February), Sweden (May), Poland '
                    '(August).', 'EST', '2022', CORE,
         [M('EST', 'FIN', '2022-02'), M('EST', 'SWE', '2022-05'), M('EST', 'POL', '2022-08')]),
    case('heading', 'Main visits abroad of the year: Spain (January); Italy (March); Chile '
                    '(June).', 'ARG', '2024', CORE,
         [V('ARG', 'ESP', '2024-01'), V('ARG', 'ITA', '2024-03'), V('ARG', 'CHL', '2024-06')]),
    case('heading', 'Summit diplomacy\n- State visit to the United States (April)\n- Official '
                    'visit to Vietnam (June)', 'KOR', '2023', CORE,
         [V('KOR', 'USA', '2023-04'), V('KOR', 'VNM', '2023-06')]),
    case('heading', 'Consultations: Estonia, 3 March; Lithuania, 17 May; Finland, 9 October.',
         'LVA', '2020', CORE,
         [K('LVA', 'EST', '2020-03-03'), K('LVA', 'LTU', '2020-05-17'),
          K('LVA', 'FIN', '2020-10-09')]),
    case('heading', 'In the year under review, the Minister visited Chile in March; Peru in '
                    'June; and Bolivia in October.', 'PRY', '2021', CORE,
         [V('PRY', 'CHL', '2021-03'), V('PRY', 'PER', '2021-06'), V('PRY', 'BOL', '2021-10')]),
    case('heading', '- January: visit to Japan\n- April: visit to India\n- July: visit to '
                    'Korea', 'NZL', '2023', CORE,
         [V('NZL', 'JPN', '2023-01'), V('NZL', 'IND', '2023-04'), V('NZL', 'KOR', '2023-07')]),
    case('heading', 'Guests of the year: the President of Ghana (February), the Prime Minister '
                    'of Togo (June).', 'CIV', '2023', CORE,
         [V('GHA', 'CIV', '2023-02'), V('TGO', 'CIV', '2023-06')]),
    case('heading', 'Signed agreements: with Italy (March) and with Spain (November).', 'TUN',
         '2019', CORE, [A('TUN', 'ITA', '2019-03'), A('TUN', 'ESP', '2019-11')]),
    case('heading', 'Bilateral visits\nOutgoing: Kenya (May); Uganda (August)\nIncoming: '
                    'Rwanda (March); Burundi (October)', 'TZA', '2022', CORE,
         [V('TZA', 'KEN', '2022-05'), V('TZA', 'UGA', '2022-08'), V('RWA', 'TZA', '2022-03'),
          V('BDI', 'TZA', '2022-10')]),
    case('heading', 'Calls:\n* Canada, 12 January\n* Mexico, 8 April', 'USA', '2021',
         CORE, [C('USA', 'CAN', '2021-01-12'), C('USA', 'MEX', '2021-04-08')]),
    case('heading', 'Visits planned for 2024:\n- Brazil\n- Argentina', 'CHL', '2023', CORE, []),
    case('heading', 'Countries with which consultations are foreseen: Chile; Peru.', 'ECU',
         '2023', CORE, []),
    case('heading', 'Embassies opened: Ghana (March); Peru (June).', 'CZE', '2023', CORE, []),
    # -- events denied
    case('denied', 'The Minister did not meet his Russian counterpart this year.', 'FIN',
         '2023', CORE, []),
    case('denied', 'No consultations with Belarus were held in 2022.', 'LTU', '2022', CORE, []),
    case('denied', 'The planned visit to Mali did not take place.', 'FRA', '2022', CORE, []),
    case('denied', 'The joint commission with Iran did not meet this year.', 'AZE', '2024', CORE,
         []),
    case('denied', 'There were no visits at the level of foreign ministers to Serbia.', 'ALB',
         '2020', CORE, []),
    case('denied', 'Unlike last year, the Minister did not travel to China.', 'AUS', '2021',
         CORE, []),
    case('denied', 'The President visited Argentina (March) but not Chile.', 'BRA', '2023', CORE,
         [V('BRA', 'ARG', '2023-03')]),
    case('denied', 'Consultations with Peru were postponed to next year; those with Ecuador '
                   'took place in May.', 'COL', '2024', CORE, [K('COL', 'ECU', '2024-05')],
         limit="a second round elided after a semicolon ('those with B took place in May') is "
               'not read'),
    case('denied', 'No agreements were signed with Venezuela during the year.', 'GUY', '2023',
         CORE, []),
    case('denied', 'Because of the pandemic the visits of the foreign ministers of Japan and '
                   'Korea were cancelled.', 'MNG', '2020', CORE, []),
    case('denied', 'The intergovernmental commission with Belarus has not met since 2020.',
         'UKR', '2023', CORE, []),
    case('denied', 'No phone calls took place with the Myanmar authorities.', 'THA', '2022',
         CORE, []),
    case('denied', 'The Minister did not visit any Gulf country this year, but he received the '
                   'Foreign Minister of Qatar in Amman in May.', 'JOR', '2024', CORE,
         [M('JOR', 'QAT', '2024-05')]),
    case('denied', 'The joint commission with Angola, which had not met in 2021, held its '
                   'session in Luanda in October.', 'NAM', '2022', CORE,
         [J('NAM', 'AGO', '2022-10')]),
    case('denied', 'Neither the visit to Peru nor the consultations with Bolivia could be held '
                   'this year.', 'CHL', '2020', CORE, []),
    # -- the year's time told in other places
    case('when', 'In March the Minister visited Japan; in June, Korea; in October, China.',
         'MNG', '2022', CORE,
         [V('MNG', 'JPN', '2022-03'), V('MNG', 'KOR', '2022-06'), V('MNG', 'CHN', '2022-10')]),
    case('when', 'It was in September that the Minister travelled to Canada for the first '
                 'time.', 'IRL', '2024', CORE, [V('IRL', 'CAN', '2024-09')]),
    case('when', 'The first half of the year was marked by visits of the Minister to Brazil '
                 '(February) and Mexico (May).', 'PRT', '2023', CORE,
         [V('PRT', 'BRA', '2023-02'), V('PRT', 'MEX', '2023-05')]),
    case('when', 'September brought the visit of the Foreign Minister of Kenya to Addis Ababa.',
         'ETH', '2023', CORE, [V('KEN', 'ETH', '2023-09')]),
    case('when', 'The year opened with a visit by the Minister to India in January and closed '
                 'with consultations in Tokyo in December.', 'LKA', '2022', CORE,
         [V('LKA', 'IND', '2022-01'), K('LKA', 'JPN', '2022-12')],
         limit="'closed with consultations in Tokyo' (a city only, no partner) is not read as a "
               'round with Japan'),
    case('when', 'During the year the Minister held meetings with his counterparts from Egypt '
                 'and Algeria.', 'LBY', '2021', CORE,
         [M('LBY', 'EGY', '2021'), M('LBY', 'DZA', '2021')]),
    case('when', 'In autumn, agreements were signed with Slovakia and Czechia.', 'HUN', '2022',
         CORE, [A('HUN', 'SVK', '2022'), A('HUN', 'CZE', '2022')]),
    case('when', 'The Minister attended the session of the joint commission with Qatar held in '
                 'Doha on 3 and 4 May.', 'KWT', '2021', ['commission'],
         [J('KWT', 'QAT', '2021-05-03')]),
    case('when', 'The Minister visited Kazakhstan for the first time in March and Kyrgyzstan '
                 'for the second time in July.', 'TJK', '2025', CORE,
         [V('TJK', 'KAZ', '2025-03'), V('TJK', 'KGZ', '2025-07')]),
    case('when', 'Talks with the Prime Minister of Pakistan were held in Riyadh in June; those '
                 'with the President of Iran in Tehran in August.', 'SAU', '2023', ['meeting'],
         [M('SAU', 'PAK', '2023-06'), M('SAU', 'IRN', '2023-08')]),
    # -- (fixes) the months listed in one partner's brackets: a record for each
    case('fix-twice', 'The State Secretary travelled to Japan (April and October) and Korea '
                      '(June).', 'DNK', '2022', CORE,
         [V('DNK', 'JPN', '2022-04'), V('DNK', 'JPN', '2022-10'), V('DNK', 'KOR', '2022-06')]),
    case('fix-twice', 'Consultations were held with Mexico (twice: March and November) and '
                      'Brazil (July).', 'CHL', '2023', CORE,
         [K('CHL', 'MEX', '2023-03'), K('CHL', 'MEX', '2023-11'), K('CHL', 'BRA', '2023-07')]),
    case('fix-twice', 'The Minister had phone calls with her counterparts from Greece (January, '
                      'June) and Cyprus (March).', 'MLT', '2021', CORE,
         [C('MLT', 'GRC', '2021-01'), C('MLT', 'GRC', '2021-06'), C('MLT', 'CYP', '2021-03')]),
    case('fix-twice', 'Tallinn was visited by the foreign ministers of Finland (March and '
                      'September) and Latvia (May).', 'EST', '2024', CORE,
         [V('FIN', 'EST', '2024-03'), V('FIN', 'EST', '2024-09'), V('LVA', 'EST', '2024-05')]),
    case('fix-twice', 'The Minister visited Chile (4 and 5 May) and Peru (8 May).', 'ARG', '2022',
         CORE, [V('ARG', 'CHL', '2022-05-04'), V('ARG', 'PER', '2022-05-08')]),
    case('fix-twice', 'Talks were held with Georgia (Tbilisi, March) and Armenia (Yerevan, '
                      'June).', 'LTU', '2023', CORE,
         [M('LTU', 'GEO', '2023-03'), M('LTU', 'ARM', '2023-06')]),
    # -- (fixes) the month in the last partner's brackets is theirs all
    case('fix-shared', 'The Minister held talks with his colleagues from Norway, Sweden and '
                       'Denmark (all in April) and from Iceland (September).', 'FIN', '2021',
         CORE, [M('FIN', 'NOR', '2021-04'), M('FIN', 'SWE', '2021-04'),
                M('FIN', 'DNK', '2021-04'), M('FIN', 'ISL', '2021-09')]),
    case('fix-shared', 'Agreements were signed with Laos, Cambodia (March) and Myanmar (July).',
         'THA', '2019', CORE,
         [A('THA', 'LAO', '2019-03'), A('THA', 'KHM', '2019-03'), A('THA', 'MMR', '2019-07')]),
    case('fix-shared', 'Consultations: Croatia, Slovenia (both May); Austria (October).', 'HUN',
         '2024', CORE,
         [K('HUN', 'HRV', '2024-05'), K('HUN', 'SVN', '2024-05'), K('HUN', 'AUT', '2024-10')]),
    case('fix-shared', 'The Minister visited Germany (January), Austria and Italy (June).', 'CZE',
         '2023', CORE,
         [V('CZE', 'DEU', '2023-01'), V('CZE', 'AUT', '2023-06'), V('CZE', 'ITA', '2023-06')]),
    # -- (fixes) headings of calls, and of visits told as outgoing and incoming
    case('fix-heading', 'Calls held by the Minister:\n• Chile (January)\n• Peru (March)', 'ECU',
         '2022', CORE, [C('ECU', 'CHL', '2022-01'), C('ECU', 'PER', '2022-03')]),
    case('fix-heading', 'Outgoing:\n- Ghana (April)\n- Togo (July)', 'BEN', '2024', CORE,
         [V('BEN', 'GHA', '2024-04'), V('BEN', 'TGO', '2024-07')]),
    case('fix-heading', 'Incoming:\n- President of Niger (February)\n- Prime Minister of Mali '
                        '(August)', 'BEN', '2024', CORE,
         [V('NER', 'BEN', '2024-02'), V('MLI', 'BEN', '2024-08')]),
    case('fix-heading', 'Calls for proposals:\n- Chile\n- Peru', 'ECU', '2022', CORE, []),
    # -- (fixes) the guests listed after "were (the ...)", "included the ..."
    case('fix-guests', 'Guests who came to Vilnius in 2022 included the prime ministers of '
                       'Ireland and Portugal.', 'LTU', '2022', CORE,
         [V('IRL', 'LTU', '2022'), V('PRT', 'LTU', '2022')]),
    case('fix-guests', 'Leaders who paid official visits to Accra this year included the '
                       'Presidents of Togo and Niger.', 'GHA', '2023', CORE,
         [V('TGO', 'GHA', '2023'), V('NER', 'GHA', '2023')]),
    case('fix-guests', 'Among the heads of government who came to Lisbon this year were those '
                       'of Spain, Cabo Verde and Angola.', 'PRT', '2024', CORE,
         [V('ESP', 'PRT', '2024'), V('CPV', 'PRT', '2024'), V('AGO', 'PRT', '2024')]),
    case('fix-guests', 'Among those who spoke at the forum in Riga this year were the foreign '
                       'ministers of Chile and Peru.', 'LVA', '2023', CORE, []),
    # -- (fixes) a review's pride in its guests
    case('fix-host', 'Review of 2023\n\nWe were delighted to welcome the Prime Minister of '
                     'Japan (April) and the President of Korea (November).', 'MNG', '2023', CORE,
         [V('JPN', 'MNG', '2023-04'), V('KOR', 'MNG', '2023-11')]),
    case('fix-host', 'Results of the year 2022\n\nOur country was proud to host the Presidents '
                     'of Kenya and Uganda.', 'TZA', '2022', CORE,
         [V('KEN', 'TZA', '2022'), V('UGA', 'TZA', '2022')]),
    case('fix-host', 'Annual review 2021\n\nWe were pleased to receive the Foreign Minister of '
                     'India in March.', 'NPL', '2021', CORE, [V('IND', 'NPL', '2021-03')]),
    case('fix-host', 'Warsaw, 4 May 2023 - We were honoured to host the Foreign Minister of '
                     'Chile today.', 'POL', '2023-05-04', CORE, [M('POL', 'CHL', '2023-05-04')]),
    # -- (fixes) rounds counted, held with the partners named
    case('fix-counted', 'Two sessions of intergovernmental commissions took place: with Belarus '
                        '(April) and with Armenia (October).', 'KAZ', '2019', CORE,
         [J('KAZ', 'BLR', '2019-04'), J('KAZ', 'ARM', '2019-10')]),
    case('fix-counted', 'Five rounds of political consultations were conducted with Vietnam.',
         'LAO', '2023', CORE, [K('LAO', 'VNM', '2023')]),
    case('fix-counted', 'Three rounds of consultations were held: with Kenya in February, Ghana '
                        'in June and Senegal in November.', 'NGA', '2022', CORE,
         [K('NGA', 'KEN', '2022-02'), K('NGA', 'GHA', '2022-06'), K('NGA', 'SEN', '2022-11')]),
    case('fix-counted', 'Since 2005, 14 rounds of political consultations have been held with '
                        'Japan.', 'VNM', '2023', CORE, []),
    case('fix-counted', 'Twelve rounds of consultations with Chile have taken place so far.',
         'ARG', '2023', CORE, []),
    # -- (fixes) consultations organised, arranged, chaired or carried out
    case('fix-verbs', 'The Ministry arranged consultations with Iceland in March.', 'NOR',
         '2020', CORE, [K('NOR', 'ISL', '2020-03')]),
    case('fix-verbs', 'The Secretary General chaired consultations with the Swiss foreign '
                      'ministry in June.', 'AUT', '2022', CORE, [K('AUT', 'CHE', '2022-06')]),
    case('fix-verbs', 'Consultations with Estonia and Latvia were organised in Helsinki.', 'FIN',
         '2023', CORE, [K('FIN', 'EST', '2023'), K('FIN', 'LVA', '2023')]),
    case('fix-verbs', 'The Ministry organised a seminar with the embassies of Chile and Peru.',
         'BOL', '2023', CORE, []),
    case('fix-verbs', 'The Ministry organised consultations with civil society on the new '
                      'strategy.', 'BOL', '2023', CORE, []),
    # -- (fixes) events denied right before their noun or verb
    case('fix-denied', 'No visits at the level of heads of state took place with Iran.', 'AZE',
         '2022', CORE, []),
    case('fix-denied', 'There were no meetings with the Syrian foreign minister this year.',
         'JOR', '2022', CORE, []),
    case('fix-denied', 'Not a single agreement was signed with Venezuela.', 'GUY', '2024', CORE,
         []),
    case('fix-denied', 'The Minister did not travel to Russia, but he visited Kazakhstan in '
                       'May.', 'MNG', '2023', CORE, [V('MNG', 'KAZ', '2023-05')]),
    case('fix-denied', 'Talks with no preconditions were held with Peru in May.', 'ECU', '2023',
         CORE, [M('ECU', 'PER', '2023-05')]),
    # -- (fixes) an event counted, then each of its times named
    case('fix-count', 'The Minister held phone calls with the Foreign Minister of Canada three '
                      'times, in February, June and October.', 'MEX', '2022', CORE,
         [C('MEX', 'CAN', '2022-02'), C('MEX', 'CAN', '2022-06'), C('MEX', 'CAN', '2022-10')]),
    case('fix-count', 'The joint commission with Azerbaijan met twice, in March and in '
                      'November.', 'GEO', '2023', CORE,
         [J('GEO', 'AZE', '2023-03'), J('GEO', 'AZE', '2023-11')]),
    case('fix-count', 'Consultations with Serbia were held twice (February and September).',
         'MNE', '2021', CORE, [K('MNE', 'SRB', '2021-02'), K('MNE', 'SRB', '2021-09')]),
    case('fix-count', 'The Minister met the Foreign Minister of Peru twice this year.', 'ECU',
         '2022', ['meeting'], [M('ECU', 'PER', '2022')]),
    # -- (fixes) the guests of counted visits named after a colon
    case('fix-colon', 'Three state visits to Kenya took place: the President of Ghana (March), '
                      'the King of Morocco (June) and the President of Brazil (August).', 'KEN',
         '2024', CORE, [V('GHA', 'KEN', '2024-03'), V('MAR', 'KEN', '2024-06'),
                        V('BRA', 'KEN', '2024-08')]),
    case('fix-colon', 'Official visits to Malta in 2021: the Prime Minister of Italy (May) and '
                      'the President of Greece (October).', 'MLT', '2021', CORE,
         [V('ITA', 'MLT', '2021-05'), V('GRC', 'MLT', '2021-10')]),
    case('fix-colon', 'Visits to Kenya: the list of the guests of the year is in the annex.',
         'KEN', '2023', CORE, []),
    # -- (fixes) a place that played host to its guests
    case('fix-played', 'Dakar played host to the President of Gambia (February) and the Prime '
                       'Minister of Mali (May).', 'SEN', '2022', CORE,
         [V('GMB', 'SEN', '2022-02'), V('MLI', 'SEN', '2022-05')]),
    case('fix-played', 'Our capital played host to the foreign ministers of Chile and Peru.',
         'BOL', '2023', CORE, [V('CHL', 'BOL', '2023'), V('PER', 'BOL', '2023')]),
    case('fix-played', 'Lima played host to the summit of the Pacific Alliance in May.', 'PER',
         '2023', CORE, []),
    # -- (fixes) a second verb's side named after it, not the first verb's places
    case('fix-and', 'The Minister travelled to Kenya and Uganda and held phone talks with the '
                    'Foreign Minister of Rwanda.', 'TZA', '2023', CORE,
         [V('TZA', 'KEN', '2023'), V('TZA', 'UGA', '2023'), C('TZA', 'RWA', '2023')]),
    case('fix-and', 'I visited Norway (May), and then spoke by phone with my Danish counterpart '
                    '(June).', 'SWE', '2021', CORE,
         [V('SWE', 'NOR', '2021-05'), C('SWE', 'DNK', '2021-06')]),
    case('fix-and', 'The Minister went to Qatar and Oman and held consultations with Kuwait.',
         'BHR', '2024', ['consultation'], [K('BHR', 'KWT', '2024')]),
    case('fix-and', 'The Minister met the foreign ministers of Chile and Peru and discussed trade '
                    'with them.', 'BOL', '2022', ['meeting'],
         [M('BOL', 'CHL', '2022'), M('BOL', 'PER', '2022')]),
    # -- (fixes) a heading of visits by guests to the issuer's capital
    case('fix-capital', 'Visits by foreign ministers to Bratislava: Austria (January), Czechia '
                        '(April, October), Poland (June).', 'SVK', '2023', CORE,
         [V('AUT', 'SVK', '2023-01'), V('CZE', 'SVK', '2023-04'), V('CZE', 'SVK', '2023-10'),
          V('POL', 'SVK', '2023-06')]),
    case('fix-capital', 'Visits by heads of state to Vilnius:\n- Poland (March)\n- Latvia '
                        '(September)', 'LTU', '2022', CORE,
         [V('POL', 'LTU', '2022-03'), V('LVA', 'LTU', '2022-09')]),
    case('fix-capital', 'Trips made by the Minister to Paris: March; November.', 'BEL', '2022',
         ['visit'], [V('BEL', 'FRA', '2022-03'), V('BEL', 'FRA', '2022-11')],
         limit='months alone after an inline heading that names the place are not read as '
               'its occasions'),
    case('fix-capital', 'Visits by our Minister to Lisbon: May (working visit).', 'ESP', '2022',
         ['visit'], [V('ESP', 'PRT', '2022-05')],
         limit='a month alone opening the items after a colon is not read as a date'),
    # -- (fixes) consultations taken part in
    case('fix-part', 'The Minister also took part in consultations with the foreign ministries '
                     'of Algeria and Libya held in Tunis in July.', 'MRT', '2023', CORE,
         [K('MRT', 'DZA', '2023-07'), K('MRT', 'LBY', '2023-07')]),
    case('fix-part', 'The Deputy Minister participated in consultations with Finland in '
                     'October.', 'EST', '2021', CORE, [K('EST', 'FIN', '2021-10')]),
    case('fix-part', 'The Ministry took part in consultations with civil society on the budget.',
         'EST', '2021', CORE, []),
    # -- (fixes) a second predicate's own time after "but" or a semicolon
    case('fix-but', 'The Minister did not travel abroad in April or May, but in June visited '
                    'Canada and the United States.', 'MEX', '2020', CORE,
         [V('MEX', 'CAN', '2020-06'), V('MEX', 'USA', '2020-06')]),
    case('fix-but', 'The Minister stayed at home in April; in June he visited Canada.', 'MEX',
         '2021', CORE, [V('MEX', 'CAN', '2021-06')]),
    case('fix-but', 'No visit took place in March, but in May the Minister went to Japan.',
         'KOR', '2020', CORE, [V('KOR', 'JPN', '2020-05')]),
    case('fix-but', 'The Minister was in Chile in March and visited Peru.', 'BOL', '2023',
         ['visit'], [V('BOL', 'CHL', '2023-03'), V('BOL', 'PER', '2023-03')]),
    # -- (fixes) a heading of the sessions of joint commissions
    case('fix-comm', 'Joint commission sessions:\n- Kazakhstan, 14-15 May (Astana)\n- '
                     'Uzbekistan, 2 October (Tashkent)', 'KGZ', '2023', CORE,
         [J('KGZ', 'KAZ', '2023-05-14'), J('KGZ', 'UZB', '2023-10-02')]),
    case('fix-comm', 'Intergovernmental commissions\n- Belarus (March)\n- Serbia (September)',
         'RUS', '2021', CORE, [J('RUS', 'BLR', '2021-03'), J('RUS', 'SRB', '2021-09')]),
    case('fix-comm', 'Sessions of the joint committees:\n1. Jordan (February)\n2. Oman (May)',
         'KWT', '2024', CORE, [J('KWT', 'JOR', '2024-02'), J('KWT', 'OMN', '2024-05')]),
    case('fix-comm', 'Joint commission members:\n- Kenya\n- Uganda', 'TZA', '2024', CORE, []),
    # -- (fixes) a body denied, then another body's session
    case('fix-other', 'The joint commissions with Hungary and Romania did not meet this year, '
                      'while that with Poland held its session in June.', 'SVK', '2022', CORE,
         [J('SVK', 'POL', '2022-06')],
         limit="the session of 'that with C' after the bodies denied is not read"),
    case('fix-other', 'The intergovernmental commission with Armenia did not meet; the one with '
                      'Georgia held its sixth session in May.', 'UKR', '2022', ['commission'],
         [J('UKR', 'GEO', '2022-05')],
         limit="the session of 'the one with C' after a body denied is not read"),
    case('fix-other', 'The joint commission with Iran, which did not meet in 2022, held its '
                      'session in Tehran in April.', 'AZE', '2023', CORE,
         [J('AZE', 'IRN', '2023-04')]),
    # -- (fixes) a count told in one place's brackets among several
    case('fix-one', "In 2023, Latvia's top diplomat paid visits to Georgia, Moldova and Ukraine "
                    '(twice).', 'LVA', '2023', CORE,
         [V('LVA', 'GEO', '2023'), V('LVA', 'MDA', '2023'), V('LVA', 'UKR', '2023'),
          V('LVA', 'UKR', '2023')]),
    case('fix-one', 'The Minister visited Georgia, Moldova and Ukraine (twice: May and '
                    'September).', 'LTU', '2024', CORE,
         [V('LTU', 'GEO', '2024'), V('LTU', 'MDA', '2024'), V('LTU', 'UKR', '2024-05'),
          V('LTU', 'UKR', '2024-09')]),
    case('fix-one', 'The Minister travelled to Japan (two visits) and Korea.', 'MNG', '2019',
         CORE, [V('MNG', 'JPN', '2019'), V('MNG', 'JPN', '2019'), V('MNG', 'KOR', '2019')]),
    case('fix-one', 'The Minister twice visited Japan and Korea.', 'MNG', '2019', CORE,
         [V('MNG', 'JPN', '2019'), V('MNG', 'JPN', '2019'), V('MNG', 'KOR', '2019'),
          V('MNG', 'KOR', '2019')]),
    # -- (fixes) a list's item with a note in its brackets
    case('fix-note', 'Visits abroad\n- Germany (February; working visit)\n- Canada (May and '
                     'November)\n- Korea (October)', 'POL', '2023', CORE,
         [V('POL', 'DEU', '2023-02'), V('POL', 'CAN', '2023-05'), V('POL', 'CAN', '2023-11'),
          V('POL', 'KOR', '2023-10')]),
    case('fix-note', 'Incoming visits:\n- Prime Minister of Croatia (March; official visit)\n- '
                     'President of Austria (June; state visit)', 'SVN', '2022', CORE,
         [V('HRV', 'SVN', '2022-03'), V('AUT', 'SVN', '2022-06')]),
    case('fix-note', 'Telephone conversations:\n- Japan (April; at the request of the Japanese '
                     'side)\n- India (July)', 'LKA', '2021', ['call'],
         [C('LKA', 'JPN', '2021-04'), C('LKA', 'IND', '2021-07')]),
    case('fix-note', 'Visits abroad:\n- Chile, where the Minister met the President (May)', 'ARG',
         '2023', ['visit'], [V('ARG', 'CHL', '2023-05')],
         limit="an item telling an event of its own outside brackets is read by the frames, "
               "which miss the heading's visit"),
    # -- (fixes) a denial is its own event's, not the later ones' of its kind
    case('fix-own', 'The Secretary did not hold talks with Iran this year; talks were held with '
                    'Iraq in February and with Syria in November.', 'JOR', '2023', CORE,
         [M('JOR', 'IRQ', '2023-02'), M('JOR', 'SYR', '2023-11')]),
    case('fix-own', 'No agreement was signed with Kenya, but agreements were signed with Uganda '
                    'in May.', 'TZA', '2022', CORE, [A('TZA', 'UGA', '2022-05')]),
    case('fix-own', 'No visits took place to Mali, nor visits to Niger.', 'SEN', '2023', CORE, []),
    case('fix-own', 'The visits planned to Peru, as well as visits to Chile and Bolivia, were '
                    'postponed.', 'ECU', '2020', CORE, []),
    # -- (left) a place's brackets with a count and its months among trips told by "took"
    case('left', "The Minister's foreign trips in 2022 took him to Peru (March), to Chile "
                 '(twice, in May and August) and to Brazil (November).', 'BOL', '2022', CORE,
         [V('BOL', 'PER', '2022-03'), V('BOL', 'CHL', '2022-05'), V('BOL', 'CHL', '2022-08'),
          V('BOL', 'BRA', '2022-11')],
         limit="a place's brackets with its count and months cut the list of places told "
               "after 'to'"),
    # -- (fixes) a guest added by "as well as" after a list of guests hosted
    case('fix-also', 'In 2021 we hosted the prime ministers of Estonia (April) and Finland '
                     '(September), as well as the President of Poland (twice: June and '
                     'December).', 'LVA', '2021', ['meeting'],
         [M('LVA', 'EST', '2021-04'), M('LVA', 'FIN', '2021-09'), M('LVA', 'POL', '2021-06'),
          M('LVA', 'POL', '2021-12')]),
    case('fix-also', 'Review of the year 2022\n\nWe hosted the foreign ministers of Chile '
                     '(March) and Peru (May), as well as the President of Bolivia (August).',
         'ECU', '2022', CORE,
         [V('CHL', 'ECU', '2022-03'), V('PER', 'ECU', '2022-05'), V('BOL', 'ECU', '2022-08')]),
    case('fix-also', 'The Minister hosted the prime ministers of Estonia and Finland, as well as '
                     'the President of Poland.', 'LTU', '2023', ['meeting'],
         [('meeting', ('LTU',), ('EST', 'FIN', 'POL'), '2023')]),
    case('fix-also', 'The Minister hosted the foreign ministers of Chile and Peru, as well as '
                     'representatives of civil society.', 'ECU', '2022', ['meeting'],
         [('meeting', ('ECU',), ('CHL', 'PER'), '2022')]),
    # -- (fixes) visits received, counted, then their guests after a colon
    case('fix-received', 'Three visits were hosted in 2022: the King of Jordan (April), the '
                         'President of Egypt (June) and the Emir of Qatar (November).', 'OMN',
         '2022', CORE,
         [V('JOR', 'OMN', '2022-04'), V('EGY', 'OMN', '2022-06'), V('QAT', 'OMN', '2022-11')]),
    case('fix-received', 'State visits received:\n- President of Mexico (May)\n- King of '
                         'Spain (October)', 'GTM', '2023', CORE,
         [V('MEX', 'GTM', '2023-05'), V('ESP', 'GTM', '2023-10')],
         limit="'received:' ending a heading is read with the first item's title as one "
               "meeting"),
]


@pytest.mark.parametrize(('text', 'issuer', 'date', 'types', 'expected'), _CASES)
def test_the_years_events(text: str, issuer: str, date: str, types: set[str],
                          expected: list[tuple[Any, ...]]) -> None:
    check(text, issuer, date, types, expected)
