"""A wedding said as its yes ('zeiden we ‘ja’ in het gemeentehuis', 'we hebben 'ja' gezegd', 'tegen elkaar ja
gezegd'), read by app.nlp.topic_occasion."""

from __future__ import annotations

from typing import Any

from app.domain.topics import Concept


def said_yes_patterns() -> list[list[dict[str, Any]]]:
    """'zeiden we ‘ja’', 'we hebben 'ja' gezegd', 'tegen elkaar ja gezegd': the wedding's yes."""
    say = {"LOWER": {"IN": ["zeiden", "zegden", "zeggen", "zei", "gezegd", "zeien"]}}
    who = {"LOWER": {"IN": ["we", "wij", "ze", "zij", "jullie", "wy"]}, "OP": "?"}
    quote = {"TEXT": {"IN": ["'", "‘", "’", '"', "“", "”"]}}
    yes = {"LOWER": {"IN": ["ja", "jah", "jaaa", "yes"]}}
    return [
        [say, who, quote, yes, quote],
        [quote, yes, quote, say],
        [{"LOWER": "elkaar"}, {"LOWER": "het", "OP": "?"}, yes, say],
        # without quotes, the couple saying it somewhere or on a day: 'zeiden we ja in Beneden-Leeuwen', 'we zeiden
        # ja op 17 mei' (not 'ik zei ja' to a proposal: that is the engagement)
        [say, {"LOWER": {"IN": ["we", "wij"]}}, yes, {"LOWER": {"IN": ["in", "op", "bij", "tegen", "voor"]}}],
        [{"LOWER": {"IN": ["we", "wij"]}}, say, yes, {"LOWER": {"IN": ["in", "op", "bij", "tegen", "voor"]}}],
    ]


def said_yes(
    nlp: Any, by_id: dict[str, Concept], doc: Any, found: list[tuple[int, int, int]]
) -> tuple[Concept | None, str, int | None]:
    """A wedding said as the yes: the writer's own when 'we' said it (None: no place to look for whose), else whose
    is found near it ('mijn zus zei ‘ja’'); (None, '', None) without. ``found``: the occasion matcher's matches."""
    for match_id, start, end in found:
        if nlp.vocab.strings[match_id] == "SAID_YES":
            ours = any(t.lower_ in {"we", "wij"} for t in doc[max(0, start - 3) : end])
            return by_id.get("bruiloft"), "bruiloft", None if ours else start
    return None, "", None
