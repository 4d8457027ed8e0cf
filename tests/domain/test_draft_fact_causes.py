"""Facts from the profile used right, by cause (issue #13, item 3): a feast several holiday lines are named after,
a feast named earlier than the question about it, a condition said instead of the profile's word ('kan niet tegen
melk' ~ lactosevrij), an occasion told around a question, a rumour put to us as a question, and a match two FAQ
entries share. Sentences and profiles of their own, not those of a benchmark round."""

from __future__ import annotations

from dataclasses import replace

from app.domain.draft_claims import claim_of
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft, draft_text

ANSWER = "uitkomst_vraag_beantwoorden"
RUMOUR = "uitkomst_onwaarheid"

BAKERY = BusinessProfile(
    name="Bakkerij Van Rooij",
    kind="bakkerij",
    signers=["Mieke"],
    voice="wij",
    register="u",
    email="info@vanrooij.nl",
    phone="046-1234567",
    opening_hours="ma–vr 8:00–18:00, za 8:00–16:00",
    payment="pinnen en contant",
    holidays=(
        "carnavalszondag: 10:00–13:00; carnavalsmaandag: dicht; carnavalsdinsdag: dicht; "
        "Sittardse kermis: 8:00–20:00; tweede kerstdag: dicht"
    ),
    faq=[
        FaqItem("Hebben jullie suikervrij gebak?", "Ja, de appeltaart en de kwarktaart bakken wij ook suikervrij."),
        FaqItem("Kan ik een taart laten bezorgen?", "Ja, binnen Sittard voor € 4,50."),
        FaqItem(
            "Hebben jullie lactosevrije taart?", "Ja, de aardbeien- en de chocoladetaart maken wij ook lactosevrij."
        ),
    ],
)
BISTRO = BusinessProfile(
    name="Eetcafé De Kade",
    kind="restaurant",
    signers=["Joost"],
    voice="wij",
    register="je",
    email="hallo@dekade.nl",
    phone="010-7654321",
    opening_hours="wo–zo 12:00–22:00; maandag en dinsdag dicht",
    holidays="Havenfeesten: doorlopend open van 11:00 tot 1:00; 25 december: dicht",
    faq=[
        FaqItem("Hebben jullie een terras?", "Ja, aan het water, met veertig plaatsen."),
        FaqItem("Doen jullie iets voor een jarige?", "Ja, het dessert komt dan met een sterretje en een kaartje."),
        FaqItem("Hebben jullie een kindermenu?", "Ja, pannenkoekjes of frietjes met een kroket, € 9,50."),
    ],
)

# A Flemish bike repair shop without an FAQ; tests add the entries they need.
SMET = BusinessProfile(
    name="Fietsen Smet", kind="fietsenmaker", signers=["Ward"], voice="ik", register="je", email="ward@smet.be"
)


def test_a_feast_several_holiday_lines_are_named_after_gets_each_of_them() -> None:
    text = draft_text(BAKERY, ANSWER, "Zijn jullie met carnaval ook open? Ik wil dinsdag nog een vlaai komen halen.")
    assert "carnavalszondag" in text and "10:00–13:00" in text
    assert "carnavalsmaandag" in text and "carnavalsdinsdag" in text and "dicht" in text


def test_a_feast_named_before_a_question_that_points_back_to_it() -> None:
    text = draft_text(
        BISTRO, ANSWER, "We zijn er met de Havenfeesten met de hele familie. Zijn jullie dan 's middags open?"
    )
    assert "11:00" in text and "tijdens de Havenfeesten" in text
    assert "[vul in" not in text


def test_a_feast_named_without_its_place() -> None:
    text = draft_text(BAKERY, ANSWER, "Hoi, zijn jullie tijdens de kermis gewoon open??")
    assert "8:00–20:00" in text and "kermis" in text


def test_a_question_about_the_feast_and_something_else_answers_each_once() -> None:
    text = draft_text(
        BISTRO,
        ANSWER,
        "Wij komen tijdens de Havenfeesten met de kleintjes. Zijn jullie dan open? En is er iets voor kids?",
    )
    assert "11:00" in text and text.lower().count("pannenkoekjes") == 1


def test_a_condition_asks_for_what_is_free_of_it() -> None:
    for said in (
        "Mijn zoontje kan niet tegen melk. Hebben jullie een taart die hij mag?",
        "ik ben lactose-intolerant, kan ik bij jullie een verjaardagstaart bestellen?",
        "Kan je bij jullie een taart zonder zuivel krijgen? Mijn zus verdraagt dat niet 🙁",
    ):
        assert "lactosevrij" in draft_text(BAKERY, ANSWER, said), said


def test_an_occasion_told_around_the_question_finds_the_faq_for_it() -> None:
    for said in (
        "Mijn vader wordt volgende week 60 en we komen met z'n vieren eten. Kunnen jullie iets met het dessert doen?",
        "Mn vriendin wordt zaterdag dertig 🎉 kunnen jullie haar toetje een beetje feestelijk maken?",
    ):
        text = draft_text(BISTRO, ANSWER, said)
        assert "sterretje" in text and "[vul in" not in text, said


def test_a_match_two_faq_entries_share_is_a_suggestion_not_the_answer() -> None:
    made = draft(BAKERY, ANSWER, "Hebben jullie een taart voor de verjaardag van mijn oma?")
    assert made.text is not None
    assert "Sittard" not in made.text and "lactosevrij" not in made.text
    assert made.suggestions


def test_a_number_is_no_first_part_of_a_compound() -> None:
    shop = BusinessProfile(
        name="Fietsen Peeters",
        kind="fietsenmaker",
        signers=["Wout"],
        voice="ik",
        register="u",
        email="wout@peeters.be",
        phone="03 123 45 67",
        faq=[FaqItem("Verkoopt u tweedehandsfietsen?", "Ja, nagekeken tweedehandsfietsen vanaf € 120.")],
    )
    text = draft_text(shop, ANSWER, "Ik heb twee kinderen van 6 en 8. Kunt u hun remmen eens nakijken?")
    assert "tweedehands" not in text


def test_a_rumour_asked_of_us_is_not_denied_without_a_fact() -> None:
    said = "Is 't waar dat jullie de soep tegenwoordig uit een pak halen? Hoorde dat van mijn buurvrouw."
    assert claim_of(said) == "jullie de soep tegenwoordig uit een pak halen"
    text = draft_text(BISTRO, RUMOUR, said)
    assert "klopt niet" not in text.lower() and "[vul in" in text
    assert "soep" in text and "buurvrouw" not in text


def test_carnival_as_the_south_calls_it() -> None:
    text = draft_text(BAKERY, ANSWER, "Zeen geer mit de vastelaovend aope? Ich kom maondag ein vlaai haole.")
    assert "carnavalsmaandag" in text and ("dicht" in text or "gesloten" in text) and "[vul in" not in text


def test_the_one_entry_that_holds_an_asked_word_answers_among_much_the_profile_does_not_name() -> None:
    from app.domain.draft_fact_score import checked
    from app.domain.draft_facts import simple_lemmas

    salon = BusinessProfile(
        name="Kapsalon Schaar",
        kind="kapsalon",
        signers=["Noor"],
        voice="wij",
        register="je",
        email="noor@schaar.nl",
        faq=[
            FaqItem("Knippen jullie ook kinderen?", "Ja, kinderen tot 12 jaar knippen we voor € 17."),
            FaqItem("Trimmen jullie ook baarden?", "Ja, een baard trimmen kost € 15."),
            FaqItem("Verkopen jullie cadeaubonnen?", "Ja, in de salon, vanaf € 10."),
        ],
    )
    asked = "Mijn lief loopt rond met een baard as nen holbewoner 🙈 wa vragen jullie daarvoor?"
    found = checked(None, asked, salon, simple_lemmas)
    assert found is not None and "€ 15" in found[0]
    # two entries hold an asked word: neither answers on so little
    assert (
        checked(None, "Mijn lief loopt rond met een baard as nen holbewoner, en de kinderen?", salon, simple_lemmas)
        is None
    )


def test_a_part_names_the_thing_it_belongs_to() -> None:
    from app.domain.draft_fact_score import asked_words
    from app.domain.draft_facts import simple_lemmas

    assert "e-bike" in asked_words("Het display van mijn Bosch geeft een foutcode, kan je dat uitlezen?", simple_lemmas)
    assert "e-bike" not in asked_words("Kun je mijn remmen afstellen?", simple_lemmas)
    shop = replace(
        SMET,
        faq=[
            FaqItem("Herstel je ook elektrische fietsen?", "Ja, alle merken, ook met een motor van Bosch of Bafang."),
            FaqItem("Verhuur je fietsen?", "Nee, ik verhuur geen fietsen."),
        ],
    )
    text = draft_text(shop, ANSWER, "Het display van mijn Bosch geeft foutcode 503, kun jij dat uitlezen? 🙏")
    assert "alle merken" in text and "[vul in" not in text


def test_a_price_complaint_says_the_amount_back_for_the_thing_named() -> None:
    shop = SMET
    text = draft_text(
        shop,
        "uitkomst_herstel",
        "Je hebt zonder het te vragen een nieuwe ketting gelegd en ik moest € 38 betalen. Ik voel me echt afgezet 😤",
    )
    assert "€ 38" in text and "ketting" in text
    # an amount said in another sentence than the thing: not put together ('€ 174' is not for 'het kerstdiner')
    text = draft_text(
        shop,
        "uitkomst_herstel",
        "Mijn ketting liep los, dat was snel gemaakt. Maar ik heb wel € 38 betaald. Ik voel me echt afgezet.",
    )
    assert "€ 38 voor" not in text
