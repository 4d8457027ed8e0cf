"""A mail the writer got from the business is no try of theirs; a journey's time is no wait."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


def test_a_mail_the_writer_got_is_no_mail_they_sent() -> None:
    found = analyse_topics("Om 10u stond ik voor een dichte deur. 's Avonds een mail dat mijn afspraak verzet was.")
    assert "mail" not in found.tried
    found = analyse_topics("Gisteren een mailtje van jullie gekregen: reservering geannuleerd. Zomaar!")
    assert "mail" not in found.tried
    found = analyse_topics("Got an e-mail that my booking was cancelled, the day before our trip")
    assert "mail" not in found.tried
    found = analyse_topics("'s middags EEN MAIL DAT de taart niet klaar was, terwijl het feest om 3 uur begon")
    assert "mail" not in found.tried


def test_a_mail_the_writer_sent_is_still_tried() -> None:
    assert analyse_topics("Ik heb een mail gestuurd dat ik niet kon komen, nooit antwoord.").tried == ("mail",)
    assert analyse_topics("Op mijn mail kreeg ik geen antwoord, al twee weken niks.").tried == ("mail",)
    assert analyse_topics("Al drie keer gemaild over de factuur, geen reactie!").tried == ("mail",)
    # a mail got, and answered without an answer back: tried
    text = "Kreeg vorige week een mail: 'bestelling geannuleerd'. Twee keer teruggemaild, niks gehoord."
    assert analyse_topics(text).tried == ("mail",)


def test_the_time_of_a_journey_is_no_wait() -> None:
    assert analyse_topics("Ik was er een uur voor met de trein gekomen en de deur zat dicht.").duration == ""
    assert analyse_topics("Twee uur gereden vanuit Brugge, en dan is alles uitverkocht.").duration == ""
    assert analyse_topics("Met de bus gekomen en dan nog 40 minuten moeten wachten.").duration == "40 minuten"
    assert analyse_topics("We hebben een uur aan de bar gestaan.").duration == "een uur"


def test_the_writers_people_waiting_at_home_is_no_wait_at_the_shop() -> None:
    text = "Taart besteld voor het feest, om 15u niks klaar en alles op. Thuis zaten 20 gasten te wachten!"
    assert "wachttijd" not in analyse_topics(text).problems
    text = "Verjaardagstaart besteld, bleek niet genoteerd. Mijn dochter zat thuis te wachten op haar taart 😢"
    assert "wachttijd" not in analyse_topics(text).problems
    # the writer's own wait stays one
    assert "wachttijd" in analyse_topics("Met de kinderen een uur in de rij staan wachten, belachelijk").problems
    assert "wachttijd" in analyse_topics("Om 11u zat ik nog te wachten op mijn taart, mijn dochter huilde").problems
    assert "wachttijd" in analyse_topics("Mijn zoon stond een uur te wachten op zijn zwemles, niemand kwam").problems


def test_a_mail_quoted_after_a_colon_is_one_the_writer_got() -> None:
    text = "Gisteren ineens een mail: 'zaal helaas niet beschikbaar'. Twee keer gebeld, niemand belt terug."
    assert analyse_topics(text).tried == ("telefoon",)
    text = 'Vrijdag plots een mailtje: "afspraak gaat niet door". 3x gebeld, nooit teruggebeld.'
    assert analyse_topics(text).tried == ("telefoon",)
    # the writer's own mail, said with a colon, is still tried
    assert "mail" in analyse_topics("Een mail: geen antwoord. Gebeld: niemand neemt op.").tried
    assert "mail" in analyse_topics("Ik stuurde een mail: waar blijft mijn fiets? 2x gebeld, niemand neemt op.").tried


def test_mails_counted_with_still_nothing_are_tried() -> None:
    text = "Vorige maand ons teamuitje bij jullie, intussen vier mails verder en nog altijd geen factuur."
    assert analyse_topics(text).tried == ("mail",)


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Taart besteld, nooit geleverd. 20 gasten en geen taart 😤 Twee keer gemaild, geen antwoord.", "mail"),
        ("Geen bloemen op het feest 😡 3x gebeld en niemand neemt op", "telefoon"),
        ("Nog steeds geen factuur 🙄 al twee keer gemaild hierover", "mail"),
        ("Nog altijd geen fiets terug 😢 ik heb al drie keer gebeld, niemand belt terug", "telefoon"),
    ],
)
def test_a_negation_before_an_emoji_does_not_undo_the_try_after_it(text: str, channel: str) -> None:
    """An emoji ends a sentence: 'geen taart 😤 Twee keer gemaild' tells of mails that were sent."""
    assert channel in analyse_topics(text).tried


def test_a_negation_in_the_same_clause_still_undoes_the_try() -> None:
    assert analyse_topics("Ik heb geen mail gestuurd 🙂 maar dat komt nog").tried == ()


def test_a_message_sent_without_an_answer_is_a_message_tried() -> None:
    assert analyse_topics("Twee keer een bericht gestuurd over mijn bestelling, geen antwoord.").tried == ("dm",)
    assert analyse_topics("3 berichten gestuurd en nog altijd niks gehoord 😤").tried == ("dm",)


@pytest.mark.parametrize(
    "text",
    [
        "Vijf keer gebeld over mijn stofzuiger, nooit iemand aan de lijn. Een mailtje sturen kan toch ook?",
        "Ik bel al de hele week, niemand neemt op. Kunnen jullie niet gewoon eens een berichtje sturen?",
    ],
)
def test_a_channel_put_to_the_business_in_a_question_is_not_tried(text: str) -> None:
    assert analyse_topics(text).tried == ("telefoon",)


@pytest.mark.parametrize(
    "text",
    [
        "Al een berichtje gestuurd, geen antwoord. Kan ik nog een berichtje sturen?",
        "Geen reactie op de berichtjes. Moet je nou echt 4x een berichtje sturen?",
    ],
)
def test_a_channel_the_writer_asks_about_using_again_stays_tried(text: str) -> None:
    assert "dm" in analyse_topics(text).tried


def test_a_call_that_ended_at_the_answering_machine_went_unanswered() -> None:
    text = "Mijn kleinzoon zijn kuif is veel te kort geknipt. Gisteren gebeld, kreeg alleen het antwoordapparaat."
    assert analyse_topics(text).tried == ("telefoon",)


def test_a_call_that_was_answered_is_no_call_in_vain() -> None:
    assert analyse_topics("Gisteren gebeld over de kuif van mijn kleinzoon, die was te kort geknipt.").tried == ()


def test_contact_taken_up_is_no_phone_picked_up() -> None:
    text = (
        "Vorige week een mail gestuurd over de kapotte lamp, tot nu toe geen reactie. Ik wil dat er contact met me "
        "wordt opgenomen."
    )
    assert analyse_topics(text).tried == ("mail",)
    # near miss: the phone itself not picked up is still a call in vain
    text = "Vorige week een mail gestuurd, geen reactie. En de telefoon wordt nooit opgenomen."
    assert set(analyse_topics(text).tried) == {"mail", "telefoon"}


def test_mails_sent_without_an_answer_are_tried_in_vain() -> None:
    from app.nlp.topics import analyse_topics

    assert analyse_topics("Vier mails gestuurd zonder één antwoord over mijn bestelling.").tried == ("mail",)
    assert analyse_topics("Twee keer gemaild, zonder enige reactie. Waar blijft mijn taart?").tried == ("mail",)
