"""draft_thing_kinds.quality_unasked and the occasions of topics.toml, on older leftovers in other words: a question
to a restaurant about coming to eat is not answered by the FAQ about one kind of dish ('Hebben jullie vegan
gerechten?') unless the writer names that kind or what they do not eat; a wedding anniversary told as
'huwelijksverjaardag' is an occasion named as written. Sentences and profiles of their own, not a round's."""

from __future__ import annotations

from app.domain.draft_thing_kinds import quality_unasked
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft

BISTRO = BusinessProfile(
    name="Bistro De Linde",
    kind="restaurant",
    signers=["Sanne"],
    voice="wij",
    register="u",
    email="info@bistrodelinde.nl",
    opening_hours="di–zo 12:00–22:00",
    accessibility="drempelvrij, met een invalidentoilet",
    faq=[
        FaqItem("Hebt u vegan gerechten?", "Ja, er staan altijd twee veganistische hoofdgerechten op de kaart."),
        FaqItem("Kan ik een cadeaubon kopen?", "Ja, vanaf € 20 aan de bar."),
    ],
)
CAFE = BusinessProfile(
    name="Eetcafé 't Hoekske",
    kind="eetcafé",
    signers=["Jo"],
    voice="wij",
    register="je",
    email="hallo@thoekske.be",
    opening_hours="wo–zo 11:30–22:00",
    faq=[FaqItem("Zijn jullie gerechten halal?", "Ja, al ons vlees is halal.")],
)


def _draft(profile: BusinessProfile, text: str) -> str:
    return draft(profile, "uitkomst_vraag_beantwoorden", text, author="").text or ""


def test_coming_to_eat_is_not_asking_for_one_kind_of_dish() -> None:
    for said in (
        "Mijn man loopt sinds kort met een rollator. Kunnen wij nog bij u komen eten op zondag?",
        "Mijn moeder zit in een rolstoel. kunnen we nog bij jullie komen eten??",
        "mn vader zit tegenwoordig in een rolstoel, kunnen wij bij u terecht om te eten",
    ):
        text = _draft(BISTRO, said)
        assert "veganistisch" not in text and "drempelvrij" in text, (said, text)


def test_the_kind_of_dish_is_answered_when_the_writer_names_it_or_what_they_do_not_eat() -> None:
    for said in (
        "Mijn dochter is veganist. Kunnen wij bij u komen eten?",
        "Wij eten geen dierlijke producten, kunnen we bij jullie eten?",
        "Do you have vegan dishes?",
    ):
        assert "vegan" in _draft(BISTRO, said), said


def test_a_kind_free_of_something_or_a_named_kind_is_no_unasked_kind() -> None:
    assert quality_unasked("Kunnen we bij jullie eten?", "Zijn jullie gerechten halal?")
    assert not quality_unasked("Is het eten HALAL?", "Zijn jullie gerechten halal?")
    assert not quality_unasked("Ik kan slecht tegen melk, kan ik bij jullie eten?", "Is er iets lactosevrij?")
    assert not quality_unasked("Kunnen we bij jullie eten?", "Kan ik een cadeaubon kopen?")
    assert "halal" not in _draft(CAFE, "Kunnen we met de kinderen bij jullie komen eten op woensdag?")


def test_a_wedding_anniversary_said_as_huwelijksverjaardag_is_named_as_written() -> None:
    found = analyse_topics("Wij vieren volgend jaar onze 50ste huwelijksverjaardag, kan dat bij jullie?")
    assert found.occasion == "jubileum" and found.occasion_words == "50ste huwelijksverjaardag", found
    found = analyse_topics("Voor onze trouwverjaardag wil ik een tafel voor twee.")
    assert found.occasion == "jubileum", found
    assert analyse_topics("Zijn verjaardag vieren we bij jullie").occasion == "verjaardag"
    text = _draft(BISTRO, "Kunnen wij bij u komen eten voor onze 40ste huwelijksverjaardag?")
    assert "40ste huwelijksverjaardag" in text and "veganistisch" not in text, text
