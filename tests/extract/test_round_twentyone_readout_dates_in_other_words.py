"""Dates of events in readouts, told in many ministries' ways (the generality audit
audit21i): weekdays and relative days ("on Monday", "last Friday", "this morning",
"yesterday") against the document's date or a dateline, "this week" / "last week" /
"earlier this month", ranges ("from 3 to 5 May", "3-5 May", "May 30-June 2"), dates in
many formats ("05.09.2023", "2023-09-05", "Sept. 5", "the 5th of September"), a
publication line that differs from the event's day, a dateline in another year than the
event's, an earlier event told in the past perfect, an anniversary or a future date in the
same sentence, and texts with no year at all (null, or the year given as the document's
date). Each case: the form, the text, the issuer, the document's date, the types compared
and the records expected (type, from, to, date prefix; None where the day is not
compared). A known limit is a strict xfail with its reason. The sentences were written for
this table."""

from __future__ import annotations

from typing import Any

import pytest

from communique.extract import extract_text
from tests.extract.audit_support import CORE, case, check

C = CORE
_CASES = [
    # WD: weekdays and relative days against the document's date or a dateline
    case('WD', 'On Monday, Foreign Minister Halvorsen received the Ambassador of Chile.',
         'NOR', '2024-03-12', C, [('meeting', ('NOR',), ('CHL',), '2024-03-11')]),
    case('WD', 'Last Friday the Minister spoke by telephone with the Foreign Minister of Peru.',
         'ECU', '2024-03-12', C, [('call', ('ECU',), ('PER',), '2024-03-08')]),
    case('WD', 'This morning the Minister received the Ambassador of Italy.',
         'MLT', '2024-03-12', C, [('meeting', ('MLT',), ('ITA',), '2024-03-12')]),
    case('WD', 'Earlier today the Foreign Secretary held talks with the Foreign Minister of Ghana.',
         'GBR', '2024-03-12', C, [('meeting', ('GBR',), ('GHA',), '2024-03-12')]),
    case('WD', 'Tonight the President will speak by phone with the President of France.',
         'POL', '2024-03-12', C, []),
    case('WD', 'The Minister met the Foreign Minister of Japan yesterday in Canberra.',
         'AUS', '2024-03-12', C, [('meeting', ('AUS',), ('JPN',), '2024-03-11')]),
    case('WD', 'BERLIN, 5 September 2023 - On Friday the Federal Foreign Minister met the Foreign '
         'Minister of Brazil.',
         'DEU', None, C, [('meeting', ('DEU',), ('BRA',), '2023-09-01')]),
    case('WD', 'Nairobi, Tuesday 5 September 2023. The Cabinet Secretary received the High '
         'Commissioner of India on Monday.',
         'KEN', None, C, [('meeting', ('KEN',), ('IND',), '2023-09-04')]),
    case('WD', 'The Minister travelled to Vilnius on Wednesday for talks with her Lithuanian '
         'counterpart.',
         'LVA', '2022-11-18', C, [('visit', ('LVA',), ('LTU',), '2022-11-16'),
                                  ('meeting', ('LVA',), ('LTU',), '2022-11-16')]),
    case('WD', 'On Thursday evening, the Prime Minister had a phone call with the Prime Minister '
         'of Greece.',
         'CYP', '2021-06-10', C, [('call', ('CYP',), ('GRC',), '2021-06-10')]),
    case('WD', 'On the eve of the summit, on 13 February, the Minister met the Foreign Minister '
         'of Senegal.',
         'FRA', '2020-02-14', C, [('meeting', ('FRA',), ('SEN',), '2020-02-13')]),
    case('WD', 'The Minister received the Ambassador of Oman on Sunday.',
         'JOR', '2023-05-05', C, [('meeting', ('JOR',), ('OMN',), '2023-04-30')]),
    # WK: this week, last week, earlier this month
    case('WK', 'Earlier this week the Minister held consultations with the Foreign Ministry of '
         'Finland.',
         'EST', '2022-11-18', C, [('consultation', ('EST',), ('FIN',), '2022-11')]),
    case('WK', 'Last week the State Secretary paid a working visit to Slovenia.',
         'HRV', '2022-11-18', C, [('visit', ('HRV',), ('SVN',), '2022-11')]),
    case('WK', 'Earlier this month the Minister signed an agreement on visa exemption with '
         'Georgia.',
         'ARM', '2023-09-25', C, [('agreement', ('ARM',), ('GEO',), '2023-09')]),
    case('WK', 'Last month the Foreign Minister of Kenya visited Kampala.',
         'UGA', '2023-09-25', C, [('visit', ('KEN',), ('UGA',), '2023-08')]),
    case('WK', 'This week the Minister received the Foreign Minister of Rwanda, who was on a '
         'working visit.',
         'TZA', '2024-03-15', C, [('visit', ('RWA',), ('TZA',), '2024-03'),
                                  ('meeting', ('TZA',), ('RWA',), '2024-03')]),
    # RG: ranges
    case('RG', 'From 3 to 5 May the Minister paid an official visit to Kazakhstan.',
         'UZB', '2023-05-06', C, [('visit', ('UZB',), ('KAZ',), '2023-05-03')]),
    case('RG', 'The Minister paid an official visit to Kazakhstan on 3-5 May.',
         'UZB', '2023-05-06', C, [('visit', ('UZB',), ('KAZ',), '2023-05-03')]),
    case('RG', 'Between 3 and 5 May the President of Mongolia was on a state visit to Korea.',
         'KOR', '2023-05-06', C, [('visit', ('MNG',), ('KOR',), '2023-05-03')]),
    case('RG', 'The Prime Minister made an official visit to Canada from May 30-June 2, 2024.',
         'IRL', None, C, [('visit', ('IRL',), ('CAN',), '2024-05-30')]),
    case('RG', 'From 30 May to 2 June 2024 the Minister visited Canada.',
         'IRL', None, C, [('visit', ('IRL',), ('CAN',), '2024-05-30')]),
    case('RG', 'The Foreign Minister of Chile was on an official visit to Argentina from '
         '28 December 2023 to 2 January 2024.',
         'ARG', None, C, [('visit', ('CHL',), ('ARG',), '2023-12-28')]),
    case('RG', 'On 12-13 October, consultations between the Foreign Ministries of Slovakia and '
         'Hungary were held in Bratislava.',
         'SVK', '2021-10-14', C, [('consultation', ('SVK',), ('HUN',), '2021-10-12')]),
    case('RG', 'The Minister visited Morocco on 3rd-5th May 2023.',
         'ESP', None, C, [('visit', ('ESP',), ('MAR',), '2023-05-03')]),
    # DF: date formats
    case('DF', 'On 05.09.2023 the Minister met the Foreign Minister of Serbia.',
         'MNE', None, C, [('meeting', ('MNE',), ('SRB',), '2023-09-05')]),
    case('DF', 'On 2023-09-05 the Minister held a telephone conversation with the Foreign '
         'Minister of Moldova.',
         'ROU', None, C, [('call', ('ROU',), ('MDA',), '2023-09-05')]),
    case('DF', 'On Sept. 5, 2023, the Secretary met Foreign Minister of Mexico.',
         'USA', None, C, [('meeting', ('USA',), ('MEX',), '2023-09-05')]),
    case('DF', 'On the 5th of September 2023 the Minister received the Ambassador of Peru.',
         'BOL', None, C, [('meeting', ('BOL',), ('PER',), '2023-09-05')]),
    case('DF', 'On 5th September 2023 the Minister received the Ambassador of Peru.',
         'BOL', None, C, [('meeting', ('BOL',), ('PER',), '2023-09-05')]),
    case('DF', 'On September 5th, the Minister received the Ambassador of Peru.',
         'BOL', '2023-09-06', C, [('meeting', ('BOL',), ('PER',), '2023-09-05')]),
    case('DF', 'On 5/9/2023 the Minister met the Ambassador of Ghana.',
         'NGA', None, C, [('meeting', ('NGA',), ('GHA',), '2023-09-05')]),
    case('DF', 'On Tuesday, 5 Sept. 2023, the Minister met the Ambassador of Ghana.',
         'NGA', None, C, [('meeting', ('NGA',), ('GHA',), '2023-09-05')]),
    case('DF', 'On 5 Sep the Minister met the Ambassador of Ghana.',
         'NGA', '2023-09-06', C, [('meeting', ('NGA',), ('GHA',), '2023-09-05')]),
    case('DF', 'The Minister met the Ambassador of Ghana on 05 September 2023.',
         'NGA', None, C, [('meeting', ('NGA',), ('GHA',), '2023-09-05')]),
    case('DF', 'On 5 IX 2023 the Minister met the Ambassador of Ghana.',
         'NGA', None, C, [('meeting', ('NGA',), ('GHA',), '2023-09-05')],
         'a month in Roman numerals is not read'),
    # PB: a publication line that differs from the event's day
    case('PB', 'Published: 12 March 2024\n\nOn 8 March the Minister met the Foreign Minister of '
         'Qatar.',
         'KWT', None, C, [('meeting', ('KWT',), ('QAT',), '2024-03-08')]),
    case('PB', 'Posted on 14 March 2024\n\nThe Minister received the Ambassador of Bahrain on '
         'Monday.',
         'KWT', None, C, [('meeting', ('KWT',), ('BHR',), '2024-03-11')]),
    case('PB', 'Minister meets Ambassador of Bahrain\nLast updated: 20 March 2024\n\nOn 11 March '
         'the Minister received the Ambassador of Bahrain.',
         'KWT', None, C, [('meeting', ('KWT',), ('BHR',), '2024-03-11')]),
    case('PB', 'The Minister held talks with the Foreign Minister of Qatar on 8 March.\n\n'
         'Published on 12.03.2024',
         'KWT', None, C, [('meeting', ('KWT',), ('QAT',), '2024-03-08')]),
    case('PB', 'Date of publication: 12/03/2024\n\nThe Minister received the Ambassador of Qatar.',
         'KWT', None, C, [('meeting', ('KWT',), ('QAT',), '2024-03')]),
    case('PB', 'Press release, 12 March 2024\n\nThe Minister received the Ambassador of Qatar.',
         'KWT', None, C, [('meeting', ('KWT',), ('QAT',), '2024-03-12')]),
    # YE: a dateline in another year than the event's
    case('YE', 'RIGA, 2 January 2026 - On 30 December the Minister spoke by telephone with the '
         'Foreign Minister of Ukraine.',
         'LVA', None, C, [('call', ('LVA',), ('UKR',), '2025-12-30')]),
    case('YE', 'On 30 December the Minister spoke by telephone with the Foreign Minister of '
         'Ukraine.',
         'LVA', '2026-01-02', C, [('call', ('LVA',), ('UKR',), '2025-12-30')]),
    case('YE', 'On Tuesday the Minister spoke by telephone with the Foreign Minister of Ukraine.',
         'LVA', '2026-01-02', C, [('call', ('LVA',), ('UKR',), '2025-12-30')]),
    case('YE', 'Last week the Minister received the Ambassador of Ukraine.',
         'LVA', '2026-01-02', C, [('meeting', ('LVA',), ('UKR',), '2025-12')]),
    case('YE', 'On 28 December the Prime Minister paid a visit to Ukraine.',
         'LTU', '2025-01-03', C, [('visit', ('LTU',), ('UKR',), '2024-12-28')]),
    case('YE', 'On 3 January the Minister will visit Kyiv.',
         'LTU', '2024-12-30', C, []),
    case('YE', 'On 3 January the Minister will meet the Foreign Minister of Ukraine.',
         'LTU', '2024-12-30', C, []),
    # PP: an event before the dateline told in the past perfect
    case('PP', 'On 3 May the Minister had met the Foreign Minister of Ireland in Dublin.',
         'GBR', '2023-05-10', C, [('meeting', ('GBR',), ('IRL',), '2023-05-03')]),
    case('PP', 'The two ministers had spoken by telephone on Monday.',
         'GBR', '2023-05-10', C, []),
    case('PP', 'The Minister, who had received the Ambassador of Iceland on 2 May, met him '
         'again today.',
         'DNK', '2023-05-10', C, [('meeting', ('DNK',), ('ISL',), '2023-05-02'),
                                  ('meeting', ('DNK',), ('ISL',), '2023-05-10')]),
    case('PP', 'Today the Minister met the Foreign Minister of Sweden. They had last met in '
         'Stockholm in March.',
         'FIN', '2023-05-10', C, [('meeting', ('FIN',), ('SWE',), '2023-05-10'),
                                  ('meeting', ('FIN',), ('SWE',), '2023-03')]),
    case('PP', 'The Minister had visited Brazil on 20 April before the summit.',
         'PRT', '2023-05-10', C, [('visit', ('PRT',), ('BRA',), '2023-04-20')]),
    # AN: an anniversary or historical date in the same sentence
    case('AN', 'On 12 June, the Minister met the Foreign Minister of Russia on the occasion of '
         'the 30th anniversary of diplomatic relations established on 12 June 1992.',
         'BLR', '2022-06-13', C, [('meeting', ('BLR',), ('RUS',), '2022-06-12')]),
    case('AN', 'The Minister received the Ambassador of Poland on the anniversary of the treaty '
         'signed on 17 June 1991.',
         'DEU', '2021-06-17', C, [('meeting', ('DEU',), ('POL',), '2021-06-17')]),
    case('AN', 'On 5 September the Minister spoke by phone with the Foreign Minister of Chile, '
         'whose country established relations with ours in 1965.',
         'ISR', '2023-09-06', C, [('call', ('ISR',), ('CHL',), '2023-09-05')]),
    case('AN', 'Marking 75 years since 1948, the Minister met the Foreign Minister of India on '
         '5 September.',
         'MMR', '2023-09-06', C, [('meeting', ('MMR',), ('IND',), '2023-09-05')]),
    case('AN', 'The Minister recalled the visit of the President to Chile in 1998 during his '
         'meeting with the Ambassador of Chile on 5 September.',
         'ISR', '2023-09-06', C, [('meeting', ('ISR',), ('CHL',), '2023-09-05')],
         'a past visit recalled with its year alone is still read as an event of that year'),
    case('AN', 'On the 20th anniversary of the agreement signed on 5 May 2003, the Minister '
         'received the Ambassador of Italy on Friday.',
         'SMR', '2023-05-07', C, [('meeting', ('SMR',), ('ITA',), '2023-05-05')]),
    # FU: a deadline or a future date in the same sentence
    case('FU', 'On 5 September the Minister met the Foreign Minister of Kenya to prepare the '
         'summit scheduled for 20 October.',
         'ETH', '2023-09-06', C, [('meeting', ('ETH',), ('KEN',), '2023-09-05')]),
    case('FU', 'The Minister spoke with the Foreign Minister of Kenya on Tuesday; the agreement '
         'is to be signed by 31 December.',
         'ETH', '2023-09-06', C, [('call', ('ETH',), ('KEN',), '2023-09-05')]),
    case('FU', 'During the meeting with the Ambassador of Kenya on 5 September, the Minister '
         'accepted an invitation to visit Nairobi in November.',
         'ETH', '2023-09-06', C, [('meeting', ('ETH',), ('KEN',), '2023-09-05')]),
    case('FU', 'The Minister received the Ambassador of Kenya today and confirmed the visit '
         'planned for 12-14 October.',
         'ETH', '2023-09-06', C, [('meeting', ('ETH',), ('KEN',), '2023-09-06')]),
    case('FU', 'On Monday the Minister held consultations with Kenya; the next round will take '
         'place in Nairobi by the end of the year.',
         'ETH', '2023-09-06', C, [('consultation', ('ETH',), ('KEN',), '2023-09-04')]),
    case('FU', 'The Minister met the Foreign Minister of Kenya on 5 September, ahead of the '
         'deadline of 1 October for the joint commission report.',
         'ETH', '2023-09-06', C, [('meeting', ('ETH',), ('KEN',), '2023-09-05')],
         'a commission named in its report\'s name after "ahead of" is read as a session'),
    # NY: no year anywhere
    case('NY', 'On 5 September the Minister met the Foreign Minister of Kenya.',
         'ETH', None, C, [('meeting', ('ETH',), ('KEN',), None)]),
    case('NY', 'On Tuesday the Minister met the Foreign Minister of Kenya.',
         'ETH', None, C, [('meeting', ('ETH',), ('KEN',), None)]),
    case('NY', 'On 5 September the Minister met the Foreign Minister of Kenya.',
         'ETH', '2023', C, [('meeting', ('ETH',), ('KEN',), '2023-09-05')]),
    case('NY', 'On Tuesday the Minister met the Foreign Minister of Kenya.',
         'ETH', '2023', C, [('meeting', ('ETH',), ('KEN',), '2023')]),
    case('NY', 'From 3 to 5 May the Minister was on an official visit to Kenya.',
         'ETH', '2023', C, [('visit', ('ETH',), ('KEN',), '2023-05-03')]),
    case('NY', 'Last week the Minister met the Foreign Minister of Kenya.',
         'ETH', '2023', C, [('meeting', ('ETH',), ('KEN',), '2023')]),
    case('NY', 'Today the Minister met the Foreign Minister of Kenya.',
         'ETH', '2023', C, [('meeting', ('ETH',), ('KEN',), '2023')]),
]
_CASES += [
    # near misses of the constructions fixed: a range across the new year, "earlier this
    # month" dating a signing, "is to be signed", the treaty an anniversary counts from
    case('RG', 'The Minister was in Ottawa on an official visit to Canada from December 28, '
         '2023 - January 2, 2024.',
         'IRL', None, C, [('visit', ('IRL',), ('CAN',), '2023-12-28')]),
    case('RG', 'The Minister visited Canada from 28 November 2023 to 2 December 2023.',
         'IRL', None, C, [('visit', ('IRL',), ('CAN',), '2023-11-28')]),
    case('RG', 'The Minister visited Canada from 28 Dec - 2 Jan 2024.',
         'IRL', '2024-01-05', C, [('visit', ('IRL',), ('CAN',), '2023-12-28')]),
    case('RG', 'The Minister visited Canada from 15 June - 17 July 2021.',
         'IRL', None, C, [('visit', ('IRL',), ('CAN',), '2021-06-15')]),
    case('WK', 'Earlier today the Minister signed a memorandum on education with Georgia.',
         'ARM', '2023-09-25', C, [('agreement', ('ARM',), ('GEO',), '2023-09-25')]),
    case('WK', 'The Minister discussed the implementation of the agreement signed earlier with '
         'Georgia.',
         'ARM', '2023-09-25', C, []),
    case('WK', 'The Ministers reviewed the agreement they had signed earlier in Tbilisi with '
         'Georgia.',
         'ARM', '2023-09-25', C, []),
    case('FU', 'The Minister spoke with the Foreign Minister of Kenya on Tuesday. The agreement '
         'was signed by both ministers on 31 August.',
         'ETH', '2023-09-06', C, [('call', ('ETH',), ('KEN',), '2023-09-05'),
                                  ('agreement', ('ETH',), ('KEN',), '2023-08-31')]),
    case('FU', 'The Minister met the Foreign Minister of Kenya today. Agreements on trade are to '
         'be signed next month.',
         'ETH', '2023-09-06', C, [('meeting', ('ETH',), ('KEN',), '2023-09-06')]),
    case('AN', 'Marking the anniversary of the treaty, the Minister and the Foreign Minister of '
         'Poland signed a new agreement on youth exchanges.',
         'DEU', '2021-06-17', C, [('agreement', ('DEU',), ('POL',), '2021-06-17')]),
    case('AN', 'The Minister and the Foreign Minister of Poland signed the treaty on 17 June '
         '1991.',
         'DEU', '1991-06-18', C, [('agreement', ('DEU',), ('POL',), '1991-06-17')]),

    case('WD', 'ASTANA, 12 March 2024. Yesterday the Minister received the Ambassador of Turkey.',
         'KAZ', None, C, [('meeting', ('KAZ',), ('TUR',), '2024-03-11')]),
    case('WD', 'On Saturday the President of Finland arrived in Tallinn on a state visit.',
         'EST', '2024-03-12', C, [('visit', ('FIN',), ('EST',), '2024-03-09')]),
    case('DF', 'On 5 September, 2023 the Minister met the Ambassador of Ghana.',
         'NGA', None, C, [('meeting', ('NGA',), ('GHA',), '2023-09-05')]),
    case('RG', 'On 3 and 4 May the Minister visited Kazakhstan.',
         'UZB', '2023-05-06', C, [('visit', ('UZB',), ('KAZ',), '2023-05-03')]),
    case('PB', '12 March 2024 | Press release\n\nYesterday the Minister received the Ambassador '
         'of Qatar.',
         'KWT', None, C, [('meeting', ('KWT',), ('QAT',), '2024-03-11')]),
    case('YE', 'Vilnius, 3 January 2025. The Minister visited Ukraine from 28 to 30 December.',
         'LTU', None, C, [('visit', ('LTU',), ('UKR',), '2024-12-28')]),
    case('AN', 'On 9 May, Victory Day, the Minister met the Ambassador of Kazakhstan.',
         'KGZ', '2023-05-10', C, [('meeting', ('KGZ',), ('KAZ',), '2023-05-09')]),
    case('FU', 'Today the Minister met the Foreign Minister of Kenya; the Joint Commission will '
         'meet on 12 October.',
         'ETH', '2023-09-06', C, [('meeting', ('ETH',), ('KEN',), '2023-09-06')]),
]


@pytest.mark.parametrize(('text', 'issuer', 'date', 'types', 'expected'), _CASES)
def test_readout_dates_in_other_words(text: str, issuer: str, date: str | None,
                                      types: set[str], expected: list[Any]) -> None:
    check(text, issuer, date, types, expected)


_NO_YEAR = [
    'On 5 September the Minister met the Foreign Minister of Kenya.',
    'On Tuesday the Minister met the Foreign Minister of Kenya.',
    'From 3 to 5 May the Minister was on an official visit to Kenya.',
    'Yesterday the Minister spoke by telephone with the Foreign Minister of Kenya.',
]


@pytest.mark.parametrize('text', _NO_YEAR)
def test_no_year_anywhere_leaves_the_date_null(text: str) -> None:
    recs = [r for r in extract_text(text, issuer='ETH', date=None).records if r.type in CORE]
    assert recs and all(r.date.start is None for r in recs), [(r.type, r.date.start) for r in recs]
