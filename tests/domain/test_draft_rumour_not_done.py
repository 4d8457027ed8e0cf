"""A rumour that the business does what its FAQ answer says in so many words it does not do ('ze bakken met
margarine' ~ 'Margarine gebruiken we niet'), or that it serves only one group ('knipt alleen dames') where a FAQ
entry asks about the others, is set straight by that answer; 'erin trappen' is no staircase and '€ 12 betalen voor'
is a price, not how one pays. Shops and sentences of our own."""

from __future__ import annotations

from app.domain.draft_rumour_not_done import not_done_faq, same_not_apart
from app.domain.draft_rumour_person import person_hurt
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics
from tests.domain.drafts import suggested

BAKKER = BusinessProfile(
    name="Bakkerij Het Korenblad",
    kind="bakkerij",
    signers=["Wim"],
    voice="wij",
    register="je",
    website="www.korenblad.nl",
    opening_hours="di–za 7:00–17:00",
    faq=[
        FaqItem("Bakken jullie met roomboter?", "Ja, al ons banket met echte roomboter. Margarine gebruiken we nooit."),
        FaqItem(
            "Is alles vers?", "Ja, alles uit eigen oven; we werken niet met diepvriesdeeg of kant-en-klaar beslag."
        ),
    ],
)

KAPPER = BusinessProfile(
    name="Kapperij Schaar & Co",
    kind="kapsalon",
    signers=["Ilse"],
    voice="ik",
    register="u",
    website="www.schaarenco.nl",
    faq=[FaqItem("Knipt u ook mannen?", "Ja: mannen € 24, jongens tot 14 jaar € 17.")],
)


def _lemmas(text: str) -> tuple[str, ...]:
    return analyse_topics(text).lemmas


def test_an_answer_that_denies_what_the_rumour_names_is_found() -> None:
    found = not_done_faq("Het Korenblad doet tegenwoordig gewoon margarine in de appelflappen", BAKKER, _lemmas)
    assert found is not None and found[0] == "Bakken jullie met roomboter?"
    # a compound with the same long first part names the same kind of thing
    frozen = not_done_faq("Die broodjes zijn allemaal diepvriesbroodjes van de groothandel", BAKKER, _lemmas)
    assert frozen is not None and frozen[0] == "Is alles vers?"


def test_a_rumour_that_itself_says_no_agrees_and_other_words_find_nothing() -> None:
    assert not_done_faq("Gelukkig gebruiken ze geen margarine", BAKKER, _lemmas) is None
    assert not_done_faq("Het brood is er veel duurder geworden", BAKKER, _lemmas) is None


def test_the_draft_says_the_rumour_is_wrong_with_the_answer() -> None:
    draft = suggested(BAKKER, "Ik hoor dat Het Korenblad stiekem met margarine bakt 🤢", label="onwaarheid")
    assert "klopt niet" in draft and "roomboter" in draft, draft


def test_only_one_group_said_is_set_straight_by_the_entry_about_the_others() -> None:
    draft = suggested(
        KAPPER, "Zonde dat Schaar & Co alleen vrouwen knipt, mijn man moet nu naar de stad.", label="onwaarheid"
    )
    assert "klopt niet" in draft and "€ 24" in draft, draft


def test_falling_for_it_is_no_staircase_and_paying_for_a_thing_is_a_price() -> None:
    fell = analyse_topics("Die stadjers trappen er allemaal in, echt waar.")
    assert "toegankelijkheid" not in fell.subjects
    paid = analyse_topics("Dan moet je 9 euro betalen voor een stuk taart uit de fabriek.")
    assert "betalen" not in paid.subjects
    # how one pays is still how one pays
    assert "betalen" in analyse_topics("Kun je daar nog contant betalen?").subjects


FRITUUR = BusinessProfile(
    name="Frituur De Gouden Korrel",
    kind="restaurant",
    signers=["Bram"],
    voice="wij",
    register="je",
    faq=[
        FaqItem("Hebben jullie iets zonder gluten?", "Ja, glutenvrije frietjes uit een aparte friteuse en eigen saus.")
    ],
)


def test_said_to_be_shared_where_the_answer_keeps_it_apart() -> None:
    assert same_not_apart("die bakken alles in dezelfde friteuse", FRITUUR.faq[0].answer, _lemmas)
    assert not same_not_apart("die bakken alles in dezelfde pan", FRITUUR.faq[0].answer, _lemmas)
    draft = suggested(
        FRITUUR,
        "Let op: De Gouden Korrel bakt die glutenvrije frietjes gewoon in dezelfde friteuse.",
        label="onwaarheid",
    )
    assert "klopt niet" in draft and "aparte friteuse" in draft, draft


def test_the_writers_person_who_paid_is_asked_to_come_by() -> None:
    assert person_hurt(("zus",), "Mijn zus moest er zomaar 40 euro extra betalen.") == "zus"
    assert person_hurt(("zus",), "Volgens mijn zus moet je er altijd betalen.") == ""  # she told it, nothing more
    assert person_hurt(("zus",), "Mijn zus vond het er gezellig.") == ""
    draft = suggested(
        BAKKER,
        "Bij Het Korenblad bakken ze met margarine, mijn schoonvader moest er ook nog eens dubbel betalen.",
        label="onwaarheid",
    )
    assert "schoonvader" in draft and "langskomen" in draft, draft
