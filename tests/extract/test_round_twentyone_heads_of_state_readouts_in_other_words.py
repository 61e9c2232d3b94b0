"""Readouts by presidencies, royal courts and prime ministers' offices (the generality audit
audit21g): credentials of several new ambassadors received at once, a tete-a-tete followed
by talks in an expanded format (one meeting), an audience granted or received in audience,
a written or verbal message delivered by a minister or envoy (a meeting with the bearer; no
event without one), a counterpart hosted for a working lunch, "exchanged views by
telephone", leaders who witnessed the exchange of memoranda, the Crown Prince, the Vice
President representing the President, the First Lady (no state side of her own), state
visits with official welcome ceremonies, joint press statements, "the two Presidents", and
messages of congratulations or condolences (no event; a call when said by telephone). The
head of state or government is the issuer's side when the office publishes. Each case: the
construction, the text, the issuer, the document's date, the types compared and the
records expected (type, from, to, date prefix). A known limit is a strict xfail with its
reason. The sentences were written for this table."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.audit_support import CORE, case, check

#: the types compared where a visit is implied but not told (a place, a palace)
M = ['meeting']
V = ['visit']
A = ['agreement']
MA = ['meeting', 'agreement']
ML = ['multilateral']

_CASES = [
    # CR: credentials received or presented, one meeting per ambassador's country
    case('CR', 'The President of the Republic, Kassym-Jomart Tokayev, received the credentials '
         'of the newly appointed ambassadors of Brazil, Indonesia and Ireland on 14 September '
         '2023.',
         'KAZ', None, CORE,
         [('meeting', ('KAZ',), ('BRA',), '2023-09-14'),
          ('meeting', ('KAZ',), ('IDN',), '2023-09-14'),
          ('meeting', ('KAZ',), ('IRL',), '2023-09-14')]),
    case('CR', 'Cairo, 2 February 2022 - President Abdel Fattah El-Sisi today received the '
         'credentials of 17 new ambassadors to Egypt, among them those of Japan and Chile.',
         'EGY', '2022-02-02', CORE,
         [('meeting', ('EGY',), ('JPN',), '2022-02-02'),
          ('meeting', ('EGY',), ('CHL',), '2022-02-02')]),
    case('CR', 'His Majesty King Abdullah II received at Al Husseiniya Palace on Monday the '
         'credentials of the ambassadors of Portugal and Malaysia.',
         'JOR', '2023-05-17', CORE,
         [('meeting', ('JOR',), ('PRT',), '2023-05-15'),
          ('meeting', ('JOR',), ('MYS',), '2023-05-15')]),
    case('CR', 'The new Ambassador of the Republic of Korea, Mr. Lee Jung-ho, presented his '
         'letters of credence to the President of the Republic, Emmanuel Macron, at the Elysee '
         'Palace on 6 April 2022.',
         'FRA', None, CORE,
         [('meeting', ('FRA',), ('KOR',), '2022-04-06')]),
    case('CR', 'On 21 November 2023, President Shavkat Mirziyoyev accepted the credentials of '
         'the Ambassadors of Austria, Egypt, Mongolia and Vietnam.',
         'UZB', None, CORE,
         [('meeting', ('UZB',), ('AUT',), '2023-11-21'),
          ('meeting', ('UZB',), ('EGY',), '2023-11-21'),
          ('meeting', ('UZB',), ('MNG',), '2023-11-21'),
          ('meeting', ('UZB',), ('VNM',), '2023-11-21')]),
    case('CR', 'The King received the credentials of H.E. Mr. Takashi Yamamoto as Ambassador '
         'Extraordinary and Plenipotentiary of Japan to the Kingdom of the Netherlands on 3 '
         'October 2023.',
         'NLD', None, CORE,
         [('meeting', ('NLD',), ('JPN',), '2023-10-03')]),
    case('CR', 'Ambassadors of Ghana and Peru presented their credentials to the Head of State '
         'at the Presidential Palace on 8 May 2024.',
         'SEN', None, CORE,
         [('meeting', ('SEN',), ('GHA',), '2024-05-08'),
          ('meeting', ('SEN',), ('PER',), '2024-05-08')]),
    # TT: a tete-a-tete followed by talks in an expanded format is one meeting
    case('TT', 'Baku, 18 April 2023 - President Ilham Aliyev and President of Uzbekistan Shavkat '
         'Mirziyoyev held a one-on-one meeting, followed by talks in an expanded format with the '
         'participation of delegations.',
         'AZE', '2023-04-18', CORE,
         [('meeting', ('AZE',), ('UZB',), '2023-04-18')]),
    case('TT', 'Following the official welcome ceremony at Akorda, the President of Kazakhstan '
         'and the President of Turkmenistan, who is on a state visit, held talks in a narrow '
         'format, continued in an expanded format.',
         'KAZ', '2023-06-10', CORE,
         [('visit', ('TKM',), ('KAZ',), '2023-06'), ('meeting', ('KAZ',), ('TKM',), '2023-06-10')]),
    case('TT', 'The tete-a-tete meeting between the President of the Republic and the President '
         'of the Republic of Senegal was followed by an enlarged meeting with the two delegations '
         'on 12 July 2022.',
         'CIV', None, CORE,
         [('meeting', ('CIV',), ('SEN',), '2022-07-12')]),
    case('TT', 'President Tokayev held a tete-a-tete meeting with the Prime Minister of Hungary, '
         'Viktor Orban, after which the talks continued in an extended format.',
         'KAZ', '2023-10-16', CORE,
         [('meeting', ('KAZ',), ('HUN',), '2023-10-16')]),
    case('TT', 'Prime Minister Narendra Modi and Prime Minister of Japan Fumio Kishida held '
         'restricted and delegation-level talks on 20 March 2023.',
         'IND', None, CORE,
         [('meeting', ('IND',), ('JPN',), '2023-03-20')]),
    case('TT', 'Talks in a narrow format between President Mirziyoyev and President of Latvia '
         'Edgars Rinkevics took place at the Kuksaroy residence on 5 June 2024.',
         'UZB', None, M,
         [('meeting', ('UZB',), ('LVA',), '2024-06-05')]),
    # AU: an audience granted or received
    case('AU', 'His Majesty King Mohammed VI granted an audience on Tuesday at the Royal Palace '
         'in Rabat to the Senegalese Minister of Foreign Affairs.',
         'MAR', '2022-03-10', M,
         [('meeting', ('MAR',), ('SEN',), '2022-03-08')]),
    case('AU', 'The Head of State granted an audience to the Special Envoy of the President of '
         'the Democratic Republic of the Congo on 4 August 2023.',
         'COG', None, CORE,
         [('meeting', ('COG',), ('COD',), '2023-08-04')]),
    case('AU', 'His Majesty King Hamad bin Isa Al Khalifa received in audience the outgoing '
         'Ambassador of Thailand at Al-Sakhir Palace on 5 February 2023.',
         'BHR', None, CORE,
         [('meeting', ('BHR',), ('THA',), '2023-02-05')]),
    case('AU', 'His Majesty Sultan Haitham bin Tarik received in audience at Al Alam Palace '
         'today the Prime Minister of the Republic of India.',
         'OMN', '2023-12-16', M,
         [('meeting', ('OMN',), ('IND',), '2023-12-16')]),
    case('AU', 'Their Majesties the King and Queen received in audience the President of the '
         'Portuguese Republic, Marcelo Rebelo de Sousa, at the Zarzuela Palace on 15 June 2023.',
         'ESP', None, M,
         [('meeting', ('ESP',), ('PRT',), '2023-06-15')]),
    case('AU', 'Their Majesties the Emperor and Empress received in audience the President of '
         'Kenya and Mrs. Ruto at the Imperial Palace on 8 February 2024.',
         'JPN', None, M,
         [('meeting', ('JPN',), ('KEN',), '2024-02-08')]),
    case('AU', 'The Yang di-Pertuan Agong granted an audience to the Prime Minister of Pakistan, '
         'Shehbaz Sharif, at Istana Negara on 3 October 2024.',
         'MYS', None, M,
         [('meeting', ('MYS',), ('PAK',), '2024-10-03')]),
    # WM: a written or verbal message: a meeting with its bearer, no event without one
    case('WM', 'His Highness the Emir Sheikh Tamim bin Hamad Al Thani received a written message '
         'from the President of the Republic of Rwanda, delivered by the Minister of Foreign '
         'Affairs of Rwanda during his meeting with His Highness at the Amiri Diwan on 10 January '
         '2024.',
         'QAT', None, M,
         [('meeting', ('QAT',), ('RWA',), '2024-01-10')]),
    case('WM', 'His Highness the Emir received a written message from the President of the '
         'Republic of Uzbekistan, dealing with bilateral relations.',
         'KWT', '2023-03-08', CORE,
         []),
    case('WM', 'The Custodian of the Two Holy Mosques King Salman received a written message '
         'from the President of Tajikistan. The message was received by the Minister of Foreign '
         'Affairs Prince Faisal bin Farhan during his meeting with the Ambassador of Tajikistan in '
         'Riyadh on 22 May 2023.',
         'SAU', None, CORE,
         [('meeting', ('SAU',), ('TJK',), '2023-05-22')]),
    case('WM', 'President Mirziyoyev received the Minister of Foreign Affairs of Azerbaijan, who '
         'handed over a letter from President Ilham Aliyev, on 3 March 2023.',
         'UZB', None, M,
         [('meeting', ('UZB',), ('AZE',), '2023-03-03')]),
    case('WM', 'The Emir received a verbal message from the King of Bahrain, conveyed by the '
         'Bahraini Minister of Foreign Affairs, on 12 April 2023.',
         'KWT', None, M,
         [('meeting', ('KWT',), ('BHR',), '2023-04-12')]),
    case('WM', 'On behalf of the President, the Vice President received the Special Envoy of the '
         'President of Sudan, who delivered a verbal message, on 18 October 2023.',
         'TZA', None, M,
         [('meeting', ('TZA',), ('SDN',), '2023-10-18')]),
    case('WM', 'President Tokayev sent a letter to the President of Mongolia inviting him to '
         'visit Kazakhstan.',
         'KAZ', '2023-02-01', CORE,
         []),
    # WL: a counterpart hosted for a working lunch or dinner
    case('WL', 'The Prime Minister hosted his Dutch counterpart, Mark Rutte, for a working lunch '
         'at Downing Street on 7 June 2023.',
         'GBR', None, M,
         [('meeting', ('GBR',), ('NLD',), '2023-06-07')]),
    case('WL', 'Athens, 3 October 2023 - Prime Minister Kyriakos Mitsotakis hosted the Prime '
         'Minister of Bulgaria, Nikolai Denkov, for a working dinner at the Maximos Mansion.',
         'GRC', '2023-10-03', M,
         [('meeting', ('GRC',), ('BGR',), '2023-10-03')]),
    case('WL', 'Chancellor Olaf Scholz received the Prime Minister of Sweden for a working lunch '
         'at the Federal Chancellery on 14 March 2023.',
         'DEU', None, M,
         [('meeting', ('DEU',), ('SWE',), '2023-03-14')]),
    case('WL', 'President Lula received at the Alvorada Palace on Thursday (23) the President of '
         'Colombia, Gustavo Petro, for a working dinner.',
         'BRA', '2023-02-25', M,
         [('meeting', ('BRA',), ('COL',), '2023-02-23')]),
    case('WL', 'President Macron and President Biden had lunch together at the Elysee on 8 June '
         '2024.',
         'FRA', None, M,
         [('meeting', ('FRA',), ('USA',), '2024-06-08')]),
    case('WL', 'The Prime Minister offered a working breakfast to the Prime Minister of Croatia, '
         'Andrej Plenkovic, on 11 May 2023.',
         'SVN', None, M,
         [('meeting', ('SVN',), ('HRV',), '2023-05-11')]),
    # PH: calls: "exchanged views by telephone", "phone conversation", a call received
    case('PH', 'President Ramaphosa and President Lula da Silva exchanged views by telephone on '
         '25 January 2023 on preparations for the BRICS summit.',
         'ZAF', None, CORE,
         [('call', ('ZAF',), ('BRA',), '2023-01-25')]),
    case('PH', 'Prague, 14 November 2022 - President Milos Zeman had a phone conversation today '
         'with the Federal Chancellor of Austria, Karl Nehammer.',
         'CZE', '2022-11-14', CORE,
         [('call', ('CZE',), ('AUT',), '2022-11-14')]),
    case('PH', 'Prime Minister Shehbaz Sharif received a telephone call from the President of '
         'Turkiye, Recep Tayyip Erdogan, on 10 February 2023.',
         'PAK', None, CORE,
         [('call', ('TUR',), ('PAK',), '2023-02-10')]),
    case('PH', 'His Majesty the King received a phone call from the President of the French '
         'Republic, Emmanuel Macron, in which they discussed regional developments.',
         'JOR', '2023-10-21', CORE,
         [('call', ('FRA',), ('JOR',), '2023-10-21')]),
    case('PH', 'In a telephone call with President Zelensky of Ukraine on Thursday, the Prime '
         "Minister reaffirmed the United Kingdom's support.",
         'GBR', '2023-01-13', CORE,
         [('call', ('GBR',), ('UKR',), '2023-01-12')]),
    case('PH', 'The Crown Prince and Prime Minister, HRH Prince Salman bin Hamad Al Khalifa, '
         'received a telephone call from the Prime Minister of the United Kingdom, Rishi Sunak, on '
         '18 October 2023.',
         'BHR', None, CORE,
         [('call', ('GBR',), ('BHR',), '2023-10-18')]),
    case('PH', 'Telephone conversation of President Sadyr Japarov with President of Tajikistan '
         'Emomali Rahmon\n\nThe two Presidents discussed the situation on the border on 16 '
         'September 2022.',
         'KGZ', None, CORE,
         [('call', ('KGZ',), ('TJK',), '2022-09-16')]),
    case('PH', 'AMMAN, March 7 (Petra) -- His Majesty King Abdullah II received a phone call on '
         'Tuesday from the Prime Minister of Canada, Justin Trudeau.',
         'JOR', '2023', CORE,
         [('call', ('CAN',), ('JOR',), '2023-03-07')]),
    case('PH', 'The President of the Republic held a video conference with the Federal '
         'Chancellor of Germany on 15 April 2021.',
         'POL', None, CORE,
         [('call', ('POL',), ('DEU',), '2021-04-15')]),
    # WX: leaders who witnessed the exchange (signing) of memoranda
    case('WX', 'President Sheikh Mohamed bin Zayed and Prime Minister of India Narendra Modi '
         'held talks in Abu Dhabi on 15 July 2023. The two leaders then witnessed the exchange of '
         'memoranda of understanding on local currency settlement.',
         'ARE', None, MA,
         [('meeting', ('ARE',), ('IND',), '2023-07-15'),
          ('agreement', ('ARE',), ('IND',), '2023-07-15')]),
    case('WX', 'President Widodo and Prime Minister Anwar Ibrahim witnessed the exchange of '
         'several MoUs at the Bogor Palace on 9 January 2023.',
         'IDN', None, A,
         [('agreement', ('IDN',), ('MYS',), '2023-01-09')]),
    case('WX', 'The Prime Minister and the visiting President of Vietnam witnessed the exchange '
         'of five cooperation documents on 26 October 2023.',
         'THA', None, CORE,
         [('visit', ('VNM',), ('THA',), '2023-10'),
          ('agreement', ('THA',), ('VNM',), '2023-10-26')]),
    case('WX', 'The leaders witnessed the exchange of memoranda between the two governments '
         'after the talks between the Prime Minister and the Prime Minister of Laos on 4 April '
         '2024.',
         'VNM', None, MA,
         [('meeting', ('VNM',), ('LAO',), '2024-04-04'),
          ('agreement', ('VNM',), ('LAO',), '2024-04-04')]),
    case('WX', 'In the presence of the two Heads of State, the Ministers of Foreign Affairs of '
         'Kyrgyzstan and Uzbekistan signed the Treaty on the State Border on 27 January 2023.',
         'KGZ', None, A,
         [('agreement', ('KGZ',), ('UZB',), '2023-01-27')]),
    # CP: the Crown Prince
    case('CP', 'His Royal Highness Prince Mohammed bin Salman, Crown Prince and Prime Minister, '
         'received at Al-Yamamah Palace in Riyadh on 11 March 2024 the President of the Republic '
         'of Finland.',
         'SAU', None, M,
         [('meeting', ('SAU',), ('FIN',), '2024-03-11')]),
    case('CP', 'The Crown Prince received the Foreign Minister of Iran at Bayan Palace today.',
         'KWT', '2023-06-21', M,
         [('meeting', ('KWT',), ('IRN',), '2023-06-21')]),
    case('CP', 'Abu Dhabi, 4 May 2023 (WAM) - His Highness Sheikh Khaled bin Mohamed bin Zayed, '
         'Crown Prince of Abu Dhabi, met with the Prime Minister of Vietnam.',
         'ARE', '2023-05-04', M,
         [('meeting', ('ARE',), ('VNM',), '2023-05-04')]),
    case('CP', 'Crown Prince Haakon and Crown Princess Mette-Marit paid an official visit to '
         'Japan from 2 to 5 April 2024.',
         'NOR', None, CORE,
         [('visit', ('NOR',), ('JPN',), '2024-04-02')]),
    case('CP', 'His Royal Highness the Crown Prince held talks with the Chancellor of Austria on '
         '20 June 2023.',
         'JOR', None, M,
         [('meeting', ('JOR',), ('AUT',), '2023-06-20')]),
    # VP: the Vice President represents the President
    case('VP', 'Vice President Kashim Shettima travelled to Monrovia on 22 January 2024 to '
         'represent President Bola Tinubu at the inauguration of President Joseph Boakai of '
         'Liberia.',
         'NGA', None, V,
         [('visit', ('NGA',), ('LBR',), '2024-01-22')]),
    case('VP', 'The Vice President represented the President at the 37th Ordinary Session of the '
         'Assembly of the African Union on 17 February 2024.',
         'KEN', None, ML,
         [('multilateral', ('KEN',), (), '2024-02-17')]),
    case('VP', 'Vice President Geraldo Alckmin received the Minister of Foreign Affairs of '
         'Paraguay at the Planalto Palace on 19 July 2023, on behalf of the President.',
         'BRA', None, M,
         [('meeting', ('BRA',), ('PRY',), '2023-07-19')]),
    case('VP', 'Representing the President, the Vice President met the Prime Minister of '
         'Thailand on the sidelines of the coronation ceremony on 6 May 2023.',
         'PHL', None, M,
         [('meeting', ('PHL',), ('THA',), '2023-05-06')]),
    # FL: the First Lady is no state side; with the President, the President's event
    case('FL', 'First Lady Jill Biden met with the spouse of the Prime Minister of Japan, Yuko '
         'Kishida, at the White House on 10 April 2024.',
         'USA', None, CORE,
         []),
    case('FL', 'The First Lady hosted a luncheon for the spouses of the leaders attending the '
         'G20 Summit on 9 September 2023.',
         'IND', None, CORE,
         []),
    case('FL', 'Accompanied by the First Lady, President Ruto arrived in Seoul on 3 June 2024 '
         'for a state visit.',
         'KEN', None, V,
         [('visit', ('KEN',), ('KOR',), '2024-06-03')]),
    case('FL', 'The First Lady of the Republic of Korea, Kim Keon-hee, met the First Lady of '
         'Kazakhstan on 12 June 2024.',
         'KOR', None, CORE,
         []),
    case('FL', 'The President and the First Lady welcomed the President of Ghana and his spouse '
         'at the Presidential Palace on 4 March 2024.',
         'CIV', None, M,
         [('meeting', ('CIV',), ('GHA',), '2024-03-04')]),
    # SV: state visits with official welcome ceremonies
    case('SV', 'An official welcome ceremony was held at Akorda for the President of Azerbaijan, '
         'who arrived in Kazakhstan on a state visit on 24 August 2022.',
         'KAZ', None, V,
         [('visit', ('AZE',), ('KAZ',), '2022-08-24')]),
    case('SV', 'On 9 October 2023, President Tokayev was welcomed with an official ceremony at '
         'the Kremlin at the start of his state visit to Russia.',
         'KAZ', None, V,
         [('visit', ('KAZ',), ('RUS',), '2023-10-09')]),
    case('SV', 'The President of the Republic of Korea, Yoon Suk Yeol, paid a state visit to the '
         'United Kingdom from 20 to 23 November 2023, where an official welcome ceremony was held '
         'at Horse Guards Parade in his honour.',
         'KOR', None, V,
         [('visit', ('KOR',), ('GBR',), '2023-11-20')]),
    case('SV', 'The King and Queen welcomed the President of the Republic of Poland at the Royal '
         'Palace on 5 March 2024, at the start of his state visit to Belgium.',
         'BEL', None, V,
         [('visit', ('POL',), ('BEL',), '2024-03')]),
    case('SV', 'Bangkok, 8 November 2023 - The Prime Minister presided over the official '
         'welcoming ceremony for the Prime Minister of Lao PDR on the occasion of his official '
         'visit to Thailand, followed by bilateral talks at Government House.',
         'THA', '2023-11-08', CORE,
         [('visit', ('LAO',), ('THA',), '2023-11'), ('meeting', ('THA',), ('LAO',), '2023-11-08')]),
    case('SV', 'His Majesty King Charles III received the President of the Republic of Korea at '
         'Buckingham Palace on 21 November 2023, during the state visit.',
         'GBR', None, CORE,
         [('visit', ('KOR',), ('GBR',), '2023-11'), ('meeting', ('GBR',), ('KOR',), '2023-11-21')]),
    # JS: joint press statements after talks belong to the talks
    case('JS', 'After the talks, President Erdogan and Chancellor Scholz made joint press '
         'statements.',
         'TUR', '2023-11-17', M,
         [('meeting', ('TUR',), ('DEU',), '2023-11-17')]),
    case('JS', 'Following their bilateral meeting, the Prime Minister of Malaysia and the '
         'President of Indonesia delivered a joint press statement on 27 June 2023.',
         'MYS', None, M,
         [('meeting', ('MYS',), ('IDN',), '2023-06-27')]),
    case('JS', 'Tbilisi, 12 June 2023 - President Salome Zourabichvili and President of Poland '
         'Andrzej Duda signed a strategic partnership declaration. The two Presidents then held a '
         'joint press conference.',
         'GEO', '2023-06-12', A,
         [('agreement', ('GEO',), ('POL',), '2023-06-12')]),
    case('JS', 'A joint statement was issued at the end of the official visit of the Prime '
         'Minister of Pakistan to China from 4 to 7 June 2024.',
         'PAK', None, V,
         [('visit', ('PAK',), ('CHN',), '2024-06-04')]),
    # TP: "the two Presidents" and other pairs named again
    case('TP', 'President Aliyev met with President of Georgia Salome Zourabichvili on 10 March '
         '2023. The two Presidents discussed energy projects.',
         'AZE', None, M,
         [('meeting', ('AZE',), ('GEO',), '2023-03-10')]),
    case('TP', 'On 31 December 2022 President Kassym-Jomart Tokayev and President of Russia '
         'Vladimir Putin had a telephone conversation. The two Presidents exchanged New Year '
         'greetings.',
         'KAZ', None, CORE,
         [('call', ('KAZ',), ('RUS',), '2022-12-31')]),
    case('TP', 'The two Heads of State met on 2 May 2023 at the Presidential Palace, where the '
         'President of the Republic received the President of Gabon.',
         'CMR', None, M,
         [('meeting', ('CMR',), ('GAB',), '2023-05-02')]),
    # MC: messages of congratulations or condolences: no event, a call if by telephone
    case('MC', 'President Ilham Aliyev sent a letter of condolence to President Recep Tayyip '
         'Erdogan over the earthquake on 6 February 2023.',
         'AZE', None, CORE,
         []),
    case('MC', 'His Majesty King Abdullah II sent a cable of congratulations to the President of '
         "Finland on his country's Independence Day.",
         'JOR', '2023-12-06', CORE,
         []),
    case('MC', 'The President of the Republic congratulated by telephone the newly elected '
         'President of Argentina, Javier Milei, on 20 November 2023.',
         'URY', None, CORE,
         [('call', ('URY',), ('ARG',), '2023-11-20')]),
    case('MC', 'The Emir sent a cable of congratulations to the President of Egypt on the '
         'occasion of his re-election.',
         'QAT', '2023-12-18', CORE,
         []),
    case('MC', 'Prime Minister Anthony Albanese called Prime Minister of New Zealand Christopher '
         'Luxon on 28 November 2023 to congratulate him on his swearing in.',
         'AUS', None, CORE,
         [('call', ('AUS',), ('NZL',), '2023-11-28')]),
    case('MC', 'President Tokayev expressed condolences to the President of Iran in connection '
         'with the helicopter crash, in a telegram sent on 20 May 2024.',
         'KAZ', None, CORE,
         []),
    case('MC', 'His Majesty King Philippe sent a message of congratulations to King Charles III '
         'on the occasion of his coronation.',
         'BEL', '2023-05-06', CORE,
         []),
    case('MC', 'The Prime Minister spoke with the Prime Minister of Greece to offer condolences '
         'following the train accident on 1 March 2023.',
         'ITA', None, CORE,
         [('call', ('ITA',), ('GRC',), '2023-03-01')]),
    case('MC', 'The President conveyed his condolences to the King of Morocco on the victims of '
         'the earthquake.',
         'TUN', '2023-09-09', CORE,
         []),
    # RX: other presidency and prime minister's office readouts
    case('RX', 'The President received the Korean Foreign Minister, Park Jin, at the State Palace '
         'on 12 August 2023.',
         'MNG', None, M,
         [('meeting', ('MNG',), ('KOR',), '2023-08-12')]),
    case('RX', 'Prime Minister Abiy Ahmed received at his office today the visiting President of '
         'Somalia, Hassan Sheikh Mohamud.',
         'ETH', '2023-01-07', CORE,
         [('visit', ('SOM',), ('ETH',), '2023-01'), ('meeting', ('ETH',), ('SOM',), '2023-01-07')]),
    case('RX', 'The Prime Minister of Hungary, Viktor Orban, received the President of Serbia in '
         'the Carmelite Monastery on 25 March 2024.',
         'HUN', None, M,
         [('meeting', ('HUN',), ('SRB',), '2024-03-25')]),
    case('RX', 'Kuala Lumpur, 15 January 2024 - Prime Minister Anwar Ibrahim today held a '
         'bilateral meeting with the Prime Minister of Singapore at the Perdana Putra.',
         'MYS', '2024-01-15', M,
         [('meeting', ('MYS',), ('SGP',), '2024-01-15')]),
    case('RX', 'The Head of State held talks with the President of the Council of Ministers of '
         'Italy, Giorgia Meloni, who is on a working visit to Tunisia.',
         'TUN', '2023-06-06', CORE,
         [('visit', ('ITA',), ('TUN',), '2023-06'), ('meeting', ('TUN',), ('ITA',), '2023-06-06')]),
    case('RX', 'New Delhi, Sept 10: Prime Minister Narendra Modi held a bilateral meeting with '
         'the President of France on the sidelines of the G20 Summit.',
         'IND', '2023', M,
         [('meeting', ('IND',), ('FRA',), '2023-09-10')]),
    # NM: near misses of the constructions fixed, which keep their reading
    case('NM', 'His Majesty King Abdullah II received a letter of congratulations from the '
         'President of Egypt.',
         'JOR', '2023-05-06', CORE,
         []),
    case('NM', 'His Highness the Emir received the Ambassador of Rwanda, who delivered a written '
         'message from President Paul Kagame, on 10 January 2024.',
         'QAT', None, CORE,
         [('meeting', ('QAT',), ('RWA',), '2024-01-10')]),
    case('NM', 'The Emir received a written message from the President of Kenya, delivered by '
         'the Ambassador of Kenya, on 12 April 2023.',
         'KWT', None, CORE,
         [('meeting', ('KWT',), ('KEN',), '2023-04-12')]),
    case('NM', 'The Vice President received, on behalf of the President, the Ambassadors of '
         'Egypt and Oman on 18 October 2023.',
         'TZA', None, CORE,
         [('meeting', ('TZA',), ('EGY',), '2023-10-18'),
          ('meeting', ('TZA',), ('OMN',), '2023-10-18')]),
    case('NM', 'The Ambassador offered a reception to mark the National Day of Kazakhstan on 16 '
         'December 2023.',
         'SVN', None, CORE,
         []),
    case('NM', 'President Erdogan made a press statement after the Cabinet meeting.',
         'TUR', '2023-11-17', CORE,
         []),
    case('NM', 'The President of Turkmenistan and the Prime Minister of Uzbekistan, who are on '
         'visits to Kazakhstan, held talks with President Tokayev.',
         'KAZ', '2023-06-10', CORE,
         [('visit', ('TKM',), ('KAZ',), '2023-06'), ('visit', ('UZB',), ('KAZ',), '2023-06'),
          ('meeting', ('KAZ',), ('TKM',), '2023-06-10'),
          ('meeting', ('KAZ',), ('UZB',), '2023-06-10')]),
    case('NM', 'President Tokayev received the Prime Minister of Uzbekistan and the President of '
         'Turkmenistan, who is on a state visit.',
         'KAZ', '2023-06-10', CORE,
         [('meeting', ('KAZ',), ('UZB',), '2023-06-10'),
          ('meeting', ('KAZ',), ('TKM',), '2023-06-10'), ('visit', ('TKM',), ('KAZ',), '2023-06')]),
    case('NM', 'The two Presidents witnessed the exchange of documents on the demarcation of the '
         'border on 9 January 2023.',
         'IDN', None, A,
         []),
    case('NM', 'An official welcome ceremony was held for the Prime Minister of Lao PDR, who '
         'arrived in Bangkok on an official visit.',
         'THA', '2023-11-08', CORE,
         [('visit', ('LAO',), ('THA',), '2023-11')]),
    case('NM', 'Mrs. Kim Keon-hee, spouse of the President, attended the opening of the '
         'exhibition with the First Lady of Kazakhstan on 12 June 2024.',
         'KOR', None, CORE,
         []),
    case('NM', 'The President met the President of Ghana and his wife at the Presidential Palace '
         'on 4 March 2024.',
         'CIV', None, CORE,
         [('meeting', ('CIV',), ('GHA',), '2024-03-04')]),
    case('NM', 'The First Lady and the Minister of Foreign Affairs met the President of Ghana on '
         '4 March 2024.',
         'CIV', None, CORE,
         [('meeting', ('CIV',), ('GHA',), '2024-03-04')]),
    # PX: a second round of readouts, written after the first fixes
    case('PX', 'The Custodian of the Two Holy Mosques received a phone call from the President of '
         'the United States on 3 May 2024.',
         'SAU', None, CORE,
         [('call', ('USA',), ('SAU',), '2024-05-03')]),
    case('PX', 'HM the King received in audience, on Wednesday, the new ambassadors of Brazil, '
         'Chile and Peru, who presented their credentials.',
         'MAR', '2023', M,
         [('meeting', ('MAR',), ('BRA',), '2023'), ('meeting', ('MAR',), ('CHL',), '2023'),
          ('meeting', ('MAR',), ('PER',), '2023')]),
    case('PX', 'His Highness the President held a phone call with the Emir of Qatar, during which '
         'they exchanged Eid al-Adha greetings.',
         'ARE', '2023-07-16', CORE,
         [('call', ('ARE',), ('QAT',), '2023-07-16')]),
    case('PX', 'President El-Sisi and King Abdullah II of Jordan held a tripartite summit with '
         'President Mahmoud Abbas in Aqaba on 14 August 2023.',
         'EGY', None, M,
         [('meeting', ('EGY',), ('JOR', 'PSE'), '2023-08-14')]),
    case('PX', 'Prime Minister Modi held a tete-a-tete with President Biden at the White House on '
         '22 June 2023, followed by delegation-level talks.',
         'IND', None, M,
         [('meeting', ('IND',), ('USA',), '2023-06-22')]),
    case('PX', 'On 5 May 2023, Head of State Kassym-Jomart Tokayev received the credentials of the '
         'ambassadors of eight countries, including Finland and Kenya.',
         'KAZ', None, CORE,
         [('meeting', ('KAZ',), ('FIN',), '2023-05-05'),
          ('meeting', ('KAZ',), ('KEN',), '2023-05-05')]),
    case('PX', 'The Prime Minister welcomed the Taoiseach to Downing Street on 6 November 2023.',
         'GBR', None, M,
         [('meeting', ('GBR',), ('IRL',), '2023-11-06')],
         limit="a title that names its country alone ('the Taoiseach') is read as no country's"),
    case('PX', 'Prime Minister Kishida held a summit meeting with President Yoon of the Republic '
         'of Korea on 16 March 2023.',
         'JPN', None, M,
         [('meeting', ('JPN',), ('KOR',), '2023-03-16')]),
    case('PX', 'The Prime Minister paid a courtesy call on His Majesty the King of Cambodia during '
         'his official visit to Phnom Penh on 7 February 2024.',
         'THA', None, CORE,
         [('meeting', ('THA',), ('KHM',), '2024-02-07'),
          ('visit', ('THA',), ('KHM',), '2024-02')]),
    case('PX', 'His Majesty the King received a cable of condolences from the President of Egypt. '
         'His Majesty also received a telephone call from the Emir of Kuwait on 10 August 2023.',
         'BHR', None, CORE,
         [('call', ('KWT',), ('BHR',), '2023-08-10')]),
    case('PX', 'His Majesty the Sultan sent a cable of congratulations to the President of '
         'Indonesia. He also made a phone call to the King of Malaysia on 17 August 2023.',
         'OMN', None, CORE,
         [('call', ('OMN',), ('MYS',), '2023-08-17')]),
    case('PX', 'President Ilham Aliyev made a phone call to President of Turkiye Recep Tayyip '
         'Erdogan to offer condolences on 6 February 2023.',
         'AZE', None, CORE,
         [('call', ('AZE',), ('TUR',), '2023-02-06')]),
    case('PX', 'General Secretary Nguyen Phu Trong and President Joe Biden held talks in Hanoi on '
         '10 September 2023, after an official welcome ceremony at the Presidential Palace.',
         'VNM', None, M,
         [('meeting', ('VNM',), ('USA',), '2023-09-10')]),
    case('PX', 'The King presided over the state dinner offered in honour of the President of '
         'Mexico at the Royal Palace on 5 October 2023.',
         'ESP', None, M,
         [('meeting', ('ESP',), ('MEX',), '2023-10-05')]),
    case('PX', 'The King hosted the official luncheon in honour of the President of Mexico on 5 '
         'October 2023.',
         'ESP', None, M,
         [('meeting', ('ESP',), ('MEX',), '2023-10-05')]),
    case('PX', 'The King presided over the dinner offered in honour of the Diplomatic Corps on 5 '
         'October 2023.',
         'ESP', None, CORE,
         []),
    case('PX', 'His Majesty King Abdullah II and Her Majesty Queen Rania received President of '
         'Germany Frank-Walter Steinmeier and his wife at Al Husseiniya Palace on 5 March 2023.',
         'JOR', None, M,
         [('meeting', ('JOR',), ('DEU',), '2023-03-05')]),
]


@pytest.mark.parametrize(('text', 'issuer', 'date', 'types', 'expected'), _CASES)
def test_heads_of_state_readouts(text: str, issuer: str, date: str, types: set[str],
                                 expected: list[tuple[Any, ...]]) -> None:
    check(text, issuer, date, types, expected)
