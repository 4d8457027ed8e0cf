"""English questions answered from the profile: the FAQ entry, the opening hours, each further question said back."""

from __future__ import annotations

import re

from app.domain.draft_asked import misses_without
from app.domain.draft_base import DraftBase
from app.domain.draft_bikes import charge_unanswered
from app.domain.draft_booking import change_unasked
from app.domain.draft_counts import group_size
from app.domain.draft_days import closed_on, hours_on, left_out, open_day_before
from app.domain.draft_deals import deal_unsaid, other_deal
from app.domain.draft_english_complaint import (
    fields_named,
)
from app.domain.draft_english_cues import (
    ABOUT_HOURS,
    ABOUT_HOURS_NOT,
    ASKS_DELIVERY,
    ASKS_UNTIL,
    EN_DAY,
    YOURS,
    asking_part,
    asks_hours,
)
from app.domain.draft_english_days import english_days_named, month_shut
from app.domain.draft_english_group import group_book
from app.domain.draft_english_kitchen import kitchen_hours
from app.domain.draft_english_walk_in import walk_in_entry
from app.domain.draft_english_words import EN_WEEK as _EN_WEEK
from app.domain.draft_english_words import (
    english_asked_words,
    english_clauses,
    english_hours,
    english_label,
    english_labels,
    english_split,
    said_part,
    with_phone,
)
from app.domain.draft_english_words import english_day as _english_day
from app.domain.draft_english_yes_no import OURS, YES_NO, YES_NO_QUESTION, as_statement, has_detail
from app.domain.draft_fact_score import asked_words, checked
from app.domain.draft_fact_words import week_days
from app.domain.draft_facts import asks_faq_topic, key_words, match_faq
from app.domain.draft_holiday_answers import day_in_period
from app.domain.draft_questions import last_clause, question_sentences
from app.domain.draft_same_words import same_words
from app.domain.draft_season_day import english_period, english_span, season_day
from app.domain.draft_text import Part
from app.domain.draft_thing_kinds import other_kind
from app.domain.draft_writer_time import CLOSES_AT
from app.domain.language import ENGLISH
from app.domain.language_asked import english_asked_about
from app.domain.textnorm import normalise

# A FAQ entry answers an English question when it matches this closely (as for a Dutch one).
_ENGLISH_FAQ = 0.5


# 'How much is an e-MTB per day, do we need to bring helmets?': a question, a comma and a second question that opens
# with a verb and who it asks about; split only when the part before the comma asks too (not 'If it rains, can we
# sit inside?', which is one question).
_COMMA_ASKS = re.compile(
    r",\s+(?=(?:do|does|can|could|is|are|will|would|should|may|have|has)\s+(?:we|i|you|they|it|there|the|your|my|our)\b)",
    re.I,
)
_ASKS_FIRST = re.compile(
    r"^\W*(?:how|what|when|where|which|who|why|do|does|can|could|is|are|will|would|should|may|have|has)\b", re.I
)


def _comma_split(sentence: str) -> list[str]:
    """A sentence of questions joined by commas as its questions (see ``_COMMA_ASKS``), each ending in '?'."""
    parts = [p.strip() for p in _COMMA_ASKS.split(sentence) if p.strip()]
    if len(parts) < 2 or not _ASKS_FIRST.match(parts[0]):
        return [sentence]
    return [p if p.endswith("?") else f"{p}?" for p in parts]


def _asking(text: str) -> tuple[str, ...]:
    """The question sentences of a text, each only the clause that asks ('Visiting Zeeland next week 🇬🇧 Do
    you take cash?' → 'Do you take cash?'): what is said before it in the same sentence is context; questions joined
    by a comma are each their own ('How much is it, do we need helmets?')."""
    asked = [last_clause(q) for s in question_sentences(text) for q in _comma_split(last_clause(s))]
    return tuple(asked) or (text,)


# A question about the price or the time of what the question before asks about, naming no thing of its own: 'How
# much?', 'And roughly what does that cost?', 'how long does it take?' (not 'How much is a beard trim?').
_FOLLOW_UP = re.compile(
    r"^\W*(?:(?:and|also|so)\s+)?(?:roughly\s+|approximately\s+)?"
    r"(?:how much|how long|what (?:does|would) (?:that|it|this) (?:cost|take)|what(?:'s| is) the (?:price|cost))\b"
    r"(?!\s+(?:is|are|does|do|for)\s+(?:a|an|the|your|my)\b)",
    re.I,
)


# A thanks for the question, which opens a reply, not an answer after another one ('Thanks for asking! We are ...').
# A second question joined to a yes/no question by 'and' ('... city bikes and how much per day', '... and is it
# lactose-free'): a question word or a verb that asks, right after it.
_FUSED_QUESTION = re.compile(
    r"\s*,?\s+and\s+(?:how|what|when|where|which|who|why|is|are|do|does|can|could|will|would|should)\b", re.I
)
_OPEN_ANY = re.compile(r"\b(?:anything|any|something)\b", re.I)
THANKS_LEAD = re.compile(r"^(?:Thanks|Thank you) for asking[!.]?\s*", re.I)


# A child by its age ('6-year-old', '4-years-old'), one word as the lemmas give it.
_AGED = re.compile(r"^\d{1,2}-?years?-?olds?$", re.I)


# 'Do you work with lease bikes, and can you deliver to Budel?': a second question joined by 'and' and a verb.
# ('..., and how much does it cost?', '... and what's the price per day?': a question for an amount or a time too)
_AND_ASKS = re.compile(
    r",?\s+and\s+(?=(?:can|could|do|does|is|are|will|would|may|should|have|has|how|what|what's|when|where|which)\s)",
    re.I,
)


def english_questions(text: str) -> tuple[str, ...]:
    """The English questions of a text, each its own when two are joined by 'and' in one sentence; at most four."""
    found = [
        c for s in question_sentences(text) for q in _AND_ASKS.split(s) if q.strip() for c in _comma_split(q.strip())
    ]
    return tuple(q if q.endswith("?") else f"{q}?" for q in found[:4])


# A thing asked free of something in English: 'gluten free', 'gluten-free', 'without nuts'.
_EN_FREE = re.compile(r"\b([a-z]{4,})[\s-]free\b|\bwithout\s+(?:any\s+)?([a-z]{4,})", re.I)


def bare_noun(about: str) -> bool:
    """Whether what a question is about is one bare word an English reply cannot say as its topic ('group', 'rent',
    'space': 'As for group:'), not a plural, a form in -ing or a field's English label ('dogs', 'parking',
    'delivery'), nor words with their article ('the terrace', 'your dog')."""
    word = about.strip()
    if not word or " " in word or word.endswith(("s", "ing")):
        return False
    return word.lower() not in english_labels()


class EnglishAnswers(DraftBase):
    """English questions answered from the profile."""

    def _english_words(self, question: str) -> list[str]:
        """The words an English question is matched on: its lemmas that are no English function words, and
        the Dutch words its own words stand for (resources/synonyms.toml [english_asked]: "men's hair" → heer,
        'to park' → parkeren), which the Dutch lemmatiser drops or keeps in English."""
        words = [w for w in self._lemmas_of(question) if w not in ENGLISH]
        return words + [w for w in english_asked_words(question) if w not in words]

    def _fields_asked(self, question: str) -> set[str]:
        """The question topics (profile fields) an English question names, by its words made Dutch and the English
        field words (draft_english_complaint.fields_named); not the parking when it asks to charge a battery and the
        parking fact names no charging (draft_bikes.charge_unanswered): that question stays open for the owner."""
        said = set(same_words(self._english_words(question))) | fields_named(question)
        said |= {"bezorging"} if ASKS_DELIVERY.search(question) else set()  # 'can you bring them to our house?'
        if "parkeren" in said and charge_unanswered(question, self.profile.value("parking")):
            said.discard("parkeren")
        return said

    def _english_hours(self, text: str, seed: str) -> str:
        """An English question about opening hours in English: the one weekday it names, closed ('Sorry, we are closed
        on Sundays.') with the last open day before it, or open with its hours; else the whole opening hours in English
        and a closing in the month asked; '' when it asks something else, a FAQ entry answers it, or no English."""
        hours = self.profile.value("opening_hours").rstrip(".")
        asked = " ".join(question_sentences(text)) or text
        if not hours or not ABOUT_HOURS.search(asked) or ABOUT_HOURS_NOT.search(asked):
            return ""
        found = self._english_faq(text)
        if found and found[1] >= _ENGLISH_FAQ:
            return ""
        named = {m.group(1).lower() for m in EN_DAY.finditer(text)}
        # 'are you open on monday? ... leaving tuesday afternoon': the day the question names, the other one the
        # writer is still around
        in_question = {m.group(1).lower() for m in EN_DAY.finditer(asked)}
        other = named - in_question if len(in_question) == 1 else set()
        named = in_question if len(in_question) == 1 else named
        if len(named) == 1:
            day = week_days()[_EN_WEEK.index(named.pop())]
            if closed_on(hours, day) or left_out(hours, day):
                return self._english_closed_day(day, seed, other)
            times = hours_on(hours, day).removeprefix(day).strip()
            until = CLOSES_AT.search(times)
            if until and ASKS_UNTIL.search(asked):  # 'What time do you close on Saturday?': no 'Yes,'
                return self._line("english", "day_until", seed, {"feestdag": _english_day(day), "waarde": until[1]})
            if times:  # '11.30–22.00 (kitchen 12.00–14.00 and 18.00–21.30)', no 'keuken' left in
                day_said = english_hours(times) or times
                # 'vanaf 11.30; keuken 11.30–14.00 en 18.00–21.30' for someone coming to eat: the kitchen's hours too,
                # and no 'Good news' when the time the writer comes lies outside them
                kitchen, kitchen_shut = kitchen_hours(text, hours, times, english_hours)
                values = {"feestdag": _english_day(day), "waarde": f"{day_said} ({kitchen})" if kitchen else day_said}
                if kitchen_shut:
                    values = {**values, "waarde": day_said, "tweede": kitchen.removeprefix("kitchen ")}
                    return self._line("english", "kitchen_shut", seed, values)
                return self._line("english", "holiday_open", seed, values)
        said = english_hours(hours) and self._line("english", "hours", seed, {"waarde": english_hours(hours)})
        shut = month_shut(self.profile.holiday_entries(), asked)  # 'open in July?' and closed part of it
        return " ".join(p for p in (said, shut and self._line("english", "closed_span", seed, {"waarde": shut})) if p)

    def _english_closed_day(self, day: str, seed: str, other: set[str] | frozenset[str] = frozenset()) -> str:
        """'Sorry, we are closed on Sundays. On Saturday we are open 9:00–16:00, if that suits you.' for a weekday
        the opening hours keep closed, with the last open day before it, or the writer's other day (``other``, an
        English weekday) when that one is open; '' when the hours open that day."""
        hours = self.profile.value("opening_hours").rstrip(".")
        if not (closed_on(hours, day) or left_out(hours, day)):
            return ""
        said = self._line("english", "holiday_closed", seed, {"feestdag": f"{_english_day(day)}s"})
        season = self._english_season_day(day, seed)  # 'zomervakantie: elke dag open, ook maandag en dinsdag'
        if season:  # the writer may come in that period: no other day offered instead
            return f"{said} {season}"
        before, times = open_day_before(hours, day)
        if len(other) == 1:  # the writer's other day, when it is open
            then = week_days()[_EN_WEEK.index(next(iter(other)))]
            then_times = hours_on(hours, then).removeprefix(then).strip()
            if then_times and not closed_on(hours, then):
                before, times = then, then_times
        values = {"feestdag": _english_day(before), "waarde": english_hours(times) or times.replace(" en ", " and ")}
        return f"{said} {self._line('english', 'open_before', seed, values)}" if before else said

    def _english_season_day(self, day: str, seed: str) -> str:
        """'During the summer holidays we are open on Mondays as well.' (with its times when the profile gives
        them) for a weekday the opening hours close that a holiday period opens (draft_season_day); '' when none
        does or the period's name cannot be said in English."""
        found = season_day(self.profile.holiday_entries(), day)
        period = english_period(found.name) if found is not None else ""
        if found is None or not period:
            return ""
        span = english_span(found.span)  # '16–24 oktober' → '16–24 October'; left out when not all English
        when = f"{period} ({span})" if span else period
        line = self._line(
            "english", "season_day_open", seed, {"feestdag_hoofd": when, "feestdag": f"{_english_day(day)}s"}
        )
        times = " and ".join(found.times)
        return f"{line.rstrip('.')}: {times}." if times else line

    def _english_ready(self, text: str) -> str:
        """An answer the profile gives already in English (the drafter fills this in for holidays)."""
        return ""

    def _english_known(self, text: str) -> str:
        """The answer from the profile to an English question: a FAQ entry matched on the question's
        words made Dutch by resources/synonyms.toml ('rent out bikes' ~ 'Verhuur je ook fietsen?'), else the
        profile field a word names ('parking' → parkeren); '' when the profile has none."""
        found = self._english_faq(text)
        if found and found[1] >= _ENGLISH_FAQ:
            return found[0]
        asked = _asking(text)
        said = self._fields_asked(asked[0])
        topic = next((q for q in self.t.question_topics if q.id in said and self.profile.value(q.field)), None)
        if topic is None:
            return ""
        value = self.profile.value(topic.field).strip()
        # said in English when every word is known ('pinnen en contant' → 'debit card and cash')
        return (
            (english_clauses(value.rstrip(".")) or value)
            if topic.field != "opening_hours"
            else self._dated(asked[0])[1] or value
        )

    def _english_group(self, text: str, parts: list[Part], seed: str) -> Part | None:
        """'With 9 of you, it is best to book ahead: ...' for a group an English comment names (draft_english_group),
        when the draft's ``parts`` say nothing of booking; None otherwise."""
        group = group_book(self.profile, text, " ".join(p.text for p in parts))
        return Part("group", self._line("english", "group_book", seed, group), False) if group else None

    def _dated(self, question: str) -> tuple[str, str]:
        """(the day as the writer named it, what the profile's holidays say of it) for an English question about the
        hours on a day inside a period the holidays hold and say something of that day alone ('open for lunch on 1
        November?' ~ 'herfstvakantie (...): extra open di 31 oktober en wo 1 november 's middags, met een
        lunchmenu' → ('1 November', '1 november: extra open 's middags, met een lunchmenu')); ('', '') otherwise."""
        entries = self.profile.holiday_entries()
        for said, day in english_days_named(question):
            told = day_in_period(entries, day)
            if told:
                return said, f"{day[:1].upper()}{day[1:]}: {told}"
        return "", ""

    def _english_faq(self, text: str) -> tuple[str, float, str] | None:
        """The FAQ entry that best matches an English question's words made Dutch; when the whole question
        matches none, its words the FAQ itself uses: 'Visiting next weekend with my partner who's vegan. Do
        you have anything for her?' is about 'vegan' (the rest are English words no Dutch FAQ holds)."""
        if not self.profile.faq:
            return None
        asked = _asking(text)
        # 'Can I walk in for a men's haircut without appointment?': the entry about coming without one
        walk_in = walk_in_entry(asked[0], [f.question for f in self.profile.faq])
        if walk_in >= 0:
            item = self.profile.faq[walk_in]
            return item.answer, 1.0, item.question
        group = ["groep"] if group_size(text) else []  # 'We'd like to come with 12 people'
        # 'something for a 6-year-old': a child ('kind'), as the FAQ names it ('Hebben jullie een kindermenu?')
        # 'Do you cut men's hair? How much?': the price of what the first question asks about
        after = english_asked_words(asked[1]) if len(asked) > 1 and _FOLLOW_UP.match(asked[1]) else []
        words = [_AGED.sub("kind", w) for w in self._english_words(asked[0])] + group + after
        found = match_faq(words, self.profile, self._lemmas_of)
        if found is not None and change_unasked(asked[0], found[2]):
            found = None  # 'without an appointment' is not answered by 'Kan ik mijn afspraak annuleren?'
        kind = " ".join((asked[0], *words))  # 'any vegan bread?' ~ 'Hebben jullie glutenvrij brood?': another kind
        if found is not None and found[1] >= _ENGLISH_FAQ and not other_deal(asked[0], found[2]):
            # (not 'Verhuurt u fietsen?' for 'sell kids' bikes'); an entry whose answer names the kind asked answers it
            return None if other_kind(kind, f"{found[2]} {found[0]}") else found
        used = key_words(" ".join(f"{f.question} {f.answer}" for f in self.profile.faq), self._lemmas_of)
        focus = [w for w in words if key_words(w, self._lemmas_of) & used]
        # 'Do you take cash?' names a profile field (payment): the question is about it, not about what else
        # the comment says ('do we need to book' ~ the group FAQ's 'reserveer')
        fielded = set(same_words(words)) & {q.id for q in self.t.question_topics if self.profile.value(q.field)}
        if not focus and not ABOUT_HOURS.search(asked[0]) and not fielded:
            # 'We only eat halal. Anything for us tonight?': what it is, was said before the question ('Are
            # you open?' asks the hours, whatever else was said)
            words = [w for w in self._lemmas_of(text) if w not in ENGLISH]
            focus = [w for w in words if key_words(w, self._lemmas_of) & used]
        narrow = match_faq(focus, self.profile, self._lemmas_of) if 0 < len(focus) < len(words) else None
        chosen = narrow if narrow is not None and narrow[1] >= _ENGLISH_FAQ else found
        if chosen is not None and other_kind(kind, f"{chosen[2]} {chosen[0]}"):
            return None
        if chosen is not None and deal_unsaid(asking_part(asked[0]), f"{chosen[2]} {chosen[0]}"):
            return None  # 'can I rent a gravel bike?' ~ 'Kan ik een fiets leasen via mijn werk?': not about renting
        if chosen is not None and self._free_unsaid(asked[0], f"{chosen[2]} {chosen[0]}"):
            return None  # 'Is the stew gluten free?' ~ 'hertenstoof met kroketten € 28,50': not whether it is
        return checked(chosen, asked[0], *self._by)

    def _free_unsaid(self, question: str, entry: str) -> bool:
        """Whether an English question asks for a thing free of something ('Is the stew gluten free?', 'anything
        dairy-free', 'a cake without nuts') that a FAQ entry nowhere names, in the writer's word or its Dutch one
        ('gluten', 'zuivel'): the entry answers another question about that thing (draft_asked.misses_without)."""
        freed = [m.group(1) or m.group(2) for m in _EN_FREE.finditer(question)]
        said = [[w, *(d for d in self._english_words(w) if len(d) >= 4)] for w in freed]
        return bool(said) and all(
            all(misses_without(f"iets zonder {d}", entry, self._lemmas_of) for d in words) for words in said
        )

    def _english_more(
        self, text: str, seed: str, said_already: str = "", *, days: bool = True
    ) -> list[tuple[str, bool]]:
        """(a line, whether it keeps Dutch) for each further English question, also one joined by 'and' in the
        same sentence ('Do you work with lease bikes, and can you deliver to Budel?'): the answer the profile
        has (:meth:`_english_more_one`); at most two. ``days`` False leaves out a question about the opening
        hours or a holiday, which is answered apart."""
        first = self._english_known(text)
        # ('Are you open on Easter Monday, and do you have anything vegan?': when the first answer is the holiday's,
        # the FAQ entry the whole text matches answers the question it fits)
        ready = self._english_ready(text) if days and first else ""
        first = "" if ready and THANKS_LEAD.sub("", ready) in said_already else first
        lines: list[tuple[str, bool]] = []
        questions = english_questions(text)
        for question in questions[1:]:
            if not days and (asks_hours(question) or self._english_ready(asking_part(question))):
                continue
            said = " ".join([said_already, *(line for line, _ in lines)])
            asked = self._follow_up_of(question, questions[0], text)
            line, dutch = self._english_more_one(asked, first, seed, text, said)
            if line and all(line != other for other, _ in lines):
                lines.append((line, dutch))
            # 'And could you fix a flat on a Sunday?' and the hours close on Sundays: said, whatever else answers it
            closed = self._closed_day_asked(question, seed) if days else ""
            if closed and closed not in said and all(closed != other for other, _ in lines):
                lines.append((closed, False))
        return lines[:2]

    def _follow_up_of(self, question: str, previous: str, text: str) -> str:
        """A follow-up that asks the price or time of what the question before it asks about ('..., and how much
        does it cost?'), with that question's words the first answer's FAQ question does not hold ('men's haircut'
        after 'Can I walk in ... without appointment?' answered by 'Kan ik zonder afspraak komen?'), so the entry
        for that thing answers it; the question as it is otherwise."""
        found = self._english_faq(text) if _FOLLOW_UP.match(question) else None
        if found is None:
            return question
        answered = key_words(found[2], self._lemmas_of)
        # (its Dutch words only: the English ones may ask again what was answered, 'walk in without appointment')
        extra = [w for w in english_asked_words(previous) if not key_words(w, self._lemmas_of) & answered]
        return f"{question.rstrip(' ?')} {' '.join(extra)}?" if extra else question

    def _closed_day_asked(self, question: str, seed: str) -> str:
        """The closed-day line (:meth:`_english_closed_day`) for a further question that names one weekday the
        opening hours keep closed ('could you fix a flat on a Sunday?'); '' else."""
        named = {m.group(1).lower() for m in EN_DAY.finditer(question)}
        if len(named) != 1 or not self.profile.value("opening_hours").strip():
            return ""
        return self._english_closed_day(week_days()[_EN_WEEK.index(named.pop())], seed)

    def _english_open(self, text: str, answered: str = "") -> list[str]:
        """The further English questions (after the first) the profile has nothing on: no field it names has a
        value, no FAQ entry matches it, it is not about the hours or a day ('Is the terrace covered when it
        rains?'); each gets an open slot that names it instead of being left out. Not a follow-up about the price
        or the time of the first ('How much?'), which the first answer holds, nor one whose words the answer so
        far (``answered``) has ('do you offer a set menu?' after '... serveren we een vast groepsmenu')."""
        found = []
        for question in english_questions(text)[1:]:
            if _FOLLOW_UP.match(question) or asks_hours(question) or self._english_ready(asking_part(question)):
                continue
            words = [w for w in self._english_words(question) if len(w) > 3 and w not in ENGLISH]
            if any(w in normalise(answered) for w in words):
                continue
            said = self._fields_asked(question)
            if any(q.id in said and self.profile.value(q.field) for q in self.t.question_topics):
                continue
            faq = self._english_faq(question)
            if faq is None or faq[1] < _ENGLISH_FAQ:
                found.append(question)
        return found

    def _english_more_one(self, question: str, first: str, seed: str, text: str, said_already: str) -> tuple[str, bool]:
        """(a line, whether it keeps Dutch) for one further English question a profile field answers ('And can
        we pay by credit card?' → 'And about paying: debit card, credit card and cash.'); the field in
        English when all its words are known (payment, opening hours), else as the profile says it. A further
        question a FAQ entry answers ('And can we bring our dog inside?' ~ 'Zijn honden welkom?') gets that
        entry's yes or no in its own words. Nothing when the answer so far (``said_already``) holds it: 'Is it
        wheelchair accessible? And is there an accessible toilet?' are answered by one field."""
        # the field named as the first question names it ('is there somewhere to park my car' → parkeren)
        said = self._fields_asked(question)
        topic = next((q for q in self.t.question_topics if q.id in said and self.profile.value(q.field)), None)
        label = english_label(topic.id) if topic is not None else ""
        if topic is None or not label:
            return self._english_faq_more(question, first, seed, text)
        value = self.profile.value(topic.field).strip().rstrip(".")
        day, told = self._dated(question) if topic.field == "opening_hours" else ("", "")
        if told:  # 'and are you open for lunch on 1 November?': what the holidays say of that day, not the week
            return (
                ("", False)
                if told in said_already
                else (
                    self._line("english", "also_dutch", seed, {"onderwerp": day, "antwoord": told.split(": ", 1)[-1]}),
                    True,
                )
            )
        hours = self._english_hours(text, seed) if topic.field == "opening_hours" else ""
        if value in said_already or (hours and THANKS_LEAD.sub("", hours) in said_already):
            return "", False  # (the hours answer said already: 'closed on Mondays', not all the hours again)
        english = english_hours(value) if topic.field == "opening_hours" else english_clauses(value)
        if english and english in said_already:
            return "", False
        part, dutch = ("", "") if english else english_split(value, said_part)
        if part:  # 'ma–za 9:00–18:00; van april tot oktober ook zo (alleen verhuur)': the days in English, the rest not
            values = {"onderwerp": label, "antwoord": part, "waarde": dutch}
            return self._line("english", "also_part", seed, values), True
        values = {"onderwerp": label, "antwoord": english or value}
        return self._line("english", "also" if english else "also_dutch", seed, values), not english

    def _english_faq_more(self, question: str, first: str, seed: str, text: str) -> tuple[str, bool]:
        """(a line, whether it keeps Dutch) for a further English question a FAQ entry other than the first
        answer (``first``) answers: its yes or no in the question's words, else the entry as the profile
        says it; ('', False) when no entry matches it well, or the entry is for a group and the comment
        (``text``) names none ('in town with 3 friends ... can we book a table?')."""
        found = self._english_faq(question)
        if found is None or found[1] < _ENGLISH_FAQ or found[0] == first:
            return "", False
        if any(w.startswith("groep") for w in normalise(found[2]).split()) and not group_size(text):
            return "", False
        said, dutch = self._english_said(question, found[0], seed)
        if said:
            return said, dutch
        values = {"onderwerp": self._english_about(question) or "your other question", "antwoord": found[0].rstrip(".")}
        return self._line("english", "also_dutch", seed, values), True

    def _english_about(self, text: str) -> str:
        """What an English question asks about, as the reply names it: the words of the question
        ('cargo bikes'), else the English label of the profile field it asks for ('wheelchair access')."""
        asked = english_asked_about(text)
        if asked:
            return asked
        question = _asking(text)[0]
        said = set(same_words(self._english_words(question)))
        return next((english_label(q.id) for q in self.t.question_topics if q.id in said and english_label(q.id)), "")

    def _english_thing(self, text: str) -> str:
        """The thing of the first English question the FAQ entry that answers it names, as the writer wrote it:
        'Can we book a table on the terrace, with our dog Max?' and 'Mag de hond mee?' → 'your dog Max'; ''
        when no word of the question is in the entry's question."""
        found = self._english_faq(text)
        if found is None:
            return ""
        question = _asking(text)[0]
        wanted = set(same_words(self._lemmas_of(found[2])))
        words = re.findall(r"[\w'’-]+", question)
        for i, word in enumerate(words):
            dutch = same_words([word])[0]
            if word.lower() in ENGLISH or dutch == word.lower() or dutch not in wanted:
                continue
            start = i - 1 if i and words[i - 1].lower() in YOURS else i
            end = i + 2 if i + 1 < len(words) and words[i + 1][:1].isupper() else i + 1
            return " ".join(YOURS.get(w.lower(), w) for w in words[start:end])
        return ""

    def _english_said(self, text: str, known: str, seed: str) -> tuple[str, bool]:
        """The profile's yes or no to a short English yes/no question, said in the question's own
        words: 'Do you repair e-bikes?' and 'Ja, we repareren ...' → 'Yes, we repair e-bikes!';
        '' when the question has another shape or the Dutch answer does not start with yes or no.
        The flag says whether the Dutch rest stayed in it (it holds a number)."""
        question = _asking(text)[0]
        found = YES_NO_QUESTION.search(question)
        lead = YES_NO.match(known)
        faq = self._english_faq(text)
        words = self._english_words(question)
        if (
            found is None
            or re.search(r"\bor\b", found.group("rest"), re.I)  # 'yourself or from a factory?' asks which
            or lead is None
            or faq is None
            or faq[0] != known
            or not asks_faq_topic(words, faq[2], self._lemmas_of)
        ):
            # a profile field ('creditcard vanaf € 50') is no plain yes or no, and an answer matched on
            # one of its words ('vegetarisch ja; vegan op aanvraag') may say yes to something else
            return "", False
        yes = not lead.group(1).lower().startswith("n")
        alone = self.tone.voice == "ik"
        aux, who = (found.group("aux") or found.group("be")).lower(), (found.group("who") or "").lower()
        thing = found.group("thing")
        if thing:  # 'Are dogs welcome inside?' → 'dogs are welcome inside'
            who = " ".join(OURS.get(w.lower(), ("", ""))[0 if alone else 1] or w.lower() for w in thing.split())
        # 'Do you rent city bikes and how much per day?': a second question fused on is not said back as done
        # ('I rent city bikes and how much per day!'); the yes says the first, the profile's answer the second
        fused = _FUSED_QUESTION.search(found.group("rest"))
        statement = as_statement(aux, who, found.group("rest")[: fused.start() if fused else None], yes, alone=alone)
        rest = known[lead.end() :].strip().rstrip(".")
        # or what else the comment says is in it ('one of us is vegan' ~ '... veganistisch maken'; 'My Stromer' is of
        # a brand: '... van alle merken')
        besides = asked_words(text.replace(question, " "), self._lemmas_of) - key_words(question, self._lemmas_of)
        # ('Do you have anything vegan?': what there is, the rest of the answer, is the answer)
        open_any = _OPEN_ANY.search(found.group("rest")) is not None
        if has_detail(rest) or fused or open_any or besides & key_words(rest, self._lemmas_of):
            # a price, an age, a time, a day: a fact the writer needs stays in, for the owner to put in English; its
            # days, months, prices and times in English when the rest of it can stay quoted apart (english_split)
            part, dutch = english_split(rest, said_part)
            if part:
                values = {"antwoord": statement, "tweede": part[:1].upper() + part[1:], "waarde": dutch}
                return self._line("english", "said_yes_part" if yes else "said_no_part", seed, values), True
            values = {"antwoord": statement, "waarde": rest}
            return self._line("english", "said_yes_more" if yes else "said_no_more", seed, values), True
        return self._line("english", "said_yes" if yes else "said_no", seed, {"antwoord": statement}), False

    def _english_lead(self, known: str, asked: str, seed: str) -> tuple[str, bool]:
        """'Yes!' or 'Sorry, no.' when the Dutch answer starts so, then the answer to put in English; with
        whether it stayed Dutch (a field said in English already, 'debit card and cash', is not quoted as Dutch)."""
        # the English lead says yes or no already: 'Ja, al ons vlees is halal' → 'al ons vlees is halal'
        said = YES_NO.match(known)
        key = "answer" if said is None else ("answer_no" if said.group(1).lower().startswith("n") else "answer_yes")
        asked = "" if bare_noun(asked) else asked  # 'As for group:', 'help you with rent': no topic said
        rest = known[said.end() :] if said else known
        fields = (self.profile.value(q.field).strip().rstrip(".") for q in self.t.question_topics)
        ready = known.rstrip(".") in {english_clauses(v) for v in fields if v} - {""}  # made English already
        english = known.rstrip(".") if ready else english_clauses((rest or known).strip().rstrip("."))
        english = with_phone(english, self.profile.phone)  # 'book by phone' with the number to call
        if english:  # every word known ('op het terras en in de bar; niet in de serre'): no Dutch quote
            values = {"onderwerp": asked, "antwoord": english}
            return self._line("english", f"{key}_en" if asked else f"{key}_en_plain", seed, values), False
        part, dutch = english_split((rest or known).strip(), said_part)
        if part:  # 'Van april t/m september: tandem € 35 per dag. Reserveren via de website': the days and prices
            values = {"onderwerp": asked or "that", "antwoord": part[:1].upper() + part[1:], "waarde": dutch}
            return self._line("english", f"{key}_part", seed, values), True
        values = {"onderwerp": asked or "that", "antwoord": (rest or known).rstrip(".")}
        return self._line("english", key, seed, values), True
