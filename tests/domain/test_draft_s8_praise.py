"""Thank-yous that answer what the writer said (session 8): the things praised without a praise word next
to them, every staff member named, the writer's event and group, a closing turned into a minus point.
Sentences of their own, other businesses and other words than the benchmark rounds."""

from __future__ import annotations

from dataclasses import replace

from app.domain.profile import BusinessProfile
from tests.domain.businesses import BAKKERIJ_GRAAN
from tests.domain.drafts import draft_text

PATISSERIE = BusinessProfile(
    name="Patisserie Zoet",
    kind="banketbakkerij",
    signers=["Ilse"],
    voice="wij",
    register="u",
    email="info@patisseriezoet.nl",
    phone="0341-556677",
)
GARAGE = BusinessProfile(
    name="Garage Tromp",
    kind="autogarage",
    signers=["Dirk"],
    voice="ik",
    register="je",
    email="dirk@garagetromp.nl",
    phone="0412-334455",
)
BARBER = BusinessProfile(
    name="Barbershop Fade",
    kind="barbier",
    signers=["Yusuf"],
    voice="wij",
    register="je",
    email="hallo@barbershopfade.nl",
    phone="010-9988776",
)
CAFE = BusinessProfile(
    name="Eetcafé De Sluis",
    kind="eetcafé",
    signers=["Wouter"],
    voice="wij",
    register="u",
    email="info@eetcafedesluis.nl",
    phone="0527-112233",
)
THANKS = "uitkomst_bedank_publiek"


def test_things_eaten_to_the_last_crumb_are_what_the_thanks_names() -> None:
    text = "Mijn afscheid gevierd op het werk. De moorkoppen en het notenbrood waren tot de laatste kruimel op!"
    draft = draft_text(PATISSERIE, THANKS, text, author="Gerda")
    assert "de moorkoppen en het notenbrood" in draft and "afscheid" in draft, draft
    text = "De kaasstengels en de bonbons waren een groot succes bij de buren, iedereen vroeg waar ze vandaan kwamen."
    draft = draft_text(PATISSERIE, THANKS, text, author="Gerda")
    assert "kaasstengels" in draft, draft


def test_every_staff_member_named_gets_the_praise() -> None:
    text = "Sanne aan de balie plande alles perfect in en Ruud heeft de koppeling vervangen. Top!"
    draft = draft_text(GARAGE, THANKS, text, author="Kees")
    assert "Sanne" in draft and "Ruud" in draft, draft
    text = "Het hele team, in het bijzonder Mo, maakte er een feest van. Strak geknipt!"
    assert "Mo" in draft_text(BARBER, THANKS, text, platform="instagram", author="Rik")


def test_the_writers_own_event_is_named() -> None:
    text = "Voor onze teamdag kwamen jullie met twee stoelen naar ons kantoor en iedereen ging fris naar huis."
    draft = draft_text(BARBER, THANKS, text, platform="linkedin", author="Ellen de Wit")
    assert "teamdag" in draft, draft
    text = "Op ons clubweekend hebben jullie de hapjes verzorgd, heerlijk was het."
    draft = draft_text(CAFE, THANKS, text, author="Bert")
    assert "clubweekend" in draft, draft


def test_the_writers_group_is_greeted() -> None:
    text = "Met onze wandelclub uit Ommen hier de soep gegeten, de erwtensoep was top. Tot volgend jaar!"
    draft = draft_text(CAFE, THANKS, text, platform="google", author="Gijs")
    assert "uw wandelclub uit Ommen" in draft and "erwtensoep" in draft, draft
    text = "Twaalf collega's kregen een fade voor ons bedrijfsfeest en iedereen was er blij mee."
    draft = draft_text(BARBER, THANKS, text, platform="linkedin", author="Ellen de Wit")
    assert "collega's" in draft, draft


def test_a_closing_the_writer_turns_to_is_named_as_their_point() -> None:
    text = "Beste garage van de stad! Maar in de bouwvak twee weken dicht is echt lastig voor forenzen."
    draft = draft_text(GARAGE, THANKS, text, author="Kees")
    assert "de twee weken dicht" in draft, draft
    text = "Lekkerste taart ooit, alleen jammer dat jullie op maandag gesloten zijn."
    draft = draft_text(PATISSERIE, THANKS, text, author="Gerda")
    assert "de gesloten maandag" in draft, draft


def test_a_suggestion_thanks_only_for_what_came_before_the_turn() -> None:
    text = (
        "Dirk is de beste monteur van Oss. Maar een tip: zet een bak koffie neer voor wie wacht, "
        "nu sta ik hier met een lege accu."
    )
    draft = draft_text(GARAGE, "uitkomst_bedank_publiek_suggestie", text, author="Kees")
    assert "accu" not in draft.split("\n")[1].split(".")[0], draft
    assert "neer te zetten" in draft, draft


def test_someone_elses_occasion_in_a_question_is_named_in_the_congratulations() -> None:
    profile = replace(BAKKERIJ_GRAAN, phone="", delivery_terms="We bezorgen in heel Zwolle vanaf € 15.")
    text = "Bezorgen jullie ook? Ik wil vrijdag voor het jubileum van mijn ouders een taart laten brengen."
    draft = draft_text(profile, "uitkomst_vraag_beantwoorden", text)
    assert "jubileum van je ouders" in draft, draft
    text = "Bezorgen jullie ook in Zwolle-Zuid? Mijn opa wordt zondag 90 en we willen hem verrassen."
    draft = draft_text(profile, "uitkomst_vraag_beantwoorden", text)
    assert "verjaardag van je opa" in draft, draft


def test_a_closed_day_the_writer_asks_about_is_named_as_their_point() -> None:
    text = "Fijne garage, maar waarom zijn jullie op woensdagmiddag dicht? Dan kan ik juist."
    draft = draft_text(GARAGE, "uitkomst_bedank_publiek_suggestie", text, author="Kees")
    assert "de gesloten woensdagmiddag" in draft, draft
    text = "Heerlijke taartjes! Alleen jammer dat jullie op zondagochtend dicht zijn."
    assert "de gesloten zondagochtend" in draft_text(PATISSERIE, THANKS, text, author="Gerda")


def test_the_word_of_an_exclamation_is_not_what_the_thanks_names() -> None:
    text = "Mijn ketting liep eraf en Dirk zette hem er binnen vijf minuten weer op. Wat een kanjer!"
    draft = draft_text(GARAGE, THANKS, text, author="Kees")
    assert "kanjer" not in draft, draft
    text = "Zaterdag de verjaardag van mijn zus gevierd met jullie hapjes. Wat een belevenis!"
    draft = draft_text(CAFE, THANKS, text, author="Bert")
    assert "belevenis" not in draft, draft


def test_a_part_of_the_business_named_as_a_place_is_not_what_is_thanked_for() -> None:
    text = "Vriendelijke jongens achter de balie, vooral Ruud legt altijd alles rustig uit."
    draft = draft_text(GARAGE, THANKS, text, author="Kees")
    assert "balie" not in draft and "Ruud" in draft, draft
    text = "Mijn vader kan niet meer naar de winkel, dus jullie brachten de taart thuis. Hij was zo blij!"
    draft = draft_text(PATISSERIE, THANKS, text, author="Gerda")
    assert "winkel" not in draft, draft


def test_a_suggestion_put_as_maybe_or_with_a_reason_after_it_is_named() -> None:
    suggest = "uitkomst_bedank_publiek_suggestie"
    text = "Altijd top geholpen. Zouden jullie een vervangauto kunnen regelen voor als mijn auto langer binnen staat?"
    assert "om een vervangauto te regelen" in draft_text(GARAGE, suggest, text, author="Kees")
    text = "Heerlijke koffie! Alleen de rij is vaak lang. Misschien een tweede kassa erbij?"
    draft = draft_text(CAFE, suggest, text, author="Bert")
    assert "voor een tweede kassa" in draft, draft
    text = "Fijne zaak. Misschien een keer per maand op zondag open?"
    assert "om een keer per maand op zondag open te zijn" in draft_text(PATISSERIE, suggest, text, author="Gerda")


def test_congratulations_and_good_wishes_to_the_business_are_thanked_for_what_they_are() -> None:
    draft = draft_text(GARAGE, THANKS, "Proficiat met je 25-jarig jubileum, Dirk! Nog vele jaren.", author="Kees")
    assert "felicitaties met mijn 25-jarig jubileum" in draft, draft
    draft = draft_text(CAFE, THANKS, "Veel succes met jullie nieuwe terras, het ziet er gezellig uit!", author="Bert")
    assert "wensen voor ons nieuwe terras" in draft, draft


def test_what_a_named_person_is_called_is_no_thing_praised() -> None:
    draft = draft_text(BARBER, THANKS, "Yusuf is echt een kanjer, ik ga nergens anders meer heen.", author="Rik")
    assert "kanjer" not in draft, draft
    draft = draft_text(GARAGE, THANKS, "Ruud was gisteren weer een rots in de branding toen mijn auto stil stond.")
    assert "rots" not in draft, draft


def test_a_closing_time_is_named_as_the_point() -> None:
    text = "Lekkere taart, maar de winkel gaat om 17:00 al dicht. Voor werkende mensen te vroeg."
    assert "de sluitingstijd van 17:00" in draft_text(PATISSERIE, THANKS, text, author="Gerda")
    text = "Top garage, alleen jammer dat jullie om 16 uur al dicht zijn op vrijdag."
    assert "de sluitingstijd van 16 uur" in draft_text(GARAGE, THANKS, text, author="Kees")


def test_two_sentences_in_a_row_do_not_both_open_with_en() -> None:
    from app.domain.draft_text import Part
    from app.domain.draft_thanks import _one_en

    parts = [Part("congrats", "En je oma nog gefeliciteerd!", False), Part("kin", "En de groetjes aan Bas!", False)]
    assert [p.text for p in _one_en(parts)] == ["En je oma nog gefeliciteerd!", "De groetjes aan Bas!"]
    parts = [Part("thanks", "Dank je wel!", True), Part("kin", "En de groeten aan uw zus!", False)]
    assert [p.text for p in _one_en(parts)][1] == "En de groeten aan uw zus!"


def test_the_one_who_signs_is_never_greeted_as_the_writers_own() -> None:
    text = "Lieve Yusuf en Mo, wat zag ik er strak uit op mijn diploma-uitreiking!"
    draft = draft_text(BARBER, THANKS, text, platform="instagram", author="Rik")
    assert "groetjes aan Yusuf" not in draft and "Mo" in draft, draft
    text = "Lieve Wouter, dank voor de soep en de groetjes van mijn moeder!"
    assert "aan Wouter" not in draft_text(CAFE, THANKS, text, author="Bert")


def test_a_wish_after_please_or_what_the_writer_would_value_is_named() -> None:
    suggest = "uitkomst_bedank_publiek_suggestie"
    text = "jullie tompoezen zijn de beste, maar please, een suikervrije variant? dan kom ik vaker"
    assert "voor een suikervrije variant" in draft_text(PATISSERIE, suggest, text, platform="instagram")
    text = "Prima garage. Wat ik zou waarderen: een appje als de auto klaar is, nu bel ik steeds zelf."
    assert "voor een appje" in draft_text(GARAGE, suggest, text, author="Kees")


def test_a_child_or_pet_named_leads_the_thanks_when_no_thing_is_praised() -> None:
    text = "Jens (5) durfde nooit in de stoel, maar Yusuf liet hem eerst met de tondeuse spelen. Nu wil hij elke maand!"
    draft = draft_text(BARBER, THANKS, text, platform="instagram", author="mama_jens")
    assert "Jens" in draft and "tondeuse" not in draft, draft
    text = "Onze hond Bolle was bang voor de trimtafel, maar Ilse gaf hem eerst een koekje. Hij kwispelde!"
    groomer = BusinessProfile(name="Trimsalon Ilse", kind="trimsalon", signers=["Anke"], voice="ik", register="je")
    draft = draft_text(groomer, THANKS, text, author="Wim")
    assert "Bolle" in draft and "trimtafel" not in draft, draft
