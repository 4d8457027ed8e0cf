"""General rules for facts from the profile added in session 8 (after the blind rounds r30 and r31).
Every test uses sentences and profiles of its own, not those of a benchmark round."""

from __future__ import annotations

from app.domain.draft_days import asks_until
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics

SLAGER = BusinessProfile(
    name="Slagerij Vos",
    kind="slagerij",
    signers=["Wim"],
    voice="wij",
    register="je",
    email="info@slagerijvos.nl",
    phone="0341-223344",
    opening_hours="di–vr 8:00–18:00, vr tot 20:00, za 7:30–15:00",
    faq=[FaqItem("Maken jullie ook gourmetschotels?", "Ja, gourmetschotels bestel je minstens twee dagen vooraf.")],
)
BLOEMIST = BusinessProfile(
    name="Bloemen Iris",
    kind="bloemist",
    signers=["Iris"],
    voice="ik",
    register="u",
    email="iris@bloemeniris.be",
    opening_hours="ma–za 9:00–18:30, zo 9:00–12:00",
)
ANSWER = "uitkomst_vraag_beantwoorden"


def _text(profile: BusinessProfile, text: str, platform: str = "facebook", author: str = "Lies") -> str:
    made = Drafter(profile, analyser=analyse_topics).draft(ANSWER, text, author=author, platform=platform)
    return made.text or ""


# --------------------------------------------------------------- which weekday a question is about


def test_a_closing_time_question_is_told_apart_from_other_hours_questions() -> None:
    assert asks_until("hoe laat sluiten jullie vrijdag?")
    assert asks_until("Tot wanneer kan ik woensdag nog terecht?")
    assert asks_until("Wanneer gaat de winkel zondag dicht?")
    assert not asks_until("Hoe laat gaan jullie zaterdag open?")
    assert not asks_until("Zijn jullie zondag open?")


def test_the_closing_time_of_the_weekday_asked_not_of_another_day() -> None:
    # vrijdag has a late evening of its own: that one, not the 18:00 of the range
    text = _text(SLAGER, "Hoe laat sluiten jullie vrijdag? Ik kom pas na het werk", "x")
    assert "20:00" in text, text
    assert "15:00" not in text and "7:30" not in text, text
    text = _text(SLAGER, "wanneer gaan jullie zaterdag dicht? wil nog een rollade halen", "instagram")
    assert "15:00" in text, text
    assert "20:00" not in text and "18:00" not in text, text


def test_the_closing_time_of_a_sunday_in_a_u_profile() -> None:
    text = _text(BLOEMIST, "Tot wanneer bent u zondag open? Ik wil een boeket voor mijn moeder halen.")
    assert "12:00" in text, text
    assert "18:30" not in text, text


# ------------------------------------------------------------- the profile answers in other words

MUZIEK = BusinessProfile(
    name="Muziekhuis Snaar",
    kind="muziekwinkel",
    signers=["Bram"],
    voice="ik",
    register="je",
    email="bram@snaar.nl",
    faq=[
        FaqItem(
            "Repareer je ook gitaren die niet bij jou gekocht zijn?",
            "Ja, ik repareer gitaren van elk merk, ook als je ze elders kocht.",
        ),
        FaqItem("Geef je gitaarles?", "Nee, maar ik tip je graag een goede docent."),
    ],
)
SCOOTERS = BusinessProfile(
    name="Scooterpoint",
    kind="scooterwinkel",
    signers=["Dennis"],
    voice="wij",
    register="u",
    email="info@scooterpoint.nl",
    faq=[
        FaqItem("Herstellen jullie ook scooters van andere merken?", "Ja, wij herstellen scooters van alle merken."),
        FaqItem("Verhuren jullie scooters?", "Nee, verhuur doen wij niet."),
    ],
)


def test_tinkering_words_ask_what_a_repair_question_asks() -> None:
    text = _text(MUZIEK, "mijn gitaar komt van een webshop, wil je daar ook aan prutsen?", "instagram")
    assert "elk merk" in text, text
    assert "[vul in" not in text and "gitaarles" not in text, text
    text = _text(SCOOTERS, "Kunt u ook aan mijn scooter sleutelen? Het is een ander merk dan u verkoopt.")
    assert "alle merken" in text, text
    assert "verhuur" not in text, text


# --------------------------------------------------------------------- what a rumour says, named

BAKKER = BusinessProfile(
    name="Bakkerij Het Korenaar",
    kind="bakkerij",
    signers=["Ria"],
    voice="wij",
    register="u",
    email="info@korenaar.nl",
    phone="0499-112233",
    opening_hours="ma–za 7:00–17:00",
)
KAPPER = BusinessProfile(
    name="Kapsalon Knip",
    kind="kapsalon",
    signers=["Joke"],
    voice="ik",
    register="je",
    email="joke@knip.nl",
    opening_hours="di–za 9:00–17:00",
)
RUMOUR = "uitkomst_onwaarheid"


def test_hearsay_after_volgens_is_quoted_from_the_verb_or_after_the_source() -> None:
    from app.domain.draft_claims import hearsay_of

    said = "Volgens mijn buurvrouw, die er vroeger achter de toonbank stond, liggen er muizenkeutels in het meel."
    assert hearsay_of(said) == "liggen er muizenkeutels in het meel"
    assert hearsay_of("Volgens de buurtapp gaat de zaak na de zomer dicht.") == "gaat de zaak na de zomer dicht"
    assert hearsay_of("Ik vind het volgens mij te duur.") == ""


def test_a_hygiene_rumour_on_someones_word_names_the_claim_and_why_it_matters() -> None:
    text = "Volgens mijn buurvrouw, die er vroeger achter de toonbank stond, lopen er muizen door de bakkerij. Jammer."
    made = Drafter(BAKKER, analyser=analyse_topics).draft(RUMOUR, text, author="Kees", platform="facebook")
    said = made.text or ""
    assert "muizen door de bakkerij" in said, said
    assert "Hygiëne" in said or "Schoon" in said, said
    assert "excuses" not in said, said


def test_a_rumour_on_someones_word_without_a_comma_starts_at_the_verb() -> None:
    text = "Volgens een vriendin van mij knip je alleen nog op afspraak en niet meer op zaterdag"
    made = Drafter(KAPPER, analyser=analyse_topics).draft(RUMOUR, text, author="Sanne", platform="instagram")
    said = made.text or ""
    assert "afspraak" in said, said
    assert "Hygiëne" not in said and "Veiligheid" not in said, said  # no safety, no word about it


# ------------------------------------------------------------ someone the writer names, named back

TUINCENTRUM = BusinessProfile(
    name="Tuincentrum De Linde",
    kind="tuincentrum",
    signers=["Marco"],
    voice="wij",
    register="je",
    email="info@delinde.nl",
    faq=[FaqItem("Mogen honden mee?", "Honden zijn welkom in de winkel en in de kas, aangelijnd.")],
)
PANNENKOEK = BusinessProfile(
    name="Pannenkoekenhuis Stroop",
    kind="restaurant",
    signers=["Ellen"],
    voice="ik",
    register="u",
    email="ellen@stroop.nl",
    faq=[
        FaqItem("Zijn kinderen welkom?", "Ja, kinderen zijn altijd welkom; er zijn kinderstoelen en kleurplaten."),
        FaqItem("Mogen huisdieren mee?", "Nee, huisdieren mogen helaas niet mee naar binnen."),
    ],
)


def test_a_pet_asked_about_by_name_is_named_where_it_is_welcome() -> None:
    text = _text(TUINCENTRUM, "Mag onze Bobbie (teckel, heel braaf) ook mee als we zaterdag planten komen kopen?", "x")
    assert "Bobbie" in text and "in de winkel" in text, text
    assert text.count("Bobbie") == 1, text


def test_a_child_asked_about_is_welcomed_once() -> None:
    text = _text(PANNENKOEK, "Kunnen we met onze dochter Fleur (2) komen eten? Ze is soms wat druk.")
    assert "kinderstoelen" in text, text
    assert text.count("welkom") + text.count("gezellig mee") == 2, text  # the answer's and one for her


def test_a_kind_of_thing_finds_the_faq_that_names_the_broader_word_one_way_only() -> None:
    text = _text(PANNENKOEK, "Mag onze Guus (een rustige kater) mee naar binnen?")
    assert "huisdieren mogen helaas niet" in text, text
    shop = BusinessProfile(
        name="Dierenwinkel Pluis",
        kind="dierenwinkel",
        signers=["Ans"],
        voice="ik",
        register="je",
        faq=[FaqItem("Mogen honden mee?", "Ja, honden zijn welkom, aangelijnd.")],
    )
    text = _text(shop, "Mag mijn konijn mee?")
    assert "honden zijn welkom" not in text, text  # a rabbit is no dog


def test_no_welcome_by_name_when_the_answer_is_no() -> None:
    text = _text(PANNENKOEK, "Mag onze Guus (een rustige kater) mee naar binnen?")
    assert "Guus" not in text, text


# --------------------------------------------------------- when the writer is free: the late day

BOEKHANDEL = BusinessProfile(
    name="Boekhandel Blad",
    kind="boekhandel",
    signers=["Mirjam"],
    voice="wij",
    register="u",
    email="info@boekhandelblad.nl",
    opening_hours="ma–za 9:30–17:30, vr tot 21:00",
    payment="pinnen en contant",
    faq=[
        FaqItem("Kan ik een boek laten bestellen?", "Ja, wat we niet hebben bestellen we, meestal binnen twee dagen.")
    ],
)


def test_free_from_reads_work_until_and_come_after() -> None:
    from app.domain.draft_days import free_from, open_later

    assert free_from("Ik werk tot 18:00, dan zijn jullie dicht") == 18 * 60
    assert free_from("ik sta tot zes uur achter de kassa") == 18 * 60
    assert free_from("Ik kom morgen") == -1
    assert open_later("ma–za 9:30–17:30, vr tot 21:00", 18 * 60) == (["vrijdag"], "21:00")
    assert open_later("ma–za 9:30–21:00", 18 * 60) == ([], "")  # every day late: nothing to single out


def test_a_writer_who_works_late_hears_of_the_late_day() -> None:
    text = _text(BOEKHANDEL, "Kan ik bij jullie een boek laten bestellen? Ik werk tot half zes dus kom pas erna.")
    assert "twee dagen" in text, text
    assert "vrijdag" in text and "21:00" in text, text
    text = _text(SLAGER, "Maken jullie ook gourmetschotels? Ik sta zelf tot 18 uur in de winkel", "instagram")
    assert "vrijdag" in text and "20:00" in text, text


def test_no_late_day_when_the_writer_says_no_time() -> None:
    text = _text(BOEKHANDEL, "Kan ik bij jullie een boek laten bestellen?")
    assert "21:00" not in text, text


# ------------------------------------------------------- can I get in? an invitation, not only a fact


def _with_access(kind: str, access: str, register: str = "je") -> BusinessProfile:
    return BusinessProfile(
        name="Zaak",
        kind=kind,
        signers=["Noor"],
        voice="wij",
        register=register,
        email="info@zaak.nl",
        accessibility=access,
    )


def test_a_yes_to_getting_in_with_a_wheelchair_or_pram_is_an_invitation() -> None:
    barbier = _with_access("barbershop", "drempelvrij, met een brede deur")
    text = _text(barbier, "Ik rij in een rolstoel. Kom ik bij jullie makkelijk binnen?")
    assert "drempelvrij" in text and "welkom" in text and "afspraak" in text, text  # a salon: book
    boekwinkel = _with_access("boekwinkel", "de winkel is gelijkvloers", "u")
    text = _text(boekwinkel, "Kan ik met de kinderwagen naar binnen bij jullie?")
    assert "gelijkvloers" in text and "welkom" in text, text
    assert "afspraak" not in text, text


def test_no_invitation_when_the_profile_says_one_cannot_get_in() -> None:
    atelier = _with_access("atelier", "het atelier is op de eerste verdieping, helaas zonder lift")
    text = _text(atelier, "Is het atelier toegankelijk met een rollator?")
    assert "eerste verdieping" in text, text
    assert "welkom" not in text, text


def test_a_value_that_is_a_thing_is_not_put_after_our_business_is() -> None:
    from app.domain.draft_facts import fits_after_is

    assert fits_after_is("volledig rolstoeltoegankelijk")
    assert fits_after_is("drempelvrij, met een invalidentoilet")
    assert not fits_after_is("een traplift naar de eerste etage")
    assert not fits_after_is("ringleiding in de zaal")
    zwembad = _with_access("sportschool", "een traplift naar de eerste etage en aangepaste kleedkamers")
    text = _text(zwembad, "Kan ik met mijn rolstoel bij jullie sporten?")
    assert "zaak is een" not in text and "traplift" in text, text


# ------------------------------------------------- two FAQ entries on one word: the one whose verb is asked

NAGELSTUDIO = BusinessProfile(
    name="Nagelstudio Glans",
    kind="nagelstudio",
    signers=["Yara"],
    voice="ik",
    register="je",
    email="yara@glans.nl",
    faq=[
        FaqItem("Hoe verzet ik mijn afspraak?", "Verzetten kan tot een dag van tevoren via de app."),
        FaqItem("Kan ik zonder afspraak binnenlopen?", "Op woensdagmiddag kun je zonder afspraak terecht."),
    ],
)
FIETSHERSTEL = BusinessProfile(
    name="Fietshuis Spaak",
    kind="fietsenmaker",
    signers=["Rik"],
    voice="wij",
    register="je",
    email="rik@spaak.nl",
    faq=[
        FaqItem("Hoe annuleer ik een afspraak?", "Annuleren kan kosteloos tot 24 uur vooraf."),
        FaqItem("Moet ik een afspraak maken?", "Voor een lekke band niet: die plakken we terwijl je wacht."),
    ],
)


def test_walking_in_finds_the_walk_in_entry_not_another_on_appointments() -> None:
    text = _text(NAGELSTUDIO, "Kan ik zaterdag gewoon even binnenwippen voor een lakje?")
    assert "woensdagmiddag" in text, text
    assert "Verzetten" not in text, text
    text = _text(FIETSHERSTEL, "Kan ik met een lekke band zomaar langskomen?", "instagram")
    assert "terwijl je wacht" in text, text
    assert "Annuleren" not in text, text


def test_an_english_walk_in_question_finds_the_walk_in_entry() -> None:
    text = _text(NAGELSTUDIO, "Hi! Do you take walk-ins or do I need to book?", "instagram")
    assert "woensdagmiddag" in text, text
    assert "Verzetten" not in text, text


# ----------------------------------------------- English: the word the FAQ uses, and every question

LUNCHROOM = BusinessProfile(
    name="Lunchroom De Pastorie",
    kind="lunchroom",
    signers=["Evi"],
    voice="wij",
    register="je",
    email="hallo@pastorie.nl",
    payment="alleen pinnen, geen contant",
    faq=[
        FaqItem("Hebben jullie een kindermenu?", "Ja, voor kinderen is er een pannenkoek of tosti."),
        FaqItem("Kan ik een taart bestellen?", "Ja, een hele taart bestel je twee dagen vooraf; glutenvrij kan ook."),
    ],
)
HOSTEL = BusinessProfile(
    name="Hostel Brug",
    kind="hostel",
    signers=["Sam"],
    voice="wij",
    register="je",
    email="stay@hostelbrug.be",
    payment="Bancontact, Payconiq en cash",
    faq=[FaqItem("Hebben jullie fietsverhuur?", "Ja, stadsfietsen verhuren we voor € 12 per dag.")],
)
ASK = "uitkomst_vraag_beantwoorden"


def test_english_payment_words_are_put_in_english_or_not_at_all() -> None:
    from app.domain.draft_english_words import english_words

    assert english_words("alleen pinnen, geen contant") == "only debit card, no cash"
    assert english_words("Bancontact, Payconiq en cash") == "Bancontact, Payconiq and cash"
    assert english_words("pinnen; bonnen bij de kassa") == ""  # a word it does not know: no half English


def test_an_english_question_is_matched_on_the_word_the_faq_uses_amid_other_words() -> None:
    text = _text(LUNCHROOM, "Hi! My friend is coming over from Leeds, she is gluten free. Can we order a cake?", "x")
    assert "glutenvrij" in text or "gluten" in text, text
    assert "[vul in" not in text, text


def test_a_second_english_question_the_profile_answers_gets_its_answer() -> None:
    text = _text(LUNCHROOM, "Do you have a kids menu? And can I pay with cash?", "instagram")
    assert "kids menu" in text, text  # the yes said in English, the details in a note for the owner
    assert "only debit card, no cash" in text, text
    text = _text(HOSTEL, "Hello! Do you rent out bikes? Also, can we pay by card?", "facebook")
    assert "12" in text, text
    assert "Bancontact, Payconiq and cash" in text, text


def test_an_english_question_about_a_word_said_before_it_finds_the_faq_that_uses_it() -> None:
    grill = BusinessProfile(
        name="Grillroom Anatolia",
        kind="grillroom",
        signers=["Emre"],
        voice="wij",
        register="je",
        email="info@anatolia.nl",
        faq=[
            FaqItem("Is al jullie vlees halal?", "Ja, al ons vlees is halal, van een slager uit Utrecht."),
            FaqItem("Bezorgen jullie?", "Ja, binnen de ring bezorgen we gratis vanaf € 20."),
        ],
    )
    text = _text(grill, "Hi, we're three friends from Manchester and we only eat halal. Anything for us tonight?", "x")
    assert "halal" in text, text
    assert "[vul in" not in text and "bezorgen" not in text, text


# ---------------------------------------------------------- what the writer wants delivered, named


def _delivering(kind: str, terms: str, register: str = "je", voice: str = "wij") -> BusinessProfile:
    return BusinessProfile(name="Zaak", kind=kind, signers=["Mo"], voice=voice, register=register, delivery_terms=terms)


def test_the_thing_to_deliver_is_named_before_the_delivery_terms() -> None:
    bloemist = _delivering("bloemist", "in Zeist en Bilthoven bezorg ik voor € 6", "u", "ik")
    text = _text(bloemist, "Bezorgt u ook in Bilthoven? Ik wil een boeket pioenrozen laten bezorgen voor mijn moeder.")
    assert "Een boeket pioenrozen breng ik graag bij u langs" in text, text
    assert "€ 6" in text, text
    traiteur = _delivering("traiteur", "bezorgen in heel Gent vanaf € 50, gratis boven € 150")
    text = _text(traiteur, "Kunnen jullie mijn koude schotel zaterdag leveren in Gent?", "instagram")
    assert "je koude schotel" in text.lower() and "€ 50" in text, text


def test_no_thing_named_when_the_writer_names_none() -> None:
    bloemist = _delivering("bloemist", "in Zeist en Bilthoven bezorg ik voor € 6", "u", "ik")
    text = _text(bloemist, "Bezorgt u ook in Bilthoven?")
    assert "langs" not in text and "€ 6" in text, text


# --------------------------------------- a wish beside the question, and a request for a proposal

SCHOONMAAK = BusinessProfile(
    name="Glazenwasserij Helder",
    kind="glazenwasser",
    signers=["Tim"],
    voice="ik",
    register="je",
    email="tim@helder.nl",
    phone="06-12345678",
    payment="pinnen of op factuur",
    faq=[FaqItem("Doe je ook bedrijfspanden?", "Ja, ik doe kantoren en winkels tot drie verdiepingen.")],
)
NAAIATELIER = BusinessProfile(
    name="Naaiatelier Draad",
    kind="kleermaker",
    signers=["Ilse"],
    voice="wij",
    register="u",
    email="info@draad.be",
    delivery_terms="haal- en brengservice in Brugge voor € 8",
    faq=[FaqItem("Maken jullie ook gordijnen?", "Ja, gordijnen maken we op maat, ook voor bedrijven.")],
)


def test_a_request_for_a_proposal_says_where_to_send_the_details() -> None:
    made = Drafter(SCHOONMAAK, analyser=analyse_topics).draft(
        ANSWER,
        "Wij hebben een winkel met twee verdiepingen. Doe je ook bedrijfspanden? Graag een offerte.",
        platform="linkedin",
    )
    assert "verdiepingen" in (made.text or ""), made.text
    assert "tim@helder.nl" in (made.text or ""), made.text
    assert made.channel == "mail", made.channel


def test_a_wish_beside_the_question_gets_the_profile_field_that_answers_it() -> None:
    text = _text(NAAIATELIER, "We openen een praktijk, liefst met ophaling van de stof. Maken jullie ook gordijnen?")
    assert "op maat" in text, text
    assert "haal- en brengservice in Brugge" in text, text
    text = _text(NAAIATELIER, "Maken jullie ook gordijnen?")
    assert "brengservice" not in text, text  # nothing asked about it: not said


# -------------------------------------------------- a suggestion's FAQ yes is on what the wish names

FIETSPUNT = BusinessProfile(
    name="Fietspunt Noord",
    kind="fietsenmaker",
    signers=["Jos"],
    voice="ik",
    register="je",
    email="jos@fietspunt.nl",
    faq=[FaqItem("Verhuur je ook fietsen?", "Ja, stadsfietsen voor € 10 per dag.")],
)


def _suggestion(profile: BusinessProfile, text: str) -> str:
    from app.domain.suggest import suggest
    from app.nlp.pipeline import _questions
    from app.nlp.topics import topic_finder

    analysis = {
        "label": "positief",
        "flags": ["suggestie"],
        "questions": list(_questions(topic_finder().nlp.make_doc(text))),
    }
    out = suggest(analysis, text, platform="instagram", author="Lies", profile=profile, analyser=analyse_topics)
    return out["draft"] or ""


def test_a_faq_yes_answers_the_wish_not_a_word_said_before_it() -> None:
    text = _suggestion(FIETSPUNT, "Top service! Iedereen heeft zijn fiets nodig 😅 Idee: hang een pomp bij de deur?")
    assert "€ 10" not in text and "kan gelukkig al" not in text, text
    text = _suggestion(FIETSPUNT, "Fijne zaak! Idee: kunnen jullie ook fietsen verhuren aan toeristen?")
    assert "€ 10" in text, text  # the wish itself is what the FAQ says yes to


def test_how_long_open_on_a_weekday_is_its_closing_time() -> None:
    assert asks_until("Hoe lang zijn jullie donderdag open?")
    text = _text(SLAGER, "hoe lang zijn jullie vrijdag open?", "x")
    assert "20:00" in text and "15:00" not in text, text


def test_the_late_day_is_singled_out_even_after_the_whole_opening_hours() -> None:
    text = _text(SLAGER, "Wat zijn jullie openingstijden? Ik werk zelf tot 18 uur.")
    assert "Op vrijdag" in text and "20:00" in text, text


def test_closing_after_midnight_is_late_and_several_days_are_said_as_a_range() -> None:
    from app.domain.draft_days import open_later

    assert open_later("ma–do 14:00–23:00, vr–za 12:00–01:00", 12 * 60) == ([], "")  # every day is later
    days, until = open_later("ma–do 9:00–21:00, vr–za 9:00–17:00", 18 * 60)
    assert (days, until) == (["maandag", "dinsdag", "woensdag", "donderdag"], "21:00")
    kroeg = BusinessProfile(
        name="Kroeg",
        kind="café",
        signers=["Bas"],
        voice="wij",
        register="je",
        opening_hours="ma–do 9:00–21:00, vr–za 9:00–17:00",
    )
    text = _text(kroeg, "Wat zijn jullie openingstijden? Ik werk tot 18:00.")
    assert "Van maandag tot en met donderdag" in text, text


def test_welcome_asks_what_may_come_along_asks() -> None:
    cafe = BusinessProfile(
        name="Strandcafé Zilt",
        kind="café",
        signers=["Lot"],
        voice="wij",
        register="je",
        faq=[FaqItem("Zijn honden welkom?", "Honden zijn welkom op het terras, niet binnen.")],
    )
    text = _text(cafe, "Mogen we onze hond Pip meenemen als we zondag komen lunchen?")
    assert "terras" in text and "Pip" in text, text


def test_an_english_closing_time_question_gets_that_days_closing_time_without_a_yes() -> None:
    text = _text(SLAGER, "Hi! What time do you close on Friday?", "instagram")
    assert "20:00" in text and "18:00" not in text and "Yes" not in text, text
    text = _text(BLOEMIST, "How late are you open on Sunday?", "facebook")
    assert "12:00" in text and "18:30" not in text, text


def test_an_english_question_about_paying_is_answered_in_english() -> None:
    text = _text(LUNCHROOM, "Do you accept cash?", "instagram")
    assert "only debit card, no cash" in text and "pinnen" not in text, text


def test_parking_in_other_words_finds_the_parking_field() -> None:
    garage = BusinessProfile(
        name="Bistro Plein",
        kind="restaurant",
        signers=["Ed"],
        voice="wij",
        register="u",
        parking="gratis parkeren op het plein achter de zaak",
    )
    text = _text(garage, "Is er parkeergelegenheid in de buurt van jullie restaurant?")
    assert "gratis parkeren op het plein" in text, text


def test_a_season_or_month_finds_the_profiles_own_days_off_named_after_it() -> None:
    schoenmaker = BusinessProfile(
        name="Schoenmakerij Hak",
        kind="schoenmaker",
        signers=["Ruud"],
        voice="ik",
        register="je",
        opening_hours="di–za 9:00–17:30",
        holidays="zomersluiting 3 augustus–24 augustus: dicht; kerstvakantie 24 december–2 januari: dicht",
        faq=[FaqItem("Moet ik een afspraak maken?", "Nee, je kunt gewoon binnenlopen.")],
    )
    text = _text(schoenmaker, "Zijn jullie in de zomer open? Mijn hakken moeten nodig gerepareerd.")
    assert "3 augustus" in text and "dicht" in text, text
    text = _text(schoenmaker, "Kan ik half augustus langskomen met mijn laarzen?")
    assert "24 augustus" in text, text
    text = _text(schoenmaker, "Zijn jullie met kerst open?", "x")
    assert "In de kerstvakantie" in text and "24 december" in text, text  # by its name, not the whole line
    text = _text(schoenmaker, "Zijn jullie in de zomer open?")
    assert "Tijdens de zomersluiting" in text, text
    text = _text(schoenmaker, "Wat kost nieuwe hakken zetten? Ik wil het voor oud en nieuw klaar hebben.")
    assert "augustus" not in text and "kerstvakantie" not in text, text  # 'nieuw' is no season


def test_a_pets_name_after_the_pet_is_named_back() -> None:
    text = _text(TUINCENTRUM, "Mogen we met onze teckel Pluk bij jullie rondkijken?", "instagram")
    assert "Pluk" in text and "in de winkel" in text, text
    text = _text(PANNENKOEK, "Mag ik met mijn kat Minoes naar binnen?")
    assert "Minoes" not in text, text  # the answer says no


def test_a_kind_of_thing_counts_only_when_the_faqs_verb_is_asked_too() -> None:
    verhuur = BusinessProfile(
        name="Tweewielers Oost",
        kind="fietsenmaker",
        signers=["Kees"],
        voice="ik",
        register="je",
        faq=[
            FaqItem("Verhuur je ook fietsen?", "Ja, stadsfietsen voor € 12 per dag."),
            FaqItem("Herstel je ook fietsen van een ander merk?", "Ja, ik herstel fietsen van elk merk."),
        ],
    )
    text = _text(verhuur, "Kun je mijn mountainbike nakijken? Ik heb hem online gekocht.")
    assert "elk merk" in text and "€ 12" not in text, text  # a check-up asks the repair entry, not renting
    text = _text(verhuur, "Verhuur je ook een bakfiets voor een weekendje?")
    assert "€ 12" in text, text


def test_a_rumour_names_a_profile_field_by_a_word_the_synonyms_know() -> None:
    kapper = BusinessProfile(
        name="Kapper Kam",
        kind="kapsalon",
        signers=["Dirk"],
        voice="ik",
        register="je",
        payment="pinnen, contant en Tikkie",
    )
    made = Drafter(kapper, analyser=analyse_topics).draft(
        RUMOUR, "Ik hoorde dat de pinautomaat bij Kam eruit is en je alleen nog contant kunt betalen?", platform="x"
    )
    assert "pinnen, contant en Tikkie" in (made.text or ""), made.text


def test_an_accessibility_value_that_is_a_sentence_is_said_as_it_is() -> None:
    museum = _with_access("museum", "alle zalen en het toilet zijn met een rolstoel bereikbaar", "u")
    made = Drafter(museum, analyser=analyse_topics).draft(
        RUMOUR, "Volgens mijn zus kun je er met een rolstoel niet eens naar binnen.", platform="facebook"
    )
    said = made.text or ""
    assert "Alle zalen en het toilet zijn met een rolstoel bereikbaar." in said, said
    assert "zaak is alle" not in said, said
    text = _text(
        _with_access("bibliotheek", "beide verdiepingen zijn met de lift bereikbaar"),
        "Kan ik met de rollator naar boven?",
    )
    assert "Beide verdiepingen zijn met de lift bereikbaar." in text, text
