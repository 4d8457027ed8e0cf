"""Complaints that name what went wrong (session 12, part 2, issue #13): nobody came to the appointment
(the day and the thing it was for, and a hazard that was the job is no safety matter), the time the writer
was served after a booking 'voor 19:00', a courier who lost the way, a drink named in two words, and a wish
inside a complaint said as 'misschien op woensdag ...?' or 'waarom kan dat niet ...?'. Businesses and
sentences of their own, none from the rounds."""

from __future__ import annotations

from app.domain.draft_jokes import shipped_complaint_cues
from app.domain.draft_times import booked_and_served
from app.domain.draft_wishes import wishes
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics
from tests.domain.businesses import EETCAFE_DE_LINDE, GARAGE_DEKKER
from tests.domain.drafts import draft_text

_COMPLAINT = "uitkomst_herstel"
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
