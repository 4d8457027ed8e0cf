"""The answer to a holiday, date or weekday asked about, under the question answers of draft_answers: the day's
answer with the last open day before it and the first after a closing, another day the comment wishes for, a
weekday the hours close (and a holiday period that opens it), what else the question asks besides the day."""

from __future__ import annotations

import re

from app.domain.draft_asked import misses_without
from app.domain.draft_closing import bare_day, offer_day_before
from app.domain.draft_cues import fetched_thing
from app.domain.draft_dated_lines import weekday_after
from app.domain.draft_days import (
    closed_on,
    days_named,
    holiday_names,
    left_out,
    names_in,
)
from app.domain.draft_days_around import DaysAround
from app.domain.draft_faq_trimmed import asked_of_answer
from app.domain.draft_holiday_answers import with_weekday
from app.domain.draft_holiday_lines import reopening, spelled_days
from app.domain.draft_offer_lines import offer_named
from app.domain.draft_own_range import asks_own_range
from app.domain.draft_questions_about import asked_about
from app.domain.draft_season_day import season_day
from app.domain.draft_wishes import wishes
from app.domain.draft_writer_time import closing_minutes, writer_time
from app.domain.draft_yes_lead import fit_open_question as _fit_open_question
from app.domain.draft_yes_lead import without_yes
from app.domain.textnorm import normalise, sentences
from app.domain.topics import TopicAnalysis

# A clock time as a profile writes it ('7.00', '13:30', '9u30').
_CLOCK_TIME = re.compile(r"\b\d{1,2}(?:[.:]\d{2}|u\d{2})\b")


def _hours_unsaid(answer: str, said: str) -> str:
    """A FAQ answer said beside a day's answer without its sentences whose clock times the day's answer gives already
    ('Op communiezaterdagen ben ik open vanaf 7.00.' after 'De zaak is op zaterdag 13 mei open vanaf 7.00 ...'): the
    same hour is not said twice; the answer as it is when no sentence is left."""
    kept = [
        s
        for s in sentences(answer.strip())
        if not ((times := _CLOCK_TIME.findall(s)) and all(t in said for t in times))
    ]
    return " ".join(kept) if kept else answer


class HolidayReply(DaysAround):
    """The answers for a day asked about: a holiday or date (:meth:`_holiday_reply`) and a weekday the hours close
    (:meth:`_closed_day`)."""

    def _holiday_reply(self, day: str, topics: TopicAnalysis, asked: tuple[str, ...], text: str, seed: str) -> str:
        """The answer for a holiday or date asked about, with the last open day before it when closed then
        and the FAQ answers to what else the question asks."""
        # 'Hoe laat gaan jullie op 24 december dicht?' is not answered 'Ja, ...'
        # ('op 1 mei? En de vrijdag daarna, want ...': that Friday is asked too, though without a question mark)
        after = weekday_after(text, [w for w, _ in self.profile.holiday_entries()])
        said = _fit_open_question(self._holidays_answer(day, " ".join((*asked, text) if after else asked), seed), asked)
        said = with_weekday(said, " ".join(asked))  # 'zaterdag 9 januari' said back with its weekday
        # ('29 oktober' and the profile's 'zaterdag 29 oktober' are one day: its answer said once)
        said = " ".join(dict.fromkeys(sentences(said)))
        # whether the asked day itself is closed, by its own sentence: not by a later closing ('Let op: van 1 tot en
        # met 5 januari dicht') nor by the writer's hour after closing (then earlier that same day, not another day)
        day_said = re.split(r"(?<=[.!?])\s+", said, maxsplit=1)[0]
        # ('Jaarlijks verlof van 12 t/m 25 augustus.' and the next line opens again: 'Vanaf dinsdag 26 augustus ...')
        again = reopening(self.profile.holiday_entries(), said)
        again = again and self._line("question", "open_again", seed, {"waarde": again})
        said = " ".join(
            p for p in (said, again, self._too_late(said, text, seed), self._wished_day(day, text, said, seed)) if p
        )
        shut = offer_day_before(day, self.profile.value("opening_hours"), day_said)  # not after a slot, nor Pasen
        # 'op Hemelvaart of de vrijdag erna?' and that Friday open: the writer's own other day, no day before offered
        shut = shut and not (len(days_named(" ".join(asked))) > 1 and re.search(r"\bopen\b", said[len(day_said) :]))
        instead = self._open_before(self._first_closed_day(day), seed) if shut else ""  # the last open day before
        instead = " ".join(p for p in (instead, self._open_after(day, text, seed) if shut else "") if p)
        # after the day's answer, no second 'Ja,' (nor one after 'we zijn dicht')
        besides = self._faq_besides(topics, asked, text, day, said) or self._faq_purpose(asked, text)
        besides = [b for b in (_hours_unsaid(without_yes(b), said) for b in besides) if b]
        besides = [asked_of_answer(b, text or " ".join(asked), self._lemmas_of) for b in besides]
        besides = besides or self._range_place(asked, said, seed)  # 'iets suikervrijs voor de kerst?': not only when
        # 'op 31 december nog mijn haar opsteken?' and a line of the days offers it ('Feestkapsels en opsteken ... op
        # afspraak'): that line too, after the day's answer
        line = offer_named(asked[0], self.profile.holiday_entries(), self._lemmas_of)[0] if asked else ""
        told = line.split(": ", 1)[-1].strip().rstrip(".")  # (its value said already by the day's answer: not twice)
        besides = besides or ([f"{line[:1].upper()}{line[1:]}."] if line and told not in said else [])
        booking = self._group_booking(text, " ".join((said, *besides)), seed)  # 'we zijn met negen'
        need = self._need_told(topics, " ".join((said, *besides)), seed)  # 'mijn schoonmoeder zit in een rolstoel'
        # the last open day right after the day's own answer, before a closing that follows ('Let op: van ...')
        rest = said[len(day_said) :].strip() if instead and said.startswith(day_said) else ""
        said, instead = (f"{day_said} {instead}", rest) if rest else (said, instead)
        return " ".join(p for p in (said, instead, *besides, need, booking) if p)

    def _range_place(self, asked: tuple[str, ...], said: str, seed: str) -> list[str]:
        """A place for the answer to a question about what the business has without something, that names a day
        ('Hebben jullie iets suikervrijs voor de kerst?') and that the day's answer ``said`` does not name, named as
        the writer put it; [] when no question asks so."""
        for question in asked:
            free = asks_own_range(question) and misses_without(question, said, self._lemmas_of)
            about = asked_about((question,), self._poss) if free else ""
            if about:
                return [self._line("question", "own_range_about", seed, {"onderwerp": about})]
        return []

    def _need_told(self, topics: TopicAnalysis, said: str, seed: str) -> str:
        """The profile's accessibility for a need the comment tells besides its question about a day ('Mijn vader
        zit in een rolstoel'); '' when it tells none, the profile does not say, or the draft says it already."""
        for pt in (q for q in self.t.question_topics if q.id == "toegankelijkheid" and q.id in topics.subjects):
            value = self.profile.value(pt.field).strip().rstrip(".")
            if value and value not in said:
                return self._field_said(pt, value, "answer", seed)
        return ""

    def _wished_day(self, day: str, text: str, said: str, seed: str) -> str:
        """The profile's answer for another holiday or date the comment names besides the one asked ('open tussen
        Kerst en Nieuwjaar? Ik zou graag op 24 december ...' → the hours of 24 December); '' when it names none,
        the profile lists none for it or the answer holds it already."""
        for sentence in sentences(text):
            other = self._analysis(sentence, None).holiday or bare_day(self.profile.holiday_entries(), day, sentence)
            if not other or other == day or names_in(holiday_names(other), normalise(said)):
                continue
            entries = self.profile.holiday_entries()
            if any(names_in(holiday_names(other), normalise(spelled_days(d))) for d, _ in entries):
                answer = self._holiday_answer(other, seed)
                if answer not in said:
                    return without_yes(answer)  # after the asked day's answer, no second 'Ja,'
        return ""

    def _closed_day(self, hours: str, asked: str, seed: str) -> str:
        """'We zijn op zondag dicht.' when the hours say so for the one weekday asked about; when they
        only leave it out ('wo–zo' and 'op maandag'), the days open follow, so the writer knows when to
        come; '' when the day is open or none is asked about."""
        closed = closed_on(hours, asked)
        gap = "" if closed else left_out(hours, asked)
        if not closed and not gap:
            return ""
        line = self._line("question", "holiday_closed", seed, {"feestdag": f"op {closed or gap}"})
        # 'Waarom geen zondagsopening?', 'Zouden jullie ook op zondag open kunnen?': a wish for that day, not a
        # visit to plan, so no other day to come instead
        wished = bool(re.search(r"\bwaarom\b", asked, re.I) or wishes(asked))
        season = self._season_day(closed, seed) if closed else ""  # 'zomervakantie: ook op zondag open 8:00–12:00'
        instead = "" if wished or season else self._open_before(closed or gap, seed)
        qt = next((q for q in self.t.question_topics if q.field == "opening_hours"), None)
        said = self._field_said(qt, hours.rstrip("."), "answer", seed) if gap and qt is not None else ""
        return " ".join(p for p in (line, season, said or instead) if p)  # a day left out: the days open say when

    def _season_day(self, day: str, seed: str) -> str:
        """'In de zomervakantie (10 juli t/m 22 augustus) zijn we op zondag wel open: 8:00–12:00.' when a weekday the
        opening hours close is open in a period of the profile's holidays ('zomervakantie: ook op zondag open
        8:00–12:00'), so that the writer who asks about that day in such a period learns it; '' otherwise."""
        found = season_day(self.profile.holiday_entries(), day)
        if found is None:
            return ""
        values = self._holiday_values(found.name)
        head = f"{values['feestdag_hoofd']} ({found.span})" if found.span else values["feestdag_hoofd"]
        values = {**values, "feestdag_hoofd": head, "feestdag": f"op {day}", "waarde": " en ".join(found.times)}
        # 'zomervakantie: elke dag open, ook maandag en dinsdag': open that day, no times to give
        return self._line("question", "season_day_open" if found.times else "season_day_open_bare", seed, values)

    def _too_late(self, said: str, text: str, seed: str) -> str:
        """'Om half vier zijn we dan helaas al dicht.' when the writer says when they can come ('ik ben pas
        half 4 klaar') and that is at or after the closing time the answer gives; '' otherwise."""
        written, when = writer_time(text)
        end = closing_minutes(said)
        if not 0 <= end <= when:
            return ""
        thing = fetched_thing(text, self._poss)  # 'nog een banketletter halen': 'Kun je wat eerder komen voor ...?'
        values = {"waarde": written, "onderwerp": thing}
        return self._line("question", "too_late_for" if thing else "too_late", seed, values)
