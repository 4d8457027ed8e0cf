"""Questions about what a shop sells, offers or can host: a 'zonder X' question is not answered by a thing made
with X ('zonder suiker' is no 'suikertaart'); a dialect verb that holds the 'je' ('Hest ook ...?', 'Hedde ook ...?')
and a question that names the business by its name ('Heeft De Molen een zaal?') ask about the own range; the writer's
own club or department is who asks, not what is asked for; what is sought with a size or budget, what is wished with
it ('liefst met een proeverij erbij') and a room for a counted group on a day are said back; a later question finds
the one FAQ sentence that names its thing; loose matches (a price list for a wait) give way; a no about
other kinds than the one asked is left out. Sentences and profiles of their own, not a round's."""

from __future__ import annotations

from app.domain.draft_asked import misses_without
from app.domain.draft_counts import counted_thing
from app.domain.draft_own_range import asks_own_range, you_spelt_out
from app.domain.draft_purpose import wished_with
from app.domain.draft_questions_about import asked_about
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics
from tests.domain.drafts import suggested

PATISSERIE = BusinessProfile(
    name="Patisserie Het Gouden Lepeltje",
    kind="bakkerij",
    signers=["Wim"],
    voice="ik",
    register="u",
    phone="015 212 33 44",
    email="wim@goudenlepeltje.be",
    opening_hours="di t/m za 8.00–18.00; zo en ma gesloten",
    faq=[
        FaqItem("Wanneer is er vlaai en appelbol?", "Vlaai elke dag; appelbollen enkel in het weekend."),
        FaqItem(
            "Maakt u feesttaarten?",
            "Ja, voor 8 tot 40 personen, 5 dagen vooraf bestellen. Een eetbare print van een tekening kan voor €7.",
        ),
    ],
)
FIETSEN = BusinessProfile(
    name="Rijwielen Zuidema",
    kind="fietsenmaker",
    signers=["Hilde"],
    voice="ik",
    register="je",
    phone="050 311 22 33",
    opening_hours="di t/m za 9.00–17.30",
    faq=[FaqItem("Repareer je ook e-bikes?", "Ja, alle merken.")],
)
EETHUIS = BusinessProfile(
    name="Eethuis De Molen",
    kind="restaurant",
    signers=["Femke"],
    voice="wij",
    register="u",
    phone="0511 44 55 66",
    email="info@eethuisdemolen.nl",
    address="Molenweg 3, 9251 AB Burgum",
    opening_hours="wo t/m zo 12.00–22.00",
    faq=[FaqItem("Mag de hond mee?", "Honden zijn welkom op het terras.")],
)


# -- 'zonder X' is not answered by a thing made with X


def test_a_thing_without_sugar_is_not_answered_by_a_sugar_tart() -> None:
    entry = "Wanneer is er suikertaart? Suikertaart enkel op zaterdag."
    assert misses_without("Hebt u gebak zonder suiker?", entry, lambda t: t.lower().split())


def test_a_thing_without_sugar_is_answered_by_what_is_sugar_free() -> None:
    # near miss: the entry names the sugar as left out ('suikervrij'), which answers it
    entry = "Hebt u suikervrije koekjes? Ja, suikervrije speculaas."
    assert not misses_without("Hebt u koekjes zonder suiker?", entry, lambda t: t.lower().split())


def test_a_cake_without_sugar_gets_a_place_for_the_answer_not_the_sugar_tart_days() -> None:
    text = "Bakt u ook vlaai zonder suiker? Mijn moeder mag geen suiker meer."
    reply = suggested(PATISSERIE, text)
    assert "appelbol" not in reply.lower() and "elke dag" not in reply
    assert "zonder suiker" in reply and "[vul in" in reply


# -- a later question finds the one FAQ sentence that names its thing


def test_a_later_question_is_answered_by_the_one_faq_sentence_that_names_its_thing() -> None:
    text = "Bakt u ook glutenvrij brood? En kan er een tekening van mijn kleindochter op?"
    reply = suggested(PATISSERIE, text)
    assert "Een eetbare print van een tekening kan voor €7." in reply
    assert "5 dagen vooraf" not in reply  # that sentence only, not the whole entry


def test_a_later_question_whose_thing_no_faq_sentence_names_gets_no_sentence() -> None:
    text = "Bakt u ook glutenvrij brood? En kan er een kaarsje bij?"
    assert "€7" not in suggested(PATISSERIE, text)


# -- the business as the subject: a dialect verb that holds 'je', or its name


def test_a_dialect_verb_that_holds_the_you_asks_about_the_own_range() -> None:
    assert you_spelt_out("Hest ook kinderzitjes?") == "Hest je ook kinderzitjes?"
    assert asks_own_range("Hedde ook bakfietsen staan?")
    assert asked_about(["Hest ook gebruikte mountainbikes staan?"]) == "gebruikte mountainbikes"


def test_a_dialect_verb_before_its_own_pronoun_is_left_as_it_is() -> None:
    assert you_spelt_out("Hedde gullie ook kinderzitjes?") == "Hedde gullie ook kinderzitjes?"


def test_the_business_named_after_its_verb_is_asked_about_its_range() -> None:
    assert asked_about(["Heeft De Molen een zaaltje?"]) == "een zaaltje"
    assert asks_own_range("Verkoopt Zuidema ook bakfietsen?")


def test_a_name_that_did_something_told_is_no_range_question() -> None:
    # near miss: 'Heeft Jan het ...' tells what someone did, it asks for no thing of the range
    assert asked_about(["Heeft Jan het al opgestuurd?"]) == ""


def test_a_dialect_question_with_size_and_budget_names_both() -> None:
    text = "Hest ook gebruikte mountainbikes staan? Zoek wat met een maat M tot 600 euro voor m'n dochter"
    reply = suggested(FIETSEN, text)
    assert "gebruikte mountainbikes: [vul in" in reply
    assert "iets met een maat M tot 600 euro voor je dochter" in reply


# -- a group, a room, a venue


def test_the_writers_own_club_is_not_what_is_asked_for() -> None:
    text = (
        "Voor het jubileum van onze vereniging zoeken we een zaal voor 45 personen op vrijdag 12 oktober. "
        "Is dat mogelijk bij jullie?"
    )
    reply = suggested(EETHUIS, text, platform="linkedin")
    assert "vereniging" not in reply.lower()
    assert "een zaal voor 45 personen op vrijdag 12 oktober" in reply


def test_a_counted_thing_is_said_with_its_count_and_day() -> None:
    said = counted_thing("we zoeken een tafel voor 12 mensen op 3 mei", "tafel")
    assert said == "een tafel voor 12 mensen op 3 mei"
    assert counted_thing("een tafel voor 2 mensen", "tafel") == ""  # near miss: no group


def test_what_is_wished_with_it_is_named_with_a_place_for_the_answer() -> None:
    assert wished_with("een diner voor 20, liefst met een wijnproeverij erbij. Kan dat?") == "een wijnproeverij"
    assert wished_with("Kunnen we met 20 komen eten?") == ""
    text = "Wij zoeken een locatie voor een etentje met 20 collega's, liefst met een wijnproeverij erbij. Kan dat?"
    reply = suggested(EETHUIS, text)
    assert "een wijnproeverij erbij: [vul in" in reply


def test_a_group_without_a_request_hears_to_book_ahead_with_the_room_slot() -> None:
    text = "Wij komen met de familie (ca. 20 personen). Heeft De Molen een aparte ruimte?"
    reply = suggested(EETHUIS, text)
    assert "een aparte ruimte: [vul in" in reply
    assert "0511 44 55 66" in reply


def test_topics_name_the_writers_group() -> None:
    # what the drafts rely on: 'onze vereniging' is the writer's group
    assert analyse_topics("Voor het jubileum van onze vereniging zoeken we een zaal.").group == "vereniging"


# -- loose FAQ matches that must not be put in as the fact

KAPPER = BusinessProfile(
    name="Kapsalon Noor",
    kind="kapsalon",
    signers=["Noor"],
    voice="ik",
    register="je",
    phone="0180 22 33 44",
    opening_hours="di t/m za 9.00–17.00; zo en ma gesloten",
    faq=[
        FaqItem("Werk je met henna?", "Ja, ik verf met henna. Bij twijfel doe ik eerst een huidtest achter het oor."),
        FaqItem("Wat kost een knipbeurt?", "Dames € 38, heren € 26, kinderen € 18."),
    ],
)
ZAAL = BusinessProfile(
    name="Herberg De Linde",
    kind="restaurant",
    signers=["Joris"],
    voice="wij",
    register="u",
    phone="0413 12 34 56",
    opening_hours="wo t/m zo 11.00–22.00",
    faq=[FaqItem("Kunnen we een ruimte afhuren?", "Ja, de opkamer voor 10 tot 30 gasten, met eigen bar.")],
)


def test_a_separate_room_asked_is_answered_by_the_entry_on_renting_a_room() -> None:
    reply = suggested(ZAAL, "We vieren het pensioen van mijn vader met 22 gasten. Kan dat in een aparte ruimte?")
    assert "opkamer" in reply


def test_a_price_list_does_not_answer_how_long_the_wait_is() -> None:
    text = "Kun je ook mijn pruik wassen? En hoelang is de wachttijd nu, met al die knipbeurten voor de feestdagen?"
    reply = suggested(KAPPER, text)
    assert "€ 38" not in reply
    assert "de wachttijd" in reply


def test_a_price_list_still_answers_what_a_haircut_costs() -> None:
    # near miss: the price is what is asked
    assert "€ 26" in suggested(KAPPER, "Wat kost een knipbeurt voor heren?")


def test_a_handle_before_the_question_is_no_service_asked_at_home() -> None:
    reply = suggested(KAPPER, "@kapsalonnoor doe je ook opsteekkapsels aan huis? We trouwen in mei.")
    assert "kapsalonnoor" not in reply.lower()
    assert "opsteekkapsels aan huis" in reply


VERHUUR = BusinessProfile(
    name="Fietsverhuur De Dijk",
    kind="fietsenmaker",
    signers=["Ruben"],
    voice="ik",
    register="je",
    phone="0118 55 66 77",
    opening_hours="ma t/m za 9.00–18.00",
    faq=[
        FaqItem(
            "Kan ik een fiets huren?",
            "Ja: tandem €30 per dag, bakfiets €35 per dag. Graag vooraf reserveren. Ligfietsen verhuur ik niet.",
        ),
        FaqItem(
            "Hebben jullie iets glutenvrij bij de koffie?",
            "Ja, een glutenvrije brownie. Sporen van gluten kan ik niet uitsluiten.",
        ),
    ],
)


def test_a_no_about_things_the_writer_never_named_is_left_out() -> None:
    reply = suggested(VERHUUR, "Kan ik bij jou een tandem huren voor zaterdag? Wat kost dat?")
    assert "€30" in reply
    assert "Ligfietsen" not in reply


def test_a_no_about_the_thing_asked_stays() -> None:
    # near miss: the writer asks about the very thing the answer says no to
    assert "Ligfietsen verhuur ik niet" in suggested(VERHUUR, "Kan ik bij jou een ligfiets huren?")


def test_a_caveat_about_an_allergy_stays() -> None:
    # near miss: a no about traces of an allergen is a caveat, never left out
    assert "Sporen van gluten" in suggested(VERHUUR, "Hebben jullie een brownie bij de koffie?")


def test_a_way_of_coming_is_no_wish_to_have_with_it() -> None:
    # near miss: 'liefst met de fiets' says how the writer comes, not what they would like to have
    assert wished_with("We komen liefst met de fiets, is er een stalling?") == ""
