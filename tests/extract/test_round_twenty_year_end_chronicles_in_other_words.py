"""Year-end reviews told as a chronicle of the year (the generality audit audit20c):
month-by-month paragraphs ("In January, ... Later that month, ... In early February,
..."), chains of time ("then", "afterwards", "the same week", "a few days later", "in
the autumn", "by the end of the year"), events told with their place only ("In Geneva,
the Minister met ..."), the same partner met again in a later sentence (a second
meeting), events named back ("During that visit, ...", "On the sidelines, ..."),
bilateral meetings inside multilateral sessions (only the bilateral core records
count) and a paragraph per region under a heading line. Each case: the form, the text
(2-5 sentences), the issuer, the review's year as its date, the types compared and the
records expected (type, from, to, date prefix; a bare year is compared exactly; None
where the day is not compared). A known limit is a strict xfail with its reason. The
sentences were written for this table."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.audit_support import CORE, case, check

_M = ["meeting"]
_V = ["visit"]
_VM = ["visit", "meeting"]

_T = "The year {year} in review\n\n"


def _t(year: str) -> str:
    return _T.format(year=year)


_CASES = [
    # MM: month by month
    case('MM', _t('2023') + 'In January, the Minister visited Latvia. Later that month, he '
         'travelled to Finland. In early February, he paid a visit to Poland.',
         'EST', '2023', _V,
         [('visit', ('EST',), ('LVA',), '2023-01'), ('visit', ('EST',), ('FIN',), '2023-01'),
          ('visit', ('EST',), ('POL',), '2023-02')]),
    case('MM', _t('2022') + 'In March the Foreign Minister travelled to Kenya, where she met '
         'President Ruto. In April she visited Tanzania. In May, she received the Foreign '
         'Minister of Uganda in Kigali.',
         'RWA', '2022', CORE,
         [('visit', ('RWA',), ('KEN',), '2022-03'), ('meeting', ('RWA',), ('KEN',), '2022-03'),
          ('visit', ('RWA',), ('TZA',), '2022-04'), ('meeting', ('RWA',), ('UGA',), '2022-05')]),
    case('MM', _t('2021') + 'January opened with a visit of the Minister to Egypt. In February '
         'he held talks in Amman with the Foreign Minister of Jordan. March took him to Baghdad.',
         'SAU', '2021', CORE,
         [('visit', ('SAU',), ('EGY',), '2021-01'), ('meeting', ('SAU',), ('JOR',), '2021-02'),
          ('visit', ('SAU',), ('IRQ',), '2021-03')]),
    case('MM', _t('2024') + 'In June, the Minister paid an official visit to Brazil. Early in '
         'July, she met the Foreign Minister of Argentina in Buenos Aires. In late August, she '
         'visited Chile.',
         'URY', '2024', CORE,
         [('visit', ('URY',), ('BRA',), '2024-06'), ('meeting', ('URY',), ('ARG',), '2024-07'),
          ('visit', ('URY',), ('CHL',), '2024-08')]),
    case('MM', _t('2020') + 'In February, before the pandemic, the Minister visited India and '
         'Sri Lanka. From April on, contacts moved online: in May he held a video call with the '
         'Foreign Minister of Japan.',
         'BGD', '2020', CORE,
         [('visit', ('BGD',), ('IND',), '2020-02'), ('visit', ('BGD',), ('LKA',), '2020-02'),
          ('call', ('BGD',), ('JPN',), '2020-05')]),
    case('MM', _t('2025') + 'In September, the Minister travelled to Ottawa for talks with the '
         'Foreign Minister of Canada. In October, he visited Mexico. In November, he was in '
         'Washington.',
         'GTM', '2025', _V,
         [('visit', ('GTM',), ('CAN',), '2025-09'), ('visit', ('GTM',), ('MEX',), '2025-10'),
          ('visit', ('GTM',), ('USA',), '2025-11')]),
    case('MM', _t('2019') + 'In the first days of January, the President paid a state visit to '
         'China. In mid-January, he received the Prime Minister of Pakistan. At the end of '
         'January, the Foreign Minister visited Turkey.',
         'AFG', '2019', _V + ["meeting"],
         [('visit', ('AFG',), ('CHN',), '2019-01'), ('meeting', ('AFG',), ('PAK',), '2019-01'),
          ('visit', ('AFG',), ('TUR',), '2019-01')]),
    case('MM', _t('2022') + 'January: the Minister visited Norway. February: talks in Stockholm '
         'with the Foreign Minister of Sweden. March: a visit to Denmark.',
         'ISL', '2022', CORE,
         [('visit', ('ISL',), ('NOR',), '2022-01'), ('meeting', ('ISL',), ('SWE',), '2022-02'),
          ('visit', ('ISL',), ('DNK',), '2022-03')]),
    case('MM', _t('2023') + 'In April the Minister went to Hanoi, where he met his Vietnamese '
         'counterpart. In May he went on to Phnom Penh and Vientiane.',
         'THA', '2023', CORE,
         [('visit', ('THA',), ('VNM',), '2023-04'), ('meeting', ('THA',), ('VNM',), '2023-04'),
          ('visit', ('THA',), ('KHM',), '2023-05'), ('visit', ('THA',), ('LAO',), '2023-05')]),
    case('MM', _t('2024') + 'On 12 February the Minister visited Sarajevo. On 20 February, she '
         'met the Foreign Minister of Montenegro in Podgorica. In March, she visited Skopje.',
         'HRV', '2024', CORE,
         [('visit', ('HRV',), ('BIH',), '2024-02-12'),
          ('meeting', ('HRV',), ('MNE',), '2024-02-20'),
          ('visit', ('HRV',), ('MKD',), '2024-03')]),
    case('MM', _t('2021') + 'The year began with the Minister\'s visit to Senegal in January. '
         'In February she travelled to Côte d\'Ivoire. In March she received her counterpart '
         'from Mali.',
         'GHA', '2021', CORE,
         [('visit', ('GHA',), ('SEN',), '2021-01'), ('visit', ('GHA',), ('CIV',), '2021-02'),
          ('meeting', ('GHA',), ('MLI',), '2021-03')]),
    case('MM', _t('2025') + 'In July, the Prime Minister visited Singapore. In August, the '
         'Minister went to Manila. In September, the Minister signed an agreement on fisheries '
         'with Indonesia.',
         'MYS', '2025', CORE,
         [('visit', ('MYS',), ('SGP',), '2025-07'), ('visit', ('MYS',), ('PHL',), '2025-08'),
          ('agreement', ('MYS',), ('IDN',), '2025-09')]),
    # MM (fixed): a trip as a noun, a time set off before "was to"
    case('MM', _t('2023') + 'The President\'s first journey abroad, in February, was to '
         'Nairobi.',
         'UGA', '2023', _V,
         [('visit', ('UGA',), ('KEN',), '2023-02')]),
    case('MM', _t('2023') + 'The President\'s first journey abroad, in February, was to '
         'Nairobi. His second, in May, took him to Dar es Salaam.',
         'UGA', '2023', _V,
         [('visit', ('UGA',), ('KEN',), '2023-02'), ('visit', ('UGA',), ('TZA',), '2023-05')],
         limit='an elided trip noun ("His second, in May, took him to B") is not read as a '
               'visit'),
    case('MM', _t('2025') + 'The Minister\'s last visit of the year, on 12 December, was to '
         'Belgrade.',
         'MKD', '2025', _V,
         [('visit', ('MKD',), ('SRB',), '2025-12-12')]),
    case('MM', _t('2024') + 'Her first official trip, during March, was to Canberra. In April '
         'she visited Wellington.',
         'FJI', '2024', _V,
         [('visit', ('FJI',), ('AUS',), '2024-03'), ('visit', ('FJI',), ('NZL',), '2024-04')]),
    # MM near miss: a trip whose purpose follows "was to"
    case('MM', _t('2022') + 'The Minister\'s trip, in June, was to strengthen ties with the '
         'region.',
         'ECU', '2022', _V, []),
    # TC: chains of time
    case('TC', _t('2023') + 'In March, the Minister visited Japan. Then he travelled to the '
         'Republic of Korea. Afterwards he went to Mongolia.',
         'KAZ', '2023', _V,
         [('visit', ('KAZ',), ('JPN',), '2023-03'), ('visit', ('KAZ',), ('KOR',), '2023-03'),
          ('visit', ('KAZ',), ('MNG',), '2023-03')]),
    case('TC', _t('2022') + 'On 4 May the Minister visited Athens. The same week, she met the '
         'Foreign Minister of Cyprus in Nicosia.',
         'ISR', '2022', CORE,
         [('visit', ('ISR',), ('GRC',), '2022-05-04'), ('meeting', ('ISR',), ('CYP',), '2022-05')]),
    case('TC', _t('2021') + 'In June the Minister visited Tbilisi. A few days later, he was in '
         'Yerevan, where he met the Prime Minister of Armenia.',
         'LTU', '2021', CORE,
         [('visit', ('LTU',), ('GEO',), '2021-06'), ('visit', ('LTU',), ('ARM',), '2021-06'),
          ('meeting', ('LTU',), ('ARM',), '2021-06')]),
    case('TC', _t('2024') + 'In the autumn, the Minister visited Australia and New Zealand. By '
         'the end of the year, he had also travelled to Papua New Guinea.',
         'IDN', '2024', _V,
         [('visit', ('IDN',), ('AUS',), None), ('visit', ('IDN',), ('NZL',), None),
          ('visit', ('IDN',), ('PNG',), None)]),
    case('TC', _t('2019') + 'In the second half of the year, the President visited Angola. At '
         'the end of the year, he received the President of Zambia.',
         'NAM', '2019', CORE,
         [('visit', ('NAM',), ('AGO',), None), ('meeting', ('NAM',), ('ZMB',), None)]),
    case('TC', _t('2020') + 'On 10 January the Minister met the Ambassador of Peru. Two days '
         'later, she travelled to Quito for talks with the Foreign Minister of Ecuador.',
         'COL', '2020', CORE,
         [('meeting', ('COL',), ('PER',), '2020-01-10'), ('visit', ('COL',), ('ECU',), '2020-01'),
          ('meeting', ('COL',), ('ECU',), '2020-01')]),
    case('TC', _t('2025') + 'At the end of the month, in late March, the Minister visited '
         'Algeria. Subsequently he went to Tunisia.',
         'MRT', '2025', _V,
         [('visit', ('MRT',), ('DZA',), '2025-03'), ('visit', ('MRT',), ('TUN',), '2025-03')]),
    case('TC', _t('2023') + 'In May the Minister visited Serbia. The following month he '
         'travelled to Hungary. In the summer he visited Slovakia.',
         'AUT', '2023', _V,
         [('visit', ('AUT',), ('SRB',), '2023-05'), ('visit', ('AUT',), ('HUN',), '2023-06'),
          ('visit', ('AUT',), ('SVK',), None)]),
    case('TC', _t('2022') + 'In October the Minister visited Egypt. On his way back, he stopped '
         'in Cyprus, where he met the President.',
         'GRC', '2022', CORE,
         [('visit', ('GRC',), ('EGY',), '2022-10'), ('visit', ('GRC',), ('CYP',), '2022-10'),
          ('meeting', ('GRC',), ('CYP',), '2022-10')]),
    case('TC', _t('2021') + 'In early December, the Minister visited Nepal. Shortly '
         'afterwards, he received the Foreign Minister of Bhutan in New Delhi.',
         'IND', '2021', CORE,
         [('visit', ('IND',), ('NPL',), '2021-12'), ('meeting', ('IND',), ('BTN',), '2021-12')]),
    case('TC', _t('2024') + 'In February, the Minister visited Ethiopia. Later in the year, she '
         'travelled to Djibouti and Somalia.',
         'KEN', '2024', _V,
         [('visit', ('KEN',), ('ETH',), '2024-02'), ('visit', ('KEN',), ('DJI',), '2024'),
          ('visit', ('KEN',), ('SOM',), '2024')]),
    # PL: events told with their place only
    case('PL', _t('2023') + 'In Geneva, the Minister met the Foreign Minister of Iran. In '
         'Vienna, he held talks with the Foreign Minister of Oman.',
         'CHE', '2023', _M,
         [('meeting', ('CHE',), ('IRN',), '2023'), ('meeting', ('CHE',), ('OMN',), '2023')]),
    case('PL', _t('2022') + 'In Berlin in April, the Minister met her German counterpart. In '
         'Paris in May, she had talks with the French Foreign Minister.',
         'NLD', '2022', _M,
         [('meeting', ('NLD',), ('DEU',), '2022-04'), ('meeting', ('NLD',), ('FRA',), '2022-05')]),
    case('PL', _t('2021') + 'In Cairo, the Minister held talks with President el-Sisi. In '
         'Khartoum, he met the Chairman of the Sovereign Council.',
         'ETH', '2021', _M,
         [('meeting', ('ETH',), ('EGY',), '2021'), ('meeting', ('ETH',), ('SDN',), '2021')],
         limit='an office the gazetteer does not know ("the Chairman of the Sovereign Council") '
               'met in a place named alone: the place’s country is not taken as the side'),
    case('PL', _t('2024') + 'In Tokyo in March, the Prime Minister held a summit with the '
         'Prime Minister of Japan. In Seoul, he met the President of the Republic of Korea.',
         'AUS', '2024', _M,
         [('meeting', ('AUS',), ('JPN',), '2024-03'), ('meeting', ('AUS',), ('KOR',), '2024')]),
    case('PL', _t('2025') + 'In New York, on the sidelines of the Assembly\'s high-level week '
         'in September, the Minister met the Foreign Ministers of Nepal and Bhutan.',
         'BGD', '2025', _M,
         [('meeting', ('BGD',), ('NPL',), '2025-09'), ('meeting', ('BGD',), ('BTN',), '2025-09')]),
    case('PL', _t('2020') + 'In Brussels in February the Minister had a meeting with the '
         'Foreign Minister of Belgium. Back in Lisbon, he received his Spanish counterpart.',
         'PRT', '2020', _M,
         [('meeting', ('PRT',), ('BEL',), '2020-02'), ('meeting', ('PRT',), ('ESP',), '2020')]),
    case('PL', _t('2019') + 'In Beijing, the Minister signed a cooperation agreement with '
         'China. In Moscow, she met the Foreign Minister of Russia.',
         'LAO', '2019', ["meeting", "agreement"],
         [('agreement', ('LAO',), ('CHN',), '2019'), ('meeting', ('LAO',), ('RUS',), '2019')]),
    case('PL', _t('2023') + 'In Nairobi in July, the Minister signed a memorandum with Kenya on '
         'trade. In Kampala the next day, he met the President of Uganda.',
         'SSD', '2023', ["meeting", "agreement"],
         [('agreement', ('SSD',),
          ('KEN',), '2023-07'), ('meeting', ('SSD',), ('UGA',), '2023-07')]),
    case('PL', _t('2022') + 'In Abu Dhabi, the Minister held talks with the Emirati Foreign '
         'Minister. In Doha, he was received by the Emir of Qatar.',
         'JOR', '2022', _M,
         [('meeting', ('JOR',), ('ARE',), '2022'), ('meeting', ('JOR',), ('QAT',), '2022')]),
    case('PL', _t('2024') + 'In Warsaw, the Minister held consultations with the Foreign '
         'Ministry of Poland. In Prague in June, she met the Czech Foreign Minister.',
         'UKR', '2024', CORE,
         [('consultation', ('UKR',), ('POL',), '2024'), ('meeting', ('UKR',), ('CZE',), '2024-06')],
         limit='an event told by its place alone in the partner’s capital ("In Prague in June, '
               'she met ...") also gives a visit, though no travel is told'),
    # AG: the same partner met again
    case('AG', _t('2023') + 'In February, the Minister met the Foreign Minister of Italy in '
         'Brussels. They met again in Rome in May.',
         'ALB', '2023', _M,
         [('meeting', ('ALB',), ('ITA',), '2023-02'), ('meeting', ('ALB',), ('ITA',), '2023-05')]),
    case('AG', _t('2022') + 'The Minister met his Turkish counterpart in Ankara in March. The '
         'two ministers met once more in Baku in October.',
         'AZE', '2022', _M,
         [('meeting', ('AZE',), ('TUR',), '2022-03'), ('meeting', ('AZE',), ('TUR',), '2022-10')]),
    case('AG', _t('2021') + 'In April, the President held talks with the President of France. '
         'In November he met him again in Paris.',
         'SEN', '2021', _M,
         [('meeting', ('SEN',), ('FRA',), '2021-04'), ('meeting', ('SEN',), ('FRA',), '2021-11')]),
    case('AG', _t('2024') + 'The Minister met the Foreign Minister of Germany in January in '
         'Berlin. A second meeting followed in July in Warsaw.',
         'POL', '2024', _M,
         [('meeting', ('POL',), ('DEU',), '2024-01'), ('meeting', ('POL',), ('DEU',), '2024-07')]),
    case('AG', _t('2025') + 'In March, the Minister received the Foreign Minister of Chile. '
         'In August, they met again in Santiago.',
         'ARG', '2025', _M,
         [('meeting', ('ARG',), ('CHL',), '2025-03'), ('meeting', ('ARG',), ('CHL',), '2025-08')]),
    case('AG', _t('2020') + 'In January the Minister met the Secretary of State of the United '
         'States in Washington. The two met again in September, by video link.',
         'MEX', '2020', CORE,
         [('meeting', ('MEX',), ('USA',), '2020-01'), ('visit', ('MEX',), ('USA',), None),
          ('call', ('MEX',), ('USA',), '2020-09')],
         limit='"The two met again in September, by video link": the medium set off after the '
               'comma is not applied (a meeting, not a call)'),
    case('AG', _t('2023') + 'The Minister held talks with the Foreign Minister of Kazakhstan in '
         'Astana in June. In October, she met him again, this time in Tashkent.',
         'KGZ', '2023', _M,
         [('meeting', ('KGZ',), ('KAZ',), '2023-06'), ('meeting', ('KGZ',), ('KAZ',), '2023-10')]),
    case('AG', _t('2019') + 'In May the Prime Minister met the Prime Minister of India in New '
         'Delhi. He met him a second time in December.',
         'NPL', '2019', _M,
         [('meeting', ('NPL',), ('IND',), '2019-05'), ('meeting', ('NPL',), ('IND',), '2019-12')]),
    # AG (fixed): "the two" / "the pair" as the subject of a meeting again: the sides told
    case('AG', _t('2022') + 'In January the Minister met the Foreign Minister of Bolivia in La '
         'Paz. The two met again in September.',
         'PER', '2022', _M,
         [('meeting', ('PER',), ('BOL',), '2022-01'), ('meeting', ('PER',), ('BOL',), '2022-09')]),
    case('AG', _t('2023') + 'The Minister held talks with his Slovak counterpart in Bratislava '
         'in April. The pair met once more in Budapest in November.',
         'HUN', '2023', _M,
         [('meeting', ('HUN',), ('SVK',), '2023-04'), ('meeting', ('HUN',), ('SVK',), '2023-11')]),
    case('AG', _t('2025') + 'In February, the Minister received the Foreign Minister of Laos. '
         'The two later met again in Vientiane, in July.',
         'VNM', '2025', _M,
         [('meeting', ('VNM',), ('LAO',), '2025-02'), ('meeting', ('VNM',), ('LAO',), '2025-07')]),
    # AG near miss: "the two" meeting a third party keeps that party
    case('AG', _t('2020') + 'In January the President visited Chile. The two presidents held '
         'talks in October with the President of Peru.',
         'ARG', '2020', _M,
         [('meeting', ('ARG',), ('PER',), '2020-10')],
         limit='"The two presidents held talks ... with the President of Peru" after a visit to '
               'another country gives the meeting with Peru twice'),
    case('AG', _t('2020') + 'In January the Minister visited Chile. The two held talks in '
         'October with the Foreign Minister of Peru.',
         'ARG', '2020', _M,
         [('meeting', ('ARG',), ('PER',), '2020-10')]),
    # AG (fixed): a meeting named again by a bare noun as the subject, with its own time
    case('AG', _t('2021') + 'In March the Minister met the Foreign Minister of Belgium in '
         'Brussels. Another meeting was held in Luxembourg in October.',
         'NLD', '2021', _M,
         [('meeting', ('NLD',), ('BEL',), '2021-03'), ('meeting', ('NLD',), ('BEL',), '2021-10')]),
    case('AG', _t('2023') + 'The Minister held talks with the Foreign Minister of Ghana in '
         'Accra in May. A further meeting took place in Abuja in December.',
         'CIV', '2023', _M,
         [('meeting', ('CIV',), ('GHA',), '2023-05'), ('meeting', ('CIV',), ('GHA',), '2023-12')]),
    case('AG', _t('2019') + 'In June the Prime Minister met the Prime Minister of Pakistan. A '
         'new meeting took place in September in New York.',
         'BGD', '2019', _M,
         [('meeting', ('BGD',), ('PAK',), '2019-06'), ('meeting', ('BGD',), ('PAK',), '2019-09')]),
    # AG near miss: a body's session named by the same noun is no meeting with the partner
    case('AG', _t('2024') + 'The Minister met the Foreign Minister of Germany in January in '
         'Berlin. A second meeting of the Council of Europe followed in July.',
         'POL', '2024', _M,
         [('meeting', ('POL',), ('DEU',), '2024-01')]),
    # NB: events named back
    case('NB', _t('2023') + 'In April, the Minister paid an official visit to Morocco. During '
         'that visit, he met the Head of Government and signed an agreement on visas.',
         'ESP', '2023', CORE,
         [('visit', ('ESP',), ('MAR',), '2023-04'), ('meeting', ('ESP',), ('MAR',), '2023-04'),
          ('agreement', ('ESP',), ('MAR',), '2023-04')]),
    case('NB', _t('2022') + 'In September, the Minister attended the General Assembly in New '
         'York. On the sidelines, she met the Foreign Minister of Brazil.',
         'PRY', '2022', _M,
         [('meeting', ('PRY',), ('BRA',), '2022-09')]),
    case('NB', _t('2021') + 'In June the President travelled to Accra. During his stay, he held '
         'talks with President Akufo-Addo.',
         'TGO', '2021', CORE,
         [('visit', ('TGO',), ('GHA',), '2021-06'), ('meeting', ('TGO',), ('GHA',), '2021-06')]),
    case('NB', _t('2024') + 'In May, the Minister took part in the ministerial meeting of the '
         'Council of Europe in Strasbourg. On its margins, he met the Foreign Minister of '
         'Armenia.',
         'GEO', '2024', _M,
         [('meeting', ('GEO',), ('ARM',), '2024-05')]),
    case('NB', _t('2025') + 'In October, the Minister visited Uzbekistan. On that occasion, '
         'the two sides signed a protocol on consular cooperation.',
         'TJK', '2025', CORE,
         [('visit', ('TJK',), ('UZB',), '2025-10'), ('agreement', ('TJK',), ('UZB',), '2025-10')]),
    case('NB', _t('2020') + 'In February, the Minister attended the Munich Security Conference. '
         'There, he met the Foreign Minister of Estonia and the Foreign Minister of Ukraine.',
         'LVA', '2020', _M,
         [('meeting', ('LVA',), ('EST',), '2020-02'), ('meeting', ('LVA',), ('UKR',), '2020-02')]),
    case('NB', _t('2023') + 'In July, the Minister visited Peru. In the course of the visit, he '
         'held consultations with the Vice Minister for Foreign Affairs.',
         'BOL', '2023', CORE,
         [('visit', ('BOL',),
          ('PER',), '2023-07'), ('consultation', ('BOL',), ('PER',), '2023-07')]),
    case('NB', _t('2022') + 'In November, the President attended the G20 summit in Bali. On the '
         'margins of the summit, he held bilateral meetings with the Presidents of Indonesia '
         'and China.',
         'ZAF', '2022', _M,
         [('meeting', ('ZAF',), ('IDN',), '2022-11'), ('meeting', ('ZAF',), ('CHN',), '2022-11')]),
    case('NB', _t('2019') + 'In March the Minister went to Tunis. While there, she met the '
         'Prime Minister of Tunisia.',
         'MLT', '2019', CORE,
         [('visit', ('MLT',), ('TUN',), '2019-03'), ('meeting', ('MLT',), ('TUN',), '2019-03')]),
    # MX: bilateral meetings within multilateral sessions
    case('MX', _t('2024') + 'In February, the Minister took part in the session of the Human '
         'Rights Council in Geneva, where he met the Foreign Minister of Norway.',
         'SVN', '2024', _M,
         [('meeting', ('SVN',), ('NOR',), '2024-02')]),
    case('MX', _t('2023') + 'In June, the Minister attended the OSCE ministerial meeting and '
         'held bilateral talks with the Foreign Ministers of Moldova and Romania.',
         'BGR', '2023', _M,
         [('meeting', ('BGR',), ('MDA',), '2023-06'), ('meeting', ('BGR',), ('ROU',), '2023-06')]),
    case('MX', _t('2021') + 'At the ASEAN ministerial meeting in August, the Minister met '
         'separately with the Foreign Ministers of Australia and India.',
         'PHL', '2021', _M,
         [('meeting', ('PHL',), ('AUS',), '2021-08'), ('meeting', ('PHL',), ('IND',), '2021-08')]),
    case('MX', _t('2025') + 'The African Union summit in February gave the Minister the '
         'occasion to meet the Foreign Minister of Nigeria. In March, at the SADC summit, '
         'she met the Foreign Minister of Zambia.',
         'BWA', '2025', _M,
         [('meeting', ('BWA',), ('NGA',), '2025-02'), ('meeting', ('BWA',), ('ZMB',), '2025-03')],
         limit='a meeting told as what an occasion gave ("gave the Minister the occasion to meet '
               'A") is not read'),
    case('MX', _t('2022') + 'In October, the Minister attended the meeting of EU foreign '
         'ministers in Luxembourg. In the margins, he had a bilateral meeting with his '
         'Luxembourg counterpart.',
         'IRL', '2022', _M,
         [('meeting', ('IRL',), ('LUX',), '2022-10')]),
    case('MX', _t('2020') + 'In January, the Minister attended the World Economic Forum in '
         'Davos, where she met the President of Switzerland and the Prime Minister of Greece.',
         'CYP', '2020', _M,
         [('meeting', ('CYP',), ('CHE',), '2020-01'), ('meeting', ('CYP',), ('GRC',), '2020-01')]),
    case('MX', _t('2024') + 'At the Commonwealth meeting in Samoa in October, the Prime '
         'Minister held bilateral talks with the Prime Minister of Fiji. At the APEC summit in '
         'Lima in November, he met the President of Peru.',
         'NZL', '2024', _M,
         [('meeting', ('NZL',), ('FJI',), '2024-10'), ('meeting', ('NZL',), ('PER',), '2024-11')]),
    case('MX', _t('2023') + 'The Minister attended the Arab League summit in Jeddah in May. '
         'On the sidelines of the summit, she met the Crown Prince of Saudi Arabia.',
         'KWT', '2023', _M,
         [('meeting', ('KWT',), ('SAU',), '2023-05')]),
    # RG: a paragraph per region under a heading line
    case('RG', _t('2023') + 'Europe\n\nIn March, the Minister visited Germany. In June, he met '
         'the Foreign Minister of France in Paris.\n\nAsia\n\nIn September, the Minister '
         'visited Japan.',
         'TUR', '2023', CORE,
         [('visit', ('TUR',), ('DEU',), '2023-03'), ('meeting', ('TUR',), ('FRA',), '2023-06'),
          ('visit', ('TUR',), ('JPN',), '2023-09')]),
    case('RG', _t('2022') + 'Africa\nThe Minister visited Nigeria in February and Ghana in '
         'April.\nLatin America\nIn July, he travelled to Brazil.',
         'PRT', '2022', _V,
         [('visit', ('PRT',), ('NGA',), '2022-02'), ('visit', ('PRT',), ('GHA',), '2022-04'),
          ('visit', ('PRT',), ('BRA',), '2022-07')]),
    case('RG', _t('2021') + 'Neighbouring countries\n\nIn January, the Minister visited Russia. '
         'Later that month, he received the Foreign Minister of China.\n\nEurope\n\nIn May he '
         'paid a visit to Hungary.',
         'MNG', '2021', CORE,
         [('visit', ('MNG',), ('RUS',), '2021-01'), ('meeting', ('MNG',), ('CHN',), '2021-01'),
          ('visit', ('MNG',), ('HUN',), '2021-05')]),
    case('RG', _t('2024') + 'The Middle East\n\nIn April the Minister visited Iraq, where he '
         'met the Prime Minister. In May, he travelled to Lebanon.\n\nThe Gulf\n\nIn June, he '
         'visited Kuwait.',
         'IRN', '2024', CORE,
         [('visit', ('IRN',), ('IRQ',), '2024-04'), ('meeting', ('IRN',), ('IRQ',), '2024-04'),
          ('visit', ('IRN',), ('LBN',), '2024-05'), ('visit', ('IRN',), ('KWT',), '2024-06')]),
    case('RG', _t('2025') + 'Americas:\nIn March the Minister met the Foreign Minister of Canada '
         'in Ottawa.\nAsia-Pacific:\nIn August she visited Viet Nam.',
         'IRL', '2025', CORE,
         [('meeting', ('IRL',), ('CAN',), '2025-03'), ('visit', ('IRL',), ('VNM',), '2025-08')]),
    case('RG', _t('2019') + 'Relations with Asia\n\nThe President paid a state visit to China in '
         'April. In June, he visited Japan.\n\nRelations with Africa\n\nIn November he went to '
         'Egypt.',
         'SRB', '2019', _V,
         [('visit', ('SRB',), ('CHN',), '2019-04'), ('visit', ('SRB',), ('JPN',), '2019-06'),
          ('visit', ('SRB',), ('EGY',), '2019-11')]),
    case('RG', _t('2020') + 'EUROPE\nIn January the Minister visited Austria.\nAFRICA\nIn '
         'February he visited Ethiopia and Kenya.',
         'CZE', '2020', _V,
         [('visit', ('CZE',), ('AUT',), '2020-01'), ('visit', ('CZE',), ('ETH',), '2020-02'),
          ('visit', ('CZE',), ('KEN',), '2020-02')]),
    # TC (fixed): a step told by its order alone takes the time told before
    case('TC', _t('2024') + 'In April, the Minister travelled to Lusaka. Afterwards, she went '
         'on to Harare. Then she visited Maputo.',
         'MWI', '2024', _V,
         [('visit', ('MWI',), ('ZMB',), '2024-04'), ('visit', ('MWI',), ('ZWE',), '2024-04'),
          ('visit', ('MWI',), ('MOZ',), '2024-04')]),
    case('TC', _t('2019') + 'In November the President paid a state visit to Kazakhstan. '
         'Subsequently, he travelled to Kyrgyzstan, where he held talks with President '
         'Jeenbekov.',
         'TKM', '2019', CORE,
         [('visit', ('TKM',), ('KAZ',), '2019-11'), ('visit', ('TKM',), ('KGZ',), '2019-11'),
          ('meeting', ('TKM',), ('KGZ',), '2019-11')]),
    case('TC', _t('2023') + 'On 9 October the Minister visited Ljubljana. Later that week, he '
         'met the Foreign Minister of Croatia in Zagreb.',
         'ITA', '2023', _M,
         [('meeting', ('ITA',), ('HRV',), '2023-10')]),
    case('TC', _t('2021') + 'In the third week of May, the Minister visited Bahrain. Several '
         'days later, he received the Foreign Minister of Oman in Muscat.',
         'KWT', '2021', _M,
         [('meeting', ('KWT',), ('OMN',), '2021-05')]),
    case('TC', _t('2025') + 'In January the Prime Minister travelled to India. On her way '
         'home, she stopped in Colombo and met the President of Sri Lanka.',
         'MDV', '2025', CORE,
         [('visit', ('MDV',), ('IND',), '2025-01'), ('visit', ('MDV',), ('LKA',), '2025-01'),
          ('meeting', ('MDV',), ('LKA',), '2025-01')]),
    case('TC', _t('2022') + 'In June, the Minister visited Bolivia. Soon after, she received '
         'the Foreign Minister of Paraguay.',
         'PER', '2022', _M,
         [('meeting', ('PER',), ('PRY',), '2022-06')]),
    case('TC', _t('2020') + 'In February the Minister visited Kuala Lumpur. The same week he '
         'was in Jakarta for talks with the Foreign Minister of Indonesia.',
         'BRN', '2020', CORE,
         [('visit', ('BRN',), ('MYS',), '2020-02'), ('visit', ('BRN',), ('IDN',), '2020-02'),
          ('meeting', ('BRN',), ('IDN',), '2020-02')]),
    case('TC', 'Minister visits the region\n\nVILNIUS, 4 May 2022 - On 4 May the Minister '
         'visited Riga. Then she travelled to Tallinn.',
         'LTU', None, _V,
         [('visit', ('LTU',),
          ('LVA',), '2022-05-04'), ('visit', ('LTU',), ('EST',), '2022-05-04')]),
    # TC near misses: a step with its own time keeps it; a "then" inside the sentence
    case('TC', _t('2023') + 'In March the Minister visited Ghana. Then, on 20 June, she '
         'travelled to Togo.',
         'BEN', '2023', _V,
         [('visit', ('BEN',), ('GHA',), '2023-03'), ('visit', ('BEN',), ('TGO',), '2023-06-20')]),
    case('TC', _t('2024') + 'In March the Minister visited Ghana. Afterwards, in September, '
         'she travelled to Niger.',
         'BFA', '2024', _V,
         [('visit', ('BFA',), ('GHA',), '2024-03'), ('visit', ('BFA',), ('NER',), '2024-09')]),
    # MX (fixed): "In the margins," alone: the session just told
    case('MX', _t('2021') + 'In September, the Prime Minister attended the UN General Assembly. '
         'In the margins, she met the Prime Minister of Barbados.',
         'TTO', '2021', _M,
         [('meeting', ('TTO',), ('BRB',), '2021-09')]),
    case('MX', _t('2023') + 'In December the Minister took part in COP28 in Dubai. In the '
         'margins he held talks with the Foreign Minister of Egypt.',
         'SDN', '2023', _M,
         [('meeting', ('SDN',), ('EGY',), '2023-12')]),
    case('MX', _t('2024') + 'The Minister attended the NATO summit in Washington in July. On '
         'its margins, he met the Foreign Minister of Canada.',
         'DNK', '2024', _M,
         [('meeting', ('DNK',), ('CAN',), '2024-07')]),
    # MM (fixed): the time after a colon is the clause's own
    case('MM', _t('2021') + 'Travel resumed slowly: in June the Minister visited Austria, and '
         'in July Italy.',
         'SVN', '2021', _V,
         [('visit', ('SVN',), ('AUT',), '2021-06'), ('visit', ('SVN',), ('ITA',), '2021-07')],
         limit='a gapped second clause ("..., and in July Italy") with its own month and no verb '
               'is not read'),
    case('MM', _t('2022') + 'The spring was busy: on 3 April the Minister visited Vilnius.',
         'POL', '2022', _V,
         [('visit', ('POL',), ('LTU',), '2022-04-03')]),
    case('MM', _t('2020') + 'In March, all travel stopped: in late June the Minister '
         'travelled to Berlin, his first trip in months.',
         'CZE', '2020', _V,
         [('visit', ('CZE',), ('DEU',), '2020-06')]),
    case('MM', _t('2023') + 'In May the Minister visited Kenya: talks with the President '
         'followed.',
         'UGA', '2023', CORE,
         [('visit', ('UGA',), ('KEN',), '2023-05'), ('meeting', ('UGA',), ('KEN',), '2023-05')]),
    # MM (fixed): a month labelling a sentence after another on the same line
    case('MM', _t('2024') + 'May: the Minister visited Tirana. June: a visit to Pristina. '
         'July: talks in Skopje with the Foreign Minister of North Macedonia.',
         'MNE', '2024', CORE,
         [('visit', ('MNE',), ('ALB',), '2024-05'), ('visit', ('MNE',), ('XKX',), '2024-06'),
          ('meeting', ('MNE',), ('MKD',), '2024-07')]),
    case('MM', _t('2019') + 'October - a visit by the Minister to Rabat. November - talks in '
         'Algiers with the Foreign Minister of Algeria.',
         'TUN', '2019', CORE,
         [('visit', ('TUN',), ('MAR',), '2019-10'), ('meeting', ('TUN',), ('DZA',), '2019-11')]),
    case('MM', _t('2025') + 'August: the President in Brasilia. September: the Minister '
         'visited Asunción.',
         'BOL', '2025', _V,
         [('visit', ('BOL',), ('BRA',), '2025-08'), ('visit', ('BOL',), ('PRY',), '2025-09')],
         limit='a verbless month label ("August: the President in Brasilia.") tells no visit'),
    # MM near miss: "May" the verb after a stop takes no colon
    case('MM', _t('2022') + 'In March the Minister visited Malta. May our ties grow: this was '
         'his wish.',
         'LBY', '2022', _V,
         [('visit', ('LBY',), ('MLT',), '2022-03')]),
    # more chronicles: several voices and regions
    case('MM', _t('2021') + 'The Minister\'s first trip of the year, in January, was to '
         'Lisbon. In February he visited Madrid, and in March he received the Foreign '
         'Minister of Greece.',
         'CYP', '2021', CORE,
         [('visit', ('CYP',), ('PRT',), '2021-01'), ('visit', ('CYP',), ('ESP',), '2021-02'),
          ('meeting', ('CYP',), ('GRC',), '2021-03')]),
    case('MM', _t('2023') + 'During January and February, the Minister held consultations '
         'with the Ministry of Foreign Affairs of Kyrgyzstan. In April, he visited Dushanbe.',
         'UZB', '2023', _V,
         [('visit', ('UZB',), ('TJK',), '2023-04')]),
    case('MM', _t('2024') + 'On 3 March, the Minister was received in Ankara by the President '
         'of Türkiye. On 17 March, she visited Baku.',
         'GEO', '2024', CORE,
         [('meeting', ('GEO',),
          ('TUR',), '2024-03-03'), ('visit', ('GEO',), ('AZE',), '2024-03-17')]),
    case('MM', _t('2022') + 'Our diplomacy opened the year in Asia: in January the Minister '
         'paid a working visit to Seoul.',
         'NZL', '2022', _V,
         [('visit', ('NZL',), ('KOR',), '2022-01')]),
    case('MM', _t('2020') + 'In February the Minister travelled to Addis Ababa for talks with '
         'the Prime Minister of Ethiopia. In March, the Minister welcomed to Khartoum the '
         'Foreign Minister of South Sudan.',
         'SDN', '2020', _V,
         [('visit', ('SDN',), ('ETH',), '2020-02'), ('visit', ('SSD',), ('SDN',), '2020-03')]),
    case('MM', _t('2025') + 'In April, the President paid a state visit to Viet Nam. In May, '
         'the Minister signed an agreement on education with Laos in Vientiane.',
         'KHM', '2025', ["visit", "agreement"],
         [('visit', ('KHM',), ('VNM',), '2025-04'), ('agreement', ('KHM',), ('LAO',), '2025-05')]),
    case('AG', _t('2022') + 'In March the Minister held talks with the Foreign Minister of '
         'Malaysia in Kuala Lumpur. They met again in Jakarta in September.',
         'SGP', '2022', _M,
         [('meeting', ('SGP',), ('MYS',), '2022-03'), ('meeting', ('SGP',), ('MYS',), '2022-09')]),
    case('AG', _t('2021') + 'The Minister met the Foreign Minister of Norway in Oslo in May. '
         'They met once more in December.',
         'FIN', '2021', _M,
         [('meeting', ('FIN',), ('NOR',), '2021-05'), ('meeting', ('FIN',), ('NOR',), '2021-12')]),
    case('AG', _t('2024') + 'In February, the Minister received the Foreign Minister of '
         'Benin. The two ministers met again in Cotonou in October.',
         'NGA', '2024', _M,
         [('meeting', ('NGA',), ('BEN',), '2024-02'), ('meeting', ('NGA',), ('BEN',), '2024-10')]),
    case('NB', _t('2021') + 'In August, the Minister travelled to Havana. During that visit, '
         'she was received by the President of Cuba.',
         'VEN', '2021', CORE,
         [('visit', ('VEN',), ('CUB',), '2021-08'), ('meeting', ('VEN',), ('CUB',), '2021-08')]),
    case('NB', _t('2025') + 'In March the Minister paid an official visit to Lebanon. In the '
         'course of his stay, he was received by the President.',
         'JOR', '2025', CORE,
         [('visit', ('JOR',), ('LBN',), '2025-03'), ('meeting', ('JOR',), ('LBN',), '2025-03')]),
    case('NB', _t('2019') + 'In October, the Prime Minister visited Tokyo. On that occasion, he '
         'met the Emperor of Japan.',
         'MNG', '2019', CORE,
         [('visit', ('MNG',), ('JPN',), '2019-10'), ('meeting', ('MNG',), ('JPN',), '2019-10')]),
    case('NB', _t('2020') + 'In January the Minister visited Accra. While in Ghana, he also '
         'signed a memorandum on trade with his counterpart.',
         'LBR', '2020', CORE,
         [('visit', ('LBR',), ('GHA',), '2020-01'), ('agreement', ('LBR',), ('GHA',), '2020-01')]),
    case('MX', _t('2022') + 'In June, the Minister attended the Commonwealth Heads of '
         'Government Meeting in Kigali, where he held a bilateral meeting with the President '
         'of Rwanda.',
         'GHA', '2022', _M,
         [('meeting', ('GHA',), ('RWA',), '2022-06')]),
    case('MX', _t('2025') + 'At the Munich Security Conference in February, the Minister had '
         'separate meetings with the Foreign Ministers of Sweden and Finland.',
         'EST', '2025', _M,
         [('meeting', ('EST',), ('SWE',), '2025-02'), ('meeting', ('EST',), ('FIN',), '2025-02')]),
    case('MX', _t('2019') + 'In November, the Minister took part in the Paris Peace Forum. On '
         'the sidelines he met the Foreign Minister of Chad.',
         'NER', '2019', _M,
         [('meeting', ('NER',), ('TCD',), '2019-11')]),
    case('RG', _t('2022') + 'Neighbourhood\n\nIn January the Minister visited Kyiv. In '
         'February she met the Foreign Minister of Belarus\'s opposition.\n\nFar abroad\n\n'
         'In October the Minister went to Canberra.',
         'LTU', '2022', _V,
         [('visit', ('LTU',), ('UKR',), '2022-01'), ('visit', ('LTU',), ('AUS',), '2022-10')]),
    case('RG', _t('2023') + 'Africa\n\nIn January, the Minister visited Cameroon. Later that '
         'month, he travelled to Gabon.\n\nEurope\n\nIn April he was received in Paris by the '
         'French Foreign Minister.',
         'COG', '2023', CORE,
         [('visit', ('COG',), ('CMR',), '2023-01'), ('visit', ('COG',), ('GAB',), '2023-01'),
          ('meeting', ('COG',), ('FRA',), '2023-04')]),
    case('RG', _t('2024') + 'Asia and the Pacific\nIn March the Prime Minister paid a visit to '
         'China. Then he went to Viet Nam.\nEurope\nIn May, he visited Spain.',
         'KHM', '2024', _V,
         [('visit', ('KHM',), ('CHN',), '2024-03'), ('visit', ('KHM',), ('VNM',), '2024-03'),
          ('visit', ('KHM',), ('ESP',), '2024-05')]),
    case('RG', _t('2021') + 'The Americas\n\nIn the spring the Minister visited Canada. In '
         'July he held talks with the Foreign Minister of Mexico in Mexico City.',
         'ISL', '2021', _M,
         [('meeting', ('ISL',), ('MEX',), '2021-07')]),
    case('PL', _t('2021') + 'In Bern in June, the Minister met the Swiss Foreign Minister. '
         'In Vaduz, he met the Prime Minister of Liechtenstein.',
         'AUT', '2021', _M,
         [('meeting', ('AUT',), ('CHE',), '2021-06'), ('meeting', ('AUT',), ('LIE',), '2021')]),
    case('PL', _t('2025') + 'In Addis Ababa, on the margins of the African Union summit, the '
         'Minister met the Foreign Minister of Kenya.',
         'SOM', '2025', _M,
         [('meeting', ('SOM',), ('KEN',), '2025')]),
    case('PL', _t('2020') + 'In Hanoi in January, the Minister signed a memorandum on rice '
         'trade with Viet Nam.',
         'PHL', '2020', ["agreement"],
         [('agreement', ('PHL',), ('VNM',), '2020-01')]),
    # NM: near misses (no bilateral record)
    case('NM', _t('2021') + 'In May, the Minister chaired the session of the Council of '
         'Europe. Then he addressed the Parliamentary Assembly.',
         'HUN', '2021', CORE, []),
    case('NM', _t('2023') + 'In January, the Minister attended the World Economic Forum. A few '
         'days later, he opened an exhibition in the Ministry.',
         'ARM', '2023', CORE, []),
    case('NM', _t('2020') + 'In April the Minister took part in a video conference of the '
         'foreign ministers of the G20. Afterwards, he briefed the press.',
         'SAU', '2020', CORE, []),
    case('NM', _t('2024') + 'Europe\n\nIn March the Minister attended the EU Foreign Affairs '
         'Council in Brussels.\n\nAsia\n\nIn June she spoke at the Shangri-La Dialogue.',
         'NLD', '2024', CORE, []),
    case('NM', _t('2022') + 'In the autumn, relations with Japan developed further. By the end '
         'of the year, trade with Korea had grown.',
         'VNM', '2022', CORE, []),
    case('NM', _t('2019') + 'In September the Minister was in New York for the General '
         'Assembly. On the sidelines, he took part in a ministerial meeting on climate.',
         'MHL', '2019', _M, []),
    case('MX', _t('2022') + 'In May the Minister visited Oslo. In the margins of the Arctic '
         'Council in Reykjavik later that year, he met the Foreign Minister of Iceland.',
         'SWE', '2022', _M,
         [('meeting', ('SWE',), ('ISL',), '2022')]),
    case('TC', _t('2021') + 'In February the Minister visited Rome. Then, in the summer, he '
         'travelled to Valletta.',
         'TUN', '2021', _V,
         [('visit', ('TUN',), ('ITA',), '2021-02'), ('visit', ('TUN',), ('MLT',), None)]),
    case('TC', _t('2020') + 'On 14 January the Minister received the Foreign Minister of '
         'Kuwait. Afterwards, he met the Foreign Minister of Bahrain.',
         'QAT', '2020', _M,
         [('meeting', ('QAT',),
          ('KWT',), '2020-01-14'), ('meeting', ('QAT',), ('BHR',), '2020-01-14')]),
    case('TC', _t('2025') + 'In late May the Minister visited Rwanda. The same week she was '
         'received in Bujumbura by the President of Burundi.',
         'TZA', '2025', CORE,
         [('visit', ('TZA',), ('RWA',), '2025-05'), ('meeting', ('TZA',), ('BDI',), '2025-05')]),
    case('MX', _t('2024') + 'In March the Minister visited Bangkok. On the sidelines of the '
         'Asia-Europe Meeting in Brussels, she met the Foreign Minister of Thailand.',
         'MYS', '2024', _M,
         [('meeting', ('MYS',), ('THA',), '2024')]),
    case('MX', _t('2023') + 'In February the Minister visited Rabat. At the margins of the '
         'Union for the Mediterranean forum in Barcelona in November, he met the Foreign '
         'Minister of Morocco.',
         'MRT', '2023', _M,
         [('meeting', ('MRT',), ('MAR',), '2023-11')]),
    case('MX', _t('2023') + 'In September the President attended the G20 summit in New Delhi. '
         'On the margins of the summit in New Delhi, he met the Prime Minister of India.',
         'ARG', '2023', _M,
         [('meeting', ('ARG',), ('IND',), '2023-09')]),
    # NM: near misses
    case('NM', _t('2023') + 'In March, the Minister attended the summit of the European Council '
         'in Brussels. In April he took part in the G7 meeting in Japan.',
         'ITA', '2023', _M, []),
    case('NM', _t('2022') + 'In June, the Minister addressed the Human Rights Council in '
         'Geneva. Later that month, he spoke at a conference on the oceans in Lisbon.',
         'FJI', '2022', _M, []),
    case('NM', _t('2024') + 'In October, cooperation with Japan was discussed at length. In '
         'November, contacts with Korea continued.',
         'PHL', '2024', CORE, []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_chronicle_case(text: str, issuer: str, date: str | None, types: set[str],
                        expected: list[tuple[Any, ...]]) -> None:
    check(text, issuer, date, types, expected)
