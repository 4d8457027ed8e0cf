"""An English rumour or wrong claim set straight: the profile's fact where it has one, else a slot naming what the
rumour claims; and, as in a Dutch correction, where the right information stands (the website, or the business's
own word), on a short platform too."""

from __future__ import annotations

import re

from app.domain.draft_english_complaint import EnglishComplaintDrafting
from app.domain.draft_text import Part
from app.domain.topics import TopicAnalysis

# What an English rumour claims: 'I heard (that) you're closing down next month'.
_CLAIM = re.compile(
    r"\b(?:heard|read|saw|told|says|said|is it true)\b\s+(?:me\s+)?(?:that\s+)?(?P<claim>[^.?!]{8,140}?)\s*[.?!]", re.I
)


class EnglishRumour(EnglishComplaintDrafting):
    """The parts of an English correction."""

    def _english_rumour(self, topics: TopicAnalysis, text: str, seed: str) -> list[Part]:
        fact = self._english_fact(text, seed)  # 'doesn't take cards anymore, cash only': the profile says it
        if fact is not None:
            parts = [Part("correction", self._line("english", "rumour_fact", seed), True), fact]
        elif claim := _CLAIM.search(text):  # 'I heard you're closing down next month?': the slot names it
            values = {"vraag": " ".join(claim.group("claim").split())}
            parts = [Part("correction", self._line("english", "rumour_claim", seed, values), True)]
        else:
            parts = [Part("correction", self._line("english", "rumour", seed), True)]
        return [*parts, self._english_source(topics, seed)]

    def _english_source(self, topics: TopicAnalysis, seed: str) -> Part:
        """Where the right information stands: the website when the profile has one; else the business's own word,
        except for a rumour about safety or hygiene, which asks for an outside source (a slot for its link)."""
        site = self.profile.website.strip()
        if site:
            line = self._line("english", "rumour_source_site", seed, {"kanaal": site})
        elif topics.is_safety or "hygiene" in topics.problems:
            line = self._line("english", "rumour_source_link", seed)
        else:
            line = self._line("english", "rumour_source_own", seed)
        return Part("source", line, True)
