"""A wish said back in the business's words (app/domain/draft_wish_said.py)."""

from __future__ import annotations

from app.domain.draft_wish_said import ours


def test_an_sms_je_said_back_in_the_u_register_is_an_sms() -> None:
    wish = "om een sms'je te sturen als mijn jas klaar is"
    assert ours(wish, "ik", "u") == "om een sms te sturen als uw jas klaar is"
    assert ours("om sms'jes te sturen voor de levering", "wij", "u") == "om sms'en te sturen voor de levering"
    # the familiar register keeps the writer's own word
    assert ours(wish, "ik", "je") == "om een sms'je te sturen als je jas klaar is"
