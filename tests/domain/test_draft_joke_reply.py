"""The light reply to a joke plays on the joke's own thing (app/domain/draft_joke_reply.py): the treat of a
resolution or a belt that grew too tight, the treat a subscription is on, the thing praised 'zo ... dat' with
only a hush emoji. Sentences and shops of our own."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics

BAKERY = BusinessProfile(name="Bakkerij Het Korenaar", kind="bakkerij", signers=["Mieke"])
BISTRO = BusinessProfile(name="Bistro De Kromme Elleboog", kind="restaurant", signers=["Jef"])


def _joke(profile: BusinessProfile, text: str) -> str:
    made = Drafter(profile, analyser=analyse_topics).draft("uitkomst_grap", text, author="Bram", platform="instagram")
    assert made.optional is not None
    return made.optional


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        (
            "Goed voornemen voor 2027: minder croissants. Voornemen voor zaterdag: om 7u in de rij 😅",
            "croissants",
        ),
        ("goeie voornemens 2027: geen wafels meer. zaterdag sta ik gewoon weer in de wachtrij haha", "wafels"),
        ("Mijn voornemen was minder bonbons eten. Dat hield het tot de eerste wachtrij bij jullie vol 😂", "bonbons"),
    ],
)
def test_a_resolution_to_eat_less_plays_on_the_treat_not_on_the_queue(text: str, thing: str) -> None:
    reply = _joke(BAKERY, text)
    assert thing in reply and "rij" not in reply, reply


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Van Gogh had zijn zonnebloemen, ik moest na jullie spareribs een nieuwe broekriem kopen 🎨", "spareribs"),
        ("Na de mosselen van zondag moest mijn riem weer een gaatje verder. Ieder z'n offer 😅", "mosselen"),
        ("Sinds jullie pannenkoeken past mijn jeans echt niet meer, kunst vraagt offers 🥞", "pannenkoeken"),
    ],
)
def test_a_belt_too_tight_after_a_meal_plays_on_the_meal(text: str, thing: str) -> None:
    reply = _joke(BISTRO, text)
    assert thing in reply, reply


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Diëet start in februari. Tot dan heb ik een abonnement op de appelflappen van Korenaar 😅", "appelflappen"),
        ("Dieet begint maandag, tot dan heb ik een abonnement op jullie croissants 🥐", "croissants"),
    ],
)
def test_a_subscription_to_a_treat_plays_on_the_treat(text: str, thing: str) -> None:
    reply = _joke(BAKERY, text)
    assert thing in reply and "abonnement" not in reply, reply


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("De soep bij De Kromme Elleboog is zo goed dat mijn schoonvader voor het eerst niks te klagen had 🤫", "soep"),
        ("De spareribs zijn zo mals dat onze luidruchtige tafel voor één keer stil was 🤫🍖", "spareribs"),
    ],
)
def test_a_hush_emoji_alone_leaves_the_joke_to_the_thing_praised(text: str, thing: str) -> None:
    reply = _joke(BISTRO, text)
    assert thing in reply and "geheim" not in reply, reply


def test_a_secret_in_words_stays_a_secret() -> None:
    text = "Mijn vrouw denkt dat ik de soep zelf maak, zo lekker dat hij is. Dat blijft ons geheimpje 🤫"
    reply = _joke(BISTRO, text)
    assert "geheim" in reply or "verzegeld" in reply, reply


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Jef z'n stoofvlees is zo goed dat mijn schoonmoeder nu ook Vlaams wil leren 😂", "stoofvlees"),
        ("Mieke haar everzwijnragout is zo lekker dat Obelix hier al drie keer geweest is 🐗", "everzwijnragout"),
        ("Jef zen fazantenpastei is zo goe dat de jagers in staking gaan haha", "fazantenpastei"),
        ("Jef zijn konijnenstoofpot is zo top dat de Paashaas niet meer durft te komen 🐰", "konijnenstoofpot"),
    ],
)
def test_a_so_good_joke_plays_on_the_thing_praised_with_its_owner(text: str, thing: str) -> None:
    assert thing in _joke(BISTRO, text)


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        (
            "Kreeft 'op aanvraag'. Op aanvraag = eerst even de spaarrekening "
            "plunderen? 😂 Nee geintje, top. Tot zaterdag!",
            "spaarrekening",
        ),
        (
            "mn man wil alleen nog jullie pannenkoeken. ik heb hem maar "
            "ingeschreven bij de kookles. grapje, hij mag blijven. tot vrijdag",
            "kookles",
        ),
        ("Onze kleine wil elke zondag naar Jef. De speeltuin heeft officieel verloren 😂 Tot zondag!", "speeltuin"),
        (
            "Schoonvader at drie porties stoofvlees. We hebben hem met de "
            "kruiwagen thuisgebracht. Zonder zever, subliem. Tot zondag",
            "kruiwagen",
        ),
    ],
)
def test_a_sign_off_or_take_back_after_the_joke_leaves_the_turn_to_the_joke(text: str, thing: str) -> None:
    reply = _joke(BISTRO, text)
    assert thing in reply and "Tot " not in reply and "geintje" not in reply.lower(), reply


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Na de nieuwjaarsduik in De Panne de stoofpot van Jef. Eerst de ijskast, dan de oven 🥶🔥", "oven"),
        ("De geest was gewillig maar de frietjes waren sterker 🍟", "frietjes"),
        ("Eerst 10 km gelopen, dan de spaghetti van Jef. Eerst het vagevuur, dan het paradijs 😇", "paradijs"),
        ("De wil is sterk maar de goesting is sterker, zeker bij Jef zijn balletjes in tomatensaus", "goesting"),
    ],
)
def test_a_joke_that_turns_on_maar_or_dan_plays_on_the_thing_after_the_turn(text: str, thing: str) -> None:
    assert thing in _joke(BISTRO, text)


@pytest.mark.parametrize(
    ("text", "thing", "sworn"),
    [
        (
            "Voornemen 2027: minder brood eten. 3 januari: in de rij voor jullie saucijzenbroodjes 🙈",
            "saucijzenbroodj",
            "brood",
        ),
        ("goeie voornemens: minder taart. vandaag toch 2 tompoezen gehaald haha", "tompoezen", "taart"),
        (
            "Mijn voornemen: minder koekjes. Status dag 2: bij het Korenaar voor de appelflappen 🤡",
            "appelflappen",
            "koekjes",
        ),
        (
            "Voornemen: minder pistolets. Zondag toch weer aanschuiven voor de koffiekoeken, allee",
            "koffiekoeken",
            "pistolets",
        ),
    ],
)
def test_a_broken_resolution_plays_on_the_treat_that_broke_it_not_the_one_sworn_off(
    text: str, thing: str, sworn: str
) -> None:
    reply = _joke(BAKERY, text)
    assert thing in reply and f" {sworn} " not in reply, reply


@pytest.mark.parametrize(
    ("text", "thing", "sworn"),
    [
        (
            "Tournée Minérale bij jullie gedaan: nul pintjes. Wel vier chocomousses, telt dat? 😇",
            "chocomousses",
            "pintjes",
        ),
        ("Dry January gehaald, geen druppel cava gedronken. Maar die tompoezen hè 🙈", "tompoezen", "cava"),
    ],
)
def test_a_month_without_alcohol_plays_on_the_treat_had_not_on_the_drink_none_was_had(
    text: str, thing: str, sworn: str
) -> None:
    reply = _joke(BISTRO, text)
    assert thing in reply and sworn not in reply, reply


def test_a_drink_none_was_had_is_never_what_broke_it() -> None:
    reply = _joke(BISTRO, "Dry January bij jullie volgehouden: 0 glazen rosé, en toch kom ik elke week 😇")
    assert "rosé" not in reply, reply


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        (
            "Tournée Minérale, week 2: jullie menukaart doorgebladerd, en daar stond de dame blanche. Ik geef op 🍨",
            "dame blanche",
        ),
        ("Dieet, dag 3: de hele kaart gelezen om te zien of jullie wafels nog hebben. Ja dus 🙈", "wafels"),
    ],
)
def test_the_list_a_treat_stands_on_is_not_what_broke_the_diet(text: str, thing: str) -> None:
    reply = _joke(BISTRO, text)
    assert thing in reply and "kaart" not in reply and "folder" not in reply, reply


CHOCOLATIER = BusinessProfile(name="Chocolaterie Van Damme", kind="chocolaterie", signers=["Ilse"], register="u")
SALON = BusinessProfile(name="Kapsalon Lief", kind="kapsalon", signers=["Lies"], voice="ik")
CYCLES = BusinessProfile(name="Fietsen Van Dam", kind="fietsenmaker", signers=["Pieter"], voice="ik")
GARAGE = BusinessProfile(name="Garage Hofstra", kind="garage", signers=["Wietse"], register="u")


@pytest.mark.parametrize(
    ("profile", "text", "thing"),
    [
        (BAKERY, "Na vijf appelflappen op één middag heeft mijn broek ontslag genomen. De knoop ook.", "appelflappen"),
        (BAKERY, "ik had 3 saucijzenbroodjes op in de auto voor ik thuis was. mijn vrouw weet van niks.", "saucijzen"),
        # the business's own thing, not the other thing the joke names ('de fietsen' of the town)
        (
            BAKERY,
            "Herentals: bekend van de fietsen en de mattentaarten van Het Korenaar. Mijn fiets draagt mij niet meer "
            "door die mattentaarten. Toeval? Ik denk het niet.",
            "mattentaarten",
        ),
        (
            BISTRO,
            "Sinds de stoofvleesfrieten van De Kromme Elleboog eet mijne vent niks anders meer. Den hond ook.",
            "stoof",
        ),
    ],
)
def test_a_punchline_said_back_names_the_business_thing_the_joke_is_about(
    profile: BusinessProfile, text: str, thing: str
) -> None:
    reply = _joke(profile, text)
    assert thing in reply, reply
    assert "‘" in reply and "haha" in reply.lower(), reply


@pytest.mark.parametrize(
    "text",
    [
        # a punchline that asks is a jab; the thing is another's: the line said back alone
        "Een bord zo groot als een wagenwiel met één erwtje erop. Kunst, denk ik?",
        "Sinds mijn e-bike haal ik mijn zoon in op zijn racefiets. Hij praat niet meer tegen me. Beste aankoop ooit",
    ],
)
def test_a_punchline_keeps_a_jab_or_a_thing_of_someone_else_out(text: str) -> None:
    reply = _joke(BISTRO, text)
    assert not any(w in reply for w in ("racefiets", "bord", "bestand", "toegeslagen", "niemand koud")), reply


@pytest.mark.parametrize(
    ("profile", "text", "asked", "mocked"),
    [
        (
            SALON,
            "'Natuurlijk blond' noemen ze dat bij Kapsalon Lief. Mijn collega's vroegen of ik kanariegeel wou zijn 😂",
            "natuurlijk blond",
            "kanarie",
        ),
        (
            SALON,
            "'Een klein beetje korter' noemen ze da. Ik lijk nu op mijne nonkel Jef 😭",
            "een klein beetje korter",
            "nonkel",
        ),
        (
            BISTRO,
            "Steak besteld, dat heet dan 'medium' hier. Mijn tanden zijn nog aan het herstellen 🥩😂",
            "medium",
            "tanden",
        ),
        (
            CYCLES,
            "De zogenaamde 'snelle service' van Van Dam: de winter is voorbij en ik rij nog op de fiets van mn zus 🙃",
            "snelle service",
            "winter",
        ),
    ],
)
def test_a_result_unlike_what_was_asked_under_a_joke_gets_sorry_not_praise(
    profile: BusinessProfile, text: str, asked: str, mocked: str
) -> None:
    reply = _joke(profile, text)
    assert f"‘{asked}’" in reply and "sorry" in reply.lower(), reply
    assert mocked not in reply.lower() and "graag" not in reply and "geslaagd" not in reply, reply


@pytest.mark.parametrize(
    ("profile", "text", "said"),
    [
        (
            BISTRO,
            "Bij De Kromme Elleboog kregen we tussen voorgerecht en hoofdgerecht anderhalf uur relatietherapie 😂",
            "anderhalf uur",
        ),
        (
            BISTRO,
            "Kromme Elleboog: 50 minuten op ons dessert gewacht, we dachten dat de kok de koeien ging melken 🐄😂",
            "50 minuten",
        ),
        (
            CYCLES,
            "Fietsen Van Dam: je brengt je fiets binnen in maart en je krijgt hem terug met de eerste sneeuw ❄️",
            "lang",
        ),
        (
            CYCLES,
            "fietsen van dam, waar ge uw velo binnenbrengt en hem terugkrijgt als uw kleinkinderen op pensioen gaan",
            "lang",
        ),
        (GARAGE, "GARAGE HOFSTRA WERKT IN SLAKKENTEMPO, MAAR DE KOFFIE IS GOED ☕", "wachten"),
    ],
)
def test_a_wait_under_a_joke_gets_a_short_laugh_and_sorry(profile: BusinessProfile, text: str, said: str) -> None:
    reply = _joke(profile, text)
    assert said in reply and "sorry" in reply.lower() and "berichtje" in reply, reply
    assert "reclamebord" not in reply and "Gelukkig" not in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "De rij bij Het Korenaar is zo lang dat je je brood terugkrijgt als het oudbakken is 🐌",
        "de wachtrij voor de krentenbollen van het korenaar is vanaf de maan te zien",
    ],
)
def test_a_queue_at_the_door_stays_a_joke_about_being_busy(text: str) -> None:
    reply = _joke(BAKERY, text)
    assert "sorry" not in reply.lower(), reply


@pytest.mark.parametrize(
    "text",
    [
        "Bij De Kromme Elleboog laat de bediening langer op zich wachten dan de trein naar Groningen 🚂",
        "kromme elleboog, waar je langer wacht op de ober dan op je belastingteruggave",
    ],
)
def test_a_wait_only_compared_is_a_light_jab_at_the_comparison_not_a_queue(text: str) -> None:
    reply = _joke(BISTRO, text)
    assert "wachten" in reply, reply
    assert "rij" not in reply and "sorry" not in reply.lower(), reply


# Code review 28: a happy joke gets no sorry, a wait that is no queue no queue line, no promise outside a slot, and
# no two sentences glued once the emoji is stripped.
SALON = BusinessProfile(name="Kapsalon Haarwerk", kind="kapsalon", signers=["Ilse"], voice="ik", register="je")
BIKES = BusinessProfile(name="Tweewielers Van Gorp", kind="fietsenwinkel", signers=["Koen"], voice="wij", register="u")


@pytest.mark.parametrize(
    ("profile", "text"),
    [
        (BIKES, "Kreeg m'n fiets terug met een strikje eraan, voelde me net jarig 😂"),
        (BAKERY, "Ge krijgt uw geld terug als ge nie content zijt, maar ik ben altijd content haha"),
        (BISTRO, "Tussen het voorgerecht en de hoofdschotel zat precies 12 minuten, perfecte timing 😂"),
        (BISTRO, "Between starter and main exactly ten minutes, perfect timing! Spot on 😂"),
        (SALON, "'Even bijwerken' noemen ze dat, en ik ben er superblij mee hahaha"),
        (SALON, "Dat heet dan 'natuurlijk blond' maar mijn vriendin vindt het prachtig, ik ook!! 😂"),
    ],
)
def test_a_joke_the_writer_is_pleased_with_gets_no_sorry(profile: BusinessProfile, text: str) -> None:
    reply = _joke(profile, text)
    assert "sorry" not in reply.lower() and "te lang" not in reply and "recht" not in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "Zo lang gewacht op ons toetje dat mijn dochter ondertussen 18 is geworden 😂",
        "zolang gewacht op de rekening dat mn baard grijs werd haha",
        "We wachtten zo lang op de koffie dat we bijna weer honger kregen 😂",
        "Zo lang gewacht op ons dessert, ik dacht dat ze de koeien nog moesten melken 😅",
    ],
)
def test_a_wait_that_is_no_queue_gets_a_sorry_not_the_queue_line(text: str) -> None:
    reply = _joke(BISTRO, text)
    assert "rij" not in reply and "reclamebord" not in reply and "sorry" in reply.lower(), reply


@pytest.mark.parametrize(
    "text",
    [
        "Het eten laat hier langer op zich wachten dan de volgende Elfstedentocht 😂",
        "hier wacht je langer op je soep dan op je pensioen",
        "De bediening laat langer op zich wachten dan de bus in Drenthe 🚌",
    ],
)
def test_a_wait_only_compared_makes_no_promise(text: str) -> None:
    reply = _joke(BISTRO, text)
    assert "werken we aan" not in reply and "bezig" not in reply and "werk ik" not in reply, reply


def test_no_joke_line_glues_two_sentences_once_its_emoji_is_stripped() -> None:
    """'Haha, die zit 😅 Maar ...' reads 'Haha, die zit Maar ...' on Google, where the emoji goes."""
    from app.domain.replies import shipped_templates

    glued = re.compile(r"[a-z’'] ?[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f? +[A-Z][a-z]")
    lines = [line for lines in shipped_templates().sections["joke"].values() for line in lines]
    assert lines and not [line for line in lines if glued.search(line)]


@pytest.mark.parametrize(
    "text",
    [
        "Tussen voorgerecht en hoofdgerecht anderhalf uur, ik heb mijn hele levensverhaal aan de buren verteld 😂",
        "Drie kwartier tussen gang twee en drie 🐌 we hebben de menukaart uit ons hoofd geleerd",
    ],
)
def test_a_wait_joke_on_google_has_no_glued_sentences(text: str) -> None:
    made = Drafter(BISTRO, analyser=analyse_topics).draft("uitkomst_grap", text, author="Bram", platform="google")
    reply = made.optional or ""
    assert "sorry" in reply.lower() and not re.search(r"[a-z] Maar\b", reply), reply


def test_a_missing_or_empty_queue_list_is_a_clear_error_not_every_wait_a_queue(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.domain import draft_joke_reply, draft_praise_held
    from app.errors import DataFileError

    for body in ('schema = 1\nmeans = ["fiets"]\n', "schema = 1\nqueues = []\n"):
        (tmp_path / "praise.toml").write_text(body, encoding="utf-8")
        monkeypatch.setattr(draft_praise_held, "resource_path", lambda name: tmp_path / name)
        draft_praise_held.praise_list.cache_clear()
        with pytest.raises(DataFileError):
            draft_joke_reply._queued("Zo lang gewacht op ons toetje")
    monkeypatch.undo()
    draft_praise_held.praise_list.cache_clear()


_REPAIR = BusinessProfile(name="Tweewielers Het Spaakje", kind="fietsenmaker", signers=["Wout"], register="u")
_SCOOTERS = BusinessProfile(name="Scooterhuis Vroem", kind="scooterwinkel", signers=["Ilse"])


@pytest.mark.parametrize(
    ("profile", "text"),
    [
        (_REPAIR, "Mijn fiets is nu al langer op vakantie bij het Spaakje dan ik deze zomer 🫠"),
        (_REPAIR, "me velo zit al langer in de herstelling dan ik op reis geweest ben, allez"),
        (_SCOOTERS, "Mijn scooter staat inmiddels langer bij jullie in de werkplaats dan in mijn eigen schuur 😂"),
        (_SCOOTERS, "mn brommer staat intussen langer bij jullie dan hij ooit bij mij gestaan heeft lol"),
    ],
)
def test_the_writers_thing_kept_longer_than_something_else_is_a_wait_under_the_joke(
    profile: BusinessProfile, text: str
) -> None:
    reply = _joke(profile, text)
    assert "sorry" in reply.lower() and "vergelijking" not in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "Mijn man zit langer bij jullie dan thuis, haha",
        "De rij bij jullie is langer dan die bij de Efteling 😅",
    ],
)
def test_a_person_who_stays_or_a_queue_is_no_wait_under_the_joke(text: str) -> None:
    assert "sorry" not in _joke(BISTRO, text).lower()


def test_a_joke_about_a_queue_does_not_say_the_wait_is_short() -> None:
    queues = ("De rij bij het Korenaar was zaterdag langer dan die voor de Efteling 😅", "wachtrij tot op straat lol")
    for text in queues:
        assert "snel" not in _joke(BAKERY, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Mijn vrouw vindt dat ik vaker op het terras van de Elleboog zit dan thuis in de tuin 🤷", "op het terras"),
        ("Ik hang vaker aan de toog bij jullie dan in mijn eigen zetel, mijn vrouw vindt het niks 😂", "aan de toog"),
        ("ik zit liever bij jullie in de serre dan thuis op de bank haha", "in de serre"),
        ("Zit meer op het terrasje bij jullie dan op mijn eigen balkon, tja", "op het terrasje"),
    ],
)
def test_more_often_at_the_businesss_place_than_at_home_names_that_place(text: str, place: str) -> None:
    reply = _joke(BISTRO, text)
    assert place in reply and "koffie" not in reply, reply


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Sinds jullie kaneelbroodjes ruikt mijn kantoor zo lekker. Dacht dat ik een nieuw geurkaarsje had 🕯️",
            "geurkaarsje",
        ),
        (
            "mijn auto ruikt naar appelflappen. De collega's dachten dat ik een nieuwe luchtverfrisser had gekocht 😂",
            "luchtverfrisser",
        ),
        ("Heel de living ruikt naar jullie speculaas. Mijn vrouw vroeg of we een nieuw parfum hadden haha", "parfum"),
        (
            "Heel de camion ruikt naar jullie pistolets. Mijne collega dacht dat het een nieuwe geurboom was 🌲",
            "geurboom",
        ),
    ],
)
def test_a_smell_taken_for_another_new_thing_is_no_joke_about_as_good_as_new(text: str, word: str) -> None:
    reply = _joke(BAKERY, text)
    assert "nieuw" not in reply and "onderhouden" not in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "2 kilo bijgekomen sinds jullie appelflappen verkopen. De rekening van de sportschool stuur ik door 😂",
        "Al 3 kg zwaarder door die boterkoeken van jullie, bedankt hè 🙄",
        "drie kilo's erbij gekomen sinds de bolussen, de factuur van mijn diëtiste komt jullie kant op",
        "Vijf pond bijgekomen door jullie appeltaart. Ik stuur de rekening van de fitness!",
    ],
)
def test_kilos_gained_are_a_diet_joke_not_a_price(text: str) -> None:
    reply = _joke(BAKERY, text)
    assert "dieet" in reply and "rekening" not in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "Na de grote beurt vroeg mijn vrouw of ik stiekem een nieuwe had gekocht 😂",
        "De buurman dacht dat het een nieuwe fiets was, zo blinkt hij na jullie poetsbeurt",
        "mn zoon dacht dat ik een nieuwe fiets had haha, zo goed hebben jullie hem opgeknapt",
    ],
)
def test_the_mended_thing_taken_for_new_is_still_as_good_as_new(text: str) -> None:
    assert "nieuw" in _joke(BIKES, text)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Twee keer de boon gevonden, dus ik ben nu officieel koningin van de straat 😎", "koningin"),
        ("Drie oliebollen in één minuut: ben ik nu officieel kampioen? 🏆", "kampioen"),
    ],
)
def test_a_title_the_writer_gives_themselves_is_said_back(text: str, title: str) -> None:
    assert title in _joke(BAKERY, text)
