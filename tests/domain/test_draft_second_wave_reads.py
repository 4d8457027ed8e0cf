"""Issue #13, second wave of questions and rumours: a general FAQ yes names the writer's brand also when the FAQ asks
with another form of the verb ('Repareert u' ~ 'repareren jullie'), a rumour that names one brand hears it named, an
English draft quotes a Dutch profile text honestly (never 'In short:' as if it were English) with a note for the
owner, and further questions asked without a question mark ('En mag onze kat mee naar binnen, ze is lief') or of a
weekday ('en op maandag zijn jullie dicht he?') are answered. Profiles and sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.draft_questions import JOINED_ASK, addressed_question
from app.domain.draft_word_match import similar
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft, draft_text

ANSWER = "uitkomst_vraag_beantwoorden"
RUMOUR = "uitkomst_onwaarheid"

_WERKPLAATS = BusinessProfile(
    name="Rijwielhandel Zon",
    kind="fietsenmaker",
    signers=["Marit"],
    voice="ik",
    register="je",
    email="marit@rijwielzon.nl",
    opening_hours="di–za 9:00–17:30",
    payment="pinnen en contant",
    parking="gratis parkeren achter de winkel",
    delivery_terms="nieuwe fietsen breng ik gratis thuis binnen 10 km",
    website="www.rijwielzon.nl",
    faq=[FaqItem("Onderhoudt u ook fietsen die elders gekocht zijn?", "Ja, alle merken; ook oude omafietsen.")],
)
_VISHUIS = BusinessProfile(
    name="Vishuis De Kreeft",
    kind="restaurant",
    signers=["Bram"],
    voice="wij",
    register="u",
    email="info@dekreeft.be",
    phone="059 12 34 56",
    opening_hours="do–ma 12:00–14:30 en 18:00–21:30; dinsdag en woensdag gesloten",
    payment="Bancontact, Visa en cash",
    delivery_terms="wij leveren niet aan huis; afhalen kan vanaf 17:00",
    faq=[
        FaqItem("Hebben jullie een kindermenu?", "Ja, kabeljauwhapjes met frietjes voor € 13."),
        FaqItem("Mag de hond mee?", "Honden zijn welkom op het terras, niet binnen."),
        FaqItem("Bakken jullie glutenvrij?", "Ja, op vraag bakken we de vis in rijstbloem."),
    ],
)


@pytest.mark.parametrize(
    ("form", "infinitive"),
    [("repareert", "repareren"), ("onderhoudt", "onderhouden"), ("bezorgt", "bezorgen"), ("verkoopt", "verkopen")],
)
def test_a_verb_form_in_t_is_its_infinitive(form: str, infinitive: str) -> None:
    assert similar(form, infinitive) and similar(infinitive, form)


def test_a_noun_in_t_is_no_verb_form() -> None:
    assert not similar("kaart", "karen")
    assert not similar("maakt", "makelaar")


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("Onderhouden jullie ook een Gazelle die ik online kocht?", "een Gazelle"),
        ("onderhoud je ook fietsen van batavus? heb er een van 2015", "Batavus"),
        ("HALLO onderhouden jullie ook mijn Sparta, gekocht in Duitsland?", "je Sparta"),
    ],
)
def test_a_general_yes_names_the_brand_when_the_faq_asks_with_another_verb_form(question: str, thing: str) -> None:
    text = draft_text(_WERKPLAATS, ANSWER, question)
    assert f"Ja, ook {thing}" in text, text
    assert "\nAlle merken" not in text and " Alle merken" not in text, text


@pytest.mark.parametrize(
    "rumour",
    [
        "Let op: Rijwielhandel Zon onderhoudt alleen nog fietsen die ze zelf verkocht hebben. "
        "Mijn zus werd weggestuurd met haar Gazelle.",
        "Rijwielhandel Zon onderhoudt geen fietsen meer die elders gekocht zijn!! "
        "mijn buurman werd met zijn batavus weggestuurd",
    ],
)
def test_a_rumour_that_names_a_brand_hears_it_named(rumour: str) -> None:
    text = draft_text(_WERKPLAATS, RUMOUR, rumour)
    assert "klopt niet" in text, text
    assert "Ook met een Gazelle" in text or "Ook met een Batavus" in text, text
    assert "alle merken" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "Hi! Do you also do gluten free fish? My son is coeliac.",
        "Hello, can you make the fish gluten-free?? thanks",
    ],
)
def test_an_english_draft_quotes_dutch_honestly_and_warns_the_owner(question: str) -> None:
    made = draft(_VISHUIS, ANSWER, question)
    assert made.text is not None
    assert "In short" not in made.text, made.text
    if "rijstbloem" in made.text:  # the Dutch fact is quoted as Dutch, and the owner is told to translate it
        assert ": ‘" in made.text and "(in Dutch)" not in made.text, made.text
        assert any("citeert je profiel in het Nederlands" in w for w in made.warnings), made.warnings


@pytest.mark.parametrize(
    "sentence",
    [
        "En mag onze hond mee naar binnen, hij is heel rustig",
        "en mogen onze kinderen mee, ze zijn 4 en 6",
        "En waar kan ik het best parkeren, het is daar altijd druk",
        "Wordt hij ook thuisgebracht, we wonen net buiten het dorp.",
    ],
)
def test_a_question_without_a_question_mark_after_one_with_it_is_a_question(sentence: str) -> None:
    assert JOINED_ASK.match(sentence)


@pytest.mark.parametrize("sentence", ["En mijn man vond het ook lekker.", "Wordt het weer eens tijd voor een ijsje"])
def test_a_remark_after_a_question_is_no_question(sentence: str) -> None:
    assert not JOINED_ASK.match(sentence)


def test_a_passive_question_about_the_writers_thing_is_put_to_the_business() -> None:
    assert addressed_question("Wordt hij thuisgebracht")
    assert addressed_question("worden ze bezorgd in het weekend?")


@pytest.mark.parametrize(
    "comment",
    [
        "We komen met 6 op zondag. Hebben jullie een kindermenu? En mag onze hond mee naar binnen, hij is heel braaf",
        "Hebt ge een kindermenu? en mag ons hondje mee, ze blaft nooit 🐶",
    ],
)
def test_a_dog_asked_about_without_a_question_mark_is_answered(comment: str) -> None:
    text = draft_text(_VISHUIS, ANSWER, comment)
    assert "terras" in text, text
    assert "€ 13" in text, text


@pytest.mark.parametrize(
    "comment",
    [
        "Kan ik zaterdag mijn fiets brengen voor een beurt? En op maandag zijn jullie dicht denk ik?",
        "Hoi! Kan ik zaterdag een fiets komen proberen? Zijn jullie op maandag ook open?",
    ],
)
def test_a_further_question_whether_a_weekday_is_open_is_answered(comment: str) -> None:
    text = draft_text(_WERKPLAATS, ANSWER, comment)
    assert "maandag" in text.lower(), text
    assert "gesloten" in text or "dicht" in text, text


@pytest.mark.parametrize(
    "comment",
    [
        "Kan ik bij u met ecocheques betalen? En leveren jullie ook aan huis?",
        "kan ik met maaltijdcheques betalen? En bezorgen jullie ook?",
    ],
)
def test_the_payment_question_is_answered_when_the_draft_answers_the_other_one(comment: str) -> None:
    text = draft_text(_VISHUIS, ANSWER, comment)
    assert "Bancontact" in text, text


_TAART = BusinessProfile(
    name="Banketbakkerij Mol",
    kind="bakkerij",
    signers=["Ilse"],
    voice="wij",
    register="u",
    email="info@bakkerijmol.be",
    opening_hours="di–za 7:00–18:00, zo 7:00–12:00; maandag gesloten",
    holidays="Kerstmis: gesloten; Nieuwjaar: gesloten; jaarlijkse vakantie: 3 tot 17 februari",
)


@pytest.mark.parametrize(
    "comment",
    [
        "Zijt ge open op zaterdag 8 februari? We vieren de 80ste van bomma en willen een taart.",
        "open op vrijdag 7 februari? wij vieren de 75ste van opa 🎉",
    ],
)
def test_a_date_asked_with_its_weekday_is_said_back_with_it_and_the_birthday_wished(comment: str) -> None:
    text = draft_text(_TAART, ANSWER, comment)
    day = "zaterdag 8 februari" if "zaterdag" in comment else "vrijdag 7 februari"
    assert f"Op {day}" in text, text
    assert "verjaardag" in text and ("bomma" in text or "opa" in text), text


@pytest.mark.parametrize(
    "comment",
    [
        "Is de winkel open op 2 januari? Ik wil een chocoladetaart halen voor ons Lotte als verrassing, ze wordt 7.",
        "Zijn jullie zondag open? Ik zoek een taart als cadeau voor onze Mats, hij wordt 10!",
    ],
)
def test_a_present_for_a_named_child_is_named_with_the_birthday(comment: str) -> None:
    text = draft_text(_TAART, ANSWER, comment)
    assert "taart voor de" in text.lower() and ("Lotte" in text or "Mats" in text), text
