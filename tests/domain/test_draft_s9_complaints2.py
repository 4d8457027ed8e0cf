"""Complaint drafts that say what went wrong as the writer told it (session 9, issue #13, part 2): money
not paid back by its name and amount, more on the bill than was had, what the writer told beforehand, the
appointment time and the time they were served, a remark by staff (not repeated), a price held against
what it costs elsewhere, a time 'van tevoren' that is no wait, and a noun only said inside a quote that
is not the complaint's subject. Businesses and sentences of their own, none from the rounds."""

from __future__ import annotations

from dataclasses import replace

from app.domain.draft_amounts import sum_named, wrong_bill
from app.domain.draft_found import found_thing
from app.domain.draft_said import quoted_only
from app.domain.draft_times import booked_and_served, minutes, said_ahead
from app.nlp.topics import analyse_topics
from tests.domain.businesses import (
    BAKKERIJ_GRAAN,
    BLOEMERIE_IRIS,
    GARAGE_STAM,
    IJSSALON_VENEZIA,
    KAPSALON_KNIP,
    NAGELBAR_GLOW,
    PRINTSHOP_LETTERZETTER,
    SNACKBAR_DE_HOEK,
)
from tests.domain.drafts import draft_text

_COMPLAINT = "uitkomst_herstel"

ICE = replace(IJSSALON_VENEZIA, phone="")
SALON = replace(KAPSALON_KNIP, phone="")
NAILS = replace(NAGELBAR_GLOW, phone="")


def test_money_not_paid_back_is_named_with_its_amount() -> None:
    assert sum_named("De aanbetaling van € 250 hebben we nog niet terug.") == ("aanbetaling", "€ 250", "de")
    assert sum_named("mijn borg van 50 euro") == ("borg", "€ 50", "mijn")
    assert sum_named("Ik wil mijn geld terug.") == ("", "", "")
    text = "Bruiloft afgezegd en nu krijg ik de aanbetaling van € 150 voor het bruidsboeket niet terug. Al 3x gemaild!!"
    assert "de aanbetaling van € 150" in draft_text(BLOEMERIE_IRIS, _COMPLAINT, text)
    text = "Ik heb mijn borg van 50 euro voor de banner nog steeds niet teruggekregen, alles is heel terug gebracht."
    draft = draft_text(PRINTSHOP_LETTERZETTER, _COMPLAINT, text, platform="google")
    assert "je borg van € 50" in draft and "hoog" not in draft  # money owed back, not a price found too high


def test_more_on_the_bill_than_was_had_is_a_wrong_bill() -> None:
    assert wrong_bill("Op de bon stonden drie frikandellen die we niet hadden besteld.") == "bon"
    assert wrong_bill("stonden er vier coupes meer op de rekening dan we gegeten hebben") == "rekening"
    assert wrong_bill("De rekening was hoger dan vorig jaar.") == ""
    text = "Op de bon stonden drie frikandellen die we niet hadden besteld. En nee, niemand wilde het terugdraaien."
    assert "niet klopt" in draft_text(SNACKBAR_DE_HOEK, _COMPLAINT, text)
    text = "Bij het afrekenen stonden er vier coupes meer op de rekening dan we gegeten hebben. Slordig."
    draft = draft_text(ICE, _COMPLAINT, text, platform="google")
    assert "rekening" in draft and "niet klopt" in draft and "prijs" not in draft


def test_what_the_writer_told_beforehand_is_said_back() -> None:
    text = (
        "Bij het maken van de afspraak gezegd dat mijn dochter autisme heeft en niet van drukte houdt. Zetten ze "
        "haar gewoon naast de föhn bij de ingang."
    )
    assert "dat je dochter autisme heeft" in draft_text(SALON, _COMPLAINT, text)
    text = "Bij het reserveren gemeld dat mijn vader in een scootmobiel rijdt. Er was geen plek om hem te parkeren."
    assert "dat je vader in een scootmobiel rijdt" in draft_text(BLOEMERIE_IRIS, _COMPLAINT, text)
    # what staff said is no thing the writer told
    text = "Er werd een pleister op geplakt en gezegd dat hij stil had moeten zitten."
    assert "vooraf" not in draft_text(NAILS, _COMPLAINT, text)


def test_the_appointment_time_and_the_time_served_are_read() -> None:
    assert minutes("10u45") == 645 and minutes("half elf") == 630 and minutes("kwart voor 11") == 645
    assert booked_and_served("Afspraak om 14:00, om kwart voor drie zat ik nog te bladeren.") == (
        "14:00",
        "kwart voor drie",
    )
    assert booked_and_served("afspraak om half 4 gemaakt, om 16:20 pas aan de beurt") == ("half 4", "16:20")
    assert booked_and_served("Afspraak om 10:30, stond er om 10:25, en om 11:15 nog niks.") == ("10:30", "11:15")
    assert booked_and_served("Om 9 uur gebracht, de afspraak voor de APK was morgen.") == ("", "")


def test_the_wait_between_the_two_times_is_said() -> None:
    text = "Afspraak om 14:00, om kwart voor drie zat ik nog te bladeren in de Libelle. Niemand die iets zei."
    draft = draft_text(SALON, _COMPLAINT, text, platform="google")
    assert "14:00" in draft and "kwart voor drie" in draft
    text = "afspraak om half 4 gemaakt, om 16:20 pas aan de beurt en dan nog afgeraffeld ook"
    assert "16:20" in draft_text(NAILS, _COMPLAINT, text)
    text = "APK-afspraak om 8:00, de auto stond om 11:30 nog op het terrein. Ik had om 12 uur een afspraak elders."
    assert "8:00" in draft_text(GARAGE_STAM, _COMPLAINT, text) or "wacht" in draft_text(GARAGE_STAM, _COMPLAINT, text)


def test_a_time_in_advance_is_no_wait() -> None:
    assert said_ahead("De les werd twee dagen van tevoren afgezegd.", "twee dagen")
    assert said_ahead("we hadden zes weken vooraf gereserveerd", "zes weken")
    assert not said_ahead("Ik wacht al twee weken op mijn fiets.", "twee weken")
    text = "Mijn afspraak werd een uur van tevoren afgezegd per sms, ik had er vrij voor genomen."
    assert "wachten" not in draft_text(NAILS, _COMPLAINT, text) and "wacht " not in draft_text(NAILS, _COMPLAINT, text)


def test_a_remark_by_staff_is_named_not_repeated() -> None:
    text = "Frietje te laat en koud, en als je er wat van zegt krijg je te horen 'dan ga je toch naar de Mac'. Prima!"
    draft = draft_text(SNACKBAR_DE_HOEK, _COMPLAINT, text, platform="google")
    assert "opmerking" in draft and "Mac" not in draft
    text = (
        "Ik vroeg waarom mijn nagels al na 2 dagen loslieten en toen zei ze 'dat ligt aan jouw nagels, niet aan ons'."
    )
    draft = draft_text(NAILS, _COMPLAINT, text)
    assert "opmerking" in draft and "jouw nagels" not in draft
    text = "Bij het ophalen zegt die monteur 'ja, oude auto's he'. Terwijl jullie de remmen net hadden gedaan."
    assert "opmerking" in draft_text(GARAGE_STAM, _COMPLAINT, text)


def test_a_noun_only_said_in_a_quote_is_not_the_subject() -> None:
    text = "Geen broodjes meer om 9 uur en dan zegt die jongen 'dan moet je maar uit je bed komen'."
    assert quoted_only(text, "bed") and not quoted_only(text, "broodjes")
    assert not quoted_only("€ 85 betaald voor een 'balayage' en nu ben ik oranje.", "balayage")  # own quote marks
    text = "Bij het afhalen van de tulpen zegt de verkoopster 'die zijn voor de etalage, sorry hoor'. Raar."
    assert "etalage" not in draft_text(BLOEMERIE_IRIS, _COMPLAINT, text)


def test_a_price_held_against_elsewhere_is_about_the_price() -> None:
    for text in (
        "€ 65 voor een rouwstuk, online kost zoiets de helft. Ik voel me echt afgezet.",
        "Bij de webshop kost dezelfde inkt nog geen 20 euro, jullie vragen er 45 voor.",
        "Elders kost een wasbeurt 15 euro, hier 32. Belachelijk.",
    ):
        assert analyse_topics(text).topic == "prijs", text
    assert analyse_topics("Jullie webshop werkt niet, ik kan niet afrekenen.").topic != "prijs"
    text = "€ 65 voor een rouwstuk, online kost zoiets de helft. Ik voel me echt afgezet."
    assert "€ 65 voor een rouwstuk" in draft_text(BLOEMERIE_IRIS, _COMPLAINT, text)


def test_whatever_was_found_in_it_is_named() -> None:
    assert found_thing("er zat een muizenkeutel in het brood", "je") == ("een muizenkeutel", "het brood")
    assert found_thing("Vond ik twee nietjes in mijn salade!", "uw") == ("twee nietjes", "uw salade")
    assert found_thing("Ik zat een uur in de wachtkamer.", "je") == ("", "")
    assert found_thing("Daarna zaten we twee weken in de kou.", "je") == ("", "")
    text = "Gisteren een speltbrood gehaald en er zat een elastiekje in het brood. Echt smerig 🤮"
    assert "een elastiekje in het speltbrood" in draft_text(BAKKERIJ_GRAAN, _COMPLAINT, text)
    text = "Vond ik twee nietjes in mijn salade! Hoe komen die daar?? Hygiëne is ver te zoeken hier."
    assert "twee nietjes in je salade" in draft_text(SNACKBAR_DE_HOEK, _COMPLAINT, text)


def test_scalp_seen_through_short_hair_is_no_skin_reaction() -> None:
    for text in (
        "zoon moest er netjes uitzien voor de trouw en nu is het zo kort dat ge zijn hoofdhuid ziet",
        "Aan de achterkant kun je gewoon mijn hoofdhuid zien, zo kort. Ik durf niet naar buiten.",
        "Je ziet gewoon zijn hoofdhuid door zijn haar heen, ik vroeg om een beetje bijknippen",
    ):
        assert "hoofdhuid" not in analyse_topics(text).safety, text
    assert "hoofdhuid" in analyse_topics("Na het verven brandde mijn hoofdhuid en nu zitten er korstjes.").safety


def test_a_thing_never_received_is_named() -> None:
    text = "Al twee maanden geen garantiebewijs ontvangen voor de wasmachine, terwijl dat beloofd was."
    assert "garantiebewijs" in draft_text(GARAGE_STAM, _COMPLAINT, text)
    text = "Nog steeds geen creditnota gekregen voor de teruggestuurde kaarten. Hoe lang nog?"
    assert "creditnota" in draft_text(PRINTSHOP_LETTERZETTER, _COMPLAINT, text, platform="google")
    text = "Ik heb nooit een bevestiging ontvangen en stond vrijdag voor een dichte deur."
    assert "bevestiging" in draft_text(NAILS, _COMPLAINT, text)
    # an answer that never came is said by the channel line, not as a thing never received
    text = "Twee keer gemaild over mijn nagels en geen antwoord gekregen."
    assert "geen antwoord hebt gekregen" not in draft_text(NAILS, _COMPLAINT, text)


def test_a_call_back_that_never_came_is_said_as_such() -> None:
    text = "Drie keer gebeld over mijn banner, elke keer 'we bellen je terug'. Niks meer gehoord."
    draft = draft_text(PRINTSHOP_LETTERZETTER, _COMPLAINT, text)
    assert "teruggebeld" in draft and "beloofd" in draft
    text = "Ik heb twee keer gebeld over de schade aan mijn bumper maar niemand belt terug."
    draft = draft_text(GARAGE_STAM, _COMPLAINT, text)
    assert "terugbelde" in draft or "teruggebeld" in draft
    assert "beloofd" not in draft  # nobody promised it here
    text = "Gebeld over het bruidsboeket, zou teruggebeld worden door de eigenaar. Niks gehoord!!"
    assert "beloofd" in draft_text(BLOEMERIE_IRIS, _COMPLAINT, text)
