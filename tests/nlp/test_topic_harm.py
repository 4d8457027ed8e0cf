"""Harm told without the obvious word (issue #13, item 1): an injury, a reaction of the body, a thing in the
food that does not belong there and a part that gave way make a comment a safety case; figures of speech and
praise do not. Sentences of our own (typos, Flemish, English, emoji), not a round's."""

from __future__ import annotations

import pytest

from app.errors import DataFileError
from app.nlp.topic_harm import parse_harm, shipped_harm
from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Halverwege de dijk schoot zomaar het stuur los, ik kon nog net remmen.", "stuur"),
        ("Vorige week opgehaald en vandaag kwam mijn voorwiel gewoon los 😡", "voorwiel"),
        ("De zadelpen knapte door tijdens een rit, was net bij jullie geweest voor een beurt.", "zadelpen"),
        ("Ik ging zitten en de stoel zakte compleet in elkaar. Schaamte én pijn.", "stoel"),
        ("de barkruk brak onder mij af, ik lag zo op de grond", "barkruk"),
        ("The chair on your terrace collapsed under my dad.", "chair"),
        ("Net na de reparatie viel de crank er gewoon af op de rotonde.", "crank"),
        ("Bij de eerste afdaling blokkeerde mijn voorwiel, over de kop gegaan.", "voorwiel"),
        ("Achterwiel liep zomaar los op de brug, hoe kan dat na een beurt??", "achterwiel"),
        ("Opgehaald na de beurt en het stuur zat gewoon los!", "stuur"),
        ("Halfway down the hill the rear quick release came loose, I crashed into the hedge.", "rear quick release"),
        ("The front wheel came off on the bridge, I have a broken wrist.", "front wheel"),
        ("Two days after the service the seatpost snapped and I fell.", "seatpost"),
    ],
)
def test_a_part_that_gave_way_is_a_safety_case_and_named(text: str, part: str) -> None:
    found = analyse_topics(text)
    assert found.is_safety
    assert found.gave_way is not None and found.gave_way.text == part
    assert found.products[0].text == part


@pytest.mark.parametrize(
    "text",
    [
        "Na de onderhoudsbeurt deed de voorrem helemaal niks meer, bijna onder een bus beland!",
        "Mijn remmen pakten niet toen het ging regenen, ben door rood gerold.",
        "De achterrem gaf het volledig op op de Posbank. Levensgevaarlijk.",
    ],
)
def test_brakes_that_failed_are_brakes(text: str) -> None:
    assert "remmen" in analyse_topics(text).safety


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Er zat een blauwe pleister mee ingebakken in mijn krentenbol.", "een pleister"),
        ("vond een nietje in m'n salade, net niet doorgeslikt", "een nietje"),
        ("Er zat een stukje plastic in het broodje van mijn dochter 😳", "een stukje plastic"),
        ("Beet op iets hards: er zat een schroefje in mijn risotto.", "een schroefje"),
        ("Found a piece of glass in my salad. Not acceptable.", "a piece of glass"),
        ("There was a long hair in my soup.", "a hair"),
        ("In de slagroom van mijn gebakje zat een lang zwart haar. Walgelijk.", "een haar"),
        ("er kroop een rups uit mijn salade 🤢🤢", "een rups"),
        ("In de rijstpap zat een stuk hard wit plastiek, Mila had het al in haar mond.", "een stuk hard wit plastiek"),
        ("Er zat een klein scherp stukje glas in mijn soep.", "een stukje glas"),
    ],
)
def test_a_thing_in_the_food_is_a_safety_case_and_named(text: str, said: str) -> None:
    found = analyse_topics(text)
    assert found.is_safety
    assert found.found == said


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Ik sneed me aan een kapot glas dat jullie serveerden.", "letsel"),
        ("Na de ketting die eraf liep ben ik met mijn knie op de stoep geklapt.", "letsel"),
        ("Ons zoontje viel op de grond toen de kinderstoel omviel, hoofd open.", "letsel"),
        ("Jeuk en bultjes op mijn hoofdhuid na het verven, echt niet normaal.", "allergie"),
        ("Mijn vrouw kon na het voorgerecht amper nog adem halen.", "allergie"),
        ("Na het buffet lagen we met z'n vieren de hele nacht boven de wc.", "vergiftiging"),
        ("De hele nacht ziek geweest na die mosselen van jullie.", "vergiftiging"),
        ("De kip was nog rauw, mijn man lag er twee dagen mee in bed.", "vergiftiging"),
        ("Het kind van mijn zus verbrandde zich aan een hete pan op tafel.", "letsel"),
        ("The waiter spilled hot soup over my son's arm and he got blisters.", "letsel"),
        ("Op een pit in de kersenvlaai heb ik een stuk van mijn kies afgebroken.", "letsel"),
        ("Mijn zoontje at een stukje van de taart en zijn lippen werden meteen dik.", "allergie"),
        ("Na de beurt ben ik bij de eerste afdaling over het stuur gevlogen.", "letsel"),
        ("Mijn zoon verslikte zich in een graat in de 'graatloze' vis.", "letsel"),
        ("We moesten een ambulance bellen voor mijn vader na het dessert.", "letsel"),
        ("Amper 100 meter gereden en ik ben op mijn bakkes gegaan.", "letsel"),
        ("Mijn zoon heeft zich serieus bezeerd, we moesten naar de spoed.", "letsel"),
        ("My daughter ended up in A&E after your chicken wings.", "letsel"),
        ("Mijn dochter kreeg een astma-aanval na het toetje.", "allergie"),
        ("Er lagen nog plukken haar van de vorige klant op de stoel.", "hygiene"),
        ("Ze hield de stijltang te lang tegen mijn hals, nu heb ik een brandwond 😢", "letsel"),
        ("Mijn nek is helemaal rood met blaren sinds die föhnbeurt", "letsel"),
        ("Sinds gisteren een rode plek vol blaasjes achter mijn oor, van dat hete ding", "letsel"),
        ("Het bord was gloeiend, mijn dochter heeft brandblaren op haar vingers.", "letsel"),
        ("Mijn zoon greep naar het hete schaaltje en heeft nu blaren op twee vingers 😢", "letsel"),
        ("Hij pakte het hete pannetje vast, nu een blaar over heel zijn handpalm.", "letsel"),
        ("De stoomkoker lekte en ik heb blaren over de hele onderarm.", "letsel"),
        ("Gevallen door die losse tegel bij jullie ingang, nu zit ik met mn arm in t gips.", "letsel"),
        ("Ons Noor moest gehecht worden na dat gedoe met jullie kapotte deur.", "letsel"),
        ("De kok kwam van het toilet en ging zonder zijn handen te wassen terug naar de pizza's.", "hygiene"),
        ("Op de wc was geen zeep, en dat in een restaurant!", "hygiene"),
        ("Tussen de tomaat op mijn broodje zat een dode wesp.", "hygiene"),
        ("Er zat een miertje in mijn pastasalade, niet echt smakelijk.", "hygiene"),
        ("The cook went back to the kitchen without washing his hands.", "hygiene"),
        # a child who choked or nearly swallowed something: safety, also told without 'verslikt'
        ("Onze Mats van 4 heeft het knikkertje bijna ingeslikt, gelukkig kwam het er weer uit.", "letsel"),
        ("Ze begon te kokhalzen na een hap van het gebakje, er zat iets hards in.", "letsel"),
        ("Het snoepje schoot in haar keel en bleef daar vast zitten.", "letsel"),
        ("My toddler was choking on a bit of the decoration on the cake.", "letsel"),
        ("Hij is bijna gestikt in een stuk van dat speeltje.", "letsel"),
    ],
)
def test_harm_without_the_obvious_word_is_found(text: str, concept: str) -> None:
    assert concept in analyse_topics(text).safety


@pytest.mark.parametrize(
    "text",
    [
        "Deze taart is om van flauw te vallen, zo lekker!",
        "Ik viel bijna in slaap van het heerlijke eten, zo voldaan.",
        "Ik viel echt van mijn stoel toen ik het resultaat zag, prachtig!",
        "Sinds de reparatie remt mijn fiets weer als een trein, top!",
        "Mijn oude fiets viel bijna uit elkaar, maar jullie hebben er weer een pareltje van gemaakt.",
        "We kregen een glas wijn dat naar kurk smaakte, en de soep was lauw.",
        "Ik liet het stuur even los en toen viel mijn tas eraf. Kan er een betere bagagedrager op?",
        "De kast die ik bij jullie kocht was makkelijk in elkaar gezet, de stoelen ook.",
        "Lekker stuk taart gehad en een glaasje fris, top!",
        "Ik stond een kwartier op de stoep te wachten voor de deur openging.",
        "Ze heeft mijn lange haar in laagjes geknipt terwijl ik dat niet wilde.",
        "Ik heb altijd lang zwart haar gehad en nu eindelijk een kapper die er iets mee kan!",
        "The toast was a bit burnt but the staff were lovely.",
        "De kip was om je vingers bij af te likken, mijn mond tintelde nog van de pepers haha",
        "Ik voelde me echt gekwetst door de opmerking van de kapster over mijn gewicht.",
        "Ik had een lang haar in laagjes gevraagd maar kreeg een bob.",
        "Het was daar stikken van de warmte, maar de soep was heerlijk.",
        "Met een brok in de keel zat ik naar de speech te luisteren, zo mooi verzorgd.",
        "Kunnen jullie de zoom van mijn broek opnieuw stikken?",
        "Mijn wiel zat los maar Kris heeft het meteen gratis vastgezet, top service!",
        "Mijn ogen traanden van het lachen met die kapster, wat een topper 😂",
        "Ik was even bang voor mijn fiets, maar het liep wel los: het wiel was zo gemaakt.",
        "Na tien jaar zaten de spatborden los en de bagagedrager was afgebroken, nu weer als nieuw!",
        # an amount is no emergency number (r99: '€ 112 betaald en ik durf zo niet naar mijn werk')
        "Voor een highlights en föhnen € 112 afgerekend, en het is veel te geel geworden.",
        "112 euro voor een kleine beurt vind ik wel erg veel.",
        # a house number is no emergency number either (r105: 'bezorgd worden op de Kanaaldijk 112')
        "De taart zou om 11 uur bezorgd worden op de Kanaaldijk 112, maar kwam pas om 12 uur.",
    ],
)
def test_figures_of_speech_and_praise_are_no_harm(text: str) -> None:
    found = analyse_topics(text)
    assert not found.safety and not found.found and found.gave_way is None


def test_the_shipped_harm_data_is_valid() -> None:
    data = shipped_harm()
    assert {r.kind for r in data.rules} == {"gave_way", "found", "injury", "reaction"}


def test_a_pattern_naming_an_unknown_list_is_refused() -> None:
    raw = {"schema": 1, "lists": {"part": ["stuur"]}, "rule": [{"kind": "gave_way", "concept": "gevaar",
           "patterns": ["@part ~ @nergens"]}]}  # fmt: skip
    with pytest.raises(DataFileError, match="nergens"):
        parse_harm(raw)


def test_a_rule_must_add_a_safety_concept() -> None:
    raw = {"schema": 1, "lists": {}, "rule": [{"kind": "injury", "concept": "wachttijd", "patterns": ["au"]}]}
    with pytest.raises(DataFileError, match="veiligheidsconcept"):
        parse_harm(raw)


def test_ill_from_a_named_allergen_is_an_allergic_reaction() -> None:
    text = "Glutenvrij brood gehaald voor mijn zoon (coeliakie). De hele dag buikpijn en overgeven daarna."
    found = analyse_topics(text)
    assert found.safety[0] == "allergie" and found.allergen == "gluten"


def test_braking_as_the_writer_did_it_is_no_brake_failure() -> None:
    assert "remmen" not in analyse_topics("Het stuur schoot los op de dijk, ik kon nog net remmen.").safety
    assert "remmen" not in analyse_topics("Ik moest vol in de remmen omdat de bel niet werkte.").safety
    assert "remmen" in analyse_topics("De remmen werkten niet na de reparatie.").safety


@pytest.mark.parametrize(
    "text",
    [
        "De accu van mijn scooter begon vannacht in de berging te roken tijdens het laden",
        "er kwam ineens ROOK uit de oplader van onze step",
        "My new battery smoked after an hour of charging",
    ],
)
def test_a_smoking_device_comes_with_advice_from_the_data(text: str) -> None:
    found = analyse_topics(text)
    assert found.advice and found.advice == next(r.advice for r in shipped_harm().rules if r.advice)


def test_harm_without_advice_has_none() -> None:
    assert analyse_topics("Het stuur schoot los na de beurt, ik ben gevallen").advice == ""


@pytest.mark.parametrize("advice", [3, "   ", "Laad {r:je|uw} accu niet op"])
def test_an_advice_must_be_a_plain_sentence(advice: object) -> None:
    raw = {"schema": 1, "lists": {}, "rule": [{"kind": "injury", "concept": "letsel", "patterns": ["au"],
           "advice": advice}]}  # fmt: skip
    with pytest.raises(DataFileError, match="advice"):
        parse_harm(raw)


@pytest.mark.parametrize("name", ["worn", "failing", "failed_anywhere", "infection", "infection_link", "denied"])
def test_a_list_the_safety_routing_reads_by_name_may_not_go_missing(name: str) -> None:
    """A renamed 'failing' list would silently turn every failing brake into a plain complaint."""
    from pathlib import Path

    from app.domain.datafile import read_toml
    from app.nlp.topic_harm import REQUIRED
    from app.resources import resource_path

    raw = read_toml(Path(resource_path("harm.toml")))
    parse_harm(raw, required=REQUIRED)  # the shipped file has them all
    del raw["lists"][name]
    with pytest.raises(DataFileError, match=name):
        parse_harm(raw, required=REQUIRED)


@pytest.mark.parametrize(
    "text",
    [
        "Gisteren de mosselen gegeten en vannacht lag mijn man met krampen in bed.",
        "Na het buffet: de kinderen lagen met krampen op de bank, dit kan echt niet.",
    ],
)
def test_lying_with_cramps_after_a_meal_is_being_ill(text: str) -> None:
    assert "vergiftiging" in analyse_topics(text).safety


def test_cramps_in_the_legs_on_a_ride_are_no_illness() -> None:
    assert "vergiftiging" not in analyse_topics("Na 80 km kreeg ik krampen in mijn benen, fiets liep wel top.").safety


@pytest.mark.parametrize("text", ["Bel 112 als het misgaat!", "Ze hebben meteen 112 gebeld, hij bloedde."])
def test_the_emergency_number_said_as_such_is_still_harm(text: str) -> None:
    assert analyse_topics(text).safety


@pytest.mark.parametrize(
    "text",
    [
        "Er zat een stuk hard groen plastiek in de appeltaart die ik gisteren kocht.",
        "Wat een stuk hard brood kregen we gisteren mee, echt niet te eten.",
    ],
)
def test_an_adjective_after_a_piece_is_never_the_thing(text: str) -> None:
    """'een stuk hard ...' is a piece of something hard, not a 'hard' that is broken ('stuk')."""
    assert "hard" not in [p.text for p in analyse_topics(text).products]
