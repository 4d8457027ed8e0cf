"""Answers about holidays and closing days from the profile's `holidays` field: the hours on the day asked, several
days in one sentence when they are all closed, a closing period named, a weekday the shop is always closed."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import cache

from app.domain.draft_asked import closed_words
from app.domain.draft_closing import (
    all_closed,
    closed_after,
    closed_after_span,
    closed_days,
    closed_word,
    closing_date,
    day_part_open,
    feast_days,
    open_key,
)
from app.domain.draft_dated_lines import A_WEEKDAY, line_date, spelled_weekdays, weekday_after, weekday_date
from app.domain.draft_day_exceptions import EXCEPT_LEAD, value_parts, without_exceptions
from app.domain.draft_days import (
    closed_on,
    days_named,
    holiday_names,
    holiday_preposition,
    holiday_values,
    in_range,
    is_season,
    left_out,
    names_in,
    weekday_of,
    without_names,
)
from app.domain.draft_fact_words import WEEKDAY, fact_words
from app.domain.draft_faq_answers import FaqAnswers
from app.domain.draft_feast_days import feast_day_date
from app.domain.draft_holiday_lines import closed_line, entry_lead, entry_name, entry_span, spelled_days
from app.domain.draft_phrase_cues import phrase_cues
from app.domain.draft_reopening import open_again_day
from app.domain.draft_seasons import season_hours, season_more
from app.domain.draft_span_open import line_days, lines_in_span
from app.domain.replies import pick, render
from app.domain.textnorm import normalise
from app.domain.words import MONTH_WORDS, alternation


@cache
def _open_as_ever() -> re.Pattern[str]:
    """A holiday value that says open as always ('gewoon open', 'open'): resources/phrase_cues.toml open_as_ever."""
    return re.compile(rf"(?:{alternation(phrase_cues().open_as_ever, spaced=True)})?\s*open", re.I)


# A holiday value that is a sentence of its own, its verb before its subject ('in juli zijn we ook op dinsdag open',
# 'op 23 juli staan we op de braderie', 'dan is de winkel open tot 15.00').
_A_CLAUSE = re.compile(
    r"\b(?:zijn|ben|is|staan|sta|staat|kun|kunt|kan|gaan|gaat|blijven|blijft)\s+(?:we|wij|ik|je|jullie|u|de|het|onze|ons|mijn)\b",
    re.I,
)
# A holiday value that says open and then what with ('open met een feestmenu', 'open, met een terraskaart').
_OPEN_WITH = re.compile(r"\s*open\b[\s,]+(?:met|zonder|voor)\b", re.I)


def _says_shut(value: str) -> bool:
    """Whether a holiday value closes something or says what there is not ('open, tearoom dicht', 'open zonder
    avondopening', resources/fact_words.toml denial_words): not said as a plain 'We zijn ... open ...'."""
    words = set(re.findall(r"[^\W\d_]+", value.lower()))
    return bool(re.search(closed_words().pattern, value, re.I) or words & fact_words().denial_words)


# The most days inside an open holiday period said with it: more is a list the writer did not ask for.
_INSIDE = 3


# Whether a holiday line says the business is open or closed, or its hours ('open', 'gesloten', '9.00–12.00',
# 'gewone uren').
_SAYS_OPENING = re.compile(
    r"\b(?:open\w*|dicht|gesloten|sluit\w*|gewone\s+(?:uren|openingstijden|openingsuren)|werkdag)\b"
    r"|\b\d{1,2}(?:[.:]\d{2}|u)\b",
    re.I,
)


class HolidayAnswers(FaqAnswers):
    """The holiday answers of the question drafts (AnswerDrafting builds on them)."""

    def _holiday_values(self, holiday: str) -> dict[str, str]:
        return holiday_values(holiday, self.profile)

    def _holiday_say(self, value: str, values: dict[str, str], seed: str) -> str:
        """What a holiday entry says: closed, open at these hours, or its own words; what the line adds after a ';'
        ('8.00–12.00; bestellingen ophalen kan die dag niet') in a sentence of its own after it."""
        first, semi, rest = value.partition(";")
        if semi and first.strip() and rest.strip(" ."):
            told = self._holiday_say(first.strip(), values, seed)
            more = spelled_weekdays(rest.strip().rstrip("."))
            return f"{told} {more[:1].upper()}{more[1:]}."
        if all_closed(value):
            # the profile's own word for it ('15 augustus: gesloten' → 'gesloten', 'dicht' → 'dicht')
            lines = self.t.lines("question", "holiday_closed")
            own = [line for line in lines if closed_word(value) in line] or lines
            closed = render(pick(own, seed, "question.holiday_closed"), self.tone, values)
            # 'dicht, voor spoed de dienstapotheek': what the profile adds after 'dicht' is kept
            rest = re.sub(rf"^\s*(?:{closed_words().pattern})\s*[,;:–-]\s*", "", value, flags=re.I).strip(" .")
            return f"{closed} {rest[:1].upper()}{rest[1:]}." if rest and rest != value.strip(" .") else closed
        key = open_key(value)
        said = re.match(r"open\b[\s,:]*", value.strip(), re.I)  # 'open, 11:30–22:00', 'open tot 20:00': no 'open: open'
        if said and key == "holiday_open":
            rest = value.strip()[said.end() :]
            # 'open, vaderdagmenu met kreeft' keeps its comma: not 'open vaderdagmenu'
            sep = "," if "," in said.group(0) else ""
            key, value = ("holiday_open", rest) if rest[:1].isdigit() else ("holiday_open_said", f"open{sep} {rest}")
        elif _open_as_ever().fullmatch(value.strip(" .")):
            key = "holiday_open_said"  # '29 en 30 december: gewoon open' → 'We zijn op 29 en 30 december gewoon open.'
        elif key == "holiday_open" and re.search(r"\bopen\b", value, re.I):
            key = "holiday_open_said"  # 'enkel 's middags open (11:30–14:30)': no 'open: enkel 's middags open'
        elif key == "holiday_text" and _OPEN_WITH.match(value) and not _says_shut(value):
            key = "holiday_open_said"  # 'open met een feestmenu' → 'We zijn op 21 juli open met een feestmenu.'
        elif key == "holiday_text" and day_part_open(value) and re.match(r"\W*'s\s*\w+\s+open\b", value):
            key = "holiday_open_said"  # "'s middags open, 's avonds dicht" → "We zijn op Kerstdag 's middags open, ..."
        if key == "holiday_text" and _A_CLAUSE.search(value):
            # 'Zomer 2033: in juli en augustus zijn we ook op dinsdag open': the profile's own sentence, not 'Voor
            # Zomer 2033 geldt: in juli ...'
            sentence = value.strip().rstrip(".")
            return f"{sentence[:1].upper()}{sentence[1:]}."
        if key == "holiday_text" and not holiday_preposition(values.get("feestdag_naam", "")):
            key = "holiday_text_own"  # 'Tussen kerst en oud en nieuw: ...', not 'Voor tussen kerst ...'
        lines = self.t.lines("question", key)
        if set(re.findall(r"[^\W\d_]+", value.lower())) & fact_words().only_words or closed_word(value):
            # 'enkel 's middags open': open only in part, so no 'Ja,' (the writer may have asked for the evening)
            lines = tuple(line for line in lines if not line.startswith("Ja")) or lines
        return render(pick(lines, seed, f"question.{key}"), self.tone, {**values, "waarde": value.rstrip(".")})

    def _season_open(self, text: str, seed: str) -> str:
        """'Van november tot en met maart zijn we open: za–zo 10:00–16:00.' when a text names a month or season
        ('in februari', 'in de winter') that a part of the opening hours for a range of months holds; 'In juli en
        augustus zijn we ook op maandag open.' when it names a day and a month the hours open that day more in
        ('op maandag toe, ook in de zomer' ~ 'behalve in juli en augustus: dan ook op maandag open'), with
        that day's times when the hours give them; else ''."""
        first, last, times = season_hours(self.profile.value("opening_hours"), text)
        if times:
            values = {"feestdag_hoofd": f"Van {first} tot en met {last}", "waarde": times}
            return self._line("question", "season_open", seed, values)
        months, more, times = season_more(self.profile.value("opening_hours"), text)
        values = {"feestdag_hoofd": f"In {months}", "waarde": more}
        line = self._line("question", "season_more", seed, values) if more else ""
        return f"{line.rstrip('.')}: {times}." if line and times else line  # '... ook op zondag open: 8:00–12:00.'

    def _holidays_answer(self, holiday: str, asked: str, seed: str) -> str:
        """The answer for the holiday found, and for every other holiday of the profile the question
        names too ('open op nieuwjaarsdag of oudejaarsavond?'), each in its own sentence; days that are all
        closed in one ('met Kerstmis en op Nieuwjaar gesloten'), then a closing period that starts just after."""
        entries = self.profile.holiday_entries()
        names = self._day_names(holiday)
        others = self._other_days_asked(holiday, asked, entries, names)
        # 'oud en nieuw' is two days of the profile: each its own answer when they differ
        covered = [(d, v) for d, v in entries if names_in(names, normalise(spelled_days(d)))]
        # 'open tussen Kerstmis en Nieuwjaar?': every line of the days between the two feasts, not one feast's line
        covered = lines_in_span(asked, entries) or covered
        # 'open met Pasen?' and the profile's lines for 'paaszondag' and 'paasmaandag': each day of the feast
        # (also when one of them is named after the feast itself: 'Zo 28 mei (Pinksteren)' and 'Ma 29 mei
        # (Pinkstermaandag)' are both asked by 'met Pinksteren')
        split = [] if len(covered) > 1 else feast_lines(holiday, entries)
        covered = split or covered
        # 'met Pinksteren' and the profile names only 'tweede pinksterdag': that day by its own name
        alike = len({normalise(v) for _, v in covered}) == 1  # 'oudejaarsdag: dicht; nieuwjaarsdag: dicht'
        first, days = "", [holiday, *others]
        # 'oud en nieuw' and the profile's 'oudejaarsdag: dicht; nieuwjaarsdag: dicht': both days, not the last alone
        both = len(covered) > 1 and not (alike and feast_days(holiday, covered))
        if both or (len(covered) == 1 and is_season(holiday)):
            # each by its name ('kerstvakantie'), not the whole line ('kerstvakantie 24 december–2 januari')
            # ('Kerstmis za 25 december' by the name it starts with)
            # (a feast's day by its date, said with its weekday below: 'zondag 28 mei', not 'Zo 28 mei (Pinksteren)')
            named = (entry_name(d, v) or entry_lead(d) or (split and line_date(d)[0]) or d for d, v in covered)
            days = [*named, *others]
        elif alike and feast_days(holiday, covered):  # 'op carnavalsmaandag en carnavalsdinsdag'
            feast = feast_days(holiday, covered)
            on = {"feestdag": f"op {feast}", "feestdag_naam": feast, "feestdag_hoofd": f"Op {feast}"}
            first, days = self._holiday_say(covered[0][1], on, seed), others
        # (a day named twice, by its date and with its weekday, '3 september' and 'zaterdag 3 september', is one day)
        days = list({_one_day(d): d for d in reversed(dict.fromkeys(days))}.values())[::-1]
        shut = closed_days(entries, days) if len(days) > 1 else ""
        if shut:  # not one 'Helaas, ... gesloten.' per day
            joined = " en ".join(self._holiday_values(d)["feestdag"] for d in days)
            on = {"feestdag": joined, "feestdag_naam": joined, "feestdag_hoofd": joined[:1].upper() + joined[1:]}
            first, days = self._holiday_say(shut, on, seed), []
        spelled = {line_date(d)[0]: line_date(d)[1] for d, _ in split}
        said_days = (with_weekday(self._holiday_answer(day, seed), spelled.get(day, "")) for day in days)
        answer = " ".join(p for p in [first, *said_days] if p)
        after = closed_after(entries, [holiday, *others], answer, asked)
        if not after:
            return answer
        said = f"{answer} {self._line('question', 'closed_after', seed, {'waarde': after})}"
        # and the day it says the business opens again ('di 4 januari terug open'): when the writer can come after it
        back = open_again_day(entries, closed_after_span(entries, [holiday, *others], answer, asked)[0])
        return f"{said} {self._line('question', 'open_again', seed, {'waarde': back})}" if back else said

    def _other_days_asked(self, holiday: str, asked: str, entries: list[tuple[str, str]], names: set[str]) -> list[str]:
        """The profile's other holiday lines the question names besides ``holiday`` (by a whole day or the name a
        line starts with), and days named next to a feast that have a line of their own."""
        said = normalise(asked)
        # a whole day named ('11 november' does not name '1 november'), or the name a line starts with ('op
        # Nieuwjaar?' and the line 'Nieuwjaar za 1 januari 7.00–12.00')
        others = [
            d.strip()
            for d, _ in entries
            if any(
                # (not by a weekday alone: 'Zaterdag 23 augustus' is not asked by 'zaterdag 9 augustus')
                w
                and not re.fullmatch(WEEKDAY, w.strip(), re.I)
                and re.search(rf"(?<!\w){re.escape(normalise(w))}(?!\w)", said)
                for w in (d.strip(), entry_lead(d))
            )
        ]
        others = [d for d in others if not names & {normalise(d), normalise(entry_lead(d))}]
        # 'op Hemelvaart of de vrijdag erna' and the profile's 'vrijdag 23 mei: open': that day too, by its date
        others += [d for d in days_named(asked) if d != holiday and self._line_for(d) and d not in others]
        # 'op 1 mei? En de vrijdag daarna': the profile's line for that Friday ('vr 2 mei')
        others += [d for d in weekday_after(asked, [w for w, _ in entries]) if d not in others]
        return others

    def _line_for(self, day: str) -> bool:
        """Whether the profile has a holiday line of its own for a day named by its place next to a feast ('vrijdag
        na hemelvaart' and 'vrijdag 23 mei: open'), so that day is answered besides the feast asked about."""
        if not feast_day_date(day, self.profile.holiday_entries()):
            return False
        names = self._day_names(day)
        return any(names_in(names, normalise(spelled_days(w))) for w, _ in self.profile.holiday_entries())

    def _closing_date(self, text: str) -> str:
        return closing_date(self.profile.holiday_entries(), text)

    def _holiday_answer(self, holiday: str, seed: str) -> str:
        """From the profile's holiday days, else a FAQ entry or the part of the opening hours that
        names the day; the normal opening hours alone do not say whether a holiday is open."""
        names = self._day_names(holiday)
        values = self._holiday_values(holiday)
        for written, value in self._by_name_first(names):
            full = spelled_days(written)  # '24 en 31 december' → '24 december en 31 december'
            # '29 en 30 december' is asked by that name as well ('tussen kerst en oud en nieuw' holds the line)
            day = f"{normalise(full)} | {normalise(written)}"
            told = self._told_line(written, value, names, seed) or self._day_said(written, value, names, values, seed)
            told = told or self._day_in_period(written, value, names, values, seed)
            if told:
                return told
            name, span, note = entry_span(written, value)
            # (a line closed by its own words, 'Gesloten van zo 24 december t/m ma 1 januari', needs no value)
            if span and (names_in(names, day) or in_range(names, spelled_days(span))) and (value or all_closed(name)):
                # 'bouwverlof (21 juli t/m 4 augustus): gesloten': the days said as the profile says them,
                # its name and note between brackets unless the writer named it so already
                closed = closed_line(written, value)
                # the days asked are the line's own ('27 t/m 29 december: gewoon open'): its days said once
                own = not closed and not name and normalise(holiday) in {normalise(span), normalise(written)}
                # (nor a name that only says closed: no 'van ... (Gesloten)')
                extra = [n for n in (name, note) if n and not holiday_names(n) & names and not all_closed(n)]
                waarde = f"{span} ({', '.join(extra)})" if extra else span
                key = "holiday_closed_range" if closed else "holiday_range"
                said = self._line("question", key, seed, {**values, "waarde": waarde})
                said = self._holiday_say(value, values, seed) if own else said
                return self._open_again(said, span, seed) if closed else self._with_days_inside(said, written, span)
            # 'pasen: eerste paasdag dicht, tweede paasdag 11:00–16:00': the part about this day
            part = next((p for p in re.split(r"[,;]", value) if any(n in normalise(p) for n in names)), "")
            if names_in(names, day) and not (part and part.strip() != value.strip()):
                return self._named_line_said(written, value, names, (values, seed))
            if part:
                return self._holiday_say(without_names(part, names), values, seed)
        found = self._feast_or_faq(names, values, seed)
        if found:
            return found
        hours = self.profile.value("opening_hours").rstrip(".")
        for part in re.split(r"[,;\n]", hours):
            if any(n in normalise(part) for n in names):
                return self._holiday_say(without_names(part, names), values, seed)
        if not hours:
            return self._line("question", "unknown", seed)
        unknown = self._line("question", "holiday_unknown", seed, {**values, "waarde": hours})
        return self._closed_weekday(holiday, hours, values, seed) or unknown

    def _open_again(self, said: str, span: str, seed: str) -> str:
        """A closed period said, then the day the profile says the business opens again after it ('terug open
        donderdag 4 oktober'), so the writer knows when to come instead; the period alone when none is named."""
        back = open_again_day(self.profile.holiday_entries(), span)
        if not back or back.lower() in said.lower():
            return said
        return f"{said} {self._line('question', 'open_again', seed, {'waarde': back})}"

    def _day_said(self, written: str, value: str, names: set[str], values: dict[str, str], seed: str) -> str:
        """'kermis (2 t/m 5 september): zaterdag 3 september open tot 17:00' for 'open op 3 september?': what a
        period's line says of the day asked when its value opens with it; '' otherwise."""
        span = entry_span(written, value)[1]
        part = "" if closed_line(written, value) else _day_part(value, names)
        day = f"{normalise(spelled_days(written))} | {normalise(written)}"
        if span and part and (names_in(names, day) or in_range(names, spelled_days(span))):
            return self._holiday_say(part, values, seed)
        return ""

    def _day_in_period(self, written: str, value: str, names: set[str], values: dict[str, str], seed: str) -> str:
        """'herfstvakantie (ma 23 oktober t/m zo 5 november): gewoon open, behalve woensdag 1 november gesloten' for
        'open op Allerheiligen?': what the period's line says of that day (:func:`_day_clause`), then that the rest of
        the period is open as ever when the line says so; '' when the line says nothing of that day alone."""
        kept, excepted = period_day(written, value, names)
        if not kept:
            return ""
        name, span, _ = entry_span(written, value)
        said = self._holiday_say(kept, values, seed)
        if not (excepted and _open_as_ever().fullmatch(without_exceptions(value))):
            return said
        # 'De rest van de herfstvakantie zijn we gewoon open.'; a name of more words by the period's days
        if re.fullmatch(r"[^\W\d_]+", name):
            return f"{said} {self._line('question', 'holiday_rest_open_named', seed, {'feestdag': name.lower()})}"
        return f"{said} {self._line('question', 'holiday_rest_open', seed, {'waarde': span})}"

    def _told_line(self, written: str, value: str, names: set[str], seed: str) -> str:
        """'herfstvakantie: ook maandag 17 oktober open, met kindermenu' for 'open op maandag 17 oktober?': a line named
        without days whose value tells the day asked and no other, said whole by its name; '' otherwise."""
        own = holiday_names(written.strip())
        if line_days(written) or not own or own & names or not names_in(own, normalise(written)):
            return ""
        if not names_in(names, normalise(spelled_days(value))) or len(days_named(value)) != 1:
            return ""
        return self._holiday_answer(written.strip(), seed)

    def _with_days_inside(self, said: str, written: str, span: str) -> str:
        """An open holiday period said with the profile's own lines for days inside it ('Krokusvakantie 24 februari–4
        maart: open' and 'woensdag 27 februari: voorleesmiddag' → '... Woensdag 27 februari: voorleesmiddag.'), at
        most ``_INSIDE`` of them; the answer as it is when there are none or more."""
        days = set(line_days(span))
        inside = [
            f"{w.strip()}: {v.strip().rstrip('.')}"
            for w, v in self.profile.holiday_entries()
            if w != written and v.strip() and (d := line_days(w)) and days.issuperset(d) and w.strip() not in said
        ]
        if not inside or len(inside) > _INSIDE:
            return said
        return f"{said} {'; '.join(f'{i[:1].upper()}{i[1:]}' if not n else i for n, i in enumerate(inside))}."

    def _named_line_said(self, written: str, value: str, names: set[str], said_with: tuple[dict[str, str], str]) -> str:
        """A holiday line that names the day asked, said: closed by its own words without a value ('Zo 31 december en
        ma 1 januari gesloten') as closed, not pasted; a note for that time that says nothing of open or closed ('Voor
        pech tijdens het bouwverlof: bel 011 ...') as the profile writes it; else what its value says."""
        values, seed = said_with
        if _note_line(written, value, names):
            return f"{written.strip()[:1].upper()}{written.strip()[1:]}: {value.strip().rstrip('.')}."
        told = value or (closed_word(written) if all_closed(written) else "")
        return self._holiday_say(told, values, seed) if told else written.rstrip(".") + "."

    def _by_name_first(self, names: set[str]) -> list[tuple[str, str]]:
        """The profile's holiday lines, those that name the day asked first: 'zaterdag 1 november (Allerheiligen):
        open vanaf 11:30' answers 'open op Allerheiligen?', not 'herfstvakantie (27 oktober t/m 2 november)' whose
        range only holds its date."""
        entries = self.profile.holiday_entries()
        named = [(w, v) for w, v in entries if names_in(names, f"{normalise(spelled_days(w))} | {normalise(w)}")]
        # then a line that tells the day in its value ('herfstvakantie: ook maandag 17 oktober open'), before a
        # period whose range only holds it ('wildweken 21 september t/m 30 oktober: wildkaart')
        told = [(w, v) for w, v in entries if (w, v) not in named and names_in(names, normalise(spelled_days(v)))]
        # a line that names the day but says nothing of open, closed or hours ('Voor dringende pech tussen kerst en
        # nieuwjaar: bel 089 ...') is a note for that time, after the lines that say whether the business is open
        notes = [(w, v) for w, v in named if _note_line(w, v, names)]
        named = [e for e in named if e not in notes]
        return [*named, *told, *(e for e in entries if e not in named and e not in told and e not in notes), *notes]

    def _day_names(self, holiday: str) -> set[str]:
        """The names of a holiday asked, with its date when it is named by its place next to a feast and the
        profile's lines tell the year ('de vrijdag na Hemelvaart' is also '31 mei' for 'vrijdag 31 mei: 7:00–14:00')."""
        on = feast_day_date(holiday, self.profile.holiday_entries())
        return holiday_names(holiday) | (holiday_names(on) if on else set())

    def _closed_weekday(self, holiday: str, hours: str, values: dict[str, str], seed: str) -> str:
        """'Op tweede paasdag zijn we dicht: dat is een maandag, ...' for a day that always falls on a weekday the
        opening hours say is closed (or leave out); '' otherwise, and for a feast of more days ('Pasen'): then whether
        it is open is for the owner to say."""
        weekday = weekday_of(holiday)
        # 'met Pasen' may mean the whole feast of more days, not only its Sunday
        whole = holiday_names(holiday) & set(fact_words().feast_of.values())
        if not weekday or whole or not (closed_on(hours, weekday) or left_out(hours, weekday)):
            return ""
        return self._line("question", "holiday_weekday_closed", seed, {**values, "waarde": weekday})

    def _feast_or_faq(self, names: set[str], values: dict[str, str], seed: str) -> str:
        """What the profile says for the whole feast a day belongs to ('Pasen: 7:00–13:00' for 'paasmaandag'),
        when the profile names that feast alone; else a FAQ entry that names the day; '' otherwise."""
        feasts = {fact_words().feast_of[n] for n in names if n in fact_words().feast_of}
        feast = next((v for d, v in self.profile.holiday_entries() if v and normalise(d).strip() in feasts), "")
        if feast:
            return self._holiday_say(feast, values, seed)
        faq = (
            f.answer.strip() for f in self.profile.faq if any(n in normalise(f"{f.question} {f.answer}") for n in names)
        )
        return next(faq, "")


def feast_lines(holiday: str, entries: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """The profile's lines for the days of a feast of more days asked as a whole ('met Pasen' and 'Paaszondag:
    6:30–13:00; Paasmaandag: 7:00–12:00'), when it gives more than one of them; [] otherwise, and when a line
    names the feast itself ('Pasen: gesloten')."""
    feasts = holiday_names(holiday) & set(fact_words().feast_of.values())
    if not feasts or any(normalise(d).strip() in feasts for d, _ in entries):
        return []
    # the feast and each of its days by all their names ('2e pinksterdag' ~ 'pinkstermaandag'), each a whole word
    named = set().union(*(holiday_names(n) for n, f in fact_words().feast_of.items() if f in feasts)) | feasts
    said = re.compile(rf"(?<!\w)(?:{alternation(tuple(named))})(?!\w)")
    days = [
        (d, v)
        for d, v in entries
        if any(fact_words().feast_of.get(n) in feasts for n in holiday_names(d.strip())) or said.search(normalise(d))
    ]
    return days if len(days) > 1 else []


# A date with the weekday the writer gave it: 'zaterdag 9 januari', 'op vrijdag 3 mei'.
_DAY_AND_DATE = re.compile(rf"\b{weekday_date()}", re.I)


def with_weekday(answer: str, asked: str) -> str:
    """The answer about a date with the weekday the writer put before it ('open op zaterdag 9 januari?' → 'Op
    zaterdag 9 januari zijn we helaas dicht'), so the writer reads their own day back; the answer otherwise."""
    found = _DAY_AND_DATE.search(asked)
    if found is None:
        return answer
    date = found.group("date")
    at = re.search(rf"(?<![\w-]){re.escape(date)}\b", answer, re.I)
    if at is None or re.search(rf"(?<!\w){A_WEEKDAY}\s*$", answer[: at.start()], re.I):  # ('za 16 februari' too)
        return answer
    return f"{answer[: at.start()]}{found.group('day').lower()} {answer[at.start() :]}"


def _day_part(value: str, names: set[str]) -> str:
    """What a period's line says of the one day asked when its value opens with that day and names no other
    ('zaterdag 3 september open tot 17:00, met kermiskoeken' → 'open tot 17:00, met kermiskoeken'); '' otherwise."""
    if not re.match(rf"\s*(?:{WEEKDAY}\s+)?\d", value, re.I) or len(days_named(value)) != 1:
        return ""
    if not names_in(names, normalise(spelled_days(value))):
        return ""
    rest = re.sub(rf"^\s*(?:{WEEKDAY})\b[\s,:]*", "", without_names(value, names), flags=re.I)
    return rest.strip(" ,;:")


# A date with its weekday and a name between brackets after it ('woensdag 1 november (Allerheiligen)'), and one
# joined to it by 'en' ('di 31 oktober en wo 1 november').
_DATED = re.compile(rf"(?:\b{A_WEEKDAY}\s+)?\d{{1,2}}\s+(?:{MONTH_WORDS})\b(?:\s*\([^)]*\))?", re.I)
_JOINED_DATE = re.compile(rf"(?:\s+(?:en|of)\s+|,\s*)?{_DATED.pattern}", re.I)


def day_in_period(entries: Sequence[tuple[str, str]], day: str) -> str:
    """What a holiday line for a period says of one day inside it alone ('extra open 's middags, met een lunchmenu'
    for '1 november'; 'gesloten' for 'allerheiligen'), for a day by its Dutch name or date; '' when no line does."""
    names = holiday_names(day)
    return next((said for w, v in entries if (said := period_day(w, v, names)[0])), "")


def period_day(written: str, value: str, names: set[str]) -> tuple[str, bool]:
    """Of a holiday line for a period that holds the day asked (by its ``names``), what it says of that day alone
    and whether that is an exception to the rest of the period (:func:`_day_clause`); ('', False) otherwise."""
    span = entry_span(written, value)[1]
    day = f"{normalise(spelled_days(written))} | {normalise(written)}"
    if not span or not (names_in(names, day) or in_range(names, spelled_days(span))):
        return "", False
    return _day_clause(value, names)


def _day_clause(value: str, names: set[str]) -> tuple[str, bool]:
    """What a period's line says of the one day asked in a part of its value: an exception after the rest ('gewoon
    open, behalve woensdag 1 november (Allerheiligen) gesloten' → 'gesloten') or a first part that lists it with
    other days ('extra open di 31 oktober en wo 1 november 's middags, met een lunchmenu' → 'extra open 's middags,
    met een lunchmenu'), without the dates; and whether it is an exception to the rest of the line. ('', False)
    when no part says it so, or the part says no more than the date."""
    parts = value_parts(value)
    for k, part in enumerate(parts):
        if not names_in(names, normalise(spelled_days(part))):
            continue
        excepted = bool(EXCEPT_LEAD.match(part))
        if (k and not excepted) or (not excepted and len(_DATED.findall(part)) < 2):
            return "", False  # the line's own words say it (the day opens the value, or a part of its own names it)
        # the parts after it that name no date of their own say more of that day ('met een lunchmenu van € 42')
        more = list(itertools.takewhile(lambda p: not _DATED.search(p) and not EXCEPT_LEAD.match(p), parts[k + 1 :]))
        said = _JOINED_DATE.sub("", EXCEPT_LEAD.sub("", part))
        said = " ".join(without_names(said, names).replace("()", "").split()).strip(" ,;:")
        if not re.search(r"[^\W\d_]", said):
            return "", False
        return ", ".join([said, *more]), excepted
    return "", False


def _one_day(day: str) -> str:
    """A day asked, the same for its date with or without its weekday ('zaterdag 3 september' ~ '3 september')."""
    dates = days_named(day)
    return dates[0] if len(dates) == 1 and re.fullmatch(rf"(?:{WEEKDAY}\s+)?\d.*", day.strip(), re.I) else day


def _note_line(written: str, value: str, names: set[str]) -> bool:
    """Whether a holiday line is a note for a time it names ('Voor dringende pech tussen kerst en nieuwjaar: bel ...'):
    it says nothing of open, closed or hours, and its day is more than the bare name of the day ('Eerste kerstdag:
    alleen kerstdiner op reservering' is that day's own line)."""
    return bool(value.strip()) and not _SAYS_OPENING.search(f"{written} {value}") and normalise(written) not in names
