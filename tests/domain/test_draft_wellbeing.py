"""The part of the body of the writer's person that got hurt, also with a Flemish possessive ('zijne tand',
'zijnen arm'), so the reply asks after it. Sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.draft_wellbeing import job_done, theirs_hurt, told_of_owner

_PARTS = ("tand", "kies", "arm", "vinger", "oor")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Mijn zoon beet op een schroefje en er is een stuk van zijne tand af.", "tand"),
        ("Ons vader heeft zijnen arm opengehaald aan dat rek.", "arm"),
        ("Mijn man brak zijn kies op een steentje in het brood.", "kies"),
        ("She cut haar vinger on the broken glass", "vinger"),
    ],
)
def test_the_hurt_part_is_found_also_in_flemish(text: str, part: str) -> None:
    assert theirs_hurt(text, _PARTS) == part


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Mijn dochterke beet op het figuurtje: nen halve voortand eraf", "voortand"),
        ("onze zoon viel van de trap en heeft een dikke enkel", "enkel"),
        ("Mijn man heeft er een gebroken linkerhand aan overgehouden", "linkerhand"),
        ("My son... nee, mijn zoontje heeft 'n gebarsten kies", "kies"),
    ],
)
def test_a_part_said_with_an_article_and_what_is_wrong_is_theirs_hurt(text: str, part: str) -> None:
    assert theirs_hurt(text, ("tand", "enkel", "hand", "kies", "knie")) == part


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("de parasol schiet los uit zijn voet en valt op het hoofd van mijn schoonvader", "hoofd"),
        ("de lamp viel van zijn arm en kwam op de hand van ons moeder terecht", "hand"),
        ("de stoel brak op zijn poot en de knie van mijn man lag open", "knie"),
    ],
)
def test_a_part_said_as_the_writers_persons_goes_before_a_things_part(text: str, part: str) -> None:
    # a parasol's 'voet' or a lamp's 'arm' is no one's body: the part of the person it fell on is asked after
    assert theirs_hurt(text, ("voet", "hoofd", "arm", "hand", "poot", "knie")) == part


def test_a_distance_is_no_tooth() -> None:
    assert theirs_hurt("Mijn zoon fietste een korte afstand naar huis", ("tand", "hand")) == ""


@pytest.mark.parametrize(
    ("text", "done"),
    [
        ("Schaatsen laten slijpen voor het ijs, bramen erop", ("schaatsen", "slijpen")),
        ("ik heb mijn fiets bij jullie laten nakijken", ("fiets", "nakijken")),
        ("liet knippen bij de nieuwe", ("", "knippen")),
        ("Ik heb het jullie laten weten", ("", "")),
    ],
)
def test_the_job_the_writer_had_done(text: str, done: tuple[str, str]) -> None:
    assert job_done(text) == done


# Not online: mail and messages do not reach the writer, the phone does (fixer c16). First person only.
@pytest.mark.parametrize(
    "text",
    [
        "Ik ben 79, heb geen smartphone en geen computer.",
        "ik heb gene computer thuis",
        "Heb ik geen internet, wat dan?",
        "I don't have a computer, I always used to phone.",
        "ik kan niet met de computer overweg",
        "Ik ben een digibeet, dat weet iedereen",
    ],
)
def test_a_writer_without_computer_or_smartphone_is_offline(text: str) -> None:
    from app.domain.draft_wellbeing import offline

    assert offline(text)


@pytest.mark.parametrize(
    "text", ["Mijn moeder heeft geen computer", "ik heb internet maar de site doet raar", "Ik heb een smartphone"]
)
def test_someone_else_or_a_working_computer_is_not_offline(text: str) -> None:
    from app.domain.draft_wellbeing import offline

    assert not offline(text)


@pytest.mark.parametrize(
    ("text", "is_offline"),
    [
        # a message that did not come, not a writer without e-mail
        ("Ik heb geen mail gekregen over mijn afspraak en stond voor een dichte deur.", False),
        ("ik heb geen email ontvangen na mijn bestelling op de site", False),
        ("Heb geen mail meer van jullie gehad sinds de offerte, al een maand niks.", False),
        ("Heb geen e-mail bevestiging gekregen, dus ik wist van niks.", False),
        ("Ik heb geen mail en geen sms gekregen dat de fiets klaar was.", False),
        # no device: the phone is the way in
        ("Ik ben 84 en heb geen computer, dus online bestellen lukt niet.", True),
        ("Ik heb geen smartphone en geen mail, hoe moet ik dan een afspraak maken?", True),
        ("ik heb ook geen internet thuis, ik kan alleen bellen", True),
        ("Ik heb geen computer of smartphone maar wil wel graag reserveren.", True),
    ],
)
def test_no_mail_received_is_not_being_offline(text: str, is_offline: bool) -> None:
    from app.domain.draft_wellbeing import offline

    assert offline(text) is is_offline


@pytest.mark.parametrize(
    ("owner", "text", "told"),
    [
        ("moeder", "Voor het feest van mijn moeder gebakjes gehaald; ze is allergisch voor noten en kreeg jeuk.", True),
        ("vader", "Taart voor de verjaardag van onze vader. Meteen kreeg hij het benauwd.", True),
        ("mem", "Bollen voor de verjaardag van us mem, zonder sesam, ze is er allergisch voor.", True),
        # a plural 'ze', the writer's own clause, another woman between, a 'ze' without harm: not the owner
        ("moeder", "Voor het feest van mijn moeder taart gehaald. Ze werden allemaal ziek.", False),
        ("moeder", "Voor het feest van mijn moeder taart gehaald. Ik werd ziek, ze was boos.", False),
        ("moeder", "Voor het feest van mijn moeder taart gehaald. Mijn zus at ervan en ze werd ziek.", False),
        ("moeder", "Voor het feest van mijn moeder taart gehaald. Ze vond hem te zoet.", False),
        ("vader", "Voor het feest van mijn vader taart gehaald; ze is er allergisch voor.", False),
    ],
)
def test_the_owner_of_the_feast_told_hurt_with_a_pronoun(owner: str, text: str, told: bool) -> None:
    assert told_of_owner(owner, text) is told


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Zijn brug is gebroken op een stuk metaal in het brood.", ""),  # a dental bridge, no b + 'rug'
        ("Haar oorbel is eraf gevallen in de wasbak.", ""),  # 'oorbel' ends in no part: not the ear
        ("Zijn onderarm zat onder de schrammen.", "onderarm"),  # a first part of three letters or more stays
    ],
)
def test_a_word_ending_in_a_part_of_the_body_after_a_letter_or_two_is_no_part(text: str, part: str) -> None:
    assert theirs_hurt(text, ("rug", "oor", "arm")) == part
