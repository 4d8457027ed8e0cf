"""The topic finder on occasions and losses: which occasion, whose it is, how long the writer has been coming
(app/nlp/topic_occasion.py, topic_owner.py)."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


# Occasions the writer names inside another word or with a number (session 9): 'de vormseltaart', 'ons
# verjaardagsfeestje', '30 jaar bestaan', '6,5 jaar getrouwd'. Sentences of their own, other businesses and other
# words than the benchmark rounds.
def test_an_occasion_as_the_first_part_of_a_compound_is_the_occasion() -> None:
    found = analyse_topics("De vormselboeketten voor ons Jens waren zooo mooi, merci aan de bloemist 💐")
    assert found.occasion == "communie" and found.owner == "Jens", found
    found = analyse_topics("die doopjurk die jullie vermaakt hebben zat als gegoten, ons kleintje straalde")
    assert found.occasion == "doop", found
    found = analyse_topics("Geweldige trouwkapsels gedaan bij mij en mijn zus. TOP salon!!")
    assert found.occasion == "bruiloft", found
    found = analyse_topics("verjaardagsfeestje van mijn dochter bij jullie in de speeltuinhoek, ze vond het top")
    assert found.occasion == "verjaardag" and found.occasion_words == "verjaardagsfeestje", found


def test_a_compound_whose_rest_is_no_thing_made_for_it_names_no_occasion() -> None:
    # a menu for children is no birthday, a gift for someone else's occasion (a honeymoon is the writers' own
    # wedding: 'op jullie huwelijksreis … en nog gefeliciteerd')
    assert analyse_topics("Onze huwelijksreis naar Kreta was top geregeld.").occasion == "bruiloft"
    for text in (
        "Lekker gegeten en het kindermenu was ook prima, de friet was vers.",
        "Ik kreeg een rompertje als kraamcadeau, kan ik dat ruilen voor een maat groter?",
        "Trouwens, jullie nieuwe kerststol is heerlijk!",
    ):
        assert analyse_topics(text).occasion == "", text


# The wedding said by its moment or its people rather than its name (r99): 'na het ja-woord', 'het bruidspaar'.
def test_the_yes_word_or_the_bridal_couple_is_a_wedding() -> None:
    for text in (
        "Na het jawoord in de kerk zijn we met de oldtimer naar het feest gereden, top geregeld!",
        "Het bruidspaar was superblij met de bloemen op de tafels.",
        "Vandaag het ja-woord gegeven en jullie taart was de kers op de taart!",
    ):
        assert analyse_topics(text).occasion == "bruiloft", text


def test_years_of_existence_or_marriage_with_a_number_are_a_jubilee() -> None:
    found = analyse_topics("Ons 30-jarig bestaan gevierd met taart van jullie, de hele straat kwam kijken!")
    assert found.occasion == "jubileum" and found.occasion_words == "30-jarig jubileum", found
    found = analyse_topics("Garage Smit bestaat 40 jaar? Wij vierden onlangs 15 jaar bestaan met jullie hapjes")
    assert found.occasion == "jubileum", found
    found = analyse_topics("6,5 jaar getrouwd en dat gevierd met een etentje bij jullie 🥂")
    assert found.occasion == "jubileum" and found.occasion_words.startswith("6,5-jarig"), found


# Whose occasion it is when review shorthand drops the 'mijn': 'Dochter voor haar diploma ...'.
@pytest.mark.parametrize(
    ("text", "occasion", "owner"),
    [
        ("Dochter voor haar diploma-uitreiking laten knippen, en nu is het veel te kort.", "diploma", "dochter"),
        ("Kleinzoon kreeg voor zijn verjaardag een fiets, de band was na een dag lek.", "verjaardag", "kleinzoon"),
        ("pff... zoon voor zijn vormsel een pak laten vermaken en de broek is te lang", "communie", "zoon"),
    ],
)
def test_a_bare_person_word_owns_the_occasion_after_zijn_or_haar(text: str, occasion: str, owner: str) -> None:
    found = analyse_topics(text)
    assert found.occasion == occasion
    assert found.owner == owner


def test_someone_elses_person_is_no_owner() -> None:
    found = analyse_topics("Een collega zei dat de taart voor zijn verjaardag lekker was.")
    assert found.owner != "collega"


# A word that only ends like an occasion's head is no occasion ('biscuitjes' holds no 'uitje'), a school treat ('de
# traktatie van Fenna') is the occasion with whose it is, and a plural occasion word is named as written
# ('schoolfoto's', not 'eerste schooldag'). Sentences of their own (fixer c6).
@pytest.mark.parametrize(
    "text",
    [
        "Bij de koffie kregen we twee biscuitjes, maar de koffie was lauw.",
        "De Biscuitjes waren oud en zacht, jammer",
        "we hadden lange vingers en biscuits besteld, kregen van die goedkope koekjes",
    ],
)
def test_a_word_ending_like_an_outing_is_none(text: str) -> None:
    assert analyse_topics(text).occasion == "", text


def test_a_real_outing_in_a_compound_still_is_one() -> None:
    assert analyse_topics("Ons bedrijfsuitje bij jullie was top geregeld").occasion == "uitje"


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("30 cupcakes besteld voor de traktatie van Daan, er zaten er maar 25 in de doos", "Daan"),
        ("De traktatie voor de klas van mijn dochter was niet klaar om 8 uur!!", "dochter"),
        ("traktatie van onze Mila bleek helemaal geplet in de doos", "Mila"),
    ],
)
def test_a_school_treat_is_the_occasion_with_whose(text: str, owner: str) -> None:
    found = analyse_topics(text)
    assert found.occasion == "traktatie" and owner in (found.owner, found.owner_name), found


@pytest.mark.parametrize(
    "text", ["Die appeltaart was echt een traktatie!", "Wat een traktatie, die bonbons. Dank jullie wel"]
)
def test_a_treat_as_praise_is_no_occasion(text: str) -> None:
    assert analyse_topics(text).occasion == "", text


def test_a_plural_occasion_word_is_named_as_written() -> None:
    found = analyse_topics("Veel te kort geknipt en de schoolfoto's zijn maandag al")
    assert found.occasion == "schooldag" and "schoolfoto" in found.occasion_words, found


# Whose loss or occasion it is comes from who is named after it ('de begrafenis van papa'), not from the first
# person word of the comment ('mijn mama ... voor de begrafenis van papa'). Sentences of their own.
@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Ze heeft mijn mama haar haar gedaan, zodat ze er mooi uitzag voor de begrafenis van papa.", "papa"),
        ("Mijn moeder kwam haar haar laten doen voor de uitvaart van mijn vader. Dank jullie wel.", "vader"),
        ("Mijn zus heeft bij jullie de koffietafel geregeld na de begrafenis van onze opa, zo verzorgd.", "opa"),
        ("Mijn dochter kreeg een vlecht voor het afscheid van m'n oma, heel mooi gedaan.", "oma"),
        ("Mijn man heeft de taart gehaald voor de verjaardag van mijn moeder", "moeder"),
    ],
)
def test_the_person_after_the_occasion_owns_it(text: str, owner: str) -> None:
    found = analyse_topics(text)
    assert found.owner == owner
    assert not found.others_occasion


@pytest.mark.parametrize(
    "text",
    [
        "Mijn oma had haar haar laten doen voor de begrafenis van een vriendin. Ze was zo blij.",
        "Onze mama wou er mooi uitzien op de uitvaart van de buurman, dank je Lotte",
    ],
)
def test_a_funeral_of_someone_elses_is_no_loss_of_the_writers_people(text: str) -> None:
    found = analyse_topics(text)
    assert found.occasion == "rouw"
    assert found.owner == ""
    assert found.others_occasion


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("De taart voor het 25-jarig jubileum van de fanfare was een groot succes!", "de fanfare"),
        ("Bedankt voor de broodjes op het feest van het koor, alles was op", "het koor"),
        ("De taart voor de verjaardag van mijn moeder was heerlijk", ""),
    ],
)
def test_a_groups_occasion_is_said_with_whose_it_is(text: str, group: str) -> None:
    assert analyse_topics(text).group_occasion == group


# A make after 'zijn/haar/mijn oude …' is a thing, no one of the staff; an ordinal after 'zijn/haar' with a name or
# a person before it is that person's birthday ('opa Kees zijn 80ste opgehaald'); 'eerste kerstdag' is a day's name,
# no ordinal occasion, so a wedding anniversary at a Christmas dinner is the occasion. Sentences of our own.
@pytest.mark.parametrize(
    ("text", "make"),
    [
        ("De tekening van pa op zijn oude Massey stond er prachtig op. Dank aan Henk!", "Massey"),
        ("Mijn trouwe Batavus liep weer als een zonnetje, Henk heeft hem goed afgesteld.", "Batavus"),
        ("Oma op haar roestige Sparta, wat een plaatje werd het. Dank aan Henk!", "Sparta"),
        ("Onze vorige Opel stond er ook op, knap werk van Henk", "Opel"),
    ],
)
def test_a_make_after_an_owned_adjective_is_no_one_to_thank(text: str, make: str) -> None:
    found = analyse_topics(text)
    assert make not in found.names
    assert "Henk" in found.names


def test_an_owned_make_is_one_thing_praised() -> None:
    found = analyse_topics("Henk heeft mijn oude Vespa, al 20 jaar trouw, weer als nieuw gemaakt. Top!")
    assert [(p.text, p.plural) for p in found.praised] == [("Vespa", False)]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("De taart voor opa Kees zijn 80ste opgehaald, iedereen was stil.", "Kees"),
        ("Gisteren de slagroomtaart voor Ria haar 60ste gehaald. Heerlijk!", "Ria"),
        ("de bloemen voor oma d'r 90ste besteld en ze waren prachtig", "oma"),
    ],
)
def test_an_ordinal_after_their_possessive_is_the_named_ones_birthday(text: str, owner: str) -> None:
    found = analyse_topics(text)
    assert found.occasion == "verjaardag"
    assert found.owner == owner


@pytest.mark.parametrize(
    "text",
    [
        "Kerstdiner op eerste kerstdag met mijn ouders, die 40 jaar getrouwd zijn. Wat een avond!",
        "Lunch op tweede paasdag met mijn schoonouders, die dit jaar 25 jaar getrouwd zijn. Super!",
        "Op 2de pinksterdag met mn ouders gegeten, ze zijn 60 jaar getrouwd. Top verzorgd",
    ],
)
def test_a_feasts_day_gives_way_to_the_wedding_anniversary(text: str) -> None:
    found = analyse_topics(text)
    assert found.occasion == "jubileum"
    assert "huwelijksjubileum" in found.occasion_words


def test_the_glass_a_drink_came_in_is_a_het_word() -> None:
    found = analyse_topics("De ober bracht ongevraagd een glas champagne en een bordje hapjes. Top!")
    assert any(p.text.startswith("glas") and p.article == "het" for p in found.praised)


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Al jaren onze Driekoningentaart bij jullie, dit jaar vond mijn kleinzoon de boon!", "driekoningentaart"),
        ("Elk jaar mijn Kerstbrood van jullie, zalig zoals altijd", "kerstbrood"),
        ("ieder voorjaar onze Paasbroodjes hier gehaald, de kinderen smullen", "paasbroodjes"),
    ],
)
def test_a_capitalised_compound_of_a_product_is_no_one_of_the_writers(text: str, thing: str) -> None:
    found = analyse_topics(text)
    assert thing in [p.text for p in found.products]
    assert thing not in [k.lower() for k in found.kin]


def test_a_pet_named_after_a_product_stays_the_writers_own() -> None:
    found = analyse_topics("Onze Koekje mocht mee naar binnen, zo lief van jullie!")
    assert "Koekje" in found.kin


# What a compliment or a tip names (session 10): how long the writer has been coming, a compound that is no name, a
# tip's thing, whose occasion a 'ze' points to, no ordinal put in the writer's mouth. Sentences of their own, at
# other businesses and in other words than the benchmark rounds.
@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Ik haal hier al vijfentwintig jaar mn bloemen, nog nooit een slecht boeket 💐", "al vijfentwintig jaar"),
        ("Al 8 jaar breng ik onze Saab bij Garage Velthuis, altijd eerlijk.", "al 8 jaar"),
        ("Trouwe klant sinds 2004, de boekhandel is gewoon mijn tweede huiskamer", "sinds 2004"),
        ("al jaren vaste klant hier, nooit spijt van gehad!!", "al jaren"),
        ("Lieve trimsalon, al 15 jaar! 🐩", "al 15 jaar"),
        ("Mijn fiets staat hier vaker dan thuis, ik kom al tien jaar bij jullie!", "al tien jaar"),
        ("Al negen jaar elke zomer op Texel en elke ochtend eerst hierheen voor een kaasbroodje.", "al negen jaar"),
    ],
)
def test_how_long_the_writer_has_been_coming_is_found(text: str, said: str) -> None:
    assert analyse_topics(text).loyal == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # a habit of coming, 'ik' left out: the writer's loyalty
        ("Als Brusselaar al tien jaar elke maand naar de kust voor Jana haar snit, het is het waard.", "al tien jaar"),
    ],
)
def test_a_habit_of_coming_for_years_is_loyalty(text: str, said: str) -> None:
    assert analyse_topics(text).loyal == said


@pytest.mark.parametrize(
    "text",
    [
        "Ik rook al twintig jaar niet meer, dus die asbak op het terras mag weg.",
        "De monteur stond al 10 minuten te wachten toen ik kwam.",
        "Die garage bestaat al dertig jaar, maar de service is achteruit gegaan.",
        "De naaimachine van mijn moeder lag al twaalf jaar op zolder en jullie kregen hem weer aan de praat.",
        "Onze oude Vespa stond al jaren in de garage, nu rijdt hij weer dankzij Timo.",
        "Jullie bakken al twintig jaar het beste roggebrood van de streek.",
        # a habit, but of the business ('jullie')
        "Jullie bakken al twintig jaar elke ochtend om vijf uur vers brood.",
    ],
)
def test_a_duration_that_is_no_loyalty_is_not(text: str) -> None:
    assert analyse_topics(text).loyal == ""


@pytest.mark.parametrize(
    "text",
    [
        "Zaterdagmiddag heeft Rik mijn banden gewisseld, top!",
        "Dinsdagochtend was de boekwinkel al om 9 uur open en Mila hielp me meteen.",
        "Goedemiddag heeft u nog plek voor een trimbeurt?",
    ],
)
def test_a_known_compound_with_a_capital_is_no_name(text: str) -> None:
    names = analyse_topics(text).names
    assert not any(n.lower().startswith(("zaterdag", "dinsdag", "goede")) for n in names), names


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Fijne boekwinkel! Eén tip: zet een leesstoel bij het raam, dan blijf ik nog langer hangen.", "leesstoel"),
        ("Top garage. Idee: hang een klok in de wachtruimte want mijn telefoon was leeg 😅", "klok"),
        ("Mooie bos bloemen gekocht. tip: een klein kaartje erbij voor een boodschap", "kaartje"),
        ("Hond superblij na het trimmen. Waterbakje erbij? 🐶", "waterbakje"),
    ],
)
def test_the_thing_a_tip_names_is_found(text: str, thing: str) -> None:
    assert thing in analyse_topics(text).missed


def test_a_tip_about_what_is_there_names_no_new_thing() -> None:
    assert analyse_topics("Leuke zaak! Tip: de muziek is wel erg hard.").missed == ""


def test_whose_occasion_a_pronoun_points_to() -> None:
    text = "Jullie hebben het pak van mijn zoon nog dezelfde dag ingekort, zodat hij zaterdag mee kon op schoolreis."
    found = analyse_topics(text)
    assert found.occasion_words == "schoolreis" and found.owner == "zoon", found


def test_no_ordinal_the_writer_did_not_say() -> None:
    found = analyse_topics("Mijn dochter had morgen schoolfoto en de kapster heeft haar pony nog even bijgeknipt")
    assert "eerste" not in found.occasion_words, found


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Fenna heeft mij en mijn twee bruidsmeisjes prachtig opgemaakt!", "bruidsmeisjes"),
        ("Met mijn schoolvriendinnen een boek uitgezocht voor de juf, super geholpen", "schoolvriendinnen"),
        ("Mijn hockeymaatjes en ik kregen allemaal een nieuwe stick, toppie", "hockeymaatjes"),
    ],
)
def test_the_writers_own_company_by_a_compound(text: str, people: str) -> None:
    assert people in analyse_topics(text).people


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Zo blij met mijn nieuwe winterbanden, rijdt als een zonnetje", "winterbanden"),
        ("superblij met m'n nieuwe coupe!! 💇", "coupe"),
        ("Ik ben heel tevreden over het boeket, het staat er na een week nog", "boeket"),
    ],
)
def test_what_the_writer_is_pleased_with_is_praised(text: str, thing: str) -> None:
    assert thing in [p.text for p in analyse_topics(text).praised]


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Beste croissants van de hele Veluwe!! 🥐", "croissants"),
        ("heerlijke appeltaart, de slagroom erbij was ook top", "appeltaart"),
        ("Lekkerste koffie ooit, punt. ☕", "koffie"),
    ],
)
def test_a_sentence_opening_with_praise_names_its_thing(text: str, thing: str) -> None:
    assert thing in [p.text for p in analyse_topics(text).praised]


def test_a_greeting_opening_with_beste_praises_no_one() -> None:
    assert analyse_topics("Beste kapper van Lier, al tien jaar tevreden!").praised == ()


@pytest.mark.parametrize(
    "text",
    [
        "Amai, wat een snelle herstelling van mijn velo! Merci Koen",
        "Allez, eindelijk een garage die doet wat ze belooft.",
        "Hey, super boekwinkel en Mila gaf top advies 📚",
    ],
)
def test_an_interjection_is_no_name(text: str) -> None:
    names = analyse_topics(text).names
    assert not {"Amai", "Allez", "Hey"} & set(names), names


def test_all_guests_are_greeted_in_lower_case() -> None:
    assert analyse_topics("Alle gasten vonden de bloemstukken prachtig op ons feest!").group == "alle gasten"


def test_what_a_child_calls_their_family_is_no_thing_praised() -> None:
    found = analyse_topics("Oma zat in de rolstoel maar de kapster nam alle tijd, en mam voelde zich weer mooi 💕")
    assert "mam" not in [p.text for p in found.praised], found.praised
    found = analyse_topics("Na het knippen was pap echt top tevreden, dankjewel Sanne!")
    assert "pap" not in [p.text for p in found.praised], found.praised


def test_the_one_of_the_town_is_the_business_not_its_thing() -> None:
    assert analyse_topics("Beste fysio van Deventer! Na drie maanden weer pijnvrij.").praised == ()
    assert "croissants" in [p.text for p in analyse_topics("Beste croissants van Gent!").praised]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Voor de kerstviering van ons oma in het rusthuis kwam Sofie haar haar doen, ze straalde!", "kerstviering"),
        ("Mijn vader had zijn kerstfeest op het werk en Bas heeft hem een strakke coupe gegeven. Top!", "kerstfeest"),
        ("Vandaag voor het kerstfeestje van de zorgboerderij zelfs krullen gezet bij ons mama 😍", "kerstfeestje"),
    ],
)
def test_a_christmas_celebration_is_named_as_the_writer_said_it(text: str, said: str) -> None:
    found = analyse_topics(text)
    assert found.occasion == "kerst" and said in found.occasion_words, (found.occasion, found.occasion_words)


# The start of a school year in Flemish and Dutch words ('schoolstart', 'het eerste middelbaar'), and a
# 'geslaagd' said of a day that went well rather than of an exam passed.
def test_the_start_of_the_school_year_is_a_first_school_day() -> None:
    found = analyse_topics("Onze jongste fietste trots naar het eerste leerjaar met de nieuwe fiets van jullie.")
    assert found.occasion == "schooldag", found
    found = analyse_topics("De schoolstart ging vlot dankzij de nieuwe boekentas, top advies gekregen!")
    assert found.occasion == "schooldag", found


def test_geslaagd_said_of_an_occasion_is_no_diploma() -> None:
    found = analyse_topics("Schoolstart helemaal geslaagd! Onze dochter had de mooiste schooltas van de klas.")
    assert found.occasion == "schooldag", found
    assert analyse_topics("Het feest was echt geslaagd, jullie hapjes waren top.").occasion == "uitje"
    # near miss: a person who passed is still a diploma
    assert analyse_topics("Onze zoon is geslaagd! De taart was een groot succes.").occasion == "diploma"


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Dertig jaar stond Anne-Marie in de winkel. Geniet van je pensioen, Anne-Marie!", "Anne-Marie"),
        ("Jeanne, proficiat met uw jubileum, 25 jaar in de zaak is straf.", "Jeanne"),
    ],
)
def test_the_occasion_of_the_one_the_writer_speaks_to_is_theirs(text: str, owner: str) -> None:
    assert analyse_topics(text).owner == owner


def test_your_occasion_without_a_name_spoken_to_stays_the_writers() -> None:
    # 'je' without anyone named beside a comma: no one else's occasion is made of it
    assert analyse_topics("Geniet van je pensioen, zeiden ze op de zaak. Met dank aan de bakker!").owner == ""


@pytest.mark.parametrize(
    "text", ["Eerste terrasje van het seizoen bij jullie, de soep was top!", "Heerlijk, de eerste terrasdag van 2031 ☀️"]
)
def test_the_first_terrace_day_is_an_occasion(text: str) -> None:
    assert analyse_topics(text).occasion == "terrasdag"


def test_a_terrace_without_the_first_day_is_no_occasion() -> None:
    assert analyse_topics("Het terras was vol maar de bediening bleef vriendelijk, topdag.").occasion == ""


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # a name the list of first names does not hold, said again as a name further on
        ("Gisteren was het afscheid van Wubbo, na 30 jaar bij de drukkerij. Wubbo, het ga je goed!", "Wubbo"),
        # one word of what the person is between the possessive and the name, and a surname after it
        ("Vorige week het afscheid van onze teamleider Marieke Bosman gevierd met jullie gebak.", "Marieke"),
    ],
)
def test_a_named_one_after_van_owns_the_occasion(text: str, owner: str) -> None:
    found = analyse_topics(text)
    assert found.occasion == "afscheid" and found.owner == owner, found


def test_a_capitalised_word_said_once_after_van_is_no_owner() -> None:
    # 'Hoogeveen' is said once: a place, not the one whose farewell it was
    found = analyse_topics("Het afscheid van Hoogeveen hebben we gevierd met een grote taart.")
    assert found.owner != "Hoogeveen", found


def test_a_surname_after_a_first_name_is_no_second_person() -> None:
    found = analyse_topics("Onze buurvrouw Greetje Kamminga (81) kwam gisteren mee voor een kop koffie.")
    assert "Kamminga" not in found.kin, found
