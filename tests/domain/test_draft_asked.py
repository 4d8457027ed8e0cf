"""How far ahead to order, asked without an ordering word ('hoeveel dagen van te voren moet ik het zeggen?', 'hoe
lang op voorhand laten weten', 'how many days in advance should I let you know?'), answered with the profile's line
on ordering ahead or the FAQ entry on ordering the thing asked. Shops and sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_asked import CLOCK, TIMES
from app.domain.draft_asked_ahead import asks_how_far_ahead, order_ahead_answer
from app.domain.draft_faq_shapes import welcome_said, yes_in_its_words
from app.domain.draft_yes_lead import says_no
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft_text

ANSWER = "uitkomst_vraag_beantwoorden"

_PIES = BusinessProfile(
    name="Bakkerij De Vlaai",
    kind="bakkerij",
    signers=["Ger"],
    register="u",
    voice="wij",
    email="info@devlaai.nl",
    delivery_terms="bestellingen vanaf € 20 bezorgen we gratis in Heerlen",
    faq=[
        FaqItem("Moet ik een vlaai vooraf bestellen?", "Ja, een hele vlaai minstens twee dagen van tevoren."),
        FaqItem("Hebben jullie suikervrije vlaai?", "Nee, die maken we niet."),
    ],
)


def _lemmas(text: str) -> tuple[str, ...]:
    return analyse_topics(text).lemmas


@pytest.mark.parametrize(
    "question",
    [
        "hoeveel dagen van te voren moet ik het zeggen?",
        "Hoeveel dagen van tevoren moet ik het laten weten?",
        "hoe lang op voorhand moet ik het doorgeven",
        "HOE VER VOORAF MOET IK HET MELDEN?",
        "How many days in advance should I let you know?",
    ],
)
def test_saying_it_ahead_asks_how_far_ahead(question: str) -> None:
    assert asks_how_far_ahead(question)


@pytest.mark.parametrize(
    "question",
    ["Wat moet ik zeggen als ik binnenkom?", "hoeveel dagen van tevoren ben ik welkom?", "Laat je het me weten?"],
)
def test_no_ahead_word_or_no_telling_is_no_such_question(question: str) -> None:
    assert not asks_how_far_ahead(question)


def test_the_faq_on_ordering_that_thing_ahead_answers() -> None:
    asked = ("Wat kost een hele vlaai?", "en hoeveel dagen van te voren moet ik het zeggen?")
    assert order_ahead_answer(asked, _PIES, _lemmas).startswith("Een hele vlaai minstens twee dagen")


def test_the_faq_on_another_thing_does_not_answer() -> None:
    # the vlaai's entry says nothing about ordering oliebollen ahead
    asked = ("Bakken jullie oliebollen?", "Hoeveel dagen van tevoren moet ik ze bestellen?")
    assert order_ahead_answer(asked, _PIES, _lemmas) == ""


def test_the_draft_says_how_far_ahead() -> None:
    said = draft_text(_PIES, ANSWER, "Ik wil een vlaai voor zondag. Hoe lang op voorhand moet ik het laten weten?")
    assert "twee dagen van tevoren" in said, said


@pytest.mark.parametrize(
    "question",
    [
        "Kan ik een kano huren voor de Zwarte Beek?",
        "Kun je een tandem lenen in Sint Truiden?",
        "Mag ik een step meenemen naar Den Bosch?",
        "kan je een bakfiets huren in Bree?",
    ],
)
def test_a_place_name_at_the_end_is_no_verb_to_say_the_yes_with(question: str) -> None:
    # 'Een kano huren voor de Zwarte beek je bij ons' would read the place as a verb
    assert yes_in_its_words("Ja: een dag kost € 20.", question, ("Hebben jullie iets voor een dagje uit?",)) is None


@pytest.mark.parametrize(("question", "stem"), [("Kan ik een kano huren?", "huur"), ("kun je een SUP lenen?", "leen")])
def test_a_verb_in_lower_case_still_says_the_yes(question: str, stem: str) -> None:
    found = yes_in_its_words("Ja: een dag kost € 20.", question, ("Iets om op het water te doen?",))
    assert found is not None and found[1] == stem, found


_BARBER = BusinessProfile(
    name="Barbier Snor & Zo",
    kind="kapsalon",
    signers=["Mehmet"],
    register="je",
    voice="wij",
    email="info@snorenzo.nl",
    faq=[
        FaqItem("Wat kost een baard trimmen?", "Baard trimmen kost € 15; een scheerbeurt met hete doeken € 32,50."),
        FaqItem("Knippen jullie kinderen?", "Ja, kinderen tot 10 jaar knippen we voor € 14."),
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        "Hoi, wat kost baard trimmen bij jullie? Ik heb zaterdag een feestje.",
        "wat kost dat baard trimmen eigenlijk?? moet er ff netjes uitzien voor oudjaar",
        "Wat kost het om uw baard te laten trimmen? Is voor de bruiloft van mijn broer.",
        "Hoeveel betaal ik voor een baard trimmen?",
    ],
)
def test_a_price_asked_gets_that_price_and_not_the_other_one_beside_it(text: str) -> None:
    said = draft_text(_BARBER, ANSWER, text)
    assert "15" in said and "32,50" not in said, said


def test_a_price_asked_for_both_things_keeps_both() -> None:
    said = draft_text(_BARBER, ANSWER, "Wat kost baard trimmen, en een scheerbeurt met hete doeken?")
    assert "15" in said and "32,50" in said, said


@pytest.mark.parametrize(
    ("value", "closed"),
    [("dicht", True), ("Gesloten (verlof)", True), ("wij zijn dan niet open", True), ("9:00–14:00", False)],
)
def test_a_profile_value_says_closed_by_the_one_closed_list(value: str, closed: bool) -> None:
    from app.domain.draft_asked import CLOSED_WORDS

    assert (CLOSED_WORDS.search(value) is not None) is closed


@pytest.mark.parametrize(
    "question",
    [
        "Hebben jullie iets suikervrijs voor oma?",
        "iets suikerarms in de winkel??",
        "Hebben jullie ook zoutarme crackers?",
        "Verkoopt u glutenvrije kerstkransjes?",
    ],
)
def test_free_of_or_low_in_something_is_missed_by_an_entry_that_never_names_it(question: str) -> None:
    from app.domain.draft_asked import misses_without

    entry = "Is de appelflap er ook zonder rozijnen? Ja, op bestelling."
    assert misses_without(question, entry, lambda t: tuple(t.lower().split()))


@pytest.mark.parametrize(
    "question",
    [
        "Kunnen jullie een taart maken met een foto van mijn onderarm tattoo?",
        "Past er een tekening van een linkerarm op de taart?",
        "Mijn voorarm is gebroken, kunnen jullie de taart thuis bezorgen?",
        "Can you do a cake with my bovenarm tattoo on it?",
    ],
)
def test_a_body_word_ending_in_arm_is_not_low_in_something(question: str) -> None:
    from app.domain.draft_asked import misses_without

    entry = "Maken jullie taarten met een foto? Ja, stuur de foto een week van tevoren."
    assert not misses_without(question, entry, lambda t: tuple(t.lower().split()))


def test_low_in_something_is_still_missed_when_the_entry_never_names_it() -> None:
    from app.domain.draft_asked import misses_without

    entry = "Maken jullie taarten met een foto? Ja, stuur de foto een week van tevoren."
    assert misses_without("Kan die taart ook zoutarm?", entry, lambda t: tuple(t.lower().split()))


_SALON_DOOR = BusinessProfile(
    name="Kapsalon Knipoog",
    kind="kapsalon",
    signers=["Ineke"],
    register="u",
    voice="ik",
    email="ineke@knipoog.nl",
    opening_hours="di–za 9:00–17:00",
    accessibility="de salon is drempelvrij en rolstoeltoegankelijk",
    faq=[
        FaqItem("Knipt u ook kinderen?", "Ja, kinderen tot 10 jaar knip ik voor € 15."),
        FaqItem("Kan ik online een afspraak maken?", "Ja, via de agenda op de website."),
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        "Mijn vader zit sinds zijn val in een rolstoel. Kan hij bij u terecht?",
        "mn oma loopt met n rollator, kan ze bij jullie wel binnen?",
        "Mijne pa zit in ne rolstoel. Kan hij bij u in de zaak terecht? En kan ik online een afspraak maken?",
        "My mother is in een rolstoel since last year. Kan ze bij u terecht en knipt u ook kinderen?",
    ],
)
def test_whether_someone_with_an_aid_can_come_in_gets_the_accessibility(text: str) -> None:
    said = draft_text(_SALON_DOOR, "uitkomst_vraag_beantwoorden", text)
    assert "drempelvrij" in said, said


def test_a_plain_question_whether_one_can_come_gets_no_accessibility() -> None:
    said = draft_text(_SALON_DOOR, "uitkomst_vraag_beantwoorden", "Kan ik zaterdag bij u terecht?")
    assert "drempelvrij" not in said, said


_COLOUR_SALON = BusinessProfile(
    name="Haarhuis Sofie",
    kind="kapsalon",
    signers=["Sofie"],
    register="je",
    voice="ik",
    email="sofie@haarhuis.be",
    faq=[
        FaqItem("Doe je ook highlights?", "Ja, highlights vanaf € 95, knippen inbegrepen."),
        FaqItem("Werk je met vegan verf?", "Ja, met de vegan lijn van Davines."),
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        "Doe je ook extensions? Wat kost dat?",
        "doe jij ook permanent?? wat kost da ongeveer",
        "Doet u ook keratine behandelingen? En hoeveel kost dat?",
        "Sofie, doe je ook hairtattoos? Wat is de prijs?",
    ],
)
def test_a_price_of_a_service_no_entry_names_is_not_the_price_of_an_entry_asked_with_the_same_verb(text: str) -> None:
    said = draft_text(_COLOUR_SALON, ANSWER, text)
    assert "95" not in said, said


def test_tot_nu_toe_is_no_closed_door() -> None:
    from app.domain.draft_asked import CLOSED_SEEN

    assert not CLOSED_SEEN.search("Ik was tot nu toe altijd heel tevreden over jullie brood.")
    assert not CLOSED_SEEN.search("Tot dan toe was alles in orde.")
    assert CLOSED_SEEN.search("De winkel is al heel de week toe, wat is er aan de hand?")


@pytest.mark.parametrize(
    ("answer", "no", "in_words"),
    [
        ("Nee, we hebben geen leenfietsen.", True, True),
        ("Neen, dat doen we niet.", True, True),
        ("Helaas: alleen op afspraak.", True, True),
        ("'Nee' is ons antwoord: geen honden binnen.", True, True),
        ("Wij hebben geen leenfietsen, sorry.", False, True),  # no 'nee' first: a no only in its words
        ("Dat doen we niet meer sinds de verbouwing.", False, True),
        ("Ja, van Pasen tot eind september, niet op maandag.", False, False),  # a yes with a day it is not
        ("Geen probleem, je krijgt gratis een leenfiets mee.", False, False),  # a 'geen' that says yes
        ("Van Pasen tot eind september. Op maandag niet.", False, False),  # the first sentence says when it is
        ("Neenee, dat komt goed!", False, False),  # 'neenee' is no 'nee'
        # more words that say yes with a 'geen/niet/nooit' (code review 31, finding 10)
        ("Geen zorgen, we hebben een leenfiets.", False, False),
        ("Niet nodig: je krijgt gratis een leenfiets.", False, False),
        ("Nooit een probleem, we lenen graag een fiets uit.", False, False),
        ("Zonder probleem: je fiets blijft hier tot je hem ophaalt.", False, False),
    ],
)
def test_a_faq_answer_says_no(answer: str, no: bool, in_words: bool) -> None:
    assert says_no(answer) is no
    assert says_no(answer, in_words=True) is (no or in_words)


def test_a_season_is_said_first_also_to_an_answer_that_says_no_only_in_its_words() -> None:
    shop = BusinessProfile(
        name="Fietsen Vos",
        kind="fietsenwinkel",
        signers=["Bart"],
        voice="ik",
        register="je",
        faq=[
            FaqItem(
                "Verhuren jullie fietsen?", "Wij verhuren geen fietsen in de winter, wel van Pasen tot eind september."
            )
        ],
    )
    draft = draft_text(
        shop, "uitkomst_vraag_beantwoorden", "Kan ik in november een fiets huren bij jullie?", author="Els"
    )
    assert "In november lukt dat helaas niet" in draft, draft
    draft = draft_text(shop, "uitkomst_vraag_beantwoorden", "Can I rent a bike from you in November?", author="Els")
    assert "not in November" in draft, draft


def test_a_faq_yes_to_whether_someone_is_welcome_says_who() -> None:
    assert welcome_said("Zijn kinderen ook welkom?", "Ja, met een kleurplaat en een kinderstoel.") == (
        "kinderen",
        True,
        "met een kleurplaat en een kinderstoel.",
    )
    assert welcome_said("Is een rolstoel welkom?", "Zeker: de ingang is drempelvrij.") == (
        "een rolstoel",
        False,
        "de ingang is drempelvrij.",
    )


def test_no_welcome_without_a_yes_or_with_the_writers_own() -> None:
    assert welcome_said("Zijn honden welkom?", "Honden mogen op het terras, binnen niet.") is None
    assert welcome_said("Is mijn hond welkom?", "Ja, aangelijnd.") is None
    assert welcome_said("Zijn jullie open op zondag?", "Ja, van 10 tot 16.") is None


def test_a_clock_time_and_a_range_of_two_share_one_pattern() -> None:
    assert CLOCK.findall("open 8.30 tot 12:00") == ["8.30", "12:00"]
    assert TIMES.findall("za 9:00–13.30, zo 10.00 - 12.00") == ["9:00–13.30", "10.00 - 12.00"]
    # near misses: hours without minutes
    assert CLOCK.search("open vanaf 9 uur") is None
    assert TIMES.search("van 9 tot 17 uur") is None


def test_a_price_asked_of_what_was_said_before_names_no_thing_of_its_own() -> None:
    from app.domain.draft_asked import bare_price
    from app.domain.draft_facts import simple_lemmas

    assert bare_price("Wat kost dat voor een dag?", simple_lemmas)
    assert bare_price("En hoeveel kost dat per uur?", simple_lemmas)
    assert not bare_price("Wat kost een e-bike voor een dag?", simple_lemmas)
    assert not bare_price("Hoe lang duurt dat?", simple_lemmas)


def test_misses_head_reads_the_thing_asked_not_what_it_is_for_nor_a_first_part() -> None:
    from app.domain.draft_asked import misses_head
    from app.domain.draft_facts import simple_lemmas

    listed = "Tandem € 30 per dag; stadsfiets € 12 per dag."
    assert misses_head("een fietskar voor twee peuters", listed, simple_lemmas)  # 'fiets' only starts 'fietskar'
    assert misses_head("de verhuur van kano's", "Huurfietsen € 12 per dag.", simple_lemmas)  # renting is no kano
    assert not misses_head("een tandem voor ons tweetjes", listed, simple_lemmas)


def test_how_far_ahead_is_asked_in_french_and_german_too() -> None:
    assert asks_how_far_ahead("Il faut réserver à l'avance ?")
    assert asks_how_far_ahead("Wie viele Tage vorher muss man buchen?")
    assert not asks_how_far_ahead("Il faut payer en avance ?")  # paying is no ordering


def test_a_short_substance_left_out_is_asked_without_too() -> None:
    from app.domain.draft_asked import misses_without
    from app.domain.draft_facts import simple_lemmas

    assert misses_without("Bakken jullie ook cake zonder ei?", "Cake: € 9 per stuk.", simple_lemmas)
    assert not misses_without("Bakken jullie ook cake zonder ei?", "Cake zonder ei op bestelling.", simple_lemmas)
    assert not misses_without("Kan ik zonder te wachten binnen?", "", simple_lemmas)  # 'te' is no substance


def test_a_yes_to_whether_there_is_something_is_said_without_the_faq_question() -> None:
    from app.domain.draft_asked import faq_said

    assert faq_said("Hebben jullie een oplaadpunt?", "Ja, naast de ingang.") == (
        "fact",
        {"feit": "Er is een oplaadpunt: naast de ingang."},
    )
    assert faq_said("Heb je ook glutenvrije wafels?", "Ja, op vrijdag.") == (
        "fact",
        {"feit": "Er zijn glutenvrije wafels: op vrijdag."},
    )
    # a question of another shape keeps its question in front
    assert faq_said("Mag mijn hond mee?", "Ja, aangelijnd.")[0] == "faq"
