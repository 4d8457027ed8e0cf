"""The last touch of a draft's words for its reader: 'je man' to a family answered with 'jullie' (a husband
is one writer's, resources/jullie.toml eigen_partner) and Flemish words for a Flemish business
(resources/flemish.toml: 'Spijtig dat ...', not 'Balen dat ...'), and business words on a business platform
(resources/formal.toml: 'Vervelend dat ...' on LinkedIn), a capital that only opened a line of the profile said
small in mid-sentence (draft_line_capitals.py: '... zo: alleen pinnen') and no label made of a verb
(draft_label_verb.py: 'Over verhuurt: ...'); read aloud, no two sentences in a row
opening with 'En' and no four exclamation marks in a row."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from app.domain.draft_flemish import flemish_business, flemish_words
from app.domain.draft_formal import formal_words
from app.domain.draft_label_verb import verb_label_dropped
from app.domain.draft_line_capitals import line_openers, openers_small
from app.domain.draft_text import Part
from app.domain.plural_you import shipped_plural
from app.domain.profile import BusinessProfile
from app.domain.replies import Platform, Tone

# the parts that hold names of people as the writer or the profile spells them ('Dag mevrouw Van Beek,')
_NAMED_PARTS = frozenset({"greeting", "sign"})


def _worded_part(part: Part, said: Callable[[str], str]) -> Part:
    return replace(part, text=said(part.text), short=said(part.short) if part.short else part.short)


def worded(parts: list[Part], profile: BusinessProfile, tone: Tone, platform: Platform | None = None) -> list[Part]:
    """``parts`` with the words their reader expects; the same parts when nothing changes."""
    openers = line_openers(profile)
    parts = [p if p.key in _NAMED_PARTS else _worded_part(p, lambda t: openers_small(t, openers)) for p in parts]
    changes: list[Callable[[str], str]] = [verb_label_dropped]
    if tone.plural and tone.register == "je":
        changes.append(shipped_plural().own_partner)
    if flemish_business(profile):
        changes.append(flemish_words)
    if platform is not None and platform.formal:  # after the Flemish words: 'Spijtig' stays, 'Balen' goes
        changes.append(formal_words)

    def said(text: str) -> str:
        for change in changes:
            text = change(text)
        return text

    return [_worded_part(p, said) for p in parts]


def one_en(parts: list[Part]) -> list[Part]:
    """Read aloud, two sentences in a row opening with 'En' drag: the second loses it ('En je oma nog
    gefeliciteerd! De groetjes aan je hele familie.')."""
    smooth = parts[:1]
    for part in parts[1:]:
        text = part.text
        if text.startswith("En ") and smooth[-1].text.startswith("En ") and len(text) > 3:
            text = text[3:4].upper() + text[4:]
        smooth.append(Part(part.key, text, part.essential, part.short))
    return smooth


def calm(parts: list[Part], keep: int = 2) -> list[Part]:
    """Read aloud, four exclamation marks in a row shout: after the first ``keep`` a sentence ends in '.'."""
    seen, calm = 0, []
    for part in parts:
        pieces = re.split(r"(!)", part.text)
        for i, piece in enumerate(pieces):
            if piece == "!":
                seen += 1
                if seen > keep:
                    pieces[i] = "."
        calm.append(Part(part.key, "".join(pieces), part.essential, part.short))
    return calm
