"""General rules for answers from the profile added after the blind rounds r28/r29: a holiday line the
profile names itself ('bouwvak', 'zomersluiting') or whose range of days stands in its value, a closed
day answered with the last day before it that is open, and a person welcomed only when they come along.
Every test uses sentences and profiles of its own, not those of a benchmark round."""

from __future__ import annotations

from app.domain.draft_days import day_before, entry_name, entry_span, open_day_before, weekday_of
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

ANSWER = "uitkomst_vraag_beantwoorden"

GARAGE = BusinessProfile(
    name="Garage Ter Horst",
    kind="garage",
    signers=["Jeroen"],
    voice="wij",
    register="u",
    email="werkplaats@terhorst.nl",
    opening_hours="ma–vr 8:00–17:30, za 9:00–13:00; zondag gesloten",
    holidays="zomersluiting (27 juli t/m 14 augustus): gesloten; Koningsdag: dicht; 31 december: 8:00–14:00",
    faq=[FaqItem("Doen jullie APK?", "Ja, APK kan elke werkdag, ook terwijl u wacht.")],
)
TATOEAGE = BusinessProfile(
    name="Inkt & Co",
    kind="tattooshop",
    signers=["Sem"],
    voice="ik",
    register="je",
    email="sem@inktenco.be",
    opening_hours="di–za 11:00–19:00; zondag en maandag gesloten",
    holidays="wintersluiting: gesloten van 24 december tot en met 4 januari; 23 december: 11:00–16:00; "
    "bouwvak (18 juli t/m 8 augustus): gesloten",
)
TEAROOM = BusinessProfile(
    name="Theesalon Lindeboom",
    kind="lunchroom",
    signers=["Ineke"],
    voice="wij",
    register="je",
    email="thee@lindeboom.nl",
    opening_hours="wo–zo 10:00–17:00",
    holidays="tweede pinksterdag: dicht; Hemelvaartsdag: dicht",
    faq=[FaqItem("Mogen kinderen mee?", "Ja, er is een kinderstoel en een kleurplaat.")],
)


def test_a_holiday_line_is_read_with_its_own_name_and_its_range_of_days() -> None:
    assert entry_span("zomersluiting (27 juli t/m 14 augustus)", "gesloten") == (
        "zomersluiting",
        "27 juli t/m 14 augustus",
        "",
    )
    assert entry_span("wintersluiting", "gesloten van 24 december tot en met 4 januari")[1] == (
        "24 december tot en met 4 januari"
    )
    assert entry_name("24 en 31 december", "9:00–14:00") == ""  # dates are no name
    assert entry_name("bouwvak (18 juli t/m 8 augustus)", "gesloten") == "bouwvak"


def test_the_profiles_own_name_for_days_off_answers_the_question() -> None:
    text = draft_text(GARAGE, ANSWER, "Zijn jullie tijdens de zomersluiting open? Mijn remmen piepen.")
    assert "27 juli t/m 14 augustus" in text and "dicht" in text
    assert "vul in" not in text and "ma–vr" not in text  # not the regular hours
    text = draft_text(TATOEAGE, ANSWER, "Werk je in de bouwvak? Wil graag nog een kleine tattoo zetten")
    assert "18 juli t/m 8 augustus" in text and "dicht" in text


def test_a_range_of_days_in_the_value_covers_a_folk_name_for_those_days() -> None:
    text = draft_text(TATOEAGE, ANSWER, "Ben je open tussen kerst en oud en nieuw? Wil mijn tattoo laten bijwerken")
    assert "24 december tot en met 4 januari" in text and "dicht" in text
    # the day before the closing has hours of its own: the writer can still come then
    assert "23 december" in text and "11:00–16:00" in text
    assert "vul in" not in text


def test_a_closed_holiday_is_followed_by_the_last_open_day_before_it() -> None:
    assert weekday_of("2e pinksterdag") == "maandag" and weekday_of("hemelvaart") == "donderdag"
    assert day_before("1 maart") == "29 februari" and day_before("1 januari") == "31 december"
    # the Sunday before tweede pinksterdag is Pinksteren itself: the weekly hours do not say it is open then (r68-04)
    text = draft_text(TEAROOM, ANSWER, "Zijn jullie open op tweede pinksterdag? We willen met oma high tea doen")
    assert "dicht" in text and "zondag" not in text and "10:00–17:00" not in text
    text = draft_text(TEAROOM, ANSWER, "Zijn jullie open op Hemelvaartsdag? We willen met oma high tea doen")
    assert ("dicht" in text or "gesloten" in text) and "woensdag" in text and "10:00–17:00" in text
    # a Thursday holiday, the tearoom closed on Tuesday and Monday: back to Wednesday
    assert open_day_before(TEAROOM.opening_hours, "dinsdag") == ("zondag", "10:00–17:00")


def test_a_closed_weekday_is_followed_by_the_open_day_before_it() -> None:
    text = draft_text(GARAGE, ANSWER, "Is de werkplaats zondag open? Mijn ruitenwisser is afgebroken.")
    assert "zondag" in text and ("gesloten" in text or "dicht" in text)
    assert "zaterdag" in text and "9:00–13:00" in text
    text = draft_text(TATOEAGE, ANSWER, "Ben je maandag open??")
    assert "maandag" in text and "zaterdag" in text and "11:00–19:00" in text


def test_a_person_is_welcomed_only_when_the_writer_brings_them_along() -> None:
    text = draft_text(TEAROOM, ANSWER, "Mogen kinderen mee? Ik kom zondag met mijn kleindochter.")
    assert "kleindochter" in text and "welkom" in text
    # the son who gets married is not coming to the tattoo shop, nor after a closed answer
    text = draft_text(TATOEAGE, ANSWER, "Ben je open in de bouwvak? Mijn broer trouwt op 2 augustus.")
    assert "broer is" not in text
    text = draft_text(GARAGE, ANSWER, "Doen jullie APK? De auto van mijn dochter moet gekeurd worden.")
    assert "dochter is" not in text


def test_an_english_question_about_a_closed_weekday_is_answered_in_english() -> None:
    text = draft_text(GARAGE, ANSWER, "Hello! We are driving through on Sunday. Are you open? The car makes a noise.")
    assert "closed on Sundays" in text and "Saturday" in text and "9:00–13:00" in text
    assert "zondag" not in text and "gesloten" not in text  # no Dutch profile text in an English reply
    text = draft_text(TATOEAGE, ANSWER, "Is the shop open on Mondays?")
    assert "closed on Mondays" in text and "Saturday" in text


def test_english_opening_hours_are_put_in_english_word_by_word() -> None:
    from app.domain.draft_english_words import english_hours

    assert english_hours("di–za 11:00–19:00; zondag en maandag gesloten") == (
        "Tue–Sat 11:00–19:00; Sunday and Monday closed"
    )
    assert english_hours("ma-za 9:00-18:00, koopavond vr") == ""  # a word it does not know: no Dutch left in
    text = draft_text(TEAROOM, ANSWER, "What are your opening hours?")
    assert "Wed–Sun 10:00–17:00" in text
    text = draft_text(TEAROOM, ANSWER, "Are you open on Friday?")
    assert "Friday" in text and "10:00–17:00" in text


def test_a_short_english_question_opening_with_is_the_is_english() -> None:
    from app.domain.language import language_of

    assert language_of("Is the bakery open on Mondays?") == "en"
    assert language_of("Are the scones vegan?") == "en"
    assert language_of("Is de bakker open op maandag?") == "nl"
    assert language_of("Is het terras open?") == "nl"


SPORTCAFE = BusinessProfile(
    name="Sportcafé De Kuip",
    kind="café",
    signers=["Rob"],
    voice="wij",
    register="je",
    email="feest@dekuip-cafe.nl",
    opening_hours="di–zo 15:00–01:00",
    faq=[
        FaqItem("Kun je de feestzaal huren?", "Ja, de feestzaal is voor 20 tot 80 gasten; mail feest@dekuip-cafe.nl."),
        FaqItem("Is er een menu voor kinderen?", "Ja, een kinderbord met frietjes voor € 8,50."),
    ],
)


def test_a_group_said_anywhere_in_the_comment_finds_the_room_for_groups() -> None:
    text = draft_text(
        SPORTCAFE,
        ANSWER,
        "Ons hockeyteam viert het kampioenschap, we zijn met zo'n 30 man en willen graag een eigen hoekje. "
        "Kan dat bij jullie?",
    )
    assert "feestzaal" in text and "vul in" not in text
    from tests.domain.drafts import draft

    made = draft(SPORTCAFE, ANSWER, "Na de buurtquiz willen we met 45 mensen ergens apart zitten, lukt dat?")
    assert "feestzaal" in (made.text or "")
    assert made.channel == "mail"  # the answer says where to write
    made = draft(SPORTCAFE, ANSWER, "Hebben jullie iets voor kinderen? We komen met ons tweeën en de kleine.")
    assert made.channel is None and "feestzaal" not in (made.text or "")


BAKKER = BusinessProfile(
    name="Bakkerij Verhoef",
    kind="bakkerij",
    signers=["Marco"],
    voice="ik",
    register="je",
    email="marco@bakkerverhoef.nl",
    opening_hours="di–vr 7:30–17:30, za 7:00–15:00",
    delivery_terms="ik bezorg binnen Gouda voor € 4, gratis vanaf € 35",
    holidays="5 december: 7:30–16:00; 24 december: 7:00–14:00; eerste kerstdag: dicht",
    faq=[
        FaqItem("Heb je suikervrij gebak?", "Ja, op woensdag en zaterdag suikervrije appeltaart; bestel hem vooraf."),
        FaqItem("Wat kost een slagroomtaart?", "Een slagroomtaart voor 8 personen kost € 24,50."),
    ],
)


def test_an_arrival_after_closing_time_is_said_with_the_hours() -> None:
    from app.domain.draft_days import writer_time

    assert writer_time("ik ben pas om kwart voor vijf vrij") == ("kwart voor vijf", 16 * 60 + 45)
    assert writer_time("we komen rond 14:30") == ("14:30", 14 * 60 + 30)
    text = draft_text(BAKKER, ANSWER, "Tot hoe laat ben je op 24 december open? Ik kan pas om half drie.")
    assert "14:00" in text and "half drie" in text and "dicht" in text
    assert not text.split("\n")[1].startswith("Ja")  # 'tot hoe laat' is no yes/no question
    text = draft_text(BAKKER, ANSWER, "Ben je op 24 december open? Ik kom rond 10 uur.")
    assert "14:00" in text and "al dicht" not in text  # in time: nothing to warn about


def test_a_delivery_word_of_the_writers_own_finds_the_delivery_terms() -> None:
    text = draft_text(
        BAKKER, ANSWER, "Tot hoe laat ben je op zaterdag open? Of kun je de taart ook thuisbrengen?", author="Nina"
    )
    assert "€ 4" in text and "uit" not in text.split("Nog")[0].split("Heb je")[0][-40:]
    assert "andere vraag zoek" not in text


def test_a_second_question_answered_in_kind_gets_no_promise_to_find_out() -> None:
    from app.domain.draft_asked import answered_in_kind

    assert answered_in_kind("Moet ik dat vooraf bestellen?", "Ja, bestel hem een dag van tevoren.")
    assert answered_in_kind("En wat kost zoiets?", "Een taart voor 8 personen kost € 24,50.")
    assert not answered_in_kind("En wat kost zoiets?", "Ja, op woensdag en zaterdag.")
    text = draft_text(BAKKER, ANSWER, "Heb je suikervrij gebak? En moet ik dat van tevoren regelen?")
    assert "vooraf" in text and "andere vraag" not in text and "terug" not in text


def test_a_yes_about_other_days_is_not_said_as_a_yes_to_the_writers_day() -> None:
    text = draft_text(BAKKER, ANSWER, "Mijn vader mag geen suiker. Heb je suikervrij gebak voor dinsdag?")
    assert "Op dinsdag" in text and "helaas niet" in text and "woensdag en zaterdag" in text
    assert "Ja, op woensdag" not in text
    text = draft_text(BAKKER, ANSWER, "Heb je suikervrij gebak op zaterdag?")
    assert "Ja, op woensdag en zaterdag" in text  # the writer's day is among them: the yes stays


SCHOENMAKER = BusinessProfile(
    name="Schoenmakerij Van Dam",
    kind="schoenmaker",
    signers=["Joop"],
    voice="ik",
    register="u",
    email="joop@schoenmakerijvandam.nl",
    opening_hours="di–za 9:00–17:30",
    faq=[FaqItem("Hoe lang duurt een reparatie?", "Hakken en zolen doe ik terwijl u wacht; de rest dezelfde dag.")],
)
FIETSHERSTEL = BusinessProfile(
    name="Velo Peeters",
    kind="fietsenmaker",
    signers=["Lotte"],
    voice="wij",
    register="u",
    email="lotte@velopeeters.be",
    opening_hours="di–za 9:00–18:00",
    faq=[FaqItem("Hoe snel is een herstelling klaar?", "Een band of remkabel meestal dezelfde dag.")],
)


def test_an_english_question_for_a_repair_today_gets_the_same_day_in_english() -> None:
    text = draft_text(SCHOENMAKER, ANSWER, "Hi, my heel just snapped on the way to a wedding. Can you fix it today?")
    assert "same day" in text
    assert "terwijl" not in text and "[vul in" not in text  # no Dutch profile text in the English reply
    text = draft_text(FIETSHERSTEL, ANSWER, "Hello! My brake cable just snapped, how long does a repair take?")
    assert "same day" in text and "dezelfde dag" not in text
    assert "brake cable" in text  # at a repair shop the broken thing is named too


def test_repairing_and_herstellen_are_the_same_work_for_faq_matching() -> None:
    from dataclasses import replace

    shop = replace(FIETSHERSTEL, faq=[FaqItem("Herstelt u ook bakfietsen?", "Ja, bakfietsen van alle merken.")])
    text = draft_text(shop, ANSWER, "Repareren jullie ook bakfietsen? Mijn Babboe rammelt.")
    assert "alle merken" in text


def test_opening_hours_given_as_daily_read_as_dutch() -> None:
    from dataclasses import replace

    shop = replace(TEAROOM, opening_hours="dagelijks 10:00–17:00", faq=[], holidays="")
    for text in ("Wanneer zijn jullie open?", "Wat zijn jullie openingstijden? Wil met mijn moeder komen"):
        said = draft_text(shop, ANSWER, text)
        assert "open op dagelijks" not in said and "dagelijks 10:00–17:00" in said


def test_a_life_event_named_in_a_question_is_congratulated_after_the_answer() -> None:
    text = draft_text(TATOEAGE, ANSWER, "Ben je open in de bouwvak? Mijn dochter trouwt eind juli, wil nog een tattoo.")
    # a wedding still to come is wished well ('Alvast heel veel plezier met ...'), not congratulated as past
    assert "18 juli t/m 8 augustus" in text and "plezier" in text and "dochter" in text
    text = draft_text(TEAROOM, ANSWER, "Mogen kinderen mee? Wij trouwen in juni en zoeken een plek voor de high tea.")
    assert "plezier" in text and "gefeliciteerd" not in text
    text = draft_text(TEAROOM, ANSWER, "Mogen kinderen mee naar de verjaardagsthee?")
    assert "gefeliciteerd" not in text  # nobody's event is named


HERSTEL = "uitkomst_herstel"


def test_an_english_complaint_names_a_lost_booking_and_the_day_it_happened_on() -> None:
    from tests.domain.drafts import draft

    bistro = BusinessProfile(
        name="Bistro Het Anker", kind="restaurant", signers=["Femke"], voice="wij", register="u",
        email="tafel@hetanker.nl", opening_hours="wo–zo 17:00–22:00",
    )  # fmt: skip
    text = (
        "We reserved online for our anniversary and had the confirmation, but the staff could not find "
        "the booking anywhere. We ended up eating somewhere else."
    )
    made = draft(bistro, HERSTEL, text, platform="google", author="Mark")
    said = made.text or ""
    assert "booking" in said and "your anniversary" in said and "about the" not in said
    text = "Booked for my dad's 70th birthday, the food came cold and nobody checked on us."
    said = draft(bistro, HERSTEL, text, platform="google", author="Mark").text or ""
    assert "your dad's 70th birthday" in said and "confirmed booking" not in said  # no lost booking here


def test_a_listed_price_below_what_was_paid_is_said_in_a_complaint() -> None:
    text = (
        "Vanochtend twee slagroomtaarten opgehaald en aan de kassa € 34 per stuk betaald, terwijl op jullie "
        "site staat dat een slagroomtaart 24,50 euro kost. Hoe zit dat?"
    )
    said = draft_text(BAKKER, HERSTEL, text)
    assert "€ 24,50" in said and "verschil" in said
    said = draft_text(GARAGE, HERSTEL, "APK gedaan, € 65 betaald en de auto was vies teruggekomen. Slordig!")
    assert "verschil" not in said  # no listed price quoted: nothing to set straight


def test_a_question_asked_for_someone_who_is_ill_gets_a_word_for_them() -> None:
    text = draft_text(
        TEAROOM,
        ANSWER,
        "Mogen kinderen mee? Mijn vader ligt in het ziekenhuis en wij willen de kleinkinderen even afleiden.",
    )
    assert "sterkte" in text and "je vader" in text
    text = draft_text(TEAROOM, ANSWER, "Mogen kinderen mee? Mijn dochter is jarig.")
    assert "sterkte" not in text


def test_a_safety_rumour_gets_a_phone_number_without_a_complaints_question() -> None:
    said = draft_text(
        BAKKER, "uitkomst_onwaarheid", "Klopt het dat de GGD bij jullie een kakkerlak in de oven heeft gevonden?"
    )
    assert "hoe het precies ging" not in said


def test_no_second_yes_after_a_holiday_answer() -> None:
    from dataclasses import replace

    cafe = replace(SPORTCAFE, holidays="Koningsdag: dicht")
    said = draft_text(cafe, ANSWER, "Zijn jullie open op Koningsdag? We komen met 35 man van de korfbalclub.")
    assert ("dicht" in said or "gesloten" in said) and "feestzaal" in said and "Ja, de feestzaal" not in said
