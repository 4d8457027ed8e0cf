"""Praise, suggestions and jokes after blind rounds r75/r76 (issue #13): English praise names the thing it ranks
best ('Best stoofvlees of my life'), not a preposition ('a trip through the ...'); a wish for what is missing
('jammer dat er geen vegan dessert is') never gets 'dat kan al' from a FAQ about something else; curls after
'haar' are a thing; a sentence ending on a word the tokenizer kept its full stop on ('is top. Zou ...') is not the
wish after it; a dessert ('toetje') is a dish; an ordinal before a compound occasion ('50ste huwelijksverjaardag')
is said; 'ons pa' is the writer's father; a named thing that runs like new again is said back; a joke about the
pet that no longer knows someone else plays on the pet; a last line that calls for help is no punchline. Shops
and sentences of their own, none from the rounds."""

from __future__ import annotations

from app.domain.draft_joke_reply import punchline
from app.domain.draft_praise_held import renewed_said
from app.domain.language import english_object, english_praised
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft, draft_text

THANKS = "uitkomst_bedank_publiek"
IDEA = "uitkomst_bedank_publiek_suggestie"
JOKE = "uitkomst_grap"

BRASSERIE = BusinessProfile(
    name="Brasserie Het Anker",
    kind="restaurant",
    signers=["Femke"],
    voice="wij",
    register="u",
    faq=[
        FaqItem("Hebben jullie vegetarische gerechten?", "Ja, er staan altijd drie vegetarische gerechten op de kaart.")
    ],
)
SALON = BusinessProfile(name="Kapsalon Golf", kind="kapper", signers=["Roos"], voice="ik", register="je")
BIKES = BusinessProfile(name="Fietsatelier Ketting", kind="fietsenmaker", signers=["Stijn"], voice="ik", register="je")
BAKERY = BusinessProfile(name="Bakkerij De Rogge", kind="bakkerij", signers=["Lien"], voice="wij", register="u")


def test_english_praise_names_what_it_ranks_best() -> None:
    assert english_praised("Best goulash of my life, and lovely staff.") == "the goulash"
    assert english_praised("The tastiest waffles ever! Thanks Anna.") == "the waffles"
    assert english_praised("We found the finest apple pie in town") == "the apple pie"
    assert english_praised("Best service ever, best day of our trip.") == ""
    reply = draft_text(BRASSERIE, THANKS, "Stopped on a walk along the river. Best mussels of my life, thanks!")
    assert "the mussels" in reply and "the along" not in reply, reply


def test_a_noun_phrase_ends_at_a_preposition() -> None:
    assert english_object("We had a boat tour through the harbour") == "the boat tour"
    assert english_object("Lovely evening after a long walk across the dunes, great soup") != "the across"


def test_a_missing_thing_gets_no_yes_from_a_faq_about_something_else() -> None:
    for text in (
        "Heerlijk gegeten! Alleen jammer dat er geen vegan dessert is, de vegetarische pasta was top.",
        "Top avond. Spijtig da ge geen veganistisch nagerecht hebt, de veggie gerechten waren lekker.",
        "Lekker gegeten, maar jammer dat jullie geen vegan toetjes hebben. Vegetarisch was prima geregeld.",
    ):
        reply = draft_text(BRASSERIE, IDEA, text)
        assert "kan al" not in reply and "vegan" in reply, reply


def test_a_wish_the_faq_does_fulfil_still_gets_its_yes() -> None:
    reply = draft_text(BRASSERIE, IDEA, "Lekker! Jammer dat er geen vegetarische gerechten zijn.")
    assert "drie vegetarische gerechten" in reply, reply


def test_curls_after_haar_or_hun_are_a_thing() -> None:
    for text, who in (
        ("Mijn nichtje huilde altijd bij de kapper, niemand begreep haar krullen. Nu straalt ze!", "nichtje"),
        ("Onze tweeling is zo blij met hun krullen, dank je Roos!", ""),
        ("Mijn dochter is dolblij met haar krullen.", "dochter"),
    ):
        reply = draft_text(SALON, THANKS, text)
        assert "krullen" in reply and who in reply, reply
    assert not analyse_topics("Ik liet haar knippen.").products


def test_praise_before_a_wish_with_a_full_stop_on_its_word_is_still_praise() -> None:
    for text in (
        "De rijsttaart is top. Zou het niet handig zijn om ook op maandag open te zijn?",
        "Altijd vriendelijk en de rijsttaart is super. Zouden jullie ook op zondag open kunnen?",
    ):
        assert "rijsttaart" in draft_text(BAKERY, IDEA, text)


def test_a_dessert_at_a_birthday_is_named() -> None:
    reply = draft_text(BRASSERIE, THANKS, "Opa werd 85 en kreeg een toetje met een sterretje erin. Zo attent!")
    assert "toetje" in reply and "85ste" in reply, reply
    reply = draft_text(BRASSERIE, THANKS, "Voor de 60ste verjaardag van mijn man waren de toetjes versierd. Top!")
    assert "toetjes" in reply, reply


def test_an_ordinal_before_a_compound_occasion_is_said() -> None:
    assert analyse_topics("Onze 40ste huwelijksverjaardag gevierd, top!").occasion_words == "40ste huwelijksverjaardag"
    assert analyse_topics("Hun vijftigste huwelijksverjaardag was prachtig").occasion_words.startswith("vijftigste")
    reply = draft_text(BRASSERIE, THANKS, "Onze 25ste huwelijksverjaardag hier gevierd. Alles was tot in de puntjes!")
    assert "25ste huwelijksverjaardag" in reply, reply


def test_ons_pa_is_the_writers_father() -> None:
    for text in (
        "Dank voor de broodjes na de begrafenis van ons pa. Heel verzorgd.",
        "Merci voor de koffiekoeken op de uitvaart van mijn pa, dat was attent.",
    ):
        reply = draft_text(BAKERY, THANKS, text, author="Familie Peeters")
        assert "uw pa" in reply and "sterkte" in reply, reply


def test_a_named_thing_that_runs_like_new_is_said_back() -> None:
    assert (
        renewed_said("Stijn = held. Colnago uit '92 rijdt als nieuw", "je") == "je Colnago uit '92 weer als nieuw rijdt"
    )
    assert renewed_said("Mijn oude Gazelle loopt weer als een zonnetje!", "uw") == (
        "uw oude Gazelle weer als een zonnetje loopt"
    )
    assert renewed_said("onze bianchi van 2001 rijdt weer perfect", "je") == "je bianchi van 2001 weer perfect rijdt"
    assert renewed_said("Hij rijdt als nieuw!", "je") == ""
    assert renewed_said("mijn fiets rijdt als nieuw", "je") == ""
    reply = draft_text(BIKES, THANKS, "Stijn = vakman. Bianchi uit '85 rijdt als nieuw 👌")
    assert "Bianchi uit '85" in reply, reply


def test_a_joke_about_the_pet_not_knowing_someone_else_plays_on_the_pet() -> None:
    for text, pet in (
        ("Mijn man kwam thuis met zo'n korte coupe dat de hond hem niet meer herkende 😂", "hond"),
        ("Mijn vrouw kwam thuis met blauw haar en onze kat blies naar haar 🙀", "kat"),
        ("Sinds zijn nieuwe baard herkent de hond hem niet meer. Help!", "hond"),
    ):
        made = draft(SALON, JOKE, text, platform="bluesky")
        assert made.optional is not None and pet in made.optional, made.optional
        assert "je niet meer" not in made.optional, made.optional


def test_a_last_line_that_calls_for_help_is_no_punchline() -> None:
    assert punchline("De taart is 1 meter breed. Mijn deur is smaller. Stuur hulp 🚗") == ""
    assert punchline("Zo veel broodjes gekocht dat de kofferbak dicht moest. Bel de brandweer!") == ""
    assert punchline("Ik at drie tompoezen op. Bijna eng 👻") == "Bijna eng"
    made = draft(
        BAKERY, JOKE, "Jullie suikerbrood is 80 cm. Ik zit nu met het suikerbrood als gordel in de bus. Stuur hulp"
    )
    assert made.optional is not None and "Stuur hulp" not in made.optional, made.optional
