"""Each construction of diplomatic writing the extractor supports, in
sentences written for these tests (styles of several ministries)."""

from __future__ import annotations

import pytest

CORE = ("visit", "meeting", "call", "consultation", "commission", "agreement")


def test_extract_active_visit_to_a_country(ex):
    got = ex("On 3 May 2023 the Minister of Foreign Affairs of Georgia paid an official visit "
             "to the Kingdom of Norway.", types=["visit"])
    assert got == [("visit", ("GEO",), ("NOR",), "2023-05-03")]


def test_extract_visit_received_in_our_country(ex):
    got = ex("The Foreign Minister of the Republic of Kenya visited our country on 12-13 June.",
             types=["visit"])
    assert got == [("visit", ("KEN",), ("GEO",), "2023-06-12")]


def test_extract_nominal_visit_of_x_to_y(ex):
    got = ex("The state visit of the President of Mongolia to our country took place on "
             "April 4, 2023.", types=["visit"])
    assert got == [("visit", ("MNG",), ("GEO",), "2023-04-04")]


def test_extract_passive_visit(ex):
    got = ex("This spring Georgia was visited by the prime ministers of Estonia and Latvia.",
             types=["visit"])
    assert got == [("visit", ("EST",), ("GEO",), "2023"), ("visit", ("LVA",), ("GEO",), "2023")]


def test_extract_arrival_in_a_city_means_its_country(ex):
    got = ex("Minister Darchiashvili arrived in Ottawa on 9 October for talks.", types=["visit"])
    assert got == [("visit", ("GEO",), ("CAN",), "2023-10-09")]


def test_extract_two_dates_give_two_visits(ex):
    got = ex("The visits of the President of Poland to our country (March 2-3 and "
             "November 20, 2023) strengthened the partnership.", types=["visit"])
    assert got == [("visit", ("POL",), ("GEO",), "2023-03-02"),
                   ("visit", ("POL",), ("GEO",), "2023-11-20")]


def test_extract_expands_lists_of_visitors(ex):
    got = ex("In 2023 the foreign ministers of Hungary, Croatia and Slovakia visited Georgia.",
             types=["visit"])
    assert [g[1] for g in got] == [("HRV",), ("HUN",), ("SVK",)]


def test_extract_expands_lists_of_counterparts(ex):
    got = ex("On the sidelines of the summit the Minister met the Foreign Ministers of Hungary, "
             "Poland and Bulgaria.", types=["meeting"])
    assert [g[2] for g in got] == [("BGR",), ("HUN",), ("POL",)]


def test_extract_keeps_trilateral_meeting_as_one(ex):
    got = ex("A trilateral meeting of the foreign ministers of Georgia, Azerbaijan and Türkiye "
             "was held in Tbilisi on 17 February 2023.", types=["meeting"])
    assert got == [("meeting", ("GEO",), ("AZE", "TUR"), "2023-02-17")]


def test_extract_demonym_counterpart(ex):
    got = ex("Minister Kuleba held talks with his Lithuanian counterpart in Kyiv on Monday.",
             issuer="UKR", types=["meeting"])
    assert got == [("meeting", ("UKR",), ("LTU",), "2023")]


def test_extract_topic_countries_are_not_counterparts(ex):
    got = ex("The Minister met the Ambassador of Japan and discussed the situation in Syria "
             "and Afghanistan.", types=["meeting"])
    assert got == [("meeting", ("GEO",), ("JPN",), "2023")]


def test_extract_telephone_conversation(ex):
    got = ex("On 2 February, a telephone conversation took place between the Foreign Ministers "
             "of Georgia and Moldova.", types=["call"])
    assert got == [("call", ("GEO",), ("MDA",), "2023-02-02")]


def test_extract_video_conference(ex):
    got = ex("Deputy Minister Khoshtaria held a video conference with the State Secretary of "
             "Lithuania on 8 March.", types=["call"])
    assert got == [("call", ("GEO",), ("LTU",), "2023-03-08")]


def test_extract_political_consultations_list(ex):
    got = ex("Political consultations were held between the Ministries of Foreign Affairs of "
             "Kazakhstan and Portugal, Germany and Slovenia.", issuer="KAZ",
             types=["consultation"])
    assert [g[2] for g in got] == [("DEU",), ("PRT",), ("SVN",)]


def test_extract_joint_commission_session(ex):
    got = ex("The 10th session of the Kazakhstan-Qatar Intergovernmental Commission on trade "
             "took place in Astana on 15-16 November 2023.", issuer="KAZ",
             types=["commission"])
    assert got == [("commission", ("KAZ",), ("QAT",), "2023-11-15")]


def test_extract_memorandum_signed(ex):
    got = ex("The two ministers signed a Memorandum of Understanding on cooperation in higher "
             "education with Indonesia on 30 August.", issuer="QAT", types=["agreement"])
    assert got == [("agreement", ("QAT",), ("IDN",), "2023-08-30")]


def test_extract_the_two_countries_resolves_to_the_counterpart(ex):
    text = ("The Foreign Minister of Brazil visited Tbilisi on 5 July. "
            "A visa waiver agreement between the two countries was signed.")
    # a short readout that names one day: undated events take that day
    assert ex(text, types=["agreement"]) == [("agreement", ("GEO",), ("BRA",), "2023-07-05")]


def test_extract_credentials_are_a_meeting(ex):
    got = ex("On 14 April the newly appointed Ambassador of Chile presented his credentials to "
             "the President of Georgia.", types=["meeting"])
    assert got == [("meeting", ("GEO",), ("CHL",), "2023-04-14")]


def test_extract_letters_of_credence_from_several_envoys_give_one_meeting_each(ex):
    got = ex("On 9 May the President of Georgia received letters of credence from the "
             "Ambassadors of Portugal, Mongolia and Ghana.", types=["meeting"])
    assert got == [("meeting", ("GEO",), (c,), "2023-05-09") for c in ("GHA", "MNG", "PRT")]
    listed = ex("At the ceremony on 9 May, the heads of mission who handed over their letters of "
                "credence were: Ambassador Rui Costa of the Portuguese Republic; and Ambassador "
                "Bat-Erdene Dorj of Mongolia.", types=["meeting"])
    assert listed == [("meeting", ("GEO",), (c,), "2023-05-09") for c in ("MNG", "PRT")]


def test_extract_announced_visit_is_left_out(ex):
    got = ex("The President of Finland will visit Georgia next spring.", types=["visit"])
    assert got == []


def test_extract_country_inside_an_organisation_is_not_a_participant(ex):
    got = ex("The Minister met the Secretary General of the Organization of Turkic States.",
             issuer="AZE", types=list(CORE))
    # one meeting, with the organisation and no country as the other side
    assert [g[:3] for g in got] == [("meeting", ("AZE",), ())]


def test_extract_issuer_is_inferred_when_not_given():
    from communique.extract import extract_text

    res = extract_text("Press release of the Ministry of Foreign Affairs of the Republic of "
                       "Lithuania. The Minister met his Polish counterpart in Vilnius.")
    assert res.issuer == "LTU"
    assert "Ministry of Foreign Affairs" in res.issuer_reason


def test_extract_source_offsets_index_the_text():
    from communique.extract import extract_text

    text = "Title line\n\nOn 2 May 2023 the Minister visited Kenya. He met students."
    res = extract_text(text, issuer="GEO")
    r = res.records[0]
    assert r.source is not None and text[r.source.start:r.source.end] == r.source.text
    assert r.source.text.startswith("On 2 May 2023")


def _full(text: str, issuer: str = "GEO"):
    from communique.extract import extract_text

    res = extract_text(text, issuer=issuer, date="2023")
    return sorted((r.type, tuple(r.from_), tuple(r.to), tuple(r.organizations))
                  for r in res.records if r.type == "visit")


def test_extract_visits_to_organisations_one_each():
    got = _full("Ministry diplomats visited the OSCE, the Council of Europe and UNESCO in 2023.")
    assert got == [("visit", ("GEO",), (), ("COE",)), ("visit", ("GEO",), (), ("OSCE",)),
                   ("visit", ("GEO",), (), ("UNESCO",))]


def test_extract_organisation_officials_visiting_give_one_visit_each():
    got = _full("The Secretary General of NATO and the President of the European Commission "
                "visited our country in May.")
    assert len(got) == 2 and all(g[1] == () and g[2] == ("GEO",) for g in got)


def test_extract_pope_is_the_holy_see():
    got = ex_simple("Pope Francis visited Kazakhstan on 13-15 September.", issuer="KAZ")
    assert got == [("visit", ("VAT",), ("KAZ",), "2023-09-13")]


def ex_simple(text: str, issuer: str):
    from communique.extract import extract_text

    res = extract_text(text, issuer=issuer, date="2023")
    return [(r.type, tuple(r.from_), tuple(r.to), r.date.start) for r in res.records
            if r.type == "visit"]


def test_extract_list_with_dates_beside_each_counterpart(ex):
    got = ex("Tbilisi, 20 June 2023\n\nIn 2023 political consultations took place with Chile "
             "(Santiago, 2-3 May), Peru (Lima, 9 June) and Ecuador.", types=["consultation"])
    # Ecuador has no date of its own: it takes the readout's dateline
    assert got == [("consultation", ("GEO",), ("CHL",), "2023-05-02"),
                   ("consultation", ("GEO",), ("ECU",), "2023-06-20"),
                   ("consultation", ("GEO",), ("PER",), "2023-06-09")]


def test_extract_clause_after_comma_and_is_its_own(ex):
    got = ex("The 5th session of the Joint Commission with Armenia was held on 3 April, and "
             "political consultations with Moldova took place on 9 May.", types=CORE)
    assert ("consultation", ("GEO",), ("MDA",), "2023-05-09") in got
    assert ("commission", ("GEO",), ("ARM",), "2023-04-03") in got


def test_extract_fronted_counterpart_with_a_discussion_verb_is_a_meeting(ex):
    got = ex("On 3 October, with the Foreign Minister of Ecuador, Maria Vela, the Minister "
             "reviewed trade. With his Vietnamese counterpart, the Minister discussed rice "
             "exports on 4 October.", types=["meeting"])
    assert got == [("meeting", ("GEO",), ("VNM",), "2023-10-04")]
    assert ex("With regard to the region, the Minister discussed security.",
              types=["meeting"]) == []


def test_extract_spoke_with_by_phone_is_a_call(ex):
    got = ex("On 8 June the Minister spoke with the Foreign Minister of Uruguay by phone.",
             types=["call", "meeting"])
    assert got == [("call", ("GEO",), ("URY",), "2023-06-08")]


def test_extract_official_met_in_a_foreign_city_is_of_that_city_s_country(ex):
    got = ex("In Nairobi on 2 May, the Minister met Foreign Minister Grace Wanjiru.",
             types=["meeting"])
    assert got == [("meeting", ("GEO",), ("KEN",), "2023-05-02")]
    # an organisation's official, or one met at home, gets no country from the city
    assert ex("In Brussels on 3 May, the Minister met Commissioner Jan Novak.",
              types=["meeting"]) == [("meeting", ("GEO",), (), "2023-05-03")]
    assert ex("In Tbilisi on 4 May, the Minister met Foreign Minister Ana Silva.",
              types=["meeting"]) == []


def test_extract_talks_opening_a_sentence_keep_the_occasion_s_date(ex):
    text = ("The Foreign Minister of Chile arrived in Tbilisi on 6 June. During the talks, "
            "the ministers reviewed the projects agreed during the visit of the President of "
            "Georgia to Santiago in March 2021.")
    got = ex(text, types=["meeting"])
    assert got == [("meeting", ("GEO",), ("CHL",), "2023-06-06")]


def test_extract_the_three_ministers_are_the_last_trilateral_s_partners(ex):
    text = ("On 2 July the Foreign Ministers of Georgia, Armenia and Greece met in Athens for "
            "their first trilateral meeting. The three Ministers signed a joint statement on "
            "transport.")
    assert ex(text, types=["agreement"]) == [("agreement", ("GEO",), ("ARM", "GRC"), "2023-07-02")]
    # a number that does not fit the last group recovers nothing
    text2 = text.replace("The three Ministers", "The four Ministers")
    assert ex(text2, types=["agreement"]) == []


def test_extract_received_requests_or_letters_are_no_meeting(ex):
    assert ex("So far the Embassy of Georgia in Israel has received more than 900 requests "
              "for help.", types=["meeting"]) == []
    assert ex("The Ministry received from the Embassy of Peru a note on 3 May.",
              types=["meeting"]) == []


def test_extract_was_also_received_by_is_a_meeting(ex):
    got = ex("On 3 May the Foreign Minister of Peru was also received by the President of "
             "Georgia.", types=["meeting"])
    assert got == [("meeting", ("GEO",), ("PER",), "2023-05-03")]


def test_extract_meetings_with_a_number_of_counterparts_are_a_figure(ex):
    text = ("In May the Minister visited Peru. During the year, the Minister held bilateral "
            "meetings with more than 120 counterparts.")
    assert ex(text, types=["meeting"]) == []
    assert [r[0] for r in ex(text, types=["figure"])] == ["figure"]


def test_extract_issuer_is_the_dateline_s_country_not_the_visiting_guest_s():
    from communique.extract import extract_text

    text = ("Lima, 8 August 2024 - The Foreign Minister held talks with the visiting Minister "
            "for Foreign Affairs of Norway. The Minister of Foreign Affairs of Norway also met "
            "the President of the Republic. Norway and Peru signed an agreement.")
    res = extract_text(text, date="2024")
    assert res.issuer == "PER" and "dateline" in res.issuer_reason


def test_extract_issuer_is_not_the_counterpart_named_by_nationality():
    from communique.extract import extract_text

    text = ("Amman, 21 September 2023\n\nThe Foreign Minister, along with his Jamaican Foreign "
            "Minister Kamala Smith, opened the exhibition. Later he met with Jamaican Foreign "
            "Minister Smith again.")
    assert extract_text(text, date="2023").issuer == "JOR"


def test_extract_held_consultations_with_is_a_consultation(ex):
    got = ex("On 11 March the Deputy Minister held consultations with the Director General for "
             "Europe of the Ministry of Foreign Affairs of Chile.", types=["consultation"])
    assert got == [("consultation", ("GEO",), ("CHL",), "2023-03-11")]


def test_extract_a_press_conference_after_the_meeting_is_no_second_meeting(ex):
    got = ex("On 12 March the Minister met his Chilean counterpart. The two ministers held a "
             "joint press conference after the meeting.", types=["meeting"])
    assert got == [("meeting", ("GEO",), ("CHL",), "2023-03-12")]


def test_extract_visits_listed_with_a_date_beside_each_host(ex):
    got = ex("In 2023 the Minister paid official visits to Chile (4-5 April), the Republic of "
             "Peru (May 9-10) and Ecuador (2 June).", types=["visit"])
    assert got == [("visit", ("GEO",), ("CHL",), "2023-04-04"),
                   ("visit", ("GEO",), ("ECU",), "2023-06-02"),
                   ("visit", ("GEO",), ("PER",), "2023-05-09")]


def test_extract_a_dinner_hosted_for_a_minister_or_a_welcome_is_a_meeting(ex):
    got = ex("On 5 May the Minister hosted a working lunch for the Foreign Minister of Malta. "
             "On 6 May she welcomed the Prime Minister of Fiji to Tbilisi.", types=["meeting"])
    assert got == [("meeting", ("GEO",), ("FJI",), "2023-05-06"),
                   ("meeting", ("GEO",), ("MLT",), "2023-05-05")]
    assert ex("The Minister welcomed the decision of the Council of Europe.",
              types=["meeting"]) == []


def test_extract_a_country_in_an_envoy_s_remit_is_no_participant(ex):
    got = ex("On 9 May the Minister met the Special Envoy of the UN Secretary-General for "
             "Myanmar, Julie Bishop.", types=["meeting"])
    assert got == [("meeting", ("GEO",), (), "2023-05-09")]


def test_extract_two_officials_met_through_two_phrases_are_two_meetings(ex):
    got = ex("On 15 January the Minister called on President Ana Ruiz of Peru and held talks "
             "with Foreign Minister Luis Soto.", types=["meeting"])
    assert got == [("meeting", ("GEO",), ("PER",), "2023-01-15")] * 2
    # one official, two phrases: one meeting
    got = ex("On 15 January the Minister met his Peruvian counterpart and held talks with him "
             "on trade.", types=["meeting"])
    assert got == [("meeting", ("GEO",), ("PER",), "2023-01-15")]


def test_extract_a_readout_that_says_this_year_is_still_a_readout():
    from communique.extract import extract_text

    text = ("Wednesday, 12 April 2023\n\nToday the Director for the Americas held a working "
            "meeting with her Chilean counterpart. The sides prepared the visits planned for the "
            "rest of this year.\n\nAt the end of the meeting, the Chilean delegation was received "
            "by the Deputy Minister.")
    res = extract_text(text, issuer="GEO", date="2023")
    assert {r.date.start for r in res.records if r.type == "meeting"} == {"2023-04-12"}


def test_extract_a_national_director_general_brings_no_organisation(ex):
    text = ("On 3 May the Minister attended the ASEAN Regional Forum. On 4 May he called on the "
            "Foreign Minister of Laos and the Director General of the National Security "
            "Council of Laos.")
    # two officials, two meetings; neither with an organisation
    assert ex(text, types=["meeting"]) == [("meeting", ("GEO",), ("LAO",), "2023-05-04")] * 2


def test_extract_an_audience_at_the_end_of_the_meeting_is_another_meeting():
    from communique.extract import extract_text

    text = ("Tbilisi, 12 April 2023\n\nToday the Director for the Americas held a working "
            "meeting with her Chilean counterpart.\n\nAt the conclusion of the meeting, the "
            "Chilean delegation was received in audience by the Deputy Minister.\n\nDuring the "
            "meeting, the sides discussed trade with Chile.")
    res = extract_text(text, issuer="GEO", date="2023")
    assert len([r for r in res.records if r.type == "meeting"]) == 2


def test_extract_an_international_official_without_organisation_is_still_a_meeting(ex):
    got = ex("On 16 February the Minister met with Anna Berg, the Special Representative for "
             "the Sahel.", types=["meeting"])
    assert got == [("meeting", ("GEO",), (), "2023-02-16")]


def test_extract_a_parliament_named_for_its_country(ex):
    got = ex("On 4 March the Minister received a delegation of the Foreign Affairs Committee "
             "of the Knesset.", types=["meeting"])
    assert got == [("meeting", ("GEO",), ("ISR",), "2023-03-04")]


def test_extract_exchanged_views_by_phone_is_a_call(ex):
    got = ex("On 6 March the Minister exchanged views with his Croatian counterpart by phone.",
             types=["call", "meeting"])
    assert got == [("call", ("GEO",), ("HRV",), "2023-03-06")]


def test_extract_a_review_named_in_its_title_does_not_carry_dates():
    from communique.extract import extract_text

    text = ("Review of the activities of the Ministry of Foreign Affairs of Georgia in 2023\n\n"
            "The Minister had a phone call with the Foreign Minister of Peru on 15 March.\n\n"
            "A memorandum on culture was signed with Chile.")
    res = extract_text(text, issuer="GEO")
    assert [(r.type, r.date.start) for r in res.records if r.type in ("call", "agreement")] \
        == [("call", "2023-03-15"), ("agreement", "2023")]


def test_extract_the_visit_of_a_foreign_minister_without_destination_is_to_the_issuer(ex):
    got = ex("During the visit of the Minister of Foreign Affairs of Kenya on 7 May, a "
             "memorandum was signed.", types=["visit"])
    assert got == [("visit", ("KEN",), ("GEO",), "2023-05-07")]


def test_extract_visits_to_the_issuer_by_a_list_of_guests(ex):
    got = ex("In 2023 the Ministry organised visits to Georgia by the foreign ministers of "
             "Chile (2 March), Peru (5 May) and Kenya (8 June).", types=["visit"])
    assert got == [("visit", ("CHL",), ("GEO",), "2023-03-02"),
                   ("visit", ("KEN",), ("GEO",), "2023-06-08"),
                   ("visit", ("PER",), ("GEO",), "2023-05-05")]


def test_extract_a_host_added_with_as_well_as_keeps_its_own_date(ex):
    got = ex("In 2023 the Minister paid visits to Chile and Peru, as well as to Kenya in "
             "October.", types=["visit"])
    assert got == [("visit", ("GEO",), ("CHL",), "2023"), ("visit", ("GEO",), ("KEN",), "2023-10"),
                   ("visit", ("GEO",), ("PER",), "2023")]


def test_extract_a_named_bilateral_ministers_meeting_is_a_meeting(ex):
    got = ex("On 9 July the Georgia-Japan Foreign and Defence Ministers' Meeting was held in "
             "Tokyo.", types=["meeting", "multilateral"])
    assert got == [("meeting", ("GEO",), ("JPN",), "2023-07-09")]


def test_extract_welcoming_someone_s_visit_is_no_meeting(ex):
    got = ex("On 9 July the Minister met the Foreign Minister of Japan. The Minister welcomed "
             "Minister Kamo's visit to Georgia.", types=["meeting"])
    assert got == [("meeting", ("GEO",), ("JPN",), "2023-07-09")]


def test_extract_a_joint_statement_of_two_states_is_an_agreement_not_a_resolution(ex):
    text = ("On 12 May the Minister attended the OSCE Ministerial Council. On 14 May a Joint "
            "Statement on strategic partnership between Georgia and Poland was adopted.")
    assert ex(text, types=["agreement", "resolution"]) == [
        ("agreement", ("GEO",), ("POL",), "2023-05-14")]


def test_extract_a_call_received_from_a_minister_is_a_call(ex):
    got = ex("On 13 February the Minister received a call from the Foreign Minister of Ghana.",
             types=["call", "meeting"])
    assert got == [("call", ("GHA",), ("GEO",), "2023-02-13")]  # the caller first
    got = ex("On 13 February the Minister made a courtesy call to the President of Ghana.",
             types=["call", "meeting"])
    assert got == [("meeting", ("GEO",), ("GHA",), "2023-02-13")]


def test_extract_courtesy_calls_on_several_officials_are_one_meeting_each(ex):
    got = ex("On 4 May the Minister paid courtesy calls on the President of Ghana, John "
             "Mensah, and the Speaker of the Parliament of Ghana, Ama Owusu.", types=["meeting"])
    assert got == [("meeting", ("GEO",), ("GHA",), "2023-05-04")] * 2
    # one person with two titles is one meeting
    got = ex("On 4 May the Minister met the Deputy Prime Minister and Minister of Foreign "
             "Affairs of Ghana.", types=["meeting"])
    assert got == [("meeting", ("GEO",), ("GHA",), "2023-05-04")]
    # a joint meeting with two officials is one meeting
    got = ex("On 4 May the Minister held a joint meeting with the Foreign Minister of Ghana, "
             "Kofi Boateng, and the Minister of Trade, Esi Mensah.", types=["meeting"])
    assert got == [("meeting", ("GEO",), ("GHA",), "2023-05-04")]


def test_extract_a_body_in_session_and_a_first_name_are_no_meeting(ex):
    text = ("On 3 July the Minister held a bilateral meeting with the Foreign Minister of "
            "Bolivia. The day before, the Common Market Council met at ministerial level under "
            "the chairmanship of Foreign Minister Santiago Cafiero.")
    assert ex(text, types=["meeting"]) == [("meeting", ("GEO",), ("BOL",), "2023-07-03")]


def test_extract_a_counterpart_beside_a_commission_is_no_extra_meeting(ex):
    text = ("On 9 April the Minister chaired, by video conference, the meeting of the "
            "Georgia-Latvia Intergovernmental Commission together with his Latvian "
            "counterpart.")
    assert ex(text, types=["meeting", "commission"]) == [
        ("commission", ("GEO",), ("LVA",), "2023-04-09")]


def test_extract_meetings_with_counterparts_from_many_countries_are_a_figure(ex):
    text = ("In May the Minister visited Peru. During the year the Minister held bilateral "
            "meetings with counterparts from more than 30 countries.")
    assert ex(text, types=["meeting"]) == []


def test_extract_hosting_a_named_summit_is_multilateral_and_a_bilateral_summit_a_meeting(ex):
    assert ex("On 12 October Tbilisi hosted the Fifth Summit of the Black Sea Economic "
              "Cooperation.", types=["meeting"]) == []
    assert ex("On 12 October the President held a bilateral summit with the President of "
              "Turkey.", types=["meeting"]) == [("meeting", ("GEO",), ("TUR",), "2023-10-12")]


def test_extract_a_commission_named_through_its_protocol_is_no_new_session(ex):
    text = ("On 15 June the 5th meeting of the Georgia-Chile Intergovernmental Commission was "
            "held in Tbilisi. Following the talks on 16 June, nine documents were signed, "
            "including the protocol of the 5th meeting of the Intergovernmental Commission.")
    assert ex(text, types=["commission"]) == [("commission", ("GEO",), ("CHL",), "2023-06-15")]


def test_extract_an_official_back_from_a_country_made_a_visit_there():
    from communique.extract import extract_text

    text = ("Tbilisi, 23 May 2024\n\nThe Foreign Minister returned last night from Singapore, "
            "where he attended a security conference. 3,000 citizens returned from Sudan.")
    res = extract_text(text, issuer="GEO")
    assert [(r.type, r.to, r.date.start) for r in res.records if r.type == "visit"] == [
        ("visit", ["SGP"], "2024-05-22")]


@pytest.mark.parametrize("text", [
    "The Minister embarked on a three-day tour to Chile, Peru and Brazil.",
    "On 2 May the Minister embarked on a regional diplomatic offensive to Chile, Peru and "
    "Brazil.",
    "The Minister has embarked on an official visit to Chile, Peru and Brazil.",
])
def test_embarking_on_a_tour_is_a_visit_to_each_country(ex, text):
    assert [g[2] for g in ex(text, types=["visit"])] == [("BRA",), ("CHL",), ("PER",)]


@pytest.mark.parametrize("text", [
    "The Minister left for Chile this morning to meet his counterpart.",
    "On 2 May the Foreign Minister departed for Santiago for talks.",
    "The Minister is presently in Chile to attend the regional forum.",
    "The Minister is currently in Santiago for consultations.",
    "The Foreign Minister is still in Chile after the summit.",
])
def test_leaving_for_or_being_in_a_country_is_a_visit(ex, text):
    assert [(g[1], g[2]) for g in ex(text, types=["visit"])] == [(("GEO",), ("CHL",))]


@pytest.mark.parametrize("text", [
    "The Minister is in favour of closer ties with Chile.",
    "The Minister left for the airport after the talks.",
])
def test_being_in_favour_or_leaving_for_a_place_is_no_visit(ex, text):
    assert ex(text, types=["visit"]) == []


@pytest.mark.parametrize("text", [
    "During his visit, the Foreign Minister of Chile was received in audience by the "
    "President of Georgia.",
    "The Foreign Minister of Chile was also received by the Prime Minister.",
])
def test_a_guest_received_in_audience_is_a_meeting(ex, text):
    assert [(g[0], g[2]) for g in ex(text, types=["meeting"])] == [("meeting", ("CHL",))]


@pytest.mark.parametrize("text", [
    "The Minister attended a working breakfast hosted by the Foreign Minister of Chile.",
    "In Santiago the Minister joined a dinner given by his Chilean counterpart.",
])
def test_a_meal_hosted_by_a_counterpart_is_a_meeting(ex, text):
    assert [(g[0], g[2]) for g in ex(text, types=["meeting"])] == [("meeting", ("CHL",))]


def test_a_bilateral_format_named_by_its_two_countries_is_a_meeting(ex):
    got = ex("On 3 May the Georgia-Chile Bilateral Talks were held in Tbilisi.",
             types=["meeting"])
    assert got == [("meeting", ("GEO",), ("CHL",), "2023-05-03")]


@pytest.mark.parametrize("text", [
    "The Deputy Foreign Minister of Chile and the Deputy Minister of Georgia met on 4 May in "
    "Tbilisi for consultations on consular issues.",
    "On 4 May the deputy ministers of Georgia and Chile met in Santiago for regular "
    "consultations.",
])
def test_meeting_for_consultations_is_a_consultation(ex, text):
    assert ex(text, types=["meeting", "consultation"]) == \
        [("consultation", ("GEO",), ("CHL",), "2023-05-04")]


@pytest.mark.parametrize("text", [
    "The Minister engaged in a productive meeting today with the Ambassador of Chile.",
    "Today the Minister engaged in a long meeting with the Chilean Ambassador.",
])
def test_engaging_in_a_meeting_is_a_meeting(ex, text):
    assert [(g[0], g[2]) for g in ex(text)] == [("meeting", ("CHL",))]


@pytest.mark.parametrize("text", [
    "The Foreign Minister discussed his Chilean counterpart, Ana Soto, trade and migration.",
    "The Minister reviewed with his Chilean counterpart the trade agenda.",
])
def test_discussing_with_a_counterpart_without_with_is_a_meeting(ex, text):
    assert [(g[0], g[2]) for g in ex(text)] == [("meeting", ("CHL",))]


@pytest.mark.parametrize("text", [
    "The Minister was grateful for the support received in the UN from Chile.",
    "The Minister thanked Chile for the assistance received during the floods.",
])
def test_a_thing_received_is_no_meeting(ex, text):
    assert ex(text, types=["meeting"]) == []


def test_each_official_met_in_a_row_is_a_meeting(ex):
    text = ("During his visit, the Foreign Minister of Chile was received in audience by the "
            "President of Georgia, before meeting the Speaker of Parliament.")
    assert ex(text, types=["meeting"]) == [("meeting", ("GEO",), ("CHL",), "2023"),
                                           ("meeting", ("GEO",), ("CHL",), "2023")]


@pytest.mark.parametrize("text", [
    "The discussions between the Minister and his Chilean counterpart covered trade.",
    "On 4 May the conversation between the Minister and the Chilean Foreign Minister "
    "covered trade.",
])
def test_discussions_between_two_ministers_are_a_meeting(ex, text):
    assert [(g[0], g[2]) for g in ex(text)] == [("meeting", ("CHL",))]
