"""Questions and rumours the profile answers, asked in the writer's own words (after the blind rounds r32–r58):
a brand names that it is of a brand ('mijn Batavus' ~ 'alle merken'); 'kun je ernaar kijken?' asks for a repair;
a question that points back ('Kunt ge daar iets aan doen?') is about what was told before it; 'lease- en
bedrijfsfietsen' is two words; an 'aparte ruimte' is a zaal; a vegan profile answers a rumour about meat and
cheese; a supermarket by its name says the thing comes from elsewhere; a feest is also a bruiloft; a second
question a FAQ answers without naming it says what it answers. Weak matches stay out of the draft. Sentences
and profiles of their own, not a round's."""

from __future__ import annotations

from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft

FIETSEN = BusinessProfile(
    name="Tweewielers De Spaak",
    kind="fietsenmaker",
    signers=["Mehmet"],
    voice="ik",
    register="je",
    email="mehmet@despaak.nl",
    opening_hours="di–za 9:00–17:30",
    faq=[
        FaqItem(
            "Repareer je ook elektrische fietsen?",
            "Ja, e-bikes van alle merken; voor Bosch- en Yamaha-motoren heb ik de testapparatuur.",
        ),
        FaqItem("Doe je ook lease- en bedrijfsfietsen?", "Ja, en ik stuur de rekening naar de leasemaatschappij."),
        FaqItem(
            "Kan ik mijn fiets laten graveren tegen diefstal?",
            "Ja, ik graveer je postcode en huisnummer in het frame voor € 7,50.",
        ),
    ],
)
ZAAL = BusinessProfile(
    name="Eetcafé Het Anker",
    kind="restaurant",
    signers=["Joke"],
    voice="wij",
    register="u",
    email="info@hetanker.nl",
    opening_hours="wo–zo 12:00–22:00",
    faq=[
        FaqItem("Kunnen we een zaaltje huren?", "Ja, de bovenverdieping is te huur voor 20 tot 50 personen."),
        FaqItem("Kunnen we reserveren?", "Ja, vanaf vier personen, telefonisch of via de site."),
        FaqItem("Zijn honden welkom?", "Ja, aangelijnde honden zijn overal welkom."),
    ],
)
VEGAN = BusinessProfile(
    name="Bakkerij Groen",
    kind="bakkerij",
    signers=["Lotte"],
    voice="wij",
    register="je",
    email="hoi@bakkerijgroen.be",
    opening_hours="di–za 7:00–17:00",
    faq=[
        FaqItem("Is alles vegan?", "Ja, alles in de winkel is volledig plantaardig, ook de taarten."),
        FaqItem("Bakken jullie je brood zelf?", "Ja, al ons brood bakken we zelf, elke nacht vers in ons atelier."),
    ],
)
CATERING = BusinessProfile(
    name="Toko Sari",
    kind="restaurant",
    signers=["Sari"],
    voice="wij",
    register="je",
    email="eten@tokosari.nl",
    opening_hours="wo–zo 16:00–21:00",
    faq=[
        FaqItem("Hoe pittig zijn jullie gerechten?", "Mild; de sambal staat apart op tafel."),
        FaqItem("Verzorgen jullie catering voor een feest?", "Ja, vanaf 15 personen; bestel twee weken van tevoren."),
    ],
)


def _draft(profile: BusinessProfile, text: str, outcome: str = "uitkomst_vraag_beantwoorden") -> str:
    return draft(profile, outcome, text, author="").text or ""


def test_a_brand_and_looking_at_it_ask_for_the_repair_of_all_brands() -> None:
    text = _draft(FIETSEN, "Mijn Batavus met een Yamaha motor piept bij elke trap, kan je daar even naar kijken?")
    assert "alle merken" in text and "vul in" not in text


def test_a_question_that_points_back_is_about_what_was_told_before() -> None:
    text = _draft(
        FIETSEN, "Mijn fiets is vorige maand gejat aan het station. Kan je daar iets op doen zodat ik hem terugkrijg?"
    )
    assert "graveer" in text and "vul in" not in text


def test_a_compound_said_once_counts_as_its_own_word() -> None:
    text = _draft(FIETSEN, "Hallo, ik rij op een leasefiets van mijn werk, mag ik daarmee bij jou langskomen?")
    assert "leasemaatschappij" in text


def test_a_separate_room_is_the_profiles_zaal() -> None:
    text = _draft(ZAAL, "We willen met 30 collega's een afscheid vieren. Hebben jullie een aparte ruimte?")
    assert "bovenverdieping" in text and "vul in" not in text


def test_a_second_question_answered_without_its_word_says_what_it_answers() -> None:
    text = _draft(ZAAL, "Mag onze hond mee naar binnen? En kunnen we vrijdag met zes reserveren?")
    assert "honden" in text and "vraag over reserveren: ja, vanaf vier personen" in text


def test_a_vegan_profile_sets_a_rumour_about_meat_straight() -> None:
    rumour = "Ik las dat Bakkerij Groen voortaan ook worst en kaasbroodjes verkoopt?? Zeg dat het niet waar is"
    text = _draft(VEGAN, rumour, "uitkomst_onwaarheid")
    assert "plantaardig" in text and "vul in" not in text


def test_a_supermarket_by_its_name_says_it_comes_from_elsewhere() -> None:
    text = _draft(VEGAN, "haha die 'ambachtelijke' broden van Groen komen gewoon van de Lidl", "uitkomst_onwaarheid")
    assert "zelf" in text and "vul in" not in text


def test_a_feest_is_also_a_wedding_and_the_spice_faq_stays_out() -> None:
    text = _draft(CATERING, "Kunnen jullie eten maken voor onze bruiloft? We verwachten zo'n 70 gasten.")
    assert "vanaf 15 personen" in text and "sambal" not in text


def test_the_whole_comment_tells_which_of_two_entries_a_question_means() -> None:
    text = _draft(CATERING, "Mijn ouders vieren hun jubileumfeest met 30 man. Verzorgen jullie ook het eten?")
    assert "vanaf 15 personen" in text and "sambal" not in text


KAPPER = BusinessProfile(
    name="Kapsalon Knip",
    kind="kapsalon",
    signers=["Ilse"],
    voice="ik",
    register="je",
    email="ilse@knip.nl",
    opening_hours="di–za 9:00–17:00",
    faq=[FaqItem("Wat kost een kinderknipbeurt?", "Een kinderknipbeurt kost € 16.")],
)
BAKFIETS = BusinessProfile(
    name="Bakfietsenhuis",
    kind="fietsenmaker",
    signers=["Daan"],
    voice="wij",
    register="je",
    email="daan@bakfietsenhuis.nl",
    opening_hours="di–za 10:00–18:00",
    return_terms="twee jaar garantie op nieuwe bakfietsen",
    faq=[
        FaqItem("Kan ik een bakfiets eerst proberen?", "Ja, een proefrit is gratis."),
        FaqItem("Hoe lang moet ik wachten op een nieuwe bakfiets?", "De meeste staan in de winkel."),
    ],
)


def test_the_childrens_price_is_no_answer_for_the_father() -> None:
    text = _draft(KAPPER, "Kan mijn vader ook een knipbeurt krijgen? We komen met de kleinkinderen.")
    assert "€ 16" not in text


def test_a_count_shares_nothing_with_a_profile_fact() -> None:
    text = _draft(BAKFIETS, "Mag ik de bakfiets even testen met mijn twee kinderen erin?")
    assert "garantie" not in text and "winkel" not in text


AAN_HUIS = BusinessProfile(
    name="Fietshulp Aan Huis",
    kind="fietsenmaker",
    signers=["Bram"],
    voice="ik",
    register="je",
    email="bram@fietshulp.be",
    opening_hours="ma–vr 8:00–18:00",
    delivery_terms="ik herstel aan huis in Lier en Duffel; verplaatsing € 10",
    faq=[
        FaqItem(
            "Herstel je ook e-bikes?",
            "Ja, alles behalve de motor en de accu; daarvoor stuur ik je naar je dealer.",
        ),
        FaqItem(
            "Heb je een vervangfiets?", "Ja, als je fiets mee moet naar de werkplaats, krijg je gratis een leenfiets."
        ),
    ],
)
FRITUUR = BusinessProfile(
    name="Frituur 't Hoekske",
    kind="restaurant",
    signers=["Lies"],
    voice="wij",
    register="je",
    email="info@hoekske.be",
    opening_hours="wo–zo 11:30–21:00",
    faq=[
        FaqItem("Bakken jullie in rundvet?", "Ja, de frieten bakken we in rundvet; de veggie snacks apart in olie."),
        FaqItem("Doen jullie ook feestjes?", "Ja, een frietkot aan huis vanaf 30 personen; bestel een maand vooraf."),
    ],
)


def test_at_home_and_the_faq_the_rest_is_about() -> None:
    text = _draft(
        AAN_HUIS, "Mijn Sparta e-bike tikt bij elke trap, iets met de motor denk ik. Kan je dat aan huis bekijken?"
    )
    assert "dealer" in text and "Lier" in text


def test_something_to_ride_meanwhile_is_a_loan_bike() -> None:
    text = _draft(
        AAN_HUIS, "Als mijn fiets mee moet naar je werkplaats, heb je dan iets waar ik intussen mee kan rijden?"
    )
    assert "leenfiets" in text and "vul in" not in text


def test_a_wish_then_can_it_is_a_second_question_answered() -> None:
    text = _draft(
        FRITUUR, "Bakken jullie in rundvet? Ik wil voor het feestje van mijn dochter bestellen voor 40 mensen, kan dat?"
    )
    assert "rundvet" in text and "vanaf 30 personen" in text


def test_english_fries_asked_vegan_are_answered_by_the_frying_fat() -> None:
    text = _draft(FRITUUR, "hey are the fries vegan? 🌱")
    assert "rundvet" in text


def test_a_follow_up_that_only_names_a_thing_is_acknowledged_with_the_first() -> None:
    text = _draft(ZAAL, "Hebben jullie een terras? En een parkeerplaats voor de camper?", "uitkomst_vraag_uitzoeken")
    assert "terras en een parkeerplaats voor de camper" in text


BRASSERIE = BusinessProfile(
    name="Brasserie De Kaai",
    kind="brasserie",
    signers=["Wim"],
    voice="wij",
    register="je",
    email="info@dekaai.be",
    phone="03 480 12 34",
    opening_hours="wo–zo 11:30–22:00",
    holidays="Pinkstermaandag: open, 11:30–21:00",
)


def test_a_group_coming_to_eat_is_told_to_book_ahead() -> None:
    text = _draft(BRASSERIE, "Zijn jullie open op Pinkstermaandag? We zijn met tien, met de kleinkinderen erbij.")
    assert "11:30" in text and "03 480 12 34" in text


def test_a_small_company_is_no_group_to_book_for() -> None:
    text = _draft(BRASSERIE, "Zijn jullie open op Pinkstermaandag? We zijn met vier.")
    assert "03 480 12 34" not in text


KOFFIEBAR = BusinessProfile(
    name="Bakkerij & Koffiebar Vos",
    kind="bakkerij",
    signers=["An"],
    voice="wij",
    register="je",
    email="an@bakkerijvos.be",
    opening_hours="di–za 7:00–18:00, zo 7:00–12:00; koffiebar wo–za 9:00–16:00",
)


def test_a_part_with_hours_of_its_own_is_answered_with_them() -> None:
    text = _draft(KOFFIEBAR, "We komen zondag naar Brugge. Kunnen we dan een koffie drinken in jullie koffiebar?")
    assert "wo–za 9:00–16:00" in text
    text = _draft(KOFFIEBAR, "Kan je in de koffiebar ook iets kleins eten?")
    assert "wo–za 9:00–16:00" in text


KOFFIEBAR_FAQ = BusinessProfile(
    name="Bakkerij & Koffiebar Vos",
    kind="bakkerij",
    signers=["An"],
    voice="wij",
    register="je",
    email="an@bakkerijvos.be",
    opening_hours="di–za 7:00–18:00; koffiebar wo–za 9:00–16:00",
    faq=[FaqItem("Moet ik reserveren voor de koffiebar?", "Nee, behalve met meer dan zes personen.")],
)


def test_when_a_part_is_open_is_not_answered_by_a_faq_about_that_part() -> None:
    text = _draft(KOFFIEBAR_FAQ, "Hoe laat gaat de koffiebar open op woensdag?")
    assert "9:00" in text and "zes personen" not in text


KRULLEN = BusinessProfile(
    name="Krulstudio Mila",
    kind="kapsalon",
    signers=["Mila"],
    voice="ik",
    register="je",
    email="mila@krulstudio.nl",
    opening_hours="di–za 9:00–17:00, vr tot 20:30",
    faq=[
        FaqItem("Knip je droog?", "Ja, ik knip krullen droog; kom met schoon haar zonder producten."),
        FaqItem("Hoe lang duurt een knipbeurt?", "Reken op anderhalf uur."),
    ],
)


def test_the_first_of_two_questions_is_answered_on_its_own_words() -> None:
    text = _draft(
        KRULLEN, "Moet ik mijn haar eerst wassen of doe jij dat? En ik werk tot half zes, kan het ook savonds?"
    )
    assert "schoon haar" in text and "20:30" in text
