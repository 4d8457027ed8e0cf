"""What a question is for is said back: the service or product the writer comes for beside the day asked
('... wil graag vlechtjes'), with its occasion; a writer who moved house asks no address; every thing asked in a
'we zoeken het uit' draft is named (app/domain/draft_purpose.py, app/nlp/topic_moved.py, draft_questions.py).
Shops and sentences of our own."""

from __future__ import annotations

from app.domain.draft_purpose import purpose_of, sought_for, work_wanted
from app.domain.draft_questions_about import asked_about_all
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft_text

_ANSWER = "uitkomst_vraag_beantwoorden"

SALON = BusinessProfile(
    name="Kapsalon Lok",
    kind="kapsalon",
    signers=["Ineke"],
    voice="ik",
    register="je",
    opening_hours="di–vr 9:00–17:30, za 8:30–14:00; zondag en maandag gesloten",
    address="Kerkstraat 4, 5701 AB Helmond",
)
BAKERY = BusinessProfile(
    name="Bakkerij Kruim",
    kind="bakkerij",
    signers=["Greet"],
    voice="wij",
    register="u",
    opening_hours="ma–za 7:00–18:00; zondag 8:00–12:00",
    address="Markt 9, 3300 Tienen",
)


def test_the_service_wanted_beside_a_day_is_said_back_with_its_occasion() -> None:
    for text, want in (
        ("Zijn jullie zaterdag open? Mijn dochter doet haar communie en wil graag vlechtjes.", "Vlechtjes voor de"),
        ("ben je zaterdag open?? mn dochter heeft haar vormsel en wil graag een knotje met bloemen", "Een knotje voor"),
        ("Open op zaterdag? Wij willen graag een bruidskapsel voor mijn zus haar trouw", "Een bruidskapsel"),
    ):
        reply = draft_text(SALON, _ANSWER, text)
        assert want in reply, reply
        assert "[vul in:" not in reply and reply.count("plezier") <= 1, reply


def test_a_product_wanted_for_a_feast_names_the_feast() -> None:
    for text in (
        "Zijt ge open op zondag? Ik wil een rijstevlaai halen voor Sinterklaas bij mijn oma.",
        "Bent u zondag open? Ik wil graag een rijstevlaai bestellen voor Sinterklaas.",
    ):
        reply = draft_text(BAKERY, _ANSWER, text)
        assert "rijstevlaai voor Sinterklaas" in reply, reply


def test_no_purpose_line_without_a_thing_wanted() -> None:
    for text in (
        "Zijn jullie zaterdag open? Ik wil graag langskomen.",
        "Ben je zaterdag open? Wil even weten.",
        "Zijn jullie zaterdag open? Wil nog taarten halen.",  # a thing for no occasion: nothing new to say back
    ):
        assert purpose_of(text, analyse_topics(text), "") == "", text


def test_a_writer_who_moved_asks_no_address() -> None:
    for text in (
        "Net vanuit Eindhoven naar Helmond verhuisd 🙂 @kapsalonlok doen jullie ook balayage?",
        "Wij zijn pas verhuisd. Doen jullie ook permanent?",
        "ik ben net verhuisd, knip je ook mannen?",
    ):
        reply = draft_text(SALON, _ANSWER, text)
        assert "Kerkstraat" not in reply, reply
    assert "adres" in analyse_topics("Zijn jullie verhuisd? Ik kon jullie niet vinden.").subjects


def test_every_thing_asked_is_named_in_the_promise() -> None:
    asked = ["@kapsalonlok doen jullie ook skin fades en baard trimmen?", "En wat kost een knipbeurt voor een kind?"]
    assert asked_about_all(asked) == "skin fades en baard trimmen en een knipbeurt voor een kind"
    assert asked_about_all(["Doen jullie ook balayage?", "En wat is het adres?"]) == "balayage"


def test_an_english_question_for_a_feast_ahead_names_the_feast() -> None:
    for text, feast in (
        ("Do you take walk-ins on Saturday? My son needs a haircut before his first communion 🙏", "communion"),
        ("hi! can you do an updo? it's for my sister's confirmation next month", "confirmation"),
        ("Do you do kids cuts? Need one for our baby's christening in June.", "christening"),
    ):
        reply = draft_text(SALON, _ANSWER, text, platform="instagram")
        assert feast in reply, reply
    past = draft_text(SALON, _ANSWER, "Do you do kids cuts? His first communion was lovely last week.", "instagram")
    assert "communion" not in past, past


SHOP = BusinessProfile(name="Tweewieler Spaak", kind="fietsenwinkel", signers=["Ruud"], voice="ik", register="je")


def test_luck_wished_back_names_what_it_is_for() -> None:
    for text, want in (
        (
            "Ruud heeft nog snel de band geplakt want mijn zoon heeft morgen zijn zwemwedstrijd. Duimen voor Bram!",
            "zwemwedstrijd",
        ),
        ("Top service!! mn dochter heeft zaterdag d'r fietsexamen, succes Noor 🍀", "haar fietsexamen"),
        ("Bedankt voor het snelle werk, ze heeft vrijdag haar praktijkexamen. Duim voor Lotte!", "haar praktijkexamen"),
    ):
        reply = draft_text(SHOP, "uitkomst_bedank_publiek", text, platform="instagram")
        assert want in reply, reply
    plain = draft_text(SHOP, "uitkomst_bedank_publiek", "Snel gemaakt, dankjewel! Duimen voor Isa!", "instagram")
    assert "Isa" in plain and " met " not in plain.split("Isa")[1][:6], plain


def test_a_recording_or_interview_the_service_was_for_is_named() -> None:
    for text, want in (
        ("Ineke deed speciaal om 7u open zodat ik op tijd was voor mijn tv-opname. Topzaak!", "tv-opname"),
        ("Dankzij Ineke zat mijn haar perfect voor mijn televisieopname gisteren 📺", "opname"),
        ("Super geknipt voor mijn interview bij de lokale radio, bedankt!", "interview"),
    ):
        reply = draft_text(SALON, "uitkomst_bedank_publiek", text, platform="linkedin", author="Bram Smit")
        assert want in reply.lower(), reply
    assert analyse_topics("Na mijn opname in het ziekenhuis kon ik eindelijk weer naar Ineke.").occasion != "optreden"


def test_mama_or_oma_called_by_name_is_the_writers_own() -> None:
    for text, who in (
        ("Ineke knipte mij voor de doop en mama kreeg er nog een brushing bij. Dankjewel!", "mama"),
        ("Oma was zo blij met haar nieuwe kapsel, ze liep de hele dag te stralen 🥰", "oma"),
    ):
        assert who in analyse_topics(text).people, text
    assert "oma" not in analyse_topics("Zijn oma vond het mooi, zei Ineke.").people


def test_a_reported_move_is_the_business_moving() -> None:
    for text in (
        "Ik hoorde dat Kapsalon Mira gaat verhuizen naar Lier?",
        "Wij lazen dat de zaak verhuist, klopt dat?",
        "Ik heb gehoord dat ze verhuizen naar het centrum",
    ):
        assert "adres" in analyse_topics(text).subjects, text


def test_the_work_wanted_on_the_writers_own_thing_is_found() -> None:
    said = "Ben je zaterdag open? Wil m'n fietsverlichting laten nakijken, de achterlamp doet het maar half."
    assert work_wanted(said, "je") == "je fietsverlichting laten nakijken"
    assert work_wanted("Zijn jullie maandag open? Ik wil mijn taart laten bezorgen.", "u") == ""
    assert work_wanted("Wil je mijn fiets laten nakijken?", "je") == ""  # asked, not told


# What the writer looks for and for whom of theirs, in a sentence beside the question (r113, session 33): said back
# as a welcome to come and look, also beside an open place the owner fills in. Shops and sentences of our own.
BIKES = BusinessProfile(name="Rijwielen Stam", kind="fietsenmaker", signers=["Joop"], voice="ik", register="je")


def test_what_the_writer_looks_for_and_for_whom_is_said_back() -> None:
    text = "Hebben jullie ook gebruikte fietsen? Zoek een stevige transportfiets voor mijn zoon, budget 300 euro."
    assert sought_for(text, analyse_topics(text), "je") == "een stevige transportfiets voor je zoon"
    reply = draft_text(BIKES, "uitkomst_vraag_uitzoeken", text)
    assert "een stevige transportfiets voor je zoon" in reply, reply


def test_a_search_for_nobody_named_or_in_a_question_is_not_said_back() -> None:
    for text in (
        "Hebben jullie gebruikte fietsen? Zoek een stevige transportfiets.",
        "Zoeken jullie nog een monteur voor mijn broer?",
    ):
        assert sought_for(text, analyse_topics(text), "je") == "", text


def test_a_faq_price_the_writer_did_not_ask_does_not_ride_along_with_a_day() -> None:
    salon = BusinessProfile(
        name="Kapsalon Knip",
        kind="kapper",
        signers=["Ilse"],
        voice="wij",
        register="u",
        opening_hours="di–za 9:00–17:00",
        holidays="24 december: 9:00–13:00",
        faq=[FaqItem("Knippen jullie heren?", "Ja, heren knippen we voor € 24; op woensdag ook zonder afspraak.")],
    )
    draft = draft_text(
        salon, _ANSWER, "Zijn jullie op 24 december open? Mijn man wil nog geknipt worden voor een feest."
    )
    assert "€ 24" not in draft and "9:00–13:00" in draft, draft
    asked = draft_text(salon, _ANSWER, "Wat kost het knippen van een heer? Mijn man wil nog geknipt worden.")
    assert "€ 24" in asked, asked


def test_a_thing_wanted_for_a_funeral_gets_no_wish_for_a_nice_day() -> None:
    text = "Bent u zondag open? We willen broodjes halen voor de koffietafel na de uitvaart van mijn tante."
    reply = draft_text(BAKERY, _ANSWER, text)
    assert "plezier" not in reply and "fijne dag" not in reply, reply
