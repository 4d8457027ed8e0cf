"""The writer's own health in a compliment (app/domain/draft_praise_health.py)."""

from __future__ import annotations

from app.domain.draft_praise_health import body_better, illness_behind, own_illness


def test_the_writers_own_illness_is_told_apart_from_someone_elses() -> None:
    assert own_illness("Na mijn bestralingen was ik mijn haar kwijt. Ilse heeft me zo goed geholpen.")
    assert not own_illness("Mijn moeder krijgt chemo en ik kwam een sjaal uitzoeken.")


def test_a_body_trouble_gone_names_the_part() -> None:
    text = "Na maanden hielpijn nieuwe hardloopschoenen bij Bo gekocht. Zondag 15 km gelopen zonder pijn!"
    assert body_better(text, "") == "hiel"


def test_no_body_trouble_said_back_when_not_better_or_someone_elses() -> None:
    assert body_better("Mijn man had rugklachten, de schoenen zijn mooi.", "") == ""
    assert body_better("Door zijn rugpijn kwam hij met de auto, en nu weer lopen zonder pijn!", "") == ""


def test_an_illness_behind_the_writer_is_named() -> None:
    assert illness_behind("Na mijn chemo eindelijk weer haar") == "mijn chemo"
    assert illness_behind("na de bestralingen weer naar de kapper") == "de bestralingen"
    assert illness_behind("Na m'n operatie mocht ik weer") == "mijn operatie"
    assert illness_behind("Toen ik hoorde dat ik chemo moest") == ""
    assert illness_behind("Na de vakantie weer geknipt") == ""
