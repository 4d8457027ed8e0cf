"""A once-only day of the writer's own (a wedding, a funeral) that went wrong, with nobody calling back: the reply
phones, and gives the shop's number for a call now, instead of asking for a number by mail. Shops and sentences of
their own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft, draft_text

_SALON = BusinessProfile(
    name="Haarstudio Lokken",
    kind="kapper",
    signers=["Inge"],
    voice="ik",
    register="u",
    email="inge@lokken.be",
    phone="053 77 88 99",
)


@pytest.mark.parametrize(
    "text",
    [
        "Bruidskapsel geboekt voor 7u op onze trouwdag, stond ik voor een gesloten deur. Nooit teruggebeld!",
        "Op mijn huwelijksdag was mijn afspraak gewoon geschrapt, en ik ben nooit teruggebeld. Schandalig.",
        "Voor de begrafenis van mijn vader een afspraak gemaakt, bleek die verwijderd. Niemand heeft mij teruggebeld.",
    ],
)
def test_a_spoilt_big_day_without_a_call_back_is_phoned(text: str) -> None:
    made = draft(_SALON, "uitkomst_herstel", text, platform="google", author="Kris Peeters")
    assert made.text is not None
    assert "053 77 88 99" in made.text, made.text
    assert "telefoonnummer in een mail" not in made.text, made.text


def test_an_ordinary_day_without_a_call_back_is_not_phoned_first() -> None:
    text = "Afspraak voor een kleuring was verwijderd, en niemand heeft mij teruggebeld."
    made = draft(_SALON, "uitkomst_herstel", text, platform="google", author="Kris Peeters")
    assert made.text is not None
    assert "053 77 88 99" not in made.text.split("\n")[1], made.text


# A fee for cancelling with the illness told in a sentence of its own, and a quoted word in the cancelling clause:
# no harm was done here, so no safety reply ('dit mag nooit meer voorkomen'). Sentences of our own.
_KAPSALON = BusinessProfile(
    name="Kapsalon Noor", kind="kapper", signers=["Noor"], voice="wij", register="je", email="info@noor.nl"
)


@pytest.mark.parametrize(
    "text",
    [
        "€ 19,50 betalen omdat ik mijn afspraak 'te laat' heb afgezegd?? Mijn zoontje had 39 graden koorts.",
        'Rekening van 30 euro omdat we onze afspraak "te kort dag" hebben afgebeld. Mijn dochter had buikgriep!',
        "ik heb om 8u s ochtends afgezegd en krijg nu een boete van 15 euro. mn man lag met griep in bed",
    ],
)
def test_illness_told_apart_from_the_cancelling_is_no_safety_case(text: str) -> None:
    from app.domain.draft_complaint_cancel import cancelled_by_writer, ill_reason

    assert cancelled_by_writer(text) and ill_reason(text)[0]
    made = draft_text(_KAPSALON, "uitkomst_herstel", text)
    assert "nooit meer voorkomen" not in made and "hoe gaat het nu" not in made.lower(), made
    assert "rekening" in made.lower() or "boete" in made.lower(), made


_RULED = BusinessProfile(
    name="Kapsalon Het Krulletje",
    kind="kapper",
    signers=["Sanne"],
    voice="wij",
    register="je",
    email="info@krulletje.nl",
    phone="0570 123 456",
    faq=[
        FaqItem(
            "Wat als ik niet kan komen?",
            "Afzeggen kan kosteloos tot 24 uur vooraf; bij een no-show rekenen we € 25.",
        )
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        "Rekening van € 25 gekregen omdat ik 'niet kwam opdagen'. Ik had drie dagen eerder al GEANNULEERD per mail!",
        "ik had mijn afspraak een week vooraf geannuleerd en nu krijg ik 25 euro boete voor een no-show??",
        "Jullie rekenen me € 25 aan voor een no show, terwijl ik op maandag al netjes had afgezegd. Niet normaal.",
    ],
)
def test_billed_as_a_no_show_after_cancelling_is_said_back_without_the_rule(text: str) -> None:
    made = draft(_RULED, "uitkomst_herstel", text, platform="facebook", author="Jolien de Vries")
    assert made.text is not None
    assert "geannuleerd" in made.text and "kosteloos" not in made.text, made.text  # said back, no rule pasted


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "We hadden een voorschot van € 80 betaald voor het kerstdiner. Twee weken op voorhand verwittigd "
            "dat we niet konden komen, en nu krijgen we niks terug.",
            "voorschot voor het kerstdiner van € 80",
        ),
        (
            "Aanbetaling gedaan voor de high tea (€ 30 p.p.), tien dagen van tevoren afgezegd, aanbetaling niet terug!",
            "aanbetaling voor de high tea na",
        ),
    ],
)
def test_a_deposit_kept_after_cancelling_names_what_it_was_for(text: str, said: str) -> None:
    made = draft(_RULED, "uitkomst_herstel", text, platform="google", author="Jolien de Vries")
    assert made.text is not None
    assert said in made.text, made.text


def test_the_business_cancelling_earlier_is_not_the_writer_cancelling() -> None:
    from app.domain.draft_complaint_cancel import cancelled_by_writer

    assert not cancelled_by_writer("De salon had eerder deze week zelf afgezegd en toch kreeg ik een factuur van 30 €")


@pytest.mark.parametrize(
    ("text", "mine"),
    [
        ("Ik had netjes op voorhand verwittigd, toch kreeg ik een rekening van 40 euro.", True),
        ("We hebben de afspraak de dag ervoor geannuleerd want mijn zoon was ziek, toch € 25 aangerekend", True),
        ("ik ANNULEERDE een week vantevoren en moest toch 30 eur betalen", True),
        ("De kapster heeft zelf gecanceled en ik kreeg toch een factuur van 20 euro", False),
        ("Mijn afspraak werd door jullie afgemeld en toch een rekening van € 15", False),
        # the reason first and no 'ik', as in a quick chat message
        ("zoontje lag met koorts dus s morgens afgezegd voor zijn knipbeurt en toch een rekening van 18 euro", True),
        ("de kapster was ziek dus werd mijn afspraak afgezegd, en toch een rekening van 18 euro", False),
    ],
)
def test_who_cancelled_is_read_from_the_one_cancel_word_list(text: str, mine: bool) -> None:
    from app.domain.draft_complaint_cancel import cancelled_by_writer

    assert cancelled_by_writer(text) is mine


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Sinds de nieuwe app moest ik €15 betalen omdat ik 'te laat' geannuleerd had. Mijn dochter lag met 39 "
         "graden koorts, sorry hé.", "dochter"),
        ("Ik heb 2 dagen op voorhand geannuleerd want mijn zoontje had griep, en toch 20 euro annulatiekosten.",
         "zoontje"),
        ("Moest € 25 betalen want ik had mijn afspraak geannuleerd. Mijn kindje lag met hoge koorts in bed!", "kindje"),
        ("Ik had mijn knipbeurt geannuleerd, toch 10 euro aangerekend. Mijn man lag met zware griep in bed.", "man"),
    ],
)  # fmt: skip
def test_a_fee_for_cancelling_when_ill_says_the_writers_word_and_who_was_ill(text: str, who: str) -> None:
    draft = draft_text(_SALON, "uitkomst_herstel", text, platform="instagram", author="Sanne")
    assert "annule" in draft and "afgezegd" not in draft, draft
    assert f"zieke {who}" in draft or f"ziek {who}" in draft, draft
    assert "Hoe gaat het nu" not in draft, draft  # a fee for cancelling, not an incident to ask after


@pytest.mark.parametrize(
    ("text", "weather"),
    [
        ("Mijn knipbeurt een dag vooraf afgezegd omdat er code oranje voor sneeuw gold, en toch 12 euro betalen.",
         True),
        ("Ik heb mijn afspraak 's avonds afgezegd, alle wegen lagen er spiegelglad bij, en dan een factuur van € 20? "
         "Kom op.", True),
        ("Ik heb mijn afspraak afgezegd want mijn auto was kapot, en toch 15 euro aangerekend.", False),
    ],
)  # fmt: skip
def test_a_fee_for_cancelling_in_dangerous_weather_grants_the_weather(text: str, weather: bool) -> None:
    # 'afgezegd, de wegen spiegelglad': cancelling in such weather is understood, said before the rule
    draft = draft_text(_SALON, "uitkomst_herstel", text, platform="instagram", author="Sanne")
    assert ("zulk weer" in draft) is weather, draft


_BARBER = BusinessProfile(name="Kapperij Noor", kind="kapper", signers=["Noor"], voice="ik", register="je")


@pytest.mark.parametrize(
    ("text", "how", "amount"),
    [
        (
            "Drie keer gemaild om mijn knipbeurt van dinsdag 14 mei te verplaatsen, nooit antwoord. Ik ben dus "
            "niet geweest en nu een rekening van € 18 voor no-show.",
            "te verplaatsen",
            "€ 18",
        ),
        (
            "ik had gebeld om de afspraak af te zeggen maar niemand nam op. Nu moet ik 25 euro betalen want no show?",
            "af te zeggen",
            "€ 25",
        ),
    ],
)
def test_a_no_show_bill_after_asking_to_move_says_what_the_writer_asked(text: str, how: str, amount: str) -> None:
    """Billed as a no-show after asking to move or cancel (and not heard back): the reply says the bill and what
    the writer asked, and keeps its apology; no cancellation rule thrown back."""
    made = draft_text(_BARBER, "uitkomst_herstel", text, platform="google", author="Wout")
    assert how in made and amount in made, made
    assert "no-show" in made or "niet was gekomen" in made, made
    assert "snap goed dat je hier niet blij mee bent" not in made, made


def test_a_no_show_bill_after_forgetting_is_no_asked_move() -> None:
    text = "Mijn afspraak vergeten, en nu een rekening van € 15 voor no-show. Streng hoor, om zo'n bedrag te vragen."
    made = draft_text(_BARBER, "uitkomst_herstel", text, platform="google", author="Wout")
    assert "gevraagd om" not in made, made


_BRASSERIE = BusinessProfile(
    name="Brasserie De Kaai",
    kind="restaurant",
    signers=["Wim"],
    voice="ik",
    register="je",
    email="wim@dekaai.be",
    phone="09 111 22 33",
)


def test_a_booking_cancelled_without_a_subject_whose_deposit_is_kept_is_the_writers() -> None:
    text = "Tafel voor 6 geannuleerd voor Pasen (ons zoontje had koorts), maar de 90 euro voorschot zijn we kwijt?"
    reply = draft_text(_BRASSERIE, "uitkomst_herstel", text, platform="facebook", author="Ann Claes")
    assert "voorschot van € 90" in reply, reply
    assert "ziek zoontje" in reply, reply


def test_a_deposit_nobody_answered_about_is_not_said_to_be_kept() -> None:
    text = (
        "Begin maart gemaild over onze aanbetaling van € 75 voor zaterdag. We kunnen niet komen, mijn man ligt in "
        "het ziekenhuis. Nog altijd geen antwoord."
    )
    reply = draft_text(_BRASSERIE, "uitkomst_herstel", text, platform="facebook", author="Ann Claes")
    assert "aanbetaling van € 75" in reply, reply
    assert "niet wordt terugbetaald" not in reply and "niet terugkomt" not in reply, reply
    assert "je man in het ziekenhuis" in reply and "beterschap" in reply, reply
    assert "ernstig" not in reply, reply  # a stay in hospital that was the reason to cancel is no harm done here


def test_an_illness_in_brackets_is_the_reason() -> None:
    from app.domain.draft_complaint_cancel import ill_reason

    assert ill_reason("Afspraak afgezegd (mijn dochter is ziek) en toch een rekening.") == (True, "dochter")
    assert ill_reason("Afspraak afgezegd (de kleine heeft griep), toch 20 euro betalen.") == (True, "kleine")
    assert ill_reason("Afspraak afgezegd (verkeerd ingeschreven), toch 20 euro betalen.") == (False, "")
