"""Rumours set straight from the profile: the FAQ entry or the second profile fact a rumour is about, where and
when the business is for a rumour that rests on not seeing it, and who is welcome after a fact."""

from __future__ import annotations

import re

from app.domain import draft_asked as ask
from app.domain import draft_rumour_denies
from app.domain.draft_claims import claim_of, claim_parts, hearsay_of
from app.domain.draft_cues import draft_cues
from app.domain.draft_day_parts import every_part, open_in_part, part_of_day_open
from app.domain.draft_days import holiday_values, hours_on
from app.domain.draft_fact_score import FACT_FIELDS
from app.domain.draft_fact_words import fact_words, value_parts
from app.domain.draft_facts import is_clause, key_words
from app.domain.draft_faq_covers import faq_covers
from app.domain.draft_holiday_lines import closed_line, entry_span
from app.domain.draft_long_closed import closes_later, long_closed_said, span_to_month
from app.domain.draft_period_open import period_not_closed, period_open
from app.domain.draft_rumour_cues import (
    _CLOCK,
    _LATER,
    _MOVED_TO,
    _ONLY_WITH,
    _SAYS_CLOSED,
    _bought_elsewhere,
    _month_closed,
    claim_clauses,
    going_shut,
    moving_said,
    without_no,
    without_regret,
)
from app.domain.draft_rumour_denies import rumour_denies
from app.domain.draft_rumour_faq import RumourFaq
from app.domain.draft_rumour_more import _OWN_SIDE
from app.domain.draft_rumour_verdict import contradicts, takes_shorter
from app.domain.draft_span_open import open_in_span, open_on_feast
from app.domain.draft_text import Part
from app.domain.draft_word_match import similar
from app.domain.replies import number, render
from app.domain.textnorm import normalise
from app.domain.topics import Mention, TopicAnalysis
from app.domain.words import MONTH_WORDS, plural_people

# An answer that opens with its yes or no ('Ja, € 100 per fiets ...').


# The [rumour] lines that say themselves whether a rumour is right ('Dat klopt niet', 'Verhuizen? Nee hoor'): after a
# claim no opening goes before them ('Voor wie meeleest: zo zit het. Dat klopt niet.' reads twice over).
_OWN_LEAD = (
    "fact_wrong",
    "fact_wrong_plain",
    "fact_wrong_still",
    "fact_wrong_how",
    "fact_wrong_welcome",
    "still_held",
    "not_moving",
    "only_not",
    "faq",
    "closure_holiday",
    "closure_holiday_back",
    "closure_month",
    "month_open",
    "span_open",
    "product_held",
    "period_open",
    "period_open_except",
    "period_open_but",
    "period_no_closing",
    "period_open_said",
    "long_closed",
    "long_closed_partly",
    "long_closed_gone",
    "hours_wrong",
    "hours_stay",
    "season_day_shut",
    "part_open",
    "correction_claim_denied",
    "correction_said_denied",
)
# The lines with only a slot, that do not yet say whether the rumour is right: no opening that presumes it is wrong.
_OPEN_ENDED = ("correction", "correction_claim", "correction_said", "correction_closure", "moving_later")
# An accessibility field that says the business is not accessible, or only partly ('alleen via de trap').
_NOT_ACCESSIBLE = re.compile(
    r"\b(?:niet|helaas|alleen via (?:de |een )?trap|geen (?:lift|toegang|rolstoel\w*|invalidentoilet))\b", re.I
)
_ANY = dict.fromkeys(("feit", "vraag", "antwoord", "onderwerp", "naam", "waarde", "feestdag"), "\0")


def _repeats(line: str, said: str, run: int = 5) -> bool:
    """Whether ``line`` holds ``run`` words in a row that ``said`` holds too (a profile fact given twice)."""
    words, before = re.findall(r"\w+", line.lower()), " ".join(re.findall(r"\w+", said.lower()))
    return any(f" {' '.join(words[i : i + run])} " in f" {before} " for i in range(len(words) - run + 1))


class RumourDrafting(RumourFaq):
    def _rumour_leads(self, keys: tuple[str, ...]) -> tuple[str, ...]:
        """How the [rumour] lines of ``keys`` begin in this tone, up to their first value ('Dat klopt niet')."""
        lines = (
            render(line, self.tone, _ANY).split("\0")[0].strip() for k in keys for line in self.t.lines("rumour", k)
        )
        return tuple(lead for lead in lines if len(lead) >= 4)

    def _leads(self, keys: tuple[str, ...]) -> tuple[str, ...]:
        return self._rumour_leads(keys)

    def _rumour_opening(self, claim: str, first: Mention | None, known: bool, correction: str, seed: str) -> str:
        """The opening before a correction: none after a claim when the correction says itself that it is wrong
        ('Dat klopt niet, gelukkig: ...'); a neutral one ('Goed dat je het hier even meldt.') when only a slot
        follows, as the owner may yet say the rumour is true; else 'We zetten het graag even recht.'."""
        if claim and correction.startswith(self._rumour_leads(_OWN_LEAD)):
            return ""
        slot_first = correction.startswith(self._rumour_leads(("moving_later",)))  # a fact after the slot: still open
        neutral = (
            "_open" if (not known or slot_first) and correction.startswith(self._rumour_leads(_OPEN_ENDED)) else ""
        )
        if first is not None and not first.wished and not first.guessed and not known:
            return self._line("rumour", f"opening{claim}_about{neutral}", seed, {"onderwerp": first.definite})
        return self._line("rumour", f"opening{claim}{neutral}", seed)

    def _with_verdict(self, line: str, text: str, seed: str) -> str:
        """'Dat klopt niet.' before a fact that sets a rumour straight without saying it is wrong, when the fact
        contradicts what the rumour claims outright ('alleen nog met de pin, contant niet meer' ~ 'pinnen en
        contant'); the line unchanged when it already says whether the rumour is right, holds a slot, or the
        contrast is not explicit (a rumour may be partly true: the owner says so)."""
        # a rumour that also says the business is closed on a day ('alleen cash, en op maandag toe') has that
        # part set straight by the hours, or not: one verdict for the whole would say too much
        closed = _SAYS_CLOSED.search(text) or draft_cues().closed.search(text)
        if not line or "[vul in" in line or closed or line.startswith(self._rumour_leads(_OWN_LEAD)):
            return line
        claim = claim_of(text) or hearsay_of(text) or text
        elsewhere = _bought_elsewhere().search(claim) is not None
        # ('twee weken wachten, zelfs voor een lekke band' ~ 'Een lekke band maak ik terwijl u wacht'): a time said
        if not contradicts(claim, line, self.profile.name, self._lemmas_of, elsewhere) and not takes_shorter(
            claim, line, self._lemmas_of
        ):
            return line
        said = without_no(without_regret(line))  # not 'klopt niet. Nee.'
        return self._line("rumour", "fact_wrong", seed, {"feit": said[:1].upper() + said[1:]})

    def _hours_refuted(self, topics: TopicAnalysis, fact: str, text: str, seed: str) -> str:
        """'Dat klopt niet: op zondag zijn we gewoon open van 6:30 tot 13:00.' for a rumour that the business is
        closed on a day ('vanaf nu op zondag gesloten') its opening hours for that day ``fact`` refute; '' when the
        fact is not that day's hours, the rumour names a time of its own or a time still to come ('vanaf volgend
        jaar'), or the hours do not cover the part of the day it names."""
        day = hours_on(self.profile.value("opening_hours"), " ".join((*topics.times, *topics.lemmas)))
        if not day or fact.strip().rstrip(".") != day or not _SAYS_CLOSED.search(text) or _CLOCK.search(text):
            return ""
        if _LATER.search(text):
            return ""  # 'gaan dicht op zondag vanaf volgend jaar': today's hours do not say what comes then
        name, _, times = day.partition(" ")
        if not part_of_day_open(text, times):
            return ""  # 's avonds niet meer open' ~ 'donderdag 9:00–17:00': the hours do not refute it
        return self._line("rumour", "hours_wrong", seed, {"feestdag": name, "waarde": times})

    def _part_open(self, topics: TopicAnalysis, text: str, seed: str) -> str:
        """'Dat klopt niet: 's avonds ben ik gewoon open, op donderdag tot 20.00.' for a rumour that the business is
        no longer open at a part of the day ('s avonds niet meer open') that the hours of some weekday reach; ''
        when the rumour names a weekday (its hours answer it), a clock time, a time still to come, or closing
        down, or no day's hours reach that part (then it may be right: the owner says)."""
        if topics.closure or not _SAYS_CLOSED.search(text) or _CLOCK.search(text) or _LATER.search(text):
            return ""
        days = open_in_part(text, self.profile.value("opening_hours"))
        return self._line("rumour", "part_open", seed, {"onderwerp": every_part(text), "waarde": days}) if days else ""

    def _span_open(self, text: str, seed: str) -> str:
        """'Dat klopt niet: ... open op 27 december 8:30–15:00 en op 31 december 8:00–13:00.' for a rumour that the
        business is closed over a span of feast days in which the profile's holiday lines give hours; '' otherwise.
        A span from a day to a point in a month ('vanaf de Zwarte Cross tot eind augustus dicht') gets the closing
        the profile names in it (_long_closed), not the hours of its first day."""
        if span_to_month(text, self.profile) and (long := self._long_closed(text, seed)):
            return long
        if (period := period_open(text, self.profile)) is not None:  # 'de ganse herfstvakantie toe' ~ 'gewone uren'
            key = "period_open_except" if period[1] else "period_open"
            return self._line("rumour", key, seed, {"naam": period[0], "waarde": "; ".join(period[1])})
        if (but := period_not_closed(text, self.profile)) is not None:  # 'heel de zomer toe' ~ 'geen zomerverlof'
            return self._line("rumour", but[0], seed, {"naam": but[1], "waarde": but[2]})
        lines = open_in_span(text, self.profile) or open_on_feast(text, self.profile)  # 'met kerst dicht'
        found = [f"{holiday_values(d, self.profile)['feestdag']} {h}" for d, h in lines]
        if not found:
            return ""
        comma = "; " if any("," in f for f in found) else ", "  # '7:00–12:00, enkel afhalen; op 31 december ...'
        said = (
            f"{comma.join(found[:-1])}{comma if comma == '; ' else ' '}en {found[-1]}" if len(found) > 1 else found[0]
        )
        return self._line("rumour", "span_open", seed, {"waarde": said})

    def _month_closed(self, topics: TopicAnalysis, text: str, seed: str) -> str:
        """'Dat klopt niet: in oktober ben ik gewoon open, alleen op zaterdag 18 oktober dicht.' for a rumour that the
        business is closed a whole month ('de hele oktober dicht'), when the profile's holidays name only single days
        closed in that month; '' otherwise: no such rumour, no day of that month in the profile (it may not be kept
        up to date that far), or a closing of several days in it (then the rumour is partly right: the owner says)."""
        found = _month_closed().search(text)
        month = (found.group("maand") or found.group("maand2")).lower() if found else ""
        days = []
        for written, value in self.profile.holiday_entries() if month else ():
            if month not in f"{written} {value}".lower() or not closed_line(written, value):
                continue
            if entry_span(written, value)[1] or re.search(r"t/m|\btot\b|[–-]\s*\d", written):
                return ""  # 'jaarlijks verlof: 1 t/m 14 oktober gesloten': partly true
            days.append(written.strip())
        if not days:
            return ""
        key = "closure_month" if topics.closure or going_shut(text) else "month_open"
        return self._line("rumour", key, seed, {"naam": month, "waarde": " en ".join(days)})

    def _long_closed(self, text: str, seed: str) -> str:
        """'Dat klopt niet, zo lang zijn we niet dicht: 1 tot en met 5 januari dicht, ...' for a rumour of a long
        closing ('na nieuwjaar een hele maand dicht') the profile's holidays name shorter; '' otherwise."""
        days, partly = long_closed_said(text, self.profile)
        key = "long_closed_partly" if partly else "long_closed"  # 'heel januari toe' ~ '6 t/m 20 januari': partly
        cues = draft_cues()
        if cues.closing_down.search(text) and not cues.closing_down_not.search(text):
            key = "long_closed_gone"  # 'toch failliet? Zat weken dicht': the closing refutes it, 'gewoon open'
        if not days and (later := closes_later(text, self.profile.value("opening_hours"))):  # 'sluit al om 20u'
            return self._line("rumour", "closes_later", seed, later)
        return self._line("rumour", key, seed, {"waarde": days}) if days else ""

    def _unseen(self, topics: TopicAnalysis, text: str, seed: str) -> str:
        """Where and when the business is, from its opening hours, for a closing-down rumour that rests on not
        seeing it ('failliet, hun busje heb ik al weken niet gezien'); '' for any other rumour."""
        hours = (
            self.profile.value("opening_hours").rstrip(".")
            if topics.closure and draft_rumour_denies.unseen(text)
            else ""
        )
        return self._line("rumour", "closure_unseen", seed, {"waarde": hours}) if hours else ""

    def _claim_left(self, text: str, correction: str, seed: str) -> list[Part]:
        """'En ‘geen nieuwe fietsen meer inkopen’? [vul in: ...]' for a part of a closing rumour of two claims ('gaat
        dicht? geen nieuwe fietsen meer inkopen en de hele oktober dicht') that the profile's correction of the
        closing (``correction``) leaves unsaid: no word of that part is in it; [] when there is no correction, the
        rumour is not about closing (a fact there may answer the rest in other words), or every part is in it."""
        parts = claim_parts(claim_of(text) or hearsay_of(text)) if correction and going_shut(text) else ()
        said = key_words(correction, self._lemmas_of)
        left = [p for p in parts if not key_words(p, self._lemmas_of) & said]
        if not left or len(left) == len(parts):
            return []
        return [Part("claim_also", self._line("rumour", "claim_also", seed, {"vraag": left[0]}), True)]

    def _correction(
        self, topics: TopicAnalysis, seed: str, text: str = "", verdict: bool = True
    ) -> tuple[str, str, bool]:
        raise NotImplementedError  # the rumour set straight, in AnswerDrafting

    def _claims_apart(self, text: str, correction: str, seed: str) -> list[Part]:
        """Each other claim of a rumour of several ('op maandag dicht en ge kunt alleen nog cash betalen', 'via een
        app betalen? En 's woensdags dicht.') set straight on its own, when the profile does and the correction of
        the whole left it unsaid (most of its key words not in it); [] for a rumour of one claim."""
        # or that it moves ('verhuisd naar Bree en ... alleen nog verhuren': the address sets that part straight)
        every = claim_clauses(text)
        clauses = [c for c in every if rumour_denies(c) or _SAYS_CLOSED.search(c) or moving_said(c)]
        # ('... doet het niet meer': what is gone is named in the sentence before; the whole was set straight)
        clauses = [c for c in clauses if not draft_rumour_denies.refers_back(c)]
        # ('Mijn schoonmoeder kan niet meer tot in de salon': what the writer tells of their own, no claim)
        clauses = [c for c in clauses if not _OWN_SIDE.match(c)]
        # ('geen kinderen meer, ... en ge moet er nu alles cash betalen': the correction may be of the other claim)
        lines: list[str] = []
        for clause in clauses if correction and len(every) > 1 else []:
            line, _, known = self._correction(self._analysis(clause, None), seed, clause, verdict=False)
            said = " ".join([correction, *lines])
            new = key_words(line, self._lemmas_of) - key_words(said, self._lemmas_of)
            lead = next((x for x in self._rumour_leads(("fact_wrong", "fact_wrong_plain")) if line.startswith(x)), "")
            # a line that gives again a fact the correction gave ('2 tot en met 9 januari dicht') says nothing new
            if (
                known
                and line
                and 2 * len(new) > len(key_words(line, self._lemmas_of))
                and not _repeats(line[len(lead) :], said)
            ):
                # the correction said already that it is wrong: one 'Dat klopt niet' ('... cash. Een kinderknipbeurt')
                said_wrong = correction.startswith(self._rumour_leads(_OWN_LEAD))
                lines.append(line[len(lead) :].strip() if lead and said_wrong else line)
        return [Part("claim_also", line, True) for line in lines[:2]]

    def _welcomed(self, topics: TopicAnalysis, fact: str, text: str, seed: str) -> list[Part]:
        """'Je vader is van harte welkom.' after a fact for someone named ('Mijn vader zit in een rolstoel')."""
        who = ask.affected(topics.people, text, fact, self._lemmas_of) if fact else ""
        values = {"persoon": f"{self._poss} {who}".capitalize(), "meervoud": number(plural_people(who))}
        return [Part("welcome", self._line("question", "welcome", seed, values), False)] if who else []

    def _other_fact(self, topics: TopicAnalysis, first: str) -> tuple[str, str] | None:
        """A second subject of a rumour the profile fills ('niet eens pinnen en parkeren is onmogelijk':
        paying and parking), when the comment shares a key word with that field ('pinnen' ~ 'pinnen en
        contant'), so 'betalen om te parkeren' does not bring in how to pay."""
        said = key_words(" ".join(topics.lemmas), self._lemmas_of)
        for subject in topics.subjects:
            qt = next((q for q in self.t.question_topics if q.id == subject), None)
            value = self.profile.value(qt.field).rstrip(".") if qt is not None else ""
            if qt is None or not value or value == first or not said & key_words(value, self._lemmas_of):
                continue
            if qt.field == "opening_hours" and ask.TIMES.search(first):
                continue  # the hours of the day the rumour names were said: not the week's hours again
            return value, self._field_said(qt, value, "fact", value)
        return None

    def _rumour_fact(self, topics: TopicAnalysis, seed: str, text: str) -> tuple[str, str] | None:
        """(value, as said) of the profile fact a rumour is about, unless a FAQ entry is more what it is about."""
        fact = self._fact(topics, rumour=True)
        fact = self._part_named(fact, topics, seed) if fact else fact
        if fact and fact[0].strip().rstrip(".") == self.profile.value("accessibility").strip().rstrip("."):
            # 'met een rolstoel kom je niet binnen': the aid named with the fact, else 'restaurant en toilet zijn ...'
            fact = (fact[0], self._aid_access(fact[0], text, seed) or self._access_said(fact[0], seed) or fact[1])
        if fact and topics.closure and fact[0].strip().rstrip(".") == self._field_value("adres"):
            fact = None  # 'gaat sluiten en verhuist naar Duitsland': where the shop is now does not say it stays
        if fact and self._faq_closer(topics, fact[0]):
            fact = None  # 'versturen geen pralines meer, alleen nog afhalen': the FAQ on sending, not the pick-up
        if fact and self._gone_asked(topics, text, fact[0]):
            fact = None  # 'komt niet meer aan huis' ~ 'Komt u ook aan huis? Ja, ...', not the salon's access
        if fact is None and (named := self._named_fact(topics, text)):
            fact = (named, named)  # 'komt niet meer naar Brunssum': the part of the fact that names the place
        if fact is None and not topics.closure and moving_said(text) and (address := self._field_value("adres")):
            fact = (address, address)  # 'zijn ze verkast naar Kasterlee', however the topic finder read the verb
        if fact and self._owner_moves(fact[0], text):
            fact = None  # 'Lotte verkoopt de salon en verhuist naar Spanje': the address does not say she stays
        return self._only_not(self._not_moving(fact, text, seed), text, seed) if fact else fact

    def _aid_access(self, value: str, text: str, seed: str) -> str:
        """'Met een rolstoel kom je gewoon binnen: gelijkvloers via de zij-ingang.' for a rumour that names a mobility
        aid ('met een rolstoel kan je er niet in') when the accessibility field says the way in; '' when the rumour
        names no aid or the field says the business is not accessible ('alleen via de trap')."""
        said = normalise(text).split()
        aid = next((a for a in sorted(fact_words().mobility_aids) if a in said), "")
        if not aid or _NOT_ACCESSIBLE.search(value) or is_clause(value.strip().rstrip(".")):
            return ""  # (a sentence of its own, 'alle zalen zijn met een rolstoel bereikbaar', is said as it is)
        return self._line("rumour", "access_aid", seed, {"onderwerp": aid, "waarde": value.strip().rstrip(".")})

    def _part_named(self, fact: tuple[str, str], topics: TopicAnalysis, seed: str) -> tuple[str, str]:
        """Of a fact in parts ('Bancontact, Payconiq en cash; geen kredietkaart') without the parts that only say
        what is not done with something the rumour does not name ('geen kredietkaart' to 'nie meer met cash'), in
        the field's frame; unchanged when no part names what the rumour names, or none is such an aside."""
        value = fact[0].strip().rstrip(".")
        parts = value_parts(value)  # each with whether it says what is not done ('geen kredietkaart')
        asked = key_words(" ".join(topics.lemmas), self._lemmas_of)
        said = [p for p, _ in parts if key_words(p, self._lemmas_of) & asked]
        named = [(p, no) for p, no in parts if p in said or not no]
        field = next((q for q in self.t.question_topics if self._field_value(q.id) == value), None)
        if field is None or field.field == "opening_hours" or not said or len(named) == len(parts):
            return fact
        if all(no for _, no in named):
            return fact
        return fact[0], self._field_said(field, "; ".join(p for p, _ in named), "fact", seed)

    def _owner_moves(self, value: str, text: str) -> bool:
        """Whether a moving rumour is about a person of the business, not the business: it names one of the signers
        or the owner ('Iemand zei dat Lotte naar Spanje verhuist', 'de eigenaar gaat emigreren'), not only as part
        of the business's name, and the fact found is the address, which only says where the business is now."""
        if value.strip().rstrip(".") != self._field_value("adres") or not moving_said(text):
            return False
        names = {s.split()[0].lower() for s in self.profile.signers if s.strip()} | fact_words().owner_words
        # a signer's name inside the business's name ('Bloemen Ilse gaat verhuizen') is the business moving
        said = re.sub(re.escape(self.profile.name), " ", text, flags=re.I) if self.profile.name.strip() else text
        return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", said, re.I) for n in names)

    def _not_moving(self, fact: tuple[str, str], text: str, seed: str) -> tuple[str, str]:
        """The address said with the rumour it sets straight, for a rumour that the business moves ('gaat verhuizen
        naar Sint-Gillis' → 'We verhuizen niet: je vindt ons nog altijd op ...'); unchanged for another fact, another
        rumour, or when the place the rumour names is in the address (the business is there already)."""
        address = self._field_value("adres")
        if not address or fact[0].strip().rstrip(".") != address or not moving_said(text):
            return fact
        to = _MOVED_TO.search(text)
        if to is not None and to.group("waar").lower() in address.lower():
            return fact  # 'verhuisd naar de Markt?' ~ 'Markt 5': where it is now, said as the fact
        # ('verhuist in januari naar Gulpen', 'na de zomer'): where the business is now does not say it stays then
        when = rf"(?:{MONTH_WORDS}|(?:de|het)\s+(?:voorjaar|najaar|lente|zomer|herfst|winter))"
        later = _LATER.search(text) or re.search(rf"\b(?:in|eind|begin|na)\s+{when}\b", text, re.I)
        return fact[0], self._line("rumour", "moving_later" if later else "not_moving", seed, {"waarde": address})

    def _only_not(self, fact: tuple[str, str], text: str, seed: str) -> tuple[str, str]:
        """The ways to pay when they are other than the one a rumour says is the only one left ('alleen nog met hun
        eigen app betalen' ~ 'pinnen en contactloos'), with that way named: 'Alleen met een eigen app? Nee: ...'; not
        another fact ('alleen met de auto bereikbaar' ~ the parking: no way of getting there is denied by it)."""
        found = (
            _ONLY_WITH.search(text) if fact[0].strip() == self.profile.value("payment").strip().rstrip(".") else None
        )
        if found is None or re.search(rf"\b{re.escape(found.group('ding'))}", fact[0], re.I):
            return fact  # 'alleen nog met Tikkie' ~ 'pinnen en Tikkie': the fact names it too
        said = f"{'een eigen ' if found.group('eigen') else found.group('lidw') or ''}{found.group('ding')}"
        values = {"onderwerp": said, "feit": fact[1][:1].lower() + fact[1][1:]}
        return fact[0], self._line("rumour", "only_not", seed, values)

    def _field_value(self, subject: str) -> str:
        """The profile's value for a question topic ('adres' → 'Parade 30, Venlo'), '' when it has none."""
        qt = next((q for q in self.t.question_topics if q.id == subject), None)
        return self.profile.value(qt.field).strip().rstrip(".") if qt is not None else ""

    def _shared(self, words: set[str], text: str) -> set[str]:
        """The ``words`` that ``text`` names, by their key words."""
        said = key_words(text, self._lemmas_of)
        return {w for w in words if any(similar(w, k) for k in said)}

    def _faq_closer(self, topics: TopicAnalysis, value: str) -> bool:
        """Whether a FAQ entry is more what a rumour is about than the profile fact found for it: its question
        holds two of the rumour's words or more, more than the fact does ('versturen geen pralines meer, alleen
        nog afhalen' ~ 'Kan ik pralines laten versturen?', not the delivery terms that 'afhalen' names)."""
        covered = faq_covers(topics.lemmas, self.profile, self._lemmas_of)
        words = key_words(" ".join(topics.lemmas), self._lemmas_of)
        asked = self._shared(words, covered[0]) if covered is not None else set()
        return len(asked) >= 2 and len(asked) > len(self._shared(words, value))

    def _named_fact(self, topics: TopicAnalysis, text: str) -> str:
        """The part of a profile fact a rumour's claim names by two of its words or more, one of them a word no
        other fact or FAQ entry names ('komt niet meer naar Brunssum, alleen nog in Kerkrade' ~ 'ik kom aan huis
        in Kerkrade, Landgraaf, Brunssum en Simpelveld'), as a sentence; '' when none or more than one does, when
        a FAQ entry is what the rumour is about, and for a rumour that the business stops: no fact refutes that."""
        claim = claim_of(text)  # what the rumour says, not where the writer read it ('in de dokkumer fb groep')
        if not claim or topics.closure or faq_covers(topics.lemmas, self.profile, self._lemmas_of) is not None:
            return ""
        words = key_words(claim, self._lemmas_of) - key_words(self.profile.name, self._lemmas_of)
        others = [f"{f.question} {f.answer}" for f in self.profile.faq]
        values = {n: self.profile.value(n).strip().rstrip(".") for n in FACT_FIELDS if self.profile.value(n).strip()}
        found = []
        for name, value in values.items():
            held = self._shared(words, value)
            rest = [*others, *(v for n, v in values.items() if n != name)]
            own = {w for w in held if not any(self._shared({w}, r) for r in rest)}
            parts = [p.strip() for p in value.split(";") if len(self._shared(held, p)) >= 2]
            if len(held) >= 2 and own and len(parts) == 1:
                found.append(parts[0])
        return f"{found[0][:1].upper()}{found[0][1:]}." if len(found) == 1 else ""
