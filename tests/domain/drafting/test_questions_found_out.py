"""Whole-pipeline drafts for questions the profile cannot answer: the promise to find it out says back every
question asked, as a clause after 'of' ('Of we die pralines zelf maken en of er alcohol in zit, zoeken we even voor
u na'), not a bare 'het' nor only the first. And English questions joined by commas or answered after a closed
holiday each get their answer. Shops and sentences of our own."""

from __future__ import annotations

from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import suggested

CHOCOLATIER = BusinessProfile(
    name="Chocolaterie Ganache",
    kind="bakkerij",
    signers=["Mieke"],
    voice="wij",
    register="u",
    email="info@ganache.be",
    opening_hours="di–za 9.00–18.00; zondag en maandag gesloten",
)
BOATHOUSE = BusinessProfile(
    name="Paviljoen Het Kanaal",
    kind="restaurant",
    signers=["Ruud"],
    voice="wij",
    register="je",
    email="ruud@hetkanaal.nl",
    opening_hours="wo–zo 11.00–22.00",
)
RENTAL = BusinessProfile(
    name="Fietsverhuur De Kempen",
    kind="fietsenmaker",
    signers=["Bert"],
    voice="wij",
    register="u",
    email="verhuur@dekempen.be",
    opening_hours="di–zo 9.00–18.00; maandag gesloten",
    faq=[
        FaqItem(
            "Wat kost een mountainbike huren?",
            "Mountainbike € 25 per dag, e-mountainbike € 48 per dag, helm inbegrepen.",
        ),
        FaqItem("Heeft u ook tandems?", "Ja, twee tandems, € 40 per dag."),
    ],
)
BAKERY = BusinessProfile(
    name="Bakkerij Korrel",
    kind="bakkerij",
    signers=["Ans"],
    voice="wij",
    register="u",
    email="info@korrel.nl",
    opening_hours="di–za 7.00–17.00; maandag en zondag gesloten",
    holidays="Tweede Pinksterdag (maandag 9 juni) gesloten.",
    faq=[FaqItem("Heeft u glutenvrij brood?", "Ja: het boekweitbrood en de rijstwafels zijn glutenvrij.")],
)


def test_two_questions_to_find_out_are_both_said_back() -> None:
    text = "Die pralines in jullie etalage, maken jullie die zelf? En zit er alcohol in?"
    reply = suggested(CHOCOLATIER, text)
    assert "Of we die pralines in onze etalage zelf maken en of er alcohol in zit" in reply, reply
    assert "gaan we even voor u uitzoeken" in reply, reply


def test_a_question_with_a_question_word_joins_the_promise() -> None:
    text = "Mogen we met onze kano aan jullie vlonder aanmeren als we komen eten? En hoe warm is het water daar?"
    reply = suggested(BOATHOUSE, text)
    assert "kano aan onze vlonder mogen aanmeren" in reply, reply
    assert "en hoe warm het water daar is" in reply, reply


def test_english_questions_joined_by_commas_each_get_their_answer() -> None:
    text = "Hello! How much is an e-MTB per day, do we need our own helmets, and do you have tandems?"
    reply = suggested(RENTAL, text, author="Sam")
    assert "€ 48" in reply, reply
    assert "helm" in reply.lower(), reply
    assert "€ 40" in reply, reply


def test_an_english_question_beside_a_closed_holiday_is_answered() -> None:
    text = "Coming by on Whit Monday with a friend. Are you open then, and do you have anything gluten free?"
    reply = suggested(BAKERY, text, author="Sam")
    assert "closed" in reply.lower(), reply
    assert "boekweit" in reply, reply
    assert "anything" not in reply, reply


INN = BusinessProfile(
    name="Herberg De Smidse",
    kind="restaurant",
    signers=["Guido"],
    voice="ik",
    register="u",
    email="info@desmidse.be",
    phone="03 123 45 67",
    faq=[FaqItem("Hebt u iets voor wandelaars?", "Ja, het wandelmenu (soep en broodje) voor € 19, elke middag.")],
)


def test_a_gathering_after_a_loss_is_arranged_in_person_not_answered_with_another_menu() -> None:
    text = (
        "Goedendag, mijn grootvader is gestorven en de uitvaart is zaterdag. Kunnen we daarna met een 40-tal "
        "mensen een koffietafel doen bij u? Wat kost dat per persoon?"
    )
    reply = suggested(INN, text)
    assert "€" not in reply, reply
    assert "03 123 45 67" in reply, reply


CYCLES = BusinessProfile(
    name="Rijwielhandel De Spaak",
    kind="fietsenmaker",
    signers=["Dirk"],
    voice="ik",
    register="je",
    email="dirk@despaak.nl",
    opening_hours="di–vr 9.00–18.00, za 9.00–16.00; zondag en maandag gesloten",
    holidays="Zomerdrukte: vanaf dinsdag 3 juni op woensdag en vrijdag open tot 20.30 (avondwerkplaats).",
    faq=[FaqItem("Wat kost een grote beurt?", "€ 79, onderdelen apart.")],
)


def test_a_writer_free_after_closing_hears_of_the_later_days_in_the_holiday_lines() -> None:
    text = "Wat kost een grote beurt? En kan ik de fiets na mijn werk komen brengen? Ik ben pas om 19.15 vrij."
    reply = suggested(CYCLES, text)
    assert "20.30" in reply, reply
    assert "andere vraag" not in reply, reply


SALON = BusinessProfile(
    name="Kapsalon Lokken",
    kind="kapsalon",
    signers=["Ine"],
    voice="wij",
    register="je",
    email="hallo@lokken.be",
    opening_hours="di–za 9.00–18.00",
)
HALL = BusinessProfile(
    name="Eetcafé De Sluis",
    kind="restaurant",
    signers=["Wout"],
    voice="wij",
    register="je",
    email="info@desluis.nl",
    phone="0413 55 66 77",
    opening_hours="wo–zo 11.00–22.00",
    holidays="Pasen zondag 20 april: paasbrunch € 32,50 per persoon, alleen op reservering.",
)


def test_an_english_question_whether_a_job_is_done_is_looked_into() -> None:
    text = "Hello! Do you do cornrows for kids? My son wants them for his birthday party."
    reply = suggested(SALON, text, author="Sam")
    assert "look into it" in reply, reply
    assert "hallo@lokken.be" in reply, reply
    assert "[vul in" not in reply, reply


def test_a_party_for_a_large_group_is_arranged_in_person_not_with_another_days_offer() -> None:
    text = "Hoi! Kunnen we op zaterdag 14 juni jullie zaal afhuren voor zo'n 50 man voor een tuinfeest? Wat kost dat?"
    reply = suggested(HALL, text)
    assert "0413 55 66 77" in reply, reply
    assert "paasbrunch" not in reply.lower(), reply
    assert "andere vraag" not in reply, reply
