"""Whole-pipeline drafts for complaints: the fault, the person it happened to, the occasion it spoiled, staff
behaviour, warranties and grave cases."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from app.domain.draft_come_back import come_back_day
from app.domain.draft_complaint import channel_tried
from app.domain.draft_complaint_cancel import cancel_rule, cancelled_by_writer, ill_reason
from app.domain.draft_events import appointment_event, asks_more, day_said, effort_made
from app.domain.draft_grave import grave
from app.domain.draft_jokes import shipped_complaint_cues
from app.domain.draft_questions import addressed_question
from app.domain.draft_times import agreed_and_delivered, booked_and_served, booked_for
from app.domain.draft_wellbeing import cannot_call, theirs_hurt
from app.domain.draft_wishes import wishes
from app.domain.drafting import Draft, Drafter
from app.domain.profile import BusinessProfile, FaqItem
from app.domain.topics import shipped_topic_data
from app.nlp.details import extract
from app.nlp.topics import analyse_topics
from tests.domain.businesses import (
    BAKKERIJ_GRAAN,
    BARBIER_ALI,
    BLOEMERIE_IRIS,
    EETCAFE_DE_LINDE,
    GARAGE_DEKKER,
    GARAGE_STAM,
    GARAGE_VOS,
    IJSSALON_VENEZIA,
    KAPSALON_KNIP,
    NAGELBAR_GLOW,
    PRINTSHOP_LETTERZETTER,
    SCOOTERHUIS_VAN_DAM,
    SNACKBAR_DE_HOEK,
    TRIMSALON_VACHTJE,
    TRIMSALON_WOLK,
)
from tests.domain.drafts import draft, draft_text

# Complaints and safety drafts read right (issue #13, fixer c23): a make of bike is never asked after as a person
# and the part that came loose is named; 'op spoed' (the Flemish emergency room) is grave; a voucher refused at the
# till is a complaint, not a rumour; pieces missing from an order are said back with their count. Businesses and
# sentences of our own, not a round's.
_SAFETY = "uitkomst_herstel"

TWEEWIELER = BusinessProfile(
    name="Tweewielers Vandamme", kind="fietsenmaker", signers=["Stijn"], voice="ik", register="je", phone="09 222 33 44"
)
KOERS = BusinessProfile(
    name="Koersfietsen Van Dijk", kind="fietsenmaker", signers=["Mark"], voice="wij", register="u", phone="0570-223344"
)
BISTRO = BusinessProfile(
    name="Bistro De Kade", kind="restaurant", signers=["Ilse"], voice="wij", register="u", phone="0591-224466"
)
BAKKER = BusinessProfile(
    name="Bakkerij Hulst", kind="bakkerij", signers=["Aad"], voice="wij", register="je", email="bestel@hulst.nl"
)


@pytest.mark.parametrize(
    ("profile", "text", "part"),
    [
        (
            TWEEWIELER,
            "Mijn Bianchi vorige week binnengebracht voor een onderhoud. Zondag komt mijn rechtercrank los in de "
            "afdaling, gevallen, 4 hechtingen in mijn elleboog. Wie heeft daar aan gewerkt?",
            "rechtercrank",
        ),
        (
            KOERS,
            "Mijn Cannondale net terug van een grote beurt en de linkercrank zat gewoon niet vast. Gevallen op de "
            "dijk, gebroken pols.",
            "linkercrank",
        ),
    ],
)
def test_a_make_is_never_asked_after_and_the_part_is_named(profile: BusinessProfile, text: str, part: str) -> None:
    draft = draft_text(profile, _SAFETY, text)
    assert "Bianchi" not in draft and "Cannondale" not in draft, draft
    assert part in draft, draft


@pytest.mark.parametrize(
    "text",
    [
        "Op spoed zeggen ze dat het een allergische reactie is.",
        "we moesten naar spoed met ons dochtertje",
        "Hij is gisteren op spoedgevallen beland na jullie mosselen.",
    ],
)
def test_the_flemish_emergency_room_is_grave(text: str) -> None:
    assert grave(text)


@pytest.mark.parametrize(
    "text",
    ["Kan dit met spoed geleverd worden?", "Is er een spoedlevering mogelijk?", "Op spoed levering rekenen we niet."],
)
def test_haste_is_not_the_emergency_room(text: str) -> None:
    assert not grave(text)


def test_an_allergy_ending_on_spoed_opens_seriously() -> None:
    text = "Na het verven jeuk en mijn oren dik opgezwollen, op spoed zeiden ze allergische reactie op de verf."
    kapper = BusinessProfile(name="Kapsalon Nora", kind="kapper", signers=["Nora"], voice="wij", register="je")
    draft = draft_text(kapper, _SAFETY, text)
    assert "Wat schrikken" not in draft and "Wat een schrik" not in draft, draft


@pytest.mark.parametrize(
    ("text", "voucher"),
    [
        ("Waardebon van €50 gekregen, bij het afrekenen hoorde ik dat hij 'ongeldig' was. Schandalig.", "waardebon"),
        ("aan de kassa hoorde ik dat mijn cadeaukaart verlopen was, na amper een jaar??", "cadeaukaart"),
        ("MIJN CADEAUBON WERD GEWEIGERD. Niet meer geldig zeiden ze. Nooit meer.", "cadeaubon"),
    ],
)
def test_a_voucher_refused_is_a_complaint_not_a_rumour(text: str, voucher: str) -> None:
    draft = draft_text(BISTRO, "uitkomst_herstel", text)
    assert "klopt niet" not in draft, draft
    assert voucher in draft.lower(), draft


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Taart en saucijzenbroodjes besteld, thuis bleken er 3 saucijzenbroodjes te missen.", "3 saucijzenbroodjes"),
        ("Er ontbraken gewoon twee tompouces in de doos. Slordig.", "twee tompouces"),
        ("zes krentenbollen te weinig in de zak, en ik had ze nog wel besteld", "zes krentenbollen"),
    ],
)
def test_pieces_missing_are_said_with_their_count(text: str, said: str) -> None:
    draft = draft_text(BAKKER, "uitkomst_herstel", text)
    assert said in draft, draft


@pytest.mark.parametrize(
    ("text", "dish"),
    [
        ("In de kramiek zat een stuk blauwe plastic mee ingebakken. Mijn zoon had het al in zijn mond!", "kramiek"),
        ("in het rozijnenbrood zat een stukje glas, gelukkig op tijd gezien", "rozijnenbrood"),
    ],
)
def test_the_bake_the_thing_was_in_is_named(text: str, dish: str) -> None:
    bakker = BusinessProfile(name="Bakkerij Maes", kind="bakkerij", signers=["Els"], voice="wij", register="u")
    draft = draft_text(bakker, _SAFETY, f"Ook koffiekoeken gekocht. {text}")
    assert dish in draft, draft
    assert "plastic mee" not in draft, draft


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Met 6 man gegeten, 4 zijn ziek geworden van de mosselen. Mijn moeder van 81 moest zelfs naar de huisarts.",
            "uw moeder van 81",
        ),
        ("Na jullie kip allemaal ziek, ons vader moest vannacht bij de wachtdokter.", "uw vader"),
    ],
)
def test_someone_who_needed_the_doctor_is_named(text: str, who: str) -> None:
    draft = draft_text(BISTRO, _SAFETY, text)
    assert who in draft, draft


@pytest.mark.parametrize(
    ("text", "dish"),
    [
        (
            "Met ons achten gegeten. Vijf hadden de garnalen als voorgerecht en die vijf waren ziek. De rest: niks.",
            "garnalen",
        ),
        (
            "kerstmenu bij jullie gegeten, wie de zalm nam lag de hele nacht te kotsen. Wie zonder zalm at: niks",
            "zalm",
        ),
    ],
)
def test_the_dish_only_the_ill_had_is_named(text: str, dish: str) -> None:
    draft = draft_text(BISTRO, _SAFETY, text)
    assert f"na de {dish}" in draft, draft


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Onze firma least 8 e-bikes bij jullie. Helaas staan er 2 stil met een defecte accu, zonder vervangfiets.",
            "accu",
        ),
        (
            "Mijn scooter staat al een week bij jullie met een kapotte koplamp, nog altijd niks gehoord.",
            "de koplamp van",
        ),
    ],
)
def test_the_part_that_broke_is_named_with_its_whole(text: str, said: str) -> None:
    draft = draft_text(TWEEWIELER, "uitkomst_herstel", text)
    assert said in draft, draft


@pytest.mark.parametrize(
    "text",
    [
        "Gisteren uitgroei gekleurd en nooit een allergietest gekregen. Nu jeuk op mijn hoofdhuid.",
        "zonder huidtest mijn haar geverfd!! nu zit mijn nek onder de uitslag",
        "GEEN PATCHTEST GEDAAN en nu jeukt mijn hoofdhuid als gek",
    ],
)
def test_a_test_never_done_is_not_said_to_have_arrived(text: str) -> None:
    kapper = BusinessProfile(name="Kapsalon Nora", kind="kapper", signers=["Nora"], voice="wij", register="je")
    draft = draft_text(kapper, _SAFETY, text)
    assert "aankwam" not in draft and "bij je aan" not in draft, draft
    assert "test" in draft, draft


# Complaints that name what the writer named (issue #13): a person of the writer's on a drip, closed on a holiday
# the profile lists, a name spelt wrong as 'X in plaats van Y', what an appointment was for and the time said once,
# and a question whether to come back on a day. Businesses and sentences of their own, not a round's.
_COMPLAINT = "uitkomst_herstel"

BISTRO_DE_WAAG = BusinessProfile(
    name="Bistro De Waag",
    kind="restaurant",
    signers=["Lotte"],
    voice="wij",
    register="u",
    email="info@bistrodewaag.nl",
    phone="030-2345678",
    opening_hours="di–zo 12:00–22:00; ma dicht",
    holidays="eerste kerstdag: dicht; tweede kerstdag: 12:00–20:00; 31 december: gesloten; 1 januari: dicht",
)
TAARTJES = BusinessProfile(
    name="Taartenatelier Suiker", kind="bakkerij", signers=["Eva"], voice="ik", email="eva@suiker.nl"
)
SALON = BusinessProfile(name="Salon Vlecht", kind="kapper", signers=["Amira"], voice="ik", email="amira@vlecht.nl")
FIETSEN = BusinessProfile(
    name="Rijwielhuis Bosman",
    kind="fietsenmaker",
    signers=["Kees"],
    voice="ik",
    email="kees@bosman.nl",
    opening_hours="di–vr 9:00–18:00, za 9:00–17:00",
    return_terms="drie maanden garantie op reparaties",
)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Na jullie kipsaté zijn we allemaal ziek geworden. Mijn moeder (76) moest zelfs aan het infuus.", "moeder"),
        ("Met drie man gegeten, alle drie doodziek. Onze zoon lag de dag erna aan de baxter.", "zoon"),
        ("Garnalen gegeten en daarna overgeven en diarree. Mijn man kreeg zelfs een infuus.", "man"),
    ],
)
def test_a_person_on_a_drip_is_named(text: str, who: str) -> None:
    draft = draft_text(BISTRO_DE_WAAG, _COMPLAINT, text, author="Ingrid")
    assert f"uw {who}" in draft and "infuus" in draft


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Wilden op oudjaar bij jullie eten, maar jullie zijn dicht?! Snap er niks van.", "31 december"),
        ("Een restaurant dat op oudejaarsavond gesloten is... gemiste kans hoor", "31 december"),
        ("Stonden we op eerste kerstdag voor een dichte deur. Echt jammer voor een bistro.", "eerste kerstdag"),
    ],
)
def test_closed_on_a_listed_holiday_says_that_day_and_no_excuses(text: str, day: str) -> None:
    draft = draft_text(BISTRO_DE_WAAG, _COMPLAINT, text, author="Ingrid")
    assert day in draft and ("dicht" in draft or "gesloten" in draft)
    assert "excuses" not in draft and "vul in" not in draft
    assert "12:00–22:00" not in draft  # that day, not the week's hours


def test_the_turn_of_the_year_is_no_stale_food() -> None:
    for text in ("Dicht met oud en nieuw?? Serieus?", "jullie zijn met Oud en Nieuw gesloten, jammer"):
        assert analyse_topics(text).concept != "kwaliteit"
    assert analyse_topics("Het brood was oud en droog.").concept == "kwaliteit"


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("Taart met foto besteld. De foto was wazig en de naam verkeerd geschreven: Noor in plaats van Nora.", "Nora"),
        ("Naam fout gespeld, Jesse ipv Jessie. En ik betaalde er 5 euro extra voor.", "Jessie"),
        ("Spelfout op de verjaardagstaart: Mila i.p.v. Milla. Foto was ook onscherp.", "Milla"),
    ],
)
def test_a_name_spelt_wrong_is_said_as_the_writer_spells_it(text: str, right: str) -> None:
    draft = draft_text(TAARTJES, _COMPLAINT, text, author="Sanne")
    assert right in draft and "opgebouwd" not in draft


def test_blurry_is_a_fault_of_the_thing() -> None:
    for text in ("De foto op de taart was wazig.", "print was helemaal onscherp", "de afbeelding was korrelig"):
        assert "kwaliteit" in analyse_topics(text).problems


def test_what_the_appointment_was_for() -> None:
    assert booked_for("afspraak om 10u voor knotless braids, pas om 12u begonnen") == "knotless braids"
    assert booked_for("Had een afspraak voor een kleuring om 14:00") == "een kleuring"
    assert booked_for("Afspraak voor balayage gemaakt om 9:30") == "balayage"
    assert booked_for("afspraak voor 10:30") == "" and booked_for("afspraak voor zaterdag om 9u") == ""
    assert booked_for("een afspraak voor mijn dochter om 9") == ""


@pytest.mark.parametrize(
    "text",
    [
        "afspraak om 10u voor knotless braids, om 12u pas begonnen en om 18u klaar. dag weg.",
        "Afspraak om 9:00 voor cornrows. Om 10:30 pas in de stoel gezeten!",
        "Afspraak voor een kleuring om 13u, om 14u pas begonnen. Slecht geregeld.",
    ],
)
def test_a_late_start_names_the_treatment_and_says_the_wait_once(text: str) -> None:
    draft = draft_text(SALON, _COMPLAINT, text, platform="google", author="Priscilla")
    assert booked_for(text) in draft
    assert draft.count("moest wachten") + draft.count("veel te lang wachten") == 1


@pytest.mark.parametrize(
    "question",
    ["kom ik zaterdag dan wéér langs??", "Moet ik hem zaterdag opnieuw brengen?", "breng ik hem zaterdag terug dan?"],
)
def test_a_day_to_come_back_on_gets_its_hours(question: str) -> None:
    assert come_back_day(question, FIETSEN.opening_hours) == ("zaterdag", "9:00–17:00")
    text = f"€95 voor een beurt en de versnelling slaat nog steeds over. {question}"
    draft = draft_text(FIETSEN, _COMPLAINT, text, platform="instagram", author="bram")
    assert "zaterdag" in draft.lower() and "9:00 tot 17:00" in draft and "garantie" in draft


def test_a_closed_day_to_come_back_on_is_said_closed() -> None:
    assert come_back_day("Kom ik maandag weer langs?", FIETSEN.opening_hours) == ("maandag", "")
    draft = draft_text(FIETSEN, _COMPLAINT, "Ketting loopt er wéér af. Kom ik maandag weer langs?", author="bram")
    assert "maandag" in draft and "dicht" in draft


def test_no_day_to_come_back_on_for_other_questions() -> None:
    assert come_back_day("Zijn jullie zaterdag open?", FIETSEN.opening_hours) == ("", "")
    assert come_back_day("kom ik weer langs?", FIETSEN.opening_hours) == ("", "")
    assert addressed_question("fiets piept nog, kom ik dan maandag maar weer langs?")


@pytest.mark.parametrize(
    "text",
    [
        "Ons bedrijfsuitje bij jullie: vriendelijk personeel, maar onze vegetariërs kregen het verkeerde gerecht.",
        "Teamevent gehad, aardige bediening. Helaas: onze kinderen kregen twee keer de verkeerde pasta.",
        "Personeelsfeest met 30 man. Onze veganisten kregen ook nog het verkeerde menu, jammer.",
    ],
)
def test_who_got_the_wrong_dish_is_named_and_praised_staff_is_no_complaint(text: str) -> None:
    assert "personeel" not in analyse_topics(text).problems
    draft = draft_text(BISTRO_DE_WAAG, _COMPLAINT, text, platform="linkedin", author="Koen Peeters")
    who = next(w for w in ("vegetariërs", "kinderen", "veganisten") if w in text)
    assert f"uw {who}" in draft and "verkeerde" in draft


def test_a_team_event_is_an_occasion() -> None:
    for text, said in (
        ("ons teamevent was een flop", "teamevent"),
        ("Het personeelsdiner viel tegen", "personeelsdiner"),
    ):
        found = analyse_topics(text)
        assert found.occasion == "uitje" and said in found.occasion_words.lower()


# Complaint drafts of session 10 (issue #13): a wage named by a customer (a lease bike paid from the salary) is no
# wage claim, and a crack in a load-bearing part of a bike is a safety case. Businesses and sentences of their own,
# none from the rounds.
BIKES = BusinessProfile(
    name="Tweewielers Noord",
    kind="fietsenmaker",
    signers=["Ruud"],
    voice="ik",
    register="u",
    phone="050-7654321",
    email="ruud@tweewielersnoord.nl",
)


# -- a wage is an employee's claim only when the writer writes as staff


def test_a_customer_paying_through_the_salary_gets_a_customer_reply() -> None:
    text = (
        "In januari een e-bike via de zaak besteld, de bijtelling gaat al maanden van mijn salaris af en de fiets "
        "staat nog steeds niet klaar. Twee keer gemaild, geen reactie."
    )
    made = draft_text(BIKES, _COMPLAINT, text, platform="google")
    assert "salaris" not in made
    assert "openbaar" not in made  # no 'not here in public' as for a wage claim
    assert "sorry" in made.lower() or "excuses" in made.lower() or "spijt" in made.lower()


def test_a_former_employee_still_gets_the_wage_reply() -> None:
    text = "Ik heb twee maanden bij jou in de werkplaats gewerkt en mijn salaris van mei heb ik nog altijd niet gehad."
    made = draft_text(BIKES, _COMPLAINT, text, platform="google")
    assert "salaris" in made
    assert "openbaar" in made


# -- a crack in a load-bearing part of a bike is a safety case: the part named, the phone first

BIKES_JE = BusinessProfile(
    name="Racefietsen Oost", kind="fietsenmaker", signers=["Dewi"], voice="ik", phone="053-1112233", email="d@ro.nl"
)


def test_a_crack_in_a_load_bearing_part_is_safety() -> None:
    for text, part in (
        ("Drie weken na de grote beurt zie ik een klein barstje in mijn aluminium frame, vlak bij de trapas.", "frame"),
        ("Nieuwe vork laten monteren en nu zit er al een haarscheur in de vork. Hoe kan dat?", "vork"),
        ("Na twee ritten bleek de velg gescheurd bij de remflank. Niet normaal toch?", "velg"),
    ):
        made = draft(BIKES_JE, _COMPLAINT, text)
        assert made.text is not None
        assert "scheur" in made.text and part in made.text, text
        assert made.channel == "telefoon", text
        assert "053-1112233" in made.text, text


def test_a_crack_in_something_that_bears_no_load_is_no_safety_case() -> None:
    for text in (
        "Bij de nieuwe fietstas zat al een scheur in de stof. Jammer hoor.",
        "Mijn band had een scheur in de zijkant na een week, terwijl hij nieuw was.",
    ):
        made = draft(BIKES_JE, _COMPLAINT, text)
        assert made.text is not None
        assert "serieus" not in made.text, text  # the safety lines take it 'heel serieus'


# Complaint drafts that answer what the writer said (session 10, issue #13): an order brought later than the time
# agreed, the occasion of the person the writer names ('het verjaardagsfeestje van Fenna'), vermin a person or pet
# caught after a visit. Businesses and sentences of their own, none from the rounds.
CATERER = BusinessProfile(
    name="Traiteur Smulpaap", kind="traiteur", signers=["Koen"], voice="wij", register="u", email="koen@smul.be"
)
KNIP_FLEMISH_PHONE = replace(KAPSALON_KNIP, phone="09 223 44 55", email="")


def test_the_agreed_time_and_the_time_it_came_are_read() -> None:
    text = "Bloemstuk zou om 14u klaar zijn, om 14u40 stond ik nog te wachten en om 15u15 kreeg ik het eindelijk."
    assert agreed_and_delivered(text) == ("14u", "15u15")
    # a later time at which it had still not come is not when it came
    text = "catering levering 11:30 bij ons op kantoor. om 12:10 nog niks!! uiteindelijk om kwart voor 1 gebracht"
    assert agreed_and_delivered(text) == ("11:30", "kwart voor 1")
    assert agreed_and_delivered("Soep bezorgen om 18u. Kwam om half zeven binnen, koud.") == ("18u", "half zeven")
    # no agreed time: nothing
    assert agreed_and_delivered("Om 9 uur gebracht, om 11 uur opgehaald. Alles prima.") == ("", "")
    assert agreed_and_delivered("De taart was lekker, we aten om 15:00.") == ("", "")


def test_an_order_brought_later_than_agreed_is_called_late() -> None:
    text = "rouwstuk besteld, levering 10:00 in de aula. Kwam om half elf binnen, dienst was al begonnen 😢"
    assert "te laat" in draft_text(BLOEMERIE_IRIS, _COMPLAINT, text)
    text = "Buffet voor 30 man, bezorgen om 17u00. Om 18u10 stond de bestelwagen eindelijk voor de deur. Amai."
    made = draft_text(CATERER, _COMPLAINT, text, platform="google")
    assert "te laat" in made and "18u10" in made
    text = "Zou om 12 uur geleverd worden maar het werd half drie, onze gasten zaten zonder eten"
    assert "te laat" in draft_text(CATERER, _COMPLAINT, text)


def test_the_occasion_of_a_named_person_is_said_as_theirs() -> None:
    text = (
        "De bloemen voor het afscheidsfeest van Marieke zouden om 15u bezorgd worden. Om 17u nog niks, niemand nam op!"[
            :-1
        ]
    )
    made = draft_text(BLOEMERIE_IRIS, _COMPLAINT, text)
    assert "afscheidsfeest van Marieke" in made and "je afscheidsfeest" not in made
    text = "Hapjesschotel voor de communie van Lotte: om 11:00 afgesproken, om kwart over één geleverd. Jammer!"
    made = draft_text(CATERER, _COMPLAINT, text)
    assert "communie van Lotte" in made and "uw communie" not in made
    # no name after the occasion: not this line
    text = "De taart voor het feestje kwam te laat en was ingedeukt."
    assert " van " not in draft_text(BLOEMERIE_IRIS, _COMPLAINT, text).split("\n")[1].split(".")[0]


def test_vermin_caught_after_a_visit_is_a_hygiene_matter_with_a_call() -> None:
    text = "onze Bobbie kwam van het trimmen terug en zit nu helemaal onder de VLOOIEN 🤬 nooit meer"
    made = draft(TRIMSALON_VACHTJE, _COMPLAINT, text)
    assert made.text is not None and "vlooien" in made.text and "ygiëne" in made.text and "0513-221100" in made.text
    text = "mn dochter heeft luizen sinds ze vorige week bij jullie geknipt is, de borstels werden niet schoongemaakt"
    made_text = draft_text(KNIP_FLEMISH_PHONE, _COMPLAINT, text)
    assert "je dochter nu luizen heeft" in made_text and "09 223 44 55" in made_text
    text = "Ge hebt mij hoofdluis bezorgd, merci. Die kammen gaan van kop naar kop zonder ontsmetten."
    assert "hoofdluis" in draft_text(KNIP_FLEMISH_PHONE, _COMPLAINT, text)


NAILS = replace(NAGELBAR_GLOW, phone="")


def test_what_happened_to_the_appointment_is_read() -> None:
    assert appointment_event("APK-afspraak voor de 2e keer verschoven, vanochtend pas een mailtje")[:3] == (
        "moved",
        False,
        "tweede",
    )
    assert appointment_event("kwam binnen en stond gewoon nie in het systeem!!")[0] == "not_booked"
    assert appointment_event("Op het laatste moment afgebeld door de stylist.")[:2] == ("cancelled", True)
    # what the writer did themself is no complaint about the business
    assert appointment_event("Wij hebben de afspraak zelf verzet, geen probleem.")[0] == ""
    assert appointment_event("De nagels zaten mooi, dank!")[0] == ""


def test_the_appointment_event_is_said_back_in_the_writers_word() -> None:
    text = "APK-afspraak voor de 2e keer verschoven, vanochtend pas een mailtje. Ik had er een dag verlof voor genomen"
    made = draft_text(GARAGE_STAM, _COMPLAINT, text)
    assert "verzet" in made and "tweede keer" in made and "vrij" in made
    text = "Gereserveerd voor 6 personen maar bij aankomst stond onze reservering NERGENS in het systeem"
    made = draft_text(CATERER, _COMPLAINT, text)
    # 'reservatie' where the shop is Flemish
    assert re.search(r"uw (?:reservering|reservatie) (?:nergens genoteerd|er niet in stond)", made), made
    text = "gel nagels afspraak vandaag om 9u afgebeld, 10 min van tevoren 😡 vrij genomen voor niks"
    made = draft_text(NAILS, _COMPLAINT, text, platform="instagram")
    assert "afgezegd" in made or "niet doorging" in made


def test_what_it_cost_the_writer_to_come_is_read_and_said() -> None:
    assert effort_made("Ik ben met de belbus gekomen, dat kost ook geld") == ("by", "belbus", False)
    assert effort_made("helemaal uit Hasselt gereden voor een dichte deur") == ("far", "Hasselt", False)
    assert effort_made("kwam met mijn moeder en we waren snel geholpen") == ("", "", False)
    text = "Afspraak om 14u, bleek ik niet in de agenda te staan. Helemaal uit Hasselt gereden voor niks."
    assert "helemaal uit Hasselt" in draft_text(NAILS, _COMPLAINT, text)


BAKERY = BusinessProfile(
    name="Bakkerij Kruimel", kind="bakkerij", signers=["Els"], voice="wij", register="u", phone="0493-112233"
)
BOOKSHOP = BusinessProfile(name="Boekhandel Ezelsoor", kind="boekhandel", signers=["Tom"], voice="ik", email="t@ez.be")


def test_the_person_with_the_condition_is_asked_after_and_the_condition_names_the_allergen() -> None:
    text = "Bij het bestellen gezegd dat een collega coeliakie heeft. Toch gewone wraps geleverd, ze is nu ziek."
    made = draft_text(BAKERY, _COMPLAINT, text)
    assert "gluten" in made and "uw collega" in made and "0493-112233" in made
    text = "mijn dochter is allergisch voor noten en er zat gewoon hazelnoot in de koek!! ze moest naar de huisarts"
    assert "je dochter" in draft_text(BLOEMERIE_IRIS, _COMPLAINT, text)
    text = "Wist je dat mijn schoonzus COELIAKIE heeft? Ze werd doodziek van jullie 'glutenvrije' taart"
    assert "gluten" in draft_text(BLOEMERIE_IRIS, _COMPLAINT, text)


def test_a_safety_complaint_names_the_writers_occasion() -> None:
    text = "Voor de 70ste verjaardag van mijn vader taartjes gehaald, de halve familie lag daarna ziek op bed."
    made = draft_text(BAKERY, _COMPLAINT, text)
    assert "70ste verjaardag van uw vader" in made
    text = "Op onze bruiloft gingen 3 gasten van de hapjes over hun nek, proficiat."
    assert "bruiloft" in draft_text(CATERER, _COMPLAINT, text)
    # nobody's occasion named: no such line
    text = "Na het eten van jullie quiche was ik twee dagen ziek."
    assert "uitgerekend" not in draft_text(BAKERY, _COMPLAINT, text)


def test_a_bill_above_the_quote_is_said_in_the_writers_words() -> None:
    text = "Prijsopgave was 120 euro voor het inbinden, op de factuur stond ineens 175 euro. Hoe zit dat?"
    made = draft_text(BOOKSHOP, _COMPLAINT, text)
    assert "prijsopgave" in made and "€ 175" in made
    text = "offerte € 450, rekening € 610. Niemand heeft gebeld dat het meer werd."
    assert "offerte" in draft_text(GARAGE_STAM, _COMPLAINT, text)


def test_a_bill_above_what_was_said_is_a_second_point_beside_a_defect() -> None:
    text = "Auto opgehaald na de grote beurt. Je zei 300 euro, ik moest 420 euro betalen, en het stuur trilt nog."
    made = draft_text(GARAGE_STAM, _COMPLAINT, text)
    assert "€ 420" in made and "€ 300" in made


def test_the_time_booked_and_the_time_served_also_when_the_time_comes_first() -> None:
    from app.domain.draft_times import booked_and_served

    assert booked_and_served("zaterdag 19u gereserveerd, pas om 20u15 een tafel") == ("19u", "20u15")
    text = "Wij hadden 12:00 gereserveerd voor de high tea, om 12:40 stond er nog niks op tafel."
    assert "12:40" in draft_text(CATERER, _COMPLAINT, text)


def test_asked_for_and_got_instead_is_said_back() -> None:
    text = "vroeg lichtgrijs voor de living en het werd babyblauw. Kan dat nog overgeschilderd worden??"
    made = draft_text(GARAGE_STAM, _COMPLAINT, text)
    assert "lichtgrijs" in made
    text = "Bestelde witte rozen, kreeg roze anjers. De bloemist haalde haar schouders op."
    assert "rozen" in draft_text(BLOEMERIE_IRIS, _COMPLAINT, text) or "schouders" in draft_text(
        BLOEMERIE_IRIS, _COMPLAINT, text
    )


def test_what_should_have_been_offered_is_named_without_a_promise() -> None:
    text = "Auto staat al 2 weken bij jullie voor een nieuwe koppeling en een vervangwagen werd me niet aangeboden."
    made = draft_text(GARAGE_STAM, _COMPLAINT, text)
    assert "vervangwagen" in made
    text = "Boek besteld voor mijn examen, kwam niet. Niet eens een alternatief voorgesteld!!"
    assert "alternatief" in draft_text(BOOKSHOP, _COMPLAINT, text)
    text = "Hond 3 uur te laat opgehaald en geen sorry aangeboden, niks."
    assert "geen sorry aangeboden" not in draft_text(TRIMSALON_VACHTJE, _COMPLAINT, text)


# Complaints that name what went wrong and safety told by its symptoms (session 12, issue #13): food poisoning told
# by what people did ('lagen kotsend'), everyone the writer names together ('mijn man en beide kinderen'), 'alleen'
# as 'only' after what the writer had, a shard that keeps its material ('een scherfje porselein'), children on board
# of a thing that broke ('met mijn twee kinderen erin'), a cut that came out uneven or too short, a name spelt wrong
# against the quoted right one, a thing forgotten said verb first, and a fee for an appointment the writer cancelled
# themself. Businesses and sentences of their own, none from the rounds.
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


# Complaints that name what went wrong (session 12, part 2, issue #13): nobody came to the appointment (the day and
# the thing it was for, and a hazard that was the job is no safety matter), the time the writer was served after a
# booking 'voor 19:00', a courier who lost the way, a drink named in two words, and a wish inside a complaint said
# as 'misschien op woensdag ...?' or 'waarom kan dat niet ...?'. Businesses and sentences of their own, none from
# the rounds.
_KOFFIEBAR = BusinessProfile(name="Koffiebar Boon", kind="koffiebar", signers=["Mo"], voice="wij", email="mo@boon.nl")


def test_nobody_came_to_the_appointment_is_said_with_its_day_and_thing() -> None:
    text = (
        "Afspraak gemaakt voor maandag tussen 8 en 10 om de wasmachine te repareren. Niemand gekomen en geen "
        "telefoontje. Ik had er een dag vrij voor genomen."
    )
    made = draft_text(GARAGE_DEKKER, _COMPLAINT, text)
    assert "maandag" in made and "niemand" in made and "anders liep" not in made


def test_a_hazard_that_was_the_job_of_a_missed_appointment_is_no_safety_matter() -> None:
    text = (
        "Afspraak gemaakt voor vrijdag om de remmen van mijn scooter na te kijken. Niemand gekomen. Nog niks gehoord."
    )
    made = draft_text(GARAGE_DEKKER, _COMPLAINT, text)
    assert "vrijdag" in made and "schrik" not in made and "Hoe gaat het" not in made
    # a hazard that hurt someone stays a safety matter
    hurt = "Afspraak gemaakt voor de remmen. Niemand gekomen, toen ben ik gevallen omdat de rem het niet deed."
    assert analyse_topics(hurt).is_safety
    assert "Hoe gaat het" in draft_text(GARAGE_DEKKER, _COMPLAINT, hurt)


def test_the_time_served_after_a_booking_for_a_time_is_found() -> None:
    text = "Tafel gereserveerd voor 18:30. Om 19:00 zaten we nog te wachten, het voorgerecht kwam om 20:10."
    assert booked_and_served(text) == ("18:30", "20:10")
    # without a word that says it came, the first later time
    assert booked_and_served("Afspraak om 10:30. Om 11:10 nog steeds niemand.") == ("10:30", "11:10")


def test_a_courier_who_lost_the_way_is_said_beside_the_late_order() -> None:
    found = next(
        s.values(t)
        for s in shipped_complaint_cues()
        if s.id == "courier_lost"
        and s.values(t := ("De koerier stond eerst bij het verkeerde adres en belde twee keer."))
    )
    assert found == {"waarde": "koerier"}
    text = "Bestelling kwam na anderhalf uur. Soep koud. De bezorger was verdwaald en belde me drie keer."
    made = draft_text(EETCAFE_DE_LINDE, _COMPLAINT, text)
    assert "bezorger" in made and "koud" in made
    none = [s.id for s in shipped_complaint_cues() if s.values("De bezorger was heel vriendelijk en snel.")]
    assert "courier_lost" not in none


def test_a_drink_named_in_two_words_is_what_was_waited_on() -> None:
    text = "20 minuten in de rij voor een iced latte, echt niet normaal"
    assert "iced latte" in draft_text(_KOFFIEBAR, _COMPLAINT, text, platform="instagram")


def test_a_wish_inside_a_complaint_is_read() -> None:
    assert wishes("Jammer dat jullie al om 17u sluiten. Misschien op vrijdag een uurtje langer open?") == [
        "om op vrijdag een uurtje langer open te zijn"
    ]
    assert wishes("Waarom kan dat niet gewoon digitaal zoals bij de tandarts?") == [
        "om dat ook digitaal te kunnen doen"
    ]
    assert wishes("Waarom kan je niet met de kaart betalen?") == ["om met de kaart te betalen"]
    assert wishes("Waarom kan het niet?") == []


def test_vans_unloading_at_dawn_are_a_nuisance_not_a_product() -> None:
    text = (
        "Elke ochtend om vijf uur staan er vrachtwagens met draaiende motoren voor ons huis te lossen. "
        "Ik slaap toch al zo slecht. Jullie taarten zijn lekker, maar dit moet echt anders."
    )
    found = analyse_topics(text)
    assert found.concept == "overlast"
    made = draft_text(EETCAFE_DE_LINDE, _COMPLAINT, text)
    assert "vrachtwagens" in made and "ochtend" in made and "motor" not in made
    # sleeping badly is no limp ('slap') thing; a limp chip still is
    assert analyse_topics("Ik slaap al slecht.").concept is None
    assert analyse_topics("De friet was slap.").concept == "kwaliteit"


def test_a_price_complaint_gets_the_profiles_own_price_for_the_thing() -> None:
    from dataclasses import replace

    from app.domain.draft_complaint_price import listed_price
    from app.domain.profile import FaqItem

    faq = [
        FaqItem("Maken jullie ook glutenvrij?", "Ja, op bestelling."),
        FaqItem("Wat kost een fotocake?", "Een fotocake kost € 45 voor 12 personen; bezorgen kan ook."),
    ]
    bakery = replace(_KOFFIEBAR, kind="bakkerij", faq=faq)
    text = (
        "Ik vroeg een prijs voor een fotocake met een unicorn en kreeg 120 euro te horen?? Dat is toch belachelijk duur"
    )
    assert listed_price(bakery, analyse_topics(text), text) == "een fotocake kost € 45 voor 12 personen"
    assert "€ 45" in draft_text(bakery, _COMPLAINT, text)
    # no price in the FAQ for the thing named: nothing said
    other = "Ik vroeg een prijs voor een bruidstaart en kreeg 400 euro te horen?? Belachelijk duur"
    assert listed_price(bakery, analyse_topics(other), other) == ""


# Complaints that name what went wrong (session 13, issue #13): a burn told the Flemish way ('een brandwonde'), a
# part that cracked and an injury told in English, a dish with a name of more words ('frutti di mare'), a foreign
# thing in the food that hurt someone (no illness: it was spat out), a halal or vegetarian mistake and braids set so
# tight that it hurt (no allergy). Businesses and sentences of our own, none from the rounds.
@pytest.mark.parametrize(
    "text",
    [
        "De kapster heeft met de stijltang een brandwonde op mijn voorhoofd gemaakt.",
        "Ons dochter heeft brandwondes aan haar oor van die krultang, en niemand die sorry zei.",
        "Met de föhn veel te heet, nu een brandwond in mijn nek.",
    ],
)
def test_a_burn_told_the_flemish_way_is_an_injury(text: str) -> None:
    assert "letsel" in analyse_topics(text).safety
    assert "Hoe gaat het" in draft_text(KAPSALON_KNIP, _COMPLAINT, text) or "beter gaat" in draft_text(
        KAPSALON_KNIP, _COMPLAINT, text
    )


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The rear rim cracked on the descent and I went over the bars. Broken wrist.", "rim"),
        ("My carbon fork snapped two days after your service, I fell and broke my collarbone.", "fork"),
        ("Halfway down the hill the front wheel locked and I flew over the handlebars.", "wheel"),
    ],
)
def test_an_english_part_that_gave_way_and_hurt_is_named(text: str, part: str) -> None:
    found = analyse_topics(text)
    assert "letsel" in found.safety and "allergie" not in found.safety
    made = draft_text(GARAGE_DEKKER, _COMPLAINT, text, author="Tom Baker")
    assert f" {part} gave way" in made and "How are you" in made  # 'the rear rim', 'the front wheel' as written


def test_road_rash_is_no_allergic_reaction() -> None:
    found = analyse_topics("Road rash all over my leg after the chain snapped, I fell on the road.")
    assert "allergie" not in found.safety and "letsel" in found.safety


@pytest.mark.parametrize(
    ("text", "dish"),
    [
        ("Zaterdag pizza frutti di mare besteld en het hele gezin lag 's nachts ziek.", "frutti di mare"),
        ("Alleen wie van de frutti di mare had gegeten werd ziek, de rest niet.", "frutti di mare"),
        ("We hadden allebei de quattro stagioni gegeten en werden ziek.", "quattro stagioni"),
        ("Na de spaghetti bolognese de hele nacht overgegeven.", "spaghetti bolognese"),
    ],
)
def test_a_dish_with_a_name_of_more_words_is_kept_whole(text: str, dish: str) -> None:
    found = analyse_topics(text)
    assert dish in found.products[0].text
    made = draft_text(EETCAFE_DE_LINDE, _COMPLAINT, text)
    assert dish in made


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        (
            "In de pannenkoek van mijn zoon zat een scherp metalen krulletje. Hij spuugde het uit, maar zijn "
            "tandvlees bloedde.",
            "een metalen krulletje",
        ),
        ("Er zat een plastic dopje in mijn soep, mijn dochter spuugde het meteen uit en had een snee in haar lip.", ""),
    ],
)
def test_a_thing_in_the_food_that_hurt_is_no_illness(text: str, thing: str) -> None:
    found = analyse_topics(text)
    assert "vergiftiging" not in found.safety
    made = draft_text(EETCAFE_DE_LINDE, _COMPLAINT, text)
    assert "ziek" not in made
    if thing:
        assert found.found == thing and thing in made and "pannenkoek" in made


@pytest.mark.parametrize(
    ("text", "asked", "served"),
    [
        ("ik vroeg expliciet of de kip halal was. maar op mijn pizza lag ook salami?? schandalig", "halal", "salami"),
        ("Ik had gezegd dat ik vegetarisch eet, toch zaten er spekjes in de salade.", "vegetarisch", "spekjes"),
        ("Besteld zonder varkensvlees, kreeg gewoon ham op mijn broodje. Respectloos.", "zonder varkensvlees", "ham"),
    ],
)
def test_a_halal_or_vegetarian_mistake_is_named(text: str, asked: str, served: str) -> None:
    made = draft_text(EETCAFE_DE_LINDE, _COMPLAINT, text)
    assert asked in made and served in made
    assert "stuk is" not in made and "kapot" not in made


@pytest.mark.parametrize(
    "text",
    [
        "Knotless braids laten zetten maar zo strak dat ik bultjes langs mijn haarlijn kreeg en hoofdpijn.",
        "mijn vlechtjes zaten veel te strak, hele nacht hoofdpijn en nu pukkeltjes en bultjes",
        "De cornrows van mijn dochter zitten echt te strak, ze heeft bultjes en huilt van de pijn.",
    ],
)
def test_braids_too_tight_are_no_allergic_reaction(text: str) -> None:
    made = draft_text(KAPSALON_KNIP, _COMPLAINT, text)
    assert "allergische" not in made and "strak" in made


# Non-safety complaints that name the service, the thing and the occasion (issue #13): a colour that came out on the
# writer after a treatment they named, a fringe cut too short said without a verb, a dish paid for that the word
# lists do not know, a sold-out complaint with its day and no proposal to fill in, and the wedding party an
# appointment was cancelled before. Businesses and sentences of our own, none from the rounds.
@pytest.mark.parametrize(
    ("text", "treatment"),
    [
        ("€ 120 betaald voor een balayage en nu ben ik gewoon oranje.", "balayage"),
        ("Voor mijn permanent 90 euro betaald, resultaat: groen.", "permanent"),
        ("95 euro voor een balayage. Ik ben nu knalrood, echt niet normaal.", "balayage"),
    ],
)
def test_a_colour_on_the_writer_is_named_by_the_treatment(text: str, treatment: str) -> None:
    draft = draft_text(KAPSALON_KNIP, _COMPLAINT, text)
    assert treatment in draft


@pytest.mark.parametrize(
    "text",
    [
        "pony veel te kort terwijl ik zei alleen de puntjes.",
        "Pony véél te kort geknipt, ik zei nog alleen de puntjes",
        "Mijn pony echt veel te kort. Nooit meer.",
    ],
)
def test_a_fringe_too_short_said_without_a_verb_is_named(text: str) -> None:
    assert ("pony", "veel te kort") in analyse_topics(text).judged
    assert "pony" in draft_text(KAPSALON_KNIP, _COMPLAINT, text)


@pytest.mark.parametrize(
    "text",
    ["Ik had geen zin meer te wachten.", "Dat is te laat komen.", "Het kost te veel."],
)
def test_no_verbless_judgement_without_a_thing(text: str) -> None:
    assert not any(how.startswith(("te ", "veel te ")) for _, how in analyse_topics(text).judged)


@pytest.mark.parametrize(
    ("text", "dish"),
    [
        ("€ 36 voor stoofvlees en het was een schaaltje saus met drie stukjes. Ik wil mijn geld terug.", "stoofvlees"),
        ("28 euro betaald voor een stoofpotje en het was een schaaltje saus. Echt belachelijk.", "stoofpotje"),
        ("€24 voor waterzooi, een kom lauwe bouillon. Geld terug graag.", "waterzooi"),
    ],
)
def test_what_was_paid_for_is_named(text: str, dish: str) -> None:
    assert analyse_topics(text).products[0].text == dish
    assert dish in draft_text(EETCAFE_DE_LINDE, _COMPLAINT, text)


@pytest.mark.parametrize(
    "text",
    [
        "Zaterdagochtend om 10 uur waren er al geen croissants meer. Bak er toch wat meer!",
        "zondag om 9u hadden ze alweer geen pistolets meer, waarom niet gewoon meer bakken",
        "Vrijdag om 11 uur was er al geen brood meer. Elke week hetzelfde.",
    ],
)
def test_sold_out_names_the_day_and_has_no_proposal(text: str) -> None:
    assert analyse_topics(text).concept == "uitverkocht"
    draft = draft_text(BAKKERIJ_GRAAN, _COMPLAINT, text)
    assert day_said(text).split()[0] in draft.lower()
    assert "vul in: het voorstel" not in draft
    assert ("gebakken" in draft) == asks_more(text)


def test_no_sold_out_without_a_thing_sold() -> None:
    assert analyse_topics("Ik had al geen zin meer om te wachten op de kapster.").concept != "uitverkocht"


@pytest.mark.parametrize(
    "text",
    [
        "Afspraak afgezegd via sms, de avond voor mijn trouwfeest. Nooit meer.",
        "Een uur op voorhand geannuleerd, de dag voor onze trouwerij!",
    ],
)
def test_an_appointment_cancelled_before_the_wedding_names_it(text: str) -> None:
    assert "trouw" in draft_text(KAPSALON_KNIP, _COMPLAINT, text)


# Blind rounds r28/r29 read aloud (issue #13): a safety complaint says sorry, a person the writer says is fine again
# is not asked after, a pain the writer reported is acknowledged, a loss gets the condolence and the heaviest
# apology, a writer who asks to be called gets a call back, and a scalp reaction is placed after the treatment,
# never after a noun nearby.
NAGELSTUDIO_ROOS = BusinessProfile(name="Nagelstudio Roos", kind="nagelstudio", signers=["Roos"], phone="010-1234567")
ICE = BusinessProfile(
    name="IJssalon Gelato", kind="restaurant", signers=["Marco"], phone="030-1112233", email="info@gelato.nl"
)
FLORIST = BusinessProfile(name="Bloemen Bos", kind="bloemist", signers=["Els"], email="els@bloemenbos.nl")
GARAGE = replace(GARAGE_VOS, phone="0345-112233")


def test_a_safety_complaint_says_sorry() -> None:
    text = (
        "Ik had gezegd dat mijn zoon een pinda-allergie heeft, toch zat er pindasaus op zijn ijs. "
        "Hij moest naar de huisarts."
    )
    assert "spijt" in draft_text(ICE, _SAFETY, text) or "excuses" in draft_text(ICE, _SAFETY, text)
    text = "Bij het vijlen heeft de stagiaire in mijn nagelriem gesneden, het bloedde en is nu ontstoken."
    assert "spijt" in draft_text(NAGELSTUDIO_ROOS, _SAFETY, text, platform="google")


def test_a_person_the_writer_says_is_fine_again_is_not_asked_after() -> None:
    text = (
        "Mijn dochter kreeg na het sorbetijs een allergische reactie door melk. Ze is gelukkig weer helemaal opgeknapt."
    )
    draft = draft_text(ICE, _SAFETY, text)
    assert "Gelukkig gaat het weer goed met je dochter" in draft and "Hoe gaat het nu met" not in draft
    text = "Na de gellak kreeg mijn vriendin uitslag op haar handen, allergisch. Met haar gaat het nu weer goed."
    draft = draft_text(NAGELSTUDIO_ROOS, _SAFETY, text)
    assert "Gelukkig" in draft and "Hoe gaat het nu met" not in draft


def test_a_pain_the_writer_reported_is_acknowledged() -> None:
    text = (
        "Bij het scheren met het mes zei ik al dat het brandde, maar hij ging gewoon door. Nu zit mijn nek vol wondjes."
    )
    assert "zei dat het brandde" in draft_text(BARBIER_ALI, _SAFETY, text) or "zei nog dat het brandde" in draft_text(
        BARBIER_ALI, _SAFETY, text
    )
    text = (
        "Het prikte enorm bij het verven van mijn baard en dat heb ik meteen gezegd. Mijn huid is nu rood en schilfert."
    )
    assert "prikte" in draft_text(BARBIER_ALI, _SAFETY, text, platform="google")


def test_a_scalp_reaction_is_after_the_treatment_not_a_noun_nearby() -> None:
    text = "Na het kleuren van mijn haar zat mijn hoofdhuid vol blaren. De huisarts spreekt van een brandwond."
    draft = draft_text(BARBIER_ALI, _SAFETY, text)
    assert "na je haar" not in draft and "na de behandeling" in draft


def test_a_loss_gets_the_condolence_first_and_no_stock_line_about_the_dead() -> None:
    text = "Mijn vader is dinsdag gecremeerd. Het rouwstuk kwam een uur te laat bij het crematorium aan."
    draft = draft_text(FLORIST, _COMPLAINT, text, author="Johan")
    assert "verlies van je vader" in draft and "spijt" in draft
    assert "voor je vader is het ook" not in draft
    text = "Mijn oma is vorige week begraven. Voor de koffietafel waren de bloemen voor op tafel vergeten."
    draft = draft_text(FLORIST, _COMPLAINT, text, author="Sanne")
    assert "verlies van je oma" in draft and "voor je oma is het ook" not in draft


def test_a_writer_who_asks_to_be_called_gets_a_call_back() -> None:
    text = "Twee keer gemaild over de verkeerde banden en nog steeds geen antwoord. Bel me dan gewoon, 06-12345678."
    draft = draft_text(GARAGE, _COMPLAINT, text, platform="google")
    assert "bellen we u" in draft or "bel" in draft.lower(), draft
    assert "noch" not in draft and "telefoontjes" not in draft


def test_a_person_who_does_something_to_the_writer_gets_no_stock_line() -> None:
    text = "Gevraagd om asblond, thuisgekomen met geel haar. Mijn zus noemt me nu de kanarie."
    draft = draft_text(BARBIER_ALI, _COMPLAINT, text)
    assert "zus" not in draft
    text = "De trimster heeft mijn hond veel te kort geknipt. Mijn buurman lacht me uit op straat."
    assert "buurman" not in draft_text(BARBIER_ALI, _COMPLAINT, text, platform="google")


def test_several_ill_or_hurt_are_asked_after_together() -> None:
    text = "Met mijn broer en zijn vrouw de gamba's gegeten. Alle drie de volgende dag ziek, overgeven en koorts."
    draft = draft_text(ICE, _SAFETY, text, platform="google")
    assert "met jullie" in draft or "gezelschap" in draft or "ziek werden" in draft
    assert "met je broer?" not in draft
    text = "Drie van ons zijn na de kipsaté ziek geworden, mijn schoonvader het ergst."
    assert "Hoe gaat het nu met je schoonvader" not in draft_text(ICE, _SAFETY, text)


def test_a_burn_to_a_body_part_names_it_not_the_skin() -> None:
    text = "Tijdens het stylen met de krultang heeft de kapper mijn oor verbrand, er zit nu een blaar op."
    draft = draft_text(BARBIER_ALI, _SAFETY, text)
    assert "oor" in draft and "huid zo reageerde" not in draft
    text = "Met de föhn heeft de barbier een brandwond op mijn nek gemaakt. Er staat nu een blaar."
    assert "nek" in draft_text(BARBIER_ALI, _SAFETY, text, platform="google")


def test_the_urgent_phone_line_fits_every_kind_of_reply() -> None:
    text = "Klopt het dat jullie gesloten zijn na een controle? Iemand zei dat er ratten in de keuken zaten."
    draft = draft_text(ICE, "uitkomst_onwaarheid", text, platform="x")
    assert "hoe het precies ging" not in draft


# Round r27 (issue #13): a complaint about how staff behaved names the staff member by the job the writer used, with
# the writer's own word for it when they gave one; a colour that came out wrong and an opening 'ADJ NOUN' are said
# back; a birthday by age and a staff name after a job word are thanked.
def test_staff_behaviour_names_the_job_and_the_writers_own_word() -> None:
    text = "De monteur deed heel kortaf toen ik vroeg wat er aan mijn auto was gedaan. Zo ga je niet met klanten om."
    draft = draft_text(GARAGE_VOS, "uitkomst_herstel", text, platform="google")
    assert "de monteur zo kortaf" in draft
    text = "De serveerster negeerde ons een half uur en snauwde toen we om de rekening vroegen."
    draft = draft_text(EETCAFE_DE_LINDE, "uitkomst_herstel", text)
    assert "de serveerster zo onvriendelijk" in draft


def test_a_person_of_the_writers_treated_badly_keeps_its_own_line() -> None:
    text = "Mijn dochter werd door de assistente uitgelachen toen ze iets vroeg."
    draft = draft_text(TRIMSALON_WOLK, "uitkomst_herstel", text)
    assert "dochter" in draft and "assistente zo" not in draft


def test_a_colour_that_came_out_wrong_and_an_opening_judged_thing() -> None:
    draft = draft_text(
        TRIMSALON_WOLK, "uitkomst_herstel", "Foto laten zien van crèmewit, en ze kwam er geel uit. Echt zonde."
    )
    assert "kleur geel" in draft
    draft = draft_text(
        EETCAFE_DE_LINDE, "uitkomst_herstel", "Lauwe soep, en daarna nog drie kwartier gewacht op het hoofdgerecht."
    )
    assert "soep" in draft


def test_a_birthday_by_age_and_a_staff_name_after_a_job_word_are_thanked() -> None:
    text = "Onze opa werd vorige week 85 en serveerster Lotte zette een taart met kaarsjes neer. Top avond!"
    draft = draft_text(EETCAFE_DE_LINDE, "uitkomst_bedank_publiek", text)
    assert "85ste verjaardag" in draft and "Lotte" in draft


def test_what_was_asked_is_said_back_when_the_writer_wants_money_back() -> None:
    text = "Gevraagd om asblond, naar huis gegaan met iets geels. Ik wil gewoon mijn geld terug."
    draft = draft_text(TRIMSALON_WOLK, "uitkomst_herstel", text, platform="google")
    # the writer's verb: asked for it ('Gevraagd om asblond'), not came for it
    assert "vroeg om asblond" in draft or "om asblond vroeg" in draft


def test_a_colour_result_is_said_back_even_with_a_person_of_the_writers_named() -> None:
    text = "Foto meegenomen van een zandblonde coupe. Resultaat: geel. Mijn man lacht me uit."
    draft = draft_text(TRIMSALON_WOLK, "uitkomst_herstel", text)
    assert "kleur geel" in draft and "zandblonde coupe" in draft


def test_staff_behaviour_told_in_the_present_tense() -> None:
    text = "Vraag ik of de soep glutenvrij is, rolt die jongen met z'n ogen en loopt weg."
    draft = draft_text(EETCAFE_DE_LINDE, "uitkomst_herstel", text)
    assert "behandeld" in draft or "onvriendelijk" in draft
    text = "Ik vroeg om een bon en de monteur snauwt: 'zoek het zelf maar uit'."
    assert "de monteur zo onvriendelijk" in draft_text(GARAGE_VOS, "uitkomst_herstel", text)


# Complaint drafts that name what went wrong in the writer's words (session 9, issue #13): stomach symptoms told in
# everyday words are food poisoning, the hurt part of the body of the writer's person is asked after, what the
# writer asked for is said beside what they got, a name spelt wrong on an order is said to be spelt wrong, and the
# channel follows what the writer tried or cannot use. Businesses and sentences of their own, none from the rounds.
PLAY = BusinessProfile(
    name="Speelparadijs Joepie", kind="speeltuin", signers=["Mark"], voice="wij", phone="0318-998877", email="i@jp.nl"
)
PAINTER = BusinessProfile(
    name="Schildersbedrijf Kwast",
    kind="schilder",
    signers=["Erik"],
    voice="wij",
    register="u",
    phone="040-1234567",
    email="erik@kwast.nl",
)
BANKETBAKKERIJ_ZOET = BusinessProfile(
    name="Banketbakkerij Zoet", kind="bakkerij", signers=["Els"], voice="ik", email="e@zoet.nl"
)


def _draft(profile: BusinessProfile, text: str, platform: str = "facebook") -> Draft:
    """The draft with the details the assistant finds (order numbers), as the wizard makes it."""
    drafter = Drafter(profile, analyser=analyse_topics)
    return drafter.draft(_COMPLAINT, text, author="Sam", platform=platform, details=extract(text).to_dict())


# -- stomach symptoms in everyday words are food poisoning: safety, the phone, how are you


def test_everyday_stomach_symptoms_are_food_poisoning() -> None:
    for text in (
        "Gisteren frikandellen bij jullie gehaald en vannacht hing ik met mijn hoofd boven de pot. Mijn vriendin ook",
        "Na het ijsje van zaterdag had ons dochtertje de hele nacht buikgriep, echt aan de dunne. Wat zit daar in??",
        "na die kapsalon van jullie heb ik heel de nacht langs twee kanten gezeten. nooit meer",
        "Mijn man en ik hebben zondag de coupe aardbei gegeten en we hebben allebei de hele maandag gekotst.",
    ):
        assert "vergiftiging" in analyse_topics(text).safety, text


def test_a_sick_night_gets_the_phone_and_a_question_how_they_are() -> None:
    text = "Gisteren frikandellen bij jullie gehaald en vannacht hing ik met mijn hoofd boven de pot. Mijn vriendin ook"
    draft = _draft(SNACKBAR_DE_HOEK, text)
    assert draft.channel == "telefoon"
    assert "0570-112233" in (draft.text or "") and "Hoe gaat het" in (draft.text or "")
    draft = _draft(
        IJSSALON_VENEZIA, "Na het ijsje van zaterdag had ons dochtertje de hele nacht buikgriep. Wat zit daar in??"
    )
    assert draft.channel == "telefoon" and "dochtertje" in (draft.text or "")


def test_no_poisoning_for_other_uses_of_the_words() -> None:
    for text in (
        "De wc was vies en er hing een pot met verwelkte bloemen boven de wasbak.",
        "Op de wc hing geen wc-papier en de kraan lekte, drie kwartier gewacht op een ijsje.",
        "Ik ben er niet ziek van geworden hoor, maar er zat wel een haar in mijn friet.",
    ):
        assert "vergiftiging" not in analyse_topics(text).safety, text


def test_the_person_ill_with_the_writer_is_asked_after() -> None:
    # 'mijn vrouw en ik allebei': the wife, not the brother-in-law named closer to the symptom
    text = "Vrijdag met z'n drieën de bami gegeten. Mijn vrouw en ik lagen allebei boven de wc, mijn broer ook."
    assert analyse_topics(text).people[0] == "vrouw"
    text = "Ik en mijn zus hebben de shoarma gegeten en zijn allebei ziek geworden, mijn neef had de kapsalon."
    assert analyse_topics(text).people[0] == "zus"


# -- the hurt part of the body of the writer's person


def test_the_hurt_part_of_someone_else_is_found() -> None:
    parts = shipped_topic_data().concept("lichaam")
    assert parts is not None
    assert theirs_hurt("haar vinger is helemaal dik en rood", parts.terms) == "vinger"
    assert theirs_hurt("Mijn dochter d'r oor is verbrand", parts.terms) == "oor"
    assert theirs_hurt("hij stootte z'n linkerknie tegen de bank", parts.terms) == "linkerknie"
    assert theirs_hurt("zijn fiets is kapot", parts.terms) == ""


def test_the_question_how_they_are_names_the_part() -> None:
    text = "Mijn dochter kwam thuis met een ontstoken nagelriem, haar vinger is helemaal dik en rood. Niet oké!!"
    assert "de vinger van je dochter" in draft_text(NAGELBAR_GLOW, _COMPLAINT, text)
    text = "Mijn dochter d'r oor is verbrand met de krultang, ze heeft er nu een blaar op. Echt niet oké"
    assert "het oor van je dochter" in draft_text(KAPSALON_KNIP, _COMPLAINT, text)
    text = "Ons zoontje heeft bij het springkussen zijn hoofd tegen de paal gestoten en bloedde flink."
    assert "het hoofd van je zoontje" in draft_text(PLAY, _COMPLAINT, text)


def test_a_part_the_cue_names_is_not_said_twice() -> None:
    text = "Onze zoon is van het klimrek gevallen en heeft z'n arm gebroken, er lag geen valmat onder."
    draft = draft_text(PLAY, _COMPLAINT, text)
    assert len(re.findall(r"\barm\b", draft)) == 1


# -- what the writer asked for, beside what they got


def test_what_was_asked_for_before_the_verb_is_found() -> None:
    assert analyse_topics("Ik had nude roze gevraagd en het werd knalroze.").asked == "nude roze"
    assert analyse_topics("We hadden lichtgrijs gevraagd voor de woonkamer.").asked == "lichtgrijs"
    assert analyse_topics("ik had om een korte bob gevraagd, het werd knalrood").asked == "een korte bob"
    for text in (
        "Ik heb twee keer gevraagd of het klaar was.",
        "Ik had de kapster gevraagd om voorzichtig te doen.",
        "Ik had nog zó gevraagd of er noten in zaten.",
        "Ik had het expliciet gevraagd.",
    ):
        assert analyse_topics(text).asked == "", text


def test_a_colour_compound_is_what_came_out() -> None:
    assert ("kleur", "donkerblauw") in analyse_topics("het is donkerblauw geworden!").judged
    assert ("kleur", "knalroze") in analyse_topics("Ik had nude roze gevraagd en het werd knalroze.").judged
    assert analyse_topics("Het was brood van gisteren.").judged == ()


def test_asked_and_got_are_said_back() -> None:
    draft = draft_text(
        NAGELBAR_GLOW, _COMPLAINT, "Ik had nude roze gevraagd en het werd knalroze. Echt niet wat ik wilde."
    )
    assert "nude roze" in draft and "knalroze" in draft and "vroeg" in draft
    text = "We hadden lichtgrijs gevraagd voor de woonkamer en het is donkerblauw geworden! Hoe dan?"
    draft = draft_text(PAINTER, _COMPLAINT, text, platform="google")
    assert "lichtgrijs" in draft and "donkerblauw" in draft
    text = "Kwam voor koperblond, ging naar huis met knaloranje haar."
    assert "kwam" in draft_text(KAPSALON_KNIP, _COMPLAINT, text)  # the writer's verb: came for it


# -- a name spelt wrong on an order


def test_a_misspelt_name_is_said_without_repeating_the_mistake() -> None:
    text = (
        "Shirts besteld voor de vrijgezellen van Maaike, staat er 'Team Maike' op. Spelfout dus, terwijl ik het echt "
        "duidelijk had doorgegeven."
    )
    draft = draft_text(PRINTSHOP_LETTERZETTER, _COMPLAINT, text)
    assert "naam" in draft and "Maaike" in draft and "Maike" not in draft
    text = "Er stond 'Fijne pensionering Gerit' op de taart voor collega Gerrit, met één r. Ik had het nog gespeld."
    draft = draft_text(BANKETBAKKERIJ_ZOET, _COMPLAINT, text, platform="google")
    assert "naam" in draft and "Gerrit" in draft and "Gerit" not in draft
    text = "Er stond 'Rust zacht lieve Wim Jansen' op het lint, hij heette Jansens. Ik had de letters nog gespeld!!"
    draft = draft_text(BLOEMERIE_IRIS, _COMPLAINT, text)
    assert "Jansens" in draft and "naam" in draft


# -- the channel follows what the writer tried or cannot use


def test_a_writer_who_cannot_call_gets_mail() -> None:
    assert cannot_call("Ik ben doof, dus bellen lukt mij niet.")
    assert cannot_call("ik kan niet goed bellen sinds mijn operatie")
    assert not cannot_call("Mijn moeder is slechthorend en vroeg of de muziek zachter kon.")
    text = "Ik ben slechthorend dus bellen gaat bij mij niet. Na het verven brandde mijn hoofdhuid, nu heb ik korstjes."
    draft = _draft(KAPSALON_KNIP, text)
    assert draft.channel == "mail" and "an@knip.be" in (draft.text or "")
    assert "bel" not in (draft.text or "").lower().split("hartelijke")[0].replace("bellen gaat", "")
    text = "Ik ben doof, dus bellen lukt mij niet. Mijn nieuwe kozijnen zijn in de verkeerde kleur geverfd."
    assert _draft(PAINTER, text, platform="google").channel == "mail"


def test_a_writer_who_phoned_in_vain_about_an_order_is_called_back() -> None:
    text = "Bestelnummer 20417: verkeerde bloemen bij mijn moeder. Gebeld, ze zouden me terugbellen: niets gehoord."
    draft = _draft(BLOEMERIE_IRIS, text, platform="google")
    assert draft.channel == "telefoon" and "bellen" in (draft.text or "").lower()
    topics = analyse_topics(text)
    assert channel_tried(topics, {"order_numbers": ["20417"]}, text) == ("telefoon", "mail")
    # a call nobody answered, no call back awaited: the business phones them (the lead's decision, session 44); an
    # order by its number has their number, so it is not asked for
    text = "Bestelnummer 20417: verkeerde bloemen bezorgd bij mijn moeder. Twee keer gebeld, niemand neemt op."
    made = _draft(BLOEMERIE_IRIS, text, platform="google")
    assert made.channel == "telefoon" and "nummer dat ik van je heb" in (made.text or ""), made.text
    text = "Order 88120, bloemen kwamen verlept aan 🥀 en de telefoon werd nie opgenomen"
    assert _draft(BLOEMERIE_IRIS, text, platform="google").channel == "telefoon"
    # without an order to find them by, the mail only carries their number: the step is still that we phone
    text = "Verkeerde bloemen bezorgd bij mijn moeder. Twee keer gebeld, niemand neemt op."
    made = _draft(BLOEMERIE_IRIS, text, platform="google")
    said = made.text or ""
    assert made.channel == "telefoon" and "telefoonnummer" in said and "bel ik je" in said, said


def test_drafts_stay_the_same_for_the_same_comment() -> None:
    text = "Gisteren frikandellen bij jullie gehaald en vannacht hing ik met mijn hoofd boven de pot."
    assert _draft(SNACKBAR_DE_HOEK, text).text == _draft(SNACKBAR_DE_HOEK, text).text


# A fault back right after the work, on a short platform (X, Bluesky): when the profile names a warranty, the short
# reply still says it (session 8b, issue #13). Businesses and sentences of their own.
PHONES = BusinessProfile(
    name="Telefoonfix Zwolle",
    kind="winkel",
    signers=["Youssef"],
    voice="ik",
    email="info@telefoonfix.nl",
    return_terms="zes maanden garantie op elke reparatie",
)


def test_a_fault_back_after_the_repair_gets_the_warranty_on_x() -> None:
    text = "scherm maandag laten vervangen bij telefoonfix, woensdag alweer kapot. 90 euro weggegooid"
    draft = draft_text(PHONES, _COMPLAINT, text, platform="x", author="@sanne")
    assert "garantie" in draft and len(draft) <= 280
    text = "uitlaat vorige week laten repareren, nu weer los. lekker dan"
    assert "garantie" in draft_text(SCOOTERHUIS_VAN_DAM, _COMPLAINT, text, platform="x", author="@mo")


def test_no_warranty_line_without_warranty_terms() -> None:
    plain = BusinessProfile(name="Telefoonfix", kind="winkel", signers=["Youssef"], voice="ik", email="i@t.nl")
    text = "scherm maandag laten vervangen, woensdag alweer kapot. 90 euro weggegooid"
    assert "garantie" not in draft_text(plain, _COMPLAINT, text, platform="x", author="@sanne")


# Food poisoning: the draft names the dish the writer ate, not the first noun of the comment ('op de wc', 'naar de
# huisartsenpost') nor a dish others ate without trouble (session 8b, issue #13). Businesses and sentences of their
# own, not a round's.
WOK = BusinessProfile(name="Wokrestaurant Lotus", kind="restaurant", signers=["Mei"], voice="wij", phone="0318-441122")
BISTRO_DE_KADE = BusinessProfile(
    name="Bistro De Kade", kind="restaurant", signers=["Frank"], voice="ik", register="u", phone="010-7788990"
)


def test_the_dish_eaten_is_named_not_where_the_writer_lay_ill() -> None:
    text = (
        "Zaterdag met het gezin gegeten, ik de Thaise garnalen. Die nacht lag ik op de wc met krampen "
        "en diarree. De kinderen hadden de saté en waren nergens ziek van."
    )
    draft = draft_text(WOK, _SAFETY, text)
    assert "garnalen" in draft and "na de wc" not in draft and "saté" not in draft


def test_a_dish_ordered_before_going_to_the_doctor_is_named() -> None:
    text = "Vrijdag de oesters besteld. Mijn man moest 's nachts overgeven en zelfs naar de huisartsenpost."
    draft = draft_text(BISTRO_DE_KADE, _SAFETY, text, platform="google", author="Karin de Wit")
    assert "oesters" in draft and "huisartsenpost" not in draft.split("Hoe gaat")[0]
    text = "Wij hebben bij u de kalfsniertjes gegeten en zijn allebei doodziek geworden."
    assert "kalfsniertjes" in draft_text(BISTRO_DE_KADE, _SAFETY, text, platform="google", author="Karin de Wit")


def test_who_ate_the_dish_is_asked_after_not_who_ate_something_else() -> None:
    text = (
        "Met z'n vieren geluncht, mijn dochter en ik de gerookte zalm. Die avond allebei misselijk en overgeven. "
        "Mijn ouders hadden de tomatensoep en hadden nergens last van."
    )
    draft = draft_text(BISTRO_DE_KADE, _SAFETY, text, platform="google", author="Karin de Wit")
    assert "zalm" in draft and "ouders" not in draft
    text = "Mijn broer en ik hebben de kipwraps gegeten, mijn zus de salade. Wij waren de hele nacht ziek."
    draft = draft_text(WOK, _SAFETY, text)
    assert "kipwraps" in draft and "zus" not in draft


_SCHOENMAKER = BusinessProfile(
    name="Schoenmakerij Veldkamp",
    kind="schoenmaker",
    signers=["Gert"],
    voice="wij",
    register="u",
    email="info@veldkampschoenen.nl",
    phone="0573-441122",
)
_SCOOTERS_GENK = BusinessProfile(
    name="Scooters Vanhove",
    kind="scooterwinkel",
    signers=["Kurt"],
    voice="ik",
    register="je",
    email="kurt@scootersvanhove.be",
    phone="089 36 12 45",
)


@pytest.mark.parametrize(
    ("shop", "text", "platform"),
    [
        (
            _SCHOENMAKER,
            "Op 3 maart mijn laarzen binnengebracht voor nieuwe zolen, 'over een week klaar'. Nu vier weken later "
            "en nog steeds niets gehoord. Zo kan ik de hele winter op sneakers lopen.",
            "google",
        ),
        (
            _SCOOTERS_GENK,
            "Mijne scooter staat er al drie weken vur een nieuwe uitlaat en ik heb nog niks gehoord. Wanneer is "
            "die eindelijk klaar? Ik moet elke dag naar Hasselt.",
            "facebook",
        ),
        (
            _SCHOENMAKER,
            "when is my bag going to be ready?? dropped it off for a new zipper two weeks ago, still nothing",
            "facebook",
        ),
    ],
)
def test_a_complaint_asking_where_its_thing_stands_gets_a_slot_for_it_and_a_call(
    shop: BusinessProfile, text: str, platform: str
) -> None:
    """The writer wants to know when the thing left for repair is ready: a line for that, not a proposal to make up
    for it; the business tells it itself, with the number for who will not wait (no 'mail us' to a writer who
    waited for us)."""
    draft = draft_text(shop, _COMPLAINT, text, platform=platform, author="Anna Peters")
    if "zipper" in text:  # English: the English complaint draft, not made worse
        assert shop.phone in draft or shop.email in draft, draft
        return
    assert "nu sta" in draft and "[vul in: klaar op" in draft, draft
    assert "het voorstel" not in draft and shop.phone in draft, draft
    assert draft.index("nu sta") < draft.index(shop.phone), draft


def test_an_order_not_yet_due_is_confirmed_not_made_up_for() -> None:
    caterer = BusinessProfile(
        name="Traiteur Bosmans", kind="traiteur", signers=["Els"], voice="wij", register="u", phone="015 21 33 44"
    )
    text = (
        "Twee keer gebeld en een mail gestuurd voor de broodjes voor de koffietafel van mijn moeder haar uitvaart "
        "vrijdag. Niemand neemt op. Ik weet nog altijd niet of dat in orde is."
    )
    draft = draft_text(caterer, _COMPLAINT, text, author="Rita Claes")
    assert "[vul in: klaar op" in draft and "geld terug" not in draft, draft


@pytest.mark.parametrize(
    "text",
    [
        "Nieuwe schoenen bij jullie gekocht en na een week laat de zool al los. Ik wil een nieuw paar.",
        "na 2 dagen de hak eraf, ik wil gewoon een nieuwe hak en da rap",
    ],
)
def test_a_new_thing_asked_for_is_named_with_a_slot(text: str) -> None:
    draft = draft_text(_SCHOENMAKER, _COMPLAINT, text, platform="facebook", author="Joke Smit")
    said = "Een nieuw paar" if "paar" in text else "Een nieuwe hak"
    assert f"{said}: dat regelen we voor u. [vul in:" in draft, draft
    assert "het voorstel" not in draft, draft


def test_a_complaint_without_a_request_keeps_its_proposal() -> None:
    text = "Zolen laten vervangen en na een week lopen ze al scheef af. Niet best voor € 45."
    draft = draft_text(_SCHOENMAKER, _COMPLAINT, text, platform="google", author="Joke Smit")
    assert "[vul in: klaar op" not in draft and "dat regelen we" not in draft, draft


def test_a_repair_asked_for_today_is_promised_for_today() -> None:
    text = (
        "De remmen van mijn scooter piepen en grijpen niet sinds jullie onderhoud. "
        "Ik wil dat iemand er vandaag naar kijkt."
    )
    draft = draft_text(_SCOOTERS_GENK, _COMPLAINT, text, author="Ward Peeters")
    assert "Vandaag nog" in draft or "vandaag nog naar gekeken" in draft, draft


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "Vorige week een taart besteld voor de doop, de naam stond er verkeerd op. Dinsdag gemaild, nog altijd "
            "geen antwoord. Moet ik nu echt nog een keer bellen?",
            "Sanne Wouters",
        ),
        ("tweede mail al gestuurd over mijn kapotte rits, moet ik jullie soms nog eens mailen??", "Kim Janssens"),
    ],
)
def test_a_writer_asking_whether_to_chase_again_hears_no_and_that_we_get_in_touch(text: str, author: str) -> None:
    draft = draft_text(_SCHOENMAKER, _COMPLAINT, text, author=author)
    assert "Nee, u hoeft niet nog eens te bellen of te mailen" in draft and "0573-441122" in draft, draft
    assert "Mailt u" not in draft and "Belt u" not in draft and "het antwoord op" not in draft, draft


def test_where_the_writer_cried_is_not_the_complaint_but_what_they_asked_for_is() -> None:
    """ "Gevraagd om 'alleen de puntjes' ... Huilend in de auto gezeten": not 'over de auto'."""
    text = "Ik vroeg om 'alleen wat bijwerken' en nu zit het boven mijn oren. Ik heb in de auto zitten huilen."
    reply = draft_text(SALON, "uitkomst_herstel", text)
    assert "alleen wat bijwerken" in reply and "auto" not in reply, reply


def test_a_second_thing_that_stopped_working_since_the_work_is_named() -> None:
    """'... en m'n achterlicht doet t ok nie meer sins jie d'r an gezete': the second thing, named beside the first."""
    shop = BusinessProfile(name="Fietsen Bakker", kind="fietsenmaker", signers=["Joost"], voice="ik", register="je")
    text = (
        "Ketting vorige week laten vervangen en nu springt hij er weer af. "
        "En mijn bel werkt ook niet meer sinds jullie eraan zaten."
    )
    reply = draft_text(shop, "uitkomst_herstel", text)
    assert "je bel" in reply, reply


def test_a_complaint_with_a_tip_to_see_to_a_thing_names_the_tip() -> None:
    from tests.domain.businesses import KAPSALON_KNIP
    from tests.domain.drafts import suggested

    text = "Twintig minuten staan wachten, er was geen stoel vrij. Zorg voor een paar extra stoelen bij de ingang!"
    said = suggested(KAPSALON_KNIP, text, label="klacht", flags=["suggestie"], author="Mila")
    assert "voor een paar extra stoelen bij de ingang" in said, said
