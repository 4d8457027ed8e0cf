"""A draft names what the writer named (issue #13): the people, occasions and things as said, in
Flemish, dialect and shorthand too, and never a word that only looks like a name. Sentences of our own."""

from __future__ import annotations

from app.domain.draft_misspelt import misspelt_name
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft_text

CAFE = BusinessProfile(
    name="Eetcafé De Wissel",
    kind="restaurant",
    signers=["Ruben"],
    voice="wij",
    register="je",
    email="hoi@dewissel.be",
    phone="03 123 45 67",
)
BAKERY = BusinessProfile(
    name="Bakkerij Vermeulen",
    kind="bakkerij",
    signers=["Ans"],
    voice="wij",
    register="u",
    email="info@vermeulen.nl",
    phone="010-1112233",
)


def test_flemish_grandparents_are_the_writers_people() -> None:
    assert "bomma" in analyse_topics("De oude fiets van mijn bomma is weer als nieuw, merci!").people
    assert "grootvader" in analyse_topics("Mijn grootvader kwam hier al 30 jaar z'n brood halen").people


def test_a_preposition_opening_a_sentence_is_no_name() -> None:
    found = analyse_topics("Na zijn uitvaart wou ik de racefiets van mijn bompa terug laten rijden.")
    assert "Na" not in (found.owner, *found.kin, *found.names)


def test_a_compound_of_an_occasion_names_it_not_just_a_party() -> None:
    found = analyse_topics("Voor het vormselfeest van ons Noor 3 taarten besteld, het feest zelf was top")
    assert found.occasion == "communie"
    assert found.owner == "Noor"


def test_a_gala_carnival_and_honeymoon_are_occasions() -> None:
    assert analyse_topics("mn dochter had vrijdag haar schoolgala en ze zag er fantastisch uit 😍").occasion == "gala"
    assert analyse_topics("Vur de vastelaovend veer vlaaie gehaold, hiel lekker").occasion == "carnaval"
    assert analyse_topics("During our honeymoon we rented two bikes, great service").occasion == "bruiloft"


def test_an_ordinal_of_ones_own_is_a_birthday_but_not_a_count() -> None:
    found = analyse_topics("Top avond gehad voor m'n 40ste 🎉 de bediening was super")
    assert (found.occasion, found.occasion_words) == ("verjaardag", "40ste verjaardag")
    assert analyse_topics("Dit was al mijn 3e keer bij jullie en weer lekker").occasion == ""


def test_things_named_in_the_south_and_from_the_kitchen_are_known() -> None:
    products = analyse_topics("Wat een prachtige pruik heeft Sofie voor m'n zus op maat geknipt").products
    assert "pruik" in [p.text for p in products]
    assert "baklava" in [p.text for p in analyse_topics("die baklava was echt next level 🤤").products]


def test_a_minus_point_in_praise_is_named_by_its_thing() -> None:
    text = "Heerlijk gegeten, alleen jammer dat de frietjes 3 euro extra kosten."
    found = analyse_topics(text)
    assert (found.criticism, found.criticised) == ("prijs", "de frietjes")
    draft = draft_text(CAFE, "uitkomst_bedank_publiek", text)
    assert "de frietjes" in draft


def test_the_thing_that_got_hot_comes_first() -> None:
    text = "Na de service aan mijn scooter werd de accu 's nachts in de garage gloeiend heet."
    assert analyse_topics(text).products[0].text == "accu"


def test_a_child_named_is_asked_after_by_name() -> None:
    text = (
        "Ik vroeg nog of er noten in de koeken zaten, want onze Mats (6) is allergisch. Nee, zei de verkoopster. "
        "Een uur later zat Mats vol vlekken en lag er allemaal hazelnootstukjes onderin de zak."
    )
    draft = draft_text(BAKERY, "uitkomst_herstel", text, author="Ilse de Graaf")
    assert "met Mats?" in draft
    assert "gezelschap" not in draft


def test_a_name_written_wrong_is_never_repeated_as_right() -> None:
    text = "Voor onze Ada hadden we een taart besteld, en er stond 'Nada' op in plaats van Ada. Jammer!"
    assert misspelt_name(text, "'Nada'") == "Ada"
    draft = draft_text(BAKERY, "uitkomst_herstel", text, author="Joost Mulder")
    assert "Nada" not in draft


def test_how_long_and_on_what_are_both_said_back() -> None:
    text = "Ons etentje met de schoonouders duurde bijna drie uur, de hoofdgerechten kwamen pas om tien uur."
    draft = draft_text(CAFE, "uitkomst_herstel", text)
    assert "drie uur" in draft and "duurde" in draft
    text = "45 minuten wachten op 2 burgers?? Echt niet normaal"
    draft = draft_text(CAFE, "uitkomst_herstel", text)
    assert "45 minuten" in draft and "burgers" in draft


def test_the_kind_named_goes_before_the_plain_word() -> None:
    products = analyse_topics("Altijd goeie taart hier, maar die frambozentaart van zaterdag was top").products
    assert products[0].text == "frambozentaart"


def test_a_fever_after_a_meal_is_food_poisoning() -> None:
    found = analyse_topics("vrijdag de mosselen gegeten en nu 39 graden koorts, kom de wc niet meer af 🤢")
    assert found.safety[:1] == ("vergiftiging",)


def test_a_place_name_is_no_compound_and_a_time_window_no_wait() -> None:
    found = analyse_topics("Ik woon in Maassluis en de taart zou tussen 10 en 11 uur komen, hij kwam om 1 uur.")
    assert not found.safety
    assert found.duration == ""


SALON = BusinessProfile(
    name="Kapsalon Lotte",
    kind="kapsalon",
    signers=["Lotte"],
    voice="wij",
    register="u",
    email="info@kapsalonlotte.be",
    phone="09 876 54 32",
)


def test_a_reaction_that_happened_is_no_near_miss_and_the_writer_is_asked_after() -> None:
    text = (
        "Voor het afscheid van mijn dochter liet ik mijn haar blonderen. Die nacht was mijn hoofdhuid rood en "
        "mijn voorhoofd zo opgezwollen dat ik bijna niet kon kijken."
    )
    draft = draft_text(SALON, "uitkomst_herstel", text, author="Rita Claes")
    assert "na uw haar" not in draft
    assert "met uw dochter" not in draft
    assert "zeker niet bij een allergie" not in draft  # it did happen: no near miss


def test_a_tip_in_a_complaint_is_named() -> None:
    text = "Een half uur gewacht op 2 pakken friet terwijl de zaal voorging. Misschien een aparte kassa voor afhaal?"
    assert analyse_topics(text).duration == "een half uur"
    made = Drafter(CAFE, analyser=analyse_topics).draft("uitkomst_herstel", text, author="Lies", flags=["suggestie"])
    assert "een aparte kassa voor afhaal" in (made.text or "")


def test_a_wish_in_the_past_tense_is_named() -> None:
    from app.domain.draft_wishes import wishes

    assert wishes("Zou echt top zijn als jullie ook ontbijt serveerden 🙏") == ["om ook ontbijt te serveren"]


def test_injuries_in_the_plural_are_said_back_as_written() -> None:
    text = "Het bord kwam gloeiend heet uit de oven en mijn zoontje heeft nu blaren op twee vingers."
    draft = draft_text(CAFE, "uitkomst_herstel", text)
    assert "blaren op twee vingers" in draft
    assert "Zo'n blaren" not in draft


def test_a_superlative_is_someone_not_a_thing_given() -> None:
    text = "Gerrit hield de zaak open tot mijn band geplakt was en gaf de jongste nog een lolly 🍭"
    assert "jongste" not in [p.text for p in analyse_topics(text).praised]


def test_what_was_cut_or_mended_for_someone_is_what_is_praised() -> None:
    text = "Marieke heeft zijn oude pruik zo mooi bijgeknipt, mijn vader voelt zich weer zichzelf ❤️"
    assert "pruik" in [p.text for p in analyse_topics(text).praised]


def test_one_side_shorter_than_the_other_is_said_back() -> None:
    text = "Net geknipt, rechts een stuk korter dan links 🙄 niet oké"
    draft = draft_text(SALON, "uitkomst_herstel", text, author="Tom Peeters")
    assert "rechts een stuk korter dan links" in draft


def test_a_stand_in_is_another_thing_than_the_plain_word() -> None:
    # the kind goes first ('de abrikozenvlaai' before 'vlaai'), but a rental or loan one is a different thing
    found = analyse_topics("Fiets drie weken te laat klaar. Betalen jullie de leenfiets van mijn buurman terug?")
    assert found.products[0].text == "fiets", found.products
    found = analyse_topics("De vlaai was droog. Ik had nochtans de abrikozenvlaai besteld.")
    assert found.products[0].text == "abrikozenvlaai", found.products


def test_what_grew_or_was_found_in_the_thing_is_not_the_thing_bought() -> None:
    # 'vol witte schimmel', 'een stukje scherp metaal': the hygiene problem's own word is what went wrong
    for text, thing in [
        ("Een bruine boterkoek gehaald en aan de rand zag ik overal groene schimmel.", "boterkoek"),
        ("Ne kramiek gekocht voor ons vader, en binnenin was alles groene schimmel.", "kramiek"),
    ]:
        assert analyse_topics(text).products[0].text == thing


def test_a_text_delivered_with_a_name_spelt_wrong_is_said_with_the_right_name() -> None:
    # 'geleverd met '...'' and the name the writer says the child is called, in capitals or not
    text = "Verjaardagstaart geleverd met 'Fijne verjaardag Mila' terwijl ons dochter MILLA heet. Zo jammer."
    assert misspelt_name(text, "'Fijne verjaardag Mila'") == "Milla"
    draft = draft_text(BAKERY, "uitkomst_herstel", text, author="Els Peeters")
    assert "Milla" in draft and "Mila " not in draft
    text = "De doopsuiker kregen we mee met 'Welkom Jorn', maar hij heet Joren. Hoe kan dat nu?"
    assert "Joren" in draft_text(BAKERY, "uitkomst_herstel", text, author="Els Peeters")


def test_a_star_rating_opening_a_review_is_no_part_of_its_first_sentence() -> None:
    # '2 sterren. X besteld ...': the thing ordered opens the comment all the same
    for text, thing in [
        ("1 ster! Kaasschotel opgehaald voor oudjaar en de helft van de blokjes was uitgedroogd.", "kaasschotel"),
        ("2 sterretjes. Feestschotel besteld voor zaterdag, de garnalen smaakten naar niks.", "feestschotel"),
    ]:
        assert analyse_topics(text).products[0].text == thing


def test_a_price_gone_up_again_and_who_was_rude_are_both_said_back() -> None:
    text = "Jullie prijzen zijn weer eens gestegen, 2,80 voor een croissant! En afgesnauwd door de jonge verkoper."
    draft = draft_text(BAKERY, "uitkomst_herstel", text, author="Els Peeters")
    assert "prijsverhoging" in draft or "prijs weer omhoog" in draft, draft
    assert "de jonge verkoper" in draft, draft
    # a complaint about the treatment itself names it once
    text = "De kassierster was heel kortaf toen ik iets vroeg. Zo ga je toch niet met klanten om."
    draft = draft_text(BAKERY, "uitkomst_herstel", text, author="Els Peeters")
    assert "de kassierster" not in draft, draft


def test_rust_on_the_thing_is_said_back_without_a_noise() -> None:
    shop = BusinessProfile(name="Tweewielers Smet", kind="fietsenmaker", signers=["Bart"], email="info@smet.be")
    text = "Twee weken geleden een nieuwe kettingkast laten zetten en nu zit de kettingkast al vol roest. Slecht werk."
    assert "roest" in draft_text(shop, "uitkomst_herstel", text, author="Bart Peeters").lower()
