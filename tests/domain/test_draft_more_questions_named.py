"""The second question of a comment answered from what the profile says of the very thing asked
(app/domain/draft_more_questions.py): a question led in by a colon ('Drie vragen: ...') is read from its own
words; a FAQ answer that names the thing asked answers it, though its question calls it otherwise; a price asked
with a pointing word ('wat kost dat?') of people named in the sentence before it gets the FAQ's price list, without
a 'Ja:' in front. Shops and sentences of their own."""

from __future__ import annotations

from app.domain.draft_price_faq import price_entry
from app.domain.draft_questions import last_clause
from app.domain.draft_questions_about import asked_about
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft_text

_OUTCOME = "uitkomst_vraag_beantwoorden"
_LATER = ("zoek ik even", "zoeken we even", "andere vraag")

_SKI = BusinessProfile(
    name="Tweewielers Van Dam",
    kind="fietsenmaker",
    signers=["Ruud"],
    voice="ik",
    register="je",
    email="ruud@vandamfietsen.nl",
    phone="0315 22 33 44",
    opening_hours="di t/m za 9.00–17.30",
    faq=[
        FaqItem("Moet ik een afspraak maken?", "Voor een lekke band niet: kom gewoon langs. Een beurt op afspraak."),
        FaqItem("Verkoop je regenkleding?", "Ja, regenponcho's en overbroeken van Agu op voorraad, vanaf € 25."),
        FaqItem("Heb je fietstassen?", "Ja, dubbele tassen van Basil en Ortlieb."),
    ],
)

_SALON = BusinessProfile(
    name="Kapsalon De Spiegel",
    kind="kapsalon",
    signers=["Nele"],
    voice="wij",
    register="je",
    email="hallo@despiegel.be",
    opening_hours="di t/m za 9.00–18.00",
    holidays="Zo 2 maart: uitzonderlijk open 10.00–16.00 (carnavalsknipdag). Ma 3 maart: gesloten",
    faq=[
        FaqItem("Knippen jullie ook heren en kinderen?", "Ja: heren € 26, kinderen tot 12 jaar € 17."),
        FaqItem("Werken jullie met ammoniakvrije verf?", "Ja, altijd, en op vraag ook PPD-vrij."),
    ],
)


def test_a_question_after_a_colon_is_read_from_its_own_words() -> None:
    asked = "Hallo Ruud, een vraagje: kan jij ook kettingen vervangen?"
    assert last_clause(asked) == "kan jij ook kettingen vervangen?"
    # a comma leads no question in: the clause stays whole
    asked = "Mijn vraag is eenvoudig, kan ik zondag komen?"
    assert last_clause(asked) == asked


def test_the_thing_asked_after_a_colon_is_named_in_its_slot() -> None:
    said = draft_text(
        _SKI,
        _OUTCOME,
        "Dag Ruud, twee dingen: doe jij ook messen slijpen? Die van mijn vrouw snijden niks meer. "
        "En moet ik voor een lekke band een afspraak maken?",
    )
    assert "messen slijpen" in said and not any(w in said for w in _LATER), said


def test_a_faq_answer_that_names_the_thing_asked_answers_it() -> None:
    said = draft_text(
        _SKI, _OUTCOME, "Moet ik voor een lekke band een afspraak maken? En verkoop je ook overbroeken, ik fiets veel?"
    )
    assert "Agu" in said and not any(w in said for w in _LATER), said


def test_a_thing_no_faq_answer_names_stays_a_slot() -> None:
    said = draft_text(_SKI, _OUTCOME, "Moet ik voor een lekke band een afspraak maken? En verkoop je ook fietshelmen?")
    assert "Agu" not in said and "Basil" not in said and "fietshelmen" in said, said


def test_two_amounts_each_with_its_thing_are_a_price_list() -> None:
    lemmas = Drafter(_SALON, analyser=analyse_topics)._lemmas_of
    found = price_entry("Ik kom met mijn twee dochters (4 en 7) knippen. Wat kost dat?", _SALON, lemmas)
    assert found is not None and "€ 17" in found.answer
    # one amount that is a limit is no price list
    lone = BusinessProfile(
        name="X", kind="kapsalon", faq=[FaqItem("Knippen jullie ook kinderen?", "Ja, bij bestellingen vanaf € 30.")]
    )
    assert price_entry("Ik kom met mijn twee dochters knippen. Wat kost dat?", lone, lemmas) is None


def test_a_pointing_price_question_of_children_named_before_gets_the_price_list() -> None:
    said = draft_text(
        _SALON,
        _OUTCOME,
        "Zijn jullie open op zondag 2 maart? Ik kom met mijn drie kleinkinderen (6, 8 en 11) voor carnaval. "
        "Hoeveel kost dat?",
    )
    assert "€ 17" in said and "Ja: heren" not in said and not any(w in said for w in _LATER), said


def test_people_a_thing_is_for_do_not_make_a_price_list_answer_another_thing() -> None:
    # 'vader' is one of the people the salon's price list names by group ('heren'); the thing asked, a visit at
    # home, is not in it: the second question keeps its own slot instead of vanishing behind the price list
    said = draft_text(
        _SALON,
        _OUTCOME,
        "Knippen jullie ook mannen? En komen jullie ook aan huis bij mijn vader, hij is slecht ter been",
    )
    assert "€ 26" in said and "huis" in said, said


def test_a_question_that_names_only_people_may_still_find_the_price_list() -> None:
    # near-miss: nothing but people asked ('ook mannen?'), so the entry naming them answers
    said = draft_text(_SALON, _OUTCOME, "Werken jullie met ammoniakvrije verf? En knippen jullie ook mannen?")
    assert "€ 26" in said, said


def test_a_visit_at_home_keeps_its_aan_and_working_on_loses_it() -> None:
    # after a verb of coming, 'aan huis' says where: the phrase keeps its 'aan' ('En huis bij ...' is no Dutch)
    assert asked_about(["Komen jullie ook aan huis bij mijn moeder?"]) == "aan huis bij je moeder"
    # near-miss: what someone works with or on is the thing itself
    assert asked_about(["Werken jullie ook met plantaardige verf?"]) == "plantaardige verf"


def test_a_sure_that_leads_a_price_list_goes_before_a_price_question_too() -> None:
    # 'Zeker:' is a yes like 'Ja:' (draft_yes_lead), taken off when the question asks what, not whether
    salon = BusinessProfile(
        name="Kapperij Lok",
        kind="kapsalon",
        signers=["Bram"],
        voice="ik",
        register="je",
        email="bram@lok.be",
        opening_hours="wo t/m za 9.00–18.00",
        holidays="Zo 9 maart: uitzonderlijk open 10.00–15.00. Ma 10 maart: gesloten",
        faq=[FaqItem("Knip je ook mannen en kinderen?", "Zeker: mannen € 24, kinderen tot 10 jaar € 15.")],
    )
    said = draft_text(
        salon,
        _OUTCOME,
        "Ben je open op zondag 9 maart? Ik kom met mijn twee kinderen (4 en 7) langs. Wat kost dat?",
    )
    assert "€ 15" in said and "Zeker: mannen" not in said, said
