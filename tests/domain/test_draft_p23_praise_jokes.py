"""Praise, suggestions and jokes (issue #13, fixer p23): a wish to be open longer on a day the business is open is
never 'dat kan al', and the question the wish was read from is not asked again; whom the writer wishes luck, with
whom the writer thanks ('Bas en ik') and 'mien' (dialect for 'mijn') are no staff; a double first name and a name
with an aside in brackets are staff; an English outing ('Day trip to ...', 'Cycled through ...') and the writer's
people are no thing praised; Frisian praise is read in Dutch; 'een woord van dank' and 'het verschil maken' name
no thing; a common word that opened the writer's sentence is said in lower case in a joke; a person who only sent
the writer is not thanked for. Shops and sentences of their own, none from the rounds."""

from __future__ import annotations

from app.domain.draft_jokes import shipped_jokes
from app.domain.draft_luck import wished_luck
from app.domain.draft_questions import wish_clause
from app.domain.language import english_object
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft, draft_text

THANKS = "uitkomst_bedank_publiek"
IDEA = "uitkomst_bedank_publiek_suggestie"
JOKE = "uitkomst_grap"

BAKERY = BusinessProfile(
    name="Bakkerij Het Korenblad",
    kind="bakkerij",
    signers=["Wendy"],
    voice="wij",
    register="je",
    opening_hours="ma–vr 7:30–17:30, za 7:30–15:00",
)
SALON = BusinessProfile(
    name="Kapsalon Krul", kind="kapper", signers=["Mirthe"], voice="ik", register="u", opening_hours="di–za 9:00–17:00"
)
BISTRO = BusinessProfile(name="Bistro De Haven", kind="restaurant", signers=["Koen"], voice="wij", register="u")
CYCLES = BusinessProfile(name="Tweewielers Spaak", kind="fietsenmaker", signers=["Gijs"], voice="ik", register="je")


def test_a_wish_to_be_open_longer_is_never_already_possible() -> None:
    for profile, text in (
        (BAKERY, "Lekkerste krentenbollen! Alleen... kunnen jullie op zaterdag niet wat langer open? 15:00 is vroeg."),
        (BAKERY, "Top bakker. Kunnen jullie zaterdags niet langer open, tot 17u zou al helpen!"),
        (SALON, "Fijne salon hoor. Zou u op zaterdag wat langer open kunnen blijven? Ik werk tot 16 uur."),
        (SALON, "Super geknipt! Misschien op vrijdag eerder open? Voor mijn werk lukt 9 uur niet."),
    ):
        reply = draft_text(profile, IDEA, text)
        assert "kan al" not in reply and "kan gelukkig" not in reply, reply
        assert "vraag" not in reply.lower(), reply  # the wish is not asked back as a question
        assert "te open " not in reply and "te open;" not in reply, reply


def test_a_wish_to_be_open_on_a_day_the_hours_give_still_gets_its_yes() -> None:
    reply = draft_text(SALON, IDEA, "Fijn geknipt! Zou u ook op zaterdag open kunnen zijn?")
    assert "9:00–17:00" in reply, reply


def test_wish_clause_of_open_without_a_verb() -> None:
    assert wish_clause("Kunnen jullie op zaterdag niet wat langer open?") == "om op zaterdag wat langer open te zijn"
    assert wish_clause("Kun je op maandag ook open?") == "om op maandag ook open te zijn"


def test_a_suggestion_put_as_a_question_is_not_asked_again() -> None:
    for text in (
        "Zo blij met mijn krullen! Enige puntje: kunt u online boeken mogelijk maken? Bellen lukt mij nooit.",
        "Mooi kapsel 😍 kunnen jullie ook online afspraken mogelijk maken? Overdag bellen lukt niet.",
    ):
        reply = draft_text(SALON, IDEA, text)
        assert "Op uw vraag" not in reply and "En dan uw vraag" not in reply, reply


def test_whom_the_writer_wishes_luck_is_no_staff() -> None:
    assert wished_luck("Sem heeft mijn zoons band geplakt, morgen heeft hij zijn examen. Duimen voor Ties!!") == "Ties"
    assert wished_luck("Bedankt! En succes morgen Noa met je zwemdiploma") == "Noa"
    assert wished_luck("Super geholpen, dank je Sem.") == ""
    text = "Sem heeft om 17:50 nog even de remmen van mijn zoons fiets gesteld, morgen fietsexamen. Duimen voor Ties!!"
    assert analyse_topics(text).names == ("Sem",)
    reply = draft_text(CYCLES, THANKS, text)
    assert "aan Sem" in reply and "Ties" in reply and "aan Sem en Ties" not in reply, reply
    reply = draft_text(CYCLES, THANKS, "Bedankt Sem voor de snelle reparatie! Veel succes voor Lotte morgen.")
    assert "aan Lotte" not in reply and "aan Sem" in reply, reply


def test_the_one_with_whom_the_writer_thanks_is_no_staff() -> None:
    text = "25 jaar getrouwd en gevierd bij jullie. Iris had een taartje klaargezet. Bas en ik zeggen merci!"
    assert "Bas" not in analyse_topics(text).names
    assert "Bas" not in analyse_topics("Wat een avond! Ik en Ruud hebben genoten, Iris was top.").names
    assert "Iris" in analyse_topics(text).names


def test_mien_in_a_dialect_is_no_name() -> None:
    text = "Al jaren haal ik hier mien brood. Mien moeke van 88 zegt: net as vrogger. Bedankt Wendy!"
    assert "Mien" not in analyse_topics(text).names
    reply = draft_text(BAKERY, THANKS, text)
    assert "Mien" not in reply, reply


def test_a_double_first_name_and_a_name_with_an_aside_are_staff() -> None:
    assert analyse_topics("Jan-Willem kwam zelf de vis fileren aan tafel.").names == ("Jan-Willem",)
    assert analyse_topics("Dank aan Anne-Marie voor de hulp!").names == ("Anne-Marie",)
    assert analyse_topics("Heerlijke Noord-Hollandse kaas, via Sint-Niklaas naar huis.").names == ()
    assert "Fleur" in analyse_topics("Fleur (pas net begonnen!) knipte me rustig en precies.").names
    reply = draft_text(
        SALON,
        THANKS,
        "Na 15 jaar bij dezelfde kapper kwam ik hier via mijn zus. Fleur (nog in opleiding!) knipte me heel precies.",
    )
    assert "Fleur" in reply and "betekende" not in reply and "over de kapper" not in reply, reply


def test_an_english_outing_or_the_writers_people_are_no_thing_praised() -> None:
    assert (
        english_object("Day trip to Haarlem with the kids and we stopped here. My son loved his donut!") == "the donut"
    )
    assert english_object("Cycled through Ghent on the way to the coast. Best waffles ever") != "the through ghent"
    assert "the through" not in english_object("Walked through Delft and found this place, the apple pie was great")
    assert english_object("Weekend trip through Utrecht, lovely cafe. The apple pie was great") == "the apple pie"
    assert english_object("Lovely wine bar, great staff") == "the wine bar"
    reply = draft_text(
        BAKERY, THANKS, "Trip to Zwolle with my husband and the kids. Her croissant was perfect, thanks Wendy!"
    )
    assert "the zwolle" not in reply.lower() and "the kids" not in reply and "the husband" not in reply, reply


def test_frisian_praise_is_read_in_dutch() -> None:
    text = "Wat hawwe wy in moaie jûn hân! Us heit en mem wiene 40 jier troud en Koen hie spesjaal in taart makke."
    reply = draft_text(BISTRO, THANKS, text)
    assert "spesjaal" not in reply and "jier" not in reply, reply


def test_a_word_of_thanks_and_making_the_difference_name_no_thing() -> None:
    for text in (
        "Een woord van dank aan Kapsalon Krul. Vorige week was het extra: Mirthe opende vroeg voor mijn sollicitatie.",
        "Een woordje van dank voor Mirthe! Zulke ondernemers maken het verschil.",
    ):
        reply = draft_text(SALON, THANKS, text)
        assert "de woord" not in reply and "het woord" not in reply and "het verschil" not in reply, reply
        assert "het extra" not in reply, reply


def test_a_common_word_opening_the_writers_sentence_is_said_in_lower_case() -> None:
    waiting = next(s for s in shipped_jokes() if s.id == "waiting")
    assert waiting.values("Mijn fiets staat er al maanden. Wachtlijst langer dan de Elfstedentocht") == {
        "naar": "wachtlijst"
    }
    assert waiting.values("Ik zat weer in de Wachtkamer.") == {"naar": "Wachtkamer"}
    for text in (
        "Tweewielers Spaak: sneller op de Alpe d'Huez dan uit de werkplaats. Wachtlijst langer dan de Tour 🐌",
        "Mijn fiets staat al zo lang bij jullie 😂 Wachtlijst langer dan mijn wachtlijst bij de tandarts",
    ):
        made = draft(CYCLES, JOKE, text, platform="bluesky")
        reply = f"{made.text or ''} {made.optional or ''}"
        assert "wachtlijst" in reply and "Wachtlijst" not in reply, reply
