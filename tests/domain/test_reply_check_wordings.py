"""The reply checks accept the natural ways a webcare reply says where the right information stands, that it
regrets what happened, and that the business gets in touch itself (Dutch and English), and still fail a reply
that says none of it."""

from __future__ import annotations

import pytest

from app.domain.reply_check import check_reply

_SIGN = "\nGroet, Wendy"


def _missing(reply: str, kind: str, platform: str = "facebook") -> set[str]:
    return {r.check for r in check_reply(reply + _SIGN, kind, platform).missing}


@pytest.mark.parametrize(
    "source",
    [
        "Het staat ook op onze website.",
        "Dat staat gewoon op de site.",
        "You can also check it on our website.",
        "You have it straight from us.",
        "This is first-hand, from the owner.",
    ],
)
def test_a_correction_that_says_where_to_check_has_its_source(source: str) -> None:
    reply = f"Dat klopt niet: we verkopen nog steeds zelfgemaakte jam, elke week vers. {source}"
    assert "bron" not in _missing(reply, "rechtzetten")


@pytest.mark.parametrize(
    "reply",
    [
        "Dat klopt niet: we verkopen nog steeds zelfgemaakte jam, elke week vers, en dat blijft ook zo.",
        "That is not right: we still sell our own jam, made fresh every week, and that will not change.",
        "Fijn dat je het vraagt: de jam staat nog steeds in de winkel, naast de kaas, elke week vers.",
    ],
)
def test_a_correction_that_names_no_source_still_misses_it(reply: str) -> None:
    assert "bron" in _missing(reply, "rechtzetten")


@pytest.mark.parametrize(
    "regret",
    [
        "Dat de rekening hoger uitviel zonder overleg, had niet zo mogen gaan.",
        "Een lekke band twee dagen na de reparatie: zo hoort het niet.",
        "Dat hoort na een onderhoudsbeurt echt niet.",
    ],
)
def test_a_complaint_reply_that_owns_the_fault_shows_empathy(regret: str) -> None:
    reply = f"{regret} Mail me even op wendy@fietsenwendy.nl, dan zoek ik het samen met je uit."
    assert "empathie" not in _missing(reply, "herstel")


@pytest.mark.parametrize(
    "reply",
    [
        "Je hoort nog van ons over de rekening. Mail me even op wendy@fietsenwendy.nl met je bonnetje erbij.",
        "Je hoorde niets meer, dus hier het antwoord: de rekening klopt. Mail gerust naar wendy@fietsenwendy.nl.",
    ],
)
def test_hearing_from_us_is_no_empathy(reply: str) -> None:
    assert "empathie" in _missing(reply, "herstel")


def test_getting_in_touch_with_the_details_we_have_is_a_channel() -> None:
    reply = (
        "Wat vervelend dat je bestelling zo aankwam. We zorgen dat je vandaag nog persoonlijk van ons hoort, via de "
        "gegevens die we al van je hebben."
    )
    assert "kanaal" not in _missing(reply, "herstel", "google")


def test_a_promise_without_any_way_to_reach_them_is_no_channel() -> None:
    reply = "Wat vervelend dat je bestelling zo aankwam. We zoeken uit hoe dit kon gebeuren en leren ervan."
    assert "kanaal" in _missing(reply, "herstel", "google")
