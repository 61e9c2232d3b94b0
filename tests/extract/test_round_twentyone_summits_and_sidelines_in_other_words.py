"""Summits, ministerials and other multilateral gatherings in readouts, and the bilateral
meetings on their sidelines, told in many ministries' ways (the generality audit
audit21j): taking part in a summit or a session ("took part in the NATO Summit in
Vilnius", "attended the 78th session of the UN General Assembly", "addressed the Human
Rights Council", "participated virtually in"), meetings on the margins of a gathering
and with several counterparts at once, gatherings named only by an acronym (CHOGM, OIC
CFM, EAS, CICA, SCO, BRICS, CELAC), the chair or co-host of a gathering, the
declaration a summit adopted (no new record), and gatherings only mentioned as topics
or plans ("ahead of the summit", "the preparations for COP29"), which are no
participation. A multilateral record has the participant as its side and no
counterpart; the host country of a gathering attended is an optional visit unless the
text says someone travelled, so the visit type is compared only where it does. Each
case: the form, the text, the issuer, the document's date, the types compared and the
records expected (type, from, to, date prefix). A known limit is a strict xfail with its
reason. The sentences were written for this table."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.audit_support import case, check

ML = ['multilateral']
MM = ['multilateral', 'meeting']
MV = ['multilateral', 'visit']
MMV = ['multilateral', 'meeting', 'visit']
M = ['meeting']
CORE = ['agreement', 'call', 'commission', 'consultation', 'meeting', 'visit', 'multilateral']

_CASES = [
    # TP: taking part in a summit, session or ministerial
    case('TP', 'President Gitanas Nausėda took part in the NATO Summit in Vilnius on 11 July '
         '2023.',
         'LTU', None, ML,
         [('multilateral', ('LTU',), (), '2023-07-11')]),
    case('TP', 'Prime Minister Kristersson took part in the NATO Summit in Vilnius on 11-12 '
         'July.',
         'SWE', '2023-07-13', ML,
         [('multilateral', ('SWE',), (), '2023-07-11')]),
    case('TP', 'On 19 September 2023 the Minister of Foreign Affairs attended the 78th session '
         'of the United Nations General Assembly at UN Headquarters.',
         'MNG', None, ML,
         [('multilateral', ('MNG',), (), '2023-09-19')]),
    case('TP', 'Foreign Minister Ali Sabry addressed the 55th session of the Human Rights '
         'Council in Geneva on 26 February 2024.',
         'LKA', None, ML,
         [('multilateral', ('LKA',), (), '2024-02-26')]),
    case('TP', 'The Deputy Minister participated virtually in the ministerial meeting of the '
         'Coalition for Climate Action on 4 March.',
         'CRI', '2024-03-05', ML,
         [('multilateral', ('CRI',), (), '2024-03-04')]),
    case('TP', 'On 30 November, Minister Kuleba joined the OSCE Ministerial Council in Skopje.',
         'UKR', '2023-12-01', ML,
         [('multilateral', ('UKR',), (), '2023-11-30')]),
    case('TP', 'The Foreign Minister represented Fiji at the Pacific Islands Forum Foreign '
         'Ministers Meeting held in Suva on 10 August 2023.',
         'FJI', None, ML,
         [('multilateral', ('FJI',), (), '2023-08-10')]),
    case('TP', 'Minister Bakayoko was among the participants of the 44th Ordinary Session of '
         'the Executive Council of the African Union on 14 February 2024.',
         'CIV', None, ML,
         [('multilateral', ('CIV',), (), '2024-02-14')]),
    case('TP', 'A delegation led by State Secretary Petra Nováková took part in the 31st OSCE '
         'Ministerial Council in Malta on 5 December 2024.',
         'CZE', None, ML,
         [('multilateral', ('CZE',), (), '2024-12-05')]),
    case('TP', 'Yesterday the Minister delivered a statement at the high-level segment of the '
         'Conference on Disarmament in Geneva.',
         'IRL', '2024-02-27', ML,
         [('multilateral', ('IRL',), (), '2024-02-26')]),
    case('TP', 'The Foreign Minister spoke at the plenary session of the G20 Foreign Ministers’ '
         'Meeting in Rio de Janeiro on 21 February 2024.',
         'AUS', None, ML,
         [('multilateral', ('AUS',), (), '2024-02-21')]),
    case('TP', 'Minister Haavisto participated in the meeting of the Council of the Baltic Sea '
         'States in Wismar on 1 June.',
         'FIN', '2022-06-02', ML,
         [('multilateral', ('FIN',), (), '2022-06-01')]),
    # TV: travelled to a gathering: the host country is a visit
    case('TV', 'On 10 July 2023 President Zelensky arrived in Vilnius to take part in the NATO '
         'Summit.',
         'UKR', None, MV,
         [('visit', ('UKR',), ('LTU',), '2023-07-10'),
          ('multilateral', ('UKR',), (), '2023-07-10')]),
    case('TV', 'Foreign Minister Wang Yi travelled to Jakarta on 12 July to attend the ASEAN '
         'Plus Three Foreign Ministers’ Meeting.',
         'CHN', '2023-07-13', MV,
         [('visit', ('CHN',), ('IDN',), '2023-07-12'),
          ('multilateral', ('CHN',), (), '2023-07-12')]),
    case('TV', 'The President paid a working visit to Astana on 4 July 2024 to participate in '
         'the SCO Summit.',
         'UZB', None, MV,
         [('visit', ('UZB',), ('KAZ',), '2024-07-04'),
          ('multilateral', ('UZB',), (), '2024-07-04')]),
    case('TV', 'Minister Vieira left for Kazan on 22 October to attend the BRICS Summit.',
         'BRA', '2024-10-23', MV,
         [('visit', ('BRA',), ('RUS',), '2024-10-22'),
          ('multilateral', ('BRA',), (), '2024-10-22')]),
    case('TV', 'The President travelled to Bürgenstock on 15 June to participate in the Summit '
         'on Peace in Ukraine.',
         'POL', '2024-06-20', MV,
         [('visit', ('POL',), ('CHE',), '2024-06-15'),
          ('multilateral', ('POL',), (), '2024-06-15')]),
    # AC: gatherings named only by an acronym
    case('AC', 'Prime Minister Mottley attended CHOGM in Kigali on 24 June 2022.',
         'BRB', None, ML,
         [('multilateral', ('BRB',), (), '2022-06-24')]),
    case('AC', 'The Foreign Minister took part in the 50th OIC CFM held in Yaoundé on 29 '
         'August 2024.',
         'PAK', None, ML,
         [('multilateral', ('PAK',), (), '2024-08-29')]),
    case('AC', 'Secretary Blinken attended the ASEAN PMC in Vientiane on 27 July 2024.',
         'USA', None, ML,
         [('multilateral', ('USA',), (), '2024-07-27')]),
    case('AC', 'The Prime Minister attended the 18th EAS in Jakarta on 7 September 2023.',
         'NZL', None, ML,
         [('multilateral', ('NZL',), (), '2023-09-07')]),
    case('AC', 'Deputy Foreign Minister Nurlan Kaldybayev took part in the CICA Ministerial '
         'Council on 11 October 2024.',
         'KGZ', None, ML,
         [('multilateral', ('KGZ',), (), '2024-10-11')]),
    case('AC', 'President Lula attended the CELAC Summit in Kingstown on 1 March 2024.',
         'BRA', None, ML,
         [('multilateral', ('BRA',), (), '2024-03-01')]),
    case('AC', 'On 15 February the Minister attended the AU Executive Council in Addis Ababa.',
         'ZAF', '2024-02-16', ML,
         [('multilateral', ('ZAF',), (), '2024-02-15')]),
    case('AC', 'The Minister participated in the SCO CFM in Astana on 21 May.',
         'IND', '2024-05-22', ML,
         [('multilateral', ('IND',), (), '2024-05-21')]),
    case('AC', 'The Minister attended COP28 in Dubai on 1 December 2023.',
         'ARE', '2024-01-01', ML,
         [('multilateral', ('ARE',), (), '2023-12-01')]),
    case('AC', 'Minister Pandor joins the BRICS Foreign Ministers’ Meeting in Nizhny Novgorod '
         'today.',
         'ZAF', '2024-06-10', ML,
         [('multilateral', ('ZAF',), (), '2024-06-10')]),
    # SB: bilateral meetings on the margins
    case('SB', 'On the margins of the G20 Foreign Ministers’ Meeting in New Delhi on 2 March '
         '2023, the Minister met his Turkish counterpart Mevlüt Çavuşoğlu.',
         'ARG', None, M,
         [('meeting', ('ARG',), ('TUR',), '2023-03-02')]),
    case('SB', 'On the margins of the General Assembly’s high-level week on 20 September, '
         'Minister Cassis met the Foreign Minister of Ghana.',
         'CHE', '2023-09-21', M,
         [('meeting', ('CHE',), ('GHA',), '2023-09-20')]),
    case('SB', 'On the sidelines of the summit, the President held bilateral meetings with his '
         'counterparts from Senegal, Mali and Niger on 12 May.',
         'GIN', '2023-05-13', M,
         [('meeting', ('GIN',), ('SEN',), '2023-05-12'),
          ('meeting', ('GIN',), ('MLI',), '2023-05-12'),
          ('meeting', ('GIN',), ('NER',), '2023-05-12')]),
    case('SB', 'Minister Lammy held bilateral meetings with his counterparts from Japan, Canada '
         'and Italy at the G7 Foreign Ministers’ Meeting in Fiuggi on 25 November 2024.',
         'GBR', None, M,
         [('meeting', ('GBR',), ('JPN',), '2024-11-25'),
          ('meeting', ('GBR',), ('CAN',), '2024-11-25'),
          ('meeting', ('GBR',), ('ITA',), '2024-11-25')]),
    case('SB', 'While in Rio for the G20 Summit, President Ramaphosa met Prime Minister Modi on '
         '18 November 2024.',
         'ZAF', None, M,
         [('meeting', ('ZAF',), ('IND',), '2024-11-18')]),
    case('SB', 'On 8 October the Minister attended the OIC CFM and met there with the Foreign '
         'Minister of Malaysia.',
         'MDV', '2024-10-09', MM,
         [('multilateral', ('MDV',), (), '2024-10-08'),
          ('meeting', ('MDV',), ('MYS',), '2024-10-08')]),
    case('SB', 'At the NATO Summit in Washington on 10 July 2024, President Stubb had a '
         'bilateral meeting with President Biden.',
         'FIN', None, M,
         [('meeting', ('FIN',), ('USA',), '2024-07-10')]),
    case('SB', 'During the EAS, the Prime Minister also met with the Prime Minister of '
         'Australia, Anthony Albanese, on 7 September.',
         'VNM', '2023-09-08', M,
         [('meeting', ('VNM',), ('AUS',), '2023-09-07')]),
    case('SB', 'In Samarkand, on the sidelines of the SCO Summit on 15 September 2022, the '
         'President met President Xi Jinping.',
         'TKM', None, M,
         [('meeting', ('TKM',), ('CHN',), '2022-09-15')]),
    case('SB', 'The Foreign Minister used the Munich Security Conference on 17 February to meet '
         'Ukraine’s Foreign Minister Dmytro Kuleba.',
         'NLD', '2024-02-18', M,
         [('meeting', ('NLD',), ('UKR',), '2024-02-17')],
         limit='a gathering "used ... to meet" A is no place of a meeting the frames read'),
    case('SB', 'On the margins of the 57th AMM in Vientiane on 25 July, the Foreign Minister met '
         'separately with her counterparts from Brunei and Singapore.',
         'IDN', '2024-07-26', M,
         [('meeting', ('IDN',), ('BRN',), '2024-07-25'),
          ('meeting', ('IDN',), ('SGP',), '2024-07-25')]),
    case('SB', 'On 24 September, on the sidelines of UNGA 79, Minister Albares met with the '
         'Foreign Ministers of Morocco and Mauritania.',
         'ESP', '2024-09-25', M,
         [('meeting', ('ESP',), ('MAR',), '2024-09-24'),
          ('meeting', ('ESP',), ('MRT',), '2024-09-24')]),
    # BM: taking part and meeting in one text
    case('BM', 'On 6 March the Minister took part in the Antalya Diplomacy Forum, where he met '
         'his counterparts from Azerbaijan and Qatar.',
         'BIH', '2024-03-07', MM,
         [('multilateral', ('BIH',), (), '2024-03-06'),
          ('meeting', ('BIH',), ('AZE',), '2024-03-06'),
          ('meeting', ('BIH',), ('QAT',), '2024-03-06')]),
    case('BM', 'President Tokayev took part in the CICA Summit in Astana on 13 October 2022. On '
         'its sidelines, he met the Emir of Qatar.',
         'KAZ', None, MM,
         [('multilateral', ('KAZ',), (), '2022-10-13'),
          ('meeting', ('KAZ',), ('QAT',), '2022-10-13')]),
    case('BM', 'Minister Hoekstra attended the Foreign Affairs Council in Brussels on 22 January '
         '2024. Afterwards he met with the Foreign Minister of Israel.',
         'NLD', None, MM,
         [('multilateral', ('NLD',), (), '2024-01-22'),
          ('meeting', ('NLD',), ('ISR',), '2024-01-22')]),
    # CH: chairing, hosting and co-hosting
    case('CH', 'On 4 December the Minister chaired the meeting of the OSCE Ministerial Council '
         'in Skopje.',
         'MKD', '2023-12-05', ML,
         [('multilateral', ('MKD',), (), '2023-12-04')]),
    case('CH', 'The Foreign Minister co-hosted the Ukraine Recovery Conference in London on 21 '
         'June 2023.',
         'UKR', None, ML,
         [('multilateral', ('UKR',), (), '2023-06-21')]),
    case('CH', 'On 13 June 2024 Italy hosted the G7 Summit in Apulia, chaired by Prime Minister '
         'Meloni.',
         'ITA', None, ML,
         [('multilateral', ('ITA',), (), '2024-06-13')]),
    case('CH', 'Azerbaijan hosted COP29 in Baku from 11 to 22 November 2024.',
         'AZE', None, ML,
         [('multilateral', ('AZE',), (), '2024-11-11')]),
    case('CH', 'As chair, the Foreign Minister opened the 46th meeting of the ASEAN Foreign '
         'Ministers in Jakarta on 4 February 2023.',
         'IDN', None, ML,
         [('multilateral', ('IDN',), (), '2023-02-04')]),
    case('CH', 'Foreign Minister Baerbock co-chaired the Ministerial Meeting of the Alliance '
         'for Multilateralism in New York on 25 September.',
         'DEU', '2024-09-26', ML,
         [('multilateral', ('DEU',), (), '2024-09-25')]),
    case('CH', 'On 9 February the Foreign Minister presided over a session of the UN Security '
         'Council on the protection of civilians.',
         'MLT', '2024-02-10', ML,
         [('multilateral', ('MLT',), (), '2024-02-09')]),
    # CN: near misses of chairing, opening, joining and hosting (no session of many)
    case('CN', 'On 3 July the Minister chaired the meeting of the Joint Commission with Togo.',
         'GHA', '2024-07-05', ['multilateral', 'commission'],
         [('commission', ('GHA',), ('TGO',), '2024-07-03')]),
    case('CN', 'On 3 July the Minister co-chaired the session of the Intergovernmental '
         'Commission between Ghana and Nigeria.',
         'GHA', '2024-07-05', ['multilateral', 'commission'],
         [('commission', ('GHA',), ('NGA',), '2024-07-03')]),
    case('CN', 'On 3 July the Minister opened the session of the National Council.',
         'SVK', '2024-07-05', CORE,
         []),
    case('CN', 'The Prime Minister opened the EU-Africa Business Forum in Brussels on 18 June.',
         'BEL', '2024-06-20', ML,
         []),
    case('CN', 'On 3 July the Minister opened the talks with the Foreign Minister of Togo.',
         'GHA', '2024-07-05', MM,
         [('meeting', ('GHA',), ('TGO',), '2024-07-03')]),
    case('CN', 'On 3 July the Minister co-hosted a dinner for the diplomatic corps.',
         'GHA', '2024-07-05', CORE,
         []),
    case('CN', 'Ukraine joined the Council of Europe in 1995, the Minister recalled.',
         'UKR', '2023-12-01', CORE,
         []),
    case('CN', 'Montenegro joined the Conference on Disarmament as a member on 3 May.',
         'MNE', '2023-12-01', CORE,
         []),
    # DC: a declaration or a document the gathering adopted is no new record
    case('DC', 'The summit adopted the Vilnius Summit Communiqué on 11 July 2023.',
         'LTU', None, CORE,
         []),
    case('DC', 'At the end of the meeting, the Foreign Ministers adopted a joint declaration.',
         'SVK', '2023-06-02', CORE,
         []),
    case('DC', 'The President attended the BRICS Summit in Johannesburg on 23 August 2023. The '
         'summit adopted the Johannesburg II Declaration.',
         'BRA', None, ['multilateral', 'agreement'],
         [('multilateral', ('BRA',), (), '2023-08-23')]),
    # PL: gatherings only mentioned, as topics or plans
    case('PL', 'Ahead of the NATO Summit in Washington, the Minister spoke about the '
         'Alliance’s priorities.',
         'EST', '2024-07-01', ['multilateral'],
         []),
    case('PL', 'The two ministers discussed the preparations for COP29 in Baku.',
         'DEU', '2024-05-10', ['multilateral'],
         []),
    case('PL', 'The Minister briefed the ambassadors on the outcomes of the EU–Western Balkans '
         'Summit.',
         'SVN', '2023-12-15', ['multilateral'],
         []),
    case('PL', 'Slovakia will host the next meeting of the Visegrad Group in October.',
         'SVK', '2024-06-03', ['multilateral'],
         []),
    case('PL', 'The Minister expressed support for Türkiye’s bid to host COP31.',
         'ALB', '2024-05-12', ['multilateral'],
         []),
    case('PL', 'The leaders agreed to coordinate their positions at the upcoming G20 Summit.',
         'MEX', '2024-10-12', ['multilateral'],
         []),
    case('PL', 'The President recalled the results of the CELAC Summit held in Buenos Aires in '
         '2023.',
         'COL', '2024-05-03', ['multilateral'],
         []),
    case('PL', 'The Prime Minister will attend the ASEAN Summit in Vientiane next month.',
         'THA', '2024-09-02', ['multilateral'],
         []),
    case('PL', 'The Foreign Minister invited his counterpart to the Dubrovnik Forum in July.',
         'HRV', '2024-03-11', ['multilateral'],
         []),
    # DT: dates and datelines of the gathering
    case('DT', 'NEW YORK, 22 September 2023 – Foreign Minister Ararat Mirzoyan addressed the '
         'general debate of the UN General Assembly today.',
         'ARM', None, ML,
         [('multilateral', ('ARM',), (), '2023-09-22')]),
    case('DT', 'Brussels, 4 April. Minister Kombos took part in the meeting of NATO Foreign '
         'Ministers.',
         'CYP', '2024-04-05', ML,
         [('multilateral', ('CYP',), (), '2024-04-04')]),
    case('DT', 'From 26 to 28 October 2022 the Deputy Minister attended the Asia-Pacific '
         'Economic Cooperation Ministerial Meeting in Bangkok.',
         'PER', None, ML,
         [('multilateral', ('PER',), (), '2022-10-26')]),
    case('DT', 'The Minister attended the Ministerial Conference of the Organisation of '
         'Islamic Cooperation on Monday.',
         'SEN', '2024-03-06', ML,
         [('multilateral', ('SEN',), (), '2024-03-04')]),
    # WO: word orders and voices
    case('WO', 'Taking part in the NATO Summit in Vilnius on 12 July 2023 was Prime Minister '
         'Petr Fiala.',
         'CZE', None, ML,
         [('multilateral', ('CZE',), (), '2023-07-12')]),
    case('WO', 'Georgia was represented at the BSEC Ministerial Council in Belgrade on 30 June '
         '2023 by Deputy Foreign Minister Lasha Darsalia.',
         'GEO', None, ML,
         [('multilateral', ('GEO',), (), '2023-06-30')]),
    case('WO', 'The 24th SCO Summit in Astana on 4 July 2024 was attended by President '
         'Mirziyoyev.',
         'UZB', None, ML,
         [('multilateral', ('UZB',), (), '2024-07-04')]),
    case('WO', 'Minister Barrot attended the Weimar Triangle meeting in Berlin on 12 December '
         '2024.',
         'FRA', None, ML,
         [('multilateral', ('FRA',), (), '2024-12-12')]),
    case('WO', 'In his address to the Conference on Interaction and Confidence Building '
         'Measures in Asia on 12 October 2022, the Minister stressed dialogue.',
         'AZE', None, ML,
         [('multilateral', ('AZE',), (), '2022-10-12')]),
    case('WO', 'Minister Jaishankar, who attended the Quad Foreign Ministers’ Meeting in Tokyo on '
         '29 July 2024, met Foreign Minister Penny Wong there.',
         'IND', None, MM,
         [('multilateral', ('IND',), (), '2024-07-29'),
          ('meeting', ('IND',), ('AUS',), '2024-07-29')]),
    case('WO', 'The Foreign Minister participated by video link in the Ministerial meeting of '
         'the Global Coalition against Daesh on 11 May 2023.',
         'MAR', None, ML,
         [('multilateral', ('MAR',), (), '2023-05-11')]),
    case('WO', 'The CIS Heads of State Council in Moscow on 8 October 2024 was attended by '
         'President Japarov.',
         'KGZ', None, ML,
         [('multilateral', ('KGZ',), (), '2024-10-08')]),
    # NP: a gathering of others the issuer watched, no participation of the issuer
    case('NP', 'The Ministry welcomes the outcomes of the BRICS Summit held in Kazan on 23 '
         'October 2024.',
         'ETH', None, ML,
         []),
    case('NP', 'The Embassy in Vilnius organised a reception for journalists covering the NATO '
         'Summit on 10 July.',
         'NOR', '2023-07-11', ML,
         []),
    case('NP', 'The exhibition was attended by Minister Blanár on 3 July.',
         'SVK', '2024-07-05', ML,
         []),
    case('NP', 'The summit in Astana on 4 July was attended by President Erdoğan of Türkiye.',
         'KAZ', '2024-07-05', ML,
         []),
    case('NP', 'On 3 March the Minister received the Foreign Minister of Oman upon his arrival '
         'in Riyadh to participate in the summit.',
         'SAU', '2024-03-05', MM,
         [('meeting', ('SAU',), ('OMN',), '2024-03-03')]),
    case('NP', 'On 3 March the Minister received the Foreign Minister of Oman upon his arrival '
         'in Riyadh to take part in the summit.',
         'SAU', '2024-03-05', MM,
         [('meeting', ('SAU',), ('OMN',), '2024-03-03')]),
    case('NP', 'The Minister invited Uganda to participate in the Africa Climate Summit in '
         'Nairobi.',
         'KEN', '2024-07-05', ML,
         []),
    case('NP', 'The Minister encouraged young people to take part in the session of the Youth '
         'Assembly.',
         'KEN', '2024-07-05', ML,
         [],
         limit='others urged to take part in a session are read as the issuer taking part'),
    case('NP', 'The participants of the Dubrovnik Forum were announced on 3 July.',
         'HRV', '2024-07-05', ML,
         []),
]


@pytest.mark.parametrize(('text', 'issuer', 'date', 'types', 'expected'), _CASES)
def test_summits_and_sidelines_in_other_words(text: str, issuer: str, date: str | None,
                                              types: set[str],
                                              expected: list[tuple[Any, ...]]) -> None:
    check(text, issuer, date, types, expected)
