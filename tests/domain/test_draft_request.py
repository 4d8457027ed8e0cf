"""What the writer of a complaint asks for in so many words: a new thing, where a thing left with the business stands,
someone today (app/domain/draft_request.py)."""

from __future__ import annotations

import pytest

from app.domain.draft_request import asked_new, asks_status


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("De hak brak er na twee dagen af. Ik wil een nieuwe hak, en snel graag.", "een nieuwe hak"),
        ("Da scherm is al kapot. Ik wil nen nieuwen oplader en ne uitleg.", "een nieuwen oplader"),
        ("IK WIL GRAAG EEN NIEUWE RITS in die jas, de oude is al stuk", "een NIEUWE RITS"),
        ("ik verwacht een nieuw exemplaar, dit is toch geen kwaliteit", "een nieuw exemplaar"),
        ("The strap snapped after a week. I want a new strap, not an excuse.", "a new strap"),
        ("Ik wil een keer zeggen dat het zo niet kan", ""),
        ("Mijn nieuwe jas is al kapot", ""),
    ],
)
def test_a_new_thing_asked_for_is_found_as_said(text: str, thing: str) -> None:
    assert asked_new(text) == thing


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Wanneer is mijn scooter nu eindelijk klaar??", True),
        ("wanneer is mijn jurk klaar, de trouwerij is over een week?", True),
        ("Lamp teruggestuurd en nog steeds zonder geld. Wanneer krijg ik mijn geld terug?", False),
        ("Is mijn bestelling voor de communie van zondag nog in orde?", True),
        ("Ik weet nog altijd ni of dat geregeld is, en 't feest is vrijdag.", True),
        ("When is my laptop going to be ready?", True),
        ("Op 3 maart de jas afgegeven voor een nieuwe voering. Nu 2 april en nog steeds niets gehoord.", True),
        ("Mijn schoenen staan er al drie weken, nog niks vernomen van jullie", True),
        ("De scooter is de tweede keer terug gekomen met dezelfde fout.", False),
        ("Na het ophalen nog steeds niets aan de hand, maar de rekening was te hoog.", False),
        ("Wanneer gaan jullie eens normaal doen", False),
        # settled since: the job is done, the grievance is how
        ("Fiets gebracht voor een lekke band. Na 2 uur nog niks, en toen totaal €68,50 zonder te bellen.", False),
    ],
)
def test_a_question_where_the_thing_stands(text: str, asked: bool) -> None:
    assert asks_status(text) is asked


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Moet ik nu echt nog eens bellen of hoe zit dat?", True),
        ("moet ik jullie soms nog een keer mailen??", True),
        ("Moet ik weer langskomen om te vragen hoe het zit?", True),
        ("Mot ik nog ne keer bellen of wa?", False),  # 'mot' is no word we read: no promise made on a guess
        ("Do I have to call you again or what?", True),
        ("Ik moest al drie keer bellen.", False),
        ("Moet ik de jas opnieuw laten stomen?", False),
    ],
)
def test_asked_whether_to_chase_us_again(text: str, asked: bool) -> None:
    from app.domain.draft_request import chases_again

    assert chases_again(text) is asked


# From the code review of session 26: a story is no request, a thing sent again is no chasing, and a sentence
# without a question mark asks no status. Sentences of our own.
@pytest.mark.parametrize(
    "text",
    [
        "Ik wilde een nieuwe fiets kopen maar de verkoper liep gewoon weg.",
        "Ik wil een andere keer terugkomen als het rustiger is.",
    ],
)
def test_a_story_or_another_time_is_no_new_thing_asked(text: str) -> None:
    assert asked_new(text) == ""


@pytest.mark.parametrize(
    ("text", "chasing"),
    [
        ("Moet ik nu echt nog eens bellen?", True),
        ("moet ik nu weer mailen ofzo", True),
        ("Do I have to call again??", True),
        ("Moet ik de foto opnieuw mailen in een betere kwaliteit?", False),
        ("Moet ik het doosje weer terug sturen of kom je hem halen?", False),
        ("Jullie moeten mij weer bellen", False),
        ("Ik moet weer langskomen voor de tweede behandeling", False),
    ],
)
def test_chasing_us_again_is_told_from_sending_a_thing_again(text: str, chasing: bool) -> None:
    from app.domain.draft_request import chases_again

    assert chases_again(text) is chasing


def test_a_sentence_without_a_question_mark_asks_no_status() -> None:
    assert not asks_status("Het is de derde keer dat de taart niet klaar is om 10 uur terwijl ik om 10 uur besteld had")
    assert asks_status("Wanneer is mijn fiets eindelijk klaar?")


# Whether an order or booking is noted is a question about where it stands, not a failure to make up for ('Is mijn
# bestelling nu genoteerd of niet?' got a slot for 'iets nieuws bakken of geld terug' before fixer c16).
@pytest.mark.parametrize(
    "text",
    [
        "Twee keer gemaild, geen antwoord. Is mijn bestelling nu genoteerd of niet?",
        "is onze reservatie voor zaterdag nu bevestigd?? niemand laat iets weten",
        "Ik weet nog altijd niet of mijn taart voor de communie is doorgekomen.",
        "Is my order for the 12th confirmed or not?",
    ],
)
def test_asking_whether_an_order_is_noted_asks_its_status(text: str) -> None:
    from app.domain.draft_request import asks_status

    assert asks_status(text)
