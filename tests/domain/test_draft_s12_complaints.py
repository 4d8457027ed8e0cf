"""Complaints that name what went wrong and safety told by its symptoms (session 12, issue #13): food poisoning
told by what people did ('lagen kotsend'), everyone the writer names together ('mijn man en beide kinderen'),
'alleen' as 'only' after what the writer had, a shard that keeps its material ('een scherfje porselein'),
children on board of a thing that broke ('met mijn twee kinderen erin'), a cut that came out uneven or too
short, a name spelt wrong against the quoted right one, a thing forgotten said verb first, and a fee for an
appointment the writer cancelled themself. Businesses and sentences of their own, none from the rounds."""

from __future__ import annotations

from dataclasses import replace

from app.domain.draft_complaint_cancel import cancel_rule, cancelled_by_writer, ill_reason
from app.domain.draft_jokes import shipped_complaint_cues
from app.domain.draft_said import misspelt_name
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics
from tests.domain.businesses import BARBIER_ALI, EETCAFE_DE_LINDE, KAPSALON_KNIP
from tests.domain.drafts import draft, draft_text

_COMPLAINT = "uitkomst_herstel"
_VERHUUR = BusinessProfile(
    name="Kanoverhuur De Stroom", kind="verhuur", signers=["Joost"], voice="wij", phone="0522-445566", email="j@st.nl"
)
_YOGA = BusinessProfile(
    name="Yogastudio Adem",
    kind="yogastudio",
    signers=["Femke"],
    voice="ik",
    register="u",
    phone="030-1122334",
    email="femke@adem.nl",
    faq=[FaqItem("Kan ik een les afzeggen?", "Tot 12 uur van tevoren kosteloos, daarna betaalt u de les.")],
)


def _cue(shape: str, text: str) -> dict[str, str] | None:
    return next((s.values(text) for s in shipped_complaint_cues() if s.id == shape and s.values(text)), None)


def test_vomiting_told_as_what_people_did_is_food_poisoning() -> None:
    text = "Vrijdag de mosselen gegeten. 's Nachts zaten mijn vrouw en de kinderen spugend op de wc."
    found = analyse_topics(text)
    assert found.is_safety and "vergiftiging" in found.safety
    made = draft(EETCAFE_DE_LINDE, _COMPLAINT, text)
    assert made.text is not None and "je vrouw en de kinderen" in made.text
    # a comment without symptoms is no safety matter
    assert not analyse_topics("De mosselen waren taai en de kinderen vonden het niks.").is_safety


def test_only_what_the_writer_had_is_no_minus_point() -> None:
    text = "Mijn zoon en beide kinderen waren de hele nacht aan het overgeven, ik nam alleen de soep en had niets."
    assert {"zoon", "kinderen"} <= set(analyse_topics(text).people)


def test_a_splinter_keeps_its_material() -> None:
    text = "In mijn tomatensoep zat een scherfje porselein. De ober haalde zijn schouders op."
    assert "scherfje porselein" in draft_text(EETCAFE_DE_LINDE, _COMPLAINT, text)


def test_children_on_board_of_what_broke_are_named() -> None:
    found = _cue("child_on_board", "de bank van de kano brak af, met onze drie kinderen erin")
    assert found == {"waarde": "onze drie kinderen"}
    text = "De zitbank van de gehuurde kano scheurde los, met onze twee kinderen erin. Levensgevaarlijk."
    assert "twee kinderen er ook nog bij" in draft_text(_VERHUUR, _COMPLAINT, text).replace("zaten je ", "")
    # children only named elsewhere are not on board
    assert _cue("child_on_board", "Met onze kinderen gaan we nooit meer naar jullie toe.") is None


def test_a_cut_uneven_by_a_measure_is_said_without_the_hedge() -> None:
    found = _cue("uneven", "mijn baard is aan de linkerkant wel 2 cm langer dan aan de rechterkant")
    assert found == {"waarde": "aan de linkerkant wel 2 cm langer dan aan de rechterkant"}
    text = "Mijn baard is aan de linkerkant wel 2 cm langer dan aan de rechterkant, zo kan ik niet naar mijn werk."
    made = draft_text(BARBIER_ALI, _COMPLAINT, text)
    assert "2 cm langer dan aan de rechterkant" in made and "wel 2" not in made


def test_hair_cut_too_short_is_said_back() -> None:
    assert _cue("too_short", "ik wou alleen de puntjes en mijn haar is veel te kort geworden") == {
        "waarde": "veel te kort"
    }
    text = "ik wou alleen de puntjes eraf en mijn haar is echt te kort geworden, ik schrok me kapot"
    assert "te kort" in draft_text(KAPSALON_KNIP, _COMPLAINT, text)
    assert _cue("too_short", "de wachttijd was kort en het knippen ging snel") is None


def test_a_name_spelt_wrong_is_found_against_the_quoted_right_one() -> None:
    assert misspelt_name("Er stond 'Sofie' op in plaats van 'Sophie'.", "'Sofie'") == "Sophie"
    assert misspelt_name("Er stond 'Bram' op in plaats van 'Anouk'.", "'Bram'") == ""


def test_a_thing_forgotten_said_verb_first_is_missing() -> None:
    assert _cue("missing_item", "bij het ophalen was de oplader vergeten") == {"waarde": "de oplader"}


def test_a_fee_for_an_appointment_the_writer_cancelled() -> None:
    text = "Mijn les twee uur van tevoren afgezegd omdat mijn dochter koorts had en nu moet ik 18 euro betalen?"
    assert cancelled_by_writer(text) and ill_reason(text) == (True, "dochter")
    made = draft_text(_YOGA, _COMPLAINT, text)
    assert "zieke dochter" in made and "12 uur van tevoren" in made and "werd afgezegd" not in made
    assert "€ 18" in made
    # the business cancelled: no fee line, and no rule without a FAQ entry about it
    assert not cancelled_by_writer("Jullie hebben mijn les geannuleerd en toch 18 euro afgeschreven.")
    assert not cancelled_by_writer("Ik heb mijn les netjes afgezegd, maar niemand die het noteerde.")
    assert cancel_rule(replace(_YOGA, faq=[])) == ""
