"""More of the rumour set straight (RumourDrafting builds on it): a weekday said closed from a time to come that the
hours and holidays refute, a season said closed that the hours close only one weekday, a sorry for a closed door
without a notice, the FAQ on what a rumour says is gone, and a closing rumour without its words of stopping."""

from __future__ import annotations

import re

from app.domain import draft_rumour_denies
from app.domain.draft_claims import claim_of
from app.domain.draft_cues import closed_said, draft_cues
from app.domain.draft_day_parts import part_of_day_open
from app.domain.draft_days import hours_on
from app.domain.draft_extras import AnswerExtras
from app.domain.draft_facts import key_words
from app.domain.draft_faq_covers import faq_covers
from app.domain.draft_holiday_lines import closed_line
from app.domain.draft_rumour_cues import _CLOCK, _SAYS_CLOSED
from app.domain.draft_seasons import season_day_shut
from app.domain.draft_text import Part
from app.domain.draft_word_match import similar
from app.domain.draft_yes_lead import YES_LEAD
from app.domain.textnorm import normalise, sentences
from app.domain.topics import TopicAnalysis
from app.domain.words import MONTH_WORDS

# What the writer booked ('een bikefit geboekt voor januari', 'onze fietsen gereserveerd voor Pasen').
_BOOKED = re.compile(
    r"\b(?:een|mijn|m'n|onze|ons|de|het)\s+(?P<ding>[\w-]{3,})\s+(?:\w+\s+){0,2}?"
    r"(?:geboekt|gereserveerd|besteld|vastgelegd|ingepland)\b(?:\s+(?P<wanneer>voor\s+\w+))?",
    re.I,
)
# What the writer already has booked, said by the booking itself ('mijn afspraken tot juni', 'onze reservatie voor
# Pasen', 'm'n knipafspraak in maart'): a booking noun after a possessive, with when it is.
_BOOKING = re.compile(
    r"\b(?:mijn|m'n|mn|onze|ons)\s+(?P<ding>[\w-]*(?:afspraak|afspraken|reservering|reserveringen|reservatie|"
    r"reservaties|boeking|boekingen))\b(?:\s+(?P<wanneer>(?:voor|tot|in|op|na)\s+[\w-]+))?",
    re.I,
)

# A percentage off: '-40%', '40 % korting', '30% af'.
_PERCENT_OFF = re.compile(r"(?:^|\s)-\s?\d{1,2}\s?%|\b\d{1,2}\s?%\s*(?:korting|af|minder)\b", re.I)
# A clause that tells of the writer or their people ('Mijn schoonmoeder kan ...', 'Wij kunnen ...'), not a claim.
_OWN_SIDE = re.compile(r"^\W*(?:ik|wij|we|mijn|m'n|mn|onze|ons)\b", re.I)
# From a month or a period still to come: 'vanaf juni', 'vanaf de herfstvakantie', 'na het verlof', 'na de kermis'.
_FROM_WHEN = re.compile(
    rf"\b(?:na|vanaf|per|tegen)\s+(?:(?:de|het|begin|half|eind)\s+)?"
    rf"(?P<wanneer>{MONTH_WORDS}|\w*(?:vakantie|verlof|kermis|feestdagen))\b",
    re.I,
)
# What the writer says they would have to get elsewhere ('waar moeten we dan nog onze koffiekoeken halen', 'dan moet
# ik mijn zondagse pistolets ergens anders gaan halen'): the thing, as they name it.
_GET_ELSEWHERE = re.compile(
    r"\b(?:onze|ons|mijn|m'n|mn)\s+(?P<ding>(?:[^\W\d_]+\s+)?[^\W\d_]{3,})\s+(?:(?:\w+\s+){0,4}?)?"
    r"(?:ergens\s+anders|elders|anders)?\s*(?:gaan\s+|moeten\s+)?(?:halen|kopen|gaan\s+halen)\b",
    re.I,
)

# A closed door without a word on it ('er hangt niks op de deur', 'geen briefje aan de deur', 'nergens aangekondigd'):
# a lapse of the business that fed the rumour.
_NO_NOTICE = re.compile(
    r"\b(?:niks|niets|geen\s+(?:enkel\s+)?(?:briefje|briefke|bericht|mededeling|papiertje|bordje|aankondiging))\b"
    r"[^.!?]{0,25}?\b(?:op|aan|in)\s+(?:de|het)\s+(?:deur|ruit|raam|etalage|venster)\b"
    r"|\bnergens\s+(?:\w+\s+)?(?:aangekondigd|gemeld|vermeld|gecommuniceerd)\b",
    re.I,
)


class RumourMore(AnswerExtras):
    def _day_stays_open(self, topics: TopicAnalysis, text: str, seed: str) -> str:
        """'Dat klopt niet: op zondag blijven we gewoon open, 6.30–13.00.' for a rumour that the business closes on a
        weekday from a time still to come ('vanaf juni op zondag dicht', 'na de herfstvakantie op zondag toe') while
        the hours open that day and no holiday line says it is closed on it; '' otherwise: no such rumour, a clock
        time in it, a closing down, or a holiday line that closes on that weekday (a change the owner may mean)."""
        if topics.closure or not _SAYS_CLOSED.search(text) or _CLOCK.search(text):
            return ""
        # the time it starts is one the profile's holidays speak of ('vanaf juni' ~ 'Pinksteren zondag 5 juni: open';
        # 'na de herfstvakantie' ~ 'Herfstvakantie: gewoon open'): they would say a change then; not 'vanaf volgend
        # jaar' or a month they do not reach, of which today's hours tell nothing
        start = _FROM_WHEN.search(text)
        if start is None or start.group("wanneer").lower() not in normalise(self.profile.holidays):
            return ""
        day = hours_on(self.profile.value("opening_hours"), " ".join((*topics.times, *topics.lemmas)))
        name, _, times = day.partition(" ")
        if not day or not times or not part_of_day_open(text, times):
            return ""
        for written, value in self.profile.holiday_entries():
            if re.search(rf"\b(?:{name}s?|{name[:2]})\b", f"{written} {value}", re.I) and closed_line(written, value):
                return ""  # 'vanaf 1 juni op zondag gesloten' in the profile itself: the owner says
        line = self._line("rumour", "hours_stay", seed, {"feestdag": name, "waarde": times})
        missed = _GET_ELSEWHERE.search(text)
        if missed is None:
            return line
        thing = missed.group("ding").strip()
        return f"{line} {self._line('rumour', 'still_here', seed, {'onderwerp': thing})}"

    def _season_day_shut(self, text: str, seed: str) -> str:
        """'Dat klopt niet: van november t/m maart zijn we alleen op zondag dicht; ma t/m za 9.00–18.00 gewoon open.'
        for a rumour of a long closing in months ('vanaf november tot het voorjaar dicht') when the hours close only
        one weekday then; '' otherwise, and for a rumour that the business stops for good."""
        cues = draft_cues()
        if not (closed_said(text) or _SAYS_CLOSED.search(text) or re.search(r"\bdicht\w+", text, re.I)):
            return ""
        if cues.closing_down.search(text):
            return ""  # 'stopt ermee na de zomer': not a season's closing
        first, last, day, rest = season_day_shut(self.profile.value("opening_hours"), text)
        if not day:
            return ""
        values = {"naam": f"{first} t/m {last}", "feestdag": day, "waarde": rest}
        return self._line("rumour", "season_day_shut", seed, values)

    def _no_notice(self, correction: str, text: str, seed: str) -> list[Part]:
        """'Sorry dat er niets op de deur hing; ...' after a closing of the profile that explains a closed door the
        writer found without a word on it ('er hangt niks op de deur'); nothing for another correction or comment."""
        closing = correction.startswith(self._leads(("closure_holiday", "closure_holiday_back")))
        if not closing or _NO_NOTICE.search(text) is None:
            return []
        return [Part("no_notice", self._line("rumour", "no_notice", seed), True)]

    @staticmethod
    def _without_closing(topics: TopicAnalysis, text: str) -> str:
        """A closing rumour without its words of stopping ('Lien gaat stoppen en naar Spanje'), so they are not read
        as denying a thing the business does; unchanged for a rumour that it stops with one thing ('stopt met
        bezorgen') or that is no closing rumour."""
        if not topics.closure or draft_rumour_denies.stops_with(text):
            return text
        return draft_cues().closing_down.sub(" ", text)

    def _gone_asked(self, topics: TopicAnalysis, text: str, value: str) -> bool:
        """Whether a FAQ entry that asks about what the rumour's first denying sentence says is gone, and says yes to
        it ('Spijtig dat Mieke niet meer aan huis komt' ~ 'Komt u ook aan huis? Ja, ...'), is what the rumour is
        about rather than the profile fact ``value`` found for it, which names none of those words."""
        claim = claim_of(text) or text
        first = next((c for c in sentences(claim) if draft_rumour_denies.rumour_denies(c)), "")
        gone = draft_rumour_denies.gone_words(first, self._lemmas_of) - key_words(self.profile.name, self._lemmas_of)
        if not gone or any(similar(g, k) for g in gone for k in key_words(value, self._lemmas_of)):
            return False
        about = faq_covers(topics.lemmas, self.profile, self._lemmas_of, least=1, about=gone)
        return about is not None and YES_LEAD.match(about[1]) is not None

    def _booked(self, topics: TopicAnalysis, text: str, seed: str) -> list[Part]:
        """For a rumour that the business stops, what happens to what the writer already booked ('Ik heb net een
        bikefit geboekt voor januari' → 'En uw bikefit voor januari: [vul in: ...]') or holds (draft_cues.toml
        ``held``: 'nog een cadeaubon' → 'En je cadeaubon: [vul in: ...]'); nothing otherwise."""
        found = _BOOKED.search(text) if topics.closure else None
        held = draft_cues().held.search(text) if topics.closure and found is None else None
        if held is not None:  # 'Weet iemand hoe het dan zit met je cadeaubon?': whether it still holds
            word = held.group(0) if held.group(0)[1:2].isupper() else held.group(0).lower()
            return [Part("held", self._line("rumour", "held", seed, {"onderwerp": word}), True)]
        found = found or (_BOOKING.search(text) if topics.closure and held is None else None)
        if found is None:
            return []
        thing = " ".join(p for p in (found.group("ding"), found.group("wanneer")) if p)
        # 'mijn afspraken tot juni': 'gaan die gewoon door'
        many = found.group("ding").lower().endswith(("ken", "gen", "ties", "ngen"))
        key = "booked_many" if many else "booked"
        return [Part("booked", self._line("rumour", key, seed, {"onderwerp": thing}), True)]

    def _leads(self, keys: tuple[str, ...]) -> tuple[str, ...]:
        raise NotImplementedError  # how the [rumour] lines of keys begin, in RumourDrafting (_rumour_leads)
