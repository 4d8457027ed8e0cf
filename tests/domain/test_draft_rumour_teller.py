"""What the teller of a rumour did ('zegt mijn neef die daar vroeger bezorgde') is no subject of the reply; the
answer's 'Ja.' with a full stop is a yes too. Shops and sentences of our own."""

from __future__ import annotations

from app.domain.draft_rumour_teller import named_by_teller_only, teller_clause
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import suggested

_DELIVERY = ["bezorgen", "bezorging", "thuisbezorgen"]


def test_the_teller_clause_is_found() -> None:
    text = "Ze bakken alles af uit de fabriek, zegt mijn neef die daar vroeger bezorgde."
    assert teller_clause(text) == "zegt mijn neef die daar vroeger bezorgde"
    assert named_by_teller_only(_DELIVERY, text)
    # said in the claim itself, it is what the rumour is about
    assert not named_by_teller_only(_DELIVERY, "Ze bezorgen niet meer, zegt mijn neef die daar vroeger bezorgde.")
    assert not named_by_teller_only(_DELIVERY, "Ze bezorgen niet meer in Wijchen.")


def test_the_draft_answers_the_claim_not_the_tellers_job() -> None:
    shop = BusinessProfile(
        name="Bakkerij Het Ambacht",
        kind="bakkerij",
        signers=["Henk"],
        voice="wij",
        register="je",
        delivery_terms="bezorgen in Wijchen vanaf € 20",
        faq=[
            FaqItem("Bakken jullie alles zelf?", "Ja. Alles bakken we elke nacht zelf; we kopen geen diepvriesdeeg in.")
        ],
    )
    text = "Het Ambacht verkoopt gewoon diepvriesbrood uit de fabriek, zegt m'n zwager die daar vroeger bezorgde."
    draft = suggested(shop, text, label="onwaarheid")
    assert "bezorgen in Wijchen" not in draft and "klopt niet" in draft and "Ja." not in draft, draft


def test_a_crime_said_of_us_is_taken_seriously_and_looked_into() -> None:
    shop = BusinessProfile(
        name="Fietshuis Van Beek",
        kind="fietsenmaker",
        signers=["Tim"],
        voice="wij",
        register="u",
        phone="024 123 45 67",
    )
    text = (
        "Klopt het dat de bezorger van Fietshuis Van Beek vorige week met de bestelwagen een geparkeerde auto heeft "
        "geraakt en gewoon is doorgereden?"
    )
    draft = suggested(shop, text, label="onwaarheid", platform="x")
    assert "serieus" in draft and "klopt niet" not in draft and "laatste nieuws" not in draft, draft
    assert "rechtstreeks van ons" in draft or "uit de eerste hand" in draft, draft  # our own word is the source
