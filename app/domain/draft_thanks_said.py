"""What a thank-you says back besides the thanks itself: a body part that is better again, the ride or run the
writer came from, a thing given with the work, the environment spared, honesty praised, a dish compared with home
(split from draft_thanks, which holds the thanks line and its order)."""

from __future__ import annotations

import re

from app.domain.draft_joke_reply import JokeDrafting
from app.domain.draft_made_for import extra_given, green_seen
from app.domain.draft_praise_health import body_better
from app.domain.draft_praise_honest import compared_said, honest_said
from app.domain.draft_praise_ride import came_from, ride_said, watched_said
from app.domain.draft_text import Part
from app.domain.topics import TopicAnalysis


class ThanksSaidBack(JokeDrafting):
    """The lines of a thank-you that say back what came with the praise."""

    def _healed(self, topics: TopicAnalysis, thanks: str, seed: str, text: str) -> list[Part]:
        """That the part of the body the writer had trouble with is better again ('Na jaren knieklachten ... zonder
        pijn' → 'Mooi dat je knie je geen last meer geeft!'), unless the thanks named it already."""
        healed = body_better(text, topics.body) if topics.occasion != "rouw" else ""
        if not healed or re.search(rf"\b{re.escape(healed)}\b", thanks):
            return []
        values = {"onderwerp": f"{self._poss} {healed}"}
        return [Part("body", self._line("positive", "body_better", seed, values), False)]

    def _ride(self, text: str, thanks: str, seed: str) -> list[Part]:
        """The ride or run done after the work ('85 km langs de Maas') or come from ('Na de Beekse
        Zomerloop'), a thing given with it ('een fluohesje'), the environment spared ('knipafval') and the
        honesty praised ('eerlijk advies'), said back."""
        parts = []
        ride = ride_said(text)
        if ride and ride.split(" km")[0] + " km" not in thanks:
            parts.append(Part("ride", self._line("positive", "ride", seed, {"onderwerp": ride}), False))
        elif (event := came_from(text, self._poss)) and event.split()[-1] not in thanks:  # 'Na de Zomerloop ...'
            parts.append(Part("ride", self._line("positive", "came_from", seed, {"onderwerp": event}), False))
        if watched := watched_said(text):  # 'Mè de koers op groot scherm in de serre': the race, said back
            parts.append(Part("watched", self._line("positive", "watched", seed, {"onderwerp": watched}), False))
        if (extra := extra_given(text)) and extra.split()[-1] not in thanks:  # 'kregen er nog een fluohesje bij'
            parts.append(Part("extra", self._line("positive", "extra", seed, {"onderwerp": extra}), False))
        if green_seen(text):  # 'geeft haar knipafval mee aan een project', 'duurzaam ondernemen'
            parts.append(Part("green", self._line("positive", "green", seed), False))
        honest = honest_said(text)  # 'eerlijk advies', 'Eerlijke prijs (€ 85)': said back unless the thanks names it
        if honest and not re.search(rf"\beerlijk|\b{re.escape(honest.split()[-1])}\b", thanks, re.I):
            parts.append(Part("honest", self._line("positive", "honest", seed, {"onderwerp": honest}), False))
        thing, who = compared_said(text, self._poss, thanks)  # 'De waterzooi was gelijk bij mijn grootmoeder'
        if thing:
            parts.append(
                Part("compared", self._line("positive", "compared", seed, {"onderwerp": thing, "persoon": who}), False)
            )
        return parts
