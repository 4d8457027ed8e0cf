"""The days around a closed day: the first day of the closing it falls in, the last open day before it ('Op zaterdag 30
december kun je nog terecht: 8.00–15.00.') and the first one after it, from the profile's holiday lines and weekly
hours."""

from __future__ import annotations

import re

from app.domain import draft_asked as ask
from app.domain.draft_answers_rumour import AnswerRumour
from app.domain.draft_closing import feast_weekday
from app.domain.draft_days import (
    DATE,
    closed_on,
    day_after,
    day_before,
    holiday_names,
    hours_on,
    in_range,
    left_out,
    names_in,
    open_day_before,
    weekday_of,
)
from app.domain.draft_fact_words import SHORT_WEEKDAY, WEEKDAY, week_days
from app.domain.draft_holiday_lines import closed_line, entry_span, span_start, spelled_days
from app.domain.textnorm import normalise

# An hour a holiday line says it is open until or from ('open tot 15.00', 'vanaf 10.00').
_OWN_HOUR = re.compile(r"\b(?:open\s+)?((?:tot|vanaf)\s+\d{1,2}[.:]\d{2})\b", re.I)


class DaysAround(AnswerRumour):
    def _first_closed_day(self, day: str) -> str:
        """The first day of the closing a holiday falls in: the start of the profile's range of days
        ('bouwverlof (21 juli t/m 4 augustus)' → '21 juli'), the weekday a holiday falls on ('2e paasdag'
        → 'maandag'), else the date itself ('eerste kerstdag' → '25 december'); '' when not known."""
        names = holiday_names(day)
        for written, value in self.profile.holiday_entries():
            span = entry_span(written, value)[1]
            # (a closing: not a period something is for sale, 'Koningstaart te koop van vr 4 t/m za 12 januari')
            if (
                span
                and closed_line(written, value)
                and (names_in(names, normalise(spelled_days(written))) or in_range(names, spelled_days(span)))
            ):
                return span_start(span)
        dates = sorted(n for n in names if DATE.fullmatch(n))
        # of a feast of two dates ('Kerstmis': 25 and 26 December) the first one a line of its own says is closed
        # ('Kerstmis za 25 december: gesloten')
        shut = next(
            (
                d
                for d in dates
                for w, v in self.profile.holiday_entries()
                if len(dates) > 1 and names_in({d}, normalise(spelled_days(w))) and ask.CLOSED_WORDS.search(v)
            ),
            "",
        )
        # 'vastelaovend' and the profile's 'carnavalsmaandag: dicht': the weekday of its first day
        fixed = weekday_of(day) or (dates[0] if len(dates) == 1 else shut)
        return fixed or feast_weekday(self.profile.holiday_entries(), names)

    def _open_after(self, day: str, text: str, seed: str) -> str:
        """'Dinsdag 12 november zijn we er weer vanaf 9:30.': the first day after a closed date that the hours say is
        open, with its opening time, when the writer gives the date's weekday and needs it by another day they name
        ('zijn jullie maandag 11/11 open? ... ik moet dinsdag naar school'); '' otherwise."""
        date, said = self._first_closed_day(day), normalise(text)
        asked = re.search(rf"\b({WEEKDAY})\s+(?:de\s+)?\d", said)
        week = week_days()
        if not DATE.fullmatch(date) or asked is None or asked.group(1) not in week:
            return ""
        if not any(re.search(rf"\b{d}\b", said) for d in week if d != asked.group(1)):
            return ""  # no later day the writer needs it by
        hours = self.profile.value("opening_hours")
        weekday, on = day_after(asked.group(1)), day_after(date)
        for _ in range(6):
            closed = any(names_in(holiday_names(on), normalise(w)) for w, _ in self.profile.holiday_entries())
            times = hours_on(hours, weekday).removeprefix(weekday).strip()
            if times and not closed and not closed_on(hours, weekday) and not left_out(hours, weekday):
                opens = re.split(r"\s*[–-]\s*", times, maxsplit=1)[0].strip()
                values = {"feestdag_hoofd": f"{weekday.capitalize()} {on}", "waarde": opens}
                return self._line("question", "open_after", seed, values)
            weekday, on = day_after(weekday), day_after(on)
        return ""

    def _open_before(self, day: str, seed: str) -> str:
        """'Op zaterdag kun je nog terecht: 7:00–16:00.': the last day before a closed day (a weekday
        or a date) that the profile says is open, with its hours; '' when the profile does not say (a
        date without a line of its own, whose weekday varies by year)."""
        if day in week_days():
            before, times = open_day_before(self.profile.value("opening_hours"), day)
            values = {**self._holiday_values(before), "waarde": times}
            return self._line("question", "open_before", seed, values) if before else ""
        before = day_before(day)
        for _ in range(6):
            names = holiday_names(before) if before and before not in week_days() else set()
            value = next((v for w, v in self.profile.holiday_entries() if names and names_in(names, normalise(w))), "")
            found = ask.TIMES.findall(value)
            if found and not ask.CLOSED_WORDS.search(value):
                values = {**self._holiday_values(before), "waarde": " en ".join(found)}
                return self._line("question", "open_before", seed, values)
            if not ask.CLOSED_WORDS.search(value):
                # ('wo 27 t/m za 30 december open': a line that says open and the weekday of that date, whose hours
                # the week's hours give) else no line of its own, or one that says something else: not known
                return self._open_on_weekday(before, names, seed)
            before = day_before(before)
        return ""

    def _open_on_weekday(self, day: str, names: set[str], seed: str) -> str:
        """'Op zaterdag 30 december kun je nog terecht: 8.00–15.00.' when the holiday line holding a date says it is
        open (no closing, no hours of its own) and gives the date's weekday, whose hours the weekly hours give; ''
        otherwise."""
        line = next(
            (f"{w} {v}" for w, v in self.profile.holiday_entries() if names and names_in(names, normalise(w))), ""
        )
        number = re.match(r"\d{1,2}", day)
        if not line or number is None or ask.CLOSED_WORDS.search(line) or not re.search(r"\bopen\b", line, re.I):
            return ""
        short = re.search(rf"\b({WEEKDAY}|{SHORT_WEEKDAY})\.?\s+{number.group(0)}\b", line, re.I)
        weekday = next((d for d in week_days() if short and d.startswith(short.group(1).lower()[:2])), "")
        # ('za 23 december is de laatste werkdag, open tot 15.00': the line's own hour, not the week's)
        own = _OWN_HOUR.search(line)
        times = hours_on(self.profile.value("opening_hours"), weekday) if weekday and not own else ""
        if not own and (not times or not ask.TIMES.search(times)):
            return ""
        values = {**self._holiday_values(day), "feestdag_hoofd": f"Op {weekday} {day}" if weekday else f"Op {day}"}
        said = own.group(1) if own else times.split(" ", 1)[1]
        return self._line("question", "open_before", seed, {**values, "waarde": said})
