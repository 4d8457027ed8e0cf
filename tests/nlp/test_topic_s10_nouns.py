"""The noun the writer wrote is returned (session 10, issue #13): a noun joined by 'en' or '+' to a named
thing, the thing a complaint judges even when the lexicon knows another word, and an adjective and
noun that open a comment before 'van' or 'uit'. Sentences at other businesses than the expectation
rounds: a garage, a bookshop, a dog groomer, a hair salon, a florist, a tyre shop."""

from __future__ import annotations

from app.nlp.topics import analyse_topics


def _things(text: str) -> list[str]:
    found = analyse_topics(text)
    return [m.text for m in (*found.products, *found.praised)]


def test_a_noun_joined_to_a_named_thing_is_named_too() -> None:
    assert "katalysator" in _things("offerte zei 120 euro voor een nieuwe uitlaat + katalysator, factuur werd 210.")
    assert "cassette" in _things("Nieuwe ketting en cassette, rijdt weer als een zonnetje")
    # not a verb phrase after 'en', not a person
    assert "ging" not in _things("Ik bracht de fiets en ging toen naar huis")
    assert "kind" not in _things("De fiets en kind waren allebei nat, maar de banden zijn geplakt")


def test_the_judged_thing_comes_first_in_a_complaint() -> None:
    found = analyse_topics("Hond opgehaald met een scheve vacht 😤 morgen hondenshow. Bedankt he")
    assert found.products and found.products[0].text == "vacht"
    found = analyse_topics("zoontje kwam thuis met een scheve kuif, zondag communie")
    assert found.products and found.products[0].text == "kuif"
    found = analyse_topics("kreeg de roman met een gescheurde kaft, was voor een verjaardag")
    assert found.products[0].text == "kaft" and "roman" in _things("kreeg de roman met een gescheurde kaft")


def test_an_age_or_a_verb_is_no_judged_thing() -> None:
    assert "pand" not in _things("Heerlijk gegeten in een oud pand, de soep was wel lauw")
    found = analyse_topics("het eten was lauw en de saté ontbrak, jammer")
    assert all(p.text != "eten" for p in found.products)


def test_an_adjective_and_noun_before_van_open_the_comment() -> None:
    assert _things("Snelste bandenwissel van Gelderland, respect") == ["bandenwissel"]
    assert _things("Beste tompoezen van de Betuwe!! 🧁")[:1] == ["tompoezen"]
    assert "hoor" not in _things("Mooie fiets hoor, maar veel te duur")


def test_a_service_the_writer_names_as_their_own_is_a_thing() -> None:
    found = analyse_topics("Zooo blij met mijn nieuwe kleur!! 😍 dank je Mirthe")
    assert [m.text for m in found.products] == ["kleur"] and found.products[0].own
    # someone else's service word is no thing, and it does not push the real thing out
    assert _things("Wat een reparatie, de kleur van de lak is niet eens hetzelfde") == ["lak"]


def test_a_diminutive_after_a_doubled_consonant_is_its_short_word() -> None:
    from app.nlp import lexicon

    assert lexicon.noun("pannetje") == "pan"  # not the Flemish 'panne'
    assert lexicon.noun("belletje") == "bel" and lexicon.noun("bonnetjes") == "bon"
    assert lexicon.noun("kommetje") == "kom" and lexicon.noun("bolletje") == "bol"


def test_an_adjective_without_e_after_een_marks_a_het_word() -> None:
    for text, noun in (
        ("Voor de hond een mooi hondenhok laten maken, top vakwerk", "hondenhok"),
        ("op de markt een handig opbergrek gekocht, valt nu al uit elkaar", "opbergrek"),
        ("ze verkochten me een prachtig leesboekwerk voor mijn neef", "leesboekwerk"),
    ):
        first = analyse_topics(text).products[0]
        assert (first.text, first.article) == (noun, "het"), text
    # with its -e, or a measure before a noun: no het-word
    assert analyse_topics("Een prachtige vaas gekocht, top").products[0].article == "de"
    assert analyse_topics("ik bestelde een doos bonbons").products[0].definite == "de bonbons"
