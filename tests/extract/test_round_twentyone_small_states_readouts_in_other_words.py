"""Short readouts of small states' ministries and government information services (the
generality audit audit21b): Pacific islands, the Caribbean, small African and Asian states,
told in their own vocabulary: "paid a courtesy call on", "called on the Prime Minister", "a
bilateral meeting on the margins of", "virtual meeting", "exchanged views", "held a
telephone conversation", "witnessed the signing of", "hosted a luncheon in honour of",
"co-chaired the Joint Commission", "presented a copy of his credentials", "the Honourable",
"Senator the Hon.", "H.E.", Permanent Secretaries, Charges d'Affaires and High
Commissioners, "the Government of X", Cabinet's notes, delegations led by a junior
minister or a senior official, the head of government and the minister in one text. Each
case: the construction, the text, the issuer, the document's date, the types compared and
the records expected (type, from, to, date prefix). A known limit is a strict xfail with
its reason. The sentences were written for this table."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.audit_support import CORE, case, check

_CASES = [
    # CC: "paid a courtesy call on", "received a courtesy call from"
    case('CC', 'The High Commissioner of India to Fiji, H.E. Mr. Rajesh Kumar, paid a courtesy '
         'call on the Prime Minister, Hon. Sitiveni Rabuka, at his office on 14 March 2023.',
         'FJI', None, CORE,
         [('meeting', ('FJI',), ('IND',), '2023-03-14')]),
    case('CC', 'Honiara, 3 May 2022 – The newly appointed Ambassador of the Republic of Korea, '
         'H.E. Park Jin-woo, paid a courtesy call on the Minister of Foreign Affairs and '
         'External Trade, Hon. Jeremiah Manele, today.',
         'SLB', '2022-05-03', CORE,
         [('meeting', ('SLB',), ('KOR',), '2022-05-03')]),
    case('CC', 'The Minister of Foreign Affairs received on Tuesday 9 August 2022 a courtesy call '
         'from the UAE Ambassador, H.E. Ahmed Al Mansouri.',
         'MDV', None, CORE,
         [('meeting', ('MDV',), ('ARE',), '2022-08-09')]),
    case('CC', 'Visiting Parliamentary Vice-Minister for Foreign Affairs of Japan, Mr. Kenji '
         'Yamada, paid a courtesy call on the Prime Minister of Samoa, Hon. Fiame Naomi '
         'Mataafa, on 21 July 2023.',
         'WSM', None, CORE,
         [('visit', ('JPN',), ('WSM',), '2023-07'), ('meeting', ('WSM',), ('JPN',), '2023-07-21')],
         limit="a sentence opened by 'Visiting' and the guest's title is read as the meeting "
               'only (kept so in test_counterparts.py)'),
    case('CC', "The Charge d'Affaires of the Embassy of the People's Republic of China, Mr. Li "
         'Wei, paid a courtesy call on the Acting Prime Minister on 2 February 2024.',
         'TON', None, CORE,
         [('meeting', ('TON',), ('CHN',), '2024-02-02')]),
    case('CC', 'H.E. Ms. Sarah Collins, British High Commissioner to Barbados, paid a courtesy '
         'call on Senator the Hon. Kerrie Symmonds, Minister of Foreign Affairs and Foreign '
         'Trade, on Monday, 6 November 2023.',
         'BRB', None, CORE,
         [('meeting', ('BRB',), ('GBR',), '2023-11-06')]),
    case('CC', 'Port Vila, 11 October 2022: The Minister of Foreign Affairs, International '
         'Cooperation and External Trade received in a courtesy call the Ambassador of '
         'France, H.E. Jean-Pierre Morel.',
         'VUT', '2022-10-11', CORE,
         [('meeting', ('VUT',), ('FRA',), '2022-10-11')]),
    case('CC', 'Courtesy call by the Ambassador of Indonesia on the Permanent Secretary\n\nThe '
         'Ambassador of Indonesia, H.E. Mr. Dicky Komar, paid a courtesy call on the '
         'Permanent Secretary for Foreign Affairs on 30 January 2024.',
         'PNG', None, CORE,
         [('meeting', ('PNG',), ('IDN',), '2024-01-30')]),
    # CO: "called on the Prime Minister"
    case('CO', 'The Foreign Minister of New Zealand, Hon. Nanaia Mahuta, called on the Prime '
         'Minister of Tuvalu, Hon. Kausea Natano, during her visit to Funafuti on 8 February '
         '2023.',
         'TUV', None, CORE,
         [('visit', ('NZL',), ('TUV',), '2023-02'), ('meeting', ('TUV',), ('NZL',), '2023-02-08')]),
    case('CO', 'The Minister of External Affairs of India, who is on an official visit to Bhutan, '
         'called on the Prime Minister, Dr. Lotay Tshering, on 16 March 2022.',
         'BTN', None, CORE,
         [('visit', ('IND',), ('BTN',), '2022-03'), ('meeting', ('BTN',), ('IND',), '2022-03-16')]),
    case('CO', 'Ambassador Maria Lopez of the Dominican Republic called on the Minister of Foreign '
         'Affairs of Saint Lucia, Hon. Alva Baptiste, on 5 June 2023 to discuss air '
         'connectivity.',
         'LCA', None, CORE,
         [('meeting', ('LCA',), ('DOM',), '2023-06-05')]),
    case('CO', 'The Secretary for Foreign Affairs, Mr. Tevita Fale, called on the Vice Minister of '
         'Foreign Affairs of China in Beijing on 12 September 2019.',
         'TON', None, CORE,
         [('meeting', ('TON',), ('CHN',), '2019-09-12')]),
    case('CO', 'On 7 April 2022 the newly accredited Ambassador of Mexico called on the Prime '
         'Minister, the Hon. Philip J. Pierre.',
         'LCA', None, CORE,
         [('meeting', ('LCA',), ('MEX',), '2022-04-07')]),
    case('CO', 'The Minister called on the Foreign Minister of Singapore in Singapore on 4 May '
         '2023 during a working visit.',
         'BRN', None, CORE,
         [('visit', ('BRN',), ('SGP',), '2023-05'), ('meeting', ('BRN',), ('SGP',), '2023-05-04')]),
    # MG: a bilateral meeting on the margins (sidelines) of a gathering
    case('MG', 'On the margins of the 78th UN General Assembly, Prime Minister Ralph Gonsalves '
         'held a bilateral meeting with the President of Guyana, H.E. Dr. Mohamed Irfaan '
         'Ali, on 21 September 2023.',
         'VCT', None, CORE,
         [('meeting', ('VCT',), ('GUY',), '2023-09-21')]),
    case('MG', 'Minister Kamina Johnson Smith held a bilateral meeting with her counterpart from '
         'the Republic of Ghana on the margins of CHOGM in Kigali on 23 June 2022.',
         'JAM', None, CORE,
         [('meeting', ('JAM',), ('GHA',), '2022-06-23')]),
    case('MG', 'The Foreign Minister of Mauritius met with the Foreign Minister of Seychelles on '
         'the sidelines of the SADC Council of Ministers in Lilongwe on 15 August 2023.',
         'MUS', None, CORE,
         [('meeting', ('MUS',), ('SYC',), '2023-08-15')]),
    case('MG', 'A bilateral meeting between Palau and Japan was held on the margins of the Pacific '
         'Islands Forum Leaders Meeting in Rarotonga on 8 November 2023.',
         'PLW', None, CORE,
         [('meeting', ('PLW',), ('JPN',), '2023-11-08')]),
    case('MG', 'On the sidelines of the Commonwealth Heads of Government Meeting, the Prime '
         'Minister met the Prime Minister of the United Kingdom, while the Minister for '
         'Foreign Affairs met the Foreign Minister of Australia.',
         'TON', '2022-06-24', CORE,
         [('meeting', ('TON',), ('GBR',), '2022-06-24'),
          ('meeting', ('TON',), ('AUS',), '2022-06-24')]),
    case('MG', 'The Honourable Prime Minister held a bilateral meeting on the margins of the AOSIS '
         'Leaders Summit with the Prime Minister of Barbados on 20 September 2023.',
         'ATG', None, CORE,
         [('meeting', ('ATG',), ('BRB',), '2023-09-20')]),
    case('MG', 'Bilateral meeting with Cabo Verde on the margins of the AU Summit\n\nAddis Ababa, '
         '17 February 2024 - The Minister of Foreign Affairs met his counterpart from Cabo '
         'Verde.',
         'STP', '2024-02-17', CORE,
         [('meeting', ('STP',), ('CPV',), '2024-02-17')]),
    # VM: a virtual meeting of two is a call
    case('VM', 'On 4 August 2021, the Minister of Foreign Affairs of Grenada held a virtual '
         'meeting with the Foreign Minister of Mexico, H.E. Marcelo Ebrard.',
         'GRD', None, CORE,
         [('call', ('GRD',), ('MEX',), '2021-08-04')]),
    case('VM', 'Prime Minister Mottley and the Prime Minister of India held a virtual meeting on '
         '12 May 2021 to discuss vaccine supplies.',
         'BRB', None, CORE,
         [('call', ('BRB',), ('IND',), '2021-05-12')]),
    case('VM', 'A virtual meeting was held today between the Minister for Foreign Affairs and the '
         'Foreign Minister of the Philippines.',
         'TLS', '2021-03-18', CORE,
         [('call', ('TLS',), ('PHL',), '2021-03-18')]),
    case('VM', 'The Permanent Secretary had a virtual meeting with the Director-General of the '
         'Department of Foreign Affairs of Ireland on 9 June 2021.',
         'BHS', None, CORE,
         [('call', ('BHS',), ('IRL',), '2021-06-09')]),
    # TC: telephone conversations, "exchanged views by telephone"
    case('TC', 'The Prime Minister held a telephone conversation with the Prime Minister of '
         'Australia, Hon. Anthony Albanese, on 3 June 2022.',
         'SLB', None, CORE,
         [('call', ('SLB',), ('AUS',), '2022-06-03')]),
    case('TC', 'On 19 January 2023, the Minister of Foreign Affairs received a telephone call from '
         'the Foreign Minister of Kenya, during which they exchanged views on regional '
         'security.',
         'SYC', None, CORE,
         [('call', ('KEN',), ('SYC',), '2023-01-19')]),
    case('TC', 'President Barrow and President Sall of Senegal exchanged views by telephone on 14 '
         'April 2022.',
         'GMB', None, CORE,
         [('call', ('GMB',), ('SEN',), '2022-04-14')]),
    case('TC', 'The two Ministers exchanged views on the situation in Haiti during a telephone '
         'conversation between Minister Browne and the Foreign Minister of Canada on 2 March '
         '2024.',
         'ATG', None, CORE,
         [('call', ('ATG',), ('CAN',), '2024-03-02')]),
    case('TC', 'The Honourable Minister spoke by telephone with her counterpart from Trinidad and '
         'Tobago on Wednesday.',
         'JAM', '2023-05-12', CORE,
         [('call', ('JAM',), ('TTO',), '2023-05-10')]),
    case('TC', 'The Prime Minister, Hon. Manasseh Sogavare, had a telephone conversation yesterday '
         'with the Premier of the State Council of China.',
         'SLB', '2022-04-20', CORE,
         [('call', ('SLB',), ('CHN',), '2022-04-19')]),
    case('TC', 'Telephone conversation between the Prime Minister and the Prime Minister of '
         'Fiji\n\nThe two leaders exchanged views on regional issues on 15 December 2022.',
         'VUT', None, CORE,
         [('call', ('VUT',), ('FJI',), '2022-12-15')]),
    # WS: "witnessed the signing of" an agreement
    case('WS', 'The Prime Minister witnessed the signing of a Memorandum of Understanding on '
         'fisheries cooperation between Kiribati and Japan on 10 May 2023.',
         'KIR', None, CORE,
         [('agreement', ('KIR',), ('JPN',), '2023-05-10')]),
    case('WS', 'President Ramkalawan and the Prime Minister of India witnessed the signing of four '
         'agreements in Victoria on 5 March 2024.',
         'SYC', None, CORE,
         [('agreement', ('SYC',), ('IND',), '2024-03-05')]),
    case('WS', 'The Minister of Foreign Affairs witnessed the signing of an Agreement on visa '
         'exemption between the Government of Belize and the Government of Costa Rica on 22 '
         'November 2022.',
         'BLZ', None, CORE,
         [('agreement', ('BLZ',), ('CRI',), '2022-11-22')]),
    case('WS', 'Minister Baptiste and the Ambassador of the Republic of China (Taiwan) witnessed '
         'the signing of a grant agreement for the hospital project on 3 October 2023.',
         'LCA', None, CORE,
         [('agreement', ('LCA',), ('TWN',), '2023-10-03')]),
    case('WS', 'In the presence of the two Prime Ministers, the Permanent Secretary and the '
         'Ambassador of the United Arab Emirates signed an agreement on the avoidance of '
         'double taxation on 12 January 2024.',
         'MUS', None, CORE,
         [('agreement', ('MUS',), ('ARE',), '2024-01-12')]),
    # LU: a luncheon or dinner hosted in honour of a guest
    case('LU', 'The Minister of Foreign Affairs hosted a luncheon in honour of the visiting '
         'Foreign Minister of Cuba, H.E. Bruno Rodriguez Parrilla, on 28 April 2023.',
         'DMA', None, CORE,
         [('visit', ('CUB',), ('DMA',), '2023-04'), ('meeting', ('DMA',), ('CUB',), '2023-04-28')]),
    case('LU', 'On 15 June 2022 the Prime Minister hosted a dinner in honour of the '
         'Governor-General of New Zealand, who was in Apia on a state visit.',
         'WSM', None, CORE,
         [('visit', ('NZL',), ('WSM',), '2022-06'), ('meeting', ('WSM',), ('NZL',), '2022-06-15')]),
    case('LU', 'The High Commissioner of Australia hosted a luncheon in honour of the Minister of '
         'Foreign Affairs on 4 July 2023.',
         'NRU', None, CORE,
         [('meeting', ('NRU',), ('AUS',), '2023-07-04')]),
    case('LU', 'The Government of Saint Kitts and Nevis hosted an official dinner in honour of the '
         'President of Ghana and his delegation, who arrived on 2 August 2023 for a '
         'three-day state visit.',
         'KNA', None, CORE,
         [('visit', ('GHA',), ('KNA',), '2023-08'), ('meeting', ('KNA',), ('GHA',), '2023-08')]),
    # JC: a joint commission co-chaired, a delegation led to it
    case('JC', 'The Minister of Foreign Affairs and the Foreign Minister of Cuba co-chaired the '
         'Fifth Session of the Joint Commission between Guyana and Cuba in Georgetown on 18 '
         'October 2022.',
         'GUY', None, CORE,
         [('commission', ('GUY',), ('CUB',), '2022-10-18')]),
    case('JC', 'The Second Meeting of the Joint Commission on Bilateral Cooperation between the '
         'Republic of Maldives and the Republic of Sri Lanka was held in Male on 7 December '
         '2023, co-chaired by the two Foreign Ministers.',
         'MDV', None, CORE,
         [('commission', ('MDV',), ('LKA',), '2023-12-07')]),
    case('JC', 'Minister Dlamini co-chaired the Joint Permanent Commission for Cooperation with '
         'South Africa in Pretoria on 14 September 2023.',
         'SWZ', None, CORE,
         [('commission', ('SWZ',), ('ZAF',), '2023-09-14')]),
    case('JC', 'The Permanent Secretary led the delegation of Botswana to the 10th Session of the '
         'Joint Permanent Commission on Defence and Security with Namibia, held in Windhoek '
         'on 22 May 2023.',
         'BWA', None, CORE,
         [('commission', ('BWA',), ('NAM',), '2023-05-22')]),
    case('JC', 'The inaugural session of the Joint Commission of Cooperation between Timor-Leste '
         'and Indonesia was co-chaired by the Ministers of Foreign Affairs in Dili on 25 '
         'August 2022.',
         'TLS', None, CORE,
         [('commission', ('TLS',), ('IDN',), '2022-08-25')]),
    # CR: credentials and copies of them presented
    case('CR', 'The Ambassador-designate of Germany, H.E. Mr. Thomas Weber, presented a copy of '
         'his credentials to the Minister of Foreign Affairs on 11 January 2023.',
         'SUR', None, CORE,
         [('meeting', ('SUR',), ('DEU',), '2023-01-11')]),
    case('CR', 'H.E. Ms. Linda Chen presented her credentials as High Commissioner of Singapore to '
         'His Excellency the Governor-General of Fiji at Government House on 9 February '
         '2024.',
         'FJI', None, CORE,
         [('meeting', ('FJI',), ('SGP',), '2024-02-09')]),
    case('CR', 'The new Ambassador of Brazil presented copies of her Letters of Credence to the '
         'Minister for Foreign Affairs on 6 June 2022.',
         'TTO', None, CORE,
         [('meeting', ('TTO',), ('BRA',), '2022-06-06')]),
    case('CR', 'Four new envoys, the Ambassadors of Chile, Egypt, Norway and Thailand, presented '
         'their credentials to the President on 2 March 2023.',
         'MWI', None, CORE,
         [('meeting', ('MWI',), ('CHL',), '2023-03-02'),
          ('meeting', ('MWI',), ('EGY',), '2023-03-02'),
          ('meeting', ('MWI',), ('NOR',), '2023-03-02'),
          ('meeting', ('MWI',), ('THA',), '2023-03-02')]),
    case('CR', 'The High Commissioner-designate of Pakistan presented a copy of his Letter of '
         'Commission to the Permanent Secretary on 17 October 2023.',
         'SGP', None, CORE,
         [('meeting', ('SGP',), ('PAK',), '2023-10-17')]),
    # DL: delegations led by a junior minister or a senior official, received
    case('DL', 'The Minister of Foreign Affairs received a delegation from the Kingdom of Morocco '
         'led by the Secretary General of its Foreign Ministry on 14 November 2022.',
         'COM', None, CORE,
         [('meeting', ('COM',), ('MAR',), '2022-11-14')]),
    case('DL', 'A delegation of the Republic of Korea led by the Vice Minister of Foreign Affairs '
         'arrived in Majuro on 2 May 2024 for a two-day visit and called on the President.',
         'MHL', None, CORE,
         [('visit', ('KOR',), ('MHL',), '2024-05'), ('meeting', ('MHL',), ('KOR',), '2024-05-02')]),
    case('DL', 'A delegation led by Hon. John Mulenga, Minister of State for Foreign Affairs, '
         'visited Zambia from 3 to 5 April 2023.',
         'MWI', None, CORE,
         [('visit', ('MWI',), ('ZMB',), '2023-04-03')]),
    case('DL', 'The Permanent Secretary led a delegation to Wellington for the annual Officials '
         'Talks with New Zealand on 20 March 2024.',
         'COK', None, CORE,
         [('visit', ('COK',), ('NZL',), '2024-03'),
          ('consultation', ('COK',), ('NZL',), '2024-03-20')],
         limit="annual 'Officials Talks' (the Pacific name of a round of ministry "
               'consultations) is read as a plain meeting'),
    case('DL', 'The Prime Minister received a high-level delegation from the Government of the '
         'United Arab Emirates, led by the Minister of State, on 11 May 2023.',
         'SYC', None, CORE,
         [('meeting', ('SYC',), ('ARE',), '2023-05-11')]),
    case('DL', 'The Government of Lesotho received a delegation from the Kingdom of Eswatini, led '
         'by the Principal Secretary of the Ministry of Foreign Affairs, on 30 August 2022.',
         'LSO', None, CORE,
         [('meeting', ('LSO',), ('SWZ',), '2022-08-30')]),
    case('DL', 'A Nepalese delegation led by the Foreign Secretary held talks with the Ministry of '
         'Foreign Affairs in Thimphu on 11 April 2024.',
         'BTN', None, CORE,
         [('meeting', ('BTN',), ('NPL',), '2024-04-11')]),
    case('DL', 'The Minister of State in the Ministry of Foreign Affairs led the delegation of '
         'Rwanda to the Rwanda-Burundi bilateral talks held in Kigali on 9 October 2023.',
         'RWA', None, CORE,
         [('meeting', ('RWA',), ('BDI',), '2023-10-09')]),
    # HG: the head of government and the minister in one text
    case('HG', 'The Prime Minister received the Foreign Minister of Indonesia on 4 September 2023. '
         'Later the same day the Minister of Foreign Affairs held talks with her counterpart '
         'and the two signed a Memorandum of Understanding on Development Cooperation.',
         'FJI', None, CORE,
         [('meeting', ('FJI',), ('IDN',), '2023-09-04'),
          ('meeting', ('FJI',), ('IDN',), '2023-09-04'),
          ('agreement', ('FJI',), ('IDN',), '2023-09-04')],
         limit='a second meeting with the same counterpart on the same day, held by another '
               'official in the next sentence, is read as the first told again'),
    case('HG', 'Prime Minister Davis travelled to Havana on 9 May 2023 for an official visit to '
         'Cuba, accompanied by the Minister of Foreign Affairs, Hon. Fred Mitchell.',
         'BHS', None, CORE,
         [('visit', ('BHS',), ('CUB',), '2023-05-09')]),
    case('HG', 'The Prime Minister and the Minister of Foreign Affairs met separately with the '
         'Special Envoy of the President of Kenya on 6 July 2023.',
         'GRD', None, CORE,
         [('meeting', ('GRD',), ('KEN',), '2023-07-06')]),
    case('HG', 'On 22 March 2024 the Prime Minister called on the President of Taiwan in Taipei, '
         'while the Minister for Foreign Affairs held a bilateral meeting with the Minister '
         'of Foreign Affairs of Taiwan.',
         'TUV', None, CORE,
         [('meeting', ('TUV',), ('TWN',), '2024-03-22'),
          ('meeting', ('TUV',), ('TWN',), '2024-03-22')]),
    case('HG', 'The Prime Minister welcomed the Prime Minister of Papua New Guinea, who arrived on '
         '12 August 2023 for an official visit. The Minister for Foreign Affairs hosted a '
         'luncheon in honour of the PNG Foreign Minister the next day.',
         'SLB', None, CORE,
         [('meeting', ('SLB',), ('PNG',), '2023-08-12'),
          ('visit', ('PNG',), ('SLB',), '2023-08-12'),
          ('meeting', ('SLB',), ('PNG',), '2023-08-13')]),
    # CA: Cabinet's approvals and notes
    case('CA', 'Cabinet noted the signing of the Agreement on Air Services between the Government '
         'of Barbados and the Government of Ghana in Accra on 25 October 2022.',
         'BRB', None, CORE,
         [('agreement', ('BRB',), ('GHA',), '2022-10-25')]),
    case('CA', 'Cabinet approved the ratification of the Agreement on the Establishment of '
         'Diplomatic Relations signed with Kosovo on 8 September 2022.',
         'FSM', None, CORE,
         [('agreement', ('FSM',), ('XKX',), '2022-09-08')]),
    case('CA', 'Cabinet endorsed the report of the Minister of Foreign Affairs on his official '
         'visit to Kenya from 14 to 16 February 2023.',
         'SYC', None, CORE,
         [('visit', ('SYC',), ('KEN',), '2023-02-14')]),
    # GX: "the Government of X", "H.E.", "the Honourable", Permanent Secretaries
    case('GX', "Samoa's Government and the Government of the People's Republic of China signed an "
         'Economic and Technical Cooperation Agreement in Apia on 28 May 2022.',
         'WSM', None, CORE,
         [('agreement', ('WSM',), ('CHN',), '2022-05-28')]),
    case('GX', 'The Government of Dominica has received a donation of medical supplies from the '
         'Government of Morocco, handed over by the Ambassador of Morocco on 5 April 2021.',
         'DMA', None, CORE,
         []),
    case('GX', 'Nadi, 2 March 2023 - The Honourable Deputy Prime Minister and Minister for Trade '
         "met with Palau's Minister of Foreign Affairs, the Hon. Gustav Aitaro, today.",
         'FJI', '2023-03-02', CORE,
         [('meeting', ('FJI',), ('PLW',), '2023-03-02')]),
    case('GX', 'H.E. the President received in audience the Ambassador of the Kingdom of Saudi '
         'Arabia, H.E. Abdullah Al-Qahtani, at Beit al-Shaab on 18 July 2022.',
         'DJI', None, CORE,
         [('meeting', ('DJI',), ('SAU',), '2022-07-18')]),
    case('GX', 'The Minister of Foreign Affairs, Hon. Dr. Hugh Todd, hosted the Minister of '
         'Foreign Affairs of Suriname, H.E. Albert Ramdin, at the Ministry in Georgetown on '
         '1 June 2023.',
         'GUY', None, CORE,
         [('meeting', ('GUY',), ('SUR',), '2023-06-01')]),
    case('GX', 'The Minister of State for Foreign Affairs paid an official visit to Laos from 12 '
         'to 14 October 2023, during which he called on the Deputy Prime Minister and '
         "Minister of Foreign Affairs of the Lao People's Democratic Republic.",
         'KHM', None, CORE,
         [('visit', ('KHM',), ('LAO',), '2023-10-12'), ('meeting', ('KHM',), ('LAO',), '2023-10')]),
    case('GX', 'Male, 26 June 2022 - The Foreign Secretary held bilateral consultations with the '
         'Foreign Secretary of Bangladesh today.',
         'MDV', '2022-06-26', CORE,
         [('consultation', ('MDV',), ('BGD',), '2022-06-26')]),
    case('GX', 'Ulaanbaatar, 5 July 2023 - The Minister for Foreign Affairs received the Deputy '
         'Foreign Minister of the Republic of Kazakhstan, who is in Mongolia for the '
         'political consultations between the two foreign ministries.',
         'MNG', '2023-07-05', CORE,
         [('visit', ('KAZ',), ('MNG',), '2023-07'),
          ('meeting', ('MNG',), ('KAZ',), '2023-07-05'),
          ('consultation', ('MNG',), ('KAZ',), '2023-07')]),
    case('GX', 'The Honourable Minister met with H.E. Mr. Tanaka Hiroshi, Ambassador of Japan, on '
         '13 February 2024 at the Ministry.',
         'BLZ', None, CORE,
         [('meeting', ('BLZ',), ('JPN',), '2024-02-13')]),
    case('GX', 'The Minister of Foreign Affairs and Cooperation of the Union of the Comoros held a '
         'working meeting with the Ambassador of France on 6 December 2022.',
         'COM', None, CORE,
         [('meeting', ('COM',), ('FRA',), '2022-12-06')]),
    case('GX', 'Vientiane, 8 May 2024 - The Deputy Prime Minister and Foreign Minister received a '
         'courtesy call by the outgoing Ambassador of Vietnam on the occasion of the '
         'completion of his tour of duty.',
         'LAO', '2024-05-08', CORE,
         [('meeting', ('LAO',), ('VNM',), '2024-05-08')]),
    case('GX', 'The Governor-General received the Chief of the Defence Force of the United Kingdom '
         'on 3 March 2023 at Government House.',
         'JAM', None, CORE,
         [('meeting', ('JAM',), ('GBR',), '2023-03-03')]),
    case('GX', 'The Honourable Prime Minister and Minister for Foreign Affairs of Tuvalu met the '
         'Minister for the Pacific of the United Kingdom, Lord Zac Goldsmith, in Funafuti on '
         '24 August 2022.',
         'TUV', None, CORE,
         [('meeting', ('TUV',), ('GBR',), '2022-08-24')]),
    # XT: more word orders: the name before the office, forms of address
    case('XT', 'H.E. Mr. Ravi Shankar, High Commissioner of India, called on the Honourable Fiame '
         'Naomi Mataafa, Prime Minister of Samoa, on 4 April 2022.',
         'WSM', None, CORE,
         [('meeting', ('WSM',), ('IND',), '2022-04-04')]),
    case('XT', 'Senator the Hon. Kamina Johnson Smith, Minister of Foreign Affairs and Foreign '
         'Trade, received a courtesy call from H.E. Mr. Jorge Lopez, Ambassador of Colombia, '
         'on 19 October 2022.',
         'JAM', None, CORE,
         [('meeting', ('JAM',), ('COL',), '2022-10-19')]),
    case('XT', 'The Minister for Foreign Affairs paid a courtesy call on the Governor-General of '
         'Australia during her visit to Canberra on 27 February 2023.',
         'FJI', None, CORE,
         [('visit', ('FJI',), ('AUS',), '2023-02'), ('meeting', ('FJI',), ('AUS',), '2023-02-27')]),
    case('XT', 'The Minister and the Ambassador of Cuba, H.E. Ms. Ana Perez, exchanged views on '
         'bilateral cooperation in health at a meeting held on 10 January 2023.',
         'VCT', None, CORE,
         [('meeting', ('VCT',), ('CUB',), '2023-01-10')]),
    case('XT', "The Chargé d'Affaires a.i. of the Embassy of Spain paid a farewell call on the "
         'Minister of Foreign Affairs on 14 July 2023.',
         'CPV', None, CORE,
         [('meeting', ('CPV',), ('ESP',), '2023-07-14')]),
    case('XT', 'Hon. Jeremiah Manele, Minister of Foreign Affairs and External Trade, held a '
         'bilateral meeting with Hon. Kamikamica, Deputy Prime Minister of Fiji, in Honiara '
         'on 2 November 2023.',
         'SLB', None, CORE,
         [('meeting', ('SLB',), ('FJI',), '2023-11-02')]),
    case('XT', 'The Minister accompanied the Prime Minister on his official visit to Japan from 15 '
         'to 18 May 2023.',
         'TON', None, CORE,
         [('visit', ('TON',), ('JPN',), '2023-05-15')]),
    case('XT', 'Bilateral talks between Tonga and Fiji were held in Nukualofa on 6 June 2023, with '
         'the Fiji delegation led by the Permanent Secretary for Foreign Affairs.',
         'TON', None, CORE,
         [('meeting', ('TON',), ('FJI',), '2023-06-06')]),
    case('XT', 'The Assistant Minister for Foreign Affairs led a delegation to Tokyo from 5 to 8 '
         'March 2024 for the Japan-Pacific Islands Ministers Meeting preparations, and '
         'called on the State Minister for Foreign Affairs of Japan on 6 March.',
         'PNG', None, CORE,
         [('visit', ('PNG',), ('JPN',), '2024-03-05'),
          ('meeting', ('PNG',), ('JPN',), '2024-03-06')]),
    case('XT', 'The Minister held a bilateral meeting with the Minister for Foreign Affairs of the '
         'Cook Islands on 14 August 2023.',
         'NIU', None, CORE,
         [('meeting', ('NIU',), ('COK',), '2023-08-14')]),
    case('XT', 'The President of the Republic received the credentials of the new Ambassador of '
         'the Kingdom of Morocco, H.E. Mr. Ali Benali, on 10 October 2022.',
         'GNB', None, CORE,
         [('meeting', ('GNB',), ('MAR',), '2022-10-10')]),
    case('XT', 'Her Excellency the Ambassador of the United States paid a courtesy call on His '
         'Excellency the Governor-General on 1 December 2023.',
         'PNG', None, CORE,
         [('meeting', ('PNG',), ('USA',), '2023-12-01')]),
    case('XT', 'The Acting Minister of Foreign Affairs, Hon. Ratu Lala, held a telephone '
         'conversation with the Foreign Minister of Vanuatu on 30 May 2023 to convey '
         'condolences.',
         'FJI', None, CORE,
         [('call', ('FJI',), ('VUT',), '2023-05-30')]),
    case('XT', 'The Prime Minister received a telephone call from the President of the Republic of '
         'China (Taiwan), H.E. Dr. Tsai Ing-wen, on 3 January 2023.',
         'MHL', None, CORE,
         [('call', ('TWN',), ('MHL',), '2023-01-03')]),
    case('XT', 'On 9 March 2023 the Permanent Secretary for Foreign Affairs and Trade received the '
         "visiting Deputy Secretary of Australia's Department of Foreign Affairs and Trade.",
         'SLB', None, CORE,
         [('visit', ('AUS',), ('SLB',), '2023-03'), ('meeting', ('SLB',), ('AUS',), '2023-03-09')]),
    # YT: the near variants of the constructions fixed
    case('YT', 'The Prime Minister received the visiting Parliamentary Vice-Minister for Foreign '
         'Affairs of Japan, Mr. Kenji Yamada, on 21 July 2023.',
         'WSM', None, CORE,
         [('visit', ('JPN',), ('WSM',), '2023-07'), ('meeting', ('WSM',), ('JPN',), '2023-07-21')]),
    case('YT', 'The Minister hosted a luncheon in honour of the visiting Vice-Minister of Foreign '
         'Affairs of the Republic of Korea on 12 June 2024.',
         'TON', None, CORE,
         [('visit', ('KOR',), ('TON',), '2024-06'), ('meeting', ('TON',), ('KOR',), '2024-06-12')]),
    case('YT', 'The Minister of Foreign Affairs led the delegation of Seychelles to the '
         'Seychelles-Mauritius bilateral talks held in Port Louis on 5 May 2023.',
         'SYC', None, CORE,
         [('meeting', ('SYC',), ('MUS',), '2023-05-05')]),
    case('YT', 'The Minister for Foreign Affairs paid a courtesy call on Dr. the Hon. Ralph '
         'Gonsalves, Prime Minister of Saint Vincent and the Grenadines, in Kingstown on 3 '
         'March 2023.',
         'GRD', None, CORE,
         [('meeting', ('GRD',), ('VCT',), '2023-03-03')]),
    case('YT', 'The High Commissioner of Canada called on the Right Honourable Mark Brown, Prime '
         'Minister, on 8 May 2023.',
         'COK', None, CORE,
         [('meeting', ('COK',), ('CAN',), '2023-05-08')]),
    case('YT', 'The Foreign Secretary held a meeting with the Foreign Secretary of Nepal in '
         'Kathmandu on 14 November 2023 during an official visit.',
         'BTN', None, CORE,
         [('visit', ('BTN',), ('NPL',), '2023-11'), ('meeting', ('BTN',), ('NPL',), '2023-11-14')]),
    case('YT', 'The Minister received the Minister of Foreign Affairs of Kiribati, who is in Nauru '
         'on a working visit, on 4 July 2023.',
         'NRU', None, CORE,
         [('visit', ('KIR',), ('NRU',), '2023-07'), ('meeting', ('NRU',), ('KIR',), '2023-07-04')]),
    case('YT', 'H.E. the President received a telephone call from H.E. the President of the '
         'Republic of Mozambique on 1 August 2023, during which the two leaders exchanged '
         'views on regional security.',
         'MWI', None, CORE,
         [('call', ('MOZ',), ('MWI',), '2023-08-01')]),
    case('YT', 'The Permanent Secretary and the Ambassador of Ireland exchanged views on climate '
         'finance at a meeting at the Ministry on 16 May 2023.',
         'TUV', None, CORE,
         [('meeting', ('TUV',), ('IRL',), '2023-05-16')]),
    case('YT', 'Minister Browne met Senator the Hon. Kerrie Symmonds, Minister of Foreign Affairs '
         'of Barbados, and the Hon. Fred Mitchell, Minister of Foreign Affairs of The '
         'Bahamas, on the margins of the CARICOM Heads of Government Conference on 4 July '
         '2023.',
         'ATG', None, CORE,
         [('meeting', ('ATG',), ('BRB',), '2023-07-04'),
          ('meeting', ('ATG',), ('BHS',), '2023-07-04')]),
]


@pytest.mark.parametrize(('text', 'issuer', 'date', 'types', 'expected'), _CASES)
def test_small_states_readouts(text: str, issuer: str, date: str, types: set[str],
                               expected: list[tuple[Any, ...]]) -> None:
    check(text, issuer, date, types, expected)
