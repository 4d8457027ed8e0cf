"""The business profile: who signs, how we speak, and the facts replies may use."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from app.domain.period_words import period_said
from app.domain.radar_plan import CrisisPlan, PlanError
from app.domain.words import MONTH_WORDS, SHORT_WEEKDAYS, WEEKDAY_NAMES
from app.errors import ReageerwijzerError

REGISTERS = ("je", "u")
# Other names under which imported profiles carry holiday and closing days.
HOLIDAY_ALIASES = ("feestdagen", "sluitingsdagen", "closing_days", "holiday_hours", "special_hours")
VOICES = ("ik", "wij")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Where one part of ``holidays`` ends: a line break, ';', or the end of a sentence, a full stop after a word or a
# time ('gewoon open. Black Friday: …', 'lunch 12.00–15.00. Kerstavond: …') or a closing bracket ('(afhalen
# bestellingen). Paasmaandag: …') before a capital or ''s avonds'; not after an abbreviation of one letter
# ('p.p. Kinderen') or 'St.' ('St. Maarten').
# A part without ':' that names its day up to a date and then says what applies ('Kerstmis za 25 december
# 7.00–12.00', 'Zo 26 december gesloten', 'di 4 januari terug open'): split after the date.
# (also a date between brackets after the day's name, with or without its year: 'Eerste paasdag (zondag 9 april)
# alleen verhuur', 'Goede Vrijdag (7 april 2034) open')
_DATED_PART = re.compile(rf"^(?P<day>.*?\b\d{{1,2}} (?:{MONTH_WORDS})(?:\s+\d{{4}})?\)?)\s+(?P<value>\S.*)$", re.I)
# A span of days ('van 27 juli t/m 16 augustus', 'Ma 27 t/m do 30 december'): such a part is not split after a date.
_SPAN_IN = re.compile(r"t/m|\btot\b", re.I)
_SPAN_GOES_ON = re.compile(r"^(?:t/m|tot\b|[–-]|en\b|of\b)", re.I)
# A part that goes on with the line before it: it starts in lower case and says no day ('; reserveren aangeraden').
_GOES_ON = re.compile(r"^[a-zà-ÿ][^:]*$")
_NAMES_DAY = re.compile(rf"\d|\b(?:{MONTH_WORDS}|{'|'.join(WEEKDAY_NAMES)})\b", re.I)
# A weekday shortened ('do', 'vr.').
_SHORT_DAY = re.compile(rf"(?:{'|'.join(SHORT_WEEKDAYS)})\.?")
# Open or closed said ('kermis dicht', 'koningsdag open'): a part with it is a line of its own.
_OPEN_OR_SHUT = re.compile(r"\b(?:open|geopend|gesloten|dicht|toe|vanaf|tot)\b", re.I)


def _goes_on(part: str) -> bool:
    """Whether a part of ``holidays`` goes on with the line before it ('reserveren aangeraden'): in lower case,
    without ':', a day, a date, a feast ('nieuwjaarsdag gesloten') or open or closed ('kermis dicht')."""
    from app.domain.draft_span_open import feasts_in  # reads profiles itself

    if not _GOES_ON.match(part):
        return False
    if _NAMES_DAY.search(part) or _OPEN_OR_SHUT.search(part):
        return _orders_on(part)
    return not any(True for _ in feasts_in(part))


def _orders_on(part: str) -> bool:
    """Whether a part that names a day says how to order or fetch on the day before it ('bestellingen ophalen kan
    die dag niet, wel op vr 19 mei', 'moederdagtaartjes bestellen tot do 11 mei'): it starts with a thing or an
    order, not with a day, a date or a closing ('pakjesavond zo 5 december gesloten', 'verlof van 2 t/m 12
    januari'), and holds a word of ordering ahead or fetching (resources/fact_words.toml order_ahead, fetch_verbs)."""
    from app.domain.draft_fact_words import fact_words  # reads profiles itself
    from app.domain.draft_span_open import feasts_in

    first = part.split(maxsplit=1)[0].lower()
    words = fact_words()
    if _NAMES_DAY.match(first) or _SHORT_DAY.fullmatch(first) or first in {"van", "vanaf", "tot", "op", "in"}:
        return False
    if any(c in first for c in words.closed_names) or any(True for _ in feasts_in(first)):
        return False
    starts = (*words.order_ahead, *words.fetch_verbs)
    return any(w.startswith(s) for w in re.findall(r"[^\W\d_]+", part.lower()) for s in starts)


_HOLIDAY_PARTS = re.compile(r"[;\n]+|(?:(?<=\w\w)(?<!\bSt)(?<!\bst)|(?<=\w\)))\.\s+(?=[A-ZÀ-Ý'‘’])")
# A price per person that ends a sentence before the next line of days ('borrelbuffet vanaf € 27,50 p.p. Jaarlijkse
# sluiting maandag 8 t/m dinsdag 23 januari'): a new part only when what follows names a date of its own ('€32 p.p.
# Kinderen de helft' goes on).
_PER_PERSON_END = re.compile(rf"(?<=\bp\.p\.)\s+(?=[A-ZÀ-Ý][^.;]*?\b\d{{1,2}}\s+(?:{MONTH_WORDS})\b)", re.I)


class ProfileError(ReageerwijzerError):
    """A profile value that cannot be used."""


def _dated(part: str) -> tuple[str, str] | None:
    """(day, what applies) of a holiday part without ':' that names its day up to a date ('Zo 26 december gesloten');
    None when it has none or names a span of days, which the closings read whole ('van 27 juli t/m 16 augustus')."""
    dated = _DATED_PART.match(part)
    if dated is None or _SPAN_IN.search(dated["day"]) or _SPAN_GOES_ON.match(dated["value"]):
        return None
    if re.fullmatch(r"\([^()]*\)\W*", dated["value"]):
        # '..., dus ook woensdag 15 augustus (O.L.V.-Hemelvaart)': the date's name ends the part, which is read whole
        return None
    # 'Donderdag 21 juli (nationale feestdag) open met een feestmenu': the name between brackets is the day's own
    named = re.match(r"(\([^()]*\))\s*(\S.*)$", dated["value"])
    if named:
        return f"{dated['day']} {named.group(1)}", named.group(2)
    return dated["day"], dated["value"]


@dataclass
class FaqItem:
    question: str
    answer: str

    def to_dict(self) -> dict[str, str]:
        return {"question": self.question, "answer": self.answer}


@dataclass
class BusinessProfile:
    name: str = ""
    kind: str = ""  # e.g. "bakkerij"
    signers: list[str] = field(default_factory=list)  # first names that sign replies
    register: str = "je"
    voice: str = "ik"
    dm: bool = True  # may people send a private message on the platform?
    email: str = ""
    phone: str = ""
    opening_hours: str = ""
    address: str = ""
    delivery_terms: str = ""
    return_terms: str = ""
    payment: str = ""
    accessibility: str = ""
    parking: str = ""
    website: str = ""
    holidays: str = ""  # holiday and closing days, one per line: 'tweede paasdag: dicht'
    faq: list[FaqItem] = field(default_factory=list)
    # Roles and prepared statements (app/domain/radar_plan.py); None: not part of this profile
    # (an older profile, or a form that does not edit it): saving keeps the stored plan.
    crisis: CrisisPlan | None = None

    def validate(self) -> None:
        if self.register not in REGISTERS:
            raise ProfileError(f"aanspreekvorm moet 'je' of 'u' zijn, niet {self.register!r}")
        if self.voice not in VOICES:
            raise ProfileError(f"schrijf als 'ik' of 'wij', niet {self.voice!r}")
        if self.email and not _EMAIL.match(self.email.strip()):
            raise ProfileError(f"'{self.email}' is geen geldig e-mailadres")
        if self.phone and sum(ch.isdigit() for ch in self.phone) < 9:
            raise ProfileError(f"'{self.phone}' lijkt geen volledig telefoonnummer")
        for item in self.faq:
            if not item.question.strip() or not item.answer.strip():
                raise ProfileError("elke veelgestelde vraag heeft een vraag én een antwoord nodig")

    def holiday_entries(self) -> list[tuple[str, str]]:
        """(day, what applies) per line, ';'-separated part or sentence of ``holidays``; a part without ':' is
        split after its date ('24 december tot 16:00' → '24 december', 'tot 16:00'), or else applies as a whole
        ('Gesloten van 1 t/m 3 januari', 'van 27 juli t/m 16 augustus gesloten')."""
        entries: list[tuple[str, str]] = []
        parts = (p for whole in _HOLIDAY_PARTS.split(self.holidays) for p in _PER_PERSON_END.split(whole))
        for part in parts:
            day, sep, value = part.partition(":")
            if not part.strip():
                continue
            if entries and entries[-1][1] and _goes_on(part.strip()):
                # 'Donderdag 21 juli: open met een feestmenu; reserveren aangeraden': the rest of that day's line
                entries[-1] = (entries[-1][0], f"{entries[-1][1]}; {part.strip()}")
                continue
            # '24 dec: 8:00-14:00' splits at the first ':' only when what follows is not a clock time.
            if sep and period_said(day) and (dated := _dated(value.strip())):
                # 'Zomer 2035: zaterdag 21 juli gesloten': the heading names the period, the line its day
                entries.append(dated)
            elif sep and not re.match(r"^\d{2}\b", value):
                entries.append((day.strip(), value.strip()))
            elif dated := _dated(part.strip()):
                entries.append(dated)
            else:
                entries.append((part.strip(), ""))
        return entries

    @property
    def signer(self) -> str:
        return next((s.strip() for s in self.signers if s.strip()), "")

    def value(self, name: str) -> str:
        """A text field by name ('' when empty or unknown)."""
        value = getattr(self, name, "")
        return value.strip() if isinstance(value, str) else ""

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["faq"] = [item.to_dict() for item in self.faq]
        data.pop("crisis")
        if self.crisis is not None:
            data["crisis"] = self.crisis.to_dict()
        return data

    @property
    def plan(self) -> CrisisPlan:
        """The crisis plan, or an empty one (default statements, no names yet)."""
        return self.crisis if self.crisis is not None else CrisisPlan()

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> BusinessProfile:  # noqa: C901, PLR0912 - too long/branchy, to split (issue #14)
        """Build from stored or imported data; unknown keys are ignored, wrong types refused."""
        if not data:
            return cls()
        if not isinstance(data, dict):
            raise ProfileError("het profiel moet een JSON-object zijn")
        known = {f.name: f for f in fields(cls)}
        values: dict[str, Any] = {}
        for alias in HOLIDAY_ALIASES:
            if alias in data and "holidays" not in data:
                data = {**data, "holidays": data[alias]}
        for key, value in data.items():
            if key not in known:
                continue
            if key == "faq":
                if not isinstance(value, list):
                    raise ProfileError("'faq' moet een lijst zijn")
                items = []
                for entry in value:
                    if not isinstance(entry, dict):
                        raise ProfileError("elk item in 'faq' moet een object met 'question' en 'answer' zijn")
                    items.append(FaqItem(str(entry.get("question", "")), str(entry.get("answer", ""))))
                values[key] = items
            elif key == "signers":
                names = [s.strip() for s in value.split(",")] if isinstance(value, str) else value
                if not isinstance(names, list):
                    raise ProfileError("'signers' moet een lijst met voornamen zijn")
                values[key] = [str(s) for s in names if str(s).strip()]
            elif key == "holidays" and isinstance(value, list):
                values[key] = "\n".join(str(v) for v in value if str(v).strip())
            elif key == "crisis":
                try:
                    values[key] = CrisisPlan.from_dict(value)
                except PlanError as exc:
                    raise ProfileError(f"crisisplan: {exc}") from None
            elif key == "dm":
                values[key] = bool(value)
            else:
                if not isinstance(value, str):
                    raise ProfileError(f"'{key}' moet tekst zijn")
                values[key] = value
        profile = cls(**values)
        profile.validate()
        return profile
