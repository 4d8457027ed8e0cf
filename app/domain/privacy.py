"""Privacy the owner can prove: the retention period, erasing one person, the processing register.

No Qt, no SQL (the store applies these rules in app/store/privacy.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.domain.i18n import LANGUAGES, REFERENCE, text
from app.domain.privacy_names import PARTICLES, handle_name

DEFAULT_MONTHS = 24
MIN_MONTHS = 1
MAX_MONTHS = 120
DEFAULT_REASON: str = text("privacy", "default_reason", REFERENCE)  # stored as chosen; shown translated
ERASED = "[gewist]"
MAX_NAME = 200
_NAME_WORDS = re.compile(r"[^\W_]+")
_SEPARATORS = r"[\s._\-]*"


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, e.g. from a mangled command line
        return False
    return True


class PrivacyError(ValueError):
    """A privacy setting or an erasure request that cannot be used; the message says why."""


@dataclass
class RetentionPolicy:
    """How long personal data stays in the history, and why (chosen by the owner)."""

    months: int = DEFAULT_MONTHS
    reason: str = DEFAULT_REASON
    chosen_at: str | None = None  # when the owner last chose; None = the default, never chosen

    def validate(self) -> None:
        if not isinstance(self.months, int) or not MIN_MONTHS <= self.months <= MAX_MONTHS:
            raise PrivacyError(f"kies een bewaartermijn van {MIN_MONTHS} tot en met {MAX_MONTHS} maanden")
        if not self.reason.strip():
            raise PrivacyError("schrijf op waarom je de gegevens zo lang bewaart")
        if len(self.reason) > 2000:
            raise PrivacyError("de reden is te lang (meer dan 2000 tekens)")
        if not _encodable(self.reason):
            raise PrivacyError("de reden bevat tekens die geen tekst zijn; typ hem opnieuw")

    def to_dict(self) -> dict[str, Any]:
        return {"months": self.months, "reason": self.reason, "chosen_at": self.chosen_at}

    @classmethod
    def from_dict(cls, data: Any) -> RetentionPolicy:
        if not isinstance(data, dict):
            return cls()
        months = data.get("months", DEFAULT_MONTHS)
        policy = cls(
            months=months if isinstance(months, int) and not isinstance(months, bool) else DEFAULT_MONTHS,
            reason=str(data.get("reason") or DEFAULT_REASON),
            chosen_at=data.get("chosen_at") if isinstance(data.get("chosen_at"), str) else None,
        )
        try:
            policy.validate()
        except PrivacyError:
            return cls()
        return policy


def cutoff(months: int, now: datetime | None = None) -> str:
    """The moment (UTC, ISO text like ``received_at``) before which a case has passed the period."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    total = now.year * 12 + (now.month - 1) - months
    year, month = divmod(total, 12)
    day = min(now.day, 28)  # a date that exists in every month
    return now.replace(year=year, month=month + 1, day=day).strftime("%Y-%m-%dT%H:%M:%S")


@dataclass(frozen=True)
class ErasureRecord:
    """That an erasure happened: when and how much; never whose."""

    at: str
    cases: int
    lessons: int
    scrubbed: int  # other texts from which the name was removed

    def to_dict(self) -> dict[str, Any]:
        return {"at": self.at, "cases": self.cases, "lessons": self.lessons, "scrubbed": self.scrubbed}

    @classmethod
    def from_dict(cls, data: Any) -> ErasureRecord | None:
        if not isinstance(data, dict) or not isinstance(data.get("at"), str):
            return None
        numbers = [data.get(k, 0) for k in ("cases", "lessons", "scrubbed")]
        if not all(isinstance(n, int) for n in numbers):
            return None
        return cls(data["at"], *numbers)


def person_pattern(who: str, *, surname: bool = True, guessed: bool = False, spelled: bool = True) -> re.Pattern[str]:
    """Every way a name or handle is written: 'Jan de Vries', 'jan_de_vries', '@JanDeVries', 'JANDEVRIES'.

    The words of the name in order, with or without spaces, dots, dashes or underscores between
    them, with or without '@', in any case; with ``surname`` also the surname with its particles
    ('de Vries'); with ``spelled``, for a handle also the name it spells (app.domain.privacy_names.handle_name),
    with ``guessed`` its surname and first name alone too; never inside a longer word. Linear in the text.
    """
    if len(who) > MAX_NAME:
        raise PrivacyError(f"een naam of account is hooguit {MAX_NAME} tekens")
    words = _NAME_WORDS.findall(who.strip().lstrip("@"))
    if not words or sum(len(w) for w in words) < 2:
        raise PrivacyError("geef een naam of account van minstens twee letters")
    if all(w.lower() in PARTICLES for w in words):
        raise PrivacyError(f"'{who.strip()[:40]}' is geen naam maar een tussenvoegsel; geef de hele naam")
    forms = [_SEPARATORS.join(re.escape(w) for w in words)]
    last = words[1:]
    if surname and last and sum(len(w) for w in last) >= 4:
        # The surname with its particles ('de Vries', 'devries'), as staff or neighbours write it.
        forms.append(_SEPARATORS.join(re.escape(w) for w in last))
    name = handle_name(words[0]) if spelled and len(words) == 1 else []
    if len(name) >= 2:
        # A handle ('@jandevries', 'PietBakker') and the name it spells ('Jan de Vries', 'piet_bakker'):
        # the whole name is specific enough to erase everywhere. The surname alone is a guess ('de
        # bakker' is the baker): only with ``guessed``, for texts of the person's own.
        forms.append(_SEPARATORS.join(re.escape(w) for w in name))
        core = [w for w in name if w not in PARTICLES and len(w) >= 3]
        if guessed:
            forms.append(_SEPARATORS.join(re.escape(w) for w in name[1:]))
            forms.extend(re.escape(w) for w in core)
    return re.compile(rf"(?<![\w@])@?(?:{'|'.join(dict.fromkeys(forms))})(?!\w)", re.IGNORECASE)


def token_pattern(who: str) -> re.Pattern[str]:
    """The name's words as a language model's word list stores them: each one a quoted string
    ('"Vries"', '"@jandevries"'); words of two letters and particles are left out (too common)."""
    words = _NAME_WORDS.findall(who.strip().lstrip("@"))
    forms = {w for w in words if len(w) >= 3 and w.lower() not in PARTICLES}
    forms.add("".join(words))
    body = "|".join(sorted(re.escape(f) for f in forms if f))
    return re.compile(rf'"@?(?:{body})"', re.IGNORECASE)


@dataclass
class ForgetOutcome:
    """What an erasure did, for the message to the owner (the name itself is not kept)."""

    record: ErasureRecord
    backups: list[Path] = field(default_factory=list)
    folder: Path | None = None
    wal_empty: bool = True
    models: list[Path] = field(default_factory=list)  # learned assistants whose word list holds the name

    def message(self, language: str | None = None) -> str:
        """What was erased and what the owner still has to do, in the window's language (or the one given)."""
        r, t = self.record, text("privacy", "forget", language)

        def count(n: int, one: str, many: str) -> str:
            return str(t[one] if n == 1 else t[many]).format(n=n)

        lines = [
            t["erased"].format(
                cases=count(r.cases, "case_one", "cases"),
                lessons=count(r.lessons, "lesson_one", "lessons"),
                texts=count(r.scrubbed, "text_one", "texts"),
            ),
            t["rebuilt"],
        ]
        if not self.wal_empty:
            lines.append(t["wal_busy"])
        if self.models:
            lines.append(t["models"])
            lines.extend(f"  {path}" for path in self.models)
        if self.backups:
            lines.append(t["backups"].format(n=len(self.backups)))
            lines.extend(f"  {path}" for path in self.backups)
        if self.folder is not None:
            lines.append(t["folder"].format(folder=self.folder))
        return "\n".join(lines)


@dataclass(frozen=True)
class RegisterFacts:
    """What the processing register says, gathered from the settings and the file."""

    business: str
    path: Path
    policy: RetentionPolicy
    cases: int
    anonymised: int
    erasures: list[ErasureRecord]
    backups: list[Path]
    roles: list[str] = field(default_factory=list)  # 'Naam (rol)' of the people named in the profile


def shown_reason(reason: str, language: str | None = None) -> str:
    """The reason as the owner reads it: the default reason in the window's language, their own as written."""
    return str(text("privacy", "default_reason", language)) if reason.strip() == DEFAULT_REASON else reason.strip()


def stored_reason(reason: str) -> str:
    """The reason to keep: the default reason in any language is kept as the default (so each window
    shows it in its own language); the owner's own reason as written."""
    default = {str(text("privacy", "default_reason", language)).strip() for language in LANGUAGES}
    return DEFAULT_REASON if reason.strip() in default else reason


def signer_role(name: str, language: str | None = None) -> str:
    """'Name (signs replies)' for the register's list of who has access."""
    return str(text("privacy", "signs_replies", language)).format(name=name)


def register_text(facts: RegisterFacts, language: str | None = None) -> str:
    """The 'Verwerkingsregister' entry for this history, ready to paste into the owner's register,
    in the window's language (or the one given); texts in resources/i18n/<language>/privacy.toml."""
    policy, t = facts.policy, text("privacy", "register", language)
    chosen = t["chosen"].format(date=policy.chosen_at[:10]) if policy.chosen_at else t["default_term"]
    backups = "\n".join(f"  - {p}" for p in facts.backups) if facts.backups else t["no_backups"]
    return "\n".join(
        [
            t["title"],
            "",
            t["controller"].format(business=facts.business or t["fill_in_business"]),
            t["purpose"],
            t["basis"],
            t["subjects"],
            t["data"],
            t["retention"].format(months=policy.months, chosen=chosen),
            t["reason"].format(reason=shown_reason(policy.reason, language)),
            t["storage"].format(path=facts.path),
            t["access"].format(who=", ".join(facts.roles) if facts.roles else t["default_access"]),
            t["recipients"],
            t["security"],
            f"{t['backups']}\n{backups}",
            t["state"].format(
                cases=facts.cases,
                anonymised=facts.anonymised,
                erasures=len(facts.erasures),
                last=facts.erasures[-1].at[:10] if facts.erasures else t["no_erasure_yet"],
            ),
        ]
    )
