"""Session 14: what the second writer's blind rounds (r49–r52) showed, as capabilities. Businesses and
sentences of our own."""

from __future__ import annotations

from app.domain.draft_questions import asked_about
from app.domain.draft_wishes import wishes
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

_BISTRO = BusinessProfile(
    name="Eetcafé De Zwaan",
    kind="restaurant",
    signers=["Joyce"],
    voice="wij",
    register="u",
    email="info@dezwaan.nl",
    phone="0341-223344",
    opening_hours="wo–zo 12:00–22:00",
    faq=[
        FaqItem("Kunnen we met een grote groep komen?", "Ja, groepen vanaf 12 personen reserveren telefonisch."),
        FaqItem(
            "Hebben jullie vegetarische gerechten?", "Ja, er staan altijd drie vegetarische gerechten op de kaart."
        ),
    ],
)
_MOBILE = BusinessProfile(
    name="Fietsbus Rijn",
    kind="fietsenmaker",
    signers=["Koen"],
    voice="ik",
    email="koen@fietsbus.nl",
    delivery_terms="ik kom aan huis in Rhenen, Elst en Amerongen; voorrijden binnen Rhenen gratis, daarbuiten € 9",
)


def test_a_question_around_a_funeral_starts_with_condolence() -> None:
    said = draft_text(
        _BISTRO,
        "uitkomst_vraag_beantwoorden",
        "Vrijdag is de begrafenis van mijn tante. Kunnen we daarna met een groep van 20 komen eten?",
        author="Ruud",
    )
    assert said.split("\n")[1].startswith(("Veel sterkte", "Heel veel sterkte")) and "tante" in said, said
    assert "12 personen" in said


def test_a_rumour_around_a_funeral_gets_condolence_too() -> None:
    said = draft_text(
        _BISTRO,
        "uitkomst_onwaarheid",
        "Ik hoorde dat jullie geen groepen meer doen. De uitvaart van mijn vader is volgende week, klopt dat?",
        author="Ruud",
    )
    assert "sterkte" in said and "vader" in said, said


def test_a_pointing_price_question_names_no_thing_of_its_own() -> None:
    assert asked_about(("Wat kost dat dan?",)) == ""
    assert asked_about(("Wat kost dat eigenlijk?",)) == ""


def test_a_question_whether_the_business_comes_to_a_place_it_serves_is_answered() -> None:
    said = draft_text(
        _MOBILE,
        "uitkomst_vraag_beantwoorden",
        "Kom je ook naar Elst? Mijn band is lek en ik heb geen auto. Wat kost dat?",
        author="Fenna",
    )
    assert "Elst" in said and "€ 9" in said and "vul in" not in said, said


def test_a_tip_about_where_something_is_shown_is_no_yes_of_the_faq() -> None:
    said = draft_text(
        _BISTRO,
        "uitkomst_bedank_publiek_suggestie",
        "Heerlijk gegeten. Tip: zet de vegetarische gerechten ook op het bord bij de deur, we liepen bijna door.",
        author="Sanne",
    )
    assert "bord" in said and "kan al" not in said, said


def test_a_wish_put_as_would_you_is_read() -> None:
    assert wishes("Zou je ook op de zaterdagmarkt in Wijk willen staan? Dan hoef ik niet naar de stad.") == [
        "om ook op de zaterdagmarkt in Wijk te staan"
    ]
    assert wishes("Zou je me morgen willen bellen?") == []


_BAKERY = BusinessProfile(
    name="Bakkerij De Korenbloem",
    kind="bakkerij",
    signers=["Ans"],
    voice="wij",
    register="u",
    email="ans@korenbloem.nl",
    faq=[
        FaqItem("Is jullie brood biologisch?", "Ons meel is biologisch, de zaden nog niet."),
        FaqItem("Zitten er noten in jullie gebak?", "We werken met noten en pinda; sporen kunnen we niet uitsluiten."),
        FaqItem("Kunnen we een taart bestellen?", "Ja, minstens twee dagen van tevoren, in de winkel."),
    ],
)


def test_a_question_for_another_kind_of_bread_gets_no_answer_about_organic_bread() -> None:
    said = draft_text(
        _BAKERY, "uitkomst_vraag_beantwoorden", "Hebben jullie ook glutenvrij brood? Mijn zus mag geen gluten."
    )
    assert "biologisch" not in said and "vul in" in said, said


def test_a_peanut_allergy_question_gets_the_nut_answer() -> None:
    said = draft_text(
        _BAKERY,
        "uitkomst_vraag_beantwoorden",
        "Mijn dochter heeft een pinda-allergie. Kan zij jullie appeltaart veilig eten?",
    )
    assert "sporen" in said and "vul in" not in said, said


def test_a_second_question_the_faq_answers_is_answered_after_a_first_that_is_no_question_to_us() -> None:
    said = draft_text(
        _BAKERY,
        "uitkomst_vraag_beantwoorden",
        "Mogen we de hond meenemen naar binnen? En kunnen we zaterdag een taart voor de verjaardag van oma bestellen?",
    )
    assert "twee dagen van tevoren" in said, said


def test_a_bill_said_before_the_price_told_is_still_read_as_higher_than_told() -> None:
    from app.domain.draft_amounts import quoted_and_billed

    text = "€ 95 voor een kleuring, terwijl er aan de telefoon € 70 was gezegd. Hoe kan dat?"
    assert quoted_and_billed(text) == ("€ 70", "€ 95", "")


def test_a_price_not_told_beforehand_is_said_back() -> None:
    said = draft_text(
        _MOBILE,
        "uitkomst_herstel",
        "Goed werk, maar € 48 voor een voor- en achterband vind ik fors. Dat had je vooraf mogen zeggen.",
        author="Tom",
    )
    assert "vooraf" in said and "€ 48" in said and "voor een voor" not in said, said


def test_the_writers_own_wedding_told_with_a_verb_is_named_in_a_complaint() -> None:
    salon = BusinessProfile(name="Kapsalon Lok", kind="kapsalon", signers=["Mila"], email="mila@lok.nl")
    said = draft_text(
        salon,
        "uitkomst_herstel",
        "Mijn afspraak is nu al twee keer verzet en de eerstvolgende plek is pas over zes weken. Ik trouw op 3 juni!",
        author="Sara",
    )
    assert "bruiloft" in said, said


def test_a_tip_to_sell_our_products_online_is_read_with_our() -> None:
    assert wishes("Leuke winkel! Tip: verkoop jullie kaarsen ook online, dan hoef ik niet te rijden.") == [
        "om jullie kaarsen ook online te verkopen"
    ]


def test_the_wrong_thing_with_its_verb_at_the_end_is_said_back() -> None:
    snacks = BusinessProfile(name="Cafetaria De Brug", kind="restaurant", signers=["Sem"], email="sem@brug.nl")
    said = draft_text(
        snacks, "uitkomst_herstel", "Nu al twee keer de verkeerde burger meegekregen. Ik eet geen vlees!", author="Ilse"
    )
    assert "verkeerde burger" in said, said


def test_cold_chips_without_a_verb_are_said_back() -> None:
    snacks = BusinessProfile(name="Cafetaria De Brug", kind="restaurant", signers=["Sem"], email="sem@brug.nl")
    said = draft_text(
        snacks, "uitkomst_herstel", "Een uur gewacht op de bezorging. Frieten koud, burger slap.", author="Ilse"
    )
    assert "koud" in said, said


def test_a_child_on_the_back_of_the_bike_in_a_brakes_case_is_named() -> None:
    said = draft_text(
        _MOBILE,
        "uitkomst_herstel",
        "Gisteren nieuwe remblokken laten zetten. Vanochtend remde de fiets niet in de afdaling en ik viel, "
        "terwijl mijn dochtertje achterop zat in het zitje. Gelukkig alleen een geschaafde knie.",
        author="Bram",
    )
    assert "dochtertje" in said, said


def test_an_idea_to_do_something_is_read_and_said_from_our_side() -> None:
    from app.domain.draft_wishes import ours

    found = wishes(
        "Zou het een idee zijn om elke maand met jullie bus bij ons op het plein te staan? Graag een voorstel."
    )
    assert found == ["om elke maand met jullie bus bij ons op het plein te staan"]
    assert ours(found[0], "wij", "u") == "om elke maand met onze bus bij u op het plein te staan"
    assert ours("om met uw bus op ons terrein te staan", "ik", "je") == "om met mijn bus op jullie terrein te staan"
    assert ours("om met uw bus op ons terrein te staan", "wij", "u") == "om met onze bus op uw terrein te staan"


def test_a_complaint_answered_by_how_paying_works_gets_no_proposal_slot() -> None:
    shop = BusinessProfile(
        name="Bakkerij Meel",
        kind="bakkerij",
        signers=["Ans"],
        email="ans@meel.nl",
        payment="pinnen en contant; geen creditcard",
    )
    said = draft_text(
        shop, "uitkomst_herstel", "Ik kon niet met mijn creditcard betalen en had geen contant geld bij me. Lastig!"
    )
    assert "geen creditcard" in said and "vul in: het voorstel" not in said, said


def test_sold_out_gets_how_to_order_ahead_when_the_profile_says_it() -> None:
    stall = BusinessProfile(
        name="Broodkraam Korrel",
        kind="bakkerij",
        signers=["Wout"],
        email="wout@korrel.nl",
        delivery_terms="geen bezorging; vooruitbestellen kan tot 18:00 de dag ervoor via de mail",
    )
    said = draft_text(stall, "uitkomst_herstel", "Om 10 uur al alles op. Voor niks gekomen 😡", author="Nina")
    assert "uitverkocht" in said and "ooruitbestellen kan tot 18:00" in said, said


def test_an_english_thing_ends_at_an_emoji_and_a_name() -> None:
    from app.domain.language import english_object

    assert english_object("Loved it, no joke. The spicy one 🔥 Marco picked it for me!") == "the spicy"
    assert english_object("The cheese board was great") == "the cheese board"


def test_a_co_owner_who_does_not_sign_is_passed_the_compliment() -> None:
    shop = BusinessProfile(
        name="Fietsbus Oost", kind="fietsenmaker", signers=["Koen", "Lies"], voice="wij", email="a@b.nl"
    )
    said = draft_text(
        shop, "uitkomst_bedank_publiek", "Lies heeft mijn fiets super snel gemaakt, heel vriendelijk!", author="Noor"
    )
    assert "Lies" in said.split("\n")[1], said


def test_at_an_age_is_no_birthday() -> None:
    from app.nlp.topics import analyse_topics

    assert analyse_topics("Op mijn 81ste nog elke dag op de fiets dankzij jullie!").occasion == ""
    assert analyse_topics("Heerlijke taart voor mijn 40ste, dank jullie wel!").occasion == "verjaardag"
