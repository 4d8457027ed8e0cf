"""Non-safety complaints that name the service, the thing and the occasion (issue #13): a colour that came out on
the writer after a treatment they named, a fringe cut too short said without a verb, a dish paid for that the word
lists do not know, a sold-out complaint with its day and no proposal to fill in, and the wedding party an appointment
was cancelled before. Businesses and sentences of our own, none from the rounds."""

from __future__ import annotations

import pytest

from app.domain.draft_events import asks_more, day_said
from app.nlp.topics import analyse_topics
from tests.domain.businesses import BAKKERIJ_GRAAN, EETCAFE_DE_LINDE, KAPSALON_KNIP
from tests.domain.drafts import draft_text

_COMPLAINT = "uitkomst_herstel"


@pytest.mark.parametrize(
    ("text", "treatment"),
    [
        ("€ 120 betaald voor een balayage en nu ben ik gewoon oranje.", "balayage"),
        ("Voor mijn permanent 90 euro betaald, resultaat: groen.", "permanent"),
        ("95 euro voor een balayage. Ik ben nu knalrood, echt niet normaal.", "balayage"),
    ],
)
def test_a_colour_on_the_writer_is_named_by_the_treatment(text: str, treatment: str) -> None:
    draft = draft_text(KAPSALON_KNIP, _COMPLAINT, text)
    assert treatment in draft


@pytest.mark.parametrize(
    "text",
    [
        "pony veel te kort terwijl ik zei alleen de puntjes.",
        "Pony véél te kort geknipt, ik zei nog alleen de puntjes",
        "Mijn pony echt veel te kort. Nooit meer.",
    ],
)
def test_a_fringe_too_short_said_without_a_verb_is_named(text: str) -> None:
    assert ("pony", "veel te kort") in analyse_topics(text).judged
    assert "pony" in draft_text(KAPSALON_KNIP, _COMPLAINT, text)


@pytest.mark.parametrize(
    "text",
    ["Ik had geen zin meer te wachten.", "Dat is te laat komen.", "Het kost te veel."],
)
def test_no_verbless_judgement_without_a_thing(text: str) -> None:
    assert not any(how.startswith(("te ", "veel te ")) for _, how in analyse_topics(text).judged)


@pytest.mark.parametrize(
    ("text", "dish"),
    [
        ("€ 36 voor stoofvlees en het was een schaaltje saus met drie stukjes. Ik wil mijn geld terug.", "stoofvlees"),
        ("28 euro betaald voor een stoofpotje en het was een schaaltje saus. Echt belachelijk.", "stoofpotje"),
        ("€24 voor waterzooi, een kom lauwe bouillon. Geld terug graag.", "waterzooi"),
    ],
)
def test_what_was_paid_for_is_named(text: str, dish: str) -> None:
    assert analyse_topics(text).products[0].text == dish
    assert dish in draft_text(EETCAFE_DE_LINDE, _COMPLAINT, text)


@pytest.mark.parametrize(
    "text",
    [
        "Zaterdagochtend om 10 uur waren er al geen croissants meer. Bak er toch wat meer!",
        "zondag om 9u hadden ze alweer geen pistolets meer, waarom niet gewoon meer bakken",
        "Vrijdag om 11 uur was er al geen brood meer. Elke week hetzelfde.",
    ],
)
def test_sold_out_names_the_day_and_has_no_proposal(text: str) -> None:
    assert analyse_topics(text).concept == "uitverkocht"
    draft = draft_text(BAKKERIJ_GRAAN, _COMPLAINT, text)
    assert day_said(text).split()[0] in draft.lower()
    assert "vul in: het voorstel" not in draft
    assert ("gebakken" in draft) == asks_more(text)


def test_no_sold_out_without_a_thing_sold() -> None:
    assert analyse_topics("Ik had al geen zin meer om te wachten op de kapster.").concept != "uitverkocht"


@pytest.mark.parametrize(
    "text",
    [
        "Afspraak afgezegd via sms, de avond voor mijn trouwfeest. Nooit meer.",
        "Een uur op voorhand geannuleerd, de dag voor onze trouwerij!",
    ],
)
def test_an_appointment_cancelled_before_the_wedding_names_it(text: str) -> None:
    assert "trouw" in draft_text(KAPSALON_KNIP, _COMPLAINT, text)
