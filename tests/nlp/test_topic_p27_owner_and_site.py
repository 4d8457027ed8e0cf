"""Whose the feast is and what was praised (issue #13, fixer p27): a pet named on a cake ('met haar pony Caramel
erop') is no one whose feast it is, a double first name ('onze Anne-Sophie') is one of the writer's own, and where
the writer works ('ons kantoor in Hasselt', 'our office in Leuven') is context, not the thing praised. Shops and
sentences of their own, none from the rounds."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft_text

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
