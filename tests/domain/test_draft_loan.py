"""The loan a profile offers, said to a writer left without their own while it is with the business
(app/domain/draft_loan.py, r99). Shops and sentences of our own."""

from __future__ import annotations

from app.domain.draft_loan import loan_offer
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

_GARAGE = BusinessProfile(
    name="Tweewielers Jansen",
    kind="fietsenmaker",
    signers=["Mark"],
    voice="ik",
    register="je",
    phone="0413-112233",
    faq=[
        FaqItem("Kan ik pinnen?", "Ja, pinnen en contant."),
        FaqItem(
            "Heb je een vervangfiets?", "Ja, bij een reparatie van meer dan twee dagen leen je gratis een vervangfiets."
        ),
    ],
)
_NONE = BusinessProfile(
    name="Fietsen Bos",
    kind="fietsenmaker",
    signers=["Ans"],
    voice="ik",
    faq=[FaqItem("Hebben jullie leenfietsen?", "Nee, leenfietsen hebben we helaas niet.")],
)


def test_a_writer_without_their_bike_gets_the_loan_the_profile_offers() -> None:
    text = (
        "Mijn fiets staat al twee weken bij jullie en ik moet nu elke dag met de bus naar school. Wanneer is hij klaar?"
    )
    assert loan_offer(_GARAGE, text) == "bij een reparatie van meer dan twee dagen leen je gratis een vervangfiets"
    assert loan_offer(_NONE, text) == ""  # the FAQ says no
    assert loan_offer(_GARAGE, "Mijn fiets staat al twee weken bij jullie. Wanneer is hij klaar?") == ""


def test_the_complaint_says_the_loan() -> None:
    text = "Al drie weken wacht ik op mijn fiets, zonder fiets naar m'n werk is echt niet te doen. Slechte service."
    assert "vervangfiets" in draft_text(_GARAGE, "uitkomst_herstel", text)
