"""An appointment that ran over while the writer sat in the shop ('Vrijdagavond om 19u voor knippen en kleuren. Om
20u15 zat de kleur er nog altijd op en Lien was ondertussen met twee andere klanten bezig'): not a wait for something
still to come, but a treatment that took too long, named by what it was for. Words: resources/phrase_cues.toml
(overran) and the services of resources/topics.toml."""

from __future__ import annotations

import re
from functools import cache

from app.domain.draft_base import DraftBase
from app.domain.draft_phrase_cues import phrase_cues
from app.domain.replies import Topic
from app.domain.topics import shipped_topic_data
from app.domain.words import alternation, word_regex


@cache
def _overran() -> re.Pattern[str]:
    return word_regex(phrase_cues().overran)


@cache
def _booked_for() -> re.Pattern[str]:
    """'voor knippen en kleuren', 'voor een knipbeurt', 'voor balayage': the treatment a visit was for, with the
    terms of the services in resources/topics.toml."""
    terms = tuple(t for c in shipped_topic_data().concepts if c.group == "service" for t in c.terms)
    service = rf"(?:(?:een|de|het|mijn|m'n)\s+)?(?:{alternation(terms, spaced=True)})"
    return re.compile(rf"\bvoor\s+(?P<what>{service}(?:(?:\s*,\s*|\s+(?:en|&)\s+){service})*)\b", re.I)


def ran_over(text: str) -> bool:
    """Whether the writer says the appointment ran over while they were there."""
    return _overran().search(text) is not None


def booked_for(text: str) -> str:
    """What the visit was for, as written and in lower case ('knippen en kleuren'); ''."""
    found = _booked_for().search(text)
    return " ".join(found.group("what").lower().split()) if found else ""


class OverrunDrafting(DraftBase):
    """The empathy of a complaint about an appointment that ran over."""

    def _overrun(self, topic: Topic | None, seed: str, text: str) -> str:
        """'Wat vervelend dat je afspraak voor knippen en kleuren zo lang uitliep.'; '' for any other complaint."""
        if topic is None or topic.id != "wachttijd" or not ran_over(text):
            return ""
        what = booked_for(text)
        subject = f"{self._poss} afspraak" + (f" voor {what}" if what else "")
        return self._line("complaint", "overrun", seed, {"onderwerp": subject})
