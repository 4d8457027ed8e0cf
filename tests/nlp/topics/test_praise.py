"""The topic finder on compliments: what was praised and who of the business did it (app/nlp/topic_praise.py,
topic_praised.py)."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile
from app.errors import DataFileError
from app.nlp.praise_words import parse_praise_words
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft_text


# What a compliment praises and who of the business did it (app.nlp.topic_praise): sentences of their own, other
# businesses and other words than the benchmark rounds.
def _praised(text: str) -> list[str]:
    return [m.definite for m in analyse_topics(text).praised]


def test_what_the_business_gave_or_put_on_is_praised_not_what_a_preposition_adds() -> None:
    text = "Bas had er zonder te vragen een nieuwe ruitenwisser en een luchtverfrisser met een dennenboom in gehangen."
    assert _praised(text) == ["de ruitenwisser", "de luchtverfrisser"]
    text = "De trimster gaf ons bij het ophalen een kluifje mee voor onderweg, zo lief."
    assert _praised(text) == ["het kluifje"]


def test_what_a_praise_word_is_said_of_is_praised() -> None:
    assert _praised("kuif zat na de bruiloft nog steeds strak 🔥") == ["de kuif"]
    assert _praised("Gisteren geweest. De tiramisu was echt subliem!") == ["de tiramisu"]
    # no praise word, a name, or 'het' as a pronoun: nothing praised
    assert _praised("De monteur was er om acht uur.") == []
    assert _praised("Het was top, Ilse was geweldig.") == []


def test_a_thing_named_in_another_clause_after_dat_is_not_what_was_given() -> None:
    text = "De kok had de taart zo opgemaakt dat de verlovingsring er pas bij het aansnijden uit kwam."
    assert _praised(text) == ["de taart"]


def test_staff_named_in_lower_case_with_a_role_or_with_their_part_of_the_business() -> None:
    assert "Femke" not in analyse_topics("femke en ik waren er ook").names  # no verb of her own: not sure
    assert "Lotte" in analyse_topics("lotte die me zo goed heeft geknipt, echt een schat").names
    assert "Daan" in analyse_topics("We hadden het met Daan, de sommelier, over de wijn gehad.").names
    assert "Sem" in analyse_topics("Sem van de werkplaats heeft mijn ketting nagekeken.").names
    assert "Sem" not in analyse_topics("Sem van de buren kwam ook mee.").names


def test_a_proposal_said_in_english_or_as_yes_is_an_engagement() -> None:
    assert analyse_topics("SHE SAID YES!! Dank voor het mooie tafeltje bij het raam").occasion == "verloving"
    assert analyse_topics("En ik zei yes natuurlijk 😭 wat een avond").occasion == "verloving"
    assert analyse_topics("Ik zei ja tegen een nieuwe kleur en nu herkent niemand me").occasion != "verloving"


def test_the_word_lists_are_checked_when_loaded() -> None:
    with pytest.raises(DataFileError):
        parse_praise_words({"schema": 1, "give": ["gaf"]})
    with pytest.raises(DataFileError):
        parse_praise_words({"schema": 2})


def test_a_praised_subject_may_carry_a_phrase_and_two_praised_things_keep_the_writers_order() -> None:
    text = "de bitterballen voor de borrel van mijn vader waren top, en sem had er nog een bakje mosterd bij gezet"
    assert _praised(text) == ["de bitterballen", "het bakje mosterd"]
    text = "Het stokbrood bij de soep was heerlijk. Jullie gaven ons ook nog een fles olijfolie mee!"
    assert _praised(text) == ["het stokbrood", "de fles olijfolie"]


def test_a_first_time_done_is_an_achievement_but_a_first_thing_bought_is_not() -> None:
    found = analyse_topics("Vandaag mijn eerste 5 km hardgelopen zonder te stoppen, dankzij jullie schoenen!")
    assert (found.occasion, found.occasion_words) == ("prestatie", "eerste 5 km")
    assert analyse_topics("Mijn eerste taart gekocht bij jullie, heerlijk").occasion == ""


def test_an_anniversary_written_with_a_space_is_no_birthday_nor_a_wedding() -> None:
    assert analyse_topics("Ons 25 jarig huwelijk gevierd met de kinderen, top geregeld!").occasion == "jubileum"
    assert analyse_topics("Onze dochter werd zes en was jarig, wat een feest").occasion == "verjaardag"


def test_a_lower_case_name_thanked_is_staff_but_not_the_writers_own_person() -> None:
    assert "Lisa" in analyse_topics("dikke merci aan lisa voor de snelle reparatie").names
    assert "Emma" not in analyse_topics("mijn dochter emma was zo blij met haar nieuwe fiets").names


def test_things_given_may_be_counted_or_listed_without_an_article() -> None:
    assert _praised("Voor ons jubileum bakten jullie 80 petitfours met ons logo. Top!") == ["de petitfours"]
    text = "De fiets was total loss, maar Jelle heeft er nieuwe spaken, banden en een bel op gezet."
    assert _praised(text)[:1] == ["de spaken"] or _praised(text)[:1] == ["de banden"]


def test_a_baptism_is_its_own_occasion_even_with_beschuit_met_muisjes() -> None:
    assert analyse_topics("Zondag werd onze dochter gedoopt, de beschuit met muisjes was op!").occasion == "doop"
    assert analyse_topics("Voor het doopfeest van ons zoontje hadden we 40 krentenbollen besteld.").occasion == "doop"


def test_an_uninflected_adjective_is_no_thing_and_what_was_bought_counts_too() -> None:
    assert _praised("Gisteren een taart gekocht en Ria deed er nog een klein kaartje bij.") == [
        "de taart",
        "het kaartje",
    ]


def test_no_achievement_or_occasion_from_a_first_visit_or_a_dutch_engagement() -> None:
    assert analyse_topics("Mijn eerste afspraak gehad en de kleur is mislukt.").occasion == ""
    assert analyse_topics("Wat een engagement van het personeel, echt top.").occasion == ""
    assert analyse_topics("Het gerecht had een presentatie om van te smullen.").occasion == ""


# What a compliment is about when no praise word sits next to the thing, and staff named by where they work or
# singled out of a team (session 8): sentences of their own, other businesses and other words than the benchmark
# rounds.
def _praised_as_written(text: str) -> list[str]:
    return [m.text for m in analyse_topics(text).praised]


def test_two_things_joined_before_a_linking_verb_are_both_praised() -> None:
    assert _praised_as_written("De bitterballen en de kaasplank waren echt top op onze borrel.") == [
        "bitterballen",
        "kaasplank",
    ]
    found = _praised_as_written("Het stokbrood en de tapenade van jullie waren subliem, zaterdag.")
    assert found == ["stokbrood", "tapenade"], found


def test_a_praise_phrase_without_a_praise_word_makes_the_subject_praised() -> None:
    assert _praised_as_written("De appelflappen waren tot de laatste kruimel op bij de vergadering.") == [
        "appelflappen"
    ]
    assert _praised_as_written("De saucijzenbroodjes gingen weg als warme broodjes, echt waar.") == [
        "saucijzenbroodjes"
    ]
    assert _praised_as_written("De cupcakes waren een groot succes op het schoolplein!") == ["cupcakes"]
    # the same nouns with nothing said about them are not praised
    assert _praised_as_written("De appelflappen waren op toen ik om vier uur kwam.") == []


def test_staff_named_by_where_they_work_in_the_business() -> None:
    assert "Mila" in analyse_topics("Mila achter de bar had zo'n leuke cocktail voor ons bedacht.").names
    assert "Ruben" in analyse_topics("Alles was snel klaar en Ruben in de werkplaats legde alles uit.").names
    # a time word at the start of a sentence is no name
    assert analyse_topics("Vanochtend bij de kassa ging alles soepel.").names == ()


def test_staff_singled_out_of_a_team_or_role() -> None:
    text = "Het personeel van de zaak, met name Fleur, dacht echt met ons mee."
    assert "Fleur" in analyse_topics(text).names
    text = "Complimenten aan de keuken en vooral Bram, de kroketten waren perfect."
    assert "Bram" in analyse_topics(text).names


def test_a_thing_made_named_in_quotes_is_praised() -> None:
    assert _praised_as_written("Jullie maakten een 'snoeptafel' voor ons feest, geweldig!") == ["snoeptafel"]


def test_the_writers_event_and_group() -> None:
    topics = analyse_topics("Voor onze afdelingsdag kwamen jullie met de foodtruck, top geregeld!")
    assert (topics.occasion, topics.occasion_words) == ("uitje", "afdelingsdag")
    assert analyse_topics("Op onze zondagmiddag was het gezellig.").occasion_words == ""
    assert analyse_topics("Met ons koor uit Zwolle hier koffie gedronken.").group == "koor uit Zwolle"
    assert analyse_topics("Twintig clubleden kregen een lunchpakket mee.").group == "Twintig clubleden"
    assert analyse_topics("Voor ons team bestellen we elke week.").group == ""


def test_more_praise_phrases_and_verbs() -> None:
    assert _praised_as_written("Ik haal hier elke week brood. De kaasbroodjes zijn niet te versmaden.") == [
        "kaasbroodjes"
    ]
    found = _praised_as_written("De stoofpot en de appelcrumble gingen erin als koek bij de kinderen.")
    assert found == ["stoofpot", "appelcrumble"], found
    assert _praised_as_written("De nieuwe kleur viel heel goed in de smaak bij mijn vriendin.") == ["nieuwe kleur"]


def test_a_group_is_a_count_of_two_or_more_or_the_whole_family() -> None:
    assert analyse_topics("Gisteren met de hele familie hier gegeten.").group == "hele familie"
    assert analyse_topics("Het afscheid van een collega gevierd.").group == ""
    assert analyse_topics("Zes vriendinnen kregen een manicure.").group == "Zes vriendinnen"


def test_a_bad_thing_denied_is_praised() -> None:
    assert _praised_as_written("Nog nooit een mislukte taart gehad bij deze bakker.") == ["taart"]
    assert _praised_as_written("In vijf jaar geen enkele slechte fade, respect.") == ["fade"]


def test_staff_named_after_their_role_and_a_comma() -> None:
    assert "Demi" in analyse_topics("De kapster, Demi, nam echt alle tijd voor mijn moeder.").names
    assert "Rachid" in analyse_topics("Onze bezorger, Rachid, stond al om zeven uur voor de deur.").names


def test_an_undeclined_adjective_before_a_noun_is_no_thing() -> None:
    assert "fijn" not in _praised_as_written("Naomi maakte er zo'n fijn moment van, dank je.")
    assert "leuk" not in _praised_as_written("Jullie gaven ons een leuk aandenken mee.")


def test_an_event_with_an_adjective_and_a_group_one_came_with() -> None:
    topics = analyse_topics("Onze jaarlijkse klantendag bij jullie: 40 gasten en alles liep op rolletjes.")
    assert topics.occasion_words == "klantendag" and topics.group == "40 gasten"
    assert analyse_topics("Gisteren gegeten met de wandelclub, heerlijk.").group == "wandelclub"
    assert analyse_topics("Het geboortekaartje voor onze kleine Jip is zo lief!").praised[0].text == "geboortekaartje"


def test_what_the_writer_thanks_for_or_exclaims_over_is_praised() -> None:
    assert _praised_as_written("Hartelijk dank voor de saucijzenbroodjes en de appelflappen op de vergadering.") == [
        "saucijzenbroodjes",
        "appelflappen",
    ]
    assert _praised_as_written("Wat een geweldige tiramisu! Wij komen zeker terug.") == ["tiramisu"]
    assert _praised_as_written("Dankjewel voor de rust die je uitstraalde.") == []


def test_a_verb_form_after_an_article_is_no_thing() -> None:
    assert "bracht" not in _praised_as_written("Alles keurig bezorgd en de jongen die het bracht was zeer beleefd.")
    assert "gaf" not in _praised_as_written("Het meisje dat het gaf was zo lief.")


# What a compliment praises when a qualifying word stands before the noun (session 9): 'een tweedehands bakfiets',
# 'de gebakken eieren', 'een vintage leesstoel'. Sentences of their own, other businesses and other words than the
# benchmark rounds.
def test_the_noun_after_a_qualifying_word_is_what_is_praised() -> None:
    assert _praised_as_written("Vorige week een tweedehands kinderzitje bij jullie gekocht, zit perfect")[:1] == [
        "kinderzitje"
    ]
    assert "uitsmijter" in _praised_as_written("gisteren de gebakken uitsmijter gehad op het terras, top!!")
    found = _praised_as_written(
        "Kees heeft een tweedehands bakfiets voor ons opgeknapt en er een regenhoes aan gemaakt."
    )
    assert "tweedehands" not in found, found


def test_a_particle_or_a_count_after_the_thing_is_no_thing() -> None:
    assert "mee" not in _praised_as_written("Dirk gaf me een leenauto mee voor het weekend, super geregeld")
    assert "twee" not in _praised_as_written(
        "Lekker gegeten, misschien een idee om er een of twee taarten bij te zetten?"
    )


# What a compliment names (session 11): an occasion written with a hyphen ('onze communie-brunch'), an age that
# makes a party a birthday even with a speech at it, a name set off by commas after a part of the business ('de
# jongen achter de kassa, Bas,'). Sentences of their own, other businesses and words than the rounds.
def test_an_occasion_written_before_a_hyphen_is_the_occasion() -> None:
    assert analyse_topics("Ons communie-ontbijt bij jullie was top geregeld.").occasion == "communie"
    found = analyse_topics("Voor ons jubileum-feest hadden we een kaasplank laten bezorgen, heerlijk!")
    assert found.occasion == "jubileum", found


def test_a_hyphened_gift_or_a_word_of_any_time_names_no_occasion() -> None:
    for text in ("Die kerst-trui van jullie is echt lelijk haha", "Mooi bruiloft-cadeau gekocht, dank!"):
        assert analyse_topics(text).occasion == "", text


def test_an_age_makes_the_party_a_birthday_even_with_a_speech_at_it() -> None:
    found = analyse_topics("Opa werd 90 en de toespraak van mijn zus was ontroerend, het eten top.")
    assert found.occasion == "verjaardag" and found.occasion_words == "90ste verjaardag", found
    # without an age the speech is the occasion
    assert analyse_topics("Dankzij jullie kapsel ging mijn presentatie super.").occasion == "optreden"


def test_a_name_set_off_by_commas_after_a_part_of_the_business_is_staff() -> None:
    found = analyse_topics("De jongen achter de kassa, Bas, heeft mijn fiets nagekeken.")
    assert "Bas" in found.names, found
    # not a name that opens the next clause ('bij de kassa, Bas hoorde ik niet')
    assert "Bas" not in analyse_topics("Ik stond bij de kassa, Bas hoorde ik niet eens.").names


def test_the_business_own_thing_said_with_jullie_opening_the_clause_is_praised() -> None:
    found = analyse_topics("Jullie appelflap was weer heerlijk, de hele familie smulde.")
    assert [p.text for p in found.praised][:1] == ["appelflap"], found
    # 'jullie' as the doer is no thing
    assert analyse_topics("Jullie zijn echt top, bedankt!").praised == ()


def test_maar_before_an_amount_after_a_verb_is_only_no_point_of_criticism() -> None:
    assert analyse_topics("Top geholpen en we hoefden maar vijf minuten te wachten!").criticism == ""
    # a point after a comma stays a point
    assert analyse_topics("Super lekker gegeten, maar 45 minuten wachten op ons eten.").criticism == "wachttijd"


def test_turkish_bakery_goods_and_a_bikefit_are_things_of_the_lexicon() -> None:
    found = analyse_topics("De börek van vanochtend was nog warm, heerlijk!")
    assert "börek" in [p.text for p in found.products], found
    found = analyse_topics("Vorige maand een bikefit gedaan en nu fiets ik zonder rugpijn.")
    assert "bikefit" in [p.text for p in found.products], found


def test_an_occasion_the_writer_says_with_ik_is_their_own() -> None:
    found = analyse_topics("Na 40 jaar bij de bank ben ik vandaag met pensioen; mijn collega's gaven me een taart.")
    assert found.owner == "", found
    found = analyse_topics("Ik bestelde de taart voor de verjaardag van mijn moeder en ze was dolblij.")
    assert found.owner == "moeder", found
    found = analyse_topics("Ik wil bij jullie de 60ste verjaardag van mijn vader vieren, kan dat?")
    assert found.owner == "vader", found


def test_an_occasion_of_ik_and_someone_named_is_shared() -> None:
    found = analyse_topics("Zaterdag hebben mijn vrouw en ik ons koperen huwelijksjubileum bij jullie gevierd.")
    assert found.owner == "vrouw", found


# Whose the feast is and what was praised (issue #13, fixer p27): a pet named on a cake ('met haar pony Caramel
# erop') is no one whose feast it is, a double first name ('onze Anne-Sophie') is one of the writer's own, and where
# the writer works ('ons kantoor in Hasselt', 'our office in Leuven') is context, not the thing praised. Shops and
# sentences of their own, none from the rounds.
THANKS = "uitkomst_bedank_publiek"
BAKERY = BusinessProfile(name="Bakkerij De Molen", kind="bakkerij", signers=["Ine"], voice="wij", register="u")
CYCLES = BusinessProfile(name="Fietsen Ketting", kind="fietsenmaker", signers=["Bart"], voice="ik", register="je")


def test_a_pet_on_the_cake_is_no_owner_of_the_feast() -> None:
    for text, owner in (
        ("Onze Anne-Sophie deed zondag haar communie, de taart met haar hond Bolle erop was prachtig!", "Anne-Sophie"),
        ("ons Lien had haar verjaardag en de taart met haar konijn Snuf erop was een succes. merci!", "Lien"),
        ("Onze Jan-Pieter vierde zijn lentefeest; de taart met zijn paard Storm erop, wauw", "Jan-Pieter"),
    ):
        topics = analyse_topics(text)
        assert topics.owner == owner, (text, topics.owner)
        reply = draft_text(BAKERY, THANKS, text)
        assert "van Bolle" not in reply and "van Snuf" not in reply and "van Storm" not in reply, reply
        assert f"het zeker aan {owner}" not in reply, reply


def test_one_pet_alone_owns_no_feast() -> None:
    topics = analyse_topics("De taart met onze kat Minoes erop was top voor haar verjaardag!")
    assert topics.owner != "Minoes"


def test_the_writers_office_is_no_thing_praised() -> None:
    for text, thing in (
        ("Trots: 14 collega's van ons kantoor in Hasselt rijden nu met een leasefiets, dank Bart.", "leasefiets"),
        ("Sinds mei rijden 9 mensen van onze vestiging te Tienen op een e-bike. Top geregeld Bart!", "e-bike"),
        ("Half ons team van mijn kantoor in Leuven fietst nu op een speedpedelec van Bart", "speedpedelec"),
    ):
        topics = analyse_topics(text)
        things = [p.text for p in topics.products]
        assert "kantoor" not in things and "vestiging" not in things, things
        assert thing in things, things
        reply = draft_text(CYCLES, THANKS, text, platform="linkedin")
        assert "kantoor" not in reply and "vestiging" not in reply, reply


def test_a_thing_in_a_place_not_ones_own_is_still_praised() -> None:
    things = [p.text for p in analyse_topics("De taart in Gent gekocht was heerlijk").products]
    assert "taart" in things


def test_a_thing_praised_in_a_clause_joined_after_the_occasion_is_praised() -> None:
    # a second main clause after 'en', its subject told at length before its praise
    found = analyse_topics(
        "Onze tweeling is gedoopt en de schuimtaart met hun twee namen in blauw op de bovenkant was de ster "
        "van het feest."
    )
    assert [p.text for p in found.praised] == ["schuimtaart"], found


def test_a_joined_clause_without_praise_praises_nothing() -> None:
    found = analyse_topics("Mijn zus is getrouwd en de fotograaf kwam een uur te laat.")
    assert not found.praised, found


def test_an_abstract_word_in_a_joined_clause_is_no_thing_praised() -> None:
    found = analyse_topics("De drukker maakte onze menukaarten, netjes geleverd en de kwaliteit is super.")
    assert "kwaliteit" not in [p.text for p in found.praised], found


def test_a_counted_group_with_a_curly_apostrophe_is_the_writers_group() -> None:
    assert analyse_topics("Gisteren kregen 14 collega’s een nieuwe fiets van jullie.").group == "14 collega’s"
    assert analyse_topics("Gisteren kregen 14 collega's een nieuwe fiets van jullie.").group == "14 collega's"
