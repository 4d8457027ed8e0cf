"""The owner's crisis plan: who does what (roles) and the prepared statements in their own words.

The plan lives in the business profile (``BusinessProfile.crisis``). A statement the owner did not
edit comes from resources/statements.toml, put in the profile's tone (je/u, ik/wij), with the
business's contact details and signer; ``[vul in: …]`` slots stay open for the facts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.domain.radar_data import ROLE_WHO, ROLES, StatementSet, shipped_statements
from app.errors import ReageerwijzerError

if TYPE_CHECKING:
    from app.domain.profile import BusinessProfile

_TONE = re.compile(r"\{(ik|wij|je|u):([^|{}]*)\|\s*(ik|wij|je|u):([^{}]*)\}")
MAX_TEXT = 4000


class PlanError(ReageerwijzerError):
    """A crisis plan value that cannot be used."""


@dataclass
class Role:
    task: str  # monitor, draft, approve, post
    name: str = ""
    contact: str = ""  # how to reach them: phone, app group, mail

    def to_dict(self) -> dict[str, str]:
        return {"task": self.task, "name": self.name, "contact": self.contact}


def _default_roles() -> list[Role]:
    return [Role(task) for task in ROLES]


@dataclass
class CrisisPlan:
    roles: list[Role] = field(default_factory=_default_roles)
    statements: dict[str, str] = field(default_factory=dict)  # kind id -> the owner's own text

    def role(self, task: str) -> Role:
        return next((r for r in self.roles if r.task == task), Role(task))

    def validate(self) -> None:
        for role in self.roles:
            if role.task not in ROLES:
                raise PlanError(f"onbekende rol '{role.task}' (kies uit {', '.join(ROLES)})")
            if role.contact.strip() and not role.name.strip():
                raise PlanError(f"rol '{ROLES[role.task]}': vul ook een naam in bij '{role.contact.strip()}'")
        kinds = shipped_statements().statements
        for kind, text in self.statements.items():
            if kind not in kinds:
                raise PlanError(f"verklaring voor onbekende soort '{kind}'")
            if len(text) > MAX_TEXT:
                raise PlanError(f"de verklaring '{kinds[kind][0]}' is te lang (hoogstens {MAX_TEXT} tekens)")

    def to_dict(self) -> dict[str, Any]:
        return {
            "roles": [r.to_dict() for r in self.roles],
            "statements": {k: v for k, v in self.statements.items() if v.strip()},
        }

    @classmethod
    def from_dict(cls, data: Any) -> CrisisPlan:
        """From stored or imported data; a missing part gets the defaults."""
        if data is None:
            return cls()
        if not isinstance(data, dict):
            raise PlanError("'crisis' moet een object met 'roles' en 'statements' zijn")
        roles_in = data.get("roles", [])
        statements = data.get("statements", {})
        if not isinstance(roles_in, list) or not all(isinstance(r, dict) for r in roles_in):
            raise PlanError("'roles' moet een lijst met objecten (task, name, contact) zijn")
        if not isinstance(statements, dict) or not all(isinstance(v, str) for v in statements.values()):
            raise PlanError("'statements' moet soorten op teksten afbeelden")
        given = {str(r.get("task", "")): r for r in roles_in}
        unknown = [t for t in given if t not in ROLES]
        if unknown:
            raise PlanError(f"onbekende rol '{unknown[0]}' (kies uit {', '.join(ROLES)})")
        roles = [
            Role(t, str(given.get(t, {}).get("name", "")), str(given.get(t, {}).get("contact", ""))) for t in ROLES
        ]
        plan = cls(roles, {str(k): v for k, v in statements.items() if v.strip()})
        plan.validate()
        return plan


# ---------------------------------------------------------------- filling in


def in_tone(template: str, profile: BusinessProfile) -> str:
    """Choose each ``{ik: … | wij: …}`` and ``{je: … | u: …}`` by the profile."""

    def choose(match: re.Match[str]) -> str:
        first, a, _second, b = match.groups()
        wanted = profile.voice if first in ("ik", "wij") else profile.register
        return (a if first == wanted else b).strip()

    return _TONE.sub(choose, template)


def contact_line(profile: BusinessProfile) -> str:
    ways = []
    if profile.dm:
        ways.append("een privébericht")
    if profile.value("email"):
        ways.append(profile.value("email"))
    if profile.value("phone"):
        ways.append(profile.value("phone"))
    if not ways:
        return "[vul in: hoe mensen je bereiken]"
    return ways[0] if len(ways) == 1 else ", ".join(ways[:-1]) + " of " + ways[-1]


def fill(template: str, profile: BusinessProfile, values: dict[str, str]) -> str:
    """A template in the profile's tone with its named values; unknown names become open slots."""
    text = in_tone(template, profile)
    base = {
        "naam": profile.value("name") or "[vul in: naam van het bedrijf]",
        "contact": contact_line(profile),
        "ondertekening": _signature(profile),
    }
    base.update(values)

    def value(match: re.Match[str]) -> str:
        return base.get(match.group(1), f"[vul in: {match.group(1).replace('_', ' ')}]")

    text = re.sub(r"\{([a-z_]+)\}", value, text)
    return "\n".join(line.rstrip() for line in text.strip().splitlines() if line.strip())


def _signature(profile: BusinessProfile) -> str:
    signer, name = profile.signer, profile.value("name")
    if signer and name:
        return f"{signer}, {name}"
    return signer or name


def statement_for(
    kind: str,
    topic: str,
    profile: BusinessProfile,
    plan: CrisisPlan | None = None,
    statements: StatementSet | None = None,
) -> str:
    """The holding statement for this kind of incident: the owner's own text, else the default,
    filled in; the topic goes where the template names it."""
    statements = statements or shipped_statements()
    plan = plan or CrisisPlan()
    _title, template = statements.statements.get(kind) or statements.statements["algemeen"]
    own = plan.statements.get(kind, "").strip()
    return fill(own or template, profile, {"onderwerp": topic or "[vul in: waar het over gaat]"})


def default_statement(kind: str, profile: BusinessProfile, statements: StatementSet | None = None) -> str:
    """The default text of one kind in the profile's tone, for the owner to edit (topic still open)."""
    statements = statements or shipped_statements()
    return fill(statements.statements[kind][1], profile, {"onderwerp": "{onderwerp}"})


@dataclass(frozen=True)
class ChecklistItem:
    task: str
    who: str  # 'Sanne (06-12345678)' or an open slot
    text: str


def checklist(plan: CrisisPlan | None = None, statements: StatementSet | None = None) -> list[ChecklistItem]:
    """The escalation steps with the people from the plan."""
    statements = statements or shipped_statements()
    plan = plan or CrisisPlan()
    items = []
    for step in statements.steps:
        role = plan.role(step.role)
        who = role.name.strip() or f"[vul in: {ROLE_WHO[step.role]}]"
        if role.contact.strip():
            who += f" ({role.contact.strip()})"
        items.append(ChecklistItem(step.role, who, step.text))
    return items


def follow_up_draft(
    topic: str,
    period: str,
    count: int,
    done: Sequence[str],
    lessons: Sequence[str],
    profile: BusinessProfile,
    statements: StatementSet | None = None,
) -> str:
    """A follow-up post after a calmed wave: what happened, what was done, what changes."""
    statements = statements or shipped_statements()
    got = "kregen we" if profile.voice == "wij" else "kreeg ik"
    happened = f"{period} {got} {count} reacties over {topic}."
    happened += " [vul in: wat er precies misging]"
    values = {
        "onderwerp": topic,
        "wat_er_gebeurde": happened,
        "wat_gedaan": " ".join(done) if done else "[vul in: wat er is gedaan]",
        "wat_verandert": " ".join(_sentence(lesson) for lesson in lessons[:4])
        if lessons
        else "[vul in: wat er verandert, zodat het niet opnieuw gebeurt]",
    }
    return fill(statements.follow_up, profile, values)


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    text = text[0].upper() + text[1:] if text else text
    return text if text.endswith((".", "!", "?")) else text + "."
