"""General rules for facts, holidays, channels and rumours added after the blind round r26: every test
uses sentences and profiles of its own, not those of a benchmark round."""

from __future__ import annotations

import dataclasses

from app.domain.draft_days import spelled_days
from app.domain.draft_text import Draft
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft

SHOP = BusinessProfile(
    name="Fietshuis Peeters",
    kind="fietsenmaker",
    signers=["Lotte"],
    voice="wij",
    register="je",
    email="info@fietshuispeeters.be",
    phone="03 555 12 34",
    website="www.fietshuispeeters.be",
    opening_hours="ma–za 9:00–18:00; zo gesloten",
    holidays="zomersluiting van 1 tot en met 15 augustus: gesloten; 24 en 31 december: 9:00–13:00",
    faq=[
        FaqItem(
            "Verkopen jullie ook tweedehands fietsen?",
            "Ja, we hebben altijd een tiental nagekeken tweedehands fietsen.",
        )
    ],
)
FLORIST = BusinessProfile(
    name="Bloemenhuis Anemoon",
    kind="bloemist",
    signers=["Saar"],
    voice="ik",
    register="u",
    email="saar@anemoon.nl",
    phone="030-1234567",
    opening_hours="di–za 8:30–17:30",
    holidays="kerstvakantie van 24 december tot en met 1 januari: dicht",
)


def _draft(profile: BusinessProfile, outcome: str, text: str, platform: str = "facebook", author: str = "Sam") -> Draft:
    return draft(profile, outcome, text, platform=platform, author=author)


def test_days_that_share_their_month_are_written_out() -> None:
    assert spelled_days("24 en 31 december") == "24 december en 31 december"
    assert spelled_days("2 tot en met 9 januari: dicht") == "2 januari tot en met 9 januari: dicht"
    assert spelled_days("Koningsdag") == "Koningsdag"


def test_a_day_in_a_list_of_days_with_one_month_is_answered_with_its_hours() -> None:
    draft = _draft(SHOP, "uitkomst_vraag_beantwoorden", "Zijn jullie op 31 december open?", platform="instagram")
    assert "9:00–13:00" in (draft.text or ""), draft.text
    assert "vul in" not in (draft.text or ""), draft.text


def test_christmas_named_by_name_falls_in_a_closing_range_of_dates() -> None:
    draft = _draft(FLORIST, "uitkomst_vraag_beantwoorden", "Bent u met kerst ook open voor een kerststukje?")
    text = draft.text or ""
    assert "dicht" in text and "24 december tot en met 1 januari" in text and "vul in" not in text, text
    assert "van kerstvakantie van" not in text, text


def test_a_chat_greeting_without_a_comma_does_not_hide_what_is_asked() -> None:
    text = "hoi verkopen jullie ook bakfietsen met een motor?? mijn vrouw wil er graag een"
    draft = _draft(SHOP, "uitkomst_vraag_uitzoeken", text, platform="threads")
    assert "bakfietsen met een motor" in (draft.text or ""), draft.text


def test_unanswered_mails_said_with_nul_or_a_number_mean_phone_first() -> None:
    text = "Al 3 mails gestuurd over mijn kapotte derailleur, nul antwoord. Wanneer is hij klaar?"
    draft = _draft(SHOP, "uitkomst_herstel", text, platform="instagram")
    assert draft.channel == "telefoon", draft.text
    assert "03 555 12 34" in (draft.text or "") and "info@fietshuispeeters.be" not in (draft.text or ""), draft.text


def test_a_rumour_about_closing_on_a_date_the_profile_lists_gets_the_closing_days() -> None:
    text = "Is het waar dat Anemoon ermee stopt? Op de deur hangt een papiertje: 'dicht vanaf 24 december'."
    draft = _draft(FLORIST, "uitkomst_onwaarheid", text, platform="facebook")
    assert "1 januari" in (draft.text or "") and "vul in" not in (draft.text or ""), draft.text


def test_a_date_inside_another_date_is_not_that_date() -> None:
    profile = BusinessProfile(
        name="Bakkerij Smit", kind="bakkerij", signers=["Joke"], voice="wij", register="je",
        holidays="21 januari: dicht", opening_hours="ma–za 7:00–17:00",
    )  # fmt: skip
    draft = _draft(profile, "uitkomst_onwaarheid", "Ik hoorde dat jullie vanaf 1 januari dicht zijn, klopt dat?")
    assert "21 januari" not in (draft.text or ""), draft.text


def test_a_suggestion_the_faq_already_says_yes_to_gets_how_it_works_now() -> None:
    text = "Top geholpen met mijn lekke band! Eén tip: zouden jullie niet ook tweedehands fietsen verkopen?"
    draft = _draft(SHOP, "uitkomst_bedank_publiek_suggestie", text)
    assert "nagekeken tweedehands fietsen" in (draft.text or "") and "vul in" not in (draft.text or ""), draft.text
    # a word that only starts the FAQ's thing is another thing: loose flowers are no 'bloemstuk'
    florist = dataclasses.replace(FLORIST, faq=[FaqItem("Kan ik een bloemstuk bestellen?", "Ja, vanaf € 25.")])
    text = "Prachtige kerststukjes! Tip: verkoop ook eens losse bloemen per steel."
    draft = _draft(florist, "uitkomst_bedank_publiek_suggestie", text)
    assert "€ 25" not in (draft.text or ""), draft.text


def test_a_rumour_with_a_separable_verb_is_set_straight_by_the_faq_on_its_base_verb() -> None:
    bakery = BusinessProfile(
        name="Bakkerij Kok", kind="bakkerij", signers=["Els"], voice="wij", register="u",
        faq=[FaqItem("Bakken jullie zelf?", "Ja, alle croissants en broden bakken we zelf, vanaf het deeg.")],
    )  # fmt: skip
    text = "Ik hoorde dat ze bij Bakkerij Kok de croissants tegenwoordig gewoon uit de diepvries afbakken, klopt dat?"
    draft = _draft(bakery, "uitkomst_onwaarheid", text, platform="google")
    assert "bakken we zelf" in (draft.text or "") and "vul in" not in (draft.text or ""), draft.text


def _joke(profile: BusinessProfile, text: str) -> str:
    draft = _draft(profile, "uitkomst_grap", text, platform="threads")
    return draft.optional or ""


def test_a_joke_that_the_thing_now_lives_here_gets_a_reply_on_living_here() -> None:
    text = "Mijn stadsfiets ligt al zo lang bij Peeters in de werkplaats dat hij daar nu ingeschreven is 😂"
    reply = _joke(SHOP, text)
    assert "ingeschreven" in reply and ("adres" in reply or "verhuis" in reply), reply
    assert "compliment" not in reply, reply


def test_a_joke_about_the_waiting_room_plays_on_the_waiting_room() -> None:
    reply = _joke(FLORIST, "Tip voor wie een puzzel wil afmaken: ga even in de wachthoek van Anemoon zitten 🧩")
    assert "wachthoek" in reply and "vul in" not in reply, reply


def test_a_bill_with_something_never_ordered_is_a_mistake_on_the_bill_not_a_price() -> None:
    cafe = BusinessProfile(
        name="Eetcafé De Wissel", kind="restaurant", signers=["Bram"], voice="wij", register="je",
        email="info@dewissel.nl", phone="050-7654321",
    )  # fmt: skip
    text = "Er stonden vier cappuccino's op onze bon die we nooit gehad hebben. Beetje slordig."
    draft = _draft(cafe, "uitkomst_herstel", text, platform="facebook")
    body = draft.text or ""
    assert "rekening" in body and "cappuccino" in body and "prijs" not in body, body


def test_an_amount_for_a_number_of_things_is_a_complaint_about_the_price() -> None:
    text = "62 euro voor 2 kettingen vervangen?! Online kost zo'n ketting een tientje. Dit is echt te gek."
    draft = _draft(SHOP, "uitkomst_herstel", text, platform="bluesky")
    body = draft.text or ""
    assert "prijs" in body or "bedrag" in body or "62" in body, body


def test_a_question_about_a_date_in_a_closing_range_gets_the_closing_days() -> None:
    draft = _draft(SHOP, "uitkomst_vraag_beantwoorden", "Kan ik op 9 augustus mijn fiets komen ophalen?")
    text = draft.text or ""
    assert "gesloten" in text or "dicht" in text, text
    assert "1 tot en met 15 augustus" in text and "vul in" not in text, text


def test_a_faq_question_that_names_a_thing_beats_one_that_only_shares_the_verb() -> None:
    bakery = BusinessProfile(
        name="Bakkerij Kok", kind="bakkerij", signers=["Els"], voice="wij", register="je",
        faq=[
            FaqItem("Bakken jullie alles zelf?", "Ja, alles bakken we zelf, vanaf het deeg."),
            FaqItem("Kan ik een appeltaart bestellen?", "Ja, bestel een appeltaart een dag van tevoren."),
        ],
    )  # fmt: skip
    draft = _draft(bakery, "uitkomst_vraag_beantwoorden", "hoi bakken jullie ook appeltaarten voor een feestje?")
    assert "een dag van tevoren" in (draft.text or ""), draft.text
    draft = _draft(bakery, "uitkomst_vraag_beantwoorden", "Bakken jullie je brood zelf?")
    assert "vanaf het deeg" in (draft.text or ""), draft.text
