"""The shapes of a joke (resources/jokes.toml, app/domain/draft_jokes.py). Sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_jokes import shipped_jokes


def _shape(text: str) -> tuple[str, dict[str, str]] | None:
    for shape in shipped_jokes():
        values = shape.values(text)
        if values is not None:
            return shape.id, values
    return None


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        ("Binnen als een vogelverschrikker, buiten als een filmster", "vogelverschrikker", "filmster"),
        ("Ging naar binnen als Ome Willem en kwam naar buiten als Brad Pitt 😂", "Ome Willem", "Brad Pitt"),
        ("liep binnen als Pietje Bell, liep buiten als een prinses", "Pietje Bell", "prinses"),
    ],
)
def test_a_transformation_keeps_a_name_of_two_words(text: str, before: str, after: str) -> None:
    assert _shape(text) == ("transformation", {"van": before, "naar": after})
