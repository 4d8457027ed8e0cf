"""Whole-pipeline drafts for thank-yous: what was praised, who did it, the occasion and the group it was for."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.draft_english_praise import english_names, praise_lines
from app.domain.draft_events import career_ended, left_out
from app.domain.draft_names import first_name
from app.domain.draft_occasion_people import room_celebrated
from app.domain.draft_praise import own_described, things_not_people
from app.domain.draft_praise_held import service_done
from app.domain.draft_praise_possible import made_possible
from app.domain.draft_wishes import wishes
from app.domain.language import english_object
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics
from tests.domain.businesses import BAKKERIJ_GRAAN, GARAGE_DEKKER, KAPSALON_KNIP
from tests.domain.drafting.shops import BARBER, BISTRO, GARAGE, GROOMER
from tests.domain.drafts import draft_text

# Thank-yous that name what was praised, who did it and the occasion (session 7): sentences of their own, other
# businesses and other words than the benchmark rounds; each test states one rule.
THANKS = "uitkomst_bedank_publiek"


def test_what_the_business_gave_or_put_on_is_what_the_thanks_names() -> None:
    text = "Na de APK gaf Wim me zomaar een leenauto mee zodat ik naar mijn werk kon. Top service!"
    assert "leenauto" in draft_text(GARAGE, THANKS, text)
    text = "Anke had Bobbie na het trimmen nog een strikje en een bandana met stippen omgedaan, hij liep te pronken!"
    draft = draft_text(GROOMER, THANKS, text)
    assert "het strikje en de bandana" in draft, draft


def test_what_a_praise_word_is_said_of_is_named_even_without_an_article() -> None:
    draft = draft_text(BISTRO, THANKS, "eendenborst was next level 🔥", platform="x")
    assert "eendenborst" in draft, draft
    draft = draft_text(BISTRO, THANKS, "Zondag gegeten met de buren. De bouillabaisse was echt subliem.")
    assert "bouillabaisse" in draft, draft


def test_two_things_made_for_an_occasion_are_both_named_in_the_plural() -> None:
    text = "Voor het pensioen van mijn vader maakten jullie de hapjes en een taart in de vorm van een trein."
    draft = draft_text(BISTRO, THANKS, text)
    assert "de hapjes en de taart" in draft and " viel " not in draft, draft


def test_what_helped_with_an_achievement_is_named_with_it() -> None:
    text = "lex heeft me vrijdag zo strak geknipt voor mijn sollicitatie, de fade zat de hele dag perfect. baan binnen!"
    draft = draft_text(BARBER, THANKS, text, platform="instagram")
    assert "fade" in draft and "baan" in draft, draft


def test_staff_named_with_a_role_or_part_of_the_business_get_the_praise_passed_on() -> None:
    text = "Onze ober, eh nee: Daan, de sommelier, koos een wijn die perfect bij het wild paste. Dank jullie!"
    assert "Daan" in draft_text(BISTRO, THANKS, text)
    text = "Karim van de werkplaats heeft mijn remlicht nog even gratis vervangen, netjes!"
    assert "Karim" in draft_text(GARAGE, THANKS, text)


def test_a_proposal_said_as_yes_is_congratulated() -> None:
    text = "SHE SAID YES 😭 dank aan Daan van de bediening die de ring in het glas champagne verstopte"
    draft = draft_text(BISTRO, THANKS, text, platform="instagram")
    assert "verloving" in draft and "gefeliciteerd" in draft and "Daan" in draft, draft


def test_staff_named_after_their_role_get_the_praise_passed_on() -> None:
    text = "Monteur Gerrit zag meteen wat er mis was met de koppeling. Topservice!"
    assert "Gerrit" in draft_text(GARAGE, THANKS, text)
    text = "Onze vaste trimster Noor had Bobbie weer prachtig gemaakt."
    assert "Noor" in draft_text(GROOMER, THANKS, text)


def test_an_age_said_makes_the_party_a_birthday() -> None:
    text = "Mijn vader werd vrijdag 75 en jullie hebben er een onvergetelijk feest van gemaakt!"
    draft = draft_text(BISTRO, THANKS, text)
    assert "75ste verjaardag" in draft and "vader" in draft, draft


def test_an_important_moment_the_business_helped_with_is_named_without_congratulations() -> None:
    text = "Had vandaag een sollicitatiegesprek en dankzij Lex zat mijn baard strak. Voelde me zeker!"
    draft = draft_text(BARBER, THANKS, text)
    assert "sollicitatiegesprek" in draft and "gefeliciteerd" not in draft, draft
    text = "Morgen mijn speech op het congres, en dankzij deze fade durf ik het aan."
    assert "speech" in draft_text(BARBER, THANKS, text)


def test_a_word_for_a_pet_that_names_a_hairdo_at_a_hair_business_gets_no_greeting() -> None:
    text = "Mijn pony was een ramp na zelf knippen, Lex heeft er iets moois van gemaakt. Held!"
    draft = draft_text(BARBER, THANKS, text)
    assert "groet" not in draft.split("\n")[1].lower() and "van je pony" not in draft, draft
    # at a riding school the pony is an animal
    topics = analyse_topics("Mijn pony heeft het zo naar zijn zin bij jullie!")
    assert things_not_people(topics, "manege").people == topics.people == ("pony",)
    assert things_not_people(topics, "kapsalon").people == ()


def test_the_proposal_ring_is_the_writers_not_what_a_restaurant_is_thanked_for() -> None:
    text = "Hij vroeg me ten huwelijk! Daan had de ring in mijn glas champagne gedaan, de oesters waren heerlijk."
    draft = draft_text(BISTRO, THANKS, text)
    assert "de ring" not in draft and "verloving" in draft, draft
    jeweller = BusinessProfile(name="Goudsmid Elst", kind="goudsmid", signers=["Iris"], voice="ik", register="u")
    draft = draft_text(jeweller, THANKS, "De verlovingsring die Iris maakte was perfect, ze zei ja!")
    assert "verlovingsring" in draft, draft


# Thank-yous that answer what the writer said (session 8): the things praised without a praise word next to them,
# every staff member named, the writer's event and group, a closing turned into a minus point. Sentences of their
# own, other businesses and other words than the benchmark rounds.
PATISSERIE = BusinessProfile(
    name="Patisserie Zoet",
    kind="banketbakkerij",
    signers=["Ilse"],
    voice="wij",
    register="u",
    email="info@patisseriezoet.nl",
    phone="0341-556677",
)
GARAGE_TROMP = BusinessProfile(
    name="Garage Tromp",
    kind="autogarage",
    signers=["Dirk"],
    voice="ik",
    register="je",
    email="dirk@garagetromp.nl",
    phone="0412-334455",
)
BARBERSHOP_FADE = BusinessProfile(
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


def test_things_eaten_to_the_last_crumb_are_what_the_thanks_names() -> None:
    text = "Mijn afscheid gevierd op het werk. De moorkoppen en het notenbrood waren tot de laatste kruimel op!"
    draft = draft_text(PATISSERIE, THANKS, text, author="Gerda")
    assert "de moorkoppen en het notenbrood" in draft and "afscheid" in draft, draft
    text = "De kaasstengels en de bonbons waren een groot succes bij de buren, iedereen vroeg waar ze vandaan kwamen."
    draft = draft_text(PATISSERIE, THANKS, text, author="Gerda")
    assert "kaasstengels" in draft, draft


def test_every_staff_member_named_gets_the_praise() -> None:
    text = "Sanne aan de balie plande alles perfect in en Ruud heeft de koppeling vervangen. Top!"
    draft = draft_text(GARAGE_TROMP, THANKS, text, author="Kees")
    assert "Sanne" in draft and "Ruud" in draft, draft
    text = "Het hele team, in het bijzonder Mo, maakte er een feest van. Strak geknipt!"
    assert "Mo" in draft_text(BARBERSHOP_FADE, THANKS, text, platform="instagram", author="Rik")


def test_the_writers_own_event_is_named() -> None:
    text = "Voor onze teamdag kwamen jullie met twee stoelen naar ons kantoor en iedereen ging fris naar huis."
    draft = draft_text(BARBERSHOP_FADE, THANKS, text, platform="linkedin", author="Ellen de Wit")
    assert "teamdag" in draft, draft
    text = "Op ons clubweekend hebben jullie de hapjes verzorgd, heerlijk was het."
    draft = draft_text(CAFE, THANKS, text, author="Bert")
    assert "clubweekend" in draft, draft


def test_the_writers_group_is_greeted() -> None:
    text = "Met onze wandelclub uit Ommen hier de soep gegeten, de erwtensoep was top. Tot volgend jaar!"
    draft = draft_text(CAFE, THANKS, text, platform="google", author="Gijs")
    assert "uw wandelclub uit Ommen" in draft and "erwtensoep" in draft, draft
    text = "Twaalf collega's kregen een fade voor ons bedrijfsfeest en iedereen was er blij mee."
    draft = draft_text(BARBERSHOP_FADE, THANKS, text, platform="linkedin", author="Ellen de Wit")
    assert "collega's" in draft, draft


def test_a_closing_the_writer_turns_to_is_named_as_their_point() -> None:
    text = "Beste garage van de stad! Maar in de bouwvak twee weken dicht is echt lastig voor forenzen."
    draft = draft_text(GARAGE_TROMP, THANKS, text, author="Kees")
    assert "de twee weken dicht" in draft, draft
    text = "Lekkerste taart ooit, alleen jammer dat jullie op maandag gesloten zijn."
    draft = draft_text(PATISSERIE, THANKS, text, author="Gerda")
    assert "de gesloten maandag" in draft, draft


def test_a_suggestion_thanks_only_for_what_came_before_the_turn() -> None:
    text = (
        "Dirk is de beste monteur van Oss. Maar een tip: zet een bak koffie neer voor wie wacht, "
        "nu sta ik hier met een lege accu."
    )
    draft = draft_text(GARAGE_TROMP, "uitkomst_bedank_publiek_suggestie", text, author="Kees")
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
    draft = draft_text(GARAGE_TROMP, "uitkomst_bedank_publiek_suggestie", text, author="Kees")
    assert "de gesloten woensdagmiddag" in draft, draft
    text = "Heerlijke taartjes! Alleen jammer dat jullie op zondagochtend dicht zijn."
    assert "de gesloten zondagochtend" in draft_text(PATISSERIE, THANKS, text, author="Gerda")


def test_the_word_of_an_exclamation_is_not_what_the_thanks_names() -> None:
    text = "Mijn ketting liep eraf en Dirk zette hem er binnen vijf minuten weer op. Wat een kanjer!"
    draft = draft_text(GARAGE_TROMP, THANKS, text, author="Kees")
    assert "kanjer" not in draft, draft
    text = "Zaterdag de verjaardag van mijn zus gevierd met jullie hapjes. Wat een belevenis!"
    draft = draft_text(CAFE, THANKS, text, author="Bert")
    assert "belevenis" not in draft, draft


def test_a_part_of_the_business_named_as_a_place_is_not_what_is_thanked_for() -> None:
    text = "Vriendelijke jongens achter de balie, vooral Ruud legt altijd alles rustig uit."
    draft = draft_text(GARAGE_TROMP, THANKS, text, author="Kees")
    assert "balie" not in draft and "Ruud" in draft, draft
    text = "Mijn vader kan niet meer naar de winkel, dus jullie brachten de taart thuis. Hij was zo blij!"
    draft = draft_text(PATISSERIE, THANKS, text, author="Gerda")
    assert "winkel" not in draft, draft


def test_a_suggestion_put_as_maybe_or_with_a_reason_after_it_is_named() -> None:
    suggest = "uitkomst_bedank_publiek_suggestie"
    text = "Altijd top geholpen. Zouden jullie een vervangauto kunnen regelen voor als mijn auto langer binnen staat?"
    assert "om een vervangauto te regelen" in draft_text(GARAGE_TROMP, suggest, text, author="Kees")
    text = "Heerlijke koffie! Alleen de rij is vaak lang. Misschien een tweede kassa erbij?"
    draft = draft_text(CAFE, suggest, text, author="Bert")
    assert "voor een tweede kassa" in draft, draft
    text = "Fijne zaak. Misschien een keer per maand op zondag open?"
    assert "om een keer per maand op zondag open te zijn" in draft_text(PATISSERIE, suggest, text, author="Gerda")


def test_congratulations_and_good_wishes_to_the_business_are_thanked_for_what_they_are() -> None:
    draft = draft_text(GARAGE_TROMP, THANKS, "Proficiat met je 25-jarig jubileum, Dirk! Nog vele jaren.", author="Kees")
    assert "felicitaties met mijn 25-jarig jubileum" in draft, draft
    draft = draft_text(CAFE, THANKS, "Veel succes met jullie nieuwe terras, het ziet er gezellig uit!", author="Bert")
    assert "wensen voor ons nieuwe terras" in draft, draft


def test_what_a_named_person_is_called_is_no_thing_praised() -> None:
    draft = draft_text(
        BARBERSHOP_FADE, THANKS, "Yusuf is echt een kanjer, ik ga nergens anders meer heen.", author="Rik"
    )
    assert "kanjer" not in draft, draft
    draft = draft_text(
        GARAGE_TROMP, THANKS, "Ruud was gisteren weer een rots in de branding toen mijn auto stil stond."
    )
    assert "rots" not in draft, draft


def test_a_closing_time_is_named_as_the_point() -> None:
    text = "Lekkere taart, maar de winkel gaat om 17:00 al dicht. Voor werkende mensen te vroeg."
    assert "de sluitingstijd van 17:00" in draft_text(PATISSERIE, THANKS, text, author="Gerda")
    text = "Top garage, alleen jammer dat jullie om 16 uur al dicht zijn op vrijdag."
    assert "de sluitingstijd van 16 uur" in draft_text(GARAGE_TROMP, THANKS, text, author="Kees")


def test_the_one_who_signs_is_never_greeted_as_the_writers_own() -> None:
    text = "Lieve Yusuf en Mo, wat zag ik er strak uit op mijn diploma-uitreiking!"
    draft = draft_text(BARBERSHOP_FADE, THANKS, text, platform="instagram", author="Rik")
    assert "groetjes aan Yusuf" not in draft and "Mo" in draft, draft
    text = "Lieve Wouter, dank voor de soep en de groetjes van mijn moeder!"
    assert "aan Wouter" not in draft_text(CAFE, THANKS, text, author="Bert")


def test_a_wish_after_please_or_what_the_writer_would_value_is_named() -> None:
    suggest = "uitkomst_bedank_publiek_suggestie"
    text = "jullie tompoezen zijn de beste, maar please, een suikervrije variant? dan kom ik vaker"
    assert "voor een suikervrije variant" in draft_text(PATISSERIE, suggest, text, platform="instagram")
    text = "Prima garage. Wat ik zou waarderen: een appje als de auto klaar is, nu bel ik steeds zelf."
    assert "voor een appje" in draft_text(GARAGE_TROMP, suggest, text, author="Kees")


def test_a_child_or_pet_named_leads_the_thanks_when_no_thing_is_praised() -> None:
    text = "Jens (5) durfde nooit in de stoel, maar Yusuf liet hem eerst met de tondeuse spelen. Nu wil hij elke maand!"
    draft = draft_text(BARBERSHOP_FADE, THANKS, text, platform="instagram", author="mama_jens")
    assert "Jens" in draft and "tondeuse" not in draft, draft
    text = "Onze hond Bolle was bang voor de trimtafel, maar Ilse gaf hem eerst een koekje. Hij kwispelde!"
    groomer = BusinessProfile(name="Trimsalon Ilse", kind="trimsalon", signers=["Anke"], voice="ik", register="je")
    draft = draft_text(groomer, THANKS, text, author="Wim")
    assert "Bolle" in draft and "trimtafel" not in draft, draft


# Thank-yous that name what the writer said (session 9): the occasion in a compound or a jubilee with a number, and
# the one who signs the reply never thanked on to, however the writer stretches the name. Sentences of their own,
# other businesses and other words than the benchmark rounds.
FLORIST = BusinessProfile(
    name="Bloemen Bloei",
    kind="bloemist",
    signers=["Noor"],
    voice="ik",
    register="je",
    email="noor@bloemenbloei.nl",
    phone="0318-445566",
)
TRIMSALON_KWISPEL = BusinessProfile(
    name="Trimsalon Kwispel",
    kind="trimsalon",
    signers=["Fenna"],
    voice="wij",
    register="u",
    email="info@kwispel.nl",
    phone="0523-778899",
)
CATERER = BusinessProfile(
    name="Traiteur Smulhuis",
    kind="cateraar",
    signers=["Koen"],
    voice="wij",
    register="u",
    email="info@smulhuis.be",
    phone="03 455 66 77",
)


def test_an_occasion_in_a_compound_is_named_in_the_thanks() -> None:
    text = "De vormselboeketten voor ons Jens waren zooo mooi 💐 iedereen vroeg waar ze vandaan kwamen!"
    draft = draft_text(FLORIST, THANKS, text, author="Els")
    assert "vormsel" in draft.lower() or "communie" in draft, draft
    text = "Prachtige doopjurk-corsage gemaakt voor ons kleintje, dankjewel!!"
    draft = draft_text(FLORIST, THANKS, text, platform="instagram", author="ellen_b")
    assert "doop" in draft, draft


def test_a_jubilee_with_a_number_is_named_and_congratulated() -> None:
    text = "Voor ons 30-jarig bestaan hebben jullie de hapjes verzorgd voor 120 gasten, alles was perfect."
    draft = draft_text(CATERER, THANKS, text, platform="linkedin", author="Bouwbedrijf Peeters")
    assert "30-jarig jubileum" in draft and ("gefeliciteerd" in draft or "proficiat" in draft), draft
    text = "6,5 jaar getrouwd en dat gevierd met jullie buffet aan huis 🥂 heerlijk!"
    draft = draft_text(CATERER, THANKS, text, author="Mieke en Johan")
    assert "6,5-jarig" in draft, draft


def test_the_one_who_signs_is_not_thanked_on_to_in_any_spelling() -> None:
    text = "Boris was nog nooit zo mooi getrimd 🐶 Dankjewel FENNAAA!!"
    draft = draft_text(TRIMSALON_KWISPEL, THANKS, text, platform="instagram", author="boris_de_poedel")
    assert "door aan Fenna" not in draft.replace("FENNAAA", "Fenna") and "FENNAAA" not in draft, draft
    text = "Super geholpen door Noortje en Noooor, de rozen staan er na een week nog prachtig bij"
    draft = draft_text(FLORIST, THANKS, text, author="Kees")
    assert "Noortje" in draft and "Noooor" not in draft, draft


def test_praise_for_a_part_of_the_staff_is_passed_on_to_it() -> None:
    text = "Auto liep weer als een zonnetje na de grote beurt. Chapeau werkplaats!! 🔧"
    draft = draft_text(GARAGE_DEKKER, THANKS, text, platform="instagram", author="karel_r")
    assert "aan de werkplaats" in draft, draft
    text = "Hapjes waren top en complimenten aan de kok voor die bitterballen 👌"
    draft = draft_text(CATERER, THANKS, text, author="Mieke")
    assert "aan de kok" in draft, draft
    text = "Vlot geholpen, de receptie was super vriendelijk en Boris ziet er weer fris uit."
    draft = draft_text(TRIMSALON_KWISPEL, THANKS, text, author="Ans")
    assert "aan de receptie" in draft, draft


def test_a_part_of_the_staff_named_without_praise_gets_nothing_passed_on() -> None:
    text = "Eten was top, de bediening traag. Volgende keer beter hopelijk"
    draft = draft_text(CATERER, THANKS, text, author="Mieke")
    assert "aan de bediening" not in draft, draft


def test_how_long_the_work_held_is_said_back() -> None:
    text = "Het boeket voor mijn moeder stond na tien dagen nog prachtig 💐 echt knap hoor"
    draft = draft_text(FLORIST, THANKS, text, author="Els")
    assert "Na tien dagen nog prachtig" in draft, draft
    text = "Boris z'n strikjes zaten de hele week nog perfect, ondanks het modderbad 🐶"
    draft = draft_text(TRIMSALON_KWISPEL, THANKS, text, platform="instagram", author="boris_de_poedel")
    assert "De hele week nog perfect" in draft, draft
    text = "Auto opgehaald na de poetsbeurt en hij STOND na twee weken nog als nieuw te glimmen!!"
    draft = draft_text(GARAGE_DEKKER, THANKS, text, author="Karel")
    assert "Na twee weken nog als nieuw" in draft, draft


def test_a_state_without_a_time_or_a_complaint_gets_no_such_line() -> None:
    draft = draft_text(FLORIST, THANKS, "De rozen stonden er nog mooi bij, dank!", author="Els")
    assert " nog mooi:" not in draft and " nog mooi," not in draft, draft


# Thank-yous that say back what the writer said (session 10): the years the writer has been coming, a tip's thing, a
# surname that is also a shop word. Sentences of their own, other businesses and words than the benchmark rounds.
BOOKSHOP = BusinessProfile(
    name="Boekhandel De Vlinder",
    kind="boekhandel",
    signers=["Marit"],
    voice="ik",
    register="je",
    email="marit@devlinder.nl",
    phone="0570-112233",
)
GARAGE_VELTHUIS = BusinessProfile(
    name="Garage Velthuis",
    kind="garage",
    signers=["Henk"],
    voice="wij",
    register="u",
    email="info@velthuis.nl",
    phone="0548-665544",
)
SUGGESTION = "uitkomst_bedank_publiek_suggestie"


def test_the_years_a_writer_has_been_coming_are_said_back() -> None:
    text = "Ik koop hier al dertig jaar mijn boeken en Marit weet altijd wat ik mooi vind 📚"
    draft = draft_text(BOOKSHOP, THANKS, text, author="Gerda")
    assert "al dertig jaar" in draft, draft
    text = "Al 12 jaar onderhoud van onze bedrijfsbusjes bij Velthuis, nooit een probleem gehad."
    draft = draft_text(GARAGE_VELTHUIS, THANKS, text, platform="linkedin", author="Erik Wolters")
    assert "al 12 jaar" in draft and "u " in draft, draft
    text = "Klant sinds 1996 en nog steeds de beste garage van Twente!!"
    draft = draft_text(GARAGE_VELTHUIS, THANKS, text, platform="google", author="Mevr. Hulshof")
    assert "sinds 1996" in draft, draft


def test_a_thanks_says_the_years_at_most_once_and_thanks_once() -> None:
    text = "al jaren vaste klant, en weer super geholpen met de apk 👍"
    draft = draft_text(GARAGE_VELTHUIS, THANKS, text, author="Bennie")
    assert draft.count("al jaren") == 1 and len([w for w in draft.split() if w.lower().startswith("dank")]) <= 1


def test_a_tip_names_its_thing() -> None:
    text = "Heerlijke winkel om te struinen. Eén tip: zet een leesstoel bij het raam, dan blijf ik nog langer!"
    draft = draft_text(BOOKSHOP, SUGGESTION, text, platform="instagram", author="boekenwurm_ans")
    assert "leesstoel" in draft, draft
    text = "Snel geholpen met mijn lekke band. Koffieautomaat erbij? ☕"
    draft = draft_text(GARAGE_VELTHUIS, SUGGESTION, text, author="Joyce")
    assert "koffieautomaat" in draft, draft


def test_a_surname_that_is_a_shop_word_is_greeted_after_a_title() -> None:
    assert first_name("Mevr. Te Winkel") == "mevrouw Te Winkel"
    assert first_name("Mw. de Winkel") == "mevrouw De Winkel"
    assert first_name("Schoenwinkel Bos") == ""


def test_a_diminutive_is_named_with_het() -> None:
    from app.domain.draft_thanks import _het_diminutive
    from app.domain.topics import Mention

    assert _het_diminutive(Mention("kaartje", "de")).definite == "het kaartje"
    assert _het_diminutive(Mention("broodjes", "de", plural=True)).definite == "de broodjes"
    assert _het_diminutive(Mention("taart", "de")).definite == "de taart"
    text = "Voor mijn 70ste verjaardag zat er een kaartje bij de bloemen, wat attent!"
    draft = draft_text(BOOKSHOP, THANKS, text, author="Ria")
    assert "de kaartje" not in draft, draft


PHYSIO = BusinessProfile(name="Fysio Beweeg", kind="fysiotherapeut", signers=["Tom"], register="u")


def test_the_business_itself_is_no_thing_praised() -> None:
    text = "Beste fysio van Deventer! Na drie maanden weer pijnvrij fietsen."
    draft = draft_text(PHYSIO, THANKS, text, author="Gerrit")
    assert "de fysio" not in draft, draft


def test_only_the_kind_itself_is_the_business() -> None:
    from app.domain.draft_thanks import _the_business

    assert _the_business("garage", "Garage")
    assert not _the_business("kaas", "kaaswinkel") and not _the_business("poffertjes", "poffertjeskraam")


# Thank-yous that name what the writer said mattered (session 11): the owners addressed by name are no one of the
# writer's, an occasion beats a plain thank-you, a thing brought to a party is named at a restaurant. Sentences of
# their own, other businesses and words than the benchmark rounds.
BLOEMENHUIS_KLAPROOS = BusinessProfile(
    name="Bloemenhuis Klaproos",
    kind="bloemist",
    signers=["Lotte", "Bas"],
    voice="wij",
    register="u",
    email="info@klaproos.nl",
    phone="030-1234567",
)
RESTAURANT = BusinessProfile(
    name="Brasserie Het Anker",
    kind="restaurant",
    signers=["Joris"],
    voice="wij",
    register="je",
    email="hallo@hetanker.nl",
    phone="010-7654321",
)


def test_the_owners_addressed_by_name_are_not_the_writers_people() -> None:
    text = "Lieve Lotte en Bas, de boeketten voor onze bruiloft waren prachtig. Iedereen was onder de indruk!"
    draft = draft_text(BLOEMENHUIS_KLAPROOS, THANKS, text, author="Nadia Yilmaz")
    assert "bruiloft" in draft and "voor Lotte" not in draft and "groetjes aan Bas" not in draft, draft


def test_the_writers_own_child_is_still_greeted() -> None:
    text = "Onze kleine Fenna vond de ballonnenboog prachtig, dank jullie!"
    draft = draft_text(BLOEMENHUIS_KLAPROOS, THANKS, text, author="Nadia Yilmaz")
    assert "Fenna" in draft, draft


def test_a_thing_brought_for_an_occasion_is_named_at_a_restaurant() -> None:
    text = "Voor ons jubileum-feest hadden we een tapasschaal van jullie laten bezorgen. Alles was op! Dank!"
    draft = draft_text(RESTAURANT, THANKS, text, author="Mieke")
    assert "tapasschaal" in draft and "jubileum" in draft and "bij ons" not in draft, draft


def test_a_room_at_a_restaurant_is_still_no_thing_made() -> None:
    text = "Ons jubileum-feest in de serre was top, dank jullie wel!"
    draft = draft_text(RESTAURANT, THANKS, text, author="Mieke")
    assert "serre" not in draft and "jubileum" in draft, draft


SALON = BusinessProfile(
    name="Kapsalon Schaar & Co",
    kind="kapsalon",
    signers=["Ilse"],
    voice="wij",
    register="je",
    email="hoi@schaarenco.be",
    phone="03 123 45 67",
)


def test_an_aid_the_writer_came_with_is_no_thing_praised_but_said_back() -> None:
    text = "Mijn opa (88) werd geknipt terwijl hij op zijn rollator bleef zitten. Zoveel geduld, echt fijn!"
    draft = draft_text(SALON, THANKS, text, author="Femke")
    assert "blij met de rollator" not in draft and "met de rollator" in draft and "opa" in draft, draft
    text = "Ik kom altijd met mijn scootmobiel en er is altijd plek om te parkeren. Top team!"
    draft = draft_text(SALON, THANKS, text, author="Femke")
    assert "je scootmobiel" in draft, draft


def test_an_aid_in_a_sentence_that_did_not_go_well_is_not_said_back_as_fine() -> None:
    text = "Lieve meiden en mooi geknipt, alleen de drempel is te hoog voor mijn rolstoel."
    draft = draft_text(SALON, THANKS, text, author="Femke")
    assert "met je rolstoel ook gewoon kon" not in draft and "zo makkelijk ging" not in draft, draft


def test_a_grandmother_called_nonna_is_the_writers_own() -> None:
    text = "Mijn nonna is zo blij met haar nieuwe permanent, ze wil niet meer naar huis 😄"
    draft = draft_text(SALON, THANKS, text, author="Francesca")
    assert "nonna" in draft, draft


def test_a_suggestion_is_said_back_in_the_writers_words() -> None:
    text = "Altijd fijn geknipt! Idee: 1x per maand een avond voor mensen die na vijven werken?"
    draft = draft_text(SALON, SUGGESTION, text, author="Femke")
    assert "een avond voor mensen die na vijven werken" in draft and "1x per maand een" not in draft, draft
    text = "Mooi kapsel weer. Zoudt ge geen kleine flesjes shampoo kunnen verkopen voor op reis?"
    draft = draft_text(SALON, SUGGESTION, text, author="Femke")
    assert "om kleine flesjes shampoo te verkopen voor op reis" in draft, draft
    text = "Top kapsel! Zoudt ge geen vaste klantenkaart kunnen maken voor trouwe klanten?"
    draft = draft_text(SALON, SUGGESTION, text, author="Femke")
    assert "om een vaste klantenkaart te maken voor trouwe klanten" in draft, draft


def test_one_dish_for_a_diet_is_said_back() -> None:
    text = "Ons bedrijfsuitje was top, en Joris regelde zelfs een glutenvrije lasagne voor mijn collega!"
    draft = draft_text(RESTAURANT, THANKS, text, author="Mieke")
    assert "een glutenvrije lasagne" in draft, draft


def test_a_diet_missed_or_no_dish_is_not_said_back_as_served() -> None:
    text = "Lekker gegeten, maar geen enkel vegetarisch gerecht op de kaart."
    draft = draft_text(RESTAURANT, SUGGESTION, text, author="Mieke")
    assert "ook een vegetarisch" not in draft and "zorgen" not in draft, draft
    text = "Mijn vrouw moet een dieet volgen en alles was goed geregeld, top!"
    assert "dieet volgen" not in draft_text(RESTAURANT, THANKS, text, author="Mieke")


BAKERY = BusinessProfile(
    name="Bakkerij Van Dam",
    kind="bakkerij",
    signers=["Ria"],
    voice="wij",
    register="u",
    email="info@bakkerijvandam.nl",
    phone="0318-445566",
)
BIKES = BusinessProfile(
    name="Tweewielers Hoek",
    kind="fietsenmaker",
    signers=["Sander"],
    voice="ik",
    register="je",
    email="sander@tweewielershoek.nl",
    phone="0180-223344",
)


def test_a_shape_the_writer_named_is_said_with_the_thing() -> None:
    text = "De taart in de vorm van een brandweerauto voor het feestje van onze Pim was een hit! Dank jullie!"
    draft = draft_text(BAKERY, THANKS, text, author="Joke")
    assert "in de vorm van een brandweerauto" in draft, draft


def test_a_thing_without_a_shape_is_named_as_before() -> None:
    text = "De appeltaart voor de verjaardag van onze Pim was heerlijk! Dank jullie!"
    draft = draft_text(BAKERY, THANKS, text, author="Joke")
    assert "vorm" not in draft and "Pim" in draft, draft


def test_a_childs_own_new_thing_is_named_with_the_child() -> None:
    text = "Onze Lotte (6) mocht zelf haar nieuwe fiets uitzoeken en Sander nam alle tijd. Top!"
    draft = draft_text(BIKES, THANKS, text, author="Kim")
    assert "Lotte en haar nieuwe fiets" in draft, draft
    # a thing not said as the child's stays unnamed beside the child
    text = "Onze Lotte (6) kreeg een ballon en Sander nam alle tijd. Top!"
    draft = draft_text(BIKES, THANKS, text, author="Kim")
    assert "haar ballon" not in draft and "Lotte" in draft, draft


def test_a_thing_done_for_someone_is_not_named_as_theirs() -> None:
    text = "Onze Bram (80) kreeg zijn soep in een beker en Sander had alle geduld. Top!"
    draft = draft_text(BIKES, THANKS, text, author="Kim")
    assert "zijn soep" not in draft and "Bram" in draft, draft


# Praise fixes after blind round r65/r66 (issue #13): what the writer forgot is no product, the writer's own name is
# never greeted as a third person, a product word in the business's name is still the product when written as a
# thing, maternity visits named as said, and no food phrase for a service at an occasion.
BAKKERIJ_DE_KORENAAR = BusinessProfile(name="Bakkerij De Korenaar", kind="bakkerij", signers=["Wim"], voice="we")
PANCAKES = BusinessProfile(name="Pannenkoek Paleis Lotte", kind="restaurant", signers=["Lotte"], voice="we")


def _thanks(profile: BusinessProfile, text: str, author: str = "Kim") -> str:
    return draft_text(profile, "uitkomst_bedank_publiek", text, author=author)


def test_a_thing_the_writer_forgot_is_no_product() -> None:
    text = "Ik had mijn pinpas thuis laten liggen, maar Wim liet me de suikerbrood gewoon meenemen. Top!"
    products = [p.text for p in analyse_topics(text).products]
    assert "pinpas" not in products
    forgot = "Bleek ik mijn sleutelhanger vergeten bij de kassa. Wat een lieve mensen."
    assert "sleutelhanger" not in [p.text for p in analyse_topics(forgot).products]


def test_what_the_shop_forgot_stays_the_writers_thing() -> None:
    # the shop forgot it: the complaint is about that very thing
    text = "Jullie zijn mijn appelflap vergeten in de zak, en ik was al thuis."
    assert "appelflap" in [p.text for p in analyse_topics(text).products]


def test_a_regional_bread_is_a_product() -> None:
    text = "De krentenwegge voor het kraambezoek bij mijn nichtje was een groot succes!"
    assert analyse_topics(text).products[0].text == "krentenwegge"


def test_the_writers_own_first_name_is_never_greeted() -> None:
    text = "Wim heeft mijn taart voor de kraamvisite zo mooi ingepakt. Hartelijke groet van Truus"
    reply = _thanks(BAKKERIJ_DE_KORENAAR, text, author="Truus Bakker")
    assert "aan Truus" not in reply and "Wim" in reply


def test_a_handle_named_after_a_pet_still_greets_the_pet() -> None:
    reply = _thanks(BAKKERIJ_DE_KORENAAR, "Bobbie is weer helemaal blij na zijn koekje bij Wim", "bobbie_de_tekkel")
    assert "aan Bobbie" in reply


def test_a_product_word_in_the_business_name_is_the_dish_in_lower_case() -> None:
    reply = _thanks(PANCAKES, "pannenkoek met spek en appel, echt de lekkerste van de stad!")
    assert "pannenkoek" in reply


def test_the_business_name_written_as_a_name_is_no_product() -> None:
    reply = _thanks(PANCAKES, "Pannenkoek Paleis heeft ons hele gezelschap snel en vriendelijk geholpen.")
    assert "over de pannenkoek" not in reply and "met de pannenkoek" not in reply


def test_a_maternity_visit_is_named_as_said() -> None:
    assert analyse_topics("Mijn beschuitbollen voor de kraamvisite waren heerlijk.").occasion_words == "kraamvisite"


def test_a_thing_at_an_occasion_is_never_said_to_taste() -> None:
    for seed in ("a", "b", "c", "d", "e", "f"):
        reply = _thanks(BAKKERIJ_DE_KORENAAR, f"De taart voor mijn pensioen was prachtig ({seed})")
        assert "in de smaak" not in reply


def test_a_day_wished_for_names_the_idea() -> None:
    from app.domain.draft_wish_named import day_wished

    assert day_wished("Top service! Zaterdagochtend zou ook heel handig zijn voor wie doordeweeks werkt.") == (
        "voor de zaterdagochtend"
    )
    assert day_wished("Op zondag was het erg druk, maar wel gezellig.") == ""


def test_a_trip_is_what_was_praised() -> None:
    assert analyse_topics("Wat een mooie fietstocht hebben we gemaakt op jullie huurfietsen!").products[0].text == (
        "fietstocht"
    )


# Praise fixes after blind rounds r67/r68 (issue #13): English praise names who did the work in their own way ('Sam
# did his best'), where the business came to ('came to my house' → 'your house'), the group it was for, and never a
# verb after 'or' as the thing praised. Businesses and sentences of their own, none from the rounds.
MOBILE_BARBER = BusinessProfile(name="Knipbus Noord", kind="kapper", signers=["Daan"], voice="ik", email="d@kb.nl")
NAILS = BusinessProfile(name="Nagelstudio Parel", kind="nagelstudio", signers=["Ilse"], voice="wij")


def test_a_verb_after_or_is_no_thing_praised() -> None:
    assert english_object("Nobody wanted to paint my nails or file them short again.") == "your nails"


def test_a_place_name_after_the_is_no_thing() -> None:
    assert english_object("Parked on the Vismarkt and picked up the gift card in five minutes.") == "the gift card"


def test_someone_who_did_it_their_own_way_is_named() -> None:
    assert english_names("Honestly the best. Priya took her time and Tom did his best with my cuticles.") == (
        "Priya",
        "Tom",
    )


def test_the_writers_own_people_and_plain_words_are_not_named() -> None:
    assert english_names("Mum took her time choosing a colour. Everyone did his part.") == ()
    assert english_names("The food took its time but it was worth it.") == ()


def test_english_praise_passes_on_to_the_one_named() -> None:
    reply = draft_text(NAILS, THANKS, "Priya took her time with my nails, they look so natural. Thanks!")
    assert "Priya" in reply


def test_where_the_business_came_and_for_whom() -> None:
    lines = dict(praise_lines("Daan drove all the way to our office and cut the hair of six of my colleagues."))
    assert lines == {"came_by": {"waarde": "office"}, "group": {"naam": "six colleagues"}}
    reply = draft_text(MOBILE_BARBER, THANKS, "Daan came to my house and did the haircuts for all the kids. Great!")
    assert "your house" in reply and "all the kids" in reply and "enjoyed your visit" not in reply


def test_no_group_or_place_where_none_is_said() -> None:
    assert praise_lines("Came to the studio with my sister, lovely nails, thank you!") == []


TWEEWIELER_OOMS = BusinessProfile(
    name="Tweewieler Ooms", kind="fietsenmaker", signers=["Rik"], voice="ik", register="je"
)


def test_what_the_work_made_possible_is_said_back() -> None:
    text = "Rik heeft vrijdag nog mijn kapotte derailleur vervangen, zodat ik zaterdag de Ronde van Vught kon fietsen!"
    assert made_possible(text, "je") == "je zaterdag de Ronde van Vught kon fietsen"
    we = "Ketting op het laatste moment vervangen, zodat we met onze club toch de toertocht konden rijden."
    assert made_possible(we, "je") == "jullie met jullie club toch de toertocht konden rijden"
    assert made_possible(we, "u") == "u met uw club toch de toertocht kon rijden"
    assert "Ronde van Vught" in draft_text(TWEEWIELER_OOMS, THANKS, text)


def test_a_wish_is_not_what_the_work_made_possible() -> None:
    assert made_possible("Top zaak! Misschien een online agenda zodat we zelf kunnen boeken?", "je") == ""


def test_a_tip_on_the_business_site_is_said_back_with_its_clause() -> None:
    tip = "Leuke zaak! Eén tip: zet op je website hoe lang de wachttijd is, dan kom ik op een rustiger moment."
    assert wishes(tip, limit=1) == ["om op jullie website te zetten hoe lang de wachttijd is"]


def test_a_way_of_paying_asked_for_is_named() -> None:
    ask = "Altijd goed geholpen. Zou afrekenen via Apple Pay op termijn niet mogelijk zijn?"
    assert wishes(ask, limit=1) == ["om via Apple Pay op termijn af te rekenen"]


def test_a_modal_after_would_is_no_way_of_doing() -> None:
    assert wishes("Zou kunnen met de bus niet handig zijn?", limit=1) == []


def test_the_writers_own_illness_gets_strength_wished() -> None:
    reply = draft_text(NAILS, THANKS, "Tijdens mijn chemokuur hebben jullie mijn nagels zo mooi verzorgd. Dank!")
    assert "sterkte" in reply


def test_a_thing_said_to_look_natural_is_praised() -> None:
    praised = [p.text for p in analyse_topics("De extensions zitten zo natuurlijk dat niemand het ziet.").praised]
    assert "extensions" in praised


HAARSTUDIO_KRUL = BusinessProfile(name="Haarstudio Krul", kind="kapsalon", signers=["Noor"], voice="wij", register="je")
DINER = BusinessProfile(name="Eethuis Zaatar", kind="restaurant", signers=["Rami"], voice="wij", register="je")


def test_the_writers_own_new_thing_keeps_its_description() -> None:
    reply = draft_text(HAARSTUDIO_KRUL, THANKS, "Zo blij met mijn nieuwe pixie! Mijn moeder komt volgende week ook.")
    assert "je nieuwe pixie" in reply


def test_a_flaw_of_the_writers_own_thing_is_not_said_back() -> None:
    thing = analyse_topics("Mijn kapotte fiets is weer als nieuw, top!").products[0]
    assert own_described(thing, "Mijn kapotte fiets is weer als nieuw, top!").text == "fiets"


def test_the_thing_praised_beats_someone_only_mentioned() -> None:
    text = "jullie shoarmaschotel is echt de beste van de stad, mijn broer eet geen gluten, kan hij ook iets"
    reply = draft_text(DINER, THANKS, text)
    assert "shoarmaschotel" in reply


PHYSIO_SHOP = BusinessProfile(name="Loopwinkel Tred", kind="sportwinkel", signers=["Bo"], voice="ik", register="je")


def test_a_body_trouble_gone_is_said_back() -> None:
    text = "Na maanden hielpijn nieuwe hardloopschoenen bij Bo gekocht. Zondag 15 km gelopen zonder pijn!"
    assert "je hiel" in draft_text(PHYSIO_SHOP, THANKS, text)


def test_the_place_the_business_came_to_is_no_thing_praised() -> None:
    reply = draft_text(MOBILE_BARBER, THANKS, "Daan came to our office and cut the hair of three colleagues. Great!")
    assert "about your office" not in reply and "your office" in reply


# Praise that names the moment (issue #13, fixer p27): a farewell after years of work is congratulated, a dish the
# writer praised is named next to a small gesture, the room it happened in or what was left out ('zonder spiegel')
# is no thing praised, and an illness the writer has behind them gets a warm word for the moment, not strength
# wished. Shops and sentences of their own, none from the rounds.
SALON_SCHAAR = BusinessProfile(name="Salon Schaar", kind="kapper", signers=["Noor"], voice="ik", register="u")
SALON_JE = BusinessProfile(name="Salon Schaar", kind="kapper", signers=["Noor"], voice="wij", register="je")
EETHUIS_DE_KADE = BusinessProfile(name="Eethuis De Kade", kind="restaurant", signers=["Pim"], voice="wij", register="u")


def test_a_farewell_after_years_of_work_is_a_career_ended() -> None:
    assert career_ended("Vandaag na 41 jaar mijn afscheid als juf")
    assert career_ended("afscheid na ruim dertig jaar bij de bank")
    assert career_ended("Retirement party after 25 years at the post office")
    assert career_ended("Afscheid na veertien jaar als koster")
    assert not career_ended("Afscheid van de buren want ze verhuizen")
    assert not career_ended("Mijn afscheidsfeest, ik ga naar Spanje!")


def test_a_farewell_after_years_of_work_is_congratulated() -> None:
    for profile, text in (
        (SALON_SCHAAR, "Vandaag na 41 jaar in de zorg mijn afscheid. Daar hoorde een nieuw kapsel bij, dank Noor!"),
        (SALON_JE, "afscheid na ruim dertig jaar als juf van groep 3, en Noor gaf me een frisse coupe 💇"),
    ):
        reply = draft_text(profile, THANKS, text)
        assert "gefeliciteerd" in reply.lower(), reply


def test_a_farewell_without_years_is_not_congratulated() -> None:
    reply = draft_text(SALON_SCHAAR, THANKS, "Voor mijn afscheid van de buurt nog even langs Noor, mooi kapsel!")
    assert "gefeliciteerd" not in reply.lower(), reply


def test_the_dish_praised_is_named_with_a_small_gesture() -> None:
    for text, dish in (
        ("Pim had een kaarsje in het toetje gezet en een glas cava gebracht. De lamsbout was boterzacht!", "lamsbout"),
        (
            "Etentje voor onze trouwdag. Pim zette een roosje neer en bracht een glaasje cava. De ossenhaas was top",
            "ossenhaas",
        ),
    ):
        praised = [p.text for p in analyse_topics(text).praised]
        assert any(dish in p for p in praised), praised
        assert dish in draft_text(EETHUIS_DE_KADE, THANKS, text), text


def test_a_place_adjective_keeps_its_capital() -> None:
    praised = [p.text for p in analyse_topics("Het Zeeuwse lamsrack was heerlijk. Dank!").praised]
    assert "Zeeuwse lamsrack" in praised, praised


def test_what_was_left_out_or_where_it_happened_is_no_thing_praised() -> None:
    assert left_out("spiegel", "geknipt zonder spiegel tot het klaar was")
    assert left_out("mirror", "done without a mirror until the end")
    assert not left_out("spiegel", "de spiegel was mooi")
    for text in (
        "Noor heeft me in het rustige kamertje geholpen, zonder spiegel tot het klaar was. Dank u!",
        "Ik mocht in de kleine ruimte achter de salon zitten, zonder een spiegel. Zo lief, dank!",
    ):
        reply = draft_text(SALON_SCHAAR, THANKS, text)
        assert "kamertje" not in reply and "ruimte" not in reply and "spiegel" not in reply, reply


def test_an_illness_behind_the_writer_is_named_with_warmth() -> None:
    for profile, text, said in (
        (
            SALON_SCHAAR,
            "Na mijn chemo eindelijk weer genoeg haar voor een knipbeurt. Ik heb gehuild van geluk. Dank u.",
            "uw chemo",
        ),
        (SALON_JE, "na de bestralingen eindelijk weer naar noor, zo lief geholpen. dankjewel", "de bestralingen"),
    ):
        reply = draft_text(profile, THANKS, text)
        assert said in reply and "sterkte" not in reply, reply


def test_an_illness_ahead_still_gets_strength() -> None:
    reply = draft_text(
        SALON_SCHAAR, THANKS, "Toen ik hoorde dat ik chemo moest, heeft Noor mijn haar kort geknipt. Dank!"
    )
    assert "sterkte" in reply, reply


def test_how_long_it_held_said_after_the_state() -> None:
    from app.domain.draft_praise_held import lasted

    assert lasted("Alles zat nog perfect na de openingsdans. Top!") == ("na de openingsdans", "perfect")
    assert lasted("de krullen zaten nog steeds strak tot na het diner") == ("tot na het diner", "strak")
    assert lasted("Het zat om 2 uur 's nachts nog mooi") == ("om 2 uur 's nachts", "mooi")
    assert lasted("Het kapsel was mooi, na de kerk gingen we eten") == ("", "")
    reply = draft_text(
        SALON_SCHAAR, THANKS, "Bruidskapsel voor mij en mijn zus, alles zat nog perfect na de openingsdans!"
    )
    assert "openingsdans" in reply, reply


def test_the_het_words_among_bike_parts() -> None:
    from app.domain.topics import article_of

    for word in ("slot", "kettingslot", "frame", "ventiel", "bagagerek", "achterlicht"):
        assert article_of(word) == "het", word
    cycles = BusinessProfile(name="Rijwielen Rond", kind="fietsenmaker", signers=["Ivo"], voice="ik", register="je")
    reply = draft_text(cycles, THANKS, "Ivo zette er gratis een nieuw slot op. Top service!")
    assert "de slot" not in reply, reply


def test_one_colleague_of_the_team_is_greeted_as_the_team() -> None:
    from app.domain.draft_events import one_of_team

    assert one_of_team("collega", "ze hielden rekening met onze collega die halal eet")
    assert not one_of_team("collega", "met mijn collega komen lunchen")
    reply = draft_text(
        EETHUIS_DE_KADE, THANKS, "Teamlunch met ons team, de soep was top en ze dachten aan onze collega die vegan eet."
    )
    assert "het hele team" in reply and "uw collega!" not in reply, reply
    reply = draft_text(EETHUIS_DE_KADE, THANKS, "Met mijn collega komen lunchen, de soep was top")
    assert "collega" in reply and "het hele team" not in reply, reply


def test_an_english_repair_says_what_was_done() -> None:
    from app.domain.draft_english_praise import fixed_thing

    assert fixed_thing("Flat tire near the dunes, Ivo fixed it in no time") == "flat tire"
    assert fixed_thing("He repaired my derailleur while I waited") == "derailleur"
    assert fixed_thing("the shop that fixed my front brake in no time") == "front brake"
    assert fixed_thing("Broken spoke, they patched me up and sent me on my way. Fixed!") == "broken spoke"
    assert fixed_thing("Lovely shop, nice coffee") == ""
    cycles = BusinessProfile(name="Rijwielen Rond", kind="fietsenmaker", signers=["Ivo"], voice="ik", register="je")
    reply = draft_text(
        cycles, THANKS, "Flat tyre on my way to the beach, Ivo fixed it in 10 minutes. Legend!", "bluesky"
    )
    assert "flat tyre" in reply and "message about" not in reply and "enjoyed your visit" not in reply, reply


# Praise from a school or club: the writer's own event week and the group the work was for are named, and an
# organisation's name ('IKC De Essenkamp', 'Campus Kempenland') is no first name.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Tijdens onze sportweek mochten de kinderen bij jullie taartjes versieren, top!", "sportweek"),
        ("Dank voor de lunch op onze themaweek, iedereen smulde.", "themaweek"),
    ],
)
def test_the_writers_own_week_is_the_occasion(text: str, words: str) -> None:
    found = analyse_topics(text)
    assert (found.occasion, found.occasion_words) == ("uitje", words)


def test_a_working_week_or_holiday_week_is_no_event() -> None:
    assert analyse_topics("Mijn werkweek was zwaar, maar de taart maakte veel goed.").occasion_words != "werkweek"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Vier scholieren van ons liepen een snuffelstage in de bakkerij en vonden het geweldig.", "Vier scholieren"),
        ("Namens alle pupillen van de JO9: bedankt voor de gratis fietsbel!", "alle pupillen"),
        ("Twaalf cursisten leerden bij jullie vlechten, wat een middag.", "Twaalf cursisten"),
    ],
)
def test_a_counted_group_of_pupils_or_students_is_the_writers_group(text: str, group: str) -> None:
    assert analyse_topics(text).group == group


@pytest.mark.parametrize("author", ["OBS De Klimop", "KBO Oosterhout", "Campus De Vesten", "Sint-Jozefcollege"])
def test_a_school_or_club_name_is_no_first_name(author: str) -> None:
    assert first_name(author) == ""


def test_a_name_in_capitals_is_still_a_name() -> None:
    assert first_name("JAN DE VRIES") == "Jan"
    assert first_name("Marloes Kamphuis, HR De Bolder") == "Marloes"


def test_the_work_praised_is_named_with_the_thing_it_was_done_to() -> None:
    assert service_done(("onderhoud",), "De auto van mijn zoon loopt weer als een zonnetje na de winterbeurt") == (
        "na de winterbeurt"
    )
    assert service_done(("onderhoud",), "Top service, de auto rijdt weer prima") == ""
    draft = draft_text(GARAGE, THANKS, "De auto van mijn zoon rijdt weer als nieuw na de winterbeurt. Eerlijke prijs!")
    assert "winterbeurt" in draft, draft


def test_what_someone_would_have_felt_is_no_wish_and_no_one_to_greet() -> None:
    # 'opa zou ervan genoten hebben': the praise before it stays praise, and opa, who could not be there, is not
    # greeted
    text = (
        "Onze 25ste trouwdag gevierd met de buren. De kersenvlaai en de boterkoek waren een feest, opa zou ervan "
        "genoten hebben."
    )
    draft = draft_text(BAKKERIJ_GRAAN, THANKS, text)
    assert "kersenvlaai" in draft and "groeten" not in draft, draft


def test_the_room_of_the_venue_where_it_was_celebrated_is_said_back() -> None:
    # 'in jullie serre gevierd': the thanks says where, as the business's own ('in onze serre'), not 'bij ons'
    text = "Mijn schoonvader is 80 geworden en dat hebben we in jullie serre gevierd met de hele familie. Top avond!"
    draft = draft_text(BISTRO, THANKS, text)
    assert "in onze serre" in draft, draft
    assert room_celebrated("Ons jubileum gevierd op uw terras, heerlijk", "ik") == "op mijn terras"
    assert room_celebrated("Het feest was bij jullie gevierd", "wij") == ""


def test_doing_the_bride_is_a_wedding_congratulated() -> None:
    text = "Sanne heeft vrijdag de bruid, ons nichtje Eva, opgestoken en opgemaakt. Het zat tot de laatste dans!"
    draft = draft_text(KAPSALON_KNIP, THANKS, text)
    assert "bruiloft" in draft, draft


# A celebration cake of French name ('pièce montée'), the photos others took of the work (no work of the business)
# and a firm cheering its years ('30 jaar Van Dijk Transport!'): the thanks names the cake and the jubilee.
def test_a_piece_montee_is_named_and_the_photos_taken_of_it_are_not() -> None:
    text = (
        "Zaterdag vierden we ons 40-jarig huwelijk en jullie hadden een pièce montée gemaakt met ons trouwjaar erop. "
        "De neven hebben er filmpjes van gemaakt. Prachtig!"
    )
    reply = draft_text(BAKKERIJ_GRAAN, THANKS, text)
    assert "pièce montée" in reply and "filmpjes" not in reply, reply


def test_years_and_a_firm_name_cheered_are_a_jubilee() -> None:
    text = "30 jaar Van Dijk Transport! Jullie broodjes voor de receptie waren op tijd en heerlijk, merci."
    found = analyse_topics(text)
    assert found.occasion == "jubileum" and found.occasion_words == "30-jarig jubileum", found
    assert "jubileum" in draft_text(BAKKERIJ_GRAAN, THANKS, text)
    # near misses: a child's first name cheered, and years of being a customer, are no jubilee
    assert analyse_topics("8 jaar Noor! De eenhoorntaart was een schot in de roos.").occasion != "jubileum"
    assert analyse_topics("Al 12 jaar Bakkerij Graan, altijd even lekker!").occasion == ""


# What the writer lists after a word of eating and a colon ('bij jullie gegeten: mosselen en een dame blanche') is
# what the thanks is for, not a ride or tour named earlier; and the holiday the writer says to come back in closes
# the reply ('we komen terug in de kerstvakantie' → 'Tot in de kerstvakantie!').
def test_the_dishes_listed_after_a_meal_are_named_and_the_return_holiday_closes() -> None:
    text = (
        "Na de fietstocht langs de dijk bij jullie gegeten: erwtensoep en een uitsmijter 😋 "
        "We komen zeker terug in de kerstvakantie!"
    )
    reply = draft_text(BISTRO, THANKS, text)
    assert "woorden over de erwtensoep" in reply, reply
    assert "tot in de kerstvakantie" in reply.lower(), reply
    # near misses: no colon after the meal, and a holiday named without coming back
    plain = "Erwtensoep gegeten, lekker! In de kerstvakantie zijn we op wintersport."
    reply = draft_text(BISTRO, THANKS, plain)
    assert "tot in de kerstvakantie" not in reply.lower(), reply
