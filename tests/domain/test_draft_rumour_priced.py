"""A rumour that a group is no longer served ('doet alleen nog dames', 'geen kinderen meer') is set straight by the
FAQ price for that group; the one it keeps out (who lacks what is needed, or must go elsewhere) is welcomed; a
Limburgish rumour is read in Dutch. Shops and sentences of their own."""

from __future__ import annotations

from app.domain import draft_asked as ask
from app.domain.draft_dialects import in_dutch
from app.domain.draft_rumour_priced import gone_said, priced_denied
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics
from tests.domain.drafts import suggested

KAPPER = BusinessProfile(
    name="Haarhuis Ruud",
    kind="kapsalon",
    signers=["Ruud"],
    voice="ik",
    register="je",
    website="www.haarhuisruud.nl",
    opening_hours="di–za 9:00–17:00; zondag en maandag gesloten",
    payment="pinnen en contant",
    faq=[
        FaqItem("Wat kost een kinderknipbeurt?", "Tot 10 jaar € 15, daarna € 21."),
        FaqItem("Wat kost een herenknipbeurt?", "€ 24, met wassen € 29."),
        FaqItem("Doe je ook permanent?", "Ja, op afspraak; reken op twee uur."),
    ],
)


def _draft(text: str, profile: BusinessProfile = KAPPER) -> str:
    return suggested(profile, text, label="onwaarheid", author="Truus Jansen")


def _lemmas(text: str) -> tuple[str, ...]:
    return analyse_topics(text).lemmas


def test_only_one_group_left_leaves_out_the_others() -> None:
    assert {"heren", "mannen"} <= gone_said("Ruud doet tegenwoordig enkel nog dames")
    assert "kinderen" in gone_said("Ze knippen daar geen kinderen meer")
    assert gone_said("Alleen op zaterdag was het druk") == set()


def test_the_price_of_the_group_left_out_sets_it_straight() -> None:
    line = priced_denied("Ruud doet tegenwoordig enkel nog dames", KAPPER, _lemmas)
    assert "Een herenknipbeurt kan gewoon nog (€ 24, met wassen € 29)." in line
    assert "Een kinderknipbeurt kan gewoon nog" in line
    kids = priced_denied("Bij Ruud kun je geen kinderen meer laten knippen", KAPPER, _lemmas)
    assert "kinderknipbeurt" in kids and "(tot 10 jaar € 15" in kids


def test_no_price_entry_for_it_says_nothing() -> None:
    assert priced_denied("Ze doen geen permanent meer", KAPPER, _lemmas) == ""
    assert priced_denied("Het was er alleen nog druk", KAPPER, _lemmas) == ""


def test_the_draft_says_the_rumour_is_wrong_with_that_price() -> None:
    draft = _draft("Heb gehoord dat Ruud sinds kort alleen nog dames knipt. Mijn vriend moet nu helemaal naar Venlo.")
    assert "klopt niet" in draft
    assert "herenknipbeurt" in draft
    assert "Je vriend is" in draft and "welkom" in draft


def test_a_second_claim_gets_its_price_without_a_second_verdict() -> None:
    draft = _draft("Ruud knipt geen kinderen meer, en je moet er nu alles pinnen zegt mijn zus.")
    assert "kinderknipbeurt" in draft
    assert draft.count("klopt niet") <= 1


def test_who_lacks_what_is_needed_or_must_go_elsewhere_is_kept_out() -> None:
    fact = "pinnen en contant"
    text = "Ze nemen geen contant meer aan. Mijn opa heeft geen bankpas. Jammer."
    assert ask.affected(("opa",), text, fact, _lemmas) == "opa"
    moved = "Alleen nog dames daar. Mijn broer moet nu helemaal naar Roermond."
    assert ask.affected(("broer",), moved, fact, _lemmas) == "broer"


def test_limburgish_words_of_a_rumour_are_made_dutch() -> None:
    said = in_dutch("Ich höb gehuurd dat me dao neet mie contant kan betaole. Mien moder heet gein pinpas.")
    assert "niet meer contant kan betalen" in said
    assert "mijn moeder heeft geen pinpas" in said.lower()


def test_an_answer_that_names_the_thing_is_said_as_it_is() -> None:
    salon = BusinessProfile(
        name="Salon Mira",
        kind="kapsalon",
        faq=[FaqItem("Wat kost een herenknipbeurt?", "Een herenknipbeurt kost € 23, met baard € 30.")],
    )
    assert (
        priced_denied("Mira knipt enkel nog vrouwen", salon, _lemmas) == "Een herenknipbeurt kost € 23, met baard € 30."
    )
