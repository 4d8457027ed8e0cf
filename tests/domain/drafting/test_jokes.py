"""Whole-pipeline drafts for jokes: the light reply plays on the joke's own image, punchline, nickname or missing
thing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.draft_joke_reply import punchline
from app.domain.draft_jokes import shipped_jokes
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics
from tests.domain.businesses import BOEKHANDEL_BLAD, GARAGE_VOS
from tests.domain.drafting.shops import BARBER, BISTRO
from tests.domain.drafting.shops import GARAGE as GARAGE_HOFSTEDE
from tests.domain.drafts import draft

# Round r27 (issue #13): the light reply to a joke takes up the joke's own punchline, the word the writer put in
# quotes about their thing, names that thing as theirs, and opens with 'Haha'.
BAKERY = BusinessProfile(name="Bakkerij Mol", kind="bakkerij", signers=["Joke"])
GARAGE = replace(GARAGE_VOS, register="u", email="")


def _joke(profile: BusinessProfile, text: str) -> str:
    made = Drafter(profile, analyser=analyse_topics).draft("uitkomst_grap", text, author="Sem", platform="threads")
    assert made.optional is not None
    return made.optional


def test_the_quoted_word_about_the_writers_thing_is_said_back() -> None:
    reply = _joke(BAKERY, 'Volgens de bakker heeft mijn taart "pit". Ik noem het gewoon aangebrand 😂')
    assert "je taart met ‘pit’" in reply
    reply = _joke(GARAGE, "Mijn auto had volgens de monteur 'een eigen willetje'. Nu rijdt hij alleen nog achteruit 😂")
    assert "met ‘een eigen willetje’" in reply and "uw auto" in reply


def test_a_quote_about_something_else_is_not_glued_to_the_thing() -> None:
    reply = _joke(BAKERY, "Mijn taart was op tijd. Mijn man riep 'eindelijk' en at hem in één keer op 😂")
    assert "‘eindelijk’" not in reply


def test_the_light_reply_opens_with_haha() -> None:
    for text in (
        "Mijn croissant is zo groot dat hij een eigen stoel nodig heeft 😂",
        "Jullie rij is langer dan die bij de Efteling 😂",
    ):
        assert _joke(BAKERY, text).split("\n")[1].startswith("Haha"), text


# A light reply that takes up the joke's own image (session 7): sentences of their own, other businesses and other
# words than the benchmark rounds.
JOKE = "uitkomst_grap"


def _light(profile: object, text: str) -> str:
    made = draft(profile, JOKE, text, platform="instagram")  # type: ignore[arg-type]
    return made.optional or made.text or ""


def test_came_in_for_one_thing_and_left_with_much_more() -> None:
    text = "Kwam voor één ruitenwisser naar binnen en reed naar buiten met nieuwe banden en een lege portemonnee 😅"
    reply = _light(GARAGE_HOFSTEDE, text)
    assert "één ruitenwisser" in reply and "lege portemonnee" in reply, reply
    text = "Ging voor een koffie naar binnen, kwam buiten met een taartje, twee bitterballen en een kater 🙈"
    reply = _light(BISTRO, text)
    assert "een koffie" in reply and "kater" in reply, reply


def test_not_recognised_by_a_pet_or_a_person_after_a_change() -> None:
    reply = _light(BARBER, "Na die fade herkent mijn eigen kat me niet meer, ze blijft me aanstaren 😂")
    assert "kat" in reply and "vul in" not in reply, reply
    reply = _light(BARBER, "Mijn schoonmoeder herkende me niet op de verjaardag. Missie geslaagd Lex!")
    assert "schoonmoeder" in reply, reply


def test_a_word_of_the_business_in_quotes_is_taken_up() -> None:
    reply = _light(GARAGE_HOFSTEDE, "Wim noemt mijn auto 'een liefhebbersauto'. Ik noem het een geldput 🙃")
    assert "liefhebbersauto" in reply and "vul in" not in reply, reply
    reply = _light(BISTRO, 'De ober zei dat de portie "goed gevuld" was. Ik heb nog steeds honger 😂')
    assert "goed gevuld" in reply, reply


def test_came_for_one_thing_said_without_binnen_and_buiten() -> None:
    text = "Ik kom voor een ventiel en ga weg met een nieuwe zadelpen, een bel en een lichter portemonnee 🙃"
    reply = _light(GARAGE_HOFSTEDE, text)
    assert "ventiel" in reply and "zadelpen" in reply, reply


def test_asked_for_a_little_in_quotes_before_wilde() -> None:
    reply = _light(BARBER, "Lex vroeg of ik 'alleen de puntjes' wilde. Ik zie nu mijn nek weer 😂")
    assert "alleen de puntjes" in reply, reply


def test_there_so_often_it_lives_here() -> None:
    reply = _light(GARAGE_HOFSTEDE, "Mijn bus staat zo vaak bij jullie dat hij de monteurs bij naam kent 🚐")
    assert "bus" in reply and "vul in" not in reply, reply


def test_a_new_name_for_what_the_business_offers_is_taken_up() -> None:
    reply = _light(BISTRO, "Jullie noemen het een proeverij, ik noem het een vijfgangendiner met uitzicht 😂")
    assert "vijfgangendiner" in reply and "vul in" not in reply, reply


# A joke about a change nobody noticed gets a light reply that plays on it (session 8): other businesses and other
# words than the benchmark round.
BARBERSHOP_KEES = BusinessProfile(name="Barbershop Kees", kind="barbier", signers=["Kees"], voice="ik")
GROOMER = BusinessProfile(name="Trimsalon Wolk", kind="trimsalon", signers=["Ank"], register="u")
CARWASH = BusinessProfile(name="Wasstraat Glans", kind="autowasstraat", signers=["Rob"])


def _joke_by_tim(profile: BusinessProfile, text: str) -> str:
    made = Drafter(profile, analyser=analyse_topics).draft("uitkomst_grap", text, author="Tim", platform="threads")
    assert made.optional is not None
    return made.optional


def test_someone_who_did_not_notice_the_change_is_named_in_the_reply() -> None:
    reply = _joke_by_tim(
        BARBERSHOP_KEES, "Mijn vrouw had het niet eens door dat ik geknipt was 😂 volgende keer een hanenkam?"
    )
    assert "vrouw" in reply and "vul in" not in reply, reply
    reply = _joke_by_tim(CARWASH, "Auto laten poetsen en mijn man zag het pas na een week. Echt waar 🙄")
    assert "man" in reply and "vul in" not in reply, reply


def test_a_change_nobody_noticed_asks_for_more_next_time() -> None:
    reply = _joke_by_tim(GROOMER, "Niemand heeft gemerkt dat Bobbie getrimd is, hij zag er al zo keurig uit 🤣")
    assert "drastischer" in reply and "vul in" not in reply, reply
    reply = _joke_by_tim(BARBERSHOP_KEES, "Volgende keer graag iets opvallenders, mijn collega's hadden niks door 😂")
    assert "drastischer" in reply and "uw" not in reply, reply


BAKKERIJ_ROGGE = BusinessProfile(name="Bakkerij Rogge", kind="bakkerij", signers=["Lies"])


def test_a_mock_lawsuit_is_pleaded_guilty() -> None:
    reply = _joke_by_tim(
        BAKKERIJ_ROGGE, "Ik ga jullie aanklagen: sinds ik jullie tompoezen ken pas ik niet meer in mijn jas 😭"
    )
    assert "schuldig" in reply, reply
    reply = _joke_by_tim(
        BARBERSHOP_KEES, "Ik eis schadevergoeding: sinds die fade kijkt mijn vriendin alleen nog naar mij 😎"
    )
    assert "schuldig" in reply, reply


def test_a_pet_that_does_not_know_the_writer_anymore() -> None:
    reply = _joke_by_tim(GROOMER, "Onze kat blaast naar mij sinds ik bij jullie geknipt ben 😂")
    assert "kat" in reply and "vul in" not in reply, reply
    reply = _joke_by_tim(BARBERSHOP_KEES, "Zo strak geknipt dat mijn hond me niet meer herkende 🐶")
    assert "hond" in reply, reply


RESTO = BusinessProfile(name="Eetcafé Pier", kind="eetcafé", signers=["Pim"], voice="wij")


def test_a_broken_diet_names_what_broke_it() -> None:
    reply = _joke_by_tim(RESTO, "Jullie saté is de reden dat mijn dieet nooit verder komt dan dinsdag 😭")
    assert "saté" in reply and "dieet" in reply, reply
    reply = _joke_by_tim(BAKKERIJ_ROGGE, "Mijn dieet en ik gaan uit elkaar. Schuldige: jullie gevulde koeken 🍪💔")
    assert "koeken" in reply and "je dieet" not in reply, reply


def test_a_secret_shared_with_the_business_is_kept() -> None:
    reply = _joke_by_tim(BARBERSHOP_KEES, "Kees weet als enige hoeveel grijze haren ik echt heb. Ons geheimpje 🤫")
    assert "geheim" in reply or "verzegeld" in reply, reply
    reply = _joke_by_tim(BAKKERIJ_ROGGE, "Niemand hoeft te weten dat die taart op het feest niet zelfgebakken was 😇")
    assert "geheim" in reply or "verzegeld" in reply, reply


def test_someone_who_noticed_the_wrong_change() -> None:
    reply = _joke_by_tim(
        BARBERSHOP_KEES, "Mijn vriendin vroeg of ik een nieuwe trui aanhad. Nee, ik was net geknipt 🙄"
    )
    assert "vriendin" in reply and "vul in" not in reply, reply


# A joke about something the business does not have ('en dan géén ...') gets a light reply that takes the missing
# thing up (session 9): other businesses and other words than the benchmark round.
BOOKSHOP = replace(BOEKHANDEL_BLAD, email="", phone="")
GARAGE_DEKKER = BusinessProfile(name="Garage Dekker", kind="autogarage", signers=["Henk"], register="u")
TRIMSALON_WOLK = BusinessProfile(name="Trimsalon Wolk", kind="trimsalon", signers=["Ank"])


def test_the_missing_thing_of_a_joke_is_taken_up() -> None:
    reply = _joke_by_tim(BOOKSHOP, "Een boekwinkel met een leesbank en dan géén koffieautomaat?! Ik ga staken ☕")
    assert "koffieautomaat staat" in reply and "mijn verlanglijstje" in reply, reply
    reply = _joke_by_tim(GARAGE_DEKKER, "Zo'n chique showroom en dan géén massagestoelen 😤 schandalig, echt")
    assert "massagestoelen staan" in reply, reply
    reply = _joke_by_tim(
        TRIMSALON_WOLK, "trimsalon in de binnenstad en GÉÉN hondenkoekjes bij de kassa, mijn teckel is in shock 🐶"
    )
    assert "hondenkoekjes" in reply, reply


def test_a_joke_without_stress_on_the_missing_word_keeps_its_own_reply() -> None:
    reply = _joke_by_tim(BOOKSHOP, "Ik kwam voor één boek en liep naar buiten met zes boeken en geen geld meer 😅")
    assert "verlanglijstje" not in reply, reply


# The light reply to a joke plays on the joke's own image (session 10): its short last line said back, a choice
# question answered, a shushing emoji kept as a secret. Sentences of their own, other businesses.
TRIMSALON_KWISPEL = BusinessProfile(name="Trimsalon Kwispel", kind="trimsalon", signers=["Fenna"])
BOEKHANDEL_DE_VLINDER = BusinessProfile(
    name="Boekhandel De Vlinder", kind="boekhandel", signers=["Marit"], register="u"
)
GARAGE_VELTHUIS = BusinessProfile(name="Garage Velthuis", kind="garage", signers=["Henk"], voice="wij")


def test_the_short_last_line_is_said_back() -> None:
    reply = _joke(TRIMSALON_KWISPEL, "na de trimbeurt herkent de kat onze hond niet meer. ze blazen. echt een drama 🐶")
    assert "‘Echt een drama’" in reply, reply
    reply = _joke(GARAGE_VELTHUIS, "APK gehaald met mijn roestbak van 1994. Velthuis doet wonderen #respect")
    assert "‘Velthuis doet wonderen’" in reply, reply


def test_no_punchline_from_a_thanks_or_a_long_sentence() -> None:
    assert punchline("Boek gekocht en in één nacht uitgelezen. Dank je wel Marit!") == ""
    assert punchline("Ik lees sneller dan jullie de kast kunnen vullen, dus bestel maar vast extra voorraad 📚") == ""
    assert punchline("Alleen deze zin") == ""


def test_a_choice_question_is_answered() -> None:
    reply = _joke(
        BOEKHANDEL_DE_VLINDER, "Drie thrillers gekocht, nu slaap ik niet meer. Boekhandel of slaapverwoester? 📚"
    )
    assert "slaapverwoester" in reply, reply
    reply = _joke(GARAGE_VELTHUIS, "Na de APK rijdt mijn ouwe Golf als nieuw. Monteur of tovenaar?")
    assert "tovenaar" in reply, reply


def test_a_shushing_emoji_is_a_secret() -> None:
    reply = _joke(
        BOEKHANDEL_DE_VLINDER, "Ik verstop de nieuwe boeken altijd in de kofferbak zodat mijn man ze niet ziet 🤫"
    )
    assert "🤫" in reply, reply


def test_a_last_line_at_the_business_is_not_said_back() -> None:
    assert punchline("Bij die garage is de koffieautomaat altijd 'stuk'. Snap je wel waarom 😉") == ""
    assert punchline("Drie keer een boek besteld, drie keer het verkeerde. Doen jullie dat expres?") == ""


# Jokes: a nickname others gave to the writer's thing is played on, and a joke with a shape of its own beats the
# fixed wait line (a 'kwartier' of barking is no wait).
def _shape(text: str) -> tuple[str, dict[str, str]] | None:
    for shape in shipped_jokes():
        found = shape.values(text)
        if found is not None:
            return shape.id, found
    return None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Op de camping noemden ze mijn caravan 'de Rammelaar'. Nu hoor je niks meer.", "de Rammelaar"),
        ("Mijn collega's noemen mijn oude brommer al jaren 'Stinkie'. Nu ruikt hij naar niks.", "Stinkie"),
        ("Ons koffiezetapparaat, dat de kinderen 'Brulboei' noemden, is sinds de reparatie muisstil.", "Brulboei"),
    ],
)
def test_a_nickname_is_the_joke(text: str, name: str) -> None:
    assert _shape(text) == ("nickname", {"naar": name})


def test_a_word_in_quotes_without_naming_is_no_nickname() -> None:
    found = _shape("De monteur zei dat mijn fiets 'karakter' heeft.")
    assert found is None or found[0] != "nickname"


def test_the_draft_plays_on_the_nickname() -> None:
    salon = BusinessProfile(name="Trimsalon Pluis", kind="trimsalon", signers=["Ans"])
    reply = _joke(salon, "Onze poedel heette bij de buren 'Stofzuiger'. Na het trimmen is hij een ander beest 😂")
    assert "Stofzuiger" in reply


def test_a_shaped_joke_beats_the_wait_line() -> None:
    barber = BusinessProfile(name="Barbier Baard", kind="barbier", signers=["Mo"])
    text = "Na het scheren herkende mijn kat mij niet meer en heeft hij een half uur onder de bank gezeten 😂"
    reply = _joke(barber, text)
    assert "kat" in reply
    assert "rij" not in reply


def test_a_new_name_for_the_writer_is_no_nickname_of_a_thing() -> None:
    found = _shape("Sinds de kleuring noemen de buren mij 'Pippi' in plaats van 'buurvrouw' 😂")
    assert found is None or found[0] != "nickname"


# Clothes that no longer fit after the business's treats ('past mijn bikini niet meer', 'mijn trouwjurk kan niet
# meer dicht'... ) are a diet joke about the treat, also when the writer sends the bill for new ones.
def test_clothes_that_no_longer_fit_are_a_diet_joke_about_the_treat() -> None:
    text = (
        "Drie weken elke dag jullie appelflappen en nu past mijn bikini niet meer. "
        "De rekening van een nieuwe komt jullie kant op 😂"
    )
    reply = _joke(BAKERY, text)
    assert "appelflappen" in reply and "dieet" in reply, reply
    # near miss: a garment that does not fit, without 'niet meer', is no diet
    assert not any(s.id == "diet" and s.values("De jurk die ik kocht past niet, te kort.") for s in shipped_jokes())


# An April fool's joke of the business is laughed along with, on the thing it was about when the joke names it;
# a price joke that also takes a jab at the business's thing has that jab taken to heart, not laughed off.
FRITURE = BusinessProfile(name="Frituur 't Pleintje", kind="frituur", signers=["Dirk"], voice="ik", register="je")


def test_an_april_fool_is_laughed_along_with_on_its_thing() -> None:
    reply = _joke(BAKERY, "Jullie aprilgrap was top: 'croissant met haring' 😂 Mijn dochter wilde er echt eentje.")
    assert "‘croissant met haring’" in reply and "1 april" in reply
    reply = _joke(FRITURE, "Op 1 april zag ik dat de frieten voortaan blauw zijn 😂 Het halve dorp geloofde het.")
    assert "1 april" in reply


def test_a_queue_joke_without_april_keeps_its_queue_line() -> None:
    reply = _joke(BAKERY, "Om zeven uur stond de rij voor jullie croissants al tot aan de kerk 😂")
    assert "april" not in reply


def test_a_price_joke_that_jabs_at_the_thing_takes_it_to_heart() -> None:
    reply = _joke(FRITURE, "De frieten waren zo slap dat ze over de rand hingen. Die prijs was wel pittig 😏")
    assert "frieten" in reply and "ter harte" in reply
    reply = _joke(FRITURE, "De bitterballen waren lauw, maar de rekening was lekker warm 😏")
    assert "bitterballen" in reply and "ter harte" in reply


def test_a_price_joke_that_praises_the_thing_is_no_jab() -> None:
    reply = _joke(FRITURE, "De frieten zijn zo lekker dat mijn rekening elke vrijdag huilt 😂")
    assert "ter harte" not in reply


def test_a_comparison_with_his_own_names_whose_it_is() -> None:
    reply = _joke(
        BARBER,
        "Sinds Lex mijn baard doet, kijkt mijn broer elke zondag jaloers. Hij vindt mijn baard voller dan de zijne 😂",
    )
    assert "die van je broer" in reply and "de zijne" not in reply


def test_a_comparison_with_a_thing_keeps_the_thing() -> None:
    # someone named, but the comparison names its own other: not turned into 'die van je broer'
    reply = _joke(BARBER, "Sinds Lex mijn baard doet, zegt mijn broer dat hij voller is dan die van Sinterklaas 😂")
    assert "van je broer" not in reply


# A partner slow to notice the new look ('Mijn lief deed er een week over om het te zien'), and the heat with the
# cooling the writer wants ('34 graden ... als jullie airco hebben'): the joke played on, not taken as criticism.
SALON_JOKES = BusinessProfile(name="Kapsalon Sterre", kind="kapsalon", signers=["Sterre"], voice="ik", register="je")
BIKES_JOKES = BusinessProfile(name="Tweewielers Baert", kind="fietsenwinkel", signers=["Ruben"], voice="wij")


def test_a_partner_slow_to_notice_is_the_joke_not_a_complaint() -> None:
    reply = _joke(
        SALON_JOKES,
        "Mijn lief heeft een volle week nodig gehad om te merken dat ik bij Sterre was. Een week! Volgende keer "
        "ga ik voor paars 😂",
    )
    assert "lief" in reply, reply
    assert "Au" not in reply, reply
    said = "Mijn vent deed er drie dagen over om het op te merken. Drie dagen!"
    found = [v for s in shipped_jokes() if s.id == "unnoticed_by" and (v := s.values(said))]
    assert found and found[0]["naar"] == "vent", found


def test_a_partner_slow_to_recover_is_no_unnoticed_joke() -> None:
    # near miss: needing time to recover says nothing about noticing
    found = [s.id for s in shipped_jokes() if s.values("Mijn man had drie dagen nodig om te herstellen 😂")]
    assert "unnoticed_by" not in found


def test_heat_with_the_cooling_wished_is_a_heat_joke() -> None:
    reply = _joke(BIKES_JOKES, "34 graden buiten. Ik breng mijn fiets graag binnen als jullie een ventilator hebben 😅")
    assert any(w in reply for w in ("hitte", "koel")), reply


def test_a_warm_day_without_cooling_is_no_heat_joke() -> None:
    # near miss: the heat is named, but no cooling is wished for
    found = [s.id for s in shipped_jokes() if s.values("Bij 30 graden toch een warme soep gegeten, heerlijk 😂")]
    assert "heat" not in found
