"""Complaints read as what they are (issue #13, a reader's findings): mails nobody answered are the complaint,
said in the plural when there were several; a noise is said as a noise, not as 'het doet het niet'; a price
called a scam gets the price explained, no apology and no 'oplichters' back; and what the writer judged
('koud en slap') or found too little for the money ('maar 1 plakje') is said back concretely. Businesses and
sentences of our own, none from the rounds."""

from __future__ import annotations

import pytest

from app.domain.draft_unanswered import tried_several
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_COMPLAINT = "uitkomst_herstel"

RIJWIEL_DE_SPAAK = BusinessProfile(
    name="Rijwielhandel De Spaak",
    kind="fietsenmaker",
    signers=["Koen"],
    voice="ik",
    email="koen@despaak.nl",
    phone="030-7654321",
)
VELO_DE_KEMPEN = BusinessProfile(
    name="Velo De Kempen",
    kind="fietsenmaker",
    signers=["Wout"],
    voice="ik",
    register="u",
    email="wout@velodekempen.be",
    phone="014 55 66 77",
)
FRITUUR_DE_KOOG = BusinessProfile(
    name="Cafetaria De Koog", kind="snackbar", signers=["Sanne"], voice="wij", email="hallo@dekoog.nl"
)
VISHUIS_DE_HAVEN = BusinessProfile(
    name="Vishuis De Haven", kind="restaurant", signers=["Joost"], voice="wij", email="info@vishuisdehaven.nl"
)


@pytest.mark.parametrize(
    "text",
    [
        "Drie keer gemaild over de prijsopgave voor een nieuwe motor, nooit iets teruggehoord.",
        "al 2x gemaild ivm de offerte van mijn e-bike en niemand reageert",
        "Al drie mails gestuurd over mijne velo, nog altijd geen antwoord.",
        "Meerdere keren gemaild over de factuur van de reparatie, geen reactie. Zwak hoor.",
    ],
)
def test_mails_nobody_answered_are_the_complaint_in_the_plural(text: str) -> None:
    made = draft_text(RIJWIEL_DE_SPAAK, _COMPLAINT, text, platform="google")
    assert "mails" in made and ("onbeantwoord" in made or "geen antwoord" in made)
    assert "op je mail " not in made and "je mail," not in made
    assert "schrok" not in made and "bedrag" not in made  # no price complaint read into it


def test_messages_sent_several_times_are_said_as_berichten() -> None:
    made = draft_text(RIJWIEL_DE_SPAAK, _COMPLAINT, "MEERDERE KEREN een bericht gestuurd via messenger, nul reactie.")
    assert "berichten onbeantwoord" in made or "berichten geen antwoord" in made


def test_one_mail_stays_singular_and_unanswered_is_read_without_geen() -> None:
    text = "Ik heb jullie een mail gestuurd over mijn fiets en niemand heeft geantwoord."
    made = draft_text(RIJWIEL_DE_SPAAK, _COMPLAINT, text)
    assert "je mail " in made and "mails" not in made


def test_several_mails_beside_another_complaint_are_plural() -> None:
    text = "Mijn nieuwe band is na een week weer lek en ik heb al 3 mails gestuurd zonder antwoord."
    made = draft_text(RIJWIEL_DE_SPAAK, _COMPLAINT, text)
    assert "mails" in made and "op je mail " not in made


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Grote beurt gehad en m'n trapas kraakt nog altijd.", "trapas"),
        ("Mn ketting rammelt sinds de reparatie, echt irritant", "ketting"),
        ("MIJN VERSNELLING TIKT WEER na het onderhoud!!", "versnelling"),
        ("Na de grote beurt piept mijne velo nog steeds", "piept"),
    ],
)
def test_a_noise_is_said_as_a_noise_not_as_broken(text: str, said: str) -> None:
    made = draft_text(VELO_DE_KEMPEN, _COMPLAINT, text, platform="facebook")
    noise = next(w for w in ("kraakt", "rammelt", "tikt", "piept") if w in text.lower())
    assert said in made and noise in made
    assert "het niet doet" not in made and "stuk is" not in made and "kapot" not in made


def test_something_that_does_not_work_still_does_not_work() -> None:
    made = draft_text(VELO_DE_KEMPEN, _COMPLAINT, "De versnelling doet het niet meer sinds de reparatie.")
    assert "het niet doet" in made or "stuk is" in made


def test_tried_several_counts_plurals_numbers_and_words() -> None:
    assert tried_several("Twee mails gestuurd")
    assert tried_several("al 3x gebeld")
    assert tried_several("herhaaldelijk gemaild")
    assert not tried_several("Ik heb een mail gestuurd")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "€45 voor een nieuwe ketting en 10 minuten werk?? bij de bouwmarkt kost zo'n ketting 9 euro. oplichters",
            "€ 45",
        ),
        ("€ 30 voor een plakbeurt van 5 minuten, stelletje afzetters", "€ 30"),
        ("OPLICHTERS!! 120 euro voor een binnenband en een kabeltje", "€ 120"),
    ],
)
@pytest.mark.parametrize("platform", ["x", "google"])
def test_a_price_called_a_scam_gets_the_price_explained(text: str, amount: str, platform: str) -> None:
    made = draft_text(RIJWIEL_DE_SPAAK, _COMPLAINT, text, platform=platform)
    assert amount in made and ("bedrag" in made or "prijs" in made)
    assert "opgebouwd" in made or "in elkaar zit" in made  # what the amount covers, explained
    lowered = made.lower()
    assert "oplicht" not in lowered and "afzet" not in lowered
    assert "excuses" not in lowered and "sorry" not in lowered


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("worstenbroodje was koud en de korst helemaal slap 😒", ("worstenbroodje", "koud", "korst", "slap")),
        ("De friet was koud en slap, echt niet te eten.", ("friet", "koud en slap")),
        ("Frieten waren lauw en zompig, nooit meer", ("frieten", "lauw en zompig")),
        ("Mijn kroket was koud en de friet was slap.", ("kroket", "koud", "friet", "slap")),
    ],
)
def test_what_the_writer_judged_is_said_back_with_the_dish(text: str, words: tuple[str, ...]) -> None:
    made = draft_text(FRITUUR_DE_KOOG, _COMPLAINT, text)
    assert all(w in made for w in words)
    assert "niet was wat je ervan verwachtte" not in made


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("18,50 voor gerookte paling op brood en er lag letterlijk 1 reepje op.", ("€ 18,50", "1 reepje")),
        ("22 euro betaald voor een kommetje soep met welgeteld 2 mosselen erin", ("€ 22", "2 mosselen")),
        ("Er lag maar 1 plakje zalm op mijn broodje, dat is toch geen lunch", ("1 plakje zalm",)),
        ("€ 24 voor een visschotel met maar drie garnalen. Belachelijk.", ("€ 24", "drie garnalen")),
    ],
)
def test_a_small_portion_is_said_back_with_its_price(text: str, words: tuple[str, ...]) -> None:
    made = draft_text(VISHUIS_DE_HAVEN, _COMPLAINT, text)
    assert all(w in made for w in words)
