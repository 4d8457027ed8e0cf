"""Praise that names the moment (issue #13, fixer p27): a farewell after years of work is congratulated, a dish
the writer praised is named next to a small gesture, the room it happened in or what was left out ('zonder
spiegel') is no thing praised, and an illness the writer has behind them gets a warm word for the moment, not
strength wished. Shops and sentences of their own, none from the rounds."""

from __future__ import annotations

from app.domain.draft_events import career_ended, left_out
from app.domain.draft_praise import illness_behind
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft_text

THANKS = "uitkomst_bedank_publiek"
SALON = BusinessProfile(name="Salon Schaar", kind="kapper", signers=["Noor"], voice="ik", register="u")
SALON_JE = BusinessProfile(name="Salon Schaar", kind="kapper", signers=["Noor"], voice="wij", register="je")
DINER = BusinessProfile(name="Eethuis De Kade", kind="restaurant", signers=["Pim"], voice="wij", register="u")


def test_a_farewell_after_years_of_work_is_a_career_ended() -> None:
    assert career_ended("Vandaag na 41 jaar mijn afscheid als juf")
    assert career_ended("afscheid na ruim dertig jaar bij de bank")
    assert career_ended("Retirement party after 25 years at the post office")
    assert career_ended("Afscheid na veertien jaar als koster")
    assert not career_ended("Afscheid van de buren want ze verhuizen")
    assert not career_ended("Mijn afscheidsfeest, ik ga naar Spanje!")


def test_a_farewell_after_years_of_work_is_congratulated() -> None:
    for profile, text in (
        (SALON, "Vandaag na 41 jaar in de zorg mijn afscheid. Daar hoorde een nieuw kapsel bij, dank Noor!"),
        (SALON_JE, "afscheid na ruim dertig jaar als juf van groep 3, en Noor gaf me een frisse coupe 💇"),
    ):
        reply = draft_text(profile, THANKS, text)
        assert "gefeliciteerd" in reply.lower(), reply


def test_a_farewell_without_years_is_not_congratulated() -> None:
    reply = draft_text(SALON, THANKS, "Voor mijn afscheid van de buurt nog even langs Noor, mooi kapsel!")
    assert "gefeliciteerd" not in reply.lower(), reply


def test_the_dish_praised_is_named_with_a_small_gesture() -> None:
    for text, dish in (
        ("Pim had een kaarsje in het toetje gezet en een glas cava gebracht. De lamsbout was boterzacht!", "lamsbout"),
        (
            "Etentje voor onze trouwdag. Pim zette een roosje neer en bracht een glaasje cava. De ossenhaas was top",
            "ossenhaas",
        ),
    ):
        praised = [p.text for p in analyse_topics(text).praised]
        assert any(dish in p for p in praised), praised
        assert dish in draft_text(DINER, THANKS, text), text


def test_a_place_adjective_keeps_its_capital() -> None:
    praised = [p.text for p in analyse_topics("Het Zeeuwse lamsrack was heerlijk. Dank!").praised]
    assert "Zeeuwse lamsrack" in praised, praised


def test_what_was_left_out_or_where_it_happened_is_no_thing_praised() -> None:
    assert left_out("spiegel", "geknipt zonder spiegel tot het klaar was")
    assert left_out("mirror", "done without a mirror until the end")
    assert not left_out("spiegel", "de spiegel was mooi")
    for text in (
        "Noor heeft me in het rustige kamertje geholpen, zonder spiegel tot het klaar was. Dank u!",
        "Ik mocht in de kleine ruimte achter de salon zitten, zonder een spiegel. Zo lief, dank!",
    ):
        reply = draft_text(SALON, THANKS, text)
        assert "kamertje" not in reply and "ruimte" not in reply and "spiegel" not in reply, reply


def test_an_illness_behind_the_writer_is_named_with_warmth() -> None:
    assert illness_behind("Na mijn chemo eindelijk weer haar") == "mijn chemo"
    assert illness_behind("na de bestralingen weer naar de kapper") == "de bestralingen"
    assert illness_behind("Na m'n operatie mocht ik weer") == "mijn operatie"
    assert illness_behind("Toen ik hoorde dat ik chemo moest") == ""
    assert illness_behind("Na de vakantie weer geknipt") == ""
    for profile, text, said in (
        (
            SALON,
            "Na mijn chemo eindelijk weer genoeg haar voor een knipbeurt. Ik heb gehuild van geluk. Dank u.",
            "uw chemo",
        ),
        (SALON_JE, "na de bestralingen eindelijk weer naar noor, zo lief geholpen. dankjewel", "de bestralingen"),
    ):
        reply = draft_text(profile, THANKS, text)
        assert said in reply and "sterkte" not in reply, reply


def test_an_illness_ahead_still_gets_strength() -> None:
    reply = draft_text(SALON, THANKS, "Toen ik hoorde dat ik chemo moest, heeft Noor mijn haar kort geknipt. Dank!")
    assert "sterkte" in reply, reply


def test_how_long_it_held_said_after_the_state() -> None:
    from app.domain.draft_praise_held import lasted

    assert lasted("Alles zat nog perfect na de openingsdans. Top!") == ("na de openingsdans", "perfect")
    assert lasted("de krullen zaten nog steeds strak tot na het diner") == ("tot na het diner", "strak")
    assert lasted("Het zat om 2 uur 's nachts nog mooi") == ("om 2 uur 's nachts", "mooi")
    assert lasted("Het kapsel was mooi, na de kerk gingen we eten") == ("", "")
    reply = draft_text(SALON, THANKS, "Bruidskapsel voor mij en mijn zus, alles zat nog perfect na de openingsdans!")
    assert "openingsdans" in reply, reply


def test_the_het_words_among_bike_parts() -> None:
    from app.domain.topics import article_of

    for word in ("slot", "kettingslot", "frame", "ventiel", "bagagerek", "achterlicht"):
        assert article_of(word) == "het", word
    cycles = BusinessProfile(name="Rijwielen Rond", kind="fietsenmaker", signers=["Ivo"], voice="ik", register="je")
    reply = draft_text(cycles, THANKS, "Ivo zette er gratis een nieuw slot op. Top service!")
    assert "de slot" not in reply, reply


def test_one_colleague_of_the_team_is_greeted_as_the_team() -> None:
    from app.domain.draft_events import one_of_team

    assert one_of_team("collega", "ze hielden rekening met onze collega die halal eet")
    assert not one_of_team("collega", "met mijn collega komen lunchen")
    reply = draft_text(
        DINER, THANKS, "Teamlunch met ons team, de soep was top en ze dachten aan onze collega die vegan eet."
    )
    assert "het hele team" in reply and "uw collega!" not in reply, reply
    reply = draft_text(DINER, THANKS, "Met mijn collega komen lunchen, de soep was top")
    assert "collega" in reply and "het hele team" not in reply, reply


def test_an_english_repair_says_what_was_done() -> None:
    from app.domain.draft_english_praise import fixed_thing

    assert fixed_thing("Flat tire near the dunes, Ivo fixed it in no time") == "flat tire"
    assert fixed_thing("He repaired my derailleur while I waited") == "derailleur"
    assert fixed_thing("the shop that fixed my front brake in no time") == "front brake"
    assert fixed_thing("Broken spoke, they patched me up and sent me on my way. Fixed!") == "broken spoke"
    assert fixed_thing("Lovely shop, nice coffee") == ""
    cycles = BusinessProfile(name="Rijwielen Rond", kind="fietsenmaker", signers=["Ivo"], voice="ik", register="je")
    reply = draft_text(
        cycles, THANKS, "Flat tyre on my way to the beach, Ivo fixed it in 10 minutes. Legend!", "bluesky"
    )
    assert "flat tyre" in reply and "message about" not in reply and "enjoyed your visit" not in reply, reply
