"""Issue #13, item 6: the occasion a question names is said back for the right person ('het afscheid van
je collega Marga', 'de zesde verjaardag van Fien'), congratulated 'alvast' when it is still to come, in the
writer's own word ('trouwdag'). Sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft_text

_PROFILE = BusinessProfile(
    name="Eetcafé De Brug",
    kind="restaurant",
    signers=["Marije"],
    voice="wij",
    register="je",
    email="info@debrug.nl",
    opening_hours="wo–zo 11:00–22:00",
)


@pytest.mark.parametrize(
    ("text", "owner", "name"),
    [
        ("Wij willen in mei het afscheid van onze collega Marga vieren, kan dat bij jullie?", "collega", "Marga"),
        ("De verjaardag van mijn dochter Noor valt op zaterdag, hebben jullie plek?", "dochter", "Noor"),
        ("Het afscheid van mijn collega is in juni, kunnen we bij jullie terecht?", "collega", ""),
    ],
)
def test_the_owner_of_an_occasion_keeps_their_name(text: str, owner: str, name: str) -> None:
    found = analyse_topics(text)
    assert (found.owner, found.owner_name) == (owner, name)


def test_a_name_of_the_writers_own_turning_an_age_owns_the_birthday() -> None:
    found = analyse_topics("Ons Fien wordt 4 volgende week!! Maken jullie ook taarten met een eenhoorn?")
    assert found.occasion == "verjaardag" and found.owner == "Fien"


def test_the_noun_the_writer_used_names_the_occasion() -> None:
    found = analyse_topics("Mijn zoon trouwt in augustus. Kunnen jullie op de trouwdag ook een lunch verzorgen?")
    assert found.occasion == "bruiloft" and found.occasion_words == "trouwdag"


def test_a_question_notes_an_occasion_of_someone_named() -> None:
    text = "Hoi! Wij willen in mei het afscheid van onze collega Marga vieren met een man of 15. Kan dat bij jullie?"
    draft = draft_text(_PROFILE, "uitkomst_vraag_uitzoeken", text, author="Joke")
    assert "afscheid van je collega Marga" in draft


def test_an_occasion_still_to_come_is_congratulated_in_advance() -> None:
    text = "Onze Fien wordt 4 volgende week! Zijn jullie op zondag open?"
    draft = draft_text(_PROFILE, "uitkomst_vraag_beantwoorden", text, author="Joke")
    assert "Fien" in draft
    assert "nog van harte gefeliciteerd" not in draft.lower() and "nog gefeliciteerd" not in draft.lower()


@pytest.mark.parametrize(
    ("text", "occasion", "words"),
    [
        ("Morgen is de eerste dag op de basisschool van onze Tijn, wat spannend!", "schooldag", "eerste schooldag"),
        ("Eerste wandeling met ons pasgeboren meisje en wat een warm welkom ❤️ #kraamtijd", "geboorte", "geboorte"),
        ("Geslaagd! En mijn haar zat perfect op het examengala 😍", "diploma", "examengala"),
    ],
)
def test_first_school_day_birth_and_gala_are_occasions(text: str, occasion: str, words: str) -> None:
    found = analyse_topics(text)
    assert (found.occasion, found.occasion_words) == (occasion, words)


def test_his_occasion_is_the_named_childs() -> None:
    found = analyse_topics("Onze Tijn brak zijn bril, de dag voor zijn eerste schooldag. Jullie hebben hem gered!")
    assert found.owner == "Tijn"


def test_a_birth_is_congratulated_not_helped_with() -> None:
    text = "Eerste uitje met onze kleine Fenne (2 weken oud) en wat werden we lief ontvangen! #kraamtijd"
    draft = draft_text(_PROFILE, "uitkomst_bedank_publiek", text, author="Joke")
    assert "gefeliciteerd" in draft.lower() and "bijdragen aan de geboorte" not in draft


def test_a_rumour_notes_the_occasion_the_writer_plans() -> None:
    profile = BusinessProfile(**{**_PROFILE.__dict__, "accessibility": "gelijkvloers, met een invalidentoilet"})
    text = (
        "Klopt het dat je met een rolstoel niet bij De Brug binnen kan? Ik wilde daar het 40-jarig "
        "huwelijksjubileum van mijn ouders vieren, maar mijn vader zit in een rolstoel."
    )
    draft = draft_text(profile, "uitkomst_onwaarheid", text, author="Joke")
    assert "jubileum van je ouders" in draft


def test_a_retirement_is_congratulated_to_the_one_retiring() -> None:
    text = "Zaterdag het pensioen van mijn man Gerard bij jullie gevierd met 25 man. Alles was tot in de puntjes!"
    draft = draft_text(_PROFILE, "uitkomst_bedank_publiek", text, author="Joke")
    # named once (the congratulation after it needs no second 'je man Gerard'), never as the writer's own
    assert "pensioenfeest van je man Gerard" in draft and "gefeliciteerd" in draft and "je pensioen" not in draft
    assert draft.count("Gerard") == 1


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("We vierden onze zilveren bruiloft bij jullie en het was top!", "zilveren bruiloft"),
        ("Mijn ouders vieren in mei hun robijnen huwelijk, hebben jullie plek voor 20 man?", "robijnen huwelijk"),
        ("Koperen bruiloft gevierd met de hele familie 🥂", "koperen bruiloft"),
    ],
)
def test_a_metal_wedding_is_an_anniversary(text: str, words: str) -> None:
    found = analyse_topics(text)
    assert (found.occasion, found.occasion_words) == ("jubileum", words)


def test_an_anniversary_is_said_with_its_metal() -> None:
    text = "We vierden onze gouden bruiloft bij jullie in de serre, wat was het gezellig!"
    draft = draft_text(_PROFILE, "uitkomst_bedank_publiek", text, author="Joke")
    assert "jullie gouden bruiloft" in draft or "je gouden bruiloft" in draft


_SALON = BusinessProfile(
    name="Kapsalon Knipoog",
    kind="kapper",
    signers=["Sanne"],
    voice="wij",
    register="u",
    email="info@knipoog.nl",
    opening_hours="di–za 9:00–17:30",
)


@pytest.mark.parametrize(
    ("profile", "text"),
    [
        (_PROFILE, "Hebben jullie plek voor 6? Het is voor de bruiloft van hun oom, in juni."),
        (
            _SALON,
            "Wat kost knippen voor een jongen? Mijn neefje moet er netjes uitzien voor de bruiloft van zijn tante",
        ),
        (_SALON, "wat kost een opsteekkapsel?? is voor het jubileum van haar ouders in sept"),
        (_PROFILE, "Kunnen we bij jullie eten na de begrafenis van een buurman? We zijn met 12."),
    ],
)
def test_an_occasion_said_to_be_someone_elses_is_never_the_writers(profile: BusinessProfile, text: str) -> None:
    said = draft_text(profile, "uitkomst_vraag_beantwoorden", text)
    assert not any(f"{own} {w}" in said for own in ("je", "uw") for w in ("bruiloft", "jubileum", "begrafenis")), said


# A birthday of the writer's person said with an age ('ons mam werd 80', 'de 70e verjaardag van opa', r99): the
# person by the plain word ('uw moeder', not 'uw mam'), the age said back with the wishes.
@pytest.mark.parametrize(
    ("text", "person", "age"),
    [
        ("Ons mam werd zaterdag 80 en we hebben bij jullie heerlijk gegeten met z'n twaalven. Top!", "je moeder", "80"),
        ("Voor de 70e verjaardag van opa bij jullie geluncht, alles was perfect verzorgd!", "je opa", "70"),
    ],
)
def test_a_birthday_with_an_age_says_the_age_and_whose_it_is(text: str, person: str, age: str) -> None:
    draft = draft_text(_PROFILE, "uitkomst_bedank_publiek", text)
    assert person in draft and f"{age} jaar" in draft, draft
    assert "je mam " not in draft, draft


_BIKES = BusinessProfile(name="Tweewielers Peeters", kind="fietsenmaker", signers=["Wim"], register="je")


@pytest.mark.parametrize(
    ("text", "child"),
    [
        (
            "Voor haar 9de verjaardag een nieuwe mountainbike voor onze Lotte gekocht. Wim heeft alles perfect "
            "afgesteld en haar uitgelegd hoe ze de banden oppompt. Top!",
            "Lotte",
        ),
        (
            "Voor zijn 10de verjaardag een koersfiets voor onzen Seppe gehaald. Wim heeft er echt zijn tijd voor "
            "genomen. Merci!",
            "Seppe",
        ),
    ],
)
def test_a_parent_on_a_childs_birthday_gives_the_child_the_age_and_the_staff_the_praise(text: str, child: str) -> None:
    found = analyse_topics(text)
    assert found.owner == child and child in found.kin, found
    made = draft_text(_BIKES, "uitkomst_bedank_publiek", text, author="Koen Jacobs")
    assert f"verjaardag van {child}" in made and "je 9de" not in made and "je 10de" not in made, made
    assert f"door aan {child}" not in made, made


@pytest.mark.parametrize(
    ("text", "occasion"),
    [
        ("Top kapsel voor de eerste dag van mijn nieuwe job (en mijn 35ste verjaardag trouwens!). Merci!", "baan"),
        ("Voor mijn 35ste verjaardag een nieuw kapsel, net voor mijn nieuwe job. Merci!", "verjaardag"),
    ],
)
def test_an_occasion_said_only_in_brackets_gives_way_to_the_one_outside(text: str, occasion: str) -> None:
    assert analyse_topics(text).occasion == occasion
