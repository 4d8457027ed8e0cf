"""General drafting rules found by reading drafts aloud for fresh comments (issue #13): each test
states one class of problem with a sentence of its own."""

from __future__ import annotations

from app.domain.draft_facts import match_faq
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics

SALON = BusinessProfile(
    name="Salon Krul",
    kind="kapsalon",
    signers=["Dewi"],
    voice="wij",
    register="u",
    email="hallo@krul.nl",
    phone="010-2223344",
    faq=[
        FaqItem("Kan ik zonder afspraak langskomen?", "Op zaterdagochtend kan dat, verder liever met afspraak."),
        FaqItem("Hebben jullie vegan producten?", "Ja, de shampoo en de verf zijn vegan."),
    ],
)


def _draft(outcome: str, text: str, profile: BusinessProfile = SALON, platform: str = "facebook") -> str:
    d = Drafter(profile, analyser=analyse_topics).draft(outcome, text, author="Kim", platform=platform)
    assert d.text is not None
    return d.text


def _lemmas(text: str) -> tuple[str, ...]:
    return analyse_topics(text).lemmas


def test_a_clock_time_is_no_waiting_time() -> None:
    assert analyse_topics("We hadden om acht uur geboekt en zaten er tot tien uur").duration == ""
    assert analyse_topics("We hebben twee uur moeten wachten").duration == "twee uur"


def test_a_manner_word_before_a_participle_is_no_thing() -> None:
    for text in ("Heerlijk geslapen en ontbeten!", "Vriendelijk ontvangen, top", "Lekker geknipt"):
        assert analyse_topics(text).products == (), text
    assert [m.text for m in analyse_topics("Scooter gekocht, na een week kapot").products] == ["scooter"]


def test_ill_after_or_from_something_is_a_health_matter() -> None:
    assert analyse_topics("Ik ben twee dagen ziek geweest na de kipsaté.").is_safety
    assert analyse_topics("Mijn zoon werd ziek van de garnalen").is_safety
    assert not analyse_topics("Mijn zoon was ziek, dus we moesten de afspraak verzetten.").is_safety


def test_an_answer_that_never_came_is_found_with_words_in_between() -> None:
    assert analyse_topics("Vier keer gebeld, maar niemand heeft ooit opgenomen.").tried == ("telefoon",)
    assert analyse_topics("Gemaild en daarop is nooit gereageerd.").tried == ("mail",)
    assert analyse_topics("Gebeld en ze namen gelijk op, maar de verf was verkeerd.").tried == ()


def test_the_u_register_says_alstublieft() -> None:
    for i in range(8):  # whichever sentence the seed picks
        text = f"Na de kleuring brandde mijn hoofdhuid en zit ik vol blaren ({i})."
        draft = _draft("uitkomst_herstel", text)
        assert "alsjeblieft" not in draft and " je " not in draft


def test_staff_named_without_how_they_treated_the_writer_is_no_staff_complaint() -> None:
    draft = _draft(
        "uitkomst_herstel", "Ik wilde alleen de punten eraf en nu is alles kort. Echt teleurgesteld in de kapper."
    )
    assert "vriendelijk geholpen" not in draft and "zo behandeld" not in draft
    rude = _draft("uitkomst_herstel", "De kapper was ontzettend onbeleefd tegen mijn moeder.")
    assert "zo behandeld" in rude or "vriendelijk geholpen" in rude


def test_an_n_year_anniversary_takes_the_article_of_its_noun() -> None:
    assert analyse_topics("Taart voor onze 25-jarige bruiloft besteld").occasion_words == "25-jarige bruiloft"
    assert analyse_topics("Ons 12,5-jarig jubileum gevierd").occasion_words != "12,5-jarige jubileum"
    assert analyse_topics("Ons 10-jarig jubileum gevierd").occasion_words == "10-jarig jubileum"


def test_a_new_job_is_congratulated() -> None:
    draft = _draft("uitkomst_bedank_publiek", "Met mijn nieuwe kapsel naar het gesprek en ik ben aangenomen!")
    assert "nieuwe baan" in draft and "gefeliciteerd" in draft


def test_praise_for_a_repair_thanks_for_the_work_not_the_thing() -> None:
    shop = BusinessProfile(name="Fietsen Piet", kind="fietsenmaker", signers=["Piet"], email="piet@fiets.nl")
    draft = _draft("uitkomst_bedank_publiek", "Piet heeft mijn wiel gerepareerd terwijl ik een koffie dronk.", shop)
    assert "je wiel" in draft and "mooie woorden over je wiel" not in draft


def test_faq_matching_ignores_words_for_things_in_general_and_knows_walking_in() -> None:
    found = match_faq(_lemmas("Mag ik op vrijdag gewoon binnenwippen voor een föhnbeurt?"), SALON, _lemmas)
    assert found is not None and found[1] >= 0.5 and "zaterdagochtend" in found[0]
    vegan = match_faq(_lemmas("Is de kleurshampoo ook vegan?"), SALON, _lemmas)
    assert vegan is not None and vegan[1] >= 0.5
