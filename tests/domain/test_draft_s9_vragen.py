"""Questions and rumours matched to the profile on what the writer actually asked (session 9). Every
test uses businesses and sentences of its own, not those of a benchmark round."""

from __future__ import annotations

from app.domain.draft_questions import asked_about, own_subject
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics

ANSWER = "uitkomst_vraag_beantwoorden"
LATER = "uitkomst_vraag_uitzoeken"

TRIMSALON = BusinessProfile(
    name="Trimsalon Vachtje",
    kind="trimsalon",
    signers=["Noor"],
    voice="ik",
    register="je",
    email="noor@vachtje.nl",
    opening_hours="di–za 9:00–17:00",
    faq=[FaqItem("Mogen kinderen mee naar binnen?", "Ja, kinderen mogen gezellig meekijken in de wachtruimte.")],
)
BOEKHANDEL = BusinessProfile(
    name="Boekhandel De Ezelsoor",
    kind="boekhandel",
    signers=["Wout"],
    voice="wij",
    register="u",
    email="info@ezelsoor.be",
    opening_hours="ma–za 9:30–18:00",
    faq=[FaqItem("Zijn kinderen welkom bij de voorleesochtend?", "Zeker, elke woensdag om 10:00 voor kinderen tot 8.")],
)
GARAGE = BusinessProfile(
    name="Garage Peeters",
    kind="garage",
    signers=["Jef"],
    voice="wij",
    register="u",
    email="jef@garagepeeters.be",
    opening_hours="ma–vr 8:00–18:00",
    faq=[FaqItem("Krijg ik een vervangwagen?", "Ja, € 15 per dag; reserveer hem bij uw afspraak")],
)


def _draft(profile: BusinessProfile, outcome: str, text: str, platform: str = "facebook") -> str:
    made = Drafter(profile, analyser=analyse_topics).draft(outcome, text, author="Sanne", platform=platform)
    return made.text or ""


# ------------------------------------------------------- what a question is about, as the writer named it


def test_the_writers_own_subject_is_what_is_asked_about() -> None:
    assert own_subject(["mag mijn kat ook mee naar binnen??"], "je") == "je kat"
    assert own_subject(["Kan onze oma gewoon mee met de rolator?"], "uw") == "uw oma"
    assert own_subject(["Hallo! Mogen onze kids mee 😊"], "je") == "je kids"
    # a name is no thing to look up: 'onze Max' is not named as 'je Max'
    assert own_subject(["mag onze Bobby mee?"], "je") == ""
    assert own_subject(["Zijn jullie zaterdag open?"], "je") == ""
    # what they may do, not whether they may come: the question is about the rabbits
    assert own_subject(["Mag mijn zoon de konijnen voeren?"], "je") == ""


def test_a_thing_worked_with_or_asked_in_flemish_is_named() -> None:
    assert asked_about(["Werken jullie met biologische verf?"]) == "biologische verf"
    assert asked_about(["doet ge ook aan kleuradvies?"]) == "kleuradvies"
    assert asked_about(["Doet gij ook bloemstukken voor een uitvaart?"]) == "bloemstukken voor een uitvaart"
    assert asked_about(["Werkt u met cadeaubonnen van de VVV"]) == "cadeaubonnen van de VVV"
    # the particle of a separable verb goes with the verb, not with the thing
    assert asked_about(["Nemen jullie ook oude matrassen mee?"]) == "oude matrassen"
    assert asked_about(["Kan ik bij jullie iets kopen?"]) == ""
    assert asked_about(["Werken jullie op zaterdag?"]) == ""


def test_a_faq_about_someone_else_does_not_answer_a_question_about_the_writers_own() -> None:
    # 'mee naar binnen' is shared, but the FAQ is about children and the writer asks about their rabbit
    text = _draft(TRIMSALON, ANSWER, "mag mijn konijn mee naar binnen als ik de hond kom brengen?")
    assert "kinderen" not in text and "vul in" in text, text
    text = _draft(BOEKHANDEL, ANSWER, "Goeiemorgen, zijn honden welkom? Mag onze puppy mee naar binnen 🐶")
    assert "voorleesochtend" not in text and "woensdag" not in text, text
    # who the FAQ is about is who the writer brings: then it answers
    text = _draft(TRIMSALON, ANSWER, "Mag mijn dochtertje mee naar binnen? Ze vindt honden zo leuk")
    assert "meekijken" in text, text


def test_what_cannot_be_answered_yet_is_named_in_the_promise_to_find_out() -> None:
    text = _draft(GARAGE, LATER, "Werken jullie met elektrische laadpalen? Ik rij sinds kort elektrisch", "x")
    assert "elektrische laadpalen" in text and "vul in" in text, text
    text = _draft(TRIMSALON, LATER, "doet ge ook aan kattentrimmen? onze perzik heeft last van klitten")
    assert "kattentrimmen" in text, text
    text = _draft(BOEKHANDEL, LATER, "Mag onze kat mee naar binnen? Ze reist overal mee in een tas")
    assert "uw kat" in text, text


# ------------------------------------------------- the comment around a question: who it is for, and when

KAASWINKEL = BusinessProfile(
    name="Kaashuis Meijer",
    kind="kaaswinkel",
    signers=["Ans"],
    voice="wij",
    register="je",
    email="ans@kaashuismeijer.nl",
    opening_hours="di–za 8:30–17:30",
    holidays="tweede paasdag: dicht; Koningsdag: 9:00–13:00",
    faq=[
        FaqItem(
            "Hebben jullie lactosevrije kaas?",
            "Ja, oude Goudse is van nature lactosevrij; vraag ernaar aan de toonbank.",
        ),
        FaqItem(
            "Maken jullie kaasplanken?", "Ja, een kaasplank bestel je twee dagen van tevoren, vanaf € 6 per persoon."
        ),
    ],
)
IJSSALON = BusinessProfile(
    name="IJssalon Gelato",
    kind="ijssalon",
    signers=["Luca"],
    voice="wij",
    register="u",
    email="ciao@gelato.be",
    opening_hours="dagelijks 12:00–22:00",
    holidays="Pinksteren: 11:00–23:00",
    faq=[FaqItem("Hebben jullie veganistisch ijs?", "Ja, al onze sorbets zijn veganistisch.")],
)


def test_who_a_question_is_for_and_when_do_not_dilute_what_it_is_about() -> None:
    # the question itself ('kan ik daar iets voor halen') names nothing; the comment names what it is about
    text = _draft(
        KAASWINKEL,
        ANSWER,
        "mijn schoonvader is lactose intolerant en komt volgende maand logeren. kan ik bij jullie iets halen?",
    )
    assert "lactosevrij" in text and "vul in" not in text, text
    text = _draft(
        IJSSALON,
        ANSWER,
        "Onze dochter is veganist en komt vorige week ... nee volgende week thuis. Kunnen we bij jullie iets eten?",
    )
    assert "sorbets" in text, text


def test_a_holiday_that_only_says_when_the_writer_comes_does_not_answer_another_question() -> None:
    text = _draft(
        KAASWINKEL,
        ANSWER,
        "Mijn neef komt met Koningsdag, hij kan niet tegen lactose. Hebben jullie kaas die hij wel mag?",
    )
    assert "lactosevrij" in text and "13:00" not in text, text
    text = _draft(
        IJSSALON, ANSWER, "Met Pinksteren komt mijn vriendin langs, zij eet vegan. Welk ijs kan zij bij jullie nemen?"
    )
    assert "sorbets" in text and "23:00" not in text, text
    # a question about the day itself, or one that points back at it, gets the day's hours
    text = _draft(KAASWINKEL, ANSWER, "Zijn jullie op Koningsdag open? Ik wil een kaasplank halen", "instagram")
    assert "13:00" in text, text
    text = _draft(
        IJSSALON,
        ANSWER,
        "Wij komen met Pinksteren naar Oostende. Kan dat bij jullie en hebben jullie dan ook vegan ijs?",
    )
    assert "23:00" in text, text


# ------------------------------------------------------------ a rumour set straight by the profile's FAQ

RUMOUR = "uitkomst_onwaarheid"
SPORTSCHOOL = BusinessProfile(
    name="Sportschool Fit4U",
    kind="sportschool",
    signers=["Kevin"],
    voice="wij",
    register="je",
    email="info@fit4u.nl",
    opening_hours="ma–vr 7:00–22:00, za–zo 9:00–14:00",
    faq=[FaqItem("Hebben jullie lessen voor dames?", "Ja, elke maandag en donderdag om 19:00 een ladies-only les.")],
)
BARBIER = BusinessProfile(
    name="Barbershop Snor",
    kind="kapper",
    signers=["Mo"],
    voice="ik",
    register="je",
    email="mo@snor.nl",
    opening_hours="di–za 10:00–19:00",
    faq=[FaqItem("Knip je ook vrouwen?", "Ja, een korte coupe voor vrouwen kost € 24.")],
)
TEGELZETTER = BusinessProfile(
    name="Tegelwerken Jansen",
    kind="tegelzetter",
    signers=["Ruud"],
    voice="wij",
    register="u",
    email="ruud@tegeljansen.nl",
    opening_hours="ma–vr 7:30–16:30",
    faq=[
        FaqItem(
            "Leggen jullie de tegels zelf?",
            "Ja, al onze vloeren leggen we met eigen vakmensen, nooit met onderaannemers.",
        )
    ],
)


def test_men_and_women_are_one_word_each_whatever_the_writer_calls_them() -> None:
    text = _draft(
        SPORTSCHOOL, RUMOUR, "Klopt het dat er bij Fit4U geen lessen voor vrouwen meer zijn?? 😮", "instagram"
    )
    assert "ladies-only" in text and "vul in" not in text, text
    text = _draft(
        BARBIER,
        RUMOUR,
        "hoorde dat Snor alleen nog mannen knipt, jammer want de dames van m'n werk gingen er graag heen",
    )
    assert "€ 24" in text and "vul in" not in text, text


def test_a_verb_the_writer_conjugates_is_the_faq_question_s_verb() -> None:
    # 'legt' is 'leggen': the FAQ about laying the tiles themselves sets the rumour straight
    text = _draft(
        TEGELZETTER,
        RUMOUR,
        "Ik hoorde dat Jansen de tegels niet meer zelf legt, alles gaat naar onderaannemers uit Polen.",
    )
    assert "eigen vakmensen" in text and "vul in" not in text, text


def test_a_rumour_said_of_the_business_by_name_is_quoted_for_the_owner_and_not_denied() -> None:
    from app.domain.draft_claims import named_claim

    said = named_claim(
        "Trimsalon Vachtje scheert elke hond kaal, ook als je dat niet wil!! 😡", "Trimsalon Vachtje", "trimsalon"
    )
    assert said == "Trimsalon Vachtje scheert elke hond kaal, ook als je dat niet wil"
    said = named_claim(
        "Nieuws uit Lier: Ezelsoor verkoopt alleen nog tweedehands boeken. #lier", "Boekhandel De Ezelsoor"
    )
    assert said == "Ezelsoor verkoopt alleen nog tweedehands boeken"
    assert named_claim("Weet iemand of Jansen nog open is?", "Tegelwerken Jansen") == ""
    text = _draft(GARAGE, RUMOUR, "Garage Peeters rekent gewoon 50 euro extra voor een vervangwagen, pas op mensen")
    assert "‘Garage Peeters rekent gewoon 50 euro extra" in text and "klopt niet" not in text, text


def test_the_hours_of_a_day_do_not_refute_a_closing_for_good() -> None:
    # the profile is open on Koningsdag, which says nothing of closing down from that day on
    text = _draft(KAASWINKEL, RUMOUR, "Kaashuis Meijer stopt ermee na Koningsdag, de eigenaar gaat met pensioen.")
    assert "13:00" not in text and "vul in" in text and "klopt niet" not in text, text
    text = _draft(IJSSALON, RUMOUR, "Gelato gaat met Pinksteren dicht, failliet 😢 zonde van dat lekkere ijs")
    assert "23:00" not in text and "vul in" in text, text


BLOEMIST = BusinessProfile(
    name="Bloemenatelier Roos",
    kind="bloemist",
    signers=["Roos"],
    voice="ik",
    register="je",
    email="roos@atelierroos.nl",
    opening_hours="di–za 9:00–17:30",
    accessibility="gelijkvloers, met een brede deur",
    parking="gratis parkeren achter de winkel",
    faq=[
        FaqItem(
            "Geven jullie workshops voor groepen?", "Ja, een workshop voor 6 tot 12 personen kost € 35 per persoon."
        )
    ],
)


def test_a_question_that_points_back_at_all_it_said_gets_the_profile_fact_for_each_need() -> None:
    text = _draft(
        BLOEMIST,
        ANSWER,
        "We willen met een groep van 8 een workshop doen, mijn moeder zit in een rolstoel. Kan dat allemaal?",
    )
    assert "€ 35" in text and "gelijkvloers" in text, text
    text = _draft(
        BLOEMIST,
        ANSWER,
        "workshop voor 10 collega's, en we komen met de auto en willen parkeren. lukt dat?",
        "instagram",
    )
    assert "€ 35" in text and "gratis parkeren" in text, text
    # a question about the workshop alone gets no word about the door
    text = _draft(
        BLOEMIST, ANSWER, "Mijn oma zit in een rolstoel en wil graag een workshop. Wat kost een workshop voor groepen?"
    )
    assert "€ 35" in text and "gelijkvloers" not in text, text


def test_someone_a_rumour_is_about_is_welcomed_after_the_fact_but_not_who_told_it() -> None:
    text = _draft(
        BLOEMIST,
        RUMOUR,
        "Jammer dat je bij Roos niet binnenkomt met een rolstoel. Mijn oma zit in een rolstoel, ze houdt van bloemen.",
    )
    assert "gelijkvloers" in text and "Je oma is" in text, text
    text = _draft(
        BLOEMIST, RUMOUR, "Mijn buurvrouw zegt dat Bloemenatelier Roos niet toegankelijk is voor rolstoelen, klopt dat?"
    )
    assert "gelijkvloers" in text and "buurvrouw" not in text, text
    text = _draft(
        BLOEMIST,
        RUMOUR,
        "Volgens mijn zus kom je met een rolstoel niet binnen bij Roos. Mijn vader zit in een rolstoel 😕",
    )
    assert "Je vader is" in text and "zus" not in text, text


DRUKKER = BusinessProfile(
    name="Drukkerij Inkt",
    kind="drukkerij",
    signers=["Tess"],
    voice="wij",
    register="je",
    email="tess@inkt.nl",
    opening_hours="ma–vr 8:30–17:00",
    faq=[
        FaqItem(
            "Drukken jullie ook fotokalenders?", "Ja, een fotokalender is binnen vijf werkdagen klaar; vanaf € 19,95."
        ),
        FaqItem("Kan ik zelf langskomen?", "Ja, de balie is open tijdens de openingstijden."),
    ],
)


def test_a_question_of_a_kind_is_answered_by_the_one_faq_of_that_kind_about_the_thing_named() -> None:
    # 'hoe lang van tevoren' / 'wat kost' is answered by the FAQ that says how far ahead / a price, when
    # the comment names its thing, also as the head of the FAQ's compound ('kalender' ~ 'fotokalender')
    text = _draft(
        DRUKKER,
        ANSWER,
        "Ik wil een kalender met foto's van de kleinkinderen voor oma. hoe lang van tevoren moet ik dat regelen?",
    )
    assert "vijf werkdagen" in text and "vul in" not in text, text
    text = _draft(
        DRUKKER, ANSWER, "Zo'n kalender met onze vakantiekiekjes erop, wat kost dat ongeveer? 📅", "instagram"
    )
    assert "€ 19,95" in text, text
    # a price question about a thing no FAQ names gets no price of another thing
    text = _draft(DRUKKER, ANSWER, "We willen 500 flyers voor de opening van onze zaak. Wat kost dat?")
    assert "€ 19,95" not in text, text


def test_a_conjugated_verb_is_its_synonym_too() -> None:
    from app.domain.draft_facts import same_words

    # 'verhuurt' is 'verhuur' with the -t of the present tense: the same word as 'rent' and 'huren'
    assert same_words(["verhuurt"]) == same_words(["rent"]) == same_words(["verhuren"])
    botenverhuur = BusinessProfile(
        name="Sloepverhuur De Plas",
        kind="botenverhuur",
        signers=["Kees"],
        voice="wij",
        register="je",
        email="kees@deplas.nl",
        opening_hours="dagelijks 10:00–18:00",
        faq=[
            FaqItem("Verhuurt u ook kano's?", "Ja, een kano kost € 25 per dagdeel."),
            FaqItem("Repareert u ook boten?", "Nee, alleen onze eigen vloot."),
        ],
    )
    for said in (
        "Kunnen we bij jullie een kano huren voor een middagje? 🛶",
        "hoi, is er bij jullie een kano te huur?",
    ):
        text = Drafter(botenverhuur, analyser=analyse_topics).draft(ANSWER, said, author="Sam", platform="instagram")
        assert "€ 25" in (text.text or ""), text.text


def test_a_price_question_is_not_answered_by_the_price_of_another_thing() -> None:
    """'hoeveel kost dat?' about a thing the FAQ does not name shares only the asking words with a price FAQ."""
    from app.domain.draft_asked import in_kind
    from app.domain.profile import FaqItem

    faq = [FaqItem(question="Wat kost een wasbeurt voor kleine honden?", answer="Kleine honden wassen we voor € 25.")]
    words = str.split
    asked = ("doen jullie ook nagels knippen bij katten, hoeveel kost dat ongeveer?",)
    assert in_kind(asked, faq, ["nagels", "knippen", "katten", "hoeveel", "kost"], words) is None
    asked = ("en wat kost een wasbeurt dan voor mijn teckel?",)
    assert in_kind(asked, faq, ["wasbeurt", "teckel", "wat", "kost"], words) is not None
