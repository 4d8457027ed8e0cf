"""A charge the writer thought was free where the profile makes it free for what they name: they are right, with the
money back (app/domain/draft_complaint_free_said.py); no such line where the free holds on a condition. A chat reply
to a writer who got no money back gets a slot for what is paid back. Shops and sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_complaint_free_said import free_where_said
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_VERHUUR = BusinessProfile(
    name="Fietsverhuur De Duinen",
    kind="fietsenmaker",
    signers=["Wietske"],
    voice="wij",
    register="u",
    email="info@deduinen.nl",
    delivery_terms="Huurfietsen brengen we kosteloos naar uw huisje in Oosterend en Midsland; naar West € 5 per rit.",
)
_BAKKER = BusinessProfile(
    name="Bakkerij Smit",
    kind="bakkerij",
    signers=["Anouk"],
    voice="ik",
    register="je",
    email="anouk@bakkerijsmit.nl",
    delivery_terms="Taarten bezorg ik gratis in Zierikzee vanaf € 40; daaronder € 4.",
)


@pytest.mark.parametrize(
    "text",
    [
        "Fietsen keurig, maar we moesten €5 extra betalen voor het brengen. Ik dacht dat het gratis was in Midsland?",
        "Er werd 5 euro bezorgkosten gerekend terwijl het naar Oosterend toch kosteloos zou zijn volgens jullie site.",
    ],
)
def test_a_charge_the_profile_makes_free_where_the_writer_is_gets_the_money_back(text: str) -> None:
    made = draft_text(_VERHUUR, "uitkomst_herstel", text, platform="facebook", author="Sanne de Vries")
    assert "u hebt gelijk" in made.lower() and "€ 5" in made and "terug" in made, made
    assert "kosteloos naar uw huisje in Oosterend en Midsland" in made and "[vul in" not in made


def test_a_free_with_a_condition_or_without_the_writers_place_is_not_conceded() -> None:
    text = "Moest €4 betalen voor de bezorging, ik dacht dat het gratis was in Zierikzee"
    assert free_where_said(text, ["Taarten bezorg ik gratis in Zierikzee vanaf € 40", "daaronder € 4"]) == ""
    made = draft_text(_BAKKER, "uitkomst_herstel", text, platform="facebook", author="Sanne de Vries")
    assert "hebt gelijk" not in made, made
    clauses = ["Huurfietsen brengen we kosteloos naar uw huisje in Oosterend en Midsland", "naar West € 5 per rit"]
    assert free_where_said("€5 betaald, ik dacht dat het gratis was naar West", clauses) == ""
    assert free_where_said("€5 betaald, het is toch gratis naar Midsland?", clauses) == clauses[0]


def test_a_chat_reply_to_a_writer_who_got_nothing_back_leaves_a_slot_for_what_is_paid_back() -> None:
    text = "Tandem gehuurd, € 30, na een uur de ketting eraf en de man zei dat we te wild reden. We kregen niets terug."
    made = draft_text(_VERHUUR, "uitkomst_herstel", text, platform="instagram", author="Sanne de Vries")
    assert "terugbetalen" in made and "[vul in" in made, made
    made = draft_text(_VERHUUR, "uitkomst_herstel", "Al drie mails gestuurd, niks terug gehoord.", platform="instagram")
    assert "terugbetalen" not in made, made


def test_a_price_per_half_hour_is_no_wait() -> None:
    text = "Step gehuurd, € 8 per half uur, en na tien minuten was de accu leeg. Echt jammer."
    made = draft_text(_VERHUUR, "uitkomst_herstel", text, platform="facebook", author="Sanne de Vries")
    assert "wachten" not in made, made


def test_a_broken_thing_of_the_business_for_everyone_gets_no_warranty() -> None:
    shop = BusinessProfile(
        name="Fietsen Bakker",
        kind="fietsenmaker",
        signers=["Kees"],
        voice="wij",
        register="u",
        email="info@fietsenbakker.nl",
        return_terms="3 maanden garantie op reparaties.",
    )
    text = "Die gratis bandenpomp bij de deur is al een week kapot. Staat er voor de sier zeker."
    made = draft_text(shop, "uitkomst_herstel", text, platform="facebook", author="Sanne de Vries")
    assert "garantie" not in made, made
