"""A thing praised is thanked for with the public feast the writer named ('de appelflappen voor oudejaarsdag'),
unless its own name says it or the sentence says something is not so. Sentences of our own."""

from __future__ import annotations

from app.domain.draft_praise_feast import for_feast
from app.domain.draft_praise_held import broken_brought
from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested


def test_the_feast_follows_the_thing() -> None:
    text = "Wat een feest was het: 60 oliebollen om 8 uur klaar op Oudejaarsdag, allemaal op!"
    assert for_feast("de oliebollen", "Oudejaarsdag", text) == " voor Oudejaarsdag"


def test_no_feast_when_the_thing_says_it_or_the_sentence_denies() -> None:
    assert for_feast("de paasbrunch", "Pasen", "De paasbrunch met Pasen was heerlijk") == ""
    assert for_feast("de taart", "Pasen", "Met Pasen waren ze niet open, maar de taart was top") == ""
    assert for_feast("de taart", "", "De taart was top") == ""
    assert for_feast("de kerststol", "kerst", "De kerststol voor de kerst was top") == ""


def test_a_holiday_period_is_no_feast_a_thing_was_made_for() -> None:
    # 'het gerecht voor vakantie', 'de fiets voor zomervakantie': a period, no day to make a thing for
    text = "Voor het eerst deze zomervakantie rustig gegeten, de vis was top."
    assert for_feast("de vis", "zomervakantie", text) == ""
    assert for_feast("de taart", "bouwvak", "Net voor de bouwvak nog een taart gehaald, top!") == ""
    assert for_feast("de taart", "Koningsdag", "Op Koningsdag was de taart top") == " voor Koningsdag"


def test_the_thanks_names_the_feast() -> None:
    shop = BusinessProfile(name="Bakkerij De Zeef", kind="bakkerij", signers=["Anouk"], voice="wij", register="je")
    draft = suggested(
        shop, "Wat een start van Koningsdag! 80 oranjekoeken om 7 uur klaar, alle kids smulden.", label="positief"
    )
    assert "Koningsdag" in draft, draft


def test_the_writers_club_is_no_thing_praised() -> None:
    shop = BusinessProfile(name="Eetcafé De Sluis", kind="restaurant", signers=["Mirjam"], voice="wij", register="je")
    text = (
        "Zondag met de wandelclub uit Hoorn gestopt voor het mosselmenu, eerste mosselen van het seizoen, top bereid!"
    )
    draft = suggested(shop, text, label="positief")
    assert "mossel" in draft and "over de wandelclub" not in draft, draft


def test_a_part_that_broke_is_what_the_help_was_with() -> None:
    assert broken_brought("Halverwege de rit brak mijn pedaal af, Kees hielp meteen.", "je") == "je afgebroken pedaal"
    assert broken_brought("Mijn ketting knapte onderweg.", "uw") == "uw geknapte ketting"
    assert broken_brought("Mijn fiets was schoon en snel klaar.", "je") == ""


def test_an_age_turned_on_a_feast_day_is_the_birthday() -> None:
    from app.nlp.topics import analyse_topics

    found = analyse_topics("Mijn vader werd precies op Vaderdag 90, en jullie zongen allemaal mee!")
    assert found.occasion == "verjaardag" and "90" in found.occasion_words, found.occasion_words


def test_we_said_yes_somewhere_is_the_wedding() -> None:
    from app.nlp.topics import analyse_topics

    assert analyse_topics("Op 3 juni zeiden we ja in Nijmegen en de taart was een droom").occasion == "bruiloft"
    assert analyse_topics("Hij vroeg me ten huwelijk en ik zei ja!").occasion != "bruiloft"


def test_a_silence_kept_is_said_back() -> None:
    from app.domain.draft_commemoration import kept_moment

    text = "5 mei was het druk, maar om 12 uur: twee minuten helemaal niks, iedereen stond stil. Respect."
    assert kept_moment(text) == "de twee minuten stilte op 5 mei"
    assert kept_moment("Twee minuten op de bus gewacht") == ""
    shop = BusinessProfile(name="Café De Linde", kind="restaurant", signers=["Joke"], voice="wij", register="je")
    draft = suggested(
        shop,
        "4 mei om acht uur ging de muziek uit en stond iedereen stil, twee minuten lang. Mooi gedaan.",
        label="positief",
    )
    assert "twee minuten stilte op 4 mei" in draft, draft
    assert "😊" not in draft and "fijn bericht" not in draft, draft  # quiet: no emoji, no cheerful thanks
