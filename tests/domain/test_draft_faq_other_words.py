"""Questions and rumours the profile answers, put in other words than the profile's (after the rounds r53–r56):
the frying fat is one thing whatever the writer calls it, and ossewit says there is something of an animal in
it; 'vandaag nog' asks how fast; a holiday asked in Frisian is the profile's holiday; a rumour that only one way
is left ('enkel nog op afspraak') is set straight by a FAQ that says yes to the other way; the business's own
name says nothing of what a rumour is about; two questions joined by 'en' each get their answer. Sentences and
profiles of their own, not a round's."""

from __future__ import annotations

from app.domain.draft_questions import joined_questions
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft

SNACKBAR = BusinessProfile(
    name="Snackbar De Smulhoek",
    kind="restaurant",
    signers=["Rik"],
    voice="wij",
    register="je",
    email="info@smulhoek.be",
    opening_hours="di–zo 11:30–21:00",
    delivery_terms="we bezorgen niet; afhalen of ter plaatse eten",
    faq=[
        FaqItem(
            "Frituren jullie in rundvet?",
            "Ja, onze frieten gaan in rundvet; de vegetarische kroketten bakken we apart in zonnebloemolie.",
        ),
        FaqItem("Kan ik telefonisch bestellen?", "Ja, bel 09 220 11 44 en zeg hoe laat je het komt halen."),
    ],
)
KAPPER = BusinessProfile(
    name="Knipperij Sanne",
    kind="kapsalon",
    signers=["Sanne"],
    voice="ik",
    register="je",
    email="sanne@knipperij.nl",
    opening_hours="di–za 9:00–17:00",
    holidays="Koningsdag: gesloten; Tweede Paasdag: gesloten",
    faq=[
        FaqItem("Kan ik zonder afspraak binnenlopen?", "Ja, zonder afspraak kan elke ochtend tot 12:00."),
        FaqItem("Wat kost een knipbeurt?", "Een knipbeurt kost € 32, voor kinderen tot 12 jaar € 18."),
    ],
)
BARBIER = BusinessProfile(
    name="Barbier Okke",
    kind="kapsalon",
    signers=["Okke"],
    voice="ik",
    register="je",
    email="okke@barbier.nl",
    opening_hours="wo–za 10:00–18:00",
    faq=[FaqItem("Moet ik een afspraak maken?", "Ja, ik werk alleen op afspraak, via de site.")],
)
FIETSDOKTER = BusinessProfile(
    name="Fietsdokter Aan Huis",
    kind="fietsenmaker",
    signers=["Wout"],
    voice="wij",
    register="je",
    email="wout@fietsdokter.be",
    opening_hours="ma–vr 8:00–18:00 aan huis",
    faq=[
        FaqItem(
            "Hoe snel kunnen jullie komen?", "Meestal binnen drie werkdagen; voor een lekke band vaak dezelfde dag."
        ),
        FaqItem(
            "Herstellen jullie ook fietsen die ergens anders gekocht zijn?",
            "Ja, alle merken, waar je fiets ook gekocht is.",
        ),
    ],
)


def _draft(profile: BusinessProfile, text: str, outcome: str = "uitkomst_vraag_beantwoorden") -> str:
    return draft(profile, outcome, text, author="").text or ""


def test_the_frying_fat_is_one_thing_and_ossewit_or_rundvet_is_of_an_animal() -> None:
    text = _draft(SNACKBAR, "Mn zoon is vegetariër, zit er vlees in jullie frietjes?")
    assert "rundvet" in text and "[vul in" not in text
    # the FAQ's 'Ja,' answers 'Frituren jullie in rundvet?', not whether a vegetarian can eat the fries
    assert "Ja," not in text
    text = _draft(SNACKBAR, "Pas op, De Smulhoek frituurt tegenwoordig in goedkope palmolie.", "uitkomst_onwaarheid")
    assert "rundvet" in text and "[vul in" not in text


def test_a_frying_word_is_no_fat_a_question_about_selling_the_snackbar_keeps_its_slot() -> None:
    text = _draft(
        SNACKBAR, "Ik hoor dat de frituur verkocht is aan een keten, alles uit de diepvries?", "uitkomst_onwaarheid"
    )
    assert "rundvet" not in text and "[vul in" in text


def test_today_still_asks_how_fast_also_in_flemish() -> None:
    text = _draft(FIETSDOKTER, "mijn band is plat 😩 kunnen jullie vandaag nog passeren in Zele?")
    assert "dezelfde dag" in text and "[vul in" not in text


def test_a_holiday_asked_in_frisian_is_the_profiles_holiday_by_its_own_name() -> None:
    text = _draft(KAPPER, "Binne jimme iepen op keningsdei?")
    assert "Koningsdag" in text and "gesloten" in text and "keningsdei" not in text


def test_a_rumour_that_only_one_way_is_left_is_set_straight_by_a_yes_to_the_other_way() -> None:
    text = _draft(
        KAPPER, "Bij Knipperij Sanne kun je sinds kort alleen nog op afspraak terecht, jammer.", "uitkomst_onwaarheid"
    )
    assert "klopt niet" in text and "12:00" in text and "[vul in" not in text


def test_only_by_appointment_is_not_denied_when_the_faq_says_so_too() -> None:
    text = _draft(BARBIER, "Okke werkt toch enkel nog op afspraak? Hoorde ik in de kroeg.", "uitkomst_onwaarheid")
    assert "klopt niet" not in text


def test_the_business_name_says_nothing_of_what_a_rumour_is_about() -> None:
    text = _draft(
        FIETSDOKTER,
        "Wist je dat Fietsdokter geen herstellingen meer doet aan fietsen die je ergens anders gekocht hebt? Let op.",
        "uitkomst_onwaarheid",
    )
    assert "alle merken" in text.lower() and "[vul in" not in text


def test_two_questions_joined_by_en_each_get_their_answer() -> None:
    assert joined_questions(["Wat kost een knipbeurt en kan ik gewoon binnenlopen?"]) == (
        "Wat kost een knipbeurt?",
        "kan ik gewoon binnenlopen?",
    )
    assert joined_questions(["Hebben jullie brood en taart?"]) == ("Hebben jullie brood en taart?",)
    text = _draft(KAPPER, "Wat kost knippen voor mijn dochter van 9 en kunnen we ook zonder afspraak langskomen?")
    assert "€ 18" in text and "12:00" in text and "[vul in" not in text


BROODKRAAM = BusinessProfile(
    name="Broodkraam Noor",
    kind="bakkerij",
    signers=["Noor"],
    voice="ik",
    register="je",
    email="noor@broodkraam.nl",
    opening_hours="do markt Zutphen 8:00–13:00, za markt Deventer 8:00–15:00",
    delivery_terms="bezorgen doe ik niet; vooruitbestellen kan tot 18:00 de dag ervoor, dan ligt het klaar",
    faq=[FaqItem("Is je brood biologisch?", "Ja, ik bak met biologisch meel.")],
)
FIETSSERVICE = BusinessProfile(
    name="Fietsservice Oost",
    kind="fietsenmaker",
    signers=["Anja"],
    voice="wij",
    register="u",
    email="info@fietsserviceoost.nl",
    opening_hours="di–za 9:00–17:30",
    delivery_terms="haal-en-brengservice voor reparaties € 15 binnen Enschede",
    faq=[FaqItem("Repareren jullie ook bakfietsen?", "Ja, alle merken bakfietsen.")],
)


def test_a_verb_split_from_its_particle_names_the_field_it_is_a_term_of() -> None:
    text = _draft(FIETSSERVICE, "Ik heb mijn been gebroken en kan er zelf niet mee komen. Haalt u de fiets ook af?")
    assert "€ 15" in text and "[vul in" not in text
    assert "niet zelf" not in text.lower()  # no thing to deliver made of what the writer cannot bring


def test_a_question_to_put_something_aside_is_answered_by_how_to_order_ahead() -> None:
    text = _draft(BROODKRAAM, "Zaterdag heb ik visite, 3 desembroden graag. Kan ik die ergens laten reserveren?")
    assert "18:00 de dag ervoor" in text and "[vul in" not in text


def test_closing_down_because_the_business_is_not_seen_is_answered_by_where_it_is() -> None:
    rumour = "Broodkraam Noor is ermee gestopt volgens mij, al maanden niet meer gezien op de markt."
    text = _draft(BROODKRAAM, rumour, "uitkomst_onwaarheid")
    assert "gewoon aan het werk" in text and "za markt Deventer" in text and "[vul in" not in text
    # a report in the paper is for the owner to set straight
    text = _draft(BROODKRAAM, "In de krant stond dat Broodkraam Noor failliet is. Klopt dat?", "uitkomst_onwaarheid")
    assert "[vul in" in text and "gewoon aan het werk" not in text


GOLF = BusinessProfile(
    name="Kapsalon Golf",
    kind="kapsalon",
    signers=["Mira"],
    voice="ik",
    register="je",
    email="mira@golf.nl",
    opening_hours="di–za 9:00–17:00",
    faq=[
        FaqItem("Knip je droog?", "Ja, ik knip droog; kom met schoon haar zonder gel."),
        FaqItem("Wat kost knippen?", "€ 35."),
    ],
)


def test_washing_hair_first_asks_what_cutting_it_dry_answers() -> None:
    for question in ("Moet ik mijn haar vooraf wassen?", "Wassen jullie het haar eerst of moet ik dat thuis doen?"):
        text = _draft(GOLF, question)
        assert "schoon haar" in text and "[vul in" not in text and "Ja," not in text
