"""Praise fixes after blind rounds r67/r68 (issue #13): English praise names who did the work in their own way
('Sam did his best'), where the business came to ('came to my house' → 'your house'), the group it was for,
and never a verb after 'or' as the thing praised. Businesses and sentences of their own, none from the rounds."""

from __future__ import annotations

from app.domain.draft_english_praise import english_names, praise_lines
from app.domain.draft_praise import body_better, made_possible, own_described, own_illness
from app.domain.draft_wishes import wishes
from app.domain.language import english_object
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft_text

THANKS = "uitkomst_bedank_publiek"
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


BIKES = BusinessProfile(name="Tweewieler Ooms", kind="fietsenmaker", signers=["Rik"], voice="ik", register="je")


def test_what_the_work_made_possible_is_said_back() -> None:
    text = "Rik heeft vrijdag nog mijn kapotte derailleur vervangen, zodat ik zaterdag de Ronde van Vught kon fietsen!"
    assert made_possible(text, "je") == "je zaterdag de Ronde van Vught kon fietsen"
    we = "Ketting op het laatste moment vervangen, zodat we met onze club toch de toertocht konden rijden."
    assert made_possible(we, "je") == "jullie met jullie club toch de toertocht konden rijden"
    assert made_possible(we, "u") == "u met uw club toch de toertocht kon rijden"
    assert "Ronde van Vught" in draft_text(BIKES, THANKS, text)


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
    assert own_illness("Na mijn bestralingen was ik mijn haar kwijt. Ilse heeft me zo goed geholpen.")
    assert not own_illness("Mijn moeder krijgt chemo en ik kwam een sjaal uitzoeken.")
    reply = draft_text(NAILS, THANKS, "Tijdens mijn chemokuur hebben jullie mijn nagels zo mooi verzorgd. Dank!")
    assert "sterkte" in reply


def test_a_thing_said_to_look_natural_is_praised() -> None:
    praised = [p.text for p in analyse_topics("De extensions zitten zo natuurlijk dat niemand het ziet.").praised]
    assert "extensions" in praised


SALON = BusinessProfile(name="Haarstudio Krul", kind="kapsalon", signers=["Noor"], voice="wij", register="je")
DINER = BusinessProfile(name="Eethuis Zaatar", kind="restaurant", signers=["Rami"], voice="wij", register="je")


def test_the_writers_own_new_thing_keeps_its_description() -> None:
    reply = draft_text(SALON, THANKS, "Zo blij met mijn nieuwe pixie! Mijn moeder komt volgende week ook.")
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
    assert body_better(text, "") == "hiel"
    assert "je hiel" in draft_text(PHYSIO_SHOP, THANKS, text)


def test_no_body_trouble_said_back_when_not_better_or_someone_elses() -> None:
    assert body_better("Mijn man had rugklachten, de schoenen zijn mooi.", "") == ""
    assert body_better("Door zijn rugpijn kwam hij met de auto, en nu weer lopen zonder pijn!", "") == ""


def test_the_place_the_business_came_to_is_no_thing_praised() -> None:
    reply = draft_text(MOBILE_BARBER, THANKS, "Daan came to our office and cut the hair of three colleagues. Great!")
    assert "about your office" not in reply and "your office" in reply
