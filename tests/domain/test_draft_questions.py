"""Tests of app/domain/draft_questions.py: which questions are put to the business, and the wish or question a
comment holds, read by its clause. Sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_questions import addressed_question, asks_unmarked, last_clause, question_sentences, wish_clause
from app.domain.draft_questions_about import asked_about, asked_about_all


@pytest.mark.parametrize(
    "question",
    [
        "Is er iets vegetarisch voor mijn zus?",
        "is er ook iets glutenvrij voor de kinderen?",
        "Is er nog iets zonder noten?",
        "Is er een kindermenu?",
        "Is er zaterdagavond nog plaats voor zes?",
        "Goedemiddag, is er nog plaats voor ons teamuitje op 3 mei?",
        "Hallo! Is er ook plek voor een kinderwagen?",
    ],
)
def test_whether_there_is_something_is_asked_of_the_business(question: str) -> None:
    assert addressed_question(question)


@pytest.mark.parametrize("question", ["Hoe moeilijk kan het zijn?", "Normaal?!", "Hallo, hoe moeilijk kan het zijn?"])
def test_rhetoric_is_not(question: str) -> None:
    assert not addressed_question(question)


@pytest.mark.parametrize(
    ("question", "about"),
    [
        ("Werkt u samen met leasemaatschappijen?", "leasemaatschappijen"),
        ("werken jullie samen met fietsverzekeraars", "fietsverzekeraars"),
        (
            "En kunt u ook onderhoud ter plaatse doen op ons bedrijf, bv. één keer per kwartaal?",
            "onderhoud ter plaatse",
        ),
        ("Kun je ook een bruidskapsel doen, bijvoorbeeld bij mij thuis?", "een bruidskapsel"),
        ("Kan je ook nagels doen?", "nagels"),
        # a place for a thing, with how many and how: eight words, said whole
        ("Hebben jullie een plek om 30 natte jassen te drogen?", "een plek om 30 natte jassen te drogen"),
    ],
)
def test_what_a_question_asks_about_leaves_out_how_it_is_asked_and_its_example(question: str, about: str) -> None:
    assert asked_about((question,), "u") == about


def test_an_example_after_bv_stays_in_the_question() -> None:
    assert last_clause("Kunt u langskomen, bv. op maandag?") == "Kunt u langskomen, bv. op maandag?"


# Suggestions in other shapes are named (session 8): what the writer misses, what they cannot do, what the business
# could do too, an idea after a comma. Other businesses and words than the benchmark rounds.
def test_what_the_writer_misses() -> None:
    assert wish_clause("Top bakker! Het enige wat ik mis is een statafel om even te staan.") == "voor een statafel"
    assert wish_clause("Wat we nog misten was een kinderhoek, verder top.") == "voor een kinderhoek"


def test_what_the_writer_cannot_do() -> None:
    assert wish_clause("Jammer dat je niet via Tikkie kunt betalen.") == "om via Tikkie te kunnen betalen"
    assert wish_clause("Ik zou het fijn vinden als ik zelf kon reserveren.") == "om zelf te kunnen reserveren"


def test_what_the_business_could_do_too() -> None:
    assert wish_clause("Zou het niet tof zijn als jullie ook baarden gingen trimmen?") == "om ook baarden te trimmen"
    assert wish_clause("Leuk als jullie ook taarten zouden bezorgen!") == "om ook taarten te bezorgen"


def test_an_idea_after_a_comma() -> None:
    assert (
        wish_clause("prima garage maar die wachtruimte, een koffieautomaat zou fijn zijn") == "voor een koffieautomaat"
    )
    text = "Lekkere pizza, maar doe iets aan het lawaai, een paar gordijnen zou al helpen"
    assert wish_clause(text) == "voor een paar gordijnen"


# The abbreviations that bring in an example (resources/phrase_cues.toml example_abbreviations): no new clause after
# them, and the example is not what the question is about. Sentences of our own.
@pytest.mark.parametrize(
    "question",
    [
        "Doen jullie ook catering op locatie, bv. een bedrijfsfeest van 40 man?",
        "Kunt u ook taarten met een foto maken, bvb. voor een verjaardag?",
        "Leveren jullie ook bij ons op kantoor, bijv. elke vrijdag?",
    ],
)
def test_an_example_after_an_abbreviation_stays_in_the_question(question: str) -> None:
    assert last_clause(question) == question


def test_a_sentence_told_with_jullie_asks_nothing_and_one_asked_does() -> None:
    from app.domain.draft_questions import unmarked_questions

    assert unmarked_questions("Want jullie brood is echt top") == ()
    assert unmarked_questions("Eigenlijk jullie beste taart ooit") == ()
    assert unmarked_questions("KUNT U MIJN FIETS OOK THUIS OPHALEN.") != ()


@pytest.mark.parametrize(
    "question",
    ["Wie pakt de handschoen op?", "wie neemt het initiatief?", "Wie volgt??", "Wie durft?", "Wie doet er mee?"],
)
def test_a_call_to_everyone_is_no_question_to_answer(question: str) -> None:
    assert not addressed_question(question)


def test_a_question_put_to_the_business_stays() -> None:
    assert addressed_question("Kunnen jullie ook een lunch voor twintig ondernemers verzorgen?")


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        (
            "Lekkere pistolets! Zou het niet handig zijn om bestellingen voor Pasen online te kunnen doorgeven?",
            "om bestellingen voor Pasen online te kunnen doorgeven",
        ),
        (
            "zou het niet fijner zijn om de taarten ook in de webshop te zetten? nu moet ik bellen",
            "om de taarten ook in de webshop te zetten",
        ),
        (
            "Top kapper. Zou het ook praktisch zijn om ook online te kunnen boeken via de app?",
            "om ook online te kunnen boeken",
        ),
    ],
)
def test_an_idea_asked_as_would_it_not_be_handy_names_the_wish(text: str, wish: str) -> None:
    assert wish_clause(text).startswith(wish), wish_clause(text)


@pytest.mark.parametrize("question", ["Wie durft het aan?", "WIE VOLGT?", "En wie neemt nu de verantwoordelijkheid?"])
def test_a_call_to_everyone_in_capitals_or_after_en_asks_nothing(question: str) -> None:
    assert not addressed_question(question)


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        ("Zou het niet praktisch zijn om ook met de kaart te kunnen betalen?", "om ook met de kaart te kunnen betalen"),
        ("zou het ook gemakkelijk wezen om online te reserveren", "om online te reserveren"),
    ],
)
def test_every_word_for_handy_names_the_wish(text: str, wish: str) -> None:
    assert wish_clause(text) == wish


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("Vraagje: verkoop je ook kettingsloten voor een bakfiets?", "kettingsloten voor een bakfiets"),
        ("Even een vraag, hebben jullie ook regenponcho's?", "regenponcho's"),
        ("vraagske: verkoopt gij ook fietstassen??", "fietstassen"),
        ("Kleine vraag - maakt u ook sleutels bij?", "sleutels"),
    ],
)
def test_a_lead_in_naming_the_question_is_no_part_of_what_is_asked(question: str, thing: str) -> None:
    assert asked_about((question,)) == thing


@pytest.mark.parametrize(
    "question",
    [
        "Mijn oma zit in een rolstoel, gaat dat lukken?",
        "we komen met de kinderwagen, gaat dat lukken?",
        "Mn vader loopt met een rollator, gaat het lukken bij jullie?",
        "Ik wil met 20 man komen, lukt dat?",
    ],
)
def test_whether_what_was_said_will_work_out_is_put_to_the_business(question: str) -> None:
    assert addressed_question(question)


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("open op 3 jan?? wil mn fiets laten plakken, hoe lang duurt het en wat kost het", "hoe lang duurt het"),
        ("Zijn jullie zaterdag open? Ik wil mijn haar laten knippen 😊 wat kost dat", "wat kost dat"),
        ("Zijde gij open op tweede kerstdag? Mijne velo is plat, hoelang duurt zoiets", "hoelang duurt zoiets"),
        ("Open tomorrow? Hebben jullie nog taart, wanneer zijn jullie open", "wanneer zijn jullie open"),
    ],
)
def test_a_question_without_its_mark_after_a_marked_one_is_asked_too(text: str, second: str) -> None:
    found = question_sentences(text)
    assert len(found) == 2 and second in found[1], found


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik wil mijn fiets laten plakken, het is mijn eigen schuld",
        "Mijn haar is te lang 😊 ik kom zaterdag",
        "Hoe lang ik al klant ben, weet ik niet meer",
        "Bedankt alvast, groetjes",
    ],
)
def test_a_sentence_that_only_tells_after_a_question_asks_nothing(sentence: str) -> None:
    assert not asks_unmarked(sentence)
    assert question_sentences(f"Zijn jullie zaterdag open? {sentence}") == ("Zijn jullie zaterdag open?",)


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("Maakt @bakkerijdekroon ook speculaas zonder palmolie?", "speculaas zonder palmolie"),
        ("verkoopt @fietsen.pol ook bakfietsen?", "bakfietsen"),
        ("Doet @kapsalon_noor ook extensions?", "extensions"),
        ("Heeft @slagerijvos nog konijn?", "konijn"),
    ],
)
def test_the_business_asked_by_its_handle_is_asked_as_jullie(question: str, thing: str) -> None:
    assert thing in asked_about((question,))


@pytest.mark.parametrize(
    ("asked", "about"),
    [
        (
            ["Lien, doe jij ook extensions (tape-ins)?", "Wat kost dat ongeveer tot op schouderlengte?"],
            "extensions (tape-ins)",
        ),
        (["Koen, verkoop je ook bakfietsen?", "En wat kost dat dan?"], "bakfietsen"),
        (["Marieke, hebben jullie een kindermenu?", "En wat kost een ijsje?"], "een kindermenu en een ijsje"),
    ],
)
def test_the_owner_named_before_the_question_and_a_later_dat_are_no_part_of_the_thing(
    asked: list[str], about: str
) -> None:
    """'Lien, ...' addresses the owner; 'Wat kost dat ...?' points back at the thing asked first."""
    assert asked_about_all(asked) == about


def test_a_question_that_asks_whether_you_can_without_its_mark_joins_the_questions() -> None:
    from app.domain.draft_questions import question_sentences

    text = "Wat kost een kinderfiets? Kun je hem bezorgen, ik heb geen auto. En ben je zaterdag open?"
    # (up to where the writer tells their own situation: that is the reason for asking, not the question)
    assert question_sentences(text)[1] == "Kun je hem bezorgen", question_sentences(text)


def test_what_is_asked_in_stock_is_the_thing_not_its_lying_there() -> None:
    from app.domain.draft_questions_about import asked_about

    assert asked_about(["Hebben jullie nog een 11-speed Shimano cassette liggen?"]) == "een 11-speed Shimano cassette"


# How many people a thing is for names the thing (r99: 'Hoeveel mensen kun je eten van jullie grote kwarktaart?'), and
# a later question joined by 'En' names its thing too ('En maken jullie ook sheetcakes?').
def test_how_many_a_thing_is_for_and_a_joined_question_name_their_things() -> None:
    from app.domain.draft_questions_about import asked_about_all

    assert asked_about(("Hoeveel personen kunnen er eten van jullie grote vlaai?",)) == "de grote vlaai"
    asked = ("Hoeveel stukken haal je uit een appeltaart?", "En verkopen jullie ook petitfours?")
    assert asked_about_all(asked) == "een appeltaart en petitfours"


@pytest.mark.parametrize(
    "question",
    ["En wat kost zoiets ongeveer voor 20 man?", "Wat kost dat voor 12 personen?", "kan het met 8 man?"],
)
def test_a_thing_said_before_and_how_many_it_is_for_is_no_thing_asked(question: str) -> None:
    assert asked_about((question,), "u") == ""


def test_something_for_a_group_is_still_a_thing_asked() -> None:
    assert asked_about(("Hebben jullie iets voor kinderen?",), "u") == "iets voor kinderen"


def test_a_later_thing_with_het_is_a_thing_of_its_own() -> None:
    asked = ["Hebben jullie een kinderstoel?", "En verkopen jullie het kookboek van de chef?"]
    assert asked_about_all(asked) == "een kinderstoel en het kookboek van de chef"


def test_kun_je_nagaan_is_a_figure_of_speech_no_question() -> None:
    from app.domain.draft_questions import question_sentences

    text = "Hebben jullie een kinderstoel? Kun je nagaan, vorige keer moest mijn zoon op schoot."
    assert question_sentences(text) == ("Hebben jullie een kinderstoel?",)


def test_a_clause_of_when_after_the_thing_asked_about_is_left_out() -> None:
    from app.domain.draft_questions_about import asked_about

    assert asked_about(("En heb je een leenfiets voor als hij bij je staat?",)) == "een leenfiets"


# Asked impatiently, still asked: whether the shop is open on a day with 'eigenlijk', what is usual with 'normaal'
# or '??' (sentences of our own); 'Is dat normaal?' stays a reproach.
@pytest.mark.parametrize(
    "question",
    [
        "zijn jullie op tweede paasdag eigenlijk open?",
        "Bent u zaterdag eigenlijk gesloten?",
        "Hoe lang duurt een nieuwe band normaal??",
        "wat kost een knipbeurt gewoonlijk eigenlijk?",
    ],
)
def test_a_fact_asked_impatiently_is_still_a_question(question: str) -> None:
    assert addressed_question(question)


def test_whether_it_is_normal_stays_a_reproach() -> None:
    assert not addressed_question("Vinden jullie dat normaal?")


def test_a_long_wish_for_other_hours_is_said_whole() -> None:
    """'zouden jullie in de donkere maanden niet 1 avond in de week open kunnen?': the hours wished for, whole."""
    text = "Fijne zaak! Zou u in de zomermaanden niet op zondagmiddag een paar uurtjes open kunnen? Dat zou top zijn."
    assert wish_clause(text) == "om in de zomermaanden op zondagmiddag een paar uurtjes open te zijn"


def test_what_the_writer_does_if_not_is_no_part_of_the_thing_asked() -> None:
    assert (
        asked_about(["Verkopen jullie ook glutenvrije wafels of moet ik naar de Delhaize? 🙃"]) == "glutenvrije wafels"
    )
    assert asked_about(["Hebben jullie een lift of moeten we de trap nemen 🙈😬?"]) == "een lift"
    # the question mark after the emoji still closes the question
    assert (
        last_clause("Is er een lift of moeten we de trap nemen 🙈😬?") == "Is er een lift of moeten we de trap nemen?"
    )


def test_a_question_after_a_greeting_is_not_dropped() -> None:
    # 'Goeiedag, is er nog plaats ...?' beside a question the FAQ answers: both get a word
    from app.domain.profile import BusinessProfile, FaqItem
    from tests.domain.drafts import suggested

    place = BusinessProfile(
        name="Eethuis De Wilg",
        kind="restaurant",
        signers=["Anke"],
        register="u",
        voice="wij",
        email="anke@dewilg.nl",
        faq=[FaqItem("Mag de hond mee?", "Honden zijn welkom op het terras.")],
    )
    made = suggested(place, "Goedendag, is er zaterdag 12 april nog plaats voor 14 personen? En mag de hond mee?")
    assert "terras" in made
    assert "andere vraag" in made or "plaats" in made


@pytest.mark.parametrize(
    ("sentence", "wh"),
    [
        ("Hoeveel stukken zitten er in een doos?", True),
        ("en vanaf wanneer kan ik de oliebollen bestellen", True),
        ("Tot hoe laat is de keuken open?", True),
        ("Welke taarten zijn er zonder gluten?", True),
        ("Kan ik ook op zondag langskomen?", False),  # whether, not when
        ("Wat fijn dat jullie weer open zijn!", True),  # by its first word only: the caller judges the rest
        ("Ook waar voor je geld trouwens.", False),  # near miss: 'waar' not first
    ],
)
def test_a_sentence_asks_when_how_what_or_where_by_its_first_word(sentence: str, wh: bool) -> None:
    from app.domain.draft_questions import WH_ASKED

    assert (WH_ASKED.match(sentence) is not None) is wh


def test_a_question_joined_by_en_about_what_is_the_business_s_is_a_question_without_its_mark() -> None:
    from tests.benchmarks.draft_expectations import questions_of

    found = questions_of("Hebben jullie een terras? en is jullie zaal ook rolstoelvriendelijk of moeten we de trap op")
    assert len(found) == 2 and found[1].startswith("en is jullie zaal")
    told = questions_of("Hebben jullie een terras? En jullie zaal was vorig jaar ook al top")
    assert len(told) == 1


def test_a_bill_received_told_verb_first_is_no_question() -> None:
    from app.domain.draft_questions import complaint_unmarked

    told = "Beurt zou 50 euro zijn, staat op de site. Krijg ik ineens een factuur van 95. Netjes is anders?!"
    assert complaint_unmarked(told) == ()
    asked = "Beurt zou 50 euro zijn. Krijg ik het verschil nog terug. Netjes is anders?!"
    assert complaint_unmarked(asked) == ("Krijg ik het verschil nog terug?",)


def test_a_thing_asked_to_be_somewhere_in_the_place_is_put_to_the_business() -> None:
    assert addressed_question("is er ergens een aankleedkussen?")
    assert addressed_question("is er binnen een lift?")
    assert not addressed_question("is er ergens nog iemand die dit herkent")  # no thing asked of the place


def test_a_thing_worked_with_named_twice_with_its_preposition_is_said_once_without() -> None:
    assert asked_about(["Werkt u met henna of met plantaardige verf?"], "u") == "henna of plantaardige verf"
    assert asked_about(["Werken jullie met keratine?"], "je") == "keratine"


def test_a_flemish_can_you_question_names_its_thing_and_a_price_of_that_names_none() -> None:
    assert asked_about(["Kunde gij ook nen fietsendrager monteren op mijn e-bike?"], "je") == "een fietsendrager"
    assert asked_about(["lotte kunt ge ook een spiegel plaatsen?"], "je") == "een spiegel"
    assert asked_about(["Hoe kan ik een taart bestellen?"], "je") == ""  # a question word, no name before the verb
    assert asked_about(["en wat kost da ongeveer, want het moet snel?"], "je") == ""  # 'da' prices what was asked


def test_a_long_thing_asked_loses_how_many_it_is_for_and_its_aside() -> None:
    got = asked_about(["Verhuren jullie ook een tandem met kinderzitje voor 2 volwassenen (groot en klein)?"], "je")
    assert got == "een tandem met kinderzitje"
