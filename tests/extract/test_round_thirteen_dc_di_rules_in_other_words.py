"""The rules of round thirteen read from realDC and realDI (helpers rulesDC, rulesDI),
tried on phrasings of our own: other word orders, verbs, nouns and countries, a clause
or a date between the parts, the passive, and cases that must not fire (the generality
audit audit13b; see "Round thirteen (audit13b)" in docs/reference/extraction.md). Each
case: the construction, the text, the issuer, the dateline, the types compared and the
records expected (type, from, to, date prefix; None where the day is not compared). A
known limit is a strict xfail with its reason."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.audit_support import CORE, case, check

_CASES = [
    case('DC1', 'The Minister received the Ambassador of Japan at the Ministry on the 12th.',
         'NOR', '2021-06-20', CORE,
         [('meeting', ('NOR',), ('JPN',), '2021-06-12')]),
    case('DC1', 'On 2nd, the Prime Minister held a telephone conversation with the Prime Minister '
                'of Spain.',
         'NOR', '2021-06-20', CORE,
         [('call', ('NOR',), ('ESP',), '2021-06-02')]),
    case('DC1', 'The Minister arrived in Riga on the 11th and met the Prime Minister of Latvia '
                'there.',
         'NOR', '2021-06-20', CORE,
         [
             ('visit', ('NOR',), ('LVA',), '2021-06-11'),
             ('meeting', ('NOR',), ('LVA',), '2021-06-11'),
         ]),
    case('DC1', 'On the 30th, ahead of the summit, the Minister spoke by phone with the Foreign '
                'Minister of Peru.',
         'NOR', '2021-06-05', CORE,
         [('call', ('NOR',), ('PER',), '2021-05-30')]),
    case('DC1', 'Talks between the State Secretary and the Deputy Foreign Minister of Chile were '
                'held in Oslo on the 16 th.',
         'NOR', '2021-06-20', CORE,
         [('meeting', ('NOR',), ('CHL',), '2021-06-16')]),
    case('DC1', 'The Minister met the Foreign Minister of Ghana on the 60th jubilee of their '
                'relations.',
         'NOR', '2021-06-20', CORE,
         [('meeting', ('NOR',), ('GHA',), '2021-06-20')]),
    case('DC2', 'The President has received an invitation from the King of Spain to attend the '
                'summit in Madrid.',
         'JPN', '2022-03-10', ['meeting'],
         []),
    case('DC2', 'The Prime Minister received with thanks the invitation of the President of Kenya '
                'to visit Nairobi.',
         'JPN', '2022-03-10', ['meeting'],
         []),
    case('DC2', 'An invitation from the Prime Minister of India was received by the Minister last '
                'week.',
         'JPN', '2022-03-10', ['meeting'],
         []),
    case('DC2', 'The Minister received the written invitation of her Brazilian counterpart to the '
                'G20 meeting.',
         'JPN', '2022-03-10', ['meeting'],
         []),
    case('DC2', 'The Minister received the Ambassador of India on 8 March and accepted his '
                'invitation.',
         'JPN', '2022-03-10', ['meeting'],
         [('meeting', ('JPN',), ('IND',), '2022-03-08')]),
    case('DC2', 'On 8 March the Minister received the Ambassador of Chile, who conveyed an '
                'invitation to visit Santiago.',
         'JPN', '2022-03-10', ['meeting'],
         [('meeting', ('JPN',), ('CHL',), '2022-03-08')]),
    case('DC3', 'The aim of the visit of the Prime Minister of Fiji was to strengthen the '
                'partnership between Fiji and Australia.',
         'NZL', '2024-05-07', ['visit'],
         [('visit', ('FJI',), ('NZL',), None)]),
    case('DC3', "The visit by Uganda's President is meant to boost trade with Tanzania.",
         'KEN', '2024-05-07', ['visit'],
         [('visit', ('UGA',), ('KEN',), None)]),
    case('DC3', 'The state visit of the King of Norway is expected to reinforce ties between '
                'Norway and Poland.',
         'DEU', '2024-05-07', ['visit'],
         [('visit', ('NOR',), ('DEU',), None)]),
    case('DC3', "The visit by the Foreign Minister of Ghana served to reaffirm Ghana's friendship "
                'with Nigeria.',
         'IND', '2024-05-07', ['visit'],
         [('visit', ('GHA',), ('IND',), None)]),
    case('DC3', "The Peruvian Foreign Minister's visit sought to advance Peru's bid to join the "
                'forum.',
         'JPN', '2024-05-07', ['visit'],
         [('visit', ('PER',), ('JPN',), None)]),
    case('DC3', 'The visit of the Foreign Minister of Chile to Argentina is to prepare the summit.',
         'JPN', '2024-05-07', ['visit'],
         [('visit', ('CHL',), ('ARG',), None)]),
    case('DC4', 'The President received visiting US senators on Tuesday.',
         'KHM', '2018-08-23', ['visit'],
         [('visit', ('USA',), ('KHM',), None)]),
    case('DC4', 'The Minister of Commerce met the visiting UK trade envoy at the ministry.',
         'KHM', '2018-08-23', ['visit'],
         [('visit', ('GBR',), ('KHM',), None)]),
    case('DC4', 'Talks between the Minister and visiting UAE officials covered investment.',
         'KHM', '2018-08-23', ['visit'],
         [('visit', ('ARE',), ('KHM',), None)]),
    case('DC4', 'A dinner was given in honour of visiting US lawmakers.',
         'KHM', '2018-08-23', ['visit'],
         [('visit', ('USA',), ('KHM',), None)]),
    case('DC4', 'The Minister is visiting UK universities this week.',
         'KHM', '2018-08-23', ['visit'],
         [('visit', ('KHM',), ('GBR',), None)]),
    case('DC4', 'In May the Minister was visiting UK ports with a trade delegation.',
         'KHM', '2018-08-23', ['visit'],
         [('visit', ('KHM',), ('GBR',), None)]),
    case('DC5', "The Minister visited Ghana on 3 May. The trip to strengthen Kenya's ties with "
                'West Africa was her second this year.',
         'KEN', '2024-05-06', ['visit'],
         [('visit', ('KEN',), ('GHA',), '2024-05-03')]),
    case('DC5', 'The Minister visited Ghana on 3 May. He used the trip to promote Kenyan tea in '
                'Nigeria.',
         'KEN', '2024-05-06', ['visit'],
         [('visit', ('KEN',), ('GHA',), '2024-05-03')]),
    case('DC5', "The Prime Minister's tour to mobilise support for Kenya's candidacy took her to "
                'Ghana and Senegal in May.',
         'KEN', '2024-06-06', ['visit'],
         [
             ('visit', ('KEN',), ('GHA',), '2024-05'),
             ('visit', ('KEN',), ('SEN',), '2024-05'),
         ]),
    case('DC5', 'The Minister visited Ghana on 3 May. The journey to reassure the Government of '
                "Togo of Kenya's support was brief.",
         'KEN', '2024-05-06', ['visit'],
         [('visit', ('KEN',), ('GHA',), '2024-05-03')]),
    case('DC5', "The trip to Ghana on 3 May was the Minister's first.",
         'KEN', '2024-05-06', ['visit'],
         [('visit', ('KEN',), ('GHA',), '2024-05-03')]),
    case('DC6', 'The King welcomed yesterday, 6 July 2023, the state visit of the President of '
                'Peru.',
         'ESP', '2023-07-07', ['visit', 'meeting'],
         [
             ('visit', ('PER',), ('ESP',), '2023-07-06'),
             ('meeting', ('ESP',), ('PER',), '2023-07-06'),
         ]),
    case('DC6', 'The President hosted last Tuesday, 4 July, a working visit by the Foreign '
                'Minister of Ghana.',
         'TLS', '2023-07-07', ['visit', 'meeting'],
         [
             ('visit', ('GHA',), ('TLS',), '2023-07-04'),
             ('meeting', ('TLS',), ('GHA',), '2023-07-04'),
         ]),
    case('DC6', 'The Prime Minister received, on Thursday 6 July, the visit of the Foreign '
                'Minister of Chile.',
         'TLS', '2023-07-07', ['visit', 'meeting'],
         [
             ('visit', ('CHL',), ('TLS',), '2023-07-06'),
             ('meeting', ('TLS',), ('CHL',), '2023-07-06'),
         ]),
    case('DC6', 'The President received this morning, July 7, the official visit of the Prime '
                'Minister of Samoa.',
         'TLS', '2023-07-07', ['visit', 'meeting'],
         [
             ('visit', ('WSM',), ('TLS',), '2023-07-07'),
             ('meeting', ('TLS',), ('WSM',), '2023-07-07'),
         ]),
    case('DC6', 'Fiji received on Friday, 7 July, the state visit of the President of Chile.',
         'FJI', '2023-07-07', ['visit', 'meeting'],
         [('visit', ('CHL',), ('FJI',), '2023-07-07')]),
    case('DC7', 'During her visit to New York the Minister met foreign ministers of fifteen '
                'countries.',
         'JPN', '2019-09-26', ['visit', 'meeting'],
         [('visit', ('JPN',), ('USA',), None)]),
    case('DC7', 'The Minister visited Ethiopia on 24 September and held talks with the '
                'ambassadors of 20 African countries.',
         'JPN', '2019-09-26', ['visit', 'meeting'],
         [('visit', ('JPN',), ('ETH',), None)]),
    case('DC7', 'During his stay in Brussels, he had bilateral meetings with counterparts from '
                'nine EU member states.',
         'JPN', '2019-09-26', ['visit', 'meeting'],
         [('visit', ('JPN',), ('BEL',), None)],
         limit="a stay told by 'During his stay in <city>' gives a visit only beside an "
               'event of its own; beside a figure alone it gives none (the stay rule, not the '
               'count)'),
    case('DC7', 'On his trip to New York for the General Assembly, the Minister met with '
                'representatives of more than 30 countries.',
         'JPN', '2019-09-26', ['visit', 'meeting'],
         [('visit', ('JPN',), ('USA',), None)]),
    case('DC7', 'While visiting Kenya, the Minister held talks with the trade ministers of eleven '
                'nations.',
         'JPN', '2019-09-26', ['visit', 'meeting'],
         [('visit', ('JPN',), ('KEN',), None)]),
    case('DC7', 'While visiting Kenya, the Minister met the foreign ministers of Kenya and '
                'Tanzania.',
         'JPN', '2019-09-26', ['visit', 'meeting'],
         [
             ('visit', ('JPN',), ('KEN',), None),
             ('meeting', ('JPN',), ('KEN',), None),
             ('meeting', ('JPN',), ('TZA',), None),
         ]),
    case('DC8', 'On 3 May the President of Ghana arrived in Kenya for a state visit and held '
                'talks with the President. \n\nKenyan officials described the visit of President '
                'Mahama as a milestone.',
         'KEN', '2023-05-05', ['visit'],
         [('visit', ('GHA',), ('KEN',), '2023-05-03')]),
    case('DC8', 'On 3 May the President of Ghana arrived in Kenya for a state visit and held '
                'talks with the President. \n\nThat visit, the Minister said, opened new markets '
                'for Ghana.',
         'KEN', '2023-05-05', ['visit'],
         [('visit', ('GHA',), ('KEN',), '2023-05-03')]),
    case('DC8', 'On 3 May the President of Ghana arrived in Kenya for a state visit and held '
                "talks with the President. \n\nThe Ghanaian leader's visit ended with a joint "
                'communique.',
         'KEN', '2023-05-05', ['visit'],
         [('visit', ('GHA',), ('KEN',), '2023-05-03')]),
    case('DC8', 'On 3 May the President of Ghana arrived in Kenya for a state visit and held '
                'talks with the President. \n\nThe Cabinet Secretary stressed that the state '
                'visit by the Ghanaian Head of State would deepen trade.',
         'KEN', '2023-05-05', ['visit'],
         [('visit', ('GHA',), ('KEN',), '2023-05-03')]),
    case('DC8', 'On 3 May the President of Ghana arrived in Kenya for a state visit and held '
                "talks with the President. \n\nThe Ghanaian President's previous visit to Kenya "
                'took place in 2019.',
         'KEN', '2023-05-05', ['visit'],
         [
             ('visit', ('GHA',), ('KEN',), '2023-05-03'),
             ('visit', ('GHA',), ('KEN',), '2019'),
         ]),
    case('DC9', 'The Minister travelled to Accra, Ghana, on 26 August. She held talks with the '
                'West African Cocoa Growers Alliance.',
         'SLB', '2024-08-28', ['meeting'],
         []),
    case('DC9', 'The Minister travelled to Accra, Ghana, on 26 August. A meeting with the '
                'Regional Youth Parliament (RYP) followed.',
         'SLB', '2024-08-28', ['meeting'],
         []),
    case('DC9', 'The Minister travelled to Accra, Ghana, on 26 August. On the next day she met '
                'the Coastal Fisheries Council.',
         'SLB', '2024-08-28', ['meeting'],
         []),
    case('DC9', 'The Minister travelled to Accra, Ghana, on 26 August. The Minister then sat down '
                'with the Sahel Climate Network.',
         'SLB', '2024-08-28', ['meeting'],
         []),
    case('DC9', 'The Minister travelled to Accra, Ghana, on 26 August. She met with the Ghanaian '
                'Minister of Trade.',
         'SLB', '2024-08-28', ['meeting'],
         [('meeting', ('SLB',), ('GHA',), None)]),
    case('DC10', 'The Minister held eight bilateral meetings on the margins of the summit, among '
                 'them one with the President of Chile. She met the President of Chile on 15 June.',
         'NOR', '2021-06-20', ['meeting'],
         [('meeting', ('NOR',), ('CHL',), '2021-06-15')]),
    case('DC10', 'On 15 June the Minister met the Foreign Minister of Peru. In all, she had nine '
                 'bilateral talks that week, including with her Peruvian counterpart.',
         'NOR', '2021-06-20', ['meeting'],
         [('meeting', ('NOR',), ('PER',), '2021-06-15')]),
    case('DC10', 'The Prime Minister held a series of seven bilateral meetings, one of them with '
                 'the Prime Minister of Japan. The meeting with the Japanese Prime Minister took '
                 'place on 16 June.',
         'NOR', '2021-06-20', ['meeting'],
         [('meeting', ('NOR',), ('JPN',), '2021-06-16')]),
    case('DC10', 'Over the week the Prime Minister held ten meetings, including one with the '
                 'Prime Minister of Japan. On 16 June the Prime Minister and her Japanese '
                 'counterpart met in Rome.',
         'NOR', '2021-06-20', ['meeting'],
         [('meeting', ('NOR',), ('JPN',), '2021-06-16')]),
    case('DC10', 'In March the Prime Minister held six bilateral meetings, including one with the '
                 'Prime Minister of Japan. On 16 June she met the Prime Minister of Japan.',
         'NOR', '2021-06-20', ['meeting'],
         [
             ('meeting', ('NOR',), ('JPN',), '2021-03'),
             ('meeting', ('NOR',), ('JPN',), '2021-06-16'),
         ]),
    case('DI1', 'Five ambassadors presented their letters of credence to the President on 4 '
                'March. The newly-credited ambassadors were Ana Soto of Chile and Lars Berg of '
                'Norway.',
         'KEN', '2025', ['meeting'],
         [
             ('meeting', ('KEN',), ('CHL',), '2025-03-04'),
             ('meeting', ('KEN',), ('NOR',), '2025-03-04'),
         ]),
    case('DI1', 'On 4 March the President received the credentials of three envoys. The recently '
                'arrived ambassadors are Omar Nasser of Egypt and Ines Costa of Portugal.',
         'KEN', '2025', ['meeting'],
         [
             ('meeting', ('KEN',), ('EGY',), '2025-03-04'),
             ('meeting', ('KEN',), ('PRT',), '2025-03-04'),
         ]),
    case('DI1', 'On 4 March the President received the credentials of three envoys. The freshly '
                'accredited heads of mission are Omar Nasser of Egypt and Ines Costa of Portugal.',
         'KEN', '2025', ['meeting'],
         [
             ('meeting', ('KEN',), ('EGY',), '2025-03-04'),
             ('meeting', ('KEN',), ('PRT',), '2025-03-04'),
         ]),
    case('DI1', 'Four envoys presented their credentials to the Governor-General on 12 June. The '
                'ambassadors newly accredited are Ana Soto of Chile and Lars Berg of Norway.',
         'KEN', '2025', ['meeting'],
         [
             ('meeting', ('KEN',), ('CHL',), '2025-06-12'),
             ('meeting', ('KEN',), ('NOR',), '2025-06-12'),
         ]),
    case('DI1', 'On 12 June the President received the letters of credence of two ambassadors. '
                'The newly appointed diplomats are Yuki Sato of Japan and Pablo Ruiz of Spain.',
         'KEN', '2025', ['meeting'],
         [
             ('meeting', ('KEN',), ('JPN',), '2025-06-12'),
             ('meeting', ('KEN',), ('ESP',), '2025-06-12'),
         ]),
    case('DI1', 'The Cabinet approved the new postings on 12 June. The newly appointed envoys are '
                'Ana Soto to Chile and Lars Berg to Norway.',
         'KEN', '2025', ['meeting'],
         []),
    case('DI2', "The President's trips abroad this year include a state visit to Angola and a "
                'working visit to Zambia.',
         'KEN', '2024', ['visit'],
         [
             ('visit', ('KEN',), ('AGO',), '2024'),
             ('visit', ('KEN',), ('ZMB',), '2024'),
         ]),
    case('DI2', 'Outgoing visits in 2024 comprise an official visit to Chile and a state visit to '
                'Mexico.',
         'KEN', '2024', ['visit'],
         [
             ('visit', ('KEN',), ('CHL',), '2024'),
             ('visit', ('KEN',), ('MEX',), '2024'),
         ]),
    case('DI2', "Among this year's highlights, the Minister's tours include a visit to Japan in "
                'May and one to Korea in June.',
         'KEN', '2024', ['visit'],
         [
             ('visit', ('KEN',), ('JPN',), '2024-05'),
             ('visit', ('KEN',), ('KOR',), '2024-06'),
         ]),
    case('DI2', 'Visits by the Prime Minister this year include trips to India and Brazil.',
         'KEN', '2024', ['visit'],
         [
             ('visit', ('KEN',), ('IND',), '2024'),
             ('visit', ('KEN',), ('BRA',), '2024'),
         ]),
    case('DI2', 'Upcoming visits include a state visit to Japan in June.',
         'KEN', '2024', ['visit'],
         []),
    case('DI2', "The Minister's visit to Chile includes a trip to Peru.",
         'KEN', '2024', ['visit'],
         [('visit', ('KEN',), ('CHL',), '2024')]),
    case('DI3', 'Over the year, Ghana received many heads of government, for instance the Prime '
                'Minister of India and the Prime Minister of Spain.',
         'GHA', '2023', ['visit'],
         [
             ('visit', ('IND',), ('GHA',), '2023'),
             ('visit', ('ESP',), ('GHA',), '2023'),
         ]),
    case('DI3', 'The President welcomed to Accra a number of foreign leaders, including the Emir '
                'of Qatar and the King of Jordan.',
         'GHA', '2023', ['visit'],
         [
             ('visit', ('QAT',), ('GHA',), '2023'),
             ('visit', ('JOR',), ('GHA',), '2023'),
         ]),
    case('DI3', 'Leaders such as President Lula of Brazil and Chancellor Scholz of Germany were '
                'welcomed in Accra this year.',
         'GHA', '2023', ['visit'],
         [
             ('visit', ('BRA',), ('GHA',), '2023'),
             ('visit', ('DEU',), ('GHA',), '2023'),
         ]),
    case('DI3', 'In 2023 we hosted presidents from across the continent, among them the '
                'Presidents of Angola and Mozambique.',
         'GHA', '2023', ['visit'],
         [
             ('visit', ('AGO',), ('GHA',), '2023'),
             ('visit', ('MOZ',), ('GHA',), '2023'),
         ]),
    case('DI3', 'Ghana welcomed a record number of foreign dignitaries, e.g. the Prime Minister '
                'of Japan.',
         'GHA', '2023', ['visit'],
         [('visit', ('JPN',), ('GHA',), '2023')]),
    case('DI3', 'The President welcomed statements by leaders such as the Prime Minister of India '
                'on climate finance.',
         'GHA', '2023', ['visit'],
         []),
    case('DI3', 'The President received messages from heads of state such as the King of Morocco.',
         'GHA', '2023', ['visit'],
         []),
    case('DI4', "The Minister's travel destinations this year were Oman, Kuwait and Jordan.",
         'KEN', '2023', ['visit'],
         [
             ('visit', ('KEN',), ('OMN',), '2023'),
             ('visit', ('KEN',), ('KWT',), '2023'),
             ('visit', ('KEN',), ('JOR',), '2023'),
         ]),
    case('DI4', 'Destinations visited by the Prime Minister in 2023 included Chile and Argentina.',
         'KEN', '2023', ['visit'],
         [
             ('visit', ('KEN',), ('CHL',), '2023'),
             ('visit', ('KEN',), ('ARG',), '2023'),
         ]),
    case('DI4', 'Her destinations abroad comprised Peru and Bolivia.',
         'KEN', '2023', ['visit'],
         [
             ('visit', ('KEN',), ('PER',), '2023'),
             ('visit', ('KEN',), ('BOL',), '2023'),
         ]),
    case('DI4', 'The President travelled widely in 2023; his destinations included Egypt, '
                'Ethiopia and India.',
         'KEN', '2023', ['visit'],
         [
             ('visit', ('KEN',), ('EGY',), '2023'),
             ('visit', ('KEN',), ('ETH',), '2023'),
             ('visit', ('KEN',), ('IND',), '2023'),
         ]),
    case('DI4', 'Investment destinations favoured by Kenyan firms included Vietnam and Indonesia.',
         'KEN', '2023', ['visit'],
         []),
    case('DI4', 'The preferred study destinations of Kenyan students were Canada and Australia.',
         'KEN', '2023', ['visit'],
         []),
    case('DI5', 'On 5 May the Minister met the ambassadors of Spain, Italy Greece and Portugal.',
         'KEN', '2023', ['meeting'],
         [
             ('meeting', ('KEN',), ('ESP',), '2023-05-05'),
             ('meeting', ('KEN',), ('ITA',), '2023-05-05'),
             ('meeting', ('KEN',), ('GRC',), '2023-05-05'),
             ('meeting', ('KEN',), ('PRT',), '2023-05-05'),
         ]),
    case('DI5', 'On 5 May the President spoke by phone with the leaders of France, Germany Italy '
                'and Spain.',
         'KEN', '2023', ['call'],
         [
             ('call', ('KEN',), ('FRA',), '2023-05-05'),
             ('call', ('KEN',), ('DEU',), '2023-05-05'),
             ('call', ('KEN',), ('ITA',), '2023-05-05'),
             ('call', ('KEN',), ('ESP',), '2023-05-05'),
         ]),
    case('DI5', 'In May the Minister toured Ghana, Togo Benin, Nigeria and Cameroon.',
         'KEN', '2023', ['visit'],
         [
             ('visit', ('KEN',), ('GHA',), '2023-05'),
             ('visit', ('KEN',), ('TGO',), '2023-05'),
             ('visit', ('KEN',), ('BEN',), '2023-05'),
             ('visit', ('KEN',), ('NGA',), '2023-05'),
             ('visit', ('KEN',), ('CMR',), '2023-05'),
         ]),
    case('DI5', 'Foreign ministers of Peru, Chile Colombia and Ecuador visited Nairobi in May.',
         'KEN', '2023', ['visit'],
         [
             ('visit', ('PER',), ('KEN',), '2023-05'),
             ('visit', ('CHL',), ('KEN',), '2023-05'),
             ('visit', ('COL',), ('KEN',), '2023-05'),
             ('visit', ('ECU',), ('KEN',), '2023-05'),
         ]),
    case('DI5', 'In May the Minister visited Uganda, Tanzania Dodoma and Arusha.',
         'KEN', '2023', ['visit'],
         [
             ('visit', ('KEN',), ('UGA',), '2023-05'),
             ('visit', ('KEN',), ('TZA',), '2023-05'),
         ]),
    case('DI6', 'The committee met in Lima on 5 May to examine the treaties signed between Chile '
                'and Peru.',
         'PER', '2023', ['agreement'],
         []),
    case('DI6', 'On 5 May the two sides agreed to operationalise the memoranda signed in 2019.',
         'KEN', '2023', ['agreement'],
         []),
    case('DI6', 'On 5 May the ministers reviewed the status of the agreements signed between '
                'Kenya and Ghana.',
         'KEN', '2023', ['agreement'],
         []),
    case('DI6', 'On 5 May the Joint Commission took stock of the protocols signed at its previous '
                'session with Uganda.',
         'KEN', '2023', ['agreement'],
         []),
    case('DI6', 'On 5 May the two ministers signed the agreements reviewed by their teams on '
                'trade with Ghana.',
         'KEN', '2023', ['agreement'],
         [('agreement', ('KEN',), ('GHA',), '2023-05-05')]),
    case('DI6', 'On 5 May Kenya and Ghana reviewed their ties, and agreements on trade and visas '
                'were signed.',
         'KEN', '2023', ['agreement'],
         [('agreement', ('KEN',), ('GHA',), '2023-05-05')]),
]



@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_the_rule_holds_in_other_words(text: str, issuer: str, date: str | None,
                                       types: set[str], expected: list[tuple[Any, ...]]) -> None:
    check(text, issuer, date, types, expected)
