"""Complaints, safety cases and praise that say back what the writer said (session 16, issue #13): a bare
noun that opens a comment 'van' the business is its thing, the writer's children said with 'de', the
treatment a skin reaction came after, a doctor advised for a swelling in the face, what was sold out
named. Sentences of their own, other businesses and words than the benchmark rounds."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft_text

SNACKS = BusinessProfile(
    name="Cafetaria 't Hoekje",
    kind="snackbar",
    signers=["Ahmet"],
    voice="wij",
    register="je",
    email="info@hoekje.nl",
    phone="0570-223344",
)
BIKES = BusinessProfile(
    name="Rijwielhandel Peeters",
    kind="fietsenmaker",
    signers=["Jan"],
    voice="wij",
    register="u",
    email="jan@peeters.be",
    phone="011 22 33 44",
)
SALON = BusinessProfile(
    name="Haarstudio Lina",
    kind="kapper",
    signers=["Lina"],
    voice="ik",
    register="u",
    email="lina@haarstudio.be",
    phone="03 123 45 67",
)
THANKS = "uitkomst_bedank_publiek"
COMPLAINT = "uitkomst_herstel"


def test_a_bare_noun_opening_the_comment_of_the_business_is_its_thing() -> None:
    text = "kapsalon van t hoekje >>> elke snackbar in zwolle. fight me"
    assert analyse_topics(text).products[0].text == "kapsalon"
    draft = draft_text(SNACKS, THANKS, text, platform="x", author="@frietfan")
    assert "kapsalon" in draft, draft
    # how the writer felt, from something: no thing ('moe van het wachten')
    assert all(p.text != "moe" for p in analyse_topics("ziek van het wachten, maar de frikandel was top").products)


def test_the_writers_children_said_with_de_are_asked_after() -> None:
    text = "Met de kids voorop de dijk af en plots werkten de remmen niet meer. Vorige week nog nagekeken bij jullie!"
    draft = draft_text(BIKES, COMPLAINT, text, author="Els Maes")
    assert "kids" in draft, draft
    text = "De kinderen van de buren zagen het gebeuren: mijn voorrem begaf het gewoon, net na jullie onderhoud."
    assert "kinderen" not in draft_text(BIKES, COMPLAINT, text, author="Els Maes")


def test_a_skin_reaction_names_the_treatment_and_a_swelling_is_sent_to_a_doctor() -> None:
    text = "Gisteren highlights laten zetten. Nu brandt mijn hoofdhuid en mijn ogen zijn opgezwollen 😢"
    draft = draft_text(SALON, COMPLAINT, text, author="Els Maes")
    assert "na de highlights" in draft and "arts" in draft, draft
    text = "Sinds de permanent van zaterdag jeukt m'n hoofdhuid en m'n oogleden staan helemaal dik, is dat normaal?"
    draft = draft_text(SALON, COMPLAINT, text, author="Els Maes")
    assert "na de permanent" in draft and "arts" in draft, draft
    # a writer who saw a doctor already is not sent to one
    text = "Na het verven kreeg ik dikke lippen en jeuk op mijn hoofdhuid, de huisarts gaf me een zalfje."
    assert "(huis)arts nakijken" not in draft_text(SALON, COMPLAINT, text, author="Els Maes")


def test_what_was_sold_out_is_named() -> None:
    text = "Om half 5 al geen frikandellen meer, alles uitverkocht. Voor niks gefietst."
    draft = draft_text(SNACKS, COMPLAINT, text, author="Sanne")
    assert "frikandellen" in draft and "ze al" in draft, draft
    text = "Kwam voor het stokbrood maar het was weer op 🙄"
    assert "het stokbrood" in draft_text(SNACKS, COMPLAINT, text, author="Sanne")


def test_a_promised_month_that_passed_is_said_back_and_christmas_as_a_deadline_is_no_occasion() -> None:
    text = (
        "E-bike besteld, ze beloofden levering eind oktober. Nu half december en nog steeds niks. "
        "Als hij voor kerst niet geleverd is, annuleer ik."
    )
    draft = draft_text(BIKES, COMPLAINT, text, author="Els Maes")
    assert "eind oktober geleverd" in draft and "kerst" not in draft.lower(), draft
    topics = analyse_topics("Kast besteld in mei, toegezegd voor begin juli. Het is augustus en nog niets.")
    assert topics.promised == ("voor begin juli", "")
    assert analyse_topics("Stoel besteld in mei. Het is augustus en nog niets.").promised == ("", "")


def test_a_condition_named_is_said_back_and_the_doctor_advice_fits_the_register() -> None:
    text = (
        "Mijn zoon heeft een notenallergie, dat had ik gezegd. Toch satésaus op z'n frietje en nu is z'n gezicht dik."
    )
    draft = draft_text(SNACKS, COMPLAINT, text, author="Sanne")
    assert "notenallergie" in draft and "alsjeblieft" in draft and "alstublieft" not in draft, draft
    text = "Ik heb coeliakie en na jullie 'glutenvrije' kroket lag ik de hele nacht met buikkrampen op bed."
    assert "coeliakie" in draft_text(SNACKS, COMPLAINT, text, author="Sanne")


def test_a_delivery_home_the_writer_praises_is_said_back() -> None:
    text = "Bestelling werd netjes thuisbezorgd in Raalte, en de bitterballen waren nog warm. Aanrader!"
    assert analyse_topics(text).delivered
    draft = draft_text(SNACKS, THANKS, text, author="Sanne")
    assert "bezorging" in draft or "thuisbrengen" in draft, draft
    assert not analyse_topics("Lekker gegeten en aardige bediening!").delivered
