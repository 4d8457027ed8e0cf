"""A safety complaint whose writer asks for someone today ('Ik wil dat er vandaag nog iemand naar kijkt') gets that
asked answered: a promise for today with a slot for when, before the phone number. Shops and sentences of their own."""

from __future__ import annotations

import re

import pytest

from app.domain.profile import BusinessProfile
from app.nlp.topic_harm import shipped_harm
from tests.domain.drafts import draft_text

_SAFETY = "uitkomst_herstel"

SHOP = BusinessProfile(
    name="Fietsenmakerij De Ketting",
    kind="fietsenmaker",
    signers=["Bram"],
    voice="ik",
    register="je",
    phone="0475-112233",
)
STORE = BusinessProfile(
    name="Elektro Janssens", kind="winkel", signers=["Griet"], voice="wij", register="u", phone="011 22 33 44"
)


@pytest.mark.parametrize(
    "text",
    [
        "De accu begon gisteren te roken tijdens het laden. Ik wil dat er vandaag nog iemand naar kijkt!",
        "er kwam rook uit de lader van onze e-bike, kan er nog vandaag iemand langskomen??",
        "Mijn accu rookte vannacht in de gang. Graag vandaag nog iemand die komt kijken, de kinderen slapen daar boven",
    ],
)
@pytest.mark.parametrize("profile", [SHOP, STORE])
def test_a_hazard_with_someone_asked_today_gets_today_answered(text: str, profile: BusinessProfile) -> None:
    draft = draft_text(profile, _SAFETY, text, author="Els Peeters")
    assert "vandaag nog" in draft.lower() and "[vul in: hoe laat" in draft, draft
    assert draft.index("[vul in: hoe laat") < draft.index(profile.phone), draft  # the promise, then the phone


def test_a_hazard_without_a_request_for_today_gets_no_promise() -> None:
    """Negative case: 'vandaag' only says when it happened."""
    draft = draft_text(SHOP, _SAFETY, "Vandaag begon mijn accu te roken tijdens het laden, ik schrok me kapot.")
    assert "hoe laat" not in draft, draft


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Ik wil dat er vandaag nog iemand naar die gaslucht komt kijken", True),
        ("kan er nog  vandaag iemand langs komen aub", True),
        ("Can someone come and check the heater today?", True),
        ("someone today please, the socket is sparking", True),
        ("Vandaag kreeg ik een schok van de lamp", False),
        ("Gisteren was het al mis en vandaag nog steeds", False),
    ],
)
def test_asked_for_today_in_so_many_words(text: str, asked: bool) -> None:
    from app.domain.draft_safety import TODAY_ASKED

    assert bool(TODAY_ASKED.search(text)) is asked


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        ("De accu van mijn e-bike begon gisteren in de garage te roken tijdens het laden. Doodsbang!", "facebook"),
        ("onze nieuwe oplader smeulde na een uurtje, hele kamer stinkt. hoe kan dit??", "instagram"),
        ("Gisteravond kwam er rook uit de batterij van mijn step, die ik vorige week bij jullie kocht.", "google"),
    ],
)
def test_a_smoking_device_gets_the_advice_and_a_phone_number(text: str, platform: str) -> None:
    shop = BusinessProfile(
        name="Fietspunt Oost", kind="fietsenmaker", signers=["Joris"], voice="ik", register="je", phone="053-9988776"
    )
    made = draft_text(shop, "uitkomst_herstel", text, platform=platform)
    advice = next(r.advice for r in shipped_harm().rules if r.advice)
    assert advice in made and "053-9988776" in made
    assert made.index(advice) < made.index("053-9988776")


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Ik wil dat iemand hier vandaag naar kijkt, de kachel tikt en stinkt.", True),
        ("ik verwacht dat er VANDAAG iemand langs komt", True),
        ("Ik wil da ge vandaag die lekkende leiding komt maken", True),
        ("Ik kan vandaag niet naar mijn werk komen door jullie", False),
        ("Vandaag wilde ik het nog laten nakijken maar ik durf niet meer", False),
    ],
)
def test_asked_for_today_without_nog(text: str, asked: bool) -> None:
    from app.domain.draft_safety import TODAY_ASKED

    assert bool(TODAY_ASKED.search(text)) is asked


@pytest.mark.parametrize(
    "text",
    [
        "Met 12 collega's onze teamlunch bij jullie gehad. De dag erna waren 7 van de 12 ziek, buikpijn en overgeven.",
        "we zaten met ons team van 10 collegas bij jullie, zes van de tien lagen de dag erna met diarree op bed",
        "Bedrijfsuitje met 20 collega's: VIJF van ons werden 's nachts doodziek na de mosselen.",
    ],
)
@pytest.mark.parametrize("profile", [SHOP, STORE])
def test_a_group_of_colleagues_ill_is_named_as_colleagues(text: str, profile: BusinessProfile) -> None:
    draft = draft_text(profile, _SAFETY, text, author="Koen Maes")
    assert "collega's" in draft and "gezelschap" not in draft, draft


def test_a_group_without_colleagues_stays_the_company() -> None:
    """Negative case: friends named as a group, no colleagues."""
    draft = draft_text(STORE, _SAFETY, "Met 8 vrienden gegeten, 5 van de 8 werden ziek na het toetje.")
    assert "collega" not in draft, draft


_SALON = BusinessProfile(name="Haarstudio Pluk", kind="kapper", signers=["Noor"], voice="wij", phone="0318-661122")
_BAKERY = BusinessProfile(
    name="Bakkerij Verstraete", kind="bakker", signers=["Ann"], voice="wij", register="u", phone="056 22 33 44"
)


@pytest.mark.parametrize(
    "text",
    [
        "Gisteren mijn haar laten kleuren bij jullie en nu zit mijn hoofdhuid vol blaren en zijn mijn oren dik.",
        "na het verven brandde mijn hoofdhuid, en me nek en oren zijn rood en opgezwollen",
        "Hoofdhuid vol korsten na de kleuring, mijn oren ook helemaal rood. Dit had niet gemogen!!",
        "Mijn hoofdhuid en mijn nek zijn ontstoken na de permanent bij jullie, ik moest naar de dokter.",
    ],
)
def test_the_writers_own_skin_is_no_part_of_another_part(text: str) -> None:
    made = draft_text(_SALON, _SAFETY, text)
    assert not any(f"van je {part}" in made for part in ("oren", "nek", "hoofdhuid", "oor"))
    assert "Hoe gaat het nu met je oren" not in made and "met je nek?" not in made


@pytest.mark.parametrize(
    "text",
    [
        "Zondag ne kerstcramique bij u gekocht en mijn zoon bijt op iets hards: een stuk glas. Hoe kan dat?",
        "mijn dochter beet op een stuk metaal, brok van haar tand af, we moesten naar de tandarts",
        "Ik beet op een stukje plastic van wel een centimeter. Schandalig, wat gaat u doen?",
        "My son bit on a piece of metal, half a tooth gone, we went to the dentist.",
    ],
)
def test_what_was_found_is_never_in_itself(text: str) -> None:
    made = draft_text(_BAKERY, _SAFETY, text)
    for thing in ("glas", "metaal", "plastic", "metal", "tandarts", "dentist"):
        assert f"in de {thing}" not in made and f"in het {thing}" not in made and f"in uw {thing}" not in made


_SKATES = BusinessProfile(
    name="Sport & Fiets Dijk", kind="fietsenmaker", signers=["Wietse"], voice="ik", register="je", phone="0514-223344"
)


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Noren laten slijpen, kwam terug met een scheve rand en ik ben bijna gevallen op de vaart", "noren"),
        ("Schaatsen geslepen bij jullie, totaal bot en ik ging onderuit op het ijs. Dankjewel hoor", "schaatsen"),
        ("Noren bij jullie laten slijpen, bleven haken en ik ging onderuit op de ijsbaan", "noren"),
        ("De kinderzitje dat jullie monteerden zat los, bijna gevallen met de kleine erin!!", "kinderzitje"),
    ],
)  # fmt: skip
def test_an_injury_without_a_part_that_gave_way_names_the_thing_it_is_about(text: str, thing: str) -> None:
    made = draft_text(_SKATES, "uitkomst_herstel", text, platform="google", author="Auke")
    assert thing in made.split("\n", 2)[1], made


def test_a_near_one_said_as_a_flemish_diminutive_is_asked_after_with_the_part_hurt() -> None:
    text = "Mijn dochterke heeft in jullie galette op het porseleinen figuurtje gebeten, nen halve voortand eraf."
    made = draft_text(_BAKERY, "uitkomst_herstel", text, platform="facebook", author="Els Maes")
    assert "voortand van uw dochterke" in made, made


# The step a safety reply names to show the business is in control (resources/harm.toml [[step]]).
_CYCLES = BusinessProfile(
    name="Tweewielers Van Dam", kind="fietsenmaker", signers=["Joost"], voice="wij", register="u", phone="0162-445566"
)
_BISTRO = BusinessProfile(
    name="Bistro De Linde", kind="restaurant", signers=["Hanne"], voice="wij", register="je", phone="050-3141592"
)
_BAKE = BusinessProfile(name="Bakker Smits", kind="bakkerij", signers=["An"], voice="ik", register="je", phone="01355")
_HAIR = BusinessProfile(name="Salon Lola", kind="kapsalon", signers=["Lola"], voice="ik", register="u", phone="098")


@pytest.mark.parametrize(
    ("profile", "ride"),
    [(SHOP, "Rijd er alsjeblieft niet meer op"), (_CYCLES, "Rijdt u er alstublieft niet meer op")],
)
@pytest.mark.parametrize(
    "text",
    [
        "Vorige week nieuwe remmen laten zetten en vanmorgen deed de achterrem het niet, ben tegen een paal gereden.",
        "na de beurt brak gisteren me voorvork af op het fietspad, ben op mn kin gevallen",
        "Het stuur schoot los in de afdaling, twee dagen na de reparatie bij jullie!!",
        "remmen werken nie na het onderhoud bij u, bijna onder een camion beland",
    ],
)
def test_a_bike_part_that_failed_gets_stop_riding_and_how_it_gets_to_the_shop(
    text: str, profile: BusinessProfile, ride: str
) -> None:
    made = draft_text(profile, _SAFETY, text)
    # how it gets to the shop is the owner's to fill in; a free check is no promise the draft makes for them
    assert ride in made and "grondig na" in made and "kosteloos" not in made, made
    assert made.index("grondig na") < made.index(profile.phone), made
    assert made.count("niet meer op") == 1, made


def test_a_pickup_asked_for_today_is_not_offered_twice() -> None:
    made = draft_text(SHOP, _SAFETY, "Remmen begaven het na de beurt. Ik wil dat er vandaag nog iemand naar kijkt!")
    assert "ophalen" in made and "[vul in: ik haal de fiets" not in made, made
    assert "niet meer op" in made, made


@pytest.mark.parametrize(
    "text",
    [
        "Speculaas gekocht met een bordje 'notenvrij' en mijn dochter kreeg dikke lippen, epipen gebruikt.",
        "mijn zoontje is allergisch voor pinda en werd ziek van jullie koekjes, er stond niks op het zakje",
        "Glutenvrij brood bij je gekocht maar mijn vriendin met coeliakie lag de hele nacht ziek. Allergie voor tarwe!",
        "Op de verpakking stond geen sesam, toch kreeg mijn man een allergische reactie. Hoe kan dit??",
    ],
)
def test_an_allergen_in_a_bakery_product_gets_a_slot_for_the_product_and_label(text: str) -> None:
    made = draft_text(_BAKE, _SAFETY, text)
    assert "[vul in: wat ik met het product en het etiket doe" in made, made


def test_a_cut_from_something_not_on_the_label_gets_the_label_step_and_a_fall_does_not() -> None:
    label = draft_text(_BAKE, _SAFETY, "Zoon beet op een plastic figuur in de taart, stond nergens vermeld. Tand af.")
    assert "het etiket" in label, label
    fall = draft_text(_BAKE, _SAFETY, "In jullie winkel uitgegleden op de natte vloer, pols gebroken.")
    assert "etiket" not in fall and "[vul in: wat" not in fall, fall


@pytest.mark.parametrize(
    "text",
    [
        "Na de mosselen lagen we met z'n vieren de hele nacht op de wc. Waar komen die vandaan?",
        "Voedselvergiftiging na jullie kerstmenu, mijn moeder is opgenomen!!",
        "zaterdag bij jullie gegeten en zondag zijn we alle drie ziek geworden, overgeven en diarree",
        "We got food poisoning after the oysters, my wife threw up all night.",
    ],
)
def test_food_poisoning_gets_what_is_checked_and_whether_others_fell_ill(text: str) -> None:
    made = draft_text(_BISTRO, _SAFETY, text)
    if "We got" in text:
        assert "[vul in: wat, bijv." not in made or "We controleren" in made, made  # Dutch step only in Dutch drafts
        return
    assert "We controleren [vul in: wat, bijv. de leverancier" in made and "anderen ziek werden" in made, made


def test_an_allergy_in_a_restaurant_gets_the_allergy_procedure_slot() -> None:
    made = draft_text(_BISTRO, _SAFETY, "Ik zei dat ik allergisch ben voor noten, toch zat er hazelnoot in het toetje!")
    assert "van de bestelling tot in de keuken" in made, made
    assert "etiket" not in made, made


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("De kapster heeft met de schaar in mijn oor geknipt, het bloedde enorm.", "bij het ontsmetten"),
        ("me nek is ontstoken na het scheren, die tondeuse werd nie ontsmet", "bij het ontsmetten"),
        ("Brandwonde in mijn nek van de föhn, dat doet nog steeds pijn.", "met hitte"),
        ("De stijltang was veel te heet, nu heb ik een blaar op mijn voorhoofd!", "met hitte"),
        ("Na het kleuren zit mijn hoofdhuid vol jeukende bulten, er is geen allergietest gedaan", "blondeerproducten"),
    ],
)
def test_a_salon_injury_gets_a_slot_for_what_changes_in_that_kind_of_work(text: str, step: str) -> None:
    made = draft_text(_HAIR, _SAFETY, text)
    assert step in made and made.count("Zodat het niemand anders overkomt") == 1, made


def test_a_salon_complaint_of_another_kind_gets_no_step_that_does_not_fit() -> None:
    made = draft_text(
        _HAIR, _SAFETY, "De vlechtjes zaten zo strak dat ik drie nachten hoofdpijn had en nu bultjes heb."
    )
    assert "ontsmet" not in made and "met hitte" not in made, made


def test_an_allergy_at_a_bakery_without_a_label_gets_the_allergen_step() -> None:
    made = draft_text(
        _BAKE, _SAFETY, "Ik vroeg nog of er ei in de taart zat, 'nee hoor', en mijn zoon kreeg een allergische reactie."
    )
    assert "zodat de allergenen kloppen" in made and "etiket" not in made, made


@pytest.mark.parametrize(
    "text",
    [
        "Mijn voorlamp werd gloeiend heet na de reparatie, ik rook het plastic smelten!",
        "De accu-lader van jullie werd zo heet dat hij begon te roken",
    ],
)
def test_a_bike_shop_hazard_that_names_no_part_of_the_bike_gets_no_stop_riding(text: str) -> None:
    assert "niet meer op tot" not in draft_text(SHOP, _SAFETY, text)


@pytest.mark.parametrize(
    "text",
    [
        "Mijn dochter heet Lotte en ze is bij jullie over het snoer van de föhn gestruikeld, haar knie ligt open.",
        "Ik struikelde over de kabel van een föhn en viel met mijn pols op de wasbak.",
    ],
)
def test_a_salon_fall_gets_no_step_about_working_with_heat(text: str) -> None:
    assert "hitte" not in draft_text(_HAIR, _SAFETY, text)


def test_food_poisoning_steps_only_where_food_is_made() -> None:
    paint = BusinessProfile(name="Verf & Co", kind="verfwinkel", signers=["Jos"], voice="ik", register="je", phone="0")
    made = draft_text(
        paint, _SAFETY, "Na de koffie in jullie winkel zijn we allebei ziek geworden, overgeven de hele nacht"
    )
    assert "de bereiding en het gerecht" not in made
    assert "de bereiding en het gerecht" in draft_text(
        _BISTRO, _SAFETY, "Na het kerstmenu bij jullie zijn we allemaal ziek geworden, overgeven de hele nacht"
    )


_SALON = BusinessProfile(
    name="Kapsalon Sien", kind="kapper", signers=["Sien"], voice="ik", register="u", phone="09 321 45 67"
)
_BARBER = BusinessProfile(
    name="Barber Jonas", kind="kapper", signers=["Jonas"], voice="ik", register="je", phone="0486 12 34 56"
)


@pytest.mark.parametrize(
    "text",
    [
        "Kam van de grond terug gebruikt. Nu heb ik uitslag in mijn nek, de dokter zegt een schimmelinfectie.",
        "de tondeuse werd nie ontsmet en ik heb nu ne schimmelinfectie op mijn hoofd, proper is anders",
        "Vuile borstels, niet schoongemaakt tussen klanten. Ik zit nu met een huidinfectie langs mijn haarlijn.",
    ],
)
@pytest.mark.parametrize("profile", [_SALON, _BARBER])
def test_an_infection_caught_is_named_as_caught_by_the_writer_not_an_allergy(
    text: str, profile: BusinessProfile
) -> None:
    made = draft_text(profile, "uitkomst_herstel", text, platform="facebook", author="Katrien Peeters")
    assert "allergi" not in made
    assert "infectie" in made
    assert any(f"dat {you} nu een" in made.lower() for you in ("u", "je")), made
    assert made.count("infectie") == 1, made


@pytest.mark.parametrize(
    "text",
    [
        "Vorige maand mijn baard laten trimmen. Een week later een huidinfectie op mijn kin, de huisarts gaf een zalf.",
        "Mijn dochter heeft na het knippen hoofdluis opgelopen, de kammen lagen gewoon op de grond.",
        "na het scheren allemaal bultjes en nu een ontsteking in mijn nek, de dokter gaf antibiotica. Vuil mesje?",
    ],
)
@pytest.mark.parametrize("author", ["Katrien Peeters", "Jan", "Els Wouters", "Mo", "Rik Smets"])
def test_who_still_has_what_they_caught_is_asked_how_it_is_now(text: str, author: str) -> None:
    """An infection or vermin caught goes on: whichever line names it, the reply asks how it is now."""
    made = draft_text(_BARBER, "uitkomst_herstel", text, platform="facebook", author=author)
    assert "Hoe gaat het er nu mee?" in made, made


@pytest.mark.parametrize("author", ["Katrien Peeters", "Jan", "Els Wouters", "Mo", "Rik Smets"])
def test_who_caught_something_and_is_well_again_is_not_asked_how_it_is(author: str) -> None:
    text = "Na het knippen een schimmelinfectie op mijn hoofd gekregen, de tondeuse was vuil. Nu is het weer goed."
    made = draft_text(_BARBER, "uitkomst_herstel", text, platform="facebook", author=author)
    assert "hoe gaat het" not in made.lower() and "Gelukkig gaat het weer" in made, made


def test_an_infection_of_the_writers_child_is_the_childs() -> None:
    text = "De kammen waren vuil en niet ontsmet. Mijn zoontje heeft nu krentenbaard, zegt de huisarts."
    made = draft_text(_SALON, "uitkomst_herstel", text, platform="google", author="Ilse")
    assert "krentenbaard" in made and "uw zoontje" in made and "allergi" not in made, made


_BIKES = BusinessProfile(
    name="Tweewieler Bosman", kind="fietsenmaker", signers=["Kees"], voice="ik", register="je", phone="0318-123456"
)


@pytest.mark.parametrize(
    ("text", "job"),
    [
        ("Noren laten slijpen, kreeg ze terug met een scheve kant en op de vaart bijna onderuit gegaan.", "slijpen"),
        (
            "Mijn fiets bij jullie laten afstellen en ben op de eerste rit bijna gevallen, het stuur draaide",
            "afstellen",
        ),
        ("Schaatsen laten slijpen hé, bramen erop en ik ben bekant op mijn gezicht gegaan op de ijsbaan", "slijpen"),
    ],
)
def test_a_near_fall_after_a_job_names_the_job_and_asks_after_no_injury(text: str, job: str) -> None:
    made = draft_text(_BIKES, "uitkomst_herstel", text, platform="google", author="Gerrit")
    first = made.split("\n", 2)[1]
    assert f"na het {job}" in first, made
    assert "beter gaat" not in made and "Hoe gaat het nu" not in made and "ernstig" not in first, made


@pytest.mark.parametrize(
    "text",
    [
        "Mijn dochter is bij jullie geknipt en heeft nu bultjes in haar nek. De huisarts denkt aan een infectie."
        " Poetsen jullie de kammen wel tussen de kinderen door?",
        "Ons Lotte heeft sinds het knippen krentenbaard volgens de dokter, zijn die borstels wel proper?",
    ],
)
def test_an_infection_of_the_named_child_is_the_childs_not_the_childrens(text: str) -> None:
    made = draft_text(_SALON, "uitkomst_herstel", text, platform="facebook", author="Ilse")
    assert "allergi" not in made and "kinderen nu" not in made, made
    assert re.search(r"(?:uw dochter|Lotte) nu", made), made


CAFE = BusinessProfile(
    name="Eetcafé De Zwaan", kind="restaurant", signers=["Mieke"], voice="wij", register="je", phone="0499 12 34 56"
)
SALON = BusinessProfile(
    name="Kapsalon Krul", kind="kapper", signers=["Sanne"], voice="wij", register="u", phone="050-1234567"
)


@pytest.mark.parametrize("platform", ["instagram", "facebook", "x"])
@pytest.mark.parametrize(
    "text",
    [
        "Na het verven brandde mijn hoofdhuid, nu zitten er korsten op.",
        "mijn zoontje kreeg vlekken van jullie pannenkoek, hij is allergisch voor ei!!",
        "Gisteren bij jullie gegeten en de hele nacht overgegeven.",
    ],
)
def test_a_safety_draft_never_opens_with_hey_or_hoi(text: str, platform: str) -> None:
    for author in ("lotje_92", "Lotte Smit"):
        draft = draft_text(CAFE, _SAFETY, text, platform=platform, author=author)
        assert not re.match(r"\s*(?:Hey|Hoi)\b", draft), draft


@pytest.mark.parametrize(
    ("profile", "text"),
    [
        (SALON, "Met de stijltang in mijn nek gebrand. Het is nu nog altijd open."),
        (CAFE, "Zaterdag de mosselen gegeten, allebei ziek, en we zijn er nog steeds niet bovenop."),
        (CAFE, "na het blonderen blaren op m'n hoofdhuid en het lekt 😭"),
        (SALON, "Ik ben bij u gevallen over de mat, mijn knie is nog steeds dik en gezwollen."),
    ],
)
def test_harm_that_goes_on_gets_the_gp_advised_with_the_costs_a_slot(profile: BusinessProfile, text: str) -> None:
    draft = draft_text(profile, _SAFETY, text, author="Ria Claes")
    assert "huisarts" in draft and "[vul in: of " in draft, draft


@pytest.mark.parametrize(
    "text",
    [
        "Met de krultang in mijn nek gebrand, maar het is gelukkig alweer genezen.",
        "Ik lag drie dagen in het ziekenhuis en ben nog steeds niet bovenop.",
    ],
)
def test_harm_healed_or_in_hospital_gets_no_gp_advice(text: str) -> None:
    assert "huisarts" not in draft_text(SALON, _SAFETY, text, author="Ria Claes")


@pytest.mark.parametrize(
    "text",
    [
        "Ik had gezegd dat ik allergisch ben voor noten. Toch zaten ze in de saus. "
        "Mijn vriend is met mij naar de spoed gereden.",
        "allergisch voor vis gezegd, toch vis in de soep. "
        "mn man heeft me meteen naar de huisartsenpost gebracht, mijn lippen waren dik",
        "'k Zei da 'k allergisch ben an noten. Toch noten in 't dessert. Mijn broer is mi mij naar den dokter gereden.",
    ],
)
def test_the_one_who_drove_the_writer_is_not_asked_after(text: str) -> None:
    draft = draft_text(CAFE, _SAFETY, text, author="Lies")
    assert not re.search(r"met je (?:vriend|man|broer)\b", draft), draft


@pytest.mark.parametrize(
    ("text", "dish"),
    [
        (
            "Met z'n tweeën het menu gegeten. Het enige wat we allebei hadden, waren de mosselen. Nu allebei ziek.",
            "mosselen",
        ),
        ("We aten het verrassingsmenu en werden ziek; het enige dat we alle twee namen was de zalm.", "zalm"),
    ],
)
def test_the_one_dish_all_the_ill_had_is_named(text: str, dish: str) -> None:
    assert dish in draft_text(CAFE, _SAFETY, text, author="Lies"), dish


@pytest.mark.parametrize(
    "text",
    [
        "Laten blonderen voor mijn trouwfeest en nu brandt mijn hoofdhuid en zitten er blaren op.",
        "Laten blonderen voor mijn verjaardag en mijn hoofdhuid is helemaal rood en verbrand.",
    ],
)
def test_a_scalp_reaction_is_after_the_treatment_not_after_what_it_was_for(text: str) -> None:
    draft = draft_text(SALON, _SAFETY, text, author="Ria Claes")
    assert "na het blonderen" in draft and "na uw trouwfeest" not in draft and "na uw verjaardag" not in draft, draft


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Bij het afremmen schoot het stuur los. Ik ben gevallen, knie open en mijn pols is gekneusd.",
            "een open knie en een gekneusde pols",
        ),
        ("stuur draaide weg in de afdaling, lag op de grond: sleutelbeen gebroken", "een gebroken sleutelbeen"),
        ("Het zadel brak af en ik viel, mijn enkel is verstuikt.", "een verstuikte enkel"),
        ("Pedaal brak af, ik ben gevallen en mijn lip lag kapot", "een kapotte lip"),
    ],
)
@pytest.mark.parametrize("profile", [SHOP, STORE])
def test_an_injury_is_named_as_the_writer_said_how_it_is(text: str, said: str, profile: BusinessProfile) -> None:
    draft = draft_text(profile, _SAFETY, text, author="Jan Peeters")
    assert said in draft and "geraakt is" not in draft, draft


@pytest.mark.parametrize(
    "text",
    [
        "Na de beurt schoot de voorrem door, de kabel zat los. Ik ben gevallen en heb een snee in mijn hand.",
        "de achterrem deed niks meer, remkabel zat los!! ben gevallen, mijn knie is geschaafd",
    ],
)
def test_a_brake_that_failed_is_named_not_its_cable(text: str) -> None:
    draft = draft_text(STORE, _SAFETY, text, author="Jan Peeters")
    assert "rem" in draft and "met uw kabel" not in draft, draft


BAKERY = BusinessProfile(
    name="Bakkerij Het Korenaar", kind="bakkerij", signers=["Greet"], voice="wij", register="je", phone="014 55 66 77"
)


@pytest.mark.parametrize(
    ("text", "allergen"),
    [
        (
            "Op het kaartje stond 'zonder noten', toch kreeg mijn dochter een reactie. "
            "Ik had gezegd dat ze allergisch is.",
            "noten",
        ),
        ("bij de koffiekoeken stond een bordje 'sesamvrij'. Mijn man is allergisch en zat onder de vlekken!!", "sesam"),
        ("Op t kaartje in de toog stond zonder ei, mn zoon is allergisch en had direct een dikke lip", "ei"),
    ],
)
def test_a_label_that_promised_the_allergen_away_is_named_with_the_label_step(text: str, allergen: str) -> None:
    draft = draft_text(BAKERY, _SAFETY, text, author="Lies")
    assert f"op {allergen}" in draft and "etiket" in draft, draft


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Mijn jongste vond een stuk glas in zijn boterham, gelukkig niks ingeslikt.", "jongste"),
        ("Snij ik in de taart, zit er nen splinter in. Onze kleinste had al een stuk op, amai", "kleinste"),
        ("Er zat een schroefje in de koffiekoek, mijn oudste heeft er bijna zijn tand op gebroken.", "oudste"),
    ],
)
def test_the_writers_youngest_or_eldest_is_the_one_asked_after(text: str, who: str) -> None:
    assert who in draft_text(BAKERY, _SAFETY, text, author="Lies"), who


@pytest.mark.parametrize(
    "text",
    [
        "De remmen piepen en pakken nie goed, ik stond pas na een heel eind stil.",
        "Sinds de beurt gieren mijn remmen en stopt de fiets pas na tien meter.",
        "Mijn remmen kraken. Gisteren kon ik niet op tijd stoppen en reed ik tegen een hek.",
        "Na de reparatie piept de achterrem. Op de brug begaf hij het en ik ben gevallen.",
    ],
)
def test_a_noisy_brake_that_fails_keeps_the_stop_riding_advice(text: str) -> None:
    """A false alarm costs little, a missed one a great deal: no 'Vervelend dat de pakken piepen'."""
    made = draft_text(_CYCLES, _SAFETY, text)
    assert "niet meer op" in made, made
    assert not re.search(r"\b(?:pakken|hek|brug) piep", made), made


@pytest.mark.parametrize(
    ("shop", "text", "said"),
    [
        (_BAKE, "Ik lag met een longontsteking in bed en de bezorger kwam 2 uur te laat met de taart.", "2 uur"),
        (_BISTRO, "Mijn vrouw herstelt van een blaasontsteking, dus we aten licht, maar de soep was koud.", "soep"),
        (_BAKE, "mn dochter had een oorontsteking dus mijn man haalde de taart, die moest een uur wachten", "taart"),
        (_BISTRO, "Mijn man ligt met een longontsteking thuis, dus ik kwam alleen en het eten was lauw.", "lauw"),
    ],
)
def test_an_infection_the_writer_only_tells_about_is_no_hygiene_case(
    shop: BusinessProfile, text: str, said: str
) -> None:
    made = draft_text(shop, _SAFETY, text)
    assert "ygiëne" not in made and said in made, made


@pytest.mark.parametrize(
    "text",
    [
        "Na het verven kreeg ik jeuk en bultjes, de dokter zegt een infectie maar ook een allergische reactie.",
        "Na de wax heb ik een ontsteking en mijn oog is opgezwollen, ik kan amper zien.",
        "Sinds het epileren een ontsteking en mijn lip is zo dik dat ik moeilijk adem.",
        "na het harsen is mijn wenkbrauw ontstoken en m'n oog zit dicht",
    ],
)
def test_an_allergy_or_a_swelling_beside_an_infection_keeps_how_are_you(text: str) -> None:
    made = draft_text(_HAIR, _SAFETY, text)
    assert "Hoe gaat het" in made and "ygiëne" not in made, made


@pytest.mark.parametrize(
    ("shop", "text"),
    [
        (_BISTRO, "Mijn man kreeg een ontsteking aan zijn tandvlees nadat hij een stuk bot in de soep vond."),
        (_BAKE, "Ik beet op een stukje metaal in mijn brood en nu is mijn tandvlees ontstoken."),
        (_BISTRO, "Er zat een graat in mijn vis en nu is mijn keel ontstoken."),
        (_BISTRO, "Ik vond een splinter in de salade, mijn mond is nu ontstoken."),
    ],
)
def test_a_foreign_body_that_caused_an_infection_is_not_blamed_on_hygiene(shop: BusinessProfile, text: str) -> None:
    made = draft_text(shop, _SAFETY, text)
    assert "ygiëne" not in made, made


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Ik heb een schimmelinfectie op mijn hoofd sinds mijn knipbeurt, en mijn dochter ook.", "u en uw dochter"),
        ("Mijn zoon en ik hebben allebei krentenbaard na het knippen bij u.", "u en uw zoon"),
        ("Ik heb hoofdschimmel opgelopen na mijn knipbeurt en mijn zus ook.", "u en uw zus"),
        ("ik en mijn dochter hebben een huidinfectie sinds de behandeling", "u en uw dochter"),
    ],
)
def test_the_writer_who_caught_the_infection_with_a_near_one_is_named_too(text: str, said: str) -> None:
    made = draft_text(_HAIR, _SAFETY, text)
    assert said in made and "hebben" in made, made


@pytest.mark.parametrize(
    "text",
    [
        "Fiets laten nakijken en op de eerste rit bijna onderuit gegaan, het stuur zat los. Ik ben niet gewond.",
        "Het zadel zat los na de beurt, ik ben haast gevallen. Geen letsel gelukkig.",
        "Na de reparatie zat het voorwiel los en ik ben bijna gevallen, gelukkig niks gebroken.",
        "Stuur los na de beurt, net niet gevallen. Nie gewond, wel geschrokken.",
    ],
)
def test_a_near_fall_is_no_fall(text: str) -> None:
    """'Gelukkig ging het net goed' and then 'Zo'n val is echt niet niks' contradicts itself; 'niet gewond' is no
    injury to hope better of; 'haast gevallen' is no rush."""
    made = draft_text(_CYCLES, _SAFETY, text)
    assert "val is" not in made and "beter gaat" not in made and "gehaast" not in made, made


# Code review 28, finding 14: a part that gave way made the writer nearly fall; they did not fall 'with' it.
@pytest.mark.parametrize(
    "text",
    [
        "Het stuur zat los na jullie beurt en ik ben bijna gevallen, schrik van mijn leven.",
        "ik was haast gevallen want het zadel schoot los, net na de reparatie",
        "Na het afstellen zat het stuur los en ben ik bijna onderuit gegaan. Niks ergs gelukkig.",
        "het stuur zat los en ik ben bijna gevallen!!! nie normaal",
    ],
)
def test_a_near_fall_is_not_said_as_a_fall_with_the_part(text: str) -> None:
    shop = BusinessProfile(
        name="Rijwielhandel Mertens",
        kind="fietsenwinkel",
        signers=["Wim"],
        register="u",
        voice="wij",
        email="wim@mertens.be",
        opening_hours="di–za 9:00–18:00",
    )
    said = draft_text(shop, "uitkomst_herstel", text)
    assert not re.search(r"\bmet (?:het|uw|de) (?:stuur|zadel)\b", said), said
    assert "Zo'n val" not in said, said


# A day everyone has, on which the harm happened (r99): 'Op Moederdag ... de volgende dag ziek' names that day, with
# 'op' (a day, not an occasion of someone's: no 'bij moederdag').
@pytest.mark.parametrize(
    "text",
    [
        "Met Moederdag bij jullie geluncht en daarna waren mijn man en ik allebei ziek, misselijk en overgeven.",
        "Op Valentijnsdag de oesters genomen en de hele nacht overgegeven. Niet echt romantisch dus.",
    ],
)
def test_harm_on_a_day_everyone_has_names_that_day(text: str) -> None:
    draft = draft_text(_BISTRO, _SAFETY, text, author="Ria Smulders")
    assert re.search(r"op (?:moederdag|valentijn)", draft, re.I), draft
    assert not re.search(r"bij (?:moederdag|valentijn)", draft, re.I), draft


def test_the_writers_child_who_had_the_foreign_thing_is_named() -> None:
    text = "In het krentenbrood zat een stuk plastic. Onze Mila (4) had het al in haar mond, gelukkig niks ingeslikt."
    bakery = BusinessProfile(name="Bakkerij Stoop", kind="bakkerij", signers=["Ans"], voice="wij", register="u")
    draft = draft_text(bakery, _SAFETY, text, author="Els Peeters")
    assert "Mila" in draft, draft


@pytest.mark.parametrize(
    "text",
    [
        "Vorige maand een kinderfiets bij jullie gekocht voor onze Mats (9). Vandaag brak de voorvork af, hij ligt met "
        "een hersenschudding in bed.",
        "Mijn dochter reed vanmorgen naar school en na jullie beurt deden de remmen het niet, ze is tegen een auto "
        "gebotst.",
    ],
)
def test_a_part_that_failed_under_someone_else_of_the_writers_keeps_the_bike_as_it_is(text: str) -> None:
    made = draft_text(_CYCLES, _SAFETY, text)
    assert "Laat u de fiets alstublieft staan zoals hij is" in made and "Rijdt u er" not in made, made
    assert "grondig na" in made, made


def test_flies_drawn_by_dirt_are_no_foreign_thing_found_in_the_food() -> None:
    from tests.domain.businesses import IJSSALON_VENEZIA
    from tests.domain.drafts import suggested

    text = "Een pot thee op het bankje buiten, en steeds wespen op de plakkerige tafeltjes. Niemand die even poetste."
    made = suggested(IJSSALON_VENEZIA, text, label="klacht", platform="google")
    assert "wespen" in made, made
    assert "een wesp in" not in made and "niet weg" not in made, made  # not 'een wesp in de thee; gooi hem niet weg'


def test_a_fly_in_the_ice_cream_is_still_a_thing_found_in_it() -> None:
    from tests.domain.businesses import IJSSALON_VENEZIA
    from tests.domain.drafts import suggested

    made = suggested(IJSSALON_VENEZIA, "Er zat een dode vlieg in mijn ijsje, echt smerig.", label="klacht")
    assert "ijsje" in made and "vlieg" in made, made


def test_a_long_wait_beside_dirt_is_named_too() -> None:
    from tests.domain.businesses import IJSSALON_VENEZIA
    from tests.domain.drafts import suggested

    text = "Drie kwartier gezeten, twee keer gevraagd waar onze coupes bleven, en wespen op de vieze tafels."
    made = suggested(IJSSALON_VENEZIA, text, label="klacht", platform="google")
    assert "drie kwartier" in made.lower() and "wespen" in made, made
