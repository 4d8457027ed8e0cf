"""Facts from the profile asked in other words (session facts8): holiday names written otherwise and in
English, a date inside a closing period asked with 'dan vrij?', a deposit or cancelling matched to the
profile field that holds it, the second part of a question a profile field answers, and the thing a
suggestion asks for said back. Sentences and profiles of their own, not from the benchmark rounds."""

from __future__ import annotations

from app.domain.draft_days import days_named, entry_span, free_from, holiday_names
from app.domain.draft_english_words import english_words
from app.domain.draft_fact_words import english_holiday
from app.domain.draft_seasons import season_hours
from app.domain.draft_wishes import wishes
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

ANSWER = "uitkomst_vraag_beantwoorden"
SUGGESTION = "uitkomst_bedank_publiek_suggestie"

ICE = BusinessProfile(
    name="IJssalon De Wafel",
    kind="bakkerij",
    signers=["Gijs"],
    voice="wij",
    register="u",
    email="info@ijssalondewafel.nl",
    phone="0345-112233",
    opening_hours="di–zo 12:00–21:00; maandag dicht",
    holidays="tweede paasdag: dicht; oudejaarsdag: alleen afhalen tot 17:00; 5 tot 20 februari: gesloten (winterstop)",
    faq=[FaqItem("Maken jullie ijstaarten?", "Ja, bestel een ijstaart twee dagen van tevoren; vanaf € 28.")],
)
RENTAL = BusinessProfile(
    name="Kanoverhuur De Linge",
    kind="fietsenmaker",
    signers=["Wout"],
    voice="wij",
    register="je",
    email="huur@kanodelinge.nl",
    phone="0345-998877",
    opening_hours="dagelijks 10:00–18:00",
    payment="pinnen; borg € 40 per kano",
    delivery_terms="we brengen kano's naar campings langs de Linge voor € 15 per keer",
    return_terms="kosteloos afzeggen tot twee dagen vooraf",
    faq=[FaqItem("Wat kost een kano huren?", "Een kano kost € 35 per dag, peddels en zwemvesten inbegrepen.")],
)


def test_the_second_day_of_a_feast_is_found_by_the_feast_name_too() -> None:
    assert "pinkstermaandag" in holiday_names("2e pinksteren")
    assert "paasmaandag" in holiday_names("tweede pasen")
    assert days_named("Zijn jullie met 2de pasen open?") == ["2de pasen"]
    # 'pinksteren' alone is the feast, not its second day
    assert "tweede pinksterdag" not in holiday_names("pinksteren")


def test_a_holiday_written_as_the_feast_gets_the_profile_line() -> None:
    said = draft_text(ICE, ANSWER, "Kunnen we met 2e pasen een ijsje komen eten?")
    assert "dicht" in said or "gesloten" in said
    assert "vul in" not in said


def test_english_holiday_names_in_other_words() -> None:
    assert english_holiday("Are you open at Easter?") == ("Easter", "pasen")
    assert english_holiday("open on new year's eve?")[1] == "oudejaarsdag"
    assert english_holiday("We want to come on Tuesday") == ("", "")


def test_an_english_question_gets_a_holiday_line_without_hours_in_english() -> None:
    assert english_words("alleen afhalen tot 17:00") == "only pick-up until 17:00"
    said = draft_text(ICE, ANSWER, "Hi! Are you open on New Year's Eve? We'd love some ice cream.", "instagram")
    assert "until 17:00" in said


def test_a_date_in_a_closing_period_answers_whether_one_is_free_then() -> None:
    said = draft_text(
        ICE, ANSWER, "We geven een feestje op 12 februari. Zijn jullie dan beschikbaar voor een ijstaart?"
    )
    assert "5 tot 20 februari" in said and "(winterstop)" in said
    assert "((" not in said
    # a date the profile is open on is no closing
    said = draft_text(ICE, ANSWER, "We geven een feestje op 12 maart. Zijn jullie dan beschikbaar?")
    assert "winterstop" not in said


def test_a_closing_note_loses_its_own_brackets() -> None:
    assert entry_span("5 tot 20 februari", "gesloten (winterstop)") == ("", "5 tot 20 februari", "winterstop")


def test_a_deposit_or_cancelling_is_answered_from_the_field_that_holds_it() -> None:
    assert "borg € 40" in draft_text(RENTAL, ANSWER, "Hoeveel borg vragen jullie eigenlijk?")
    said = draft_text(RENTAL, ANSWER, "Mag ik nog annuleren als het onweert?")
    assert "kosteloos afzeggen" in said


def test_the_part_of_a_question_a_field_answers_follows_the_faq_answer() -> None:
    said = draft_text(RENTAL, ANSWER, "Brengen jullie de kano's naar onze camping en wat kost dat voor een dag?")
    assert "€ 35" in said and "€ 15 per keer" in said
    # one question the FAQ answers alone: no field beside it
    said = draft_text(RENTAL, ANSWER, "Wat kost een kano voor een dag?")
    assert "€ 15" not in said


def test_a_wish_said_with_please_or_as_a_would_question_is_named() -> None:
    assert wishes("Lekker ijs, maar hang aub een prullenbak bij de bank.") == [
        "om een prullenbak bij de bank te hangen"
    ]
    assert wishes("Zou een vroege opening, zaterdag om 9u, geen idee zijn?") == ["voor een vroege opening"]
    # a writer telling what they do is no wish
    assert wishes("Ik zet aub nooit meer een voet in die zaak") == []
    said = draft_text(ICE, SUGGESTION, "Heerlijk ijs! Zou een ijskar op de markt niet iets zijn?")
    assert "ijskar" in said


BOATS = BusinessProfile(
    name="Bootverhuur Het Wad",
    kind="fietsenmaker",
    signers=["Jelle"],
    voice="wij",
    register="je",
    email="boot@hetwad.nl",
    phone="0519-445566",
    opening_hours="mei–september dagelijks 10:00–19:00; oktober–april alleen zo 11:00–15:00",
    faq=[FaqItem("Wat kost een sloep huren?", "Een sloep kost € 90 per dag.")],
)


def test_a_month_or_season_gets_the_part_of_the_hours_for_those_months() -> None:
    assert season_hours(BOATS.opening_hours, "in de winter") == ("oktober", "april", "alleen zo 11:00–15:00")
    assert season_hours(BOATS.opening_hours, "we komen in juli")[2] == "dagelijks 10:00–19:00"
    # a season spread over both parts, a date, or no month at all: nothing
    assert season_hours(BOATS.opening_hours, "in het voorjaar") == ("", "", "")
    assert season_hours(BOATS.opening_hours, "op 3 juli") == ("", "", "")
    assert season_hours(BOATS.opening_hours, "na deze winter moeten ze weg") == ("", "", "")
    assert season_hours("di–za 9:00–17:00", "in de winter") == ("", "", "")
    said = draft_text(BOATS, ANSWER, "Zijn jullie in november nog open?")
    assert "Van oktober tot en met april" in said and "11:00–15:00" in said


def test_a_rumour_about_a_season_is_set_straight_by_the_hours_then() -> None:
    said = draft_text(BOATS, "uitkomst_onwaarheid", "Ik hoorde dat jullie in de winter helemaal dicht zijn, klopt dat?")
    assert "11:00–15:00" in said


def test_a_wish_for_a_day_the_hours_already_have_is_answered_with_those_hours() -> None:
    said = draft_text(ICE, SUGGESTION, "Heerlijk ijs! Een idee: zouden jullie ook op zondag open kunnen zijn?")
    assert "Op zondag" in said and "12:00–21:00" in said
    # a day the hours say is closed, another thing on that day, or a part of the day: the owner says what happens
    said = draft_text(ICE, SUGGESTION, "Heerlijk ijs! Een idee: zouden jullie ook op maandag open kunnen zijn?")
    assert "12:00–21:00" not in said
    said = draft_text(ICE, SUGGESTION, "Heerlijk ijs! Zouden jullie op zondag ook wafels kunnen bakken?")
    assert "12:00–21:00" not in said
    said = draft_text(ICE, SUGGESTION, "Heerlijk ijs! Het zou fijn zijn als jullie ook op zondagavond open waren.")
    assert "Op zondag" not in said


def test_an_english_writer_free_after_a_time_gets_the_later_closing_of_that_day() -> None:
    late = BusinessProfile(
        name="Barbershop Kade",
        kind="kapsalon",
        signers=["Mo"],
        voice="ik",
        register="je",
        email="mo@barbershopkade.nl",
        opening_hours="di–za 9:00–17:30, vr tot 21:00",
    )
    said = draft_text(late, ANSWER, "Hey! Could I get a fade on Friday after 7pm? Visiting from Berlin", "instagram")
    assert "21:00" in said and "Friday" in said
    # a day that closes before the writer is free: no closing time as if it helped
    said = draft_text(late, ANSWER, "Hey! Could I get a fade on Wednesday after 7pm? Visiting from Berlin", "instagram")
    assert "17:30" not in said


def test_a_writer_who_can_only_come_in_the_evening_gets_the_late_day() -> None:
    assert free_from("Kan ik langskomen? Ik kan alleen 's avonds.") == 18 * 60
    assert free_from("Gisteren 's avonds nog bij jullie gegeten.") == -1
    tailor = BusinessProfile(
        name="Kleermakerij Naald",
        kind="kapsalon",
        signers=["Ria"],
        voice="ik",
        register="u",
        email="ria@naald.nl",
        opening_hours="ma–vr 9:00–17:00, wo tot 20:30",
        faq=[FaqItem("Korten jullie broeken in?", "Ja, een broek inkorten kost € 15 en is binnen drie dagen klaar.")],
    )
    said = draft_text(tailor, ANSWER, "Korten jullie ook broeken in? Ik kan alleen na mijn werk.")
    assert "woensdag" in said and "20:30" in said


def test_an_english_question_on_a_closed_day_gets_the_other_day_the_writer_is_around() -> None:
    shop = BusinessProfile(
        name="Fietsen Brugge",
        kind="fietsenmaker",
        signers=["Wim"],
        voice="ik",
        register="je",
        email="wim@fietsenbrugge.be",
        opening_hours="wo–za 10:00–12:00 en 13:00–18:00; zondag en maandag en dinsdag gesloten",
    )
    said = draft_text(shop, ANSWER, "hi, open on tuesday? my chain broke, we stay until thursday morning", "instagram")
    assert "closed on Tuesdays" in said and "Thursday" in said and "10:00–12:00 and 13:00–18:00" in said
    # no other day named: the last open day before it, as before
    said = draft_text(shop, ANSWER, "hi, open on tuesday? my chain broke", "instagram")
    assert "Saturday" in said


def test_a_rumour_that_the_business_uses_what_a_faq_says_it_works_without_is_wrong() -> None:
    soap = BusinessProfile(
        name="Zeepziederij Lavendel",
        kind="bakkerij",
        signers=["Iris"],
        voice="ik",
        register="je",
        email="iris@lavendel.nl",
        opening_hours="wo–za 10:00–17:00",
        faq=[
            FaqItem(
                "Is het geschikt voor een gevoelige huid?",
                "Ja, koud geroerd, parabenenvrij en met plantaardige oliën.",
            ),
            FaqItem("Verkoop je ook cadeaubonnen?", "Ja, vanaf € 10."),
        ],
    )
    said = draft_text(soap, "uitkomst_onwaarheid", "Iemand zei dat jij alles vol parabenenrommel stopt, klopt dat?")
    assert "Dat klopt" in said and "parabenenvrij" in said
    # a rumour that says 'without' itself is not contradicted by it
    said = draft_text(soap, "uitkomst_onwaarheid", "Iemand zei dat jij parabenenvrij toch rommel maakt, klopt dat?")
    assert "Dat klopt niet" not in said
