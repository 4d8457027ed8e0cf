"""Answers from the profile to questions (FAQ, holiday days, profile facts); rumours are set straight in
draft_answers_rumour."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from app.domain import draft_asked as ask
from app.domain.draft_asked_ahead import order_ahead_answer
from app.domain.draft_bikes import bike_part, bikes_put, bikes_unanswered
from app.domain.draft_booking import booking_about, booking_entry, booking_refused
from app.domain.draft_closing import all_closed
from app.domain.draft_cues import draft_cues
from app.domain.draft_dated_lines import weekday_date
from app.domain.draft_days import asks_until, days_named, holiday_names, hours_on, names_in, said_for
from app.domain.draft_event_dated import event_dated
from app.domain.draft_event_day import event_of, profile_event
from app.domain.draft_extras import AT_PLACE, ON_SITE
from app.domain.draft_fact_matching import fact_matching
from app.domain.draft_fact_score import asked_words, field_answering
from app.domain.draft_fact_words import WEEKDAY, fact_words, invoice_unlisted, order_ahead_said
from app.domain.draft_holiday_reply import HolidayReply
from app.domain.draft_offer_lines import held_by, offer_line, offer_named
from app.domain.draft_order_deadline import order_deadline
from app.domain.draft_origin_asked import origin_unsaid
from app.domain.draft_own_range import asks_own_range
from app.domain.draft_questions import WH_ASKED, WISH, joined_questions, question_sentences
from app.domain.draft_same_words import same_words
from app.domain.draft_staff_away import staff_note
from app.domain.draft_text import Part
from app.domain.draft_writer_time import CLOSES_AT
from app.domain.draft_yes_lead import other_days_yes, without_yes
from app.domain.replies import open_slots, pick, render
from app.domain.textnorm import normalise
from app.domain.topics import EMPTY, TopicAnalysis
from app.domain.words import MONTH_WORDS

_WEEKDAY = re.compile(rf"\b{WEEKDAY}", re.I)
# One weekday asked as a day ('maandag', 'maandagavond'), not each of them ('s maandags', 'elke maandag', 'maandagen').
_ONE_WEEKDAY = re.compile(rf"(?<!elke )(?<!iedere )(?<!alle )\b({WEEKDAY})(?!s\b|en\b)", re.I)
# Words that point back at the day itself ('Kunnen we dan terecht?', 'Zijn jullie die dag open?').
_AT_DAY = re.compile(r"\b(?:dan|die dag|terecht)\b", re.I)
# 'wat kost dat dan?', 'hoeveel is dat dan?': a 'dan' that ends a question for an amount is a filler, no day.
_FILLER_THEN = re.compile(
    r"^(\W*(?:en\s+)?(?:wat|hoeveel|hoe\s+duur)\s+(?:kost|kosten|is|zijn)\s+(?:dat|het|da)),?\s+dan\s*\?+", re.I
)
# A day the question points back at ('die zondag', 'diezelfde avond', 'op die dag'): named elsewhere in the comment.
_THAT_DAY = re.compile(rf"\b(?:die|diezelfde|dezelfde|dat)\s+(?:{WEEKDAY}|dag|avond|middag|ochtend|weekend)\b", re.I)

# Profile fields that hold on any day: a holiday named beside them is when, not what is asked.
_TIMELESS = frozenset({"payment", "accessibility", "parking", "return_terms", "address"})


# A question about how to pay ('kan ik met cash betalen?', 'Kan ik pinnen?').
PAY_HOW = re.compile(
    r"\bmet\s+(?:\w+\s+){0,2}?(?:betalen|afrekenen)\b|\b(?:betalen|afrekenen)\s+met\b"
    r"|\b(?:pinnen|contant|cash|creditcard|tikkie|ideal|contactloos|betaalpas|pinpas)\b"
    r"|\b(?:bancontact|payconiq|maaltijdcheques?|ecocheques?|cadeaucheques?)\b",  # Belgian ways to pay
    re.I,
)


_ANSWERS_KEPT = 8  # answers kept per drafter (Drafter._answer): one comment asks for a few


class AnswerDrafting(HolidayReply):
    def _question_facts(self, topics: TopicAnalysis, question: str) -> Iterable[str]:
        # a word resources/synonyms.toml gives a profile field ('langsbrengen' → bezorging) names it too
        named = set(same_words(self._lemmas_of(question)))
        fields = [q.id for q in self.t.question_topics if q.id in named and q.id not in topics.subjects]
        if bikes_put(question):  # 'kunnen we de fietsen ergens kwijt?': the parking fact, when it names bikes
            taken = {*topics.subjects, *fields}
            fields += [q.id for q in self.t.question_topics if q.field == "parking" and q.id not in taken]
        for subject in (*topics.subjects, *fields):
            if subject == "betalen" and not PAY_HOW.search(question):
                continue  # 'Moet ik betalen om te parkeren?' asks no way of paying
            if subject == "betalen" and invoice_unlisted(question, self.profile.value("payment")):
                continue  # 'kan ik met de Beringse cadeaubon betalen?': the list of cards does not say
            if subject == "openingstijden" and not re.search(
                r"\b(?:open|dicht|openingstijd\w*|hoe laat)\b", question, re.I
            ):
                continue  # 'Wanneer kan ik wel terecht?' asks for an appointment, not the opening hours
            if subject == "openingstijden" and self._order_until((question,)):
                # 'tot hoe laat kan ik op zondag bestellen?': the delivery terms' 'bestellen tot 21:30', not the hours
                yield order_ahead_said([self.profile.value("delivery_terms")])
                continue
            qt = next((q for q in self.t.question_topics if q.id == subject), None)
            if qt is not None and qt.field in AT_PLACE and ON_SITE.search(question):
                continue
            day = self._day_hours(question, "") if subject == "openingstijden" else ""
            if day:
                yield day.rstrip(".")  # 'tot hoe laat op zaterdag?' → only Saturday
            elif qt is not None and not bikes_unanswered(subject, topics.lemmas, self.profile.value(qt.field)):
                value = self.profile.value(qt.field).strip().rstrip(".")  # (not a car park for 'fietsen stallen?')
                yield (self._bikes_place(question) if qt.field == "parking" else "") or value

    def _bikes_place(self, question: str) -> str:
        """The parking fact's answer to a question where to leave the writer's bikes ('kunnen we de fietsen ergens
        kwijt?', draft_fact_words.bikes_put): its part that names bikes ('fietsenstalling naast het terras' of 'eigen
        parkeerterrein met 30 plaatsen; fietsenstalling naast het terras'), not the car park before it; the whole
        fact when no part or every part names them; '' for another question or without a parking fact. The one
        rule for giving that answer, knowing it answers (KnownAnswers) and leading it in (MoreQuestions)."""
        parking = self.profile.value("parking").strip().rstrip(".")
        if not parking or not bikes_put(question):
            return ""
        return bike_part(parking) or parking

    def _day_hours(self, asked: str, seed: str) -> str:
        """'Op zaterdag zijn we open tot 16:00.' when the question asks until when on one weekday ('tot hoe
        laat', 'hoe laat gaan jullie zaterdag dicht?') and the opening hours have a part for it ('ma–vr
        7:30–18:00, za 7:00–16:00'); a part for that day alone ('do tot 21:00') beats a range of days.
        '' otherwise: the whole opening hours answer when ('hoe laat zijn jullie zaterdag open?')."""
        days = {m.group(0).lower() for m in _WEEKDAY.finditer(asked)}
        if len(days) != 1 or not asks_until(asked):
            return ""
        day = days.pop()
        times = hours_on(self.profile.value("opening_hours"), day).removeprefix(day).strip()
        until = CLOSES_AT.search(times)
        if until is None:
            return ""
        return self._line("question", "day_until", seed, {**self._holiday_values(day), "waarde": until.group(1)})

    def knows_answer(
        self, text: str, *, author: str = "", platform: str = "overig", topics: TopicAnalysis | None = None
    ) -> bool:
        """Whether the profile or FAQ answers this question without an open slot."""
        asked = joined_questions(
            question_sentences(text)
        )  # split as the draft splits them ('..., en mag de hond mee?')
        answer, _, _ = self._answer(self._analysis(text, topics), self._seed(text, author, platform), asked, text)
        return not open_slots(answer)

    def _faq_said(
        self, topics: TopicAnalysis, faq: tuple[str, float, str] | None, asked: tuple[str, ...], text: str, seed: str
    ) -> str:
        """The answer from the FAQ with what goes around it: the entry on booking for a question whether to book
        ahead ('Moeten wij van tevoren iets regelen of kunnen wij zo binnenlopen?'), else a close match fitted to
        what was asked; '' when neither."""
        booking = self._booking_said(asked[0], seed) if asked and not self._booking_told(faq) else ""
        if not booking and not (faq and faq[1] >= 0.5):
            return ""
        said = booking or (self._day_fit(self._fitted(faq, asked, text), asked, text, seed) if faq else "")
        if said and not booking:  # no yes for a month outside its season, nor for what it is no good for
            said = self._condition_first(
                self._out_of_season(self._over_limit(said, text, seed), text, seed), text, seed
            )
        said = self._pointed_said(topics, asked, said, seed)
        # 'Alleen op de kinderknipmiddag' and the day the calendar gives it
        said = event_dated(said, self.profile.holiday_entries())
        return self._faq_extras(topics, said, text, asked, seed)

    def _booking_told(self, faq: tuple[str, float, str] | None) -> bool:
        """Whether the close FAQ match for the comment itself says whether to book ('Kan mijn zoontje woensdagmiddag
        zonder afspraak geknipt worden?' ~ 'Knip je ook kinderen? Ja, ...; op woensdagmiddag kan dat zonder
        afspraak'): its answer is the one for the thing asked, not the general entry on booking online."""
        entry = next((f for f in self.profile.faq if faq and faq[1] >= 0.5 and f.question.strip() == faq[2]), None)
        return entry is not None and entry is not booking_entry(self.profile) and booking_about(entry)[1]

    def _other_facts(
        self, topics: TopicAnalysis, seed: str, asked: tuple[str, ...], text: str
    ) -> tuple[str, str | None]:
        """The answer when no subject of the question is in the profile: a fact whose own words answer it, the days
        open for a weekday asked, a part's hours or ordering ahead, else the line that we will find out."""
        facts = [(q.id, self.profile.value(q.field)) for q in self.t.question_topics if self.profile.value(q.field)]
        # or the one field that holds a thing asked that no FAQ entry holds ('is er plek om te spelen?' ~ 'speelhoek')
        matched = fact_matching(topics.lemmas, facts, self._lemmas_of) or self._field_answering(asked)
        qt_match = next((q for q in self.t.question_topics if q.id == matched), None)
        if qt_match is not None and self._thing_missed(asked, self.profile.value(qt_match.field)):
            qt_match = None  # 'Verhuurt u ook een fietskar?' is not answered by the terms of renting a bike
        if qt_match is not None and qt_match.field == "opening_hours" and self._hours_aside(asked, text):
            qt_match = None
        if qt_match is not None and draft_cues().guarantee_asked.search(" ".join(asked)):
            qt_match = None  # 'Kunnen jullie dat bij het kerstdiner garanderen?' is no question about cancelling
        if qt_match is not None:  # the profile's own words answer it ('leggen binnen drie weken na bestelling')
            value = self.profile.value(qt_match.field).rstrip(".")
            answer = self._field_said(qt_match, value, "answer", seed)
            return answer, qt_match.id
        hours = self.profile.value("opening_hours").rstrip(".")
        # the day must be in what was asked: 'Kan ik ergens parkeren? Ik kom zaterdag' asks no opening hours
        if hours and _WEEKDAY.search(" ".join(asked) if asked else " ".join(topics.times)):
            # 'Bezorgen jullie ook op zaterdag?' and nothing else in the profile says: the days open
            qt = next((q for q in self.t.question_topics if q.field == "opening_hours"), None)
            if qt is not None:
                # 'Kan ik op dinsdag komen?' and the hours say 'wo–zo': that day is closed
                closed = self._closed_day(hours, " ".join(asked), seed) or self._day_alone(hours, " ".join(asked), seed)
                said = render(pick(qt.answer, seed, f"answer.{qt.id}"), self.tone, {"waarde": hours})
                return closed or said, qt.id
        ahead = self._part_hours(asked, text, seed) or order_ahead_answer(asked, *self._by)
        return (ahead or self._line("question", "unknown", seed)), None

    def _offer_said(self, asked: tuple[str, ...], faq: tuple[str, float, str] | None, seed: str) -> str:
        """'Kijkt u ook de verlichting na?' and the holidays offer a check of the lights this month: that line
        (draft_offer_lines), when it says more of what is asked than the FAQ entry found; '' otherwise."""
        offer, held = offer_line(asked, self.profile.holiday_entries(), self._lemmas_of)
        if not offer or (faq is not None and held <= held_by(asked, f"{faq[2]} {faq[0]}", self._lemmas_of)):
            return ""
        if asked and origin_unsaid(asked[0], offer):
            return ""  # 'Is dat bier van de brouwerij hier?' is not answered by the line that offers the dish with it
        return self._line("question", "offer_line", seed, {"waarde": f"{offer[:1].upper()}{offer[1:]}"})

    def _offer_named(self, asked: tuple[str, ...], seed: str) -> str:
        """The first question's holiday line of an action named by its own name (draft_offer_lines.offer_named), said
        with a yes to a yes/no question whose months the line holds; '' when it names none."""
        # (a question that names a day, 'op 31 december nog opsteken?', gets that day's answer first)
        if not asked or days_named(asked[0]):
            return ""
        line, fits = offer_named(asked[0], self.profile.holiday_entries(), self._lemmas_of)
        if not line:
            return ""
        key = "offer_named_yes" if fits and not WH_ASKED.match(asked[0]) else "offer_named"
        return self._line("question", key, seed, {"waarde": f"{line[:1].upper()}{line[1:]}"})

    def _field_answering(self, asked: tuple[str, ...]) -> str | None:
        """The question topic of the field that alone answers the questions (draft_fact_score.field_answering)."""
        field = field_answering(" ".join(asked), *self._by) if asked else ""
        return next((q.id for q in self.t.question_topics if field and q.field == field), None)

    def _answer(
        self, topics: TopicAnalysis, seed: str, asked: tuple[str, ...] = (), text: str = ""
    ) -> tuple[str, str | None, list[str]]:
        """:meth:`_answer_made`, made once for the same comment: whether the profile knows the answer
        (:meth:`knows_answer`, which the flowchart asks) and the draft ask for the same answer, and finding it is
        most of the work of drafting a question. The last few answers are kept (all arguments are frozen)."""
        memo: dict[tuple[object, ...], tuple[str, str | None, list[str]]] = self.__dict__.setdefault("_answers", {})
        key = (topics, seed, tuple(asked), text)
        if key not in memo:
            if len(memo) >= _ANSWERS_KEPT:
                memo.clear()
            memo[key] = self._answer_made(topics, seed, asked, text)
        answer, found, suggestions = memo[key]
        return answer, found, list(suggestions)

    def _answer_made(
        self, topics: TopicAnalysis, seed: str, asked: tuple[str, ...] = (), text: str = ""
    ) -> tuple[str, str | None, list[str]]:
        """(answer, question topic, suggestions for the owner). A weak FAQ match is a suggestion
        for the owner, never a fact in the draft. ``text``: the whole comment, for a group it names. An answer
        about the hours or a holiday ends with a dated closing on the weekday asked (:meth:`_dated_weekday`)."""
        answer, found, suggestions = self._answer_found(topics, seed, asked, text)
        dated = self._dated_weekday(" ".join(asked), answer, seed) if found in {"openingstijden", "feestdagen"} else ""
        # 'Kan ik bij Yasmina terecht?' and the holidays say she is on leave: that too
        away = staff_note(self.profile.value("holidays"), " ".join(asked), self.profile.signers, answer)
        away = away and self._line("question", "field_besides", seed, {"waarde": away})
        return " ".join(p for p in (answer, dated, away) if p), found, suggestions

    def _dated_weekday(self, asked: str, said: str, seed: str) -> str:
        """'Let op: op maandag 18 oktober zijn we gesloten (studiedag personeel).' when a question asks whether the
        business is open on a weekday without saying which date ('zijn jullie volgende week maandag open?') and the
        profile's holidays close a day of that weekday by its date: the writer may well mean that one. '' when the
        question names no single weekday, names a date itself or every such weekday ('s maandags', 'elke maandag'),
        no holiday line closes a dated such day, or the answer names that date already."""
        if re.search(rf"\b\d{{1,2}}\s*(?:{MONTH_WORDS})\b", asked, re.I):
            return ""  # 'op maandag 25 oktober': the date asked is answered by itself
        days = {m.group(1).lower() for m in _ONE_WEEKDAY.finditer(asked)}
        if len(days) != 1:
            return ""
        day = days.pop()
        lines = []
        for written, value in self.profile.holiday_entries():
            date = re.search(rf"\b{weekday_date(day)}", written, re.I)
            if date is None or not all_closed(value) or normalise(date.group("date")) in normalise(said):
                continue
            values = {"feestdag": f"op {date.group(0)}", "waarde": value.strip().rstrip(".")}
            lines.append(self._line("question", "dated_weekday_closed", seed, values))
        return " ".join(lines[:2])

    def _answer_found(
        self, topics: TopicAnalysis, seed: str, asked: tuple[str, ...] = (), text: str = ""
    ) -> tuple[str, str | None, list[str]]:
        """(answer, question topic, suggestions for the owner): :meth:`_answer` before a dated closing is added."""
        suggestions: list[str] = []
        # 'Tot wanneer kan ik een kerststronk bestellen?' asked first (a later question gets it as a known answer)
        if asked and (deadline := order_deadline(asked[0], self.profile, self._lemmas_of)):
            return deadline, "feestdagen", suggestions
        when = bool(ask.HOURS_WORDS.search(" ".join(asked)))
        day = self._day_asked(topics, asked, text, when=when)
        # 'Hoe laat gaat de lunchhoek open?' and the hours have the lunchhoek's own: no FAQ about the lunchhoek
        part = when and self._part_hours(asked, text, seed)
        faq = (
            None
            if part
            else self._pointed_faq(self._priced(self._faq_for(topics, asked, text), asked, topics), asked, text)
        )
        # 'Loopt die winterbeurt-actie in februari nog?': that line, not another line the month found, when no FAQ entry
        # answers (a line that is the day found itself gets the day's answer)
        named = self._offer_named(asked, seed) if day and not (faq and faq[1] >= 0.75) else ""
        named = "" if named and names_in(holiday_names(day), normalise(named)) else named
        if not named and self._day_first(day, faq, asked, text):
            return self._holiday_reply(day, topics, asked, text, seed), "feestdagen", suggestions
        offer = named or self._offer_said(asked, faq, seed)
        said = offer or self._faq_said(topics, faq, asked, text, seed)
        if said:
            return said, "feestdagen" if offer else "faq", suggestions
        if faq:
            suggestions.append(self._note("faq_maybe", vraag=faq[2], antwoord=faq[0]))
        first: str | None = None
        fields = self._fields_named(" ".join(asked), topics)  # 'Bezorgt u ook in Zeist?'
        order_until = self._order_until(asked)
        come_in = ask.pointed(topics.subjects, asked)  # 'zit in een rolstoel. Kan ze bij u terecht?': not the hours
        for subject in sorted((*topics.subjects, *fields), key=lambda s: (s not in come_in, s == "betalen")):
            qt = next((q for q in self.t.question_topics if q.id == subject), None)
            if qt is None or self._field_aside(qt.field, asked, text, order_until=order_until):
                continue
            first = first or qt.id
            value = self.profile.value(qt.field).rstrip(".")
            day = self._day_hours(" ".join(asked), seed) if subject == "openingstijden" else ""
            if day:
                return " ".join(p for p in (day, self._too_late(day, text, seed)) if p), qt.id, suggestions
            if qt.field == "opening_hours" and value:
                # 'zijn jullie zondag open?' and the profile says that day is closed: just that; 'in februari?' and
                # the hours have a part for 'november–maart': that part
                closed = self._season_open(text, seed) or self._closed_day(value, " ".join(asked), seed)
                closed = closed or self._day_alone(value, " ".join(asked), seed)  # 'op woensdagnamiddag?'
                if closed:
                    return closed, qt.id, suggestions
            unlisted = invoice_unlisted(" ".join(asked), value) if qt.field == "payment" else ""
            if unlisted:  # 'kan dat op factuur?' and only cards and cash listed: whether it can, not the list
                return self._line("question", "own_range_about", seed, {"onderwerp": unlisted}), qt.id, suggestions
            fits = self._about_field(subject, topics, value) and not bikes_unanswered(subject, topics.lemmas, value)
            if value and fits:  # the first field filled in ('op zaterdag' → the hours); no car park for bikes
                answer = self._field_said(qt, value, "answer", seed)
                return self._field_extras(topics, qt.field, value, answer, text, seed), qt.id, suggestions
        answer, found = self._other_facts(topics, seed, asked, text)
        return answer, found or first, suggestions

    def _field_aside(self, field: str, asked: tuple[str, ...], text: str, *, order_until: bool) -> bool:
        """Whether a field the comment's subjects name does not answer the questions: the address for a service on
        location ('Doen jullie bruidskapsels op locatie?'), the closing hour when the delivery terms say until when
        to order ('tot hoe laat kan ik bestellen?'), the hours for a day that is only when the writer comes ('we
        komen zaterdag ... Zit er melk in?')."""
        if field in AT_PLACE and ON_SITE.search(" ".join(asked)):
            return True
        return field == "opening_hours" and (order_until or self._hours_aside(asked, text))

    def _hours_aside(self, asked: tuple[str, ...], text: str) -> bool:
        """Whether the comment names a weekday only outside its questions ('we willen zaterdag ... meenemen') and the
        questions ask something of their own ('Zit er melk in de krentenwegge?'), nothing of the hours or a weekday,
        nor point back at what the comment said before them ('Kan dat?')."""
        said = " ".join(asked)
        if not asked or ask.HOURS_WORDS.search(said) or _WEEKDAY.search(said) or ask.POINTS_BACK.search(said):
            return False
        if not _WEEKDAY.search(text):
            return False  # ('Kan ik ook zonder afspraak langskomen?' and the hours say 'op afspraak')
        return bool(asked_words(said, self._lemmas_of))

    def _day_alone(self, hours: str, asked: str, seed: str) -> str:
        """'Knippen jullie ook kinderen op woensdagnamiddag?' and the hours have a part for that day alone ('wo
        13:00–18:30'): 'We zijn op woensdag open: wo 13:00–18:30.', the profile's own words, not the whole week;
        '' when the question names no one weekday or the hours have no part of that day's own."""
        day = "" if WISH.search(asked) else hours_on(hours, asked).split(" ", 1)[0]  # 'Zouden jullie ...?' wishes
        part = _day_part(day[:2].lower()).search(hours) if day else None
        if part is None:
            return ""
        return self._line("question", "holiday_open", seed, {"feestdag": f"op {day}", "waarde": part.group(1).strip()})

    def _order_until(self, asked: tuple[str, ...]) -> bool:
        """Whether a question asks until when to order ('En tot hoe laat kan ik op zondag bestellen?') and the delivery
        terms say it ('bestellen tot 21:30'): they answer it, not the opening hours."""
        question = " ".join(asked)
        said = order_ahead_said([self.profile.value("delivery_terms")])
        ordering = any(w in normalise(question) for w in fact_words().order_ahead)
        # ... also 'bestellen vóór 18:00': the last hour to order, said with 'vóór' as with 'tot'
        return bool(asks_until(question) and ordering and re.search(r"(?:\btot|\bv[oó]{2}r)\s+\d{1,2}[:.]\d{2}", said))

    def _day_asked(self, topics: TopicAnalysis, asked: tuple[str, ...], text: str, *, when: bool) -> str:
        """The holiday or closed date a question asks about: named in the question ('open op 3 januari?' and the
        profile closed '2 t/m 9 januari'), or elsewhere in the comment when the question asks whether one is open
        or free then ('tijdens de Gentse Feesten. Dan open?', 'Wij trouwen op 10 januari. Ben jij dan vrij?')."""
        said = " ".join(asked)
        elsewhere = when or bool(ask.FREE_THEN.search(said))
        # 'Kan ik betalen met de cadeaukaart die ik met kerst kreeg?': a fact that holds any day, not the holiday
        own = self._analysis(said, None) if topics.holiday and not elsewhere else EMPTY  # the questions' own subjects
        named = {*own.subjects, *self._fields_named(said, own)} if own is not EMPTY else set()
        fields = {q.field for q in self.t.question_topics if q.id in named} & _TIMELESS
        timeless = not elsewhere and any(self.profile.value(f) for f in fields)
        holiday = "" if timeless else topics.holiday
        # the calendar's line of an event the question names; without an hours word, in a sentence that says open
        # or closed another way ('kan ik met de kermis terecht?')
        event = profile_event(self.profile.holiday_entries(), said, self.profile.value("address")) if when else ""
        event = event or event_of(self.profile, said)
        # 'We komen met Vaderdag eten. Zijn jullie die zondag open?': the day the question points back at, named
        # elsewhere in the comment
        if when and not event and _THAT_DAY.search(said):
            event = profile_event(self.profile.holiday_entries(), text, self.profile.value("address"))
        return self._closing_date(said) or holiday or event or (self._closing_date(text) if elsewhere else "")

    def _day_first(self, day: str, faq: tuple[str, float, str] | None, asked: tuple[str, ...], text: str) -> bool:
        """Whether the holiday or date found is what the questions ask about. 'komt met Pasen logeren. Kan ik bij
        jullie brood halen dat ze veilig kan eten?': the holiday is when, the question is about the bread; only a
        question about the day itself gets the holiday's hours ... and 'Knippen jullie ook bij mensen thuis? Ze wil
        voor kerst netjes zitten': what is offered, not the day."""
        kept = (faq is not None and faq[1] >= 0.5) or any(map(asks_own_range, asked))
        if draft_cues().guarantee_asked.search(" ".join(asked)):
            return False  # 'Kunnen jullie dat bij het kerstdiner garanderen?': the promise is asked, not the day
        if faq is not None and faq[1] >= _CLEAR and booking_refused(faq, asked):
            return False  # 'Kunnen we een cuistax reserveren voor zondag 3 augustus?' ~ 'Nee, ... niet reserveren'
        if faq is not None and faq[1] >= _CLEAR and self._booked_later(day, asked):
            return False  # 'Wat kost een cuistax? En kunnen we er een reserveren voor 3 augustus?': the price first
        return bool(day) and not (kept and self._day_aside(day, asked, text))

    def _booked_later(self, day: str, asked: tuple[str, ...]) -> bool:
        """Whether the day found is named only in a later question that asks to book or order for it ('En kunnen we
        er eentje reserveren voor zondag 3 augustus?'), not in the first nor in one that asks whether one is open."""

        def names(question: str) -> bool:
            return bool(self._closing_date(question) or names_in(holiday_names(day), normalise(question)))

        booking = fact_words().order_ahead
        if not asked or names(asked[0]) or any(ask.HOURS_WORDS.search(q) for q in asked):
            return False
        return any(names(q) and any(w in normalise(q) for w in booking) for q in asked[1:])

    def _day_aside(self, day: str, asked: tuple[str, ...], text: str = "") -> bool:
        """Whether a holiday the comment names is only when the writer comes, not what the questions ask about."""
        said = " ".join(_FILLER_THEN.sub(r"\1?", q) for q in asked)  # 'wat kost dat dan?': no day in its 'dan'
        # 'Kan dat?' points back at the day; 'Kan dat online of moet ik langskomen?' asks about a way of its own
        # ... but only at a day named before it: 'Kan je dan ook de baard doen? Hij wil er netjes uitzien voor
        # carnaval.' names the day after the question, so its 'dan' is 'besides', not that day
        own = bool(asked_words(ask.POINTS_BACK.sub(" ", said), self._lemmas_of)) and not (
            _AT_DAY.search(said) and self._named_before(day, asked, text)
        )
        # 'Tot wanneer kunnen we bestellen voor het lentefeest op 27 april?': the date is what the order is for
        ordering = asks_until(said) and any(w in normalise(said) for w in fact_words().order_ahead)
        # 'Kan ik een fototaart bestellen voor pakjesavond?': the day is what the order is for, as in 'tot wanneer'
        ordering = ordering or _ordered_for(day, said)
        return (
            not self._closing_date(said)
            and (ordering or not names_in(holiday_names(day), normalise(said)))
            and not (
                ask.HOURS_WORDS.search(said)
                or (ask.POINTS_BACK.search(said) and not own and self._named_before(day, asked, text))
            )
        )

    def _named_before(self, day: str, asked: tuple[str, ...], text: str) -> bool:
        """Whether the comment names a holiday before its first question that points back ('Kan dat?', 'dan'): true
        unless the day is found only after that question (or no comment is given to look in)."""
        first = next((q for q in asked if ask.POINTS_BACK.search(q)), "")
        at = text.find(first) if first and text else -1
        if at < 0:
            return True
        names = holiday_names(day)
        before, after = normalise(text[:at]), normalise(text[at + len(first) :])
        return bool(names_in(names, before) or self._closing_date(text[:at])) or not names_in(names, after)

    def _day_fit(self, answer: str, asked: tuple[str, ...], text: str, seed: str) -> str:
        """A FAQ's yes about other days than the writer's ('komt donderdag' and 'Ja, op dinsdag en
        vrijdag ...') said as 'Op donderdag helaas niet: op dinsdag en vrijdag ...'; else the answer."""
        # a question of its own about opening ('En tot hoe laat zijn jullie open op zaterdag?') lends no day to
        # another question's answer ('Bakken jullie ook roggebrood?' ~ 'Ja, op dinsdag en vrijdag')
        own = [
            q for q in asked if not ask.HOURS_WORDS.search(q) and not fact_words().closed_names & set(q.lower().split())
        ]
        day = other_days_yes(answer, " ".join(own)) or (other_days_yes(answer, text) if len(asked) <= 1 else "")
        if not day:
            return answer
        rest = without_yes(answer)
        values = {**self._holiday_values(day), "waarde": rest[:1].lower() + rest[1:]}
        return self._line("question", "day_not", seed, values)

    def _listed_price(self, text: str, seed: str) -> Part | None:
        """'28 euro betaald, en overal staat dat kinderen 18 euro kosten': a FAQ answer with the lower price
        the writer quotes, said as 'Je hebt gelijk: kinderen tot 12 jaar knip ik voor € 18.' with a slot for
        how the difference comes back; None when no FAQ price is what the writer quotes below what they paid."""
        if not ask.PAID.search(text):
            return None
        said = {ask.amount(a) for a in ask.AMOUNT.findall(text)}
        for item in self.profile.faq:
            listed = {ask.amount(a) for a in ask.AMOUNT.findall(item.answer)}
            if len(listed) == 1 and listed <= said and max(said) > min(listed):
                rest = without_yes(item.answer.strip())
                line = self._line("complaint", "price_listed", seed, {"antwoord": rest[:1].lower() + rest[1:]})
                return Part("question", line, True, self._line("question", "unknown", seed))
        return None


@lru_cache(maxsize=16)
def _day_part(short: str) -> re.Pattern[str]:
    """The part of the opening hours for one weekday ('wo 13:00–18:30' for 'wo'), compiled once per day."""
    return re.compile(rf"(?:^|[,;])\s*({re.escape(short)}\s+[^,;]*\d[^,;]*)", re.I)


_CLEAR = 0.75  # a FAQ match this close answers a booking question whatever day it names


def _ordered_for(day: str, said: str) -> bool:
    """Whether questions order something for a holiday they name ('een fototaart bestellen voor pakjesavond'): an
    order word, and the day's first name right after 'voor' (draft_days.said_for)."""
    text = normalise(said)
    if not any(w in text for w in fact_words().order_ahead):
        return False
    found = [m.start() for n in holiday_names(day) for m in [re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text)] if m]
    return bool(found) and said_for(text[: min(found)])
