"""Which language a comment is in: a short English question naming an English holiday is English; a Dutch
comment that borrows an English holiday name stays Dutch."""

from __future__ import annotations

import pytest

from app.domain.drafting import Drafter
from app.domain.language import english_object, english_praised_subject, english_thing, language_of
from app.domain.language_asked import english_asked_about, wrote_about
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics

LUNCHROOM = BusinessProfile(
    name="Lunchroom De Linde",
    kind="restaurant",
    signers=["Petra"],
    voice="wij",
    register="je",
    email="hallo@delinde.nl",
    opening_hours="di–za 09:00–17:00",
    holidays="tweede kerstdag: 10:00–15:00; 1 januari: dicht",
)


@pytest.mark.parametrize(
    "text",
    [
        "Open on Boxing Day??",
        "Open New Year's Day?",
        "Are you open on Christmas Eve?",
        # one English word and the rest words no list holds: the English opening and no Dutch word decide
        "Can we park somewhere close by?",
        "is parking free at your place?",
        "Where can we park?",
    ],
)
def test_short_english_questions_are_english(text: str) -> None:
    assert language_of(text) == "en"


@pytest.mark.parametrize(
    "text",
    [
        "Zijn jullie open op Christmas Eve?",
        "Wij vieren Boxing Day bij jullie, leuk!",
        "Open op tweede kerstdag?",
        "Fijne feestdagen allemaal!",
        "Morgen open?",
        "Is korting mogelijk?",
        "Is parking gratis bij jullie?",
    ],
)
def test_dutch_comments_with_an_english_word_stay_dutch(text: str) -> None:
    assert language_of(text) == "nl"


def test_a_bare_english_holiday_question_gets_an_english_answer_from_the_holidays() -> None:
    draft = Drafter(LUNCHROOM, analyser=analyse_topics).draft("uitkomst_vraag_beantwoorden", "Open on Boxing Day??")
    text = draft.text or ""
    assert "10:00" in text and "Boxing Day" in text and "[vul in" not in text


_BIKE_SHOP = BusinessProfile(
    name="Rijwielhandel Van Dam",
    kind="fietsenmaker",
    signers=["Kees"],
    register="je",
    voice="ik",
    phone="030-2223344",
    email="kees@rijwielvandam.nl",
)


@pytest.mark.parametrize(
    "text",
    [
        "€60 voor het afstellen van mijn remmen, dat is toch belachelijk",
        "55 euro voor remmen afstellen?? Schandalig",
        "Ik heb mijn remmen laten afstellen en moest 50 euro betalen, veel te duur",
    ],
)
def test_a_price_for_adjusting_the_brakes_is_no_brake_failure(text: str) -> None:
    assert not analyse_topics(text).is_safety
    said = Drafter(_BIKE_SHOP, analyser=analyse_topics).draft("uitkomst_herstel", text, author="Rob").text or ""
    assert "030-2223344" not in said and "gevaarlijk" not in said, said


@pytest.mark.parametrize(
    "text",
    [
        "Na het afstellen van de remmen remde mijn fiets niet meer!",
        "Mijn remmen weigerden op de dijk",
        "de fiets remde niet na de reparatie",
    ],
)
def test_brakes_that_failed_are_still_a_safety_case(text: str) -> None:
    assert analyse_topics(text).is_safety


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Hi! Do you have any vegan pastries?", "vegan pastries"),
        ("do you sell some gluten free bread??", "gluten free bread"),
        ("Do you have ANY oat milk for my coffee?", "oat milk"),
    ],
)
def test_an_english_questions_any_or_some_is_no_part_of_the_thing(text: str, thing: str) -> None:
    assert english_asked_about(text) == thing


# English praise names the thing praised, not where the writer was heading ('on our way to the museum') nor the
# person who served ('The lady explained'). Sentences of our own.
@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Popped in on our way to the windmill museum. The stroopwafel was still warm, amazing!", "the stroopwafel"),
        (
            "Stopped by while heading towards the beach. The lady said the krentenbol is their classic, so good",
            "the krentenbol",
        ),
        ("Cycling to the ferry when my chain snapped, they fixed my chain in ten minutes", "your chain"),
        (
            "On the way to the old town we found this place. The man at the till recommended the appeltaart",
            "the appeltaart",
        ),
    ],
)
def test_english_praise_names_the_thing_not_the_destination(text: str, thing: str) -> None:
    assert english_object(text) == thing


def test_what_the_writer_was_talked_into_is_the_thing() -> None:
    assert english_object("Drove past on the way to Ghent. Lies talked me into the mattentaart, best ever") == (
        "the mattentaart"
    )


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Ordered the carrot cake online, best I ever had", "the carrot cake"),
        ("Had the stroopwafel yesterday and it was amazing", "the stroopwafel"),
    ],
)
def test_a_word_for_how_or_when_is_no_part_of_the_thing(text: str, thing: str) -> None:
    assert english_object(text) == thing


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Do you guys do beard trims with a hot towel?", "beard trims"),
        ("do you guys sell sourdough bread?", "sourdough bread"),
        ("Can you all fix FOLDING BIKES?", "FOLDING BIKES"),
    ],
)
def test_you_guys_is_the_business_not_the_verb(text: str, thing: str) -> None:
    assert english_asked_about(text) == thing


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("I need a cheap second hand bike for work. Do you have something under 200 euro?", "second hand bike"),
        ("We are looking for a small birthday cake. Do you have something for 8 people?", "birthday cake"),
        ("hi! i want an electric scooter, do you sell one?", "electric scooter"),
        ("Looking for a used cargo bike with a rain tent. Do you have anything in stock?", "used cargo bike"),
    ],
)
def test_a_question_pointing_back_asks_about_the_thing_said_before(text: str, thing: str) -> None:
    # 'something', 'one', 'anything' is the thing the writer said they look for
    assert thing in english_asked_about(text), english_asked_about(text)


def test_importing_reads_no_phrase_cues_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # a typo in resources/phrase_cues.toml must raise where drafting turns it into the one-line message, not
    # while app.domain.language or language_asked (or the drafting modules that read the same file) is imported
    import subprocess
    import sys

    broken = tmp_path / "phrase_cues.toml"
    broken.write_text("schema = 1\ntold_openerz = ['want']\n", encoding="utf-8")
    script = (
        "import pathlib, app.domain.draft_phrase_cues as cues\n"
        f"cues.resource_path = lambda name: pathlib.Path({str(broken)!r})\n"
        "import app.domain.language, app.domain.language_asked, app.domain.draft_events, app.domain.draft_questions\n"
        "import app.domain.draft_complaint_said, app.domain.draft_complaint_cancel, app.domain.draft_asked\n"
        "from app.errors import DataFileError\n"
        "try:\n"
        "    app.domain.language_asked.english_asked_about('I need a bike. Do you have something for me?')\n"
        "except DataFileError:\n"
        "    print('refused at first use')\n"
    )
    ran = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=120)
    assert ran.returncode == 0, ran.stderr
    assert "refused at first use" in ran.stdout


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("I NEED a waterproof jacket for hiking. Do you have something in size M?", "a waterproof jacket"),
        ("We are looking for a birthday cake, chocolate. Can you make one?", "a birthday cake"),
        ("Searching  for a gift voucher! Do you sell one?", "a gift voucher"),
    ],
)
def test_a_thing_said_before_is_what_something_points_at(text: str, said: str) -> None:
    assert english_asked_about(text).startswith(said)


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("my Dutch colleagues brought a galette des rois to work, amazing", "the galette"),
        ("My neighbours bought a cake here for my birthday and it was lovely", "the cake"),
        ("our teammates brought a tray of sausage rolls to training lol", "the sausage rolls"),  # not 'the tray'
        ("Our friends brought us a tarte tatin from this place, wow", "the tarte tatin"),
    ],
)
def test_a_verb_after_the_people_is_never_the_thing(text: str, thing: str) -> None:
    assert english_object(text) == thing


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("Shout-out to Joris of Bikes & Co: all our e-bikes ready before the summer!", "the out"),
        ("Big shout-out for the team, my new saddle fits perfectly", "the out"),
        ("Quick drop-off, my bike was ready the same day", "the off"),
        ("Last-minute booking, and the haircut was spot on", "the minute"),
    ],
)
def test_a_hyphened_opening_word_is_never_cut_in_two(text: str, bad: str) -> None:
    assert english_object(text) != bad


def test_a_hyphened_thing_in_the_opening_phrase_is_named_whole() -> None:
    assert english_object("Great check-up, thanks Tom") == "the check-up"


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("The Limburg vlaai was superb, thank you!", "the Limburg vlaai"),
        ("We loved the spicy 'Bossche bol' and the coffee.", "the Bossche bol"),
        ("Tried the almond 'Texel cookie' twice, out of this world", "the Texel cookie"),
        ("Here for the brewery tour, but the Gouda tart was the best", "the Gouda tart"),
        ("We came here three mornings in a row: the Zeeuwse bolus is addictive", "the Zeeuwse bolus"),
    ],
)
def test_english_object_keeps_the_name_of_a_thing_and_passes_an_outing(text: str, thing: str) -> None:
    # a capitalised name before the noun is part of the thing ('the Duvel bread'), a quote no part of a word, and
    # a trip or market the writer came for gives way to the thing named after it
    assert english_thing(text) == thing


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("We ordered the lamb 'Moroccan style' and it came out lukewarm.", "the lamb"),
        ("We ordered the mussels Zeeland style, half of them were shut.", "the mussels"),
    ],
)
def test_a_style_after_the_dish_is_how_it_was_made_not_the_thing(text: str, thing: str) -> None:
    assert english_object(text) == thing


def test_english_object_a_place_after_the_is_still_no_thing() -> None:
    assert english_object("We walked along the Spuiboulevard and found this gem") == ""


# Code review 28: 'brand new' says what the writer is, no thing; the business's thing after 'your' is.
@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Brand new to the area and your sourdough was the best welcome, thanks!", "our sourdough"),
        ("New in town and your croissants made my week", "our croissants"),
        ("Brand new here, your flat white is the best I've had", "our flat white"),
        ("brand new to cycling and your advice on the saddle was spot on", "our advice"),
    ],
)
def test_brand_new_is_no_thing_and_your_thing_is_the_business_s(text: str, thing: str) -> None:
    assert english_object(text) == thing


@pytest.mark.parametrize(
    "text",
    [
        "Do you have something for a 6-year-old?",
        "Also, do you have anything for kids?",
        "do u have something for my little one",
    ],
)
def test_something_with_nothing_named_before_is_no_subject(text: str) -> None:
    """'And about something, from our info ...': a pronoun is no noun phrase to name."""
    assert english_asked_about(text) == ""


def test_a_body_part_the_writer_used_is_no_thing_the_comment_is_about() -> None:
    text = "I asked for a trim, showed 2 cm with my fingers, and walked out with a pixie cut."
    assert "fingers" not in english_object(text), english_object(text)


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Hi! Do you rent out cargo bikes?", "renting cargo bikes"),
        ("can we hire canoes?", "hiring canoes"),
    ],
)
def test_a_question_whether_things_are_for_rent_names_the_renting(text: str, thing: str) -> None:
    assert english_asked_about(text) == thing


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Could you bake a wedding cake for 80 guests in May, and do you deliver cakes?", "a wedding cake and cakes"),
        (
            "Can you host a baby shower for 12, and can we bring our own decorations?",
            "a baby shower and your own decorations",
        ),
        ("Do you sell gift cards, or can I pay by card only?", "gift cards"),  # the second asks how: no thing
    ],
)
def test_a_second_question_joined_by_a_comma_and_and_is_named_with_the_first(text: str, thing: str) -> None:
    assert english_asked_about(text) == thing


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        (
            "Best waffles between Antwerp and Ghent, honestly. The lady at the till always remembers our order.",
            "the waffles",
        ),
        ("Finest eclairs outside Paris! We come every Sunday and the staff know our order by heart.", "the eclairs"),
    ],
)
def test_the_thing_ranked_best_in_a_region_is_the_thing(text: str, thing: str) -> None:
    """'Best X between A and B': the region ends the thing, so the order remembered is not what is praised."""
    assert english_object(text) == thing


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Came in on a cold, windy afternoon after a long walk. The pancakes were the best we've had.", "the pancakes"),
        (
            "On a grey, wet morning we stopped by: the croissants and the hot chocolate were amazing!",
            "the croissants and the hot chocolate",
        ),
        ("Passing through on a foggy, quiet Sunday. Your stroopwafels are to die for", "our stroopwafels"),
    ],
)
def test_the_thing_said_to_be_good_is_named_not_the_scenery_before_it(text: str, thing: str) -> None:
    """'on a dark, rainy evening ... The mussels were the best': the subject of the praise, never an adjective."""
    assert english_object(text, praised=True) == thing


def test_people_said_to_be_good_are_no_thing() -> None:
    assert (
        english_object("On a dark, wet night the staff were amazing and the soup was lovely", praised=True)
        == "the soup"
    )
    assert english_object("Sat by the river, Daan our waiter was brilliant and the soup was lovely", praised=True) == (
        "the soup"
    )


def test_what_the_writer_mailed_about_is_no_fault() -> None:
    text = "I emailed you three times about the cake for our wedding and not a single reply. Are we still on?"
    assert wrote_about(text, "the cake")
    assert not wrote_about("The cake collapsed on the way home. I emailed and got no reply.", "the cake")


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Our twins are totally mad about your Easter bunnies, we will be back.", "the Easter bunnies"),
        ("Thanks! The whole office went crazy for the cheesecake on Friday.", "the cheesecake"),
    ],
)
def test_a_thing_someone_went_wild_for_is_what_is_praised(text: str, thing: str) -> None:
    assert english_object(text, praised=True) == thing


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Hey, do you sell vintage road bikes, like an old Peugeot or Motobecane? Looking for one.",
            "vintage road bikes",
        ),
        ("Could you bake a rainbow cake, for roughly 20 kids?", "a rainbow cake"),
        ("Do you stock natural wines, such as orange wine from Georgia?", "natural wines"),
        # a comma before another way of asking is no example: nothing named
        ("Do you take cash, or only cards?", ""),
        ("Can we come by tomorrow, around noon?", ""),
    ],
)
def test_an_example_or_measure_after_a_comma_stays_with_the_question(text: str, asked: str) -> None:
    from app.domain.language_asked import english_asked_about

    assert english_asked_about(text) == asked


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Called three times to order a birthday cake for Sunday and nobody picked up.", "the birthday cake"),
        ("I emailed last week to reserve Christmas dinner for 8. Still no reply!", "the Christmas dinner"),
        ("Messaged you to book my bike service before the holidays, never heard back.", "your bike service"),
        # answered after all, or a booking not asked for by message: nothing
        ("Called to book a table and Sam was really helpful.", ""),
        ("Nobody answered, so I walked in to book a table for two.", ""),
    ],
)
def test_what_an_unanswered_message_was_to_book(text: str, thing: str) -> None:
    from app.domain.language_asked import wrote_to_book

    assert wrote_to_book(text) == thing


def test_mailed_is_a_mail_tried() -> None:
    from app.domain.language_tried import english_tried

    assert english_tried("I mailed you twice last week and never heard back.") == ("mail",)
    assert english_tried("Sent two mails, no reply.") == ("mail",)
    assert english_tried("Checked my mailbox daily, no reply to my DM.") == ("dm",)


def test_the_thing_ranked_best_in_a_thank_you_goes_before_the_occasion_said_first() -> None:
    text = (
        "Celebrated my mum's 70th here with the whole family. Best stoofvlees we ever ate, and the staff sang for her!"
    )
    assert english_object(text, praised=True) == "the stoofvlees"
    # without an occasion first, the first thing named stays the subject
    assert english_object("Lovely pear tart. Best coffee too.", praised=True) == "the pear tart"


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Stopped here on a cycling trip and that cherry pie was unreal!", "the cherry pie"),
        ("This banana bread is insane, seriously.", "the banana bread"),
    ],
)
def test_a_thing_pointed_at_and_praised_is_what_the_thanks_names(text: str, thing: str) -> None:
    assert english_object(text, praised=True) == thing


def test_people_pointed_at_and_praised_are_no_thing() -> None:
    assert english_praised_subject("These guys are amazing, thank you!") == ""
    assert english_praised_subject("That girl at the till was lovely.") == ""
