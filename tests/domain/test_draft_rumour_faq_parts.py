"""Rumours and questions the profile answers (after the rounds r59–r60): of the FAQ entries a rumour fits, the one
that shares the most words; a FAQ answer that is a sentence of its own said without its question pasted in front;
of an answer in parts side by side ('voor X ...; voor Y ...') only the part asked about; a profile fact that names
the place a rumour names, only its part that does; a rumour that the business stops later is never set straight by
what the FAQ says today; the writer's other words for a child seat, a home for the elderly, a wedding cake and how
long something takes. Sentences and profiles of their own, not a round's."""

from __future__ import annotations

from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft

KAASWINKEL = BusinessProfile(
    name="De Kaaskamer",
    kind="bakkerij",
    signers=["Femke"],
    voice="ik",
    register="je",
    email="femke@kaaskamer.nl",
    opening_hours="di–za 9:00–18:00",
    faq=[
        FaqItem("Hoe lang blijft jullie kaas goed?", "Een stuk jonge kaas blijft in de koelkast twee weken goed."),
        FaqItem(
            "Zit er dierlijk stremsel in jullie kaas?",
            "Nee, al mijn kazen maak ik met plantaardig stremsel, ook de oude boerenkaas.",
        ),
    ],
)
TAARTEN = BusinessProfile(
    name="Taartenatelier Ilse",
    kind="bakkerij",
    signers=["Ilse"],
    voice="wij",
    register="u",
    email="info@taartenilse.be",
    opening_hours="wo–zo 8:00–17:00",
    faq=[
        FaqItem(
            "Hoe lang op voorhand moet ik bestellen?",
            "Voor een verjaardagstaart twee dagen op voorhand; voor een huwelijkstaart minstens een maand.",
        )
    ],
)
AAN_HUIS = BusinessProfile(
    name="Kapsalon Op Wielen",
    kind="kapsalon",
    signers=["Miranda"],
    voice="ik",
    register="u",
    email="miranda@opwielen.nl",
    opening_hours="ma–vr 9:00–17:00 op afspraak",
    delivery_terms="ik kom aan huis in Heerlen, Voerendaal en Nuth; daarbuiten € 5 voorrijkosten",
    faq=[
        FaqItem(
            "Knipt u ook in verzorgingshuizen?",
            "Ja, elke donderdag ben ik in verzorgingshuis De Linde in Heerlen; een afspraak maakt u bij de balie.",
        ),
        FaqItem("Wat kost een knipbeurt?", "Dames € 30, heren € 20."),
    ],
)
VERHUUR = BusinessProfile(
    name="Fietsverhuur De Kempen",
    kind="fietsenmaker",
    signers=["Bart"],
    voice="wij",
    register="je",
    email="info@fietsendekempen.be",
    opening_hours="dagelijks 9:00–18:00",
    faq=[
        FaqItem("Hebben jullie kinderzitjes?", "Ja, kinderzitjes en fietskarren krijg je gratis; reserveer ze vooraf."),
        FaqItem("Verhuren jullie ook tandems?", "Ja, een tandem huur je voor € 35 per dag."),
    ],
)


def _draft(profile: BusinessProfile, text: str, outcome: str = "uitkomst_vraag_beantwoorden") -> str:
    return draft(profile, outcome, text, author="").text or ""


def test_a_rumour_is_set_straight_by_the_faq_entry_that_shares_the_most_words() -> None:
    text = _draft(
        KAASWINKEL,
        "Hoorde van een vriendin dat ze bij De Kaaskamer gewoon dierlijk stremsel in de kaas doen 🧀 klopt da?",
        "uitkomst_onwaarheid",
    )
    assert "plantaardig stremsel" in text and "twee weken" not in text


def test_a_faq_answer_that_is_a_sentence_of_its_own_is_said_without_its_question() -> None:
    text = _draft(
        KAASWINKEL,
        "Iemand zei me dat Femke dierlijk stremsel gebruikt in haar kaas, is dat echt zo?",
        "uitkomst_onwaarheid",
    )
    assert "Zit er dierlijk stremsel" not in text and "plantaardig stremsel" in text


def test_of_an_answer_in_parts_side_by_side_only_the_part_asked_about() -> None:
    text = _draft(TAARTEN, "We trouwen in juni 💍 wanneer moet ik ten laatste de trouwtaart bestellen?")
    assert "een maand" in text and "twee dagen" not in text
    # a question about both parts, or about neither, keeps the whole answer
    text = _draft(TAARTEN, "Hoe lang op voorhand moet ik bestellen?")
    assert "twee dagen" in text and "een maand" in text


def test_a_home_for_the_elderly_in_other_words_and_a_question_that_points_back_to_it() -> None:
    text = _draft(AAN_HUIS, "Mijn oma woont nu in een woonzorgcentrum. Kunt u daar ook bij haar komen, en wanneer?")
    assert "donderdag" in text and "[vul in" not in text


def test_a_rumour_about_a_place_is_set_straight_by_the_part_of_the_fact_that_names_it() -> None:
    text = _draft(
        AAN_HUIS,
        "Mijn buurvrouw zegt dat Miranda niet meer naar Voerendaal komt, alleen nog Heerlen. Klopt dat?",
        "uitkomst_onwaarheid",
    )
    assert "Voerendaal" in text and "€ 5" not in text and "[vul in" not in text


def test_a_rumour_that_the_business_stops_later_is_not_set_straight_by_the_faq_of_today() -> None:
    text = _draft(
        VERHUUR,
        "Klopt het dat jullie vanaf volgend jaar stoppen met de tandems? Wou er eentje huren in mei.",
        "uitkomst_onwaarheid",
    )
    assert "[vul in" in text and "€ 35" not in text


def test_a_seat_for_a_small_child_or_a_little_cart_in_the_writers_words() -> None:
    text = _draft(VERHUUR, "kan ons kleintje van 3 ook mee? hebt ge iets om haar achterop te zetten of een karretje?")
    assert "kinderzitjes" in text.lower() and "gratis" in text and "[vul in" not in text


def test_a_thing_asked_without_something_the_entry_never_names_is_no_answer() -> None:
    profile = BusinessProfile(
        name="Koekjeshuis Mies",
        kind="bakkerij",
        signers=["Mies"],
        voice="ik",
        register="je",
        email="mies@koekjeshuis.nl",
        opening_hours="di–za 8:00–17:00",
        faq=[FaqItem("Kan ik koekjes laten opsturen?", "Ja, koekjes stuur ik binnen Nederland op vanaf € 15.")],
    )
    text = _draft(profile, "Heb je ook koekjes zonder suiker? Mijn moeder is diabetica 🍪")
    assert "€ 15" not in text and "[vul in" in text
    text = _draft(profile, "Kunnen jullie koekjes opsturen naar mijn zus in Zwolle?")
    assert "€ 15" in text
    # how it goes is no thing to be without ('zonder gedoe', 'zonder afspraak')
    text = _draft(profile, "Kan ik zonder gedoe koekjes laten opsturen naar m'n zus in Zwolle?")
    assert "€ 15" in text


def test_a_rumour_that_the_business_stops_asks_the_owner_about_what_the_writer_booked() -> None:
    text = _draft(
        VERHUUR,
        "Ze zeggen da jullie stoppen en de zaak verkopen?? We hebben net een tandem gereserveerd voor mei 😬",
        "uitkomst_onwaarheid",
    )
    assert "tandem voor mei: [vul in" in text
    # no booking, no such line; nor for a rumour that is not about stopping
    text = _draft(VERHUUR, "Ik hoorde dat jullie stoppen, klopt dat?", "uitkomst_onwaarheid")
    assert "gaat die gewoon door" not in text
