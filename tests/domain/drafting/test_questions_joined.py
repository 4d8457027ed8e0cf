"""Every part of a question answered from the profile: whether to book ahead or walk in,
answered by the FAQ entry on booking (by its question or its answer) with the number where it says to call;
a price asked in other words answered by the FAQ entry that gives that price; a question joined to the one
before it without a question mark. Sentences and profiles of their own, not from the benchmark rounds."""

from __future__ import annotations

from app.domain.draft_asked import answered_in_kind
from app.domain.draft_booking import asks_booking, booking_entry, with_contact
from app.domain.draft_faq_shapes import verb_stem
from app.domain.draft_pointed import pointed_back
from app.domain.draft_price_faq import price_entry
from app.domain.draft_questions import JOINED_ASK, follow_up_question, joined_questions
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft_text

ANSWER = "uitkomst_vraag_beantwoorden"

TEA = BusinessProfile(
    name="Theesalon De Pot",
    kind="lunchroom",
    signers=["Mirjam"],
    voice="wij",
    register="je",
    phone="0341-778899",
    email="thee@depot.nl",
    opening_hours="wo–zo 10:00–17:00",
    payment="pinnen en contant; geen creditcard",
    faq=[
        FaqItem("Kun je bij ons een high tea reserveren?", "Ja, vanaf vier personen; bel ons even."),
        FaqItem("Wat kost een high tea?", "€ 27,50 per persoon, met scones en drie soorten taart."),
        FaqItem("Hebben jullie een terras?", "Ja, aan de achterkant, met twaalf plaatsen."),
    ],
)
BOOTS = BusinessProfile(
    name="Schoenmakerij Hak",
    kind="schoenmaker",
    signers=["Ruben"],
    voice="ik",
    register="je",
    phone="0318-112244",
    opening_hours="di–za 9:00–17:30",
    faq=[
        FaqItem("Kan ik erop wachten?", "Ja, nieuwe hakken zet ik terwijl je wacht, zonder afspraak, in een kwartier."),
        FaqItem("Wat kost een nieuwe zool?", "Een halve zool € 24, een hele zool € 39."),
        FaqItem("Wat kost het rekken van laarzen?", "€ 12,50 per paar."),
    ],
)


def test_a_question_whether_to_book_or_walk_in_is_recognised() -> None:
    assert asks_booking("Moeten we van tevoren iets regelen of kunnen we zo binnenlopen?")
    assert asks_booking("moet je vooraf boeken?")
    assert asks_booking("Is reserveren nodig voor de high tea?")
    assert asks_booking("en kan ik gewoon langskomen")
    assert asks_booking("Kan dat ook zonder afspraak?")
    # not moving one's appointment, nor the business that comes by
    assert not asks_booking("Kan ik mijn afspraak verzetten naar vrijdag?")
    assert not asks_booking("Kunt u ook bij mij thuis langskomen?")
    assert not asks_booking("Hebben jullie een terras?")


def test_the_booking_entry_is_found_by_its_question_else_by_its_answer() -> None:
    tea = booking_entry(TEA)
    assert tea is not None and tea.question.startswith("Kun je bij ons een high tea reserveren")
    boots = booking_entry(BOOTS)
    assert boots is not None and boots.question == "Kan ik erop wachten?"
    assert booking_entry(BusinessProfile(name="X", faq=[FaqItem("Hebben jullie wifi?", "Ja.")])) is None
    # the entry that asks whether to book beats one that only names an appointment
    both = BusinessProfile(
        name="X",
        faq=[
            FaqItem("Hoe verzet ik een afspraak?", "Via de app, tot een dag vooraf."),
            FaqItem("Kan ik ook zonder afspraak komen?", "Ja, op vrijdagmiddag."),
        ],
    )
    found = booking_entry(both)
    assert found is not None and found.answer == "Ja, op vrijdagmiddag."


def test_an_answer_that_says_to_call_gives_the_number() -> None:
    assert (
        with_contact("Ja, vanaf vier personen; bel ons even.", TEA)
        == "Ja, vanaf vier personen; bel ons even op 0341-778899."
    )
    # said already, or no call at all: as it is
    said = "Bel ons even op 0341-778899."
    assert with_contact(said, TEA) == said
    assert with_contact("Ja, aan de achterkant.", TEA) == "Ja, aan de achterkant."


def test_walking_in_with_a_group_is_answered_by_the_booking_entry_with_the_number() -> None:
    text = (
        "Wij komen zondag met onze leesclub van acht vrouwen. "
        "Moeten we van tevoren iets regelen of kunnen we zo binnenlopen?"
    )
    said = draft_text(TEA, ANSWER, text)
    assert "reserveren" in said and "0341-778899" in said
    assert "wo–zo 10:00–17:00" not in said  # not the opening hours


def test_a_second_question_about_an_appointment_is_answered_from_an_answer_that_says_zonder_afspraak() -> None:
    text = "Wat kost een hele zool bij jullie? en moet ik een afspraak maken of kan ik gewoon langskomen"
    said = draft_text(BOOTS, ANSWER, text)
    assert "€ 39" in said
    assert "zonder afspraak" in said
    assert "Ja, nieuwe hakken" not in said  # its yes answers waiting, not the writer's question


def test_a_price_asked_in_other_words_gets_the_entry_that_gives_it() -> None:
    entry = price_entry("Hoeveel ben ik kwijt voor het oprekken van mijn laarzen?", BOOTS, _lemmas)
    assert entry is not None and entry.question == "Wat kost het rekken van laarzen?"
    # no price asked, or nothing priced that the writer names
    assert price_entry("Kan ik erop wachten?", BOOTS, _lemmas) is None
    assert price_entry("Hoeveel ben ik kwijt voor een sleutel?", BOOTS, _lemmas) is None


def test_a_joined_question_without_a_question_mark_is_a_question() -> None:
    assert JOINED_ASK.match("En kan ik met creditcard betalen, hij heeft geen pinpas")
    assert JOINED_ASK.match("en moet ik een afspraak maken")
    assert not JOINED_ASK.match("En ik kom zaterdag met mijn zus")
    # a question whose sentence ends in emoji is split at its second question as well
    assert joined_questions(("Wat kost een high tea en moet je vooraf boeken? 🫖",)) == (
        "Wat kost een high tea?",
        "moet je vooraf boeken? 🫖",
    )


def test_paying_by_creditcard_asked_in_a_joined_sentence_is_answered() -> None:
    text = "Wat kost een high tea? En kan ik met creditcard betalen, ik heb geen pinpas 🙈"
    said = draft_text(TEA, ANSWER, text)
    assert "€ 27,50" in said and "creditcard" in said


def _lemmas(text: str) -> list[str]:
    from app.nlp.topics import analyse_topics

    return list(analyse_topics(text).lemmas)


CARE = BusinessProfile(
    name="Voetzorg Anke",
    kind="pedicure",
    signers=["Anke"],
    voice="ik",
    register="u",
    phone="0575-223344",
    faq=[
        FaqItem(
            "Komt u ook in het verzorgingshuis?", "Ja, elke maandag en vrijdag kom ik in verzorgingshuizen rond Epe."
        ),
        FaqItem("Wat kost een behandeling aan huis?", "Een gewone behandeling € 38, met nagelreparatie € 45."),
        FaqItem("Werkt u met vegan producten?", "Ja, al mijn crèmes zijn vegan."),
    ],
)


def test_a_follow_up_joined_to_a_question_asks_the_business_too() -> None:
    assert follow_up_question("En werkt u met vegan crème?", ("Komt u ook aan huis?",))
    # rhetoric, no joining word, or nothing asked of the business before
    assert not follow_up_question("En is dat normaal?", ("Komt u ook aan huis?",))
    assert not follow_up_question("Werkt u met vegan crème?", ("Komt u ook aan huis?",))
    assert not follow_up_question("En is alles vegan?", ("Hoe moeilijk kan het zijn?",))


def test_a_question_that_points_back_is_read_with_the_sentence_before_it() -> None:
    text = "Mijn vader woont in een verzorgingshuis in Heerde. Kunt u daar ook komen?"
    assert pointed_back("Kunt u daar ook komen?", text) == text
    assert pointed_back("Kunt u ook komen?", "Mijn vader woont in Heerde. Kunt u ook komen?") == ""
    assert pointed_back("Kunt u daar ook komen?", "Kunt u daar ook komen?") == ""


def test_the_place_pointed_at_finds_its_faq_entry_and_the_days_answer_which_days() -> None:
    text = (
        "Mijn vader woont sinds kort in een verzorgingshuis in Heerde. Kunt u daar ook komen en welke dagen? "
        "En wat kost zo'n behandeling dan?"
    )
    said = draft_text(CARE, ANSWER, text, author="meneer Jansen")
    assert "maandag en vrijdag" in said
    assert "€ 38" in said and "de prijs" in said
    assert "zoek ik" not in said  # 'welke dagen?' is answered by the days the entry names


def test_a_follow_up_question_without_jullie_is_answered() -> None:
    said = draft_text(CARE, ANSWER, "Komt u ook in het verzorgingshuis? En zijn de crèmes vegan?", author="Els")
    assert "maandag en vrijdag" in said and "vegan" in said


def test_which_days_is_answered_by_an_answer_that_names_days() -> None:
    assert answered_in_kind("welke dagen?", "Elke maandag en vrijdag kom ik langs.")
    assert not answered_in_kind("welke dagen?", "Ja, in heel Epe.")


def test_can_it_be_on_a_weekday_asked_after_a_price_gets_that_days_hours_or_closed() -> None:
    said = draft_text(BOOTS, ANSWER, "Wat kost een nieuwe zool? en kan dat ook op zaterdag")
    assert "€ 24" in said and "zaterdag" in said and "9:00–17:30" in said
    closed = draft_text(BOOTS, ANSWER, "Wat kost een nieuwe zool? en kan dat ook op maandag")
    assert "maandag" in closed and "dicht" in closed


def test_a_pointing_question_keeps_the_comment_match_when_no_entry_asks_with_its_verb() -> None:
    # 'daarmee' points at the lease, and 'Kun je bij ons een high tea reserveren?' asks about reserving: not it
    text = "Wij willen onze high tea via een bedrijfsregeling betalen. Werken jullie daarmee?"
    said = draft_text(TEA, ANSWER, text)
    assert "vanaf vier personen" not in said


def test_a_question_for_an_organisation_gets_the_way_to_reach_the_business() -> None:
    text = "Wij zoeken een lunchlocatie voor onze twaalf medewerkers. Hebben jullie een terras?"
    said = draft_text(TEA, ANSWER, text, platform="linkedin")
    assert "aan de achterkant" in said and "thee@depot.nl" in said
    # a private person's question does not
    plain = draft_text(TEA, ANSWER, "Wij komen met z'n tweeën. Hebben jullie een terras?", platform="linkedin")
    assert "thee@depot.nl" not in plain


KAYAK = BusinessProfile(
    name="Kanoverhuur De Spiegel",
    kind="fietsverhuur",
    signers=["Joost"],
    voice="wij",
    register="je",
    phone="0521-334455",
    faq=[FaqItem("Kan ik een kano huren?", "Ja: twee uur € 25, een hele dag € 45; reserveren via de website.")],
)


def test_a_yes_asked_in_other_words_is_said_with_the_faq_verb() -> None:
    said = draft_text(
        KAYAK, ANSWER, "We twijfelen over een eigen kano. Kunnen we eerst een kano een middag uitproberen?"
    )
    assert "Een kano huur je bij ons: twee uur € 25" in said
    # asked with the FAQ's own verb: its yes as it is
    plain = draft_text(KAYAK, ANSWER, "Kan ik bij jullie een kano huren?")
    assert "huur je bij ons" not in plain and "€ 25" in plain


def test_the_stem_of_an_infinitive() -> None:
    assert [verb_stem(v) for v in ("huren", "bakken", "geven", "maken", "reserveren", "testen", "lezen")] == [
        "huur",
        "bak",
        "geef",
        "maak",
        "reserveer",
        "test",
        "lees",
    ]


def test_a_child_named_with_an_age_in_words_is_welcomed_by_name() -> None:
    text = "Mijn kleinzoon van negen is gek op scones. Hebben jullie een terras?"
    said = draft_text(TEA, ANSWER, text)
    assert "kleinzoon" in said
    # a grown-up the question is not for is not welcomed
    other = draft_text(TEA, ANSWER, "Mijn buurman zegt dat het gezellig is. Hebben jullie een terras?")
    assert "buurman" not in other


def test_a_second_answer_after_a_colon_starts_in_lower_case_unless_it_is_a_name() -> None:
    said = draft_text(BOOTS, ANSWER, "Kan ik erop wachten? En wat kost een nieuwe zool?")
    assert ": een halve zool € 24" in said
    shop = BusinessProfile(
        name="Fietsen Tromp",
        kind="fietsenmaker",
        signers=["Sem"],
        voice="ik",
        payment="pinnen of Payconiq",
        faq=[
            FaqItem("Kan ik erop wachten?", "Ja, een band plak ik terwijl je wacht."),
            FaqItem("Hoe kan ik betalen?", "Payconiq of pinnen, allebei goed."),
        ],
    )
    drafter = Drafter(shop)
    assert drafter._after_colon("Payconiq of pinnen, allebei goed.") == "Payconiq of pinnen, allebei goed."
    assert drafter._after_colon("Sem helpt je graag.") == "Sem helpt je graag."
    assert drafter._after_colon("Dames € 32.") == "dames € 32."


def test_a_profile_fact_the_answer_says_already_counts_as_said() -> None:
    drafter = Drafter(TEA, analyser=analyse_topics)
    value = "zes maanden garantie op gebruikte fietsen"
    assert drafter._says_all("Gebruikte stadsfietsen vanaf € 95, met zes maanden garantie.", value)
    # one of its key words missing: not said
    assert not drafter._says_all("Gebruikte stadsfietsen vanaf € 95.", value)


def test_a_booking_question_about_one_service_gets_that_service_s_own_entry() -> None:
    salon = BusinessProfile(
        name="Nagelstudio Glans",
        kind="schoonheidssalon",
        signers=["Femke"],
        voice="ik",
        register="je",
        email="femke@glans.nl",
        faq=[
            FaqItem("Moet ik een afspraak maken?", "Ja, voor een behandeling plan je altijd een afspraak in."),
            FaqItem(
                "Kan ik mijn nagellak laten verwijderen?",
                "Ja, nagellak verwijderen kost € 5 en kan zonder afspraak.",
            ),
        ],
    )
    said = draft_text(
        salon,
        ANSWER,
        "Wat kost een gellak behandeling? En kan ik mijn oude nagellak laten verwijderen, of moet dat ook op afspraak?",
    )
    assert "zonder afspraak" in said, said


def test_someone_older_than_the_answer_s_age_gets_a_place_of_their_own() -> None:
    pool = BusinessProfile(
        name="Zwemschool Spetter",
        kind="sportschool",
        signers=["Ruud"],
        voice="wij",
        register="je",
        email="info@spetter.nl",
        faq=[FaqItem("Wat kost een zwemles voor kinderen?", "Voor kinderen tot 10 jaar kost een les € 14.")],
    )
    said = draft_text(pool, ANSWER, "Wat kost een zwemles voor onze jongste van 5 en onze oudste van 12?")
    assert "€ 14" in said and "oudste van 12: [vul in" in said, said
    # both young enough: the answer says it for both
    said = draft_text(pool, ANSWER, "Wat kost een zwemles voor mijn zoon van 7?")
    assert "vul in" not in said, said
