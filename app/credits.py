"""What the About dialog and THIRD_PARTY_NOTICES say about the app: version, model, data credits.

No Qt here: packaging/notices.py writes the same credits into THIRD_PARTY_NOTICES.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from app import __version__
from app.resources import model_dir


@dataclass(frozen=True)
class DataCredit:
    name: str
    authors: str
    source: str
    licence: str
    licence_url: str
    use: str

    def text(self) -> str:
        return (
            f"{self.name} — {self.authors}\n"
            f"Bron: {self.source}\n"
            f"Licentie: {self.licence} ({self.licence_url})\n"
            f"Gebruik: {self.use}"
        )


# The public data the language model was trained on (shared/data/README.md beside the repo, nl_model/).
DATA_CREDITS: tuple[DataCredit, ...] = (
    DataCredit(
        name="Multilingual HateCheck (Nederlandse testgevallen)",
        authors="Paul Röttger, Haitham Seelawi, Debora Nozza, Zeerak Talat en Bertie Vidgen (2022), "
        "'Multilingual HateCheck: Functional Tests for Multilingual Hate Speech Detection Models', WOAH 2022",
        source="github.com/rewire-online/multilingual-hatecheck (MHC Final Cases/hatecheck_cases_final_dutch.csv)",
        licence="CC BY 4.0",
        licence_url="https://creativecommons.org/licenses/by/4.0/",
        use="testgevallen, met onze eigen labels (beledigend, haat, bedreiging of juist niet), "
        "als trainingsvoorbeelden voor het taalmodel.",
    ),
    DataCredit(
        name="Pattern: Nederlands sentimentlexicon (nl-sentiment.xml)",
        authors="Tom De Smedt en Walter Daelemans (2012), 'Pattern for Python', "
        "Journal of Machine Learning Research 13; CLiPS, Universiteit Antwerpen",
        source="github.com/clips/pattern (pattern/text/nl/nl-sentiment.xml)",
        licence="PDDL 1.0 (de code van Pattern: BSD-3-Clause)",
        licence_url="https://opendatacommons.org/licenses/pddl/1-0/",
        use="de polariteit van Nederlandse bijvoeglijke naamwoorden, bij het maken van de woordenlijsten "
        "en trainingsgegevens van het taalmodel.",
    ),
    DataCredit(
        name="spacy-lookups-data: Nederlandse lemmatabellen",
        authors="Explosion AI en de bijdragers aan spaCy",
        source="github.com/explosion/spacy-lookups-data (spacy_lookups_data/data/nl_lemma_*.json.gz)",
        licence="MIT",
        licence_url="https://opensource.org/license/mit",
        use="de Nederlandse woordenlijst (resources/lexicons/woorden.txt.gz) waarmee de taalassistent "
        "zelfstandige naamwoorden, samenstellingen en namen herkent.",
    ),
)


def model_version(pipeline: Path | None = None) -> str:
    """The shipped pipeline's version as the assistant reports it, read from its meta.json."""
    try:
        meta = json.loads(((pipeline or model_dir()) / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "onbekend (taalmodel niet gevonden)"
    extra = meta.get("reageerwijzer", {})
    return f"{meta.get('name', 'model')}-{meta.get('version', '0')}+{str(extra.get('source_hash', ''))[:8]}"


def about_text(pipeline: Path | None = None) -> str:
    """Version, model and data credits as plain text (the head of the About dialog)."""
    lines = [
        f"Reageerwijzer {__version__}",
        f"Taalmodel: {model_version(pipeline)}",
        "",
        "Het taalmodel is mede gemaakt met:",
    ]
    for credit in DATA_CREDITS:
        lines += ["", credit.text()]
    return "\n".join(lines)
