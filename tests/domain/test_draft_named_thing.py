"""The thing a question names, said first (app/domain/draft_named_thing.py): a FAQ answer whose yes goes for an open
question ('wanneer kan ik ... bestellen?') and that is no sentence of its own names what was asked, as the writer put
it. Businesses and sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.draft_named_thing import in_named_brand, thing_asked
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft_text


def _lemmas(text: str) -> tuple[str, ...]:
    return Drafter(_BAKKER, analyser=analyse_topics)._lemmas_of(text)


_BAKKER = BusinessProfile(
    name="Bakkerij De Molen",
    kind="bakkerij",
    signers=["Els"],
    voice="wij",
    register="u",
    email="info@bakkerijdemolen.be",
    opening_hours="di–za 7:00–18:00, zo 7:00–12:00; maandag gesloten",
    holidays="15 augustus: gesloten",
    faq=[
        FaqItem(
            question="Bakt u kerststronken op bestelling?",
            answer="Ja, vanaf 1 december, € 24 per stronk, twee dagen op voorhand bestellen.",
        )
    ],
)


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("wanneer kan ik de kerststronken bestellen?", "de kerststronken"),
        ("Tot wanneer kan ik mijn kerststronk bestellen", "uw kerststronk"),
        ("Hoeveel kost een kerststronk op bestelling?", "een kerststronk"),
        ("Wanneer zijn jullie open?", ""),
    ],
)
def test_thing_asked_is_the_writers_words_for_the_faqs_thing(question: str, thing: str) -> None:
    assert thing_asked((question,), "Bakt u kerststronken op bestelling?", _lemmas, "uw") == thing


@pytest.mark.parametrize(
    "text",
    [
        "Zijt gij open op 15 augustus? En wanneer kan ik de kerststronken bestellen?",
        "Bent u open op 15 augustus? Vanaf wanneer kan ik een kerststronk bestellen?",
    ],
)
def test_an_answer_without_its_yes_names_the_thing(text: str) -> None:
    said = draft_text(_BAKKER, "uitkomst_vraag_beantwoorden", text)
    assert "kerststron" in said.split("1 december")[0], said
    assert "\nVanaf 1 december" not in said and ". Vanaf 1 december" not in said, said


_SCHOENMAKER = BusinessProfile(
    name="Schoenmakerij Het Leest",
    kind="schoenmaker",
    signers=["Wout"],
    voice="wij",
    register="je",
    email="info@hetleest.nl",
    opening_hours="di–za 9:00–17:30; zondag en maandag gesloten",
    holidays="25 en 26 december: gesloten",
    faq=[
        FaqItem(question="Hebben jullie een reparatie aan huis?", answer="Ja, in Delft en Rijswijk, vanaf € 12."),
        FaqItem(question="Is er een kinderkorting?", answer="Tot 12 jaar, 10% op elke reparatie."),
        FaqItem(question="Kan ik een leenschoen krijgen?", answer="Gratis; vraag hem wel even bij het brengen."),
        FaqItem(question="Verkopen jullie schoenpoets?", answer="Ja, schoenpoets in zes kleuren, € 6 per blik."),
    ],
)


@pytest.mark.parametrize(
    ("question", "faq", "thing"),
    [
        ("Is er nen kinderkorting?", "Is er een kinderkorting?", "een kinderkorting"),
        ("Geven jullie ook kinderkorting?", "Is er een kinderkorting?", "kinderkorting"),
        ("Doe je ook reparaties aan huis?", "Hebben jullie een reparatie aan huis?", "reparaties aan huis"),
        ("Zit er lijm in jullie leenschoenen?", "Kan ik een leenschoen krijgen?", "onze leenschoenen"),
        ("En krijg ik dan n leenschoen mee?", "Kan ik een leenschoen krijgen?", "leenschoen"),
        ("Do you have a leenschoen?", "Kan ik een leenschoen krijgen?", "leenschoen"),
    ],
)
def test_the_thing_asked_with_a_dialect_article_or_none(question: str, faq: str, thing: str) -> None:
    assert thing_asked((question,), faq, _lemmas, "je") == thing


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Zijn jullie open op 26 december? En is er nen kinderkorting?", "kinderkorting"),
        ("open op 2e kerstdag?? krijg ik dan ook een leenschoen mee?", "leenschoen"),
        ("Doen jullie reparaties aan huis? Ik woon in Delft", "aan huis"),
        ("Ge doet ook reparaties aan huis? Mijn moeder kan nie meer buiten.", "aan huis"),
    ],
)
def test_a_faq_answer_that_names_nothing_asked_says_the_thing_first(text: str, thing: str) -> None:
    said = draft_text(_SCHOENMAKER, "uitkomst_vraag_beantwoorden", text)
    answer = next(f.answer for f in _SCHOENMAKER.faq if thing in f.question.lower())
    first = answer.split(",")[0].split(";")[0]
    assert thing in said.lower().split(first.lower())[0], said


def test_a_faq_answer_that_names_the_thing_stays_as_it_is() -> None:
    said = draft_text(_SCHOENMAKER, "uitkomst_vraag_beantwoorden", "Hebben jullie schoenpoets? In het bruin?")
    assert "Over " not in said and "zes kleuren" in said, said


@pytest.mark.parametrize(
    "question",
    [
        "Is het mijn fout dat de kerststronk scheef is?",
        "is het normaal dat de kerststronken al na een dag droog zijn",
        "En was het de bedoeling dat die kerststronk zo klein was?",
        "Waarom zegt u dat de kerststronken op zijn?",
    ],
)
def test_a_clause_after_dat_names_no_thing_and_is_never_garbled(question: str) -> None:
    thing = thing_asked((question,), "Bakt u kerststronken op bestelling?", _lemmas, "uw")
    assert not thing.lower().startswith(("dat ", "die kerst")), thing


def test_dat_or_die_right_before_the_thing_still_names_it() -> None:
    assert thing_asked(("Kan ik die kerststronk nog bestellen?",), "Bakt u kerststronken op bestelling?", _lemmas) == (
        "die kerststronk"
    )


@pytest.mark.parametrize(
    "question",
    [
        "Kan mijn dochter van 8 bij jullie eten, is er iets voor kinderen?",
        "Mag m'n zoontje ook mee, hebben jullie iets voor kids?",
        "Is er ook iets voor mijn kleinkinderen?",
    ],
)
def test_a_person_of_the_writer_is_never_the_thing_asked(question: str) -> None:
    thing = thing_asked((question,), "Hebben jullie een kindermenu?", _lemmas, "je")
    assert not any(p in thing for p in ("dochter", "zoon", "kleinkind")), thing


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("Hoeveel kost nen kerststronk?", "een kerststronk"),  # Flemish
        ("wa kost ne kerststronk op bestelling", "een kerststronk"),
        ("Hoe lang op voorhand moet ik mijn kerststronk bestellen?", "uw kerststronk"),
    ],
)
def test_a_dialect_article_is_said_as_een_and_fillers_are_no_thing(question: str, thing: str) -> None:
    assert thing_asked((question,), "Bakt u kerststronken op bestelling?", _lemmas, "uw") == thing


@pytest.mark.parametrize(
    "question",
    ["Komen jullie ook aan huis?", "Kan dat eens aan huis?", "Knippen jullie soms aan huis", "Doe je nog aan huis?"],
)
def test_a_filler_before_a_preposition_names_no_thing(question: str) -> None:
    assert thing_asked((question,), "Knipt u ook aan huis?", _lemmas, "je") == ""


def test_a_name_in_a_make_the_faq_names_is_no_one_of_the_staff() -> None:
    faq = [FaqItem("Werk je met vegan producten?", "Ja, met de lijn van Rosa Verde.")]
    assert in_named_brand("Rosa", "Ze werkt met de vegan lijn van Rosa Verde, top!", faq)
    assert not in_named_brand("Rosa", "Rosa knipte me heel mooi.", faq)  # the name alone: a person
    assert not in_named_brand("Rosa", "Rosa Peeters knipte me.", faq)  # not the make the FAQ names


def test_a_name_said_on_its_own_too_is_one_of_the_staff() -> None:
    faq = [FaqItem("Met welke producten werken jullie?", "Met de vegan lijn van Maria Nila.")]
    text = "Top kleuring door Nila! Ze werkt met de producten van Maria Nila, echt een aanrader."
    assert not in_named_brand("Nila", text, faq)  # 'door Nila': the one who coloured
    assert in_named_brand("Maria", text, faq)  # only in the make
    assert not in_named_brand("Rosa", "Rosa werkt met Rosa Verde en dat ruik je.", [FaqItem("Merk?", "Rosa Verde.")])


def test_praise_for_a_colourist_with_a_brand_of_her_name_is_passed_on_to_her() -> None:
    from tests.domain.drafts import draft_text

    salon = BusinessProfile(
        name="Salon Lok",
        kind="kapsalon",
        signers=["An"],
        voice="ik",
        register="je",
        faq=[FaqItem("Met welke producten werk je?", "Ik werk met de vegan lijn van Maria Nila.")],
    )
    text = "Top kleuring door Nila! Ze werkt met de producten van Maria Nila en mijn haar glanst als nooit tevoren."
    draft = draft_text(salon, "uitkomst_bedank_publiek", text, author="Els")
    assert "Nila" in draft and "Maria" not in draft, draft


def test_a_verb_is_no_thing_asked_after_a_greeting_nor_as_a_participle() -> None:
    from app.domain.draft_facts import simple_lemmas

    # 'Over verhuurt:' and 'Over gerepareerd:' are no leads: the verb of the question, not what it asks about
    assert thing_asked(["Goeiemiddag, verhuurt u tandems?"], "Verhuurt u fietsen?", simple_lemmas) != "verhuurt"
    lemmas = Drafter(BusinessProfile(), analyser=analyse_topics)._lemmas_of
    assert thing_asked(["Moet de pony nog geknipt worden?"], "Wat kost knippen?", lemmas) == ""
    assert thing_asked(["Hoi, hebt u ook tandems?"], "Verhuurt u tandems?", simple_lemmas) == "tandems"
