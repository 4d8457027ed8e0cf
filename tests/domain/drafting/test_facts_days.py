"""Whole-pipeline drafts that answer with days and dates: holidays named in any form, closing periods, English
dates."""

from __future__ import annotations

import re

import pytest

from app.domain.draft_closing import closed_after, closed_days
from app.domain.draft_counts import group_size
from app.domain.draft_days import about_hours, day_before, days_named, holiday_names, open_day_before, weekday_of
from app.domain.draft_english_days import english_date
from app.domain.draft_english_words import english_words
from app.domain.draft_english_yes_no import has_detail
from app.domain.draft_fact_words import english_holiday
from app.domain.draft_faq_shapes import how_said
from app.domain.draft_questions_about import asked_about
from app.domain.draft_seasons import season_hours
from app.domain.draft_wishes import wishes
from app.domain.draft_writer_time import free_from
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft_text

# General rules for facts from the profile added in session 7 (after the blind round r27): holidays and dates named
# in any form, walking in as the appointment question, a group by what it is, a closing-down rumour that opening
# hours do not answer, and the details of a Dutch answer kept in an English draft. Every test uses sentences and
# profiles of its own, not those of a benchmark round.
IJSSALON = BusinessProfile(
    name="IJssalon Bella",
    kind="ijssalon",
    signers=["Gino"],
    voice="ik",
    register="je",
    email="gino@ijsbella.nl",
    website="www.ijsbella.nl",
    opening_hours="di–zo 12:00–21:00",
    holidays="oudejaarsdag: 12:00–17:00; nieuwjaarsdag: dicht; Koningsdag: 10:00–22:00",
    faq=[FaqItem("Hebben jullie suikervrij ijs?", "Ja, elke zondag draaien we suikervrij vanille-ijs.")],
)
BISTRO = BusinessProfile(
    name="Bistro De Kade",
    kind="restaurant",
    signers=["Anouk"],
    voice="wij",
    register="u",
    email="info@bistrodekade.nl",
    opening_hours="do–ma 16:00–23:00",
    holidays="oudejaarsdag: dicht; nieuwjaarsdag: dicht; tweede kerstdag: 12:00–20:00",
    faq=[
        FaqItem("Hebben jullie een kindermenu?", "Ja, voor kinderen tot 10 jaar is er een kindermenu."),
        FaqItem(
            "Kunnen we met een groot gezelschap komen?",
            "Ja, tot 40 gasten kunnen in onze bovenzaal; reserveer minstens tien dagen vooraf.",
        ),
    ],
)
BARBIER = BusinessProfile(
    name="Barbershop Snor",
    kind="kapsalon",
    signers=["Karim"],
    voice="ik",
    register="je",
    email="karim@barbersnor.nl",
    opening_hours="ma–za 10:00–19:00",
    faq=[
        FaqItem("Knip je ook baarden?", "Ja, baard trimmen kost € 15."),
        FaqItem("Moet ik reserveren?", "Op maandag en woensdag kun je zonder afspraak aanschuiven; anders online."),
    ],
)
HONDENTRIMMER = BusinessProfile(
    name="Trimsalon Woef",
    kind="hondentrimsalon",
    signers=["Els"],
    voice="ik",
    register="je",
    email="els@trimsalonwoef.nl",
    opening_hours="ma–vr 8:30–17:00",
    faq=[
        FaqItem("Trimmen jullie ook katten?", "Nee, ik trim alleen honden."),
        FaqItem("Is een afspraak nodig?", "Ja, ik werk alleen op afspraak; zo hoeft je hond nooit lang te wachten."),
    ],
)
FIETSVERHUUR = BusinessProfile(
    name="Verhuur De Trapper",
    kind="fietsenmaker",
    signers=["Joost"],
    voice="ik",
    register="je",
    email="joost@detrapper.nl",
    website="www.detrapper.nl",
    opening_hours="ma–za 9:00–18:00",
    faq=[FaqItem("Verhuur je tandems?", "Ja, tandems verhuur ik alleen in het weekend, reserveer via de site.")],
)


def _draft(profile: BusinessProfile, outcome: str, text: str, platform: str = "facebook", author: str = "Lies"):
    return Drafter(profile, analyser=analyse_topics).draft(outcome, text, author=author, platform=platform)


def _text(profile: BusinessProfile, outcome: str, text: str, platform: str = "facebook") -> str:
    return _draft(profile, outcome, text, platform).text or ""


# ------------------------------------------------------------------------- holidays and dates


def test_dates_in_figures_and_holiday_names_are_found_in_the_order_written() -> None:
    assert days_named("Zijn jullie er op 24/12 en met oudjaar?") == ["24 december", "oudjaar"]
    assert days_named("Kom op 2e kerstdag of anders 27-12") == ["2e kerstdag", "27 december"]
    assert days_named("om 12.30 met 10/12 mensen") == []  # a time and a share, no date
    assert days_named("Taart bestellen voor oud en nieuw") == []  # what it is for, not that day


def test_a_season_name_covers_the_days_of_the_profile_it_spans() -> None:
    names = holiday_names("oud en nieuw")
    assert {"oudejaarsdag", "nieuwjaarsdag", "31 december", "1 januari"} <= names
    assert "paasmaandag" in holiday_names("2e paasdag")


def test_a_season_whose_days_differ_gets_each_day_as_the_profile_says_it() -> None:
    text = _text(IJSSALON, "uitkomst_vraag_beantwoorden", "Zijn jullie open rond oud en nieuw? Zin in een ijsje!")
    assert "12:00–17:00" in text and "dicht" in text, text
    assert "di–zo" not in text, text


def test_a_season_whose_days_are_alike_gets_one_answer() -> None:
    text = _text(BISTRO, "uitkomst_vraag_beantwoorden", "Kunnen we met oud en nieuw bij jullie eten?", "x")
    assert "gesloten" in text or "dicht" in text, text
    assert text.count("gesloten") + text.count("dicht") == 1, text  # one answer, not one per day
    assert "do–ma" not in text, text


def test_a_date_in_figures_finds_the_holiday_line_of_that_day() -> None:
    text = _text(BISTRO, "uitkomst_vraag_beantwoorden", "Gaan jullie op 26/12 open? We zijn met z'n zessen")
    assert "12:00–20:00" in text, text
    text = _text(IJSSALON, "uitkomst_vraag_beantwoorden", "Open op 1/1? Beetje koud misschien haha")
    assert "dicht" in text or "gesloten" in text, text


# ------------------------------------------------------------------- walking in is an appointment


def test_asking_to_walk_in_finds_the_faq_about_an_appointment() -> None:
    text = _text(BARBIER, "uitkomst_vraag_beantwoorden", "Kan ik gewoon binnenwippen voor een fade?")
    assert "maandag en woensdag" in text, text
    assert "€ 15" not in text and "10:00–19:00" not in text, text
    text = _text(HONDENTRIMMER, "uitkomst_vraag_beantwoorden", "Kan ik zomaar langslopen met mijn poedel?")
    assert "alleen op afspraak" in text, text
    assert "katten" not in text, text


# ---------------------------------------------------------------------------- a group by what it is


def test_a_department_or_a_class_asks_the_group_faq() -> None:
    text = _text(BISTRO, "uitkomst_vraag_beantwoorden", "Kan onze hele klas na de diploma-uitreiking bij jullie eten?")
    assert "bovenzaal" in text and "tien dagen" in text, text
    assert "kindermenu" not in text and "vul in" not in text, text
    text = _text(BISTRO, "uitkomst_vraag_beantwoorden", "Wij willen met het hele team komen borrelen, kan dat?")
    assert "bovenzaal" in text, text


def test_a_big_thing_is_no_group() -> None:
    text = _text(BISTRO, "uitkomst_vraag_beantwoorden", "Hebben jullie ook grote porties?")
    assert "bovenzaal" not in text, text


# ------------------------------------------------------------------ closing down is no opening hours


def test_a_time_when_something_was_seen_is_no_time_the_hours_answer() -> None:
    assert not about_hours(("gisteren",)) and not about_hours(("vorige week",))
    assert about_hours(("zondag",)) and about_hours(("'s avonds",))


def test_a_closing_down_rumour_gets_a_slot_for_the_owner_not_the_opening_hours() -> None:
    text = _text(IJSSALON, "uitkomst_onwaarheid", "Is het waar dat Bella ermee ophoudt? Vorige week stond er een bord")
    assert "vul in" in text and "12:00–21:00" not in text, text
    text = _text(FIETSVERHUUR, "uitkomst_onwaarheid", "Ik hoorde gisteren dat De Trapper stopt, pand verkocht.")
    assert "vul in" in text and "9:00–18:00" not in text, text


# ------------------------------------------------------------------ details in an English draft


def test_an_english_yes_keeps_the_day_of_the_dutch_answer() -> None:
    text = _text(IJSSALON, "uitkomst_vraag_beantwoorden", "Hi! Do you have sugar free ice cream? My dad is diabetic")
    assert "zondag" in text, text
    text = _text(FIETSVERHUUR, "uitkomst_vraag_beantwoorden", "Hello! Do you rent out tandems? We're here for a week.")
    assert "weekend" in text, text


def test_a_day_that_limits_the_answer_is_a_detail_a_day_it_also_applies_on_is_not() -> None:
    assert has_detail("elke dinsdag staat er verse pasta op de kaart")
    assert has_detail("dat kan, bestel het wel op voorhand")
    assert has_detail("alleen in het weekend")
    assert not has_detail("we snijden alle broden, ook op maandag")
    assert not has_detail("we verkopen alle soorten kaas")


# ------------------------------------------------------------- made elsewhere vs made here


PASTABAR = BusinessProfile(
    name="Pastabar Nonna",
    kind="restaurant",
    signers=["Lucia"],
    voice="wij",
    register="je",
    email="ciao@pastabarnonna.nl",
    opening_hours="wo–zo 17:00–22:00",
    faq=[
        FaqItem("Hebben jullie een terras?", "Ja, aan de achterkant is een terras met twintig plekken."),
        FaqItem("Maken jullie de pasta zelf?", "Ja, elke ochtend draaien we verse pasta in onze eigen keuken."),
    ],
)
BROUWERIJ = BusinessProfile(
    name="Brouwerij Het Anker",
    kind="brouwerij",
    signers=["Bram"],
    voice="ik",
    register="je",
    email="bram@hetanker.nl",
    opening_hours="vr–zo 13:00–20:00",
    faq=[FaqItem("Brouw je al het bier zelf?", "Ja, elk bier op de tap brouw ik hier in de ketels achter de bar.")],
)


def test_a_rumour_that_it_is_made_elsewhere_gets_the_faq_that_says_it_is_made_here() -> None:
    text = _text(
        PASTABAR,
        "uitkomst_onwaarheid",
        "Ik hoorde dat de pasta bij Nonna gewoon kant-en-klaar uit de groothandel komt.",
    )
    assert "eigen keuken" in text and "vul in" not in text, text
    assert "klopt" in text and "Ja," not in text, text  # the rumour is wrong, said so, without the FAQ's yes
    assert "terras" not in text, text
    text = _text(
        BROUWERIJ,
        "uitkomst_onwaarheid",
        "Volgens mijn zwager brouwt Het Anker niks, het bier komt uit een fabriek in Duitsland",
    )
    assert "ketels" in text and "vul in" not in text, text


def test_a_rumour_about_something_else_does_not_get_the_made_here_faq() -> None:
    text = _text(PASTABAR, "uitkomst_onwaarheid", "Klopt het dat jullie pasta veel duurder is geworden?")
    assert "eigen keuken" not in text, text
    text = _text(BROUWERIJ, "uitkomst_onwaarheid", "Iemand zei dat de tap in de fabriekshal naast jullie komt te staan")
    assert "ketels" not in text, text


# ------------------------------------------------------------- the weather, farm animals


SURFSCHOOL = BusinessProfile(
    name="Surfschool Branding",
    kind="surfschool",
    signers=["Sven"],
    voice="wij",
    register="je",
    email="info@surfbranding.nl",
    opening_hours="dagelijks 9:00–18:00",
    faq=[
        FaqItem("Moet ik een eigen wetsuit hebben?", "Nee, een wetsuit en board zitten bij de les inbegrepen."),
        FaqItem(
            "Gaat de les door als het te hard waait?",
            "Vanaf windkracht 7 surfen we niet; je les schuift dan kosteloos op.",
        ),
    ],
)
ZORGBOERDERIJ = BusinessProfile(
    name="Zorgboerderij De Hooiberg",
    kind="zorgboerderij",
    signers=["Team De Hooiberg"],
    voice="wij",
    register="je",
    email="info@dehooiberg.nl",
    opening_hours="di–za 10:00–16:00",
    faq=[
        FaqItem("Mogen we de dieren voeren?", "Ja, met voer uit onze automaat bij de ingang, onder begeleiding."),
        FaqItem("Verkopen jullie eieren?", "Ja, in ons winkeltje liggen elke dag verse eieren."),
    ],
)


def test_a_question_about_a_storm_or_a_wind_force_finds_the_faq_about_too_much_wind() -> None:
    text = _text(SURFSCHOOL, "uitkomst_vraag_beantwoorden", "En als het zaterdag stormt, gaat het dan gewoon door?")
    assert "kosteloos op" in text and "wetsuit" not in text, text
    text = _text(SURFSCHOOL, "uitkomst_vraag_beantwoorden", "Wat doen jullie als er storm op zee staat?")
    assert "kosteloos op" in text, text


def test_a_farm_animal_by_its_name_is_one_of_the_animals() -> None:
    text = _text(ZORGBOERDERIJ, "uitkomst_vraag_beantwoorden", "Mag mijn dochter de ezels een wortel geven?")
    assert "onder begeleiding" in text and "eieren" not in text, text
    text = _text(ZORGBOERDERIJ, "uitkomst_vraag_beantwoorden", "Kunnen we oud brood meenemen voor de schapen?")
    assert "onder begeleiding" in text, text


def test_a_count_of_people_from_eight_on_is_a_group() -> None:
    assert group_size("Kunnen we met 25 personen komen?") == 25
    assert group_size("We komen met z'n twaalven") == 12
    assert group_size("met zestien collega's") == 16
    assert group_size("Een tafel voor 2 graag, met z'n vieren kan ook") == 0


def test_a_question_with_a_large_count_of_people_gets_the_group_faq_a_small_one_not() -> None:
    text = _text(BISTRO, "uitkomst_vraag_beantwoorden", "Is er zaterdag plek voor ons met z'n vijftienen?")
    assert "bovenzaal" in text, text
    text = _text(BISTRO, "uitkomst_vraag_beantwoorden", "Kunnen we volgende maand met 20 man een verjaardag vieren?")
    assert "bovenzaal" in text, text
    text = _text(BISTRO, "uitkomst_vraag_beantwoorden", "Kunnen we vrijdag met 3 personen aanschuiven?")
    assert "bovenzaal" not in text, text


def test_an_english_question_for_a_large_party_gets_the_group_faq() -> None:
    text = _text(BISTRO, "uitkomst_vraag_beantwoorden", "Could you fit a party of 16 on Saturday night?")
    assert "bovenzaal" in text, text
    text = _text(BISTRO, "uitkomst_vraag_beantwoorden", "Hi, we are 20 colleagues, can we have dinner at your place?")
    assert "bovenzaal" in text and "kindermenu" not in text, text


# ------------------------------------------------------------- a rumour that denies a FAQ's yes


def test_a_rumour_that_something_is_no_longer_there_gets_dat_klopt_niet_and_the_faq_answer() -> None:
    text = _text(IJSSALON, "uitkomst_onwaarheid", "Klopt het dat Bella geen suikervrij ijs meer verkoopt?")
    assert "zondag" in text and "vul in" not in text, text
    text = _text(BISTRO, "uitkomst_onwaarheid", "Iemand zei dat er bij De Kade geen kindermenu meer is.")
    assert "klopt" in text and "10 jaar" in text and "Ja," not in text, text


def test_a_rumour_that_denies_what_a_faq_says_no_to_is_left_to_the_owner() -> None:
    text = _text(HONDENTRIMMER, "uitkomst_onwaarheid", "Ik hoorde dat Woef geen katten meer trimt?")
    assert "Dat klopt niet" not in text and "klopt gelukkig niet" not in text, text


# ------------------------------------------------------------- holidays by name, weekdays left out


WAFELKRAAM = BusinessProfile(
    name="Wafelhuis Lieve",
    kind="bakkerij",
    signers=["Lieve"],
    voice="ik",
    register="u",
    email="lieve@wafelhuis.be",
    opening_hours="wo–zo 10:00–18:00",
    holidays="21 juli: 10:00–14:00; 1 november: dicht; tweede paasdag: dicht",
)
TANDARTS = BusinessProfile(
    name="Tandartspraktijk Wit",
    kind="tandarts",
    signers=["Team Wit"],
    voice="wij",
    register="u",
    email="balie@tandartswit.nl",
    opening_hours="ma–do 8:00–17:00, vr op afspraak",
)


def test_a_holiday_named_by_name_finds_the_profile_line_that_names_its_date() -> None:
    text = _text(WAFELKRAAM, "uitkomst_vraag_beantwoorden", "Bent u open op Allerheiligen? We komen uit Gent")
    assert "dicht" in text or "gesloten" in text, text
    assert "Allerheiligen" in text, text  # written with its capital
    text = _text(WAFELKRAAM, "uitkomst_vraag_beantwoorden", "Open op de nationale feestdag?")
    assert "10:00–14:00" in text, text


def test_a_season_with_one_day_in_the_profile_is_answered_with_that_day_by_its_own_name() -> None:
    salon = BusinessProfile(
        name="Salon Krul", kind="kapsalon", signers=["Noor"], voice="ik", register="je",
        opening_hours="di–za 9:00–17:00", holidays="31 december: 9:00–13:00",
    )  # fmt: skip
    text = _text(salon, "uitkomst_vraag_beantwoorden", "Ben je rond oud en nieuw nog open? Wil mijn haar laten doen")
    assert "31 december" in text and "9:00–13:00" in text, text
    assert "met oud en nieuw" not in text, text  # the profile says nothing of 1 januari


def test_a_weekday_the_hours_leave_out_is_closed_and_the_open_days_are_said() -> None:
    text = _text(WAFELKRAAM, "uitkomst_vraag_beantwoorden", "Kan ik op dinsdag een wafel komen eten?")
    assert "dinsdag" in text and ("dicht" in text or "gesloten" in text) and "wo–zo" in text, text
    text = _text(TANDARTS, "uitkomst_vraag_beantwoorden", "Zijn jullie zaterdag open? Ik heb kiespijn")
    assert "zaterdag" in text and ("dicht" in text or "gesloten" in text), text


def test_a_weekday_the_hours_name_in_words_of_their_own_is_not_called_closed() -> None:
    text = _text(TANDARTS, "uitkomst_vraag_beantwoorden", "Zijn jullie op vrijdag open?")
    assert "dicht" not in text and "gesloten" not in text, text


def test_an_english_question_about_ordering_ahead_finds_the_dutch_faq() -> None:
    patisserie = BusinessProfile(
        name="Patisserie Zoet", kind="bakkerij", signers=["Ilse"], voice="ik", register="je",
        opening_hours="di–za 8:00–17:00",
        faq=[
            FaqItem("Hoe lang op voorhand moet ik een bruidstaart bestellen?", "Minstens zes weken op voorhand."),
            FaqItem("Hebben jullie lactosevrij gebak?", "Ja, elke dag twee soorten."),
        ],
    )  # fmt: skip
    text = _text(patisserie, "uitkomst_vraag_beantwoorden", "How far ahead do I need to order a wedding cake?")
    assert "zes weken" in text and "lactosevrij" not in text, text


# ------------------------------------------------------------- a FAQ answer that answers the question


WASSTRAAT = BusinessProfile(
    name="Wasstraat Glans",
    kind="garage",
    signers=["Erik"],
    voice="wij",
    register="je",
    email="info@wasstraatglans.nl",
    opening_hours="ma–za 8:00–18:00",
    faq=[
        FaqItem("Moet ik reserveren?", "Nee, je auto wassen we terwijl je in de wachtruimte koffie drinkt."),
        FaqItem("Doen jullie ook interieurreiniging?", "Ja, vanaf € 35 zuigen en reinigen we het interieur."),
    ],
)


def test_a_faq_answer_that_holds_most_of_the_question_answers_it_without_its_own_no() -> None:
    text = _text(
        WASSTRAAT, "uitkomst_vraag_beantwoorden", "Hoe gaat het wassen van de auto, kan ik ondertussen koffie drinken?"
    )
    assert "wachtruimte" in text and "Nee," not in text, text
    assert "€ 35" not in text, text


def test_two_words_of_a_faq_answer_are_too_few_to_answer_a_question() -> None:
    text = _text(
        WASSTRAAT,
        "uitkomst_vraag_beantwoorden",
        "Verkopen jullie ook koffie en stroopwafels voor onderweg naar Zwolle?",
    )
    assert "wachtruimte" not in text, text


def test_a_rumour_the_faq_says_no_to_is_called_wrong_with_the_rest_of_the_answer() -> None:
    text = _text(
        WASSTRAAT,
        "uitkomst_onwaarheid",
        "Volgens mijn collega moet je tegenwoordig eerst reserveren om je auto te laten wassen.",
    )
    assert "klopt" in text and "wachtruimte" in text and "Nee," not in text, text
    text = _text(BARBIER, "uitkomst_onwaarheid", "Iemand zei dat ze bij Snor geen baarden meer doen")
    assert "klopt" in text and "€ 15" in text and "Ja," not in text, text


def test_a_short_faq_answer_keeps_its_question_when_it_sets_a_rumour_straight() -> None:
    shop = BusinessProfile(
        name="Dierenwinkel Snuf", kind="dierenwinkel", signers=["Joke"], voice="ik", register="je",
        faq=[FaqItem("Mogen honden mee de winkel in?", "Ja, graag.")],
    )  # fmt: skip
    text = _text(shop, "uitkomst_onwaarheid", "Klopt het dat honden niet meer mee de winkel in mogen bij Snuf?")
    assert "Mogen honden mee de winkel in? Ja, graag." in text, text


# ------------------------------------------------------------- after the blind rounds r28 and r29


def test_op_afspraak_says_how_not_where_so_the_walk_in_faq_is_no_mere_suggestion() -> None:
    text = _text(
        BARBIER,
        "uitkomst_vraag_beantwoorden",
        "Kan ik maandagmiddag gewoon binnenspringen of werk je alleen op afspraak?",
    )
    assert "maandag en woensdag" in text, text
    text = _text(
        HONDENTRIMMER, "uitkomst_vraag_beantwoorden", "Mag ik morgen met Bobbie aanwaaien of gaat het echt op afspraak?"
    )
    assert "alleen op afspraak" in text, text


def test_a_child_by_another_word_is_a_child_for_the_faq() -> None:
    text = _text(BISTRO, "uitkomst_vraag_beantwoorden", "Is er ook wat te eten voor de kleintjes? Ze zijn 3 en 5")
    assert "kindermenu" in text, text
    text = _text(BISTRO, "uitkomst_vraag_beantwoorden", "Wat eet een peuter bij jullie?")
    assert "kindermenu" in text, text


def test_a_holiday_question_that_asks_more_gets_the_faq_answer_for_the_rest_too() -> None:
    text = _text(
        BISTRO,
        "uitkomst_vraag_beantwoorden",
        "Zijn jullie op tweede kerstdag open en hebben jullie dan een kindermenu?",
    )
    assert "12:00–20:00" in text and "10 jaar" in text, text
    text = _text(IJSSALON, "uitkomst_vraag_beantwoorden", "Op Koningsdag open? Mijn dochter wil een hoorntje")
    assert "10:00–22:00" in text and "suikervrij" not in text, text


# General rules for answers from the profile added after the blind rounds r28/r29: a holiday line the profile names
# itself ('bouwvak', 'zomersluiting') or whose range of days stands in its value, a closed day answered with the
# last day before it that is open, and a person welcomed only when they come along. Every test uses sentences and
# profiles of its own, not those of a benchmark round.
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
    from app.domain.draft_writer_time import writer_time

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


# Reading faults a webcare pro would not post (issue #13): a closing period named without 'gesloten' ('jaarlijkse
# sluiting: 5 tot 22 januari', 'collectief verlof') is closed; holidays that are all closed are said once, with a
# closing period that starts just after them; two questions we come back on are one promise; 'dan ook X?' asks X.
# Businesses and sentences of their own, none from the rounds.
ASK = "uitkomst_vraag_beantwoorden"

SKATES = BusinessProfile(
    name="Schaatsslijperij Ijsvrij",
    kind="fietsenmaker",
    signers=["Wout"],
    voice="ik",
    register="je",
    email="wout@ijsvrij.nl",
    opening_hours="wo–za 10:00–17:00; zondag t/m dinsdag gesloten",
    faq=[FaqItem("Slijpen jullie ook noren?", "Ja, ook noren en klapschaatsen; hol slijpen doe ik met de hand, € 15.")],
    holidays="Kerstavond: 10:00–14:00; Kerstmis: dicht; Nieuwjaarsdag: dicht; winterstop: 2 tot 10 januari",
)
BRASSERIE = BusinessProfile(
    name="Brasserie Het Veer",
    kind="restaurant",
    signers=["Ilse"],
    voice="wij",
    register="u",
    phone="03 444 55 66",
    opening_hours="wo–zo 11:30–22:00",
    holidays="Kerstmis: gesloten; Oudejaarsavond: 18:00–01:00; jaarlijks verlof: 12 tot 26 februari",
)


@pytest.mark.parametrize(
    "question",
    [
        "Zijn jullie open op 14 februari?",
        "Kan ik op zaterdag 18 februari bij u eten?",
        "zijn jullie open op 20 feb??",
    ],
)
def test_a_date_inside_a_named_closing_period_is_answered_closed(question: str) -> None:
    draft = draft_text(BRASSERIE, ASK, question, author="Mark Peeters")
    assert "dicht" in draft or "gesloten" in draft, draft
    assert "geldt:" not in draft, draft


def test_all_closed_holidays_are_said_once() -> None:
    entries = SKATES.holiday_entries()
    assert closed_days(entries, ["Kerstmis", "Nieuwjaarsdag"])
    assert not closed_days(entries, ["Kerstavond", "Kerstmis"])  # Christmas Eve is open
    for question in (
        "Zijn jullie open tussen kerst en nieuwjaar?",
        "is de winkel open met Kerstmis en op nieuwjaarsdag?",
    ):
        draft = draft_text(SKATES, ASK, question, author="Sanne")
        assert draft.count("Helaas") <= 1 and draft.count("dicht") + draft.count("gesloten") <= 2, draft


def test_a_closing_period_just_after_the_asked_days_is_named() -> None:
    entries = SKATES.holiday_entries()
    assert "2 tot 10 januari" in closed_after(entries, ["Nieuwjaarsdag"], "")
    assert closed_after(entries, ["Kerstmis"], "") == ""  # starts more than three days after
    assert closed_after(entries, ["Nieuwjaarsdag"], "dicht van 2 tot 10 januari") == ""  # said already
    draft = draft_text(SKATES, ASK, "Zijn jullie open tussen Kerst en Nieuwjaar?", author="Sanne")
    assert "2 tot 10 januari" in draft and "winterstop" in draft, draft


def test_two_questions_we_come_back_on_are_one_promise() -> None:
    draft = draft_text(
        SKATES,
        ASK,
        "Slijpen jullie ook noren? Hoe lang duurt dat dan? En wat moet ik daarvoor meenemen?",
        author="Sanne",
    )
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", draft) if s.strip()]
    assert len(sentences) == len(set(sentences)), draft


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("Hebben jullie dan ook paaseitjes van chocola?", "paaseitjes van chocola"),
        ("hebben jullie nou ook glutenvrije wafels?", "glutenvrije wafels"),
        ("Verkopen jullie eigenlijk ook schaatsbeschermers?", "schaatsbeschermers"),
    ],
)
def test_the_thing_asked_keeps_no_filler_words(question: str, thing: str) -> None:
    assert asked_about([question]).endswith(thing)
    assert not asked_about([question]).lower().startswith(("dan", "nou", "eigenlijk"))


# An English date a profile lists among its holidays gets that day's fact; a rumour that denies what a FAQ answer
# says only by how ('Ja, via de website') is set straight with what can be done; the rebuttal says plainly 'dat
# klopt niet'; a long currant bread is the krentenwegge. Profiles and sentences of their own.
_ANSWER = "uitkomst_vraag_beantwoorden"
_RUMOUR = "uitkomst_onwaarheid"

_RENTAL = BusinessProfile(
    name="Fietsverhuur De Kaai",
    kind="fietsenmaker",
    signers=["Bram"],
    voice="wij",
    register="je",
    email="bram@dekaai.be",
    opening_hours="di–za 9:00–18:00",
    holidays="11 november: gesloten; 21 juli: 10:00–14:00; Kerstmis: gesloten",
    faq=[FaqItem("Verhuren jullie e-bikes?", "Ja, e-bikes aan € 30 per dag, helm inbegrepen.")],
)

_SALON = BusinessProfile(
    name="Salon Haarfijn",
    kind="kapper",
    signers=["Ines"],
    voice="wij",
    register="je",
    email="info@haarfijn.be",
    website="www.haarfijn.be",
    opening_hours="di–za 9:00–18:00",
    faq=[FaqItem("Kan ik online een afspraak maken?", "Ja, via www.haarfijn.be of telefonisch.")],
)

_BAKER = BusinessProfile(
    name="Bakkerij Hoekstra",
    kind="bakkerij",
    signers=["Jelle"],
    voice="wij",
    register="je",
    email="jelle@hoekstra.nl",
    opening_hours="ma–za 7:00–17:00",
    faq=[FaqItem("Moet ik een krentenwegge bestellen?", "Ja, vier dagen van tevoren; een hele kost € 36.")],
)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Are you open on 11 November?", "11 November"),
        ("can we hire bikes on the 11th of Nov?", "11 November"),
        ("Open on November 11th? We're in town for the ceremony", "11 November"),
        ("Hi! Is there any chance we can rent e-bikes from you on Nov. 11?", "11 November"),
    ],
)
def test_an_english_date_the_profile_lists_as_closed_is_said_closed(text: str, said: str) -> None:
    draft = draft_text(_RENTAL, _ANSWER, text, platform="x", author="Tom")
    assert said in draft and "closed" in draft, draft
    assert "€ 30" not in draft, draft  # no 'yes' and a rental price for a day the shop is closed


def test_an_english_date_with_hours_gets_those_hours() -> None:
    draft = draft_text(_RENTAL, _ANSWER, "Can we pick up two bikes on July 21st?", platform="x", author="Tom")
    assert "21 July" in draft and "10:00–14:00" in draft, draft


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("see you on 3 Sept.", ("3 September", "3 september")),
        ("on May 5th", ("5 May", "5 mei")),
        ("may 5 of us come along?", ("", "")),
        ("the 2nd of the month", ("", "")),
        ("at 10:30 on Dec 26", ("26 December", "26 december")),
    ],
)
def test_english_dates(text: str, expected: tuple[str, str]) -> None:
    assert english_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bij Haarfijn kan je geen afspraak online maken, altijd maar bellen.",
        "Online een afspraak maken kan daar niet, ge moet bellen en ze nemen nooit op.",
        "Jammer dat je bij Salon Haarfijn nog altijd niet online een afspraak kan maken.",
    ],
)
def test_a_rumour_denied_by_a_how_answer_says_what_can_be_done(text: str) -> None:
    draft = draft_text(_SALON, _RUMOUR, text, platform="google", author="Wim")
    assert "klopt niet" in draft, draft
    assert "Online een afspraak maken kan" in draft and "www.haarfijn.be" in draft, draft
    assert draft.count("www.haarfijn.be") == 1, draft  # the site once, not again as the source
    assert "Dat klopt niet hoor. Via" not in draft and "niet. Via" not in draft, draft


def test_how_said_keeps_out_a_question_that_says_for_whom() -> None:
    assert how_said("Kan ik online een afspraak maken?", "Ja, via de site.") == (
        "Online een afspraak maken kan",
        "via de site.",
    )
    assert how_said("Mag ik mijn hond meenemen?", "Ja, met een riem.") is None
    assert how_said("Kan ik online een afspraak maken?", "Ja, dat kan altijd.") is None


@pytest.mark.parametrize(
    "text",
    [
        "wat kost zo'n lange krentenbrood bij jullie?",
        "Hoeveel dagen van te voren moet ik een krentenwegge bestellen?",
        "wat betaal ik voor een meter krentenbrood",
        "Wat kost een wegge?",
    ],
)
def test_a_long_currant_bread_is_the_krentenwegge(text: str) -> None:
    draft = draft_text(_BAKER, _ANSWER, text, author="Sanne")
    assert "vier dagen" in draft or "€ 36" in draft, draft


_DINER = BusinessProfile(
    name="Eethuis De Linde",
    kind="restaurant",
    signers=["Els"],
    voice="wij",
    register="je",
    email="info@delinde.be",
    opening_hours="wo–zo 11:00–21:00",
    faq=[
        FaqItem("Hebben jullie een kindermenu?", "Ja, vanaf € 8."),
        FaqItem("Is er een speelhoek?", "Ja, binnen een speelhoek met lego en buiten een zandbak."),
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        "is er plek om te spelen voor de kinderen?",
        "Kunnen de kleintjes ergens spelen bij jullie?",
        "hebben jullie een speeltuintje?",
        "Hebben jullie iets voor kinderen? en is er plek om te spelen?",
    ],
)
def test_a_place_to_play_is_the_play_corner(text: str) -> None:
    draft = draft_text(_DINER, _ANSWER, text, author="Noor")
    assert "speelhoek" in draft, draft


@pytest.mark.parametrize(
    "question",
    [
        "Mijn moeder heeft een notenallergie, is dat een probleem?",
        "mijn zoon is allergisch voor schaaldieren, is dat erg als wij mosselen eten?",
        "We nemen de hond mee, geeft dat niks?",
    ],
)
def test_whether_it_is_all_right_asks_the_business(question: str) -> None:
    from app.domain.draft_questions import addressed_question

    assert addressed_question(question)


def test_a_plain_remark_is_still_no_question_to_the_business() -> None:
    from app.domain.draft_questions import addressed_question

    assert not addressed_question("Hoe moeilijk kan het zijn?")


_SEAFOOD = BusinessProfile(
    name="Visrestaurant De Kaap",
    kind="restaurant",
    signers=["Rik"],
    voice="wij",
    register="u",
    email="info@dekaap.nl",
    opening_hours="wo–zo 12:00–22:00",
    faq=[
        FaqItem("Kan ik met een groep reserveren?", "Groepen tot 16 personen; vanaf 8 personen een groepsmenu."),
        FaqItem(
            "Kunnen jullie rekening houden met allergieën?",
            "Ja, meld het bij het reserveren; bij een schaaldierallergie adviseren we het vlees.",
        ),
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        "Kunnen we met 10 man komen? Mijn vader heeft een schaaldierenallergie, is dat een probleem?",
        "Wij willen met een groep van 12 komen. Kan dat in april? Mijn zus heeft trouwens een schaaldierallergie, "
        "is dat erg als wij kreeft eten?",
        "Hebben jullie plaats voor een groep van 9? Mijn oom heeft een notenallergie, geeft dat niks?",
    ],
)
def test_an_allergy_asked_about_after_other_questions_is_answered(text: str) -> None:
    draft = draft_text(_SEAFOOD, _ANSWER, text, author="Karin de Wit")
    assert "meld het bij het reserveren" in draft, draft


_BIKE_SHOP = BusinessProfile(
    name="Fietshuis Oost",
    kind="fietsenmaker",
    signers=["Daan"],
    voice="ik",
    register="je",
    email="daan@fietshuisoost.nl",
    opening_hours="di–za 9:00–18:00",
    faq=[FaqItem("Repareer je ook elektrische bakfietsen?", "Ja, alle merken, ook de motor.")],
)


@pytest.mark.parametrize(
    "text",
    [
        "Do you also fix electric cargo bikes? Mine has a flat tyre.",
        "Can you repair my electric cargo bike? The motor stopped working.",
        "Hi, do you repair Electric Cargo Bikes?",
    ],
)
def test_an_english_question_about_electric_cargo_bikes_names_them(text: str) -> None:
    draft = draft_text(_BIKE_SHOP, _ANSWER, text, platform="instagram", author="Erik")
    assert "cargo bike" in draft.lower(), draft


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


@pytest.mark.parametrize(
    "text", ["Hi! Are you open on Wednesday the 12th?", "Will you be open on Feb 12? Craving a sundae"]
)
def test_an_english_date_in_a_closing_period_gets_the_closing_not_the_weekday_hours(text: str) -> None:
    said = draft_text(ICE, ANSWER, text, "instagram")
    assert "closed from 5 to 20 February" in said and "12:00" not in said


_WORKSHOP = BusinessProfile(
    name="Naaiatelier De Zoom",
    kind="kledingwinkel",
    signers=["Sanne"],
    voice="ik",
    register="je",
    email="sanne@dezoom.nl",
    opening_hours="di–vr 9:00–17:00, za 10:00–15:00; zo en ma gesloten",
    faq=[
        FaqItem("Verkopen jullie stoffen?", "Ja, katoen en linnen per meter, vanaf € 9 per meter."),
        FaqItem("Kunnen jullie een broek inkorten?", "Ja, een broek inkorten doe ik binnen twee dagen, € 15."),
    ],
)


def test_a_further_english_question_on_a_closed_weekday_gets_that_day_closed() -> None:
    text = "Do you sell fabric? And could you shorten my trousers on a Monday? We're only in town then."
    said = draft_text(_WORKSHOP, ANSWER, text, "instagram")
    assert "closed on Mondays" in said
    open_day = draft_text(_WORKSHOP, ANSWER, "Do you sell fabric? And could you shorten my trousers on a Friday?")
    assert "closed" not in open_day


def test_a_date_in_a_closing_period_answers_whether_one_is_free_then() -> None:
    said = draft_text(
        ICE, ANSWER, "We geven een feestje op 12 februari. Zijn jullie dan beschikbaar voor een ijstaart?"
    )
    assert "5 tot 20 februari" in said and "(winterstop)" in said
    assert "((" not in said
    # a date the profile is open on is no closing
    said = draft_text(ICE, ANSWER, "We geven een feestje op 12 maart. Zijn jullie dan beschikbaar?")
    assert "winterstop" not in said


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


# ------------------------------------------------------- until when to order for a day, not the day's hours

SUIKERSPIN = BusinessProfile(
    name="Banketbakkerij Suikerspin",
    kind="bakkerij",
    signers=["Ans"],
    voice="wij",
    register="je",
    email="ans@suikerspin.nl",
    opening_hours="di–za 8:00–17:00",
    faq=[
        FaqItem(
            "Tot wanneer kan ik bestellen voor een verjaardag of jubileum?",
            "Tot drie dagen vooraf; met een foto tot een week vooraf.",
        )
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        "Tot wanneer kunnen we bestellen voor het jubileum van onze Ria op 5 mei? Een taart en 30 sandwiches.",
        "Tot wanneer kan ik bestellen voor de verjaardag van mijn man op 24 december?",
    ],
)
def test_until_when_to_order_for_a_date_is_answered_by_how_far_ahead(text: str) -> None:
    reply = draft_text(SUIKERSPIN, ANSWER, text)
    assert "tot drie dagen vooraf" in reply and "[vul in" not in reply, reply
    assert "openingstijden" not in reply, reply


def test_until_when_one_is_open_on_a_date_still_asks_the_day() -> None:
    reply = draft_text(SUIKERSPIN, ANSWER, "Tot wanneer zijn jullie open op 24 december?")
    assert "24 december" in reply and "drie dagen" not in reply, reply
