"""General rules added late in session 5 (after the blind round r23): every test uses a sentence of
its own, not one from a benchmark round, and states one rule."""

from __future__ import annotations

from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft as _draft

BIKES = BusinessProfile(
    name="Tweewielers Bosman",
    kind="fietsenmaker",
    signers=["Jelle"],
    voice="ik",
    register="je",
    email="jelle@tweewielersbosman.nl",
    phone="030-7654321",
    opening_hours="di–za 9:00–18:00",
    payment="pinnen en contactloos; contant neem ik niet aan",
)


def test_a_channel_that_stayed_silent_is_not_offered_again() -> None:
    for text in (
        "Mijn fiets stond een week te laat klaar. Ik heb er twee keer over gemaild en niks teruggehoord.",
        "De band was na twee dagen weer lek. Drie keer gebeld, niemand belde terug.",
    ):
        draft = _draft(BIKES, "uitkomst_herstel", text, platform="google").text or ""
        tried = "jelle@tweewielersbosman.nl" if "gemaild" in text else "030-7654321"
        assert tried not in draft, draft
        assert "030-7654321" in draft or "jelle@tweewielersbosman.nl" in draft, draft


def test_a_complaint_about_how_things_are_done_gets_the_profile_fact() -> None:
    text = "Weer niet met cash kunnen betalen bij de fietsenmaker. Mijn opa van 90 heeft geen pinpas. Super."
    draft = _draft(BIKES, "uitkomst_herstel", text).text or ""
    assert "pinnen en contactloos" in draft, draft


def test_a_minus_point_in_praise_keeps_the_praised_thing_and_gets_the_fact() -> None:
    text = "Mijn nieuwe zadel zit heerlijk, alleen jammer dat ik niet contant kon betalen, mijn portemonnee zat vol."
    draft = _draft(BIKES, "uitkomst_bedank_publiek", text, platform="instagram").text or ""
    assert "zadel" in draft and "pinnen en contactloos" in draft, draft


def test_a_request_for_a_price_names_what_and_where_to_send_the_details() -> None:
    for text, what in (
        (
            "Voor ons bedrijf plan ik in mei een teamdag met 15 collega's. Kunnen jullie zoiets regelen? Wat kost dat?",
            "teamdag",
        ),
        ("We plannen een fietstocht met de hele klas. Doen jullie zoiets? Wat kost dat?", "fietstocht"),
    ):
        draft = _draft(BIKES, "uitkomst_vraag_uitzoeken", text, platform="linkedin").text or ""
        assert what in draft and "jelle@tweewielersbosman.nl" in draft, draft


def test_an_offer_question_says_the_service_and_not_the_time() -> None:
    from app.domain.draft_questions import asked_about

    assert asked_about(["Repareren jullie ook scooters?"]) == "de reparatie van scooters"
    assert asked_about(["Hebben jullie deze zomer ook een ijstaart?"]) == "een ijstaart"
    assert asked_about(["Doen jullie zoiets, en wat kost het?"]) == ""


def test_an_english_booking_question_says_where_to_book() -> None:
    text = "Hello! Do you rent out tandem bikes? We would like to book two for Sunday morning."
    draft = _draft(BIKES, "uitkomst_vraag_uitzoeken", text, author="Emma").text or ""
    assert "jelle@tweewielersbosman.nl" in draft and "book" in draft, draft


def test_a_wage_claim_names_what_is_still_owed() -> None:
    text = "Ik heb deze zomer in jullie werkplaats gewerkt en mijn laatste loon en mijn overuren zijn nooit betaald."
    draft = _draft(BIKES, "uitkomst_herstel", text, platform="linkedin").text or ""
    assert "je loon en je overuren" in draft and "aangifte" not in draft, draft


def test_what_was_found_in_the_food_is_said_back() -> None:
    bakery = BusinessProfile(
        name="Bakkerij Oost", kind="bakkerij", signers=["Anke"], voice="ik", register="je", phone="020-1112233"
    )
    for text, found in (
        ("Vanmorgen een krentenbol gekocht en er zat een steentje in, bijna mijn tand gebroken!", "steentje"),
        ("In mijn appelflap zat een stukje glas. Echt gevaarlijk.", "glas"),
    ):
        draft = _draft(bakery, "uitkomst_herstel", text).text or ""
        assert found in draft and "020-1112233" in draft, draft


def test_a_first_school_day_is_an_occasion_said_back() -> None:
    text = "Jelle had de band van mijn zoon nog voor zijn eerste schooldag geplakt, top geregeld!"
    draft = _draft(BIKES, "uitkomst_bedank_publiek", text, platform="instagram").text or ""
    assert "eerste schooldag" in draft and "zoon" in draft, draft


def test_the_reason_behind_a_question_is_said_back() -> None:
    text = "Zijn jullie zaterdag open? Mijn achterband is lek en ik moet maandag weer naar mijn werk."
    draft = _draft(BIKES, "uitkomst_vraag_beantwoorden", text).text or ""
    assert "je achterband" in draft, draft
    from dataclasses import replace

    shop = replace(BIKES, faq=[FaqItem("Verkopen jullie kinderfietsen?", "Ja, vanaf 12 inch, ook tweedehands.")])
    text = "Verkopen jullie ook kinderfietsen? Mijn kleindochter wordt zes en wil er graag zelf een uitzoeken."
    draft = _draft(shop, "uitkomst_vraag_beantwoorden", text).text or ""
    assert "12 inch" in draft and "kleindochter" in draft, draft
    no = "Hebben jullie ook kinderzitjes? Mijn dochter van 2 gaat voortaan mee."
    draft = _draft(BIKES, "uitkomst_vraag_beantwoorden", no).text or ""
    assert "welkom" not in draft, draft  # the profile does not say: no welcome before the answer is known


def test_a_suggestion_is_named_in_its_other_shapes() -> None:
    from app.domain.draft_questions import wish_clause

    assert wish_clause("Kleine tip: een fietspomp bij de deur zou handig zijn.") == "voor een fietspomp bij de deur"
    assert wish_clause("Fijne zaak! Misschien eens op zaterdagmiddag langer open?") == (
        "om op zaterdagmiddag langer open te zijn"
    )
    draft = _draft(BIKES, "uitkomst_bedank_publiek_suggestie", "Top service. Misschien ook op zondag open?").text or ""
    assert "zondag" in draft, draft


def test_cold_food_and_a_missing_dish_are_both_said_back() -> None:
    diner = BusinessProfile(
        name="Eethuis De Hoek", kind="restaurant", signers=["Mo"], voice="wij", register="je", email="mo@dehoek.nl"
    )
    text = "Gisteren bezorgd: de pizza's waren koud en het knoflookbrood zat er niet bij. Voor 45 euro!"
    draft = _draft(diner, "uitkomst_herstel", text).text or ""
    assert "koud" in draft and "het knoflookbrood" in draft, draft


def test_the_hurt_body_part_and_the_test_asked_for_are_said_back() -> None:
    text = "Na jullie onderhoud schoot mijn ketting eraf en ik ben gevallen. Pols gekneusd, ik kan niet werken."
    draft = _draft(BIKES, "uitkomst_herstel", text).text or ""
    assert "je pols" in draft and "030-7654321" in draft, draft
    salon = BusinessProfile(
        name="Salon Mira", kind="kapsalon", signers=["Mira"], voice="ik", register="u", phone="040-2223344"
    )
    text = (
        "Ik had bij het boeken om een allergietest gevraagd, toch meteen geverfd en nu zit mijn hoofdhuid vol bulten."
    )
    draft = _draft(salon, "uitkomst_herstel", text, platform="google").text or ""
    assert "allergietest" in draft and "040-2223344" in draft, draft


def test_a_joke_gets_a_light_reply_that_plays_on_it() -> None:
    text = "Sinds de nieuwe banden is mijn fiets sneller dan ik 😂 Ik moet nu echt gaan trainen."
    out = Drafter(BIKES, analyser=analyse_topics).draft("uitkomst_grap", text, author="Lies", platform="instagram")
    said = f"{out.text or ''} {out.optional or ''}"
    assert "sneller" in said, said
    text = "Ik kwam voor een beetje bijwerken en nu noemen mijn collega's me 'baas' in plaats van 'stagiair' 😅"
    out = Drafter(BIKES, analyser=analyse_topics).draft("uitkomst_grap", text, author="Lies", platform="x")
    said = f"{out.text or ''} {out.optional or ''}"
    assert "stagiair" in said and "baas" in said, said


def test_what_went_wrong_with_a_haircut_is_named() -> None:
    salon = BusinessProfile(name="Knipperij Noord", kind="kapsalon", signers=["Sem"], voice="ik", register="je")
    text = "Gisteren geknipt bij jullie en mijn kuif staat nu echt helemaal scheef. Niet blij mee."
    draft = _draft(salon, "uitkomst_herstel", text).text or ""
    assert "kuif" in draft, draft


def test_only_a_repair_business_offers_to_look_at_a_broken_thing() -> None:
    cafe = BusinessProfile(
        name="Koffiehuis Pim", kind="lunchroom", signers=["Pim"], voice="ik", register="je", opening_hours="ma–za 8–17"
    )
    text = "Ben je zondag open? Mijn fiets is kapot, dus ik kom lopend."
    draft = _draft(cafe, "uitkomst_vraag_beantwoorden", text).text or ""
    assert "je fiets" in draft and "langs" not in draft, draft


def test_a_price_request_for_a_gathering_names_the_gathering() -> None:
    for word, said in (
        ("teamuitje", "het teamuitje"),
        ("bedrijfsborrel", "de bedrijfsborrel"),
        ("teamdag", "de teamdag"),
    ):
        text = f"We houden in juni een {word} met 20 collega's. Kunnen jullie zoiets regelen? Wat kost dat?"
        draft = _draft(BIKES, "uitkomst_vraag_uitzoeken", text, platform="linkedin").text or ""
        assert said in draft, draft
