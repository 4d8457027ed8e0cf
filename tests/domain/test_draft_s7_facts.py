"""General rules for facts from the profile added in session 7 (after the blind round r27): holidays
and dates named in any form, walking in as the appointment question, a group by what it is, a
closing-down rumour that opening hours do not answer, and the details of a Dutch answer kept in an
English draft. Every test uses sentences and profiles of its own, not those of a benchmark round."""

from __future__ import annotations

from app.domain.draft_counts import group_size
from app.domain.draft_days import about_hours, days_named, holiday_names
from app.domain.draft_english_yes_no import has_detail
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics

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
