"""Rumours set straight from the profile (app/domain/draft_rumour.py): a month said closed against the holiday
days, a closed door read as closing down; the FAQ corrections are in test_draft_rumour_faq.py. Shops and rumours of
their own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text


def _bike_shop(holidays: str) -> BusinessProfile:
    return BusinessProfile(
        name="Tweewielers De Spaak",
        kind="fietsenmaker",
        signers=["Gert"],
        voice="ik",
        register="je",
        email="gert@despaak.nl",
        phone="0561-123456",
        opening_hours="di–vr 9:00–18:00, za 9:00–17:00",
        holidays=holidays,
    )


_ONE_DAY = "dinsdag 11 maart: dicht; 24 december: 9:00–15:00; eerste kerstdag: dicht"


@pytest.mark.parametrize(
    "rumour",
    [
        "Hoorde dat De Spaak de hele maart dicht is, klopt dat?",
        "zijn jullie heel MAART gesloten?? buurvrouw zei het",
        "Ze zijn in maart toe zegt men. Jammer.",
        "Gesloten de hele maart, las ik in de buurtapp",
    ],
)
def test_a_month_said_closed_is_open_but_for_its_closed_days(rumour: str) -> None:
    draft = draft_text(_bike_shop(_ONE_DAY), "uitkomst_onwaarheid", rumour, author="Anja Mulder")
    assert "klopt niet" in draft and "gewoon open" in draft and "dinsdag 11 maart" in draft, draft
    assert "stop" not in draft, draft  # closed for a month is no rumour that the shop stops


def test_a_shop_said_to_shut_and_closed_a_month_does_not_stop() -> None:
    rumour = "De Spaak gaat toch dicht? Iemand zei dat ze de hele maart dicht zijn."
    draft = draft_text(_bike_shop(_ONE_DAY), "uitkomst_onwaarheid", rumour, author="Anja Mulder")
    assert "stop niet" in draft and "dinsdag 11 maart" in draft and "[vul in" not in draft, draft


@pytest.mark.parametrize(
    ("holidays", "rumour"),
    [
        # a closing of several days in that month: the rumour is partly right, the owner says how
        ("bouwvak: 3 t/m 14 maart dicht", "Ze zijn de hele maart dicht, hoorde ik"),
        # no day of that month in the profile: it does not say the shop is open all of it
        (_ONE_DAY, "Ze zijn de hele april dicht, hoorde ik"),
    ],
)
def test_a_month_said_closed_is_not_denied_without_single_days_in_it(holidays: str, rumour: str) -> None:
    draft = draft_text(_bike_shop(holidays), "uitkomst_onwaarheid", rumour, author="Anja Mulder")
    assert "gewoon open" not in draft, draft


def _repair_shop() -> BusinessProfile:
    return BusinessProfile(
        name="Fietsdokter Van Dam",
        kind="fietsenmaker",
        signers=["Kees"],
        voice="ik",
        register="je",
        email="kees@fietsdokter.nl",
        phone="0341-998877",
        opening_hours="di–za 9:00–17:30",
        faq=[
            FaqItem(
                "Repareer je ook scooters van andere merken?",
                "Ja, alle merken; onderdelen bestel ik binnen twee dagen.",
            ),
            FaqItem("Heb je een leenfiets?", "Ja, gratis bij een reparatie van meer dan een dag."),
        ],
    )


@pytest.mark.parametrize(
    "rumour",
    [
        "Mijn zwager zegt dat Van Dam geen scooters meer repareert die niet bij hem gekocht zijn. Klopt dat?",
        "hoorde dat ze daar geen scooters meer maken als je ze ergens anders hebt gekocht",
        "Ze repareren geen scooters meer die online besteld zijn, las ik.",
    ],
)
def test_a_rumour_that_only_what_was_bought_here_is_repaired_gets_all_brands(rumour: str) -> None:
    draft = draft_text(_repair_shop(), "uitkomst_onwaarheid", rumour, author="Joke Smit")
    assert "klopt niet" in draft and "alle merken" in draft and "[vul in" not in draft, draft


@pytest.mark.parametrize(
    "rumour",
    [
        "De Spaak gaat toch dicht? Hoorde dat ze geen nieuwe fietsen meer verkopen.",
        "gaan jullie sluiten?? er staan bijna geen fietsen meer in de winkel",
    ],
)
def test_a_closing_rumour_opens_on_the_closing_not_on_the_things_it_names(rumour: str) -> None:
    draft = draft_text(_bike_shop(_ONE_DAY), "uitkomst_onwaarheid", rumour, author="Anja Mulder")
    assert "over de fietsen" not in draft.lower(), draft


@pytest.mark.parametrize(
    ("rumour", "second"),
    [
        (
            "De Spaak gaat toch dicht? Ik hoorde dat ze geen reparaties meer doen en de hele maart dicht zijn!",
            "geen reparaties meer doen",
        ),
        (
            "gaan jullie sluiten?? las dat jullie in maart gesloten zijn en geen e-bikes meer verkopen.",
            "geen e-bikes meer verkopen",
        ),
    ],
)
def test_the_second_claim_of_a_rumour_the_fact_leaves_unsaid_gets_a_slot(rumour: str, second: str) -> None:
    draft = draft_text(_bike_shop(_ONE_DAY), "uitkomst_onwaarheid", rumour, author="Anja Mulder")
    assert "11 maart" in draft and f"‘{second}’? [vul in" in draft, draft


@pytest.mark.parametrize(
    "rumour",
    [
        "De Spaak gaat dicht? Hoorde dat De Spaak de hele maart dicht is.",
        # not about closing for good: the second part hangs on the first ('dan')
        "Ik hoorde dat jullie de hele maart dicht zijn en dat je dan je fiets nergens kwijt kunt?",
    ],
)
def test_a_rumour_of_one_claim_or_not_about_closing_gets_no_second_slot(rumour: str) -> None:
    draft = draft_text(_bike_shop(_ONE_DAY), "uitkomst_onwaarheid", rumour)
    assert "11 maart" in draft and "[vul in" not in draft, draft


@pytest.mark.parametrize(
    ("text", "bought"),
    [
        ("Klopt het dat ze geen fietsen maken die niet bij hen gekocht zijn?", True),
        ("ELDERS aangeschaft? dan helpen ze je daar niet, zeggen ze", True),
        ("Ik hoorde dat jullie uitsluitend repareren wat bij jullie gekocht is", True),
        ("Is it true you don't fix bikes not bought here?", True),
        ("Ik heb mijn fiets vorig jaar bij jullie gekocht, klopt het dat jullie stoppen?", False),
    ],
)
def test_a_rumour_that_only_what_was_bought_here_is_served_is_read_by_the_cue_words(text: str, bought: bool) -> None:
    from app.domain.draft_rumour_cues import _bought_elsewhere

    assert bool(_bought_elsewhere().search(text)) is bought


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Zijn jullie echt de hele oktober dicht?", "oktober"),
        ("iemand zei gans augustus gesloten", "augustus"),
        ("Ze zijn toch TOE tijdens juli??", "juli"),
        ("in juli gewoon open toch?", None),
    ],
)
def test_a_rumour_of_a_month_closed_names_the_month(text: str, month: str | None) -> None:
    from app.domain.draft_rumour_cues import _month_closed

    found = _month_closed().search(text)
    assert (found and (found.group("maand") or found.group("maand2")).lower()) == month or (
        found is None and month is None
    )


@pytest.mark.parametrize(
    ("text", "shut"),
    [("De Spaak gaat toch dicht?", True), ("gaan jullie sluiten", True), ("gaat zondag om 17:00 dicht", False)],
)
def test_closing_down_needs_the_end_of_the_clause(text: str, shut: bool) -> None:
    from app.domain.draft_rumour_cues import going_shut

    assert going_shut(text) is shut


_KAPPER = BusinessProfile(
    name="Salon Haarwerk",
    kind="kapsalon",
    signers=["Joke"],
    voice="wij",
    register="je",
    website="www.haarwerk.nl",
)


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "Ik hoor dat Haarwerk na de zomer stopt. Weet iemand hoe het zit met je cadeaubon? Heb er nog een.",
            "cadeaubon",
        ),
        ("Klopt het dat jullie stoppen?? ik heb nog een strippenkaart liggen", "strippenkaart"),
        ("Volgens mijn buurvrouw gaat Haarwerk failliet. En mijn VVV-bon dan?", "VVV-bon"),
        ("Zou het waar zijn da ze ermee stoppen? Ik kreeg nen kadobon van mijn meter", "kadobon"),
    ],
)
def test_a_closing_rumour_from_someone_with_a_voucher_asks_what_becomes_of_it(text: str, held: str) -> None:
    said = draft_text(_KAPPER, "uitkomst_onwaarheid", text)
    assert f"je {held}: [vul in" in said, said


def test_no_voucher_line_without_a_closing_rumour() -> None:
    said = draft_text(_KAPPER, "uitkomst_onwaarheid", "Klopt het dat jullie cadeaubonnen maar een maand geldig zijn?")
    assert "blijft die gewoon geldig" not in said, said


def _cafe() -> BusinessProfile:
    return BusinessProfile(
        name="Eetcafé De Linde",
        kind="restaurant",
        signers=["Bram"],
        voice="wij",
        register="je",
        email="info@delinde.be",
        phone="09 111 22 33",
        opening_hours="ma–za 11:00–22:00, zo dicht",
        payment="Bancontact, Payconiq, cash en Visa",
    )


@pytest.mark.parametrize(
    "rumour",
    [
        # two claims in one sentence, joined by 'en' before a new subject
        "De Linde is tegenwoordig op dinsdag gesloten en je kunt er alleen nog cash betalen, zeggen ze.",
        # Flemish, the second claim a verb before its subject
        "Bij De Linde zijn ze nu ook op dinsdag dicht en kunt ge daar alleen nog cash betalen. Spijtig.",
        # two sentences, the day as an adverb ''s dinsdags'
        "Wist ge dat ze bij De Linde alleen nog cash aanvaarden? En 's dinsdags zijn ze ook al dicht.",
        # typos and lower case
        "de linde is op dinsdag dicht tegenwoordig en je kan er alleen nog met cash betalen, echt jammer",
    ],
)
def test_every_claim_of_a_rumour_of_two_is_set_straight(rumour: str) -> None:
    draft = draft_text(_cafe(), "uitkomst_onwaarheid", rumour, author="Mieke")
    assert "dinsdag" in draft and "11:00" in draft, draft  # the day claim
    assert "Bancontact" in draft, draft  # the payment claim


def test_a_rumour_of_one_claim_gets_no_second_fact() -> None:
    draft = draft_text(_cafe(), "uitkomst_onwaarheid", "De Linde is nu op dinsdag gesloten, hoorde ik.", author="Mieke")
    assert "dinsdag" in draft and "Bancontact" not in draft, draft


@pytest.mark.parametrize(
    ("text", "bought"),
    [
        ("'Vreemde' e-bikes van de Action of uit Duitsland doet hij niks meer aan.", True),
        ("andermans fietsen herstellen ze daar niet meer", True),
        ("Er hing een vreemde geur in de winkel.", False),
    ],
)
def test_a_thing_from_elsewhere_said_with_an_adjective_is_bought_elsewhere(text: str, bought: bool) -> None:
    from app.domain.draft_rumour_cues import _bought_elsewhere

    assert bool(_bought_elsewhere().search(text)) is bought


def _salon_on_leave() -> BusinessProfile:
    return BusinessProfile(
        name="Kapsalon Mira",
        kind="kapsalon",
        signers=["Mira"],
        voice="ik",
        register="u",
        email="info@kapsalonmira.be",
        phone="03 111 22 33",
        opening_hours="di–za 9.00–18.00",
        holidays="jaarlijks verlof 3 t/m 17 augustus 2027: gesloten",
    )


@pytest.mark.parametrize(
    "rumour",
    [
        "Iemand zei dat Mira stopt en dat de zaak vanaf 3 augustus definitief toe is??",
        "ik hoorde dat kapsalon Mira op 3 augustus voorgoed sluit, echt spijtig",
        "Klopt het dat Mira ermee ophoudt? Vanaf 5 augustus zou het gedaan zijn.",
        "Zeg dat het niet waar is: gaat u vanaf 3 aug echt voorgoed dicht, Mira?",
    ],
)
def test_a_closing_down_rumour_dated_in_the_annual_leave_gets_the_leave(rumour: str) -> None:
    draft = draft_text(_salon_on_leave(), "uitkomst_onwaarheid", rumour, author="Els Peeters")
    assert "17 augustus" in draft and "verlof" in draft.lower() and "2027" not in draft, draft


def test_a_closing_down_rumour_dated_outside_the_leave_gets_no_leave() -> None:
    draft = draft_text(_salon_on_leave(), "uitkomst_onwaarheid", "Mira stopt ermee vanaf 1 oktober, hoorde ik.")
    assert "17 augustus" not in draft, draft


def _butcher_on_leave() -> BusinessProfile:
    return BusinessProfile(
        name="Slagerij Peeters",
        kind="slagerij",
        signers=["Koen"],
        voice="ik",
        register="je",
        email="koen@slagerijpeeters.be",
        phone="014 22 33 44",
        opening_hours="di–za 8.00–18.00",
        holidays="zomerverlof 12 t/m 25 juli 2027: gesloten",
    )


@pytest.mark.parametrize(
    "rumour",
    [
        # stopping with one product, not with the business
        "Mijn buurvrouw zegt dat je vanaf 14 juli stopt met het maken van vleessalades, alleen nog vers vlees.",
        "Klopt het da ge vanaf 15 juli stopt me de barbecuepakketten??",
        # a takeover, a rebuilding, a move: not closing for good
        "Klopt het dat de slagerij op 20 juli wordt overgenomen door een keten?",
        "Er wordt gezegd dat je vanaf 13 juli gaat verbouwen en een maand toe bent.",
        "Hoorde dat Koen op 16 juli verhuist naar de Markt?",
        # another year than the leave's
        "Klopt het dat je op 14 juli 2029 stopt? Dan zijn we onze beste slager kwijt.",
    ],
)
def test_a_rumour_dated_in_the_leave_that_is_not_about_closing_down_is_not_denied_with_the_leave(rumour: str) -> None:
    draft = draft_text(_butcher_on_leave(), "uitkomst_onwaarheid", rumour, author="An Claes")
    assert "ik stop niet" not in draft.lower() and "stop er niet mee" not in draft, draft
    assert "daarna" not in draft, draft


@pytest.mark.parametrize(
    "rumour",
    [
        "Ze zeggen da ge vanaf 14 juli ermee ophoudt, is da waar Koen?",
        "klopt het dat je op 20 juli voorgoed sluit",
        "Iemand zei dat Koen met pensioen gaat en dat de zaak vanaf 13 juli definitief toe is.",
        "Klopt het dat jullie op 15 juli 2027 stoppen? Echt jammer",
    ],
)
def test_a_closing_down_rumour_dated_in_the_leave_still_gets_the_leave(rumour: str) -> None:
    draft = draft_text(_butcher_on_leave(), "uitkomst_onwaarheid", rumour, author="An Claes")
    assert "25 juli" in draft and "daarna" in draft, draft


_BAKERY_MOVES = BusinessProfile(
    name="Bakkerij De Korenschoof",
    kind="bakkerij",
    signers=["Wendy"],
    register="je",
    voice="wij",
    email="info@korenschoof.be",
    address="Kerkstraat 12, 2440 Geel",
    faq=[
        FaqItem("Bakken jullie nog zelf?", "Ja, alles wordt elke nacht hier in de bakkerij gebakken."),
        FaqItem("Hebben jullie taarten?", "Ja, taarten bestel je twee dagen op voorhand."),
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        "Mijn buurvrouw zegt dat De Korenschoof verhuisd is naar Mol en dat ze niet meer zelf bakken.",
        "Ik hoorde dat jullie gaan verhuizen naar Herentals en dat er geen taarten meer zijn?",
        "volgens mijn tante zijn ze verkast naar Kasterlee en bakken ze nie meer zelf, jammer",
        "Is het waar dat jullie verhuizen naar Olen? En dat er geen taarten meer zijn?",
    ],
)
def test_a_moving_claim_beside_another_claim_gets_the_address_too(text: str) -> None:
    said = draft_text(_BAKERY_MOVES, "uitkomst_onwaarheid", text)
    assert "Kerkstraat 12" in said, said


def test_a_closing_rumour_at_a_closed_door_names_the_day_the_leave_ends() -> None:
    from app.domain.draft_leave_rumour import closure_values

    entries = [
        (
            "zomerverlof",
            "gesloten van maandag 3 augustus tot en met zaterdag 15 augustus, maandag 17 augustus terug open",
        )
    ]
    key, values = closure_values(entries, "zomerverlof", "maandag 3 augustus tot en met zaterdag 15 augustus")
    assert key == "closure_holiday_back" and values["tweede"] == "maandag 17 augustus", (key, values)
    assert closure_values([("zomerverlof", "3 t/m 15 augustus dicht")], "zomerverlof", "3 t/m 15 augustus")[0] == (
        "closure_holiday"
    )


def test_a_closed_line_of_days_only_is_named_by_its_reason() -> None:
    from app.domain.draft_holiday_lines import closing_period

    assert closing_period([("van 3 tot en met 8 mei", "gesloten wegens verlof")]) == ("verlof", "3 tot en met 8 mei")


@pytest.mark.parametrize(
    "rumour",
    [
        "Is Peeters er mee gestopt? Al dagen het rolluik naar beneden en niemand neemt op.",
        "Slagerij Peeters failliet?? Ik sta al een week voor een dichte deur.",
    ],
)
def test_a_closed_door_read_as_closing_down_is_said_wrong_in_so_many_words(rumour: str) -> None:
    # whichever variant is drawn, the verdict says 'klopt niet' before the leave that explains the closed door
    for author in ("An Claes", "Jef Mertens", "Lotte", "Sam Wouters"):
        draft = draft_text(_butcher_on_leave(), "uitkomst_onwaarheid", rumour, author=author)
        assert "klopt niet" in draft and "12" in draft, draft
