"""The shapes of a joke (resources/jokes.toml, app/domain/draft_jokes.py). Sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_jokes import april_fool, shipped_jokes


def _shape(text: str) -> tuple[str, dict[str, str]] | None:
    for shape in shipped_jokes():
        values = shape.values(text)
        if values is not None:
            return shape.id, values
    return None


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        ("Binnen als een vogelverschrikker, buiten als een filmster", "vogelverschrikker", "filmster"),
        ("Ging naar binnen als Ome Willem en kwam naar buiten als Brad Pitt 😂", "Ome Willem", "Brad Pitt"),
        ("liep binnen als Pietje Bell, liep buiten als een prinses", "Pietje Bell", "prinses"),
    ],
)
def test_a_transformation_keeps_a_name_of_two_words(text: str, before: str, after: str) -> None:
    assert _shape(text) == ("transformation", {"van": before, "naar": after})


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("Heb m'n zus verteld dat ik de taart zelf had gebakken. Ssst, jullie hebben niks gezien 🤫", "secret"),
        ("Sinds jullie roomsoesjes zegt mijn weegschaal 'nee hè, jij weer' 😩", "diet"),
        ("De buurvrouw dacht dat het een nieuwe fiets was, zo glom hij na de beurt 😂", "as_new"),
        ("Mijn vriendin vroeg of ik een nieuwe jas had. Nee schat, naar de kapper geweest 🙄", "unnoticed_by"),
        ("Met mijn kale knikker betaal ik eigenlijk te veel voor een knipbeurt 😂", "bald"),
        ("Kapper zei: 'bij jou valt er weinig te knippen' haha dank je", "bald"),
        # less hair each year, paying per hair, the bald head as an emoji (r132-30 kind)
        ("Twintig jaar klant en steeds minder haren op m'n hoofd, toch elke keer hetzelfde bedrag 😅", "bald"),
        ("Komt er ooit een prijs per haarspriet? Dan wordt het bij mij goedkoop", "bald"),
        ("Vandaag weer geweest, snel klaar deze keer 🧑‍🦲", "bald"),
        ("Man ging 'even' een band plakken. Ik heb intussen de hele zolder opgeruimd 🙃", "meanwhile"),
        # not knowing the writer is the punchline, also after 'binnen als ..., buiten als ...' (r107-30 kind)
        ("binnen als boerin, naar buiten als filmster 💁‍♀️ mn vriend herkende me op de markt niet eens", "unrecognised"),
    ],
)
def test_the_shape_that_says_what_the_joke_is_about_comes_first(text: str, shape: str) -> None:
    found = _shape(text)
    assert found is not None and found[0] == shape, found


@pytest.mark.parametrize(
    ("text", "pet", "who"),
    [
        ("Vriendlief kwam van de barbier en de hond begon te grommen, herkende hem echt niet meer", "hond", "hem"),
        ("Mijn vrouw kwam thuis met blond haar, onze kat liep weg en herkende haar nie 😂", "kat", "haar"),
        ("Zoonlief na de knipbeurt: de pup begon keihard te blaffen tegen hem 😂", "pup", "hem"),
    ],
)
def test_a_pet_that_no_longer_knows_someone_after_a_change(text: str, pet: str, who: str) -> None:
    assert _shape(text) == ("unrecognised_other", {"naar": pet, "van": who})


# A thing the shop should have handed along and did not ('Geen koeltas meegegeven'): said back by name (fixer c16).
def _missing_none(text: str) -> str | None:
    from app.domain.draft_jokes import shipped_complaint_cues

    for shape in shipped_complaint_cues():
        if shape.id == "missing_none" and (values := shape.values(text)):
            return values["waarde"]
    return None


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Slagroomtaart gehaald, geen koelelement meegegeven en het was 30 graden", "koelelement"),
        ("geen handleiding bijgeleverd bij de nieuwe fietscomputer, hoe moet ik dat nu weten", "handleiding"),
        ("Bij de ijstaart kreeg ik geen koeltas mee, thuis was hij half gesmolten", "koeltas"),
        ("GEEN draagtas meegekregen voor 6 broden, alles viel op de grond", "draagtas"),
        ("we kregen gene doos mee voor de taart", "doos"),
    ],
)
def test_a_thing_not_handed_along_is_a_missing_one(text: str, thing: str) -> None:
    assert _missing_none(text.lower() if text.isupper() else text) == thing


@pytest.mark.parametrize(
    "text",
    [
        "Geen idee meegekregen van wat het zou kosten",
        "kreeg geen antwoord mee op mijn vraag",
        "Geen zin meer in, alles was lauw",
    ],
)
def test_no_idea_or_answer_is_no_missing_thing(text: str) -> None:
    assert _missing_none(text) is None


# A booking not found, with words between it and 'niet gevonden', or the staff's words quoted (fixer c16).
@pytest.mark.parametrize(
    "text",
    [
        "m'n reservatie via jullie nieuwe app was 'niet gevonden'",
        "Onze boeking in het systeem werd niet teruggevonden, dus geen tafel",
        "mijn reservering voor zes personen bleek nergens te vinden",
        "ons reservatie van vorige week was ni gevonden zeggen ze",
    ],
)
def test_a_booking_not_found_is_a_lost_booking(text: str) -> None:
    from app.domain.draft_jokes import shipped_complaint_cues

    assert any(s.id == "lost_booking" and s.values(text) is not None for s in shipped_complaint_cues())


@pytest.mark.parametrize(
    "text",
    [
        # a pet that likes it here: no wait under the joke
        "Onze poes ligt langer bij jullie in de zaak dan thuis, ze komt elke dag binnen 😂",
        "Mijn hondje is al langer bij jou dan bij ons, hij is verliefd op de kapster haha",
        # hair: how much was cut off, not a wait
        "Mijn haar is langer in de salon gebleven dan ik 😂",
        "me baard ligt langer bij u op de grond dan op mijn kin",
        # fondness: the thing feels at home, a loyalty joke
        "Mijn scooter staat langer bij jullie dan thuis, hij vindt het daar gewoon gezelliger 😂",
        "Onze auto staat langer in jullie garage dan bij ons, ze staat daar graag, zegt mijn man",
    ],
)
def test_a_pet_hair_or_fondness_staying_longer_is_no_wait(text: str) -> None:
    found = _shape(text)
    assert found is None or found[0] != "grievance_wait", found


@pytest.mark.parametrize(
    "text",
    [
        "Mijn fiets is nu langer op vakantie bij jullie dan ik 😂",
        "Me velo staat al langer in de herstelling dan in mijn garage",
        "Mijn scooter zit inmiddels langer in de werkplaats dan bij mij",
    ],
)
def test_a_thing_left_for_repair_staying_longer_is_still_a_wait(text: str) -> None:
    found = _shape(text)
    assert found is not None and found[0] == "grievance_wait", found


def test_repaired_again_and_again_is_a_grievance_under_the_joke() -> None:
    assert _shape("Fietsenmaker Jansen: twee keer 'gemaakt', twee keer lek. Respect 👏") == (
        "grievance_again",
        {"naar": "twee"},
    )
    assert _shape("Drie keer hersteld en nog steeds kapot, het is een kunst") == ("grievance_again", {"naar": "drie"})


def test_the_reply_to_repaired_again_and_again_says_sorry() -> None:
    from tests.domain.drafting.shops import GARAGE
    from tests.domain.drafts import draft

    text = "Garage Hofstede: sneller kapot dan een kerstlamp. Twee keer 'gerepareerd', twee keer stuk. Knap hoor"
    said = draft(GARAGE, "uitkomst_grap", text, platform="x", author="@automan").optional or ""
    assert "sorry" in said and "twee keer" in said and "kerstlamp" not in said, said


# The writer's pet running from the new look or still getting used to it (r113, session 33): the same joke as a pet
# that does not know the writer. Sentences of our own.
@pytest.mark.parametrize(
    ("text", "pet"),
    [
        ("kwam thuis met een nieuwe coupe en m'n eigen kat blazend voor wegrende 😂", "kat"),
        ("Top geknipt hoor, alleen mijn hond moet nog even wennen 🐶", "hond"),
        ("Na de blonde highlights: onze poes verstopte zich onder de bank 🙈", "poes"),
    ],
)
def test_a_pet_fleeing_the_new_look_is_a_pet_not_knowing_the_writer(text: str, pet: str) -> None:
    assert _shape(text) == ("unrecognised", {"naar": pet})


# A 'zo goed dat' joke about the writer's own thing the business worked on plays on that thing, also when the topic
# finder took another noun of the joke as its thing (r120, session 34). Sentences of our own.
@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Ruben heeft mijn ketting zo stil gemaakt dat de buren denken dat ik met de bus kom 😂", "ketting"),
        ("Sanne heeft mijn zadel zo goed afgesteld dat mijn kat er nu ook op wil zitten 🐈", "zadel"),
    ],
)
def test_a_compliment_joke_plays_on_the_writers_own_thing(text: str, thing: str) -> None:
    from app.domain.profile import BusinessProfile
    from tests.domain.drafts import draft

    shop = BusinessProfile(name="Fietsen Mol", kind="fietsenmaker", signers=["Ruben", "Sanne"], register="je")
    said = draft(shop, "uitkomst_grap", text, author="Tom Wouters").optional or ""
    assert thing in said, said


@pytest.mark.parametrize(
    ("text", "shape", "said"),
    [
        ("Ben 74 en heb nog maar drie haartjes, toch elke maand naar Marleen 👴", "hairs_left", "drie"),
        ("nog 12 haren over en ze worden elk apart gekamd hier 😂", "hairs_left", "12"),
        (
            "Te veel geknipt! Ik wil compensatie: een gratis föhnbeurt tot het weer aangroeit 😂",
            "guilty_claim",
            "föhnbeurt",
        ),
        ("Mijn pony is te kort, ik eis smartengeld in de vorm van gratis koffie 😤😂", "guilty_claim", "koffie"),
    ],
)
def test_the_hairs_counted_and_the_thing_claimed_are_said_back(text: str, shape: str, said: str) -> None:
    assert _shape(text) == (shape, {"naar": said})


@pytest.mark.parametrize(
    "text",
    [
        "Beste 1 aprilgrap ooit 😂",
        "Op 1 april stond er een bord aan de deur",
        "Wat een aprilvis was dat!",
        "april, april!",
    ],
)
def test_an_april_fool_is_told(text: str) -> None:
    assert april_fool(text)


@pytest.mark.parametrize("text", ["Open op 14 april?", "In april 2025 gekocht", "Begin april komen we langs"])
def test_another_day_in_april_is_no_april_fool(text: str) -> None:
    assert not april_fool(text)


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Brunchbox opgehaald en thuis bleek er geen enkele pistolet in te zitten", "pistolet"),
        ("In de feestdoos zat er geen enkel bonbonnetje bij, wel de rekening", "bonbonnetje"),
    ],
)
def test_not_a_single_one_in_it_is_a_missing_thing(text: str, thing: str) -> None:
    assert _missing_none(text) == thing


def test_the_full_amount_charged_anyway_is_said_with_its_amount() -> None:
    from app.domain.draft_jokes import shipped_complaint_cues

    text = "Ze hebben mijn wenkbrauw verbrand en toch de volle 25 euro aangerekend."
    found = [s.values(text) for s in shipped_complaint_cues() if s.id == "charged_anyway"]
    assert {"waarde": "de volle 25 euro"} in found
