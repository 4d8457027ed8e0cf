"""The topic finder on the people a comment names: staff, the writer's own people, first names
(app/nlp/topic_names.py, topic_people.py, topic_staff.py)."""

from __future__ import annotations

import pytest

from app.nlp.topic_names import not_words
from app.nlp.topics import analyse_topics


# Names without a cue around them (issue #13, session 8): a first name from the list anywhere, a word that is no
# Dutch word before a verb, a name with an age; never a place, a companion, a quote or 'Elke'.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dank aan het hele team, en in het bijzonder Maud bij de koffie.", "Maud"),
        ("De vlaai was top. En Wessel achter de kassa nam echt de tijd voor ons.", "Wessel"),
        ("Onze fietsen waren snel klaar, want Dewayne pakte het meteen op.", "Dewayne"),  # no Dutch word, a verb
        ("Mijn bril zat scheef maar Kerem boog hem in twee minuten recht.", "Kerem"),
    ],
)
def test_a_name_without_a_thanks_or_role_around_it(text: str, name: str) -> None:
    assert name in analyse_topics(text).names


@pytest.mark.parametrize(
    "text",
    [
        "Met onze wandelclub uit Oirschot (9 man) kwamen we binnen voor de lunch.",  # a place, a group
        "Op de taart stond 'Hugo & Maud 40 jaar' in plaats van 'Hugo & Marja'.",  # written on the cake
        "Ik ging met Bram even langs voor een nieuwe band.",  # who came along
        "Elke zaterdag haal ik hier mijn brood.",  # 'elke' is a word first
        "We fietsten via Dalfsen naar huis en stopten hier.",
    ],
)
def test_no_name_where_it_is_a_place_a_quote_or_a_companion(text: str) -> None:
    assert analyse_topics(text).names == ()


def test_a_name_with_an_age_is_the_writers_own() -> None:
    found = analyse_topics("Lieke (6) durfde eerst niet in de stoel, maar daarna wilde ze niet meer weg.")
    assert found.kin == ("Lieke",)
    assert "Lieke" not in found.names
    assert analyse_topics("Wij kwamen uit Zwolle (12 personen) en kregen meteen een tafel.").kin == ()


def test_an_unknown_word_at_the_start_of_a_sentence_is_no_name() -> None:
    # sentence-initial words the list does not know ('Iemand', 'Toch', 'Ondertussen') are no names
    assert analyse_topics("Ik had het gezegd. Toch kreeg ik de verkeerde taart.").names == ()
    assert analyse_topics("Iemand zei dat jullie stoppen, klopt dat?").names == ()


def test_a_word_no_dictionary_knows_before_a_comma_and_a_thanks_is_the_one_thanked() -> None:
    # a name the first-name list does not know, opening a later sentence and thanked right after the comma
    text = "De vlaai stond mooi op tafel en iedereen at ervan. Wiebke, heel erg bedankt voor je geduld!"
    assert analyse_topics(text).names == ("Wiebke",)
    # near misses: an ordinary word before the comma, or no thanks after it
    assert analyse_topics("De vlaai stond op tafel. Zondag, heel erg bedankt voor alles!").names == ()
    assert analyse_topics("De vlaai stond op tafel. Wiebke, kom je ook?").names == ()


def test_whom_it_was_for_is_the_writers_even_with_a_job() -> None:
    found = analyse_topics("De bos bloemen voor onze trainer Ruben was prachtig. Hanna heeft alles mooi ingepakt.")
    assert found.kin == ("Ruben",)
    assert found.names == ("Hanna",)
    # without 'voor' a job before the name is someone of the business
    assert "Ilse" not in analyse_topics("Onze kapster Ilse knipte me weer prachtig.").kin


# Staff named in praise (issue #13, rounds r67/r68): the colleague of someone named ('Sanne en haar collega Dewi')
# and a name with a relative clause without its comma ('en Dimitris die ...'); sentences of their own.
def test_the_colleague_of_someone_named_is_named_too() -> None:
    names = analyse_topics("Ik wil Sanne en haar collega Dewi bedanken voor de mooie highlights.").names
    assert "Dewi" in names


def test_the_colleague_of_the_writers_own_is_no_name_of_the_business() -> None:
    names = analyse_topics("Mijn man en zijn collega Tom kwamen de taart ophalen, heerlijk!").names
    assert "Tom" not in names


def test_a_name_with_die_after_it_is_someone() -> None:
    text = "Heerlijk gegeten met de familie, en Dimitris die op het eind nog een likeurtje schonk. Top!"
    assert "Dimitris" in analyse_topics(text).names


def test_a_longer_proper_name_with_die_is_no_one() -> None:
    text = "We aten bij Brasserie Oostwal die pas open is, echt een aanrader."
    assert "Oostwal" not in analyse_topics(text).names


def test_news_about_the_writer_is_no_rumour() -> None:
    assert not analyse_topics("Toen ik las dat ik was uitgeloot, heeft Kim me zo fijn geholpen.").hearsay
    assert analyse_topics("Ik las dat jullie gaan verhuizen naar de Markt?").hearsay


def test_a_first_name_in_lower_case_after_nieuwe_is_a_thing() -> None:
    assert [p.text for p in analyse_topics("Super blij met mijn nieuwe bob!").praised] == ["bob"]
    assert not analyse_topics("Super blij met mijn lieve bob, hij kookte vanavond.").praised


# Session 14: a first name after 'bij' or 'van' is a person; an occasion followed by 'van' and a first name is that
# person's. Sentences of our own.
def test_a_first_name_after_bij_is_the_one_who_helped() -> None:
    assert "Youssef" in analyse_topics("Al jaren vaste klant bij Youssef, altijd strak geknipt.").names


def test_a_place_after_bij_is_no_name() -> None:
    assert analyse_topics("Vanochtend nog een brood gehaald bij Jumbo, maar dat van jullie is beter.").names == ()


def test_an_occasion_of_a_named_colleague_is_hers_and_she_is_no_staff() -> None:
    found = analyse_topics("Gisteren vierden we het afscheid van Greta, na 30 jaar op kantoor. De taart was prachtig!")
    assert found.owner == "Greta"
    assert "Greta" not in found.names


# Session 15: staff named after a word for a service and 'door' ('Bediening door Giulia'), a first name that is also
# a word acting at the start of a sentence ('Roos heeft ...'). Sentences of our own.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Heerlijk gegeten. Bediening door Chiara was super vriendelijk.", "Chiara"),
        ("top zaak, uitleg door Bas over mijn versnellingen was helder 👍", "Bas"),
        ("Knipbeurt door Yara, echt netjes en snel. Aanrader!", "Yara"),
        ("Vriendelijke ontvangst door Matteo, koffie stond meteen klaar.", "Matteo"),
    ],
)
def test_a_name_after_a_service_and_door_is_the_one_who_gave_it(text: str, name: str) -> None:
    assert name in analyse_topics(text).names


def test_a_walk_through_a_town_names_no_one() -> None:
    assert analyse_topics("Na een wandeling door Gent nog een ijsje gehaald, heerlijk!").names == ()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mijn dochtertje was bang. Roos heeft haar heel rustig geknipt, ze wil alleen nog bij jou!", "Roos"),
        ("Merel knipte mijn krullen precies zoals ik wou, merci!", "Merel"),
        ("Fleur heeft de taart nog snel aangepast toen ik belde. Top!", "Fleur"),
    ],
)
def test_a_first_name_that_is_also_a_thing_acting_is_a_name(text: str, name: str) -> None:
    found = analyse_topics(text)
    assert name in found.names
    assert name.lower() not in {p.text for p in found.products}


@pytest.mark.parametrize(
    "text",
    ["Roos is helemaal weg na die shampoo van jullie!", "Roos had ik al jaren, nu eindelijk niet meer."],
)
def test_the_thing_said_with_a_capital_stays_a_thing(text: str) -> None:
    assert analyse_topics(text).names == ()


def test_a_named_child_and_the_staff_member_who_cared_for_him_are_both_found() -> None:
    found = analyse_topics(
        "Ons zoontje Milan durfde nooit naar de kapper. Roos heeft alle tijd voor hem genomen en hij was zo trots."
    )
    assert found.kin == ("Milan",)
    assert "Roos" in found.names


def test_people_only_in_a_memory_or_who_typed_it_are_not_greeted() -> None:
    found = analyse_topics(
        "Net als vroeger bij mijn oma in de keuken. Mijn dochter heeft dit voor me getypt, ik kan dat niet zo goed."
    )
    assert set(found.ungreeted) == {"oma", "dochter"}


def test_someone_also_named_outside_the_memory_is_greeted() -> None:
    found = analyse_topics("Mijn moeder kwam hier vroeger al. Nu neem ik mijn moeder elke week mee 😊")
    assert found.ungreeted == ()


def test_an_adjective_before_a_name_or_abbreviation_is_no_thing() -> None:
    for text in ("Mijn nieuwe KPI na die lunch: vaker klantbezoek doen", "Mijn oude Batavus doet het weer prima"):
        assert all(p.text not in {"nieuwe", "oude"} for p in analyse_topics(text).products), text


def test_a_function_word_opening_a_sentence_is_no_name() -> None:
    assert analyse_topics("Lekker gegeten. Dat is wel duidelijk. Deze zaak raad ik aan!").names == ()
    assert analyse_topics("Ben heeft mijn ketting vervangen, top").names == ("Ben",)


# Round r27 (issue #13): a name right after a job word, an age said with 'werd/wordt' as a birthday even when a
# party word was used too, and whose birthday it was.
def test_a_name_after_a_job_word_is_a_staff_name_whatever_verb_follows() -> None:
    assert analyse_topics("Gisteren was monteur Bas er binnen een uur, de ketel draait weer.").names == ("Bas",)
    assert "Lotte" in analyse_topics("Serveerster Lotte zong mee en iedereen lachte.").names
    assert "Mirte" in analyse_topics("Bij de trimsalon waste trimster Mirte onze hond twee keer.").names
    # a business after 'bij' and someone of the writer's are no staff names
    assert analyse_topics("Vorige maand bij kapper Knipoog geweest.").names == ()
    found = analyse_topics("Mijn vrouw Anja was er heel blij mee.")
    assert "Anja" not in found.names


def test_an_age_after_werd_or_wordt_is_a_birthday_even_with_a_party_word() -> None:
    found = analyse_topics("Onze buurman werd vorige week 75 en het feestje bij jullie was top.")
    assert found.occasion == "verjaardag" and found.occasion_words == "75ste verjaardag"
    found = analyse_topics("Mijn zus wordt 40 en we hadden een borrel bij jullie in de zaak.")
    assert found.occasion == "verjaardag" and found.owner == "zus"


def test_the_one_who_turned_that_age_owns_the_birthday() -> None:
    assert analyse_topics("Opa werd 85 en de taart was prachtig.").owner == "opa"
    assert analyse_topics("Ik werd 40 en alles klopte.").owner == ""


def test_a_number_with_a_unit_after_werd_is_no_age() -> None:
    assert analyse_topics("Het werd uiteindelijk 20 minuten later dan gepland.").occasion == ""
    assert analyse_topics("De rekening werd zomaar 30 euro hoger.").occasion == ""


def test_a_person_or_pet_word_that_opens_a_clause_without_a_possessive_is_the_writers() -> None:
    # review shorthand: 'kat ... laten wachten', 'Dochter dolblij'
    assert "kat" in analyse_topics("Veel te laat geholpen, kat twee uur in de reismand laten zitten.").people
    assert "dochter" in analyse_topics("Dochter dolblij met haar nieuwe kapsel!").people
    # not a preposition that looks like a family word, nor someone else's
    assert analyse_topics("Om vijf uur was alles klaar.").people == ()
    assert "zoon" not in analyse_topics("Zoon van de buren heeft het gemaakt.").people


def test_plural_words_for_the_writers_people() -> None:
    assert (
        "zoons" in analyse_topics("Ik had een afspraak voor mijn twee zoons, maar er stond niks in de agenda.").people
    )
    found = analyse_topics("Met mijn broers een cadeau besteld voor onze moeder, het kwam kapot aan.")
    assert "broers" in found.people and all(p.text != "broers" for p in found.products)


def test_rolling_eyes_with_words_between_is_about_staff_not_the_writer() -> None:
    assert "personeel" in analyse_topics("Vraag ik iets, rolt die jongen met z'n ogen en loopt weg.").problems
    assert "personeel" in analyse_topics("Toen rolde de caissière weer met haar ogen.").problems
    assert "personeel" not in analyse_topics("Ik rolde met mijn ogen toen ik de rekening zag.").problems


# Rounds r28/r29 (issue #13): a staff name in an apposition ('Joost, de gastheer,', 'Joost van de bediening'), a
# proposal said with 'yes', a bare lower-case noun that opens the comment before its verb, a colour given as the
# result, and no name for a word that is a topic word or the thing.
def test_a_name_followed_by_its_job_or_team_is_staff() -> None:
    assert (
        "Mila" in analyse_topics("Ik werd geholpen door iemand anders, maar Mila, de kapster, nam echt de tijd.").names
    )
    assert "Bas" in analyse_topics("Vorige week kreeg ik van Bas van de werkplaats nog een tip over mijn banden.").names
    # a comma and a plain noun is no job
    assert "Pim" not in analyse_topics("Ik ging met Pim, de buurjongen, even langs.").names


def test_a_proposal_said_with_yes_is_an_engagement() -> None:
    assert analyse_topics("Hij vroeg het bij het toetje en ik heb yes gezegd! 💍").occasion == "verloving"
    assert analyse_topics("SHE SAID YES!! Dank aan het hele team voor het meedenken.").occasion == "verloving"


def test_a_bare_lower_case_noun_that_opens_the_comment_is_the_thing() -> None:
    assert analyse_topics("iedereen was echt aardig vandaag").products == ()  # a pronoun is no thing
    assert analyse_topics("stoofvlees was echt insane 🔥").products[0].text == "stoofvlees"
    assert analyse_topics("kniptechniek is top, echt een aanrader").products[0].text == "kniptechniek"
    # with a capital it may be a name, and a time word is no thing
    assert analyse_topics("Coco is weer helemaal fluffy na haar beurt.").products == ()
    assert analyse_topics("vanmiddag was het erg druk").products == ()


def test_a_colour_given_as_the_result() -> None:
    assert ("kleur", "groen") in analyse_topics("Gevraagd om asblond. Het eindresultaat was gewoon groen.").judged
    assert ("kleur", "paars") in analyse_topics("Wilde karamel. Uitkomst: paars.").judged


def test_a_topic_word_or_the_thing_is_no_name() -> None:
    assert analyse_topics("Eten was best lekker, ik had de varkenshaas.").names == ()
    assert analyse_topics("Knippen was snel gedaan en netjes.").names == ()
    assert analyse_topics("Ruben knipte snel en netjes.").names == ("Ruben",)


@pytest.mark.parametrize(
    ("text", "name", "no_name"),
    [
        ("Kees hielp me meteen. Wol d'r niks veur hebben!", "Kees", "Wol"),
        ("Kees hielp me meteen. Wou d'r niets voor hebben.", "Kees", "Wou"),
        ("Gijs plakte mijn band. Wilde d'r ook nog geen geld voor.", "Gijs", "Wilde"),
    ],
)
def test_a_verb_before_d_r_as_er_is_no_name(text: str, name: str, no_name: str) -> None:
    names = analyse_topics(text).names
    assert name in names and no_name not in names, names


def test_a_name_before_d_r_as_her_stays_a_name() -> None:
    assert "Anouk" in analyse_topics("Jan heeft Anouk d'r fiets gemaakt, super!").names


@pytest.mark.parametrize(
    ("text", "own", "staff"),
    [
        ("De communie van onze tweeling Fenna en Siem gevierd in jullie zaal. Ruud, bedankt!", ["Fenna", "Siem"], []),
        ("Mijn dochters Lore, Fien en Mats vonden het geweldig, dankzij Kees!", ["Lore", "Fien", "Mats"], ["Kees"]),
        ("Onze Yasmin was blij. Kees en Jan hebben goed geholpen.", ["Yasmin"], ["Kees", "Jan"]),
    ],
)
def test_names_joined_to_one_of_the_writers_own_are_theirs_too_not_staff(
    text: str, own: list[str], staff: list[str]
) -> None:
    # 'onze tweeling Fenna en Siem': Siem is the writer's child, not someone to pass the praise on to
    topics = analyse_topics(text)
    assert list(topics.kin) == own, topics
    assert all(n in topics.names for n in staff) and not set(own) & set(topics.names), topics


def test_a_name_after_one_of_the_writers_own_can_start_the_next_clause() -> None:
    # 'onze Nore en Elke had haar haar gevlochten': Elke did the plaits, she is staff
    topics = analyse_topics("Ons lentefeest gevierd voor onze Nore en Elke had haar haar zo mooi gevlochten!")
    assert topics.kin == ("Nore",) and "Elke" in topics.names, topics


def test_the_first_word_of_an_event_s_name_is_none_of_the_writer_s_own() -> None:
    """r123: 'Voor onze Dry January-challenge ...': a word before a capitalised hyphened noun starts a thing's name."""
    found = analyse_topics("Met onze Warme Truien-actie haalden we 300 euro op, dankzij jullie bakkerij!")
    assert "Warme" not in found.kin, found.kin
    assert analyse_topics("Onze Noor kreeg een lolly, zo lief!").kin == ("Noor",)


def test_a_common_noun_opening_a_sentence_is_no_one_to_pass_praise_on_to() -> None:
    """r125: 'Shop was already closed but the owner came out anyway': the shop is thanked by no one; a name the
    list knows that is also a word stays, and so does a word written with a capital inside a sentence."""
    text = "Winkel was shut already. Roos helped us anyway, and Kees too. Thanks to Team Fiets!"
    assert not_words(("Winkel", "Roos", "Kees", "Team"), text) == ("Roos", "Kees", "Team")
    # ... and in an English comment the topic finder leaves it out
    found = analyse_topics("Winkel was already closed but the owner opened up for us. Legend!")
    assert "Winkel" not in found.names, found.names


def test_a_french_double_first_name_is_a_name() -> None:
    # both parts are first names the list knows ('Marie', 'Louise'), so the double name is one
    assert "Marie-Louise" in analyse_topics("Marie-Louise pakte mijn taart zo mooi in, merci!").names


def test_a_hyphenated_word_of_no_first_names_is_no_name() -> None:
    assert "Noord-Brabant" not in analyse_topics("Beste bakker van Noord-Brabant, echt waar!").names
