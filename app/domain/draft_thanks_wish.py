"""A suggestion or a minus point in praise, taken to heart: the fact that answers the wish (later hours, what is
open), or the criticism said back."""

from __future__ import annotations

import re
from dataclasses import replace

from app.domain.draft_days import closed_on, days_said
from app.domain.draft_later_hours import LATER_WISH, MORE_HOURS, OUTSIDE_HOURS, evening_wish, late_hours
from app.domain.draft_praise import closed_point
from app.domain.draft_text import Part
from app.domain.draft_thanks_said import ThanksSaidBack
from app.domain.draft_wish_named import cannot_call, is_pair
from app.domain.draft_writer_time import free_from, open_later, works_in_the_day
from app.domain.replies import render
from app.domain.topics import TopicAnalysis, shipped_topic_data
from app.domain.words import WEEKDAY_NAMES

# What a point of criticism in praise is about, where the concept's own word does not fit.
_CRITICISM = {"prijs": "de prijs", "wachttijd": "het wachten", "teveel": "de rekening"}


class ThanksWish(ThanksSaidBack):
    """The wish and the minus point of a compliment answered (ThanksDrafting builds on it)."""

    def _minus_point(self, topics: TopicAnalysis, text: str, seed: str, wish: str | None) -> list[Part]:
        """The minus point of a compliment, named ('MAAR drie weken dicht midden in de zomer') unless the wish of a
        suggestion (``wish``, None for no suggestion) already says it."""
        closed = closed_point(topics, text)
        if closed and wish is not None and MORE_HOURS.search(wish):
            closed = ""  # 'om 16:00 dicht is te vroeg ... langer open?': the wish says the point
        if closed:
            return [Part("criticism", self._line("positive", "criticism", seed, {"onderwerp": closed}), False)]
        if topics.criticism and not (wish is not None and self._in_wish(topics.criticism, wish)):
            # 'Alleen de wachttijd is lang. Misschien iemand extra aannemen?': the point, then the idea
            return [Part("criticism", self._criticism(topics.criticism, seed, topics.criticised), False)]
        return []

    def _suggestion(self, topics: TopicAnalysis, wish: str, seed: str, text: str) -> list[Part]:
        """The idea taken up, named when known, with the profile's fact about it; for a wish to book online
        from someone who cannot call, the mail meanwhile."""
        evening, lead, until = late_hours(self.profile.opening_hours) if evening_wish(text) else ("", "", "")
        fact = None
        if evening and "openingstijden" in topics.subjects:
            # 'één avond in de week langer open?': the evening the profile already has, not the day said full; one
            # told with its season as the hours say it ('Vanaf 1 maart op woensdag zijn we open tot 20:00')
            topics = replace(topics, times=(evening,), lemmas=())
            if lead != f"Op {evening}":
                values = {"feestdag_hoofd": lead, "waarde": until}
                fact = self.profile.opening_hours, self._line("question", "open_later", seed, values)
        fact = fact or self._fact(topics) or self._open_later_fact(wish, text, seed)
        outside = MORE_HOURS.search(wish) or OUTSIDE_HOURS.search(text)  # 'ook buiten de openingsuren oppompen'
        if fact and not evening and outside and "openingstijden" in topics.subjects:
            # 'op zaterdag wat langer open': the hours the writer finds too short are no answer; a day already open
            # later is, to one who says they work ('ik werk in de stad')
            fact = self._open_later_fact(wish, text, seed) if works_in_the_day(text) else None
        if fact and re.search(r"\bopen\b", wish, re.I) and closed_on(self.profile.opening_hours, wish):
            fact = None  # 'een maandagochtend open in het seizoen': 'op maandag gesloten' is the writer's own point
        hours_said = (
            self._about_hours(wish)
            or re.search(rf"\b(?:open|dicht|gesloten|{'|'.join(WEEKDAY_NAMES)})\b", text) is not None
        )
        if fact and wish and fact[0] == self.profile.opening_hours and not hours_said:
            fact = None  # 'om in dit seizoen een perenvlaai te maken': a thing to make, not when the shop is open
        about = ("_about_two" if is_pair(wish) and not fact else "_about") if wish else ""
        if fact:
            values = {"feit": fact[1], "wens": wish}
            line = self._line("positive", f"suggestion_fact{about}", seed, values)
        else:
            line = self._line("positive", f"suggestion{about}", seed, {"wens": wish})
        parts = [Part("suggestion", line, True)]
        if cannot_call(wish, text) and self.profile.email.strip():
            # 'online boeken zou een gamechanger zijn, bellen lukt mij never': meanwhile, the mail
            values = {"kanaal": self.profile.email.strip()}
            parts.append(Part("meanwhile", self._line("positive", "suggestion_meanwhile", seed, values), False))
        return parts

    @staticmethod
    def _about_hours(wish: str) -> bool:
        """Whether a wish is about when the business is open ('om ook op maandag open te zijn', 'langer open',
        'op een avond'): then the opening hours answer it."""
        days = re.search(rf"\b(?:{'|'.join(WEEKDAY_NAMES)})|\bweekend\b", wish, re.I)
        return bool(re.search(r"\bopen|\buur\b|\buren\b", wish, re.I) or days or LATER_WISH.search(wish))

    def _open_later_fact(self, wish: str, text: str, seed: str) -> tuple[str, str] | None:
        """A wish for later hours ('ergens in de middag staan', 'ik werk tot 13:00') that some day of the
        opening hours already meets: (the hours, 'Op zaterdag kun je tot 16:00 bij me terecht.')."""
        # the wish as read, or the question that holds it ('kun je niet eens wat later op de middag staan?')
        asked = " ".join(re.findall(r"[^.!?]*\?", text))
        later = LATER_WISH.search(wish or asked)
        if later is None:
            return None
        free = free_from(text)
        if free < 0:  # no time said: the afternoon or evening asked for
            # (one who works is free in the evening: 'wij werken allebei' → after six)
            evening_free = later.group(0).lower().endswith("avond") or works_in_the_day(text)
            free = 18 * 60 if evening_free else 13 * 60
        days, until = open_later(self.profile.value("opening_hours"), free)
        if not days:
            return None
        values = {"feestdag_hoofd": days_said(days), "waarde": until}
        return self.profile.value("opening_hours"), self._line("question", "open_later", seed, values)

    def _in_wish(self, concept_id: str, wish: str) -> bool:
        """Whether the wish already names the point ('om de muziek wat zachter te maken' and the noise), or
        there is no wish to set it apart from."""
        concept = shipped_topic_data().concept(concept_id)
        about = _CRITICISM.get(concept_id) or (render(concept.say, self.tone) if concept else "")
        if not about or not wish:
            return True  # a point without a name of its own ('je kritische noot') adds nothing to the idea
        words = {w for w in re.findall(r"\w+", f"{about} {concept_id}".lower()) if len(w) > 3}
        return bool(words & set(re.findall(r"\w+", wish.lower())))

    def _criticism(self, concept_id: str, seed: str, thing: str = "") -> str:
        """'Heerlijk gegeten, maar de bediening mocht wat sneller': the point is taken, not argued; named by
        the thing it is about when the writer named one ('je punt over de regenponcho's')."""
        concept = shipped_topic_data().concept(concept_id)
        about = thing or _CRITICISM.get(concept_id) or (render(concept.say, self.tone) if concept else "")
        if not about:
            return self._line("positive", "criticism_general", seed)
        return self._line("positive", "criticism", seed, {"onderwerp": about})
