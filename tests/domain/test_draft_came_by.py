"""The means the writer came by (app/domain/draft_came_by.py): no thing a comment is about at a business that does
nothing with it. Sentences of our own."""

from __future__ import annotations

from app.domain.draft_came_by import came_by, not_came_by
from app.domain.topics import Mention
from tests.domain.drafting.shops import BISTRO


def test_the_means_said_with_a_preposition_is_how_the_writer_came() -> None:
    assert came_by(Mention("scooter"), "Op de scooter naar jullie gereden voor een ijsje", ("ijssalon",))
    # near miss: the scooter named without 'met' or 'op' before it
    assert not came_by(Mention("scooter"), "Mijn scooter staat buiten", ("ijssalon",))


def test_the_means_is_left_out_unless_nothing_else_is_left() -> None:
    things = [Mention("auto"), Mention("pannenkoek")]
    assert [m.text for m in not_came_by(things, "met de auto gekomen voor de pannenkoek", BISTRO)] == ["pannenkoek"]
    assert [m.text for m in not_came_by([Mention("auto")], "met de auto gekomen", BISTRO)] == ["auto"]
