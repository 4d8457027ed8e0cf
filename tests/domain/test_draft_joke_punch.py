"""The light reply to a joke says back what the joke's last line turns on ('Nu nog een taart die m'n
belastingaangifte doet' → 'je belastingaangifte'), not the product it is about, and not a word of the
business's own name. Sentences of their own, not a round's."""

from __future__ import annotations

from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics

BAKERY = BusinessProfile(name="Bakkerij De Molen", kind="bakkerij", signers=["Els"])
BIKES = BusinessProfile(name="Fietsverhuur Heuvelland", kind="fietsenmaker", signers=["Rob"], voice="ik")


def _joke(profile: BusinessProfile, text: str) -> str:
    made = Drafter(profile, analyser=analyse_topics).draft("uitkomst_grap", text, author="Sem", platform="bluesky")
    assert made.optional is not None
    return made.optional


def test_the_thing_the_last_line_turns_on_is_said_back() -> None:
    reply = _joke(
        BAKERY,
        "Die roggebollen zijn zo taai dat ik er de schuur mee heb gestut. Nu nog een brood dat m'n strijkgoed doet 😂",
    )
    assert "je strijkgoed" in reply and "Haha" in reply
    reply = _joke(
        BIKES,
        "Huurfiets met 'trapondersteuning' 😅 Op de Keutenberg was ik zelf de ondersteuning. "
        "Die accu was sneller leeg dan ik.",
    )
    assert "de Keutenberg" in reply


def test_a_last_line_without_a_thing_passes_the_turn_to_the_line_before() -> None:
    reply = _joke(
        BAKERY,
        "Mijn buurman vroeg waar ik zaterdag was. Ik liet hem de kassa van De Molen zien. Hij zegt niks meer 💀",
    )
    assert "de kassa" in reply


def test_the_product_and_the_business_name_are_no_punchline() -> None:
    reply = _joke(BAKERY, "Zo'n lekkere appeltaart van De Molen. Nu nog een appeltaart die vanzelf verdwijnt 🍰")
    assert "De Molen" not in reply and "Molen!" not in reply
    assert "dat van de appeltaart" not in reply
