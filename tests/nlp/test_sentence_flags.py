"""Which flags are read per sentence, and what that means for a threat and for hate in context."""

from __future__ import annotations

import pytest

from app.nlp.pipeline import Assistant
from app.nlp.train import _config


def test_config_reads_threats_per_sentence_only() -> None:
    config = _config(None, None)
    assert list(config["components"]["rw_sentence_flags"]["per_sentence"]) == ["bedreiging"]


@pytest.fixture(scope="module")
def assistant(shipped_assistant: Assistant) -> Assistant:
    return shipped_assistant


def test_threat_deep_in_a_long_complaint_is_still_flagged(assistant: Assistant) -> None:
    text = (
        "Vorige maand een bank besteld. De levering werd drie keer verzet. Niemand belde terug. "
        "De bank die kwam had een scheur in de stof. Als ik morgen mijn geld niet heb, kom ik je winkel slopen."
    )
    assert "bedreiging" in assistant.analyse(text).flags


def test_hate_is_read_with_its_context(assistant: Assistant) -> None:
    """A sentence that quotes hate, with the counter-speech in the next sentence, is no hate."""
    text = "Iemand schreef hieronder dat al die buitenlanders oprotten moeten. Schaam je, dat is racisme."
    result = assistant.analyse(text)
    assert "haat" not in result.flags and result.label != "beledigend"
