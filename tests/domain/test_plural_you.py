"""A je-business answering more than one writer ('Lisa en Tim') says 'jullie', with plural verbs
(resources/jullie.toml, app/domain/plural_you.py). Sentences and names of their own."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.domain.plural_you import load_plural, shipped_plural
from app.domain.profile import BusinessProfile
from app.domain.replies import Tone, render
from app.errors import DataFileError
from app.resources import resource_path
from tests.domain.drafts import draft_text

_PLURAL = Tone("je", "wij", plural=True)
_ALTERNATIVE = re.compile(r"\{r:([^{}|]*)\|([^{}|]*)\}")


def _strings(data: Any) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, list):
        for item in data:
            yield from _strings(item)
    elif isinstance(data, dict):
        for item in data.values():
            yield from _strings(item)


def _templates() -> list[str]:
    folder = resource_path("replies.toml").parent
    return [
        s for f in sorted(folder.glob("*.toml")) for s in _strings(tomllib.loads(f.read_text("utf-8"))) if "{r:" in s
    ]


def test_every_je_alternative_in_the_templates_has_a_jullie_form() -> None:
    plural = shipped_plural()
    missing = {
        je
        for text in _templates()
        for je, _u in _ALTERNATIVE.findall(text)
        if je.lower() not in {"je", "jij", "jou", "a"} and je not in plural.forms
    }
    assert not missing


def test_no_template_says_je_to_two_writers() -> None:
    # a 'je' that means anyone stays ('daar reken je niet op'): the data maps it to itself
    generic = [je for je, jullie in shipped_plural().forms.items() if je == jullie and re.search(r"\bje\b", je)]
    assert "reken je" in generic

    def unaddressed(said: str) -> str:
        for form in [*generic, "jullie je", "Jullie je"]:
            said = said.replace(form, "")
        return said

    left = [
        said
        for text in _templates()
        if re.search(r"\b(?:je|jij|jou|jouw)\b", unaddressed(said := render(text, _PLURAL)))
    ]
    assert not left


@pytest.mark.parametrize(
    ("template", "said"),
    [
        ("{r:Zet je|Zet u} {r:je|uw} nummer in een mail?", "Zetten jullie je nummer in een mail?"),
        ("Het valt anders uit dan {r:je|u} verwachtte.", "Het valt anders uit dan jullie verwachtten."),
        ("Wat het kost, {r:had je|had u} vooraf moeten horen.", "Wat het kost, hadden jullie vooraf moeten horen."),
        ("Daar {r:reken je|rekent u} niet op.", "Daar reken je niet op."),
    ],
)
def test_jullie_reads_as_a_dutch_reader_would_write_it(template: str, said: str) -> None:
    assert render(template, _PLURAL) == said


@pytest.mark.parametrize(
    ("template", "values", "said"),
    [
        ("Fijn dat {r:je|u} er was.", {}, "Fijn dat jullie er waren."),
        ("{r:Je|U} kwam voor de soep.", {}, "Jullie kwamen voor de soep."),
        ("Naar de noten {r:had je|had u} nog gevraagd.", {}, "Naar de noten hadden jullie nog gevraagd."),
        ("Goed dat {r:je|u} het even navraagt!", {}, "Goed dat jullie het even navragen!"),
        (
            "Zeker omdat {r:je|u} er {waarde}.",
            {"waarde": "speciaal voor omreed"},
            "Zeker omdat jullie er speciaal voor omreden.",
        ),
        ("Dank {r:je|u} wel voor {r:je|uw} bericht.", {}, "Dank jullie wel voor jullie bericht."),
        ("Ik bel {r:je|u} morgen, als {r:je|u} wilt.", {}, "Ik bel jullie morgen, als jullie willen."),
        ("Dat {r:je je|u zich} zo voelde, snap ik.", {}, "Dat jullie je zo voelden, snap ik."),
        (
            "Dat {r:je|u} vragen {r:hebt|heeft} over de prijs, snap ik.",
            {},
            "Dat jullie vragen hebben over de prijs, snap ik.",
        ),
    ],
)
def test_the_verb_of_jullie_is_plural(template: str, values: dict[str, str], said: str) -> None:
    assert render(template, _PLURAL, values) == said


def test_one_writer_and_u_stay_as_they_were() -> None:
    assert render("Fijn dat {r:je|u} er was.", Tone("je", "wij")) == "Fijn dat je er was."
    assert render("Fijn dat {r:je|u} er was.", Tone("u", "wij", plural=True)) == "Fijn dat u er was."


_SALON = BusinessProfile(
    name="Knipkamer Noord",
    kind="kapsalon",
    signers=["Fenna"],
    voice="ik",
    register="je",
    email="hoi@knipkamer.nl",
    opening_hours="di–za 9:00–18:00",
)


@pytest.mark.parametrize(
    ("author", "outcome", "text"),
    [
        (
            "Merel en Daan",
            "uitkomst_bedank_publiek",
            "Wat een mooie kapsels voor onze bruiloft, dankzij Fenna straalden we allebei!",
        ),
        (
            "Joris & Sanne",
            "uitkomst_herstel",
            "We kwamen allebei met een afspraak en moesten toch drie kwartier wachten. Niet leuk.",
        ),
    ],
)
def test_a_couple_gets_jullie_in_the_draft(author: str, outcome: str, text: str) -> None:
    said = draft_text(_SALON, outcome, text, author=author)
    assert "jullie" in said and not re.search(r"\b(?:je|jij|jou|jouw)\b", said.replace("jullie je", "")), said


def test_a_single_writer_still_gets_je() -> None:
    said = draft_text(_SALON, "uitkomst_bedank_publiek", "Wat een mooi kapsel, dankjewel Fenna!", author="Merel")
    assert "jullie" not in said


def test_a_bad_plural_file_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "jullie.toml"
    bad.write_text(
        'schema = 1\n[vormen]\n[onderwerp_na]\nwoorden = ["dat"]\n[voor_werkwoord]\nwoorden = []\n'
        '[werkwoorden]\n"was er" = "waren"\n',
        encoding="utf-8",
    )
    with pytest.raises(DataFileError, match="werkwoorden"):
        load_plural(bad)


def test_a_verb_before_jullie_has_another_subject() -> None:
    assert render("Het staat {r:je|u} vast prima.", _PLURAL) == "Het staat jullie vast prima."


def test_a_family_in_a_je_business_gets_jullie_and_no_hoi() -> None:
    said = draft_text(
        _SALON, "uitkomst_bedank_publiek", "Alle vier geknipt voor de communie, top gedaan!", author="Fam. Peeters"
    )
    assert "familie Peeters" in said and "jullie" in said and not said.startswith("Hoi"), said
