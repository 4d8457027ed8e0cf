"""The wishes of a suggestion (app/domain/draft_wishes.py): a tip from an organisation named before its colon, and
the writer's own people who would love the idea, which are no wish of their own."""

from __future__ import annotations

import pytest

from app.domain.draft_wishes import wishes


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        (
            "Idee vanuit de winkeliersvereniging: organiseer in maart eens een proeverij voor bewoners uit de wijk.",
            "om in maart eens een proeverij voor bewoners uit de wijk te organiseren",
        ),
        ("Tip namens het buurtcomité: zet een bankje bij de ingang!", "om een bankje bij de ingang te zetten"),
        ("suggestie van de ouderraad: bied ook een kindermenu aan", "om ook een kindermenu aan te bieden"),
    ],
)
def test_a_tip_from_an_organisation_is_read_after_its_colon(text: str, wish: str) -> None:
    assert wishes(text)[:1] == [wish]


@pytest.mark.parametrize(
    "text",
    [
        "Idee: verkoop de kruimels in zakjes! Mijn kinderen zouden er een moord voor doen 😂",
        "tip: verkoop de kruimels in zakjes. m'n zoontje zou er alles voor over hebben",
        "Suggestie: verkoop de kruimels in zakjes. Onze kids zouden dat echt geweldig vinden",
    ],
)
def test_the_writers_own_who_would_love_it_are_no_second_wish(text: str) -> None:
    assert wishes(text) == ["om de kruimels in zakjes te verkopen"]


@pytest.mark.parametrize(
    "text",
    [
        "Tip: bak ook eens glutenvrij brood. Mn vrouw zou er blij mee zijn",
        "idee: bak ook eens glutenvrij brood! Ons gezin zou dat top vinden",
    ],
)
def test_every_possessive_of_the_writer_is_no_second_wish(text: str) -> None:
    assert len(wishes(text)) == 1, wishes(text)


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        (
            "Sterke zaak! Vanuit het buurtcomité: doen jullie volgend jaar ook mee aan de Lentemarkt?",
            "om mee te doen aan de Lentemarkt",
        ),
        ("Fijne bakker. Doet u in 2028 mee met de Lokeren Waardebon?", "om mee te doen met de Lokeren Waardebon"),
        ("schitterende winkel, doede gij ook mee me de kerststoet?", "om mee te doen met de kerststoet"),
        ("Top team. Zou je willen deelnemen aan onze zomeractie?", "om deel te nemen aan onze zomeractie"),
        (
            "Goeie kapper! Gaan jullie ook meedoen met het Open Atelierweekend?",
            "om mee te doen met het Open Atelierweekend",
        ),
    ],
)
def test_an_invitation_to_take_part_is_the_wish(text: str, wish: str) -> None:
    assert wishes(text)[:1] == [wish]


def test_taking_part_the_writer_tells_of_is_no_wish() -> None:
    assert wishes("Wij deden mee aan de fietstocht en jullie stonden klaar met koffie. Top!") == []


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        ("Zou je niet af en toe op zondag open kunnen zijn, bv in december?", "om af en toe op zondag open te zijn"),
        (
            "Zouden jullie ook glutenvrij brood willen bakken, bijvoorbeeld op vrijdag?",
            "om ook glutenvrij brood te bakken",
        ),
    ],
)
def test_an_example_after_a_wish_asked_leaves_the_wish(text: str, wish: str) -> None:
    assert wish in wishes(text), wishes(text)


@pytest.mark.parametrize(
    ("verb", "want"),
    [
        ("openstellen", "open te stellen"),
        ("aanbieden", "aan te bieden"),
        ("openen", "te openen"),
        ("maken", "te maken"),
    ],
)
def test_the_te_form_splits_the_longest_particle(verb: str, want: str) -> None:
    from app.domain.draft_wish_said import te_form

    assert te_form(verb) == want


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        (
            "Lekkere pasta! Maar mag er eens wat rauwkost bij in plaats van altijd brood?",
            "voor rauwkost in plaats van altijd brood",
        ),
        ("top ontbijt, kan er ook verse jus bij? gewoon een idee", "voor verse jus erbij"),
    ],
)
def test_a_thing_wished_beside_what_there_is_is_named(text: str, wish: str) -> None:
    assert wishes(text)[:1] == [wish]


def test_someone_who_might_come_along_is_no_wish() -> None:
    assert wishes("Gezellige avond! Kan er volgende keer nog iemand bij?") == []


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        (
            "De koffie is prima. Wat ik graag zou zien: een paar stopcontacten bij de bank.",
            "voor een paar stopcontacten",
        ),
        ("Lekker brood hoor, maar wat we zouden willen: een kleiner brood voor één persoon.", "voor een kleiner brood"),
    ],
)
def test_what_the_writer_would_like_after_a_colon_is_the_wish(text: str, wish: str) -> None:
    assert wishes(text)[0].startswith(wish), wishes(text)


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        # after 'ook' the thing wished needs no article
        ("Prima avond gehad. Eén wens: ook ontbijt op zondag!", "voor ontbijt op zondag"),
        # whom it is for, after a comma
        ("Zoudt ge geen kleiner brood kunnen bakken, voor 1 persoon?", "om een kleiner brood te bakken voor 1 persoon"),
    ],
)
def test_a_wish_without_article_or_with_whom_it_is_for(text: str, wish: str) -> None:
    assert wishes(text)[0] == wish


def test_what_the_writer_would_do_is_no_wish() -> None:
    # 'na het werk zou ik hier graag ...': the writer would sit here, the business is asked nothing
    assert wishes("Goed gegeten, en op vrijdag na het werk zou ik hier graag even zitten.") == []
    assert wishes("Een sms als de fiets klaar is zou ik fijn vinden.") == ["voor een sms als de fiets klaar is"]


def test_a_word_after_an_article_is_a_noun_not_the_verb_wished() -> None:
    found = wishes("Een zondagmiddag open in het wielerseizoen zou voor veel renners handig zijn.")
    assert found and "wielerseizoen" in found[0] and " te " not in found[0]


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        ("Een kinderstoel aan de lange tafels zou fijn zijn.", "voor een kinderstoel aan de lange tafels"),
        ("Vegan saus bij de frieten zou echt top zijn!", "voor vegan saus bij de frieten"),
    ],
)
def test_a_plural_after_an_article_ends_the_thing_wished_not_a_verb(text: str, wish: str) -> None:
    # 'bij de frieten' is no 'bij de te frieten': the noun after its article is the thing, as it was said
    assert wishes(text)[0] == wish


def test_a_small_point_put_as_an_order_is_the_wish() -> None:
    found = wishes("Lekker koffie gedronken. Puntje: leg wat dekentjes op de stoelen buiten, het is fris 's avonds.")
    assert found[0] == "om wat dekentjes op de stoelen buiten te leggen"


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        (
            "Voorstel: zet tijdens de kermis ook een paar extra tafels of een partytent neer, het was overvol.",
            "om tijdens de kermis ook een paar extra tafels of een partytent neer te zetten",
        ),
        (
            "Fijne bakker! Voorstel: leg ook wat glutenvrije broden in de toonbank, mijn zus zou blij zijn.",
            "om ook wat glutenvrije broden in de toonbank te leggen",
        ),
    ],
)
def test_a_proposal_put_as_an_order_is_the_wish_and_wat_as_some_opens_no_clause(text: str, wish: str) -> None:
    assert wishes(text)[0] == wish


def test_wat_before_a_subject_still_opens_the_clause_of_the_tip() -> None:
    assert wishes("Tip: zet op je site wat er op de dagkaart staat.") == [
        "om op jullie site te zetten wat er op de dagkaart staat"
    ]


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        ("Leuke kapsalon. Zorg wel voor meer stoelen in de wachthoek!", "voor meer stoelen in de wachthoek"),
        (
            "Die zoete broodjes blijven een hit 😋 Zorg voor een glutenvrije versie, dan kom ik vaker.",
            "voor een glutenvrije versie",
        ),
    ],
)
def test_an_imperative_to_see_to_a_thing_is_the_wish(text: str, wish: str) -> None:
    assert wishes(text, limit=1) == [wish]


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        (
            "Top zaak. Mag ik iets voorstellen? Verkoop de appeltaart ook per punt, voor wie alleen woont.",
            "om de appeltaart ook per punt te verkopen",
        ),
        (
            "Fijne kapper! Mag ik een tip geven? Leg nen bak met strips in de wachthoek.",
            "om een bak met strips in de wachthoek te leggen",
        ),
    ],
)
def test_an_order_after_may_i_propose_is_the_wish(text: str, wish: str) -> None:
    assert wishes(text)[:1] == [wish]


@pytest.mark.parametrize(
    "text",
    [
        "Ik zorg voor de hapjes en jullie voor de taart.",
        "Zorg ervoor dat de deur open is.",
        "Wij zorgen voor een cadeau.",
    ],
)
def test_the_writer_seeing_to_something_is_no_wish(text: str) -> None:
    assert wishes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # no question that announces it: an order of its own is a cheer, not a wish
        "Lekkere soep vandaag. Maak zo verder!",
        # announced, but what follows is no order
        "Mag ik iets voorstellen? Jullie zijn de beste van de straat.",
    ],
)
def test_an_order_without_the_announcing_question_is_no_wish(text: str) -> None:
    assert wishes(text) == []


# Orders as tips (issue #13, session 46): the order after a tip announced in a sentence of its own, an order with
# 'er' and its preposition, softeners and asides left out, a question with 'zou' and no 'willen' or 'kunnen', and
# people who would like the idea, which are no wish.
@pytest.mark.parametrize(
    ("text", "wish"),
    [
        (
            "Fijne zaak. Een tipje: 's winters is het koud bij de deur. Hang een gordijn aan de ingang, dat scheelt.",
            "om een gordijn aan de ingang te hangen",
        ),
        (
            "Top broodjes! Kleine opmerking: leg er eens een paar servetten bij, da's handiger.",
            "om er een paar servetten bij te leggen",
        ),
        (
            "Idee voor Pasen: bak er eens ne kleine van voor twee (voor koppels zonder kinderen).",
            "om er een kleine van te bakken voor twee",
        ),
        (
            "Lekker gegeten. Zoudt ge in de winter ook eens wat erwtensoep serveren?",
            "om in de winter ook wat erwtensoep te serveren",
        ),
        (
            "Heerlijke koffie! Zou je niet eens een havermelk aanbieden voor de vegans?",
            "om een havermelk aan te bieden voor de vegans",
        ),
    ],
)
def test_an_order_or_a_question_as_a_tip_names_the_thing(text: str, wish: str) -> None:
    assert wishes(text)[:1] == [wish]


@pytest.mark.parametrize(
    "text",
    [
        "Een tip: een fietspomp aan de gevel. Veel fietsers zouden dat appreciëren.",
        "Leuke winkel. De buren zouden het ook fijn vinden.",
        "Mooie zaak! Doe zo voort!",
    ],
)
def test_who_would_like_it_and_a_cheer_are_no_wish(text: str) -> None:
    assert not any("fietsers" in w or "buren" in w or "voort" in w for w in wishes(text)), wishes(text)
