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


def test_a_faq_that_says_no_in_other_words_offers_nothing() -> None:
    """Code review int30 #6: 'geen' anywhere in the answer says no, not only a leading 'Nee'."""
    plain_no = BusinessProfile(
        name="Fietsen Bos",
        kind="fietsenmaker",
        signers=["Ans"],
        voice="ik",
        faq=[FaqItem("Hebben jullie leenfietsen?", "Wij hebben geen leenfietsen, sorry.")],
    )
    text = "Mijn fiets staat al 2 weken bij jullie. Zonder fiets naar school is geen pretje."
    assert loan_offer(plain_no, text) == ""
    assert loan_offer(_GARAGE, text) != ""
    never = BusinessProfile(
        name="Fietsen Bos",
        kind="fietsenmaker",
        signers=["Ans"],
        voice="ik",
        faq=[FaqItem("Leenfiets?", "Een leenfiets bieden we nooit aan.")],
    )
    assert loan_offer(never, text) == ""


def test_no_loan_for_a_writer_whose_own_is_not_with_the_business() -> None:
    """Code review int30 #6: 'te voet' or 'met de bus' only asks for a loan while the writer's own is in repair."""
    assert loan_offer(_GARAGE, "Ik kwam te voet langs om een nieuwe band te kopen en werd afgesnauwd.") == ""
    assert loan_offer(_GARAGE, "Met de bus naar jullie winkel gekomen voor een slot, en het was dicht.") == ""
    assert loan_offer(_GARAGE, "Fiets op 2 mei gebracht. Zonder fiets naar m'n werk is echt geen pretje.") != ""
    assert loan_offer(_GARAGE, "Mijn e-bike heeft hier 5 weken gestaan, ik moest met de bus naar mijn werk.") != ""
    assert loan_offer(_GARAGE, "Mijn e-bike die sinds 16 maart binnen is: ik moet nu te voet naar school.") != ""


def test_a_faq_yes_with_a_geen_that_says_yes_offers_the_loan() -> None:
    """Code review int30 #23: the loan's no is draft_asked.says_no; 'Geen probleem' and a later 'niet' say no no."""
    text = "Mijn fiets staat al 2 weken bij jullie. Zonder fiets naar school is geen pretje."
    for answer in (
        "Geen probleem, bij een langere reparatie krijg je een leenfiets mee.",
        "Ja, je krijgt een leenfiets mee. Niet voor e-bikes, wel voor gewone fietsen.",
    ):
        shop = BusinessProfile(
            name="Fietsen Bos", kind="fietsenmaker", signers=["Ans"], voice="ik", faq=[FaqItem("Leenfiets?", answer)]
        )
        assert "leenfiets" in loan_offer(shop, text), answer


def test_a_loan_in_a_sentence_of_its_own_beside_a_no_is_offered() -> None:
    shop = BusinessProfile.from_dict(
        {
            **_GARAGE.to_dict(),
            "faq": [
                {
                    "question": "Verhuren jullie fietsen?",
                    "answer": "Nee, verhuur doen we niet. Staat je fiets hier langer dan een dag, dan krijg je gratis "
                    "een leenfiets mee.",
                }
            ],
        }
    )
    text = (
        "Mijn e-bike is vorige week binnengebracht en ik heb nu geen fiets om naar mijn stage te rijden. Hoe lang nog?"
    )
    assert loan_offer(shop, text) == "staat je fiets hier langer dan een dag, dan krijg je gratis een leenfiets mee"
    # a writer who only asks when it is ready is offered nothing
    assert loan_offer(shop, "Mijn e-bike is vorige week binnengebracht. Hoe lang nog?") == ""


def test_the_loan_goes_beside_the_warranty_for_a_writer_left_without() -> None:
    shop = BusinessProfile.from_dict({**_GARAGE.to_dict(), "return_terms": "drie maanden garantie op reparaties"})
    text = (
        "Mijn fiets staat er nu al acht dagen voor een nieuwe naaf die vorige maand al vervangen was, weer kapot. "
        "Nu moet ik elke dag met de bus. Slecht."
    )
    said = draft_text(shop, "uitkomst_herstel", text)
    assert "garantie" in said and "vervangfiets" in said, said
    assert "Intussen hoef je niet zonder" in said, said


def test_a_loan_the_faq_question_names_for_a_writer_waiting_on_a_part() -> None:
    from app.domain.draft_loan import loan_offer
    from app.domain.profile import BusinessProfile, FaqItem

    shop = BusinessProfile(
        name="Fietsen Vos",
        kind="fietsenmaker",
        signers=["Wim"],
        faq=[FaqItem(question="Heb je een vervangfiets?", answer="Ja, gratis zolang je fiets hier staat.")],
    )
    text = "Nu moet ik nog twee weken wachten op een nieuwe accu en kan ik niet naar school. Dat is toch niet normaal."
    assert loan_offer(shop, text) == "een vervangfiets, gratis zolang je fiets hier staat"
    assert loan_offer(shop, "Nu moet ik nog twee weken wachten op een nieuwe accu. Niet normaal.") == ""
