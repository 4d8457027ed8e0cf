"""From an analysed comment to a full suggestion: path, outcome, advice, draft, checklist.

The assistant's suggestions are followed through the flowchart. Where the chart
says the assistant has no opinion ("can you answer this right away?"), the
profile decides: a question the profile or FAQ answers is answered directly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from functools import cache, partial
from typing import Any

from app.domain.draft_jokes import april_fool
from app.domain.drafting import Drafter
from app.domain.flowchart import Flowchart, Node, shipped_flowchart
from app.domain.profile import BusinessProfile
from app.domain.shared import Prediction
from app.domain.topics import TopicAnalysis

# A threat or hate flag alone never turns these into "no reply": the writer still gets an answer
# and the owner gets the report steps as a warning. A threat of violence is another matter: harm held
# out to people or the shop ('ik weet waar je woont', 'dan steek ik die tent in de fik') is answered
# as the chart's first question says, by reporting it and no public reply, complaint or not.
ANSWERED_DESPITE_FLAGS = frozenset({"klacht", "onwaarheid"})


# Harm told as a plain story ('zaterdag weigerde de achterrem, ik kon nog net het gras in sturen', 'na de
# mosselen de hele nacht overgegeven') has few complaint words, and the assistant may read it as praise
# or a joke. When the topic finder reads a safety problem, nothing is praised and the assistant gives a
# complaint at least this much, the comment is taken as the complaint it is: a thank-you to someone
# who got hurt is the worst reply there is. Measured on r2-r31 (whole chain): 12 safety complaints read
# as praise or a joke, none of the 5 compliments and jokes that name harm ('doodsbang', 'knieblessure').
SAFETY_COMPLAINT_FLOOR = 0.05
READ_AS_LIGHT = frozenset({"positief", "grap_satire"})
# A joke told with praise in it ('Samira knipte zo goed dat mijn kat me niet meer herkende') splits the
# assistant between the two; its training set holds far more praise than jokes, so a close call leans
# to praise. When the joke has at least JOKE_FLOOR and trails praise by less than JOKE_GAP, it is a
# joke: all 6 such comments in r2-r31 are (the 2 compliments the assistant doubted had the joke < 0.3).
JOKE_FLOOR = 0.3
JOKE_GAP = 0.25
# A rumour passed on with its own complaint or question around it ('Ik las dat je hier niet meer contant
# kunt betalen. Belachelijk!', 'Hoorde dat jullie stoppen?') reads to the assistant as that complaint or
# question. When the writer says they heard or read it (TopicAnalysis.hearsay) it is the rumour the chart
# asks about. Measured on r1-r35 (1,381 comments): 69 of 119 rumours carry the mark, 0 other comments;
# insults keep their label (the report steps matter more). A complaint of a mail or call left unanswered
# (TopicAnalysis.tried) stays a complaint: what the writer read is why they wrote ('Overal lees ik dat jullie
# bruidskapsels doen maar niemand leest de mail'), the silence is what they complain of, no rumour to put right.
HEARSAY_READS = frozenset({"klacht", "vraag", "positief", "grap_satire"})
RUMOUR = "onwaarheid"


def label_with_topics(label: str, scores: Mapping[str, float], topics: TopicAnalysis | None, text: str = "") -> str:
    """The assistant's label; 'klacht' for a safety problem told without praise, 'grap_satire' for a
    close call between praise and a joke, 'onwaarheid' for hearsay (see above), unless the joke ``text`` tells
    is the business's April fool's joke ('Op 1 april las ik dat ze alleen nog matjes knipt 😂 erin getrapt'): what
    the writer read is the joke they laugh at, no rumour to put right."""
    silence = label == "klacht" and topics is not None and bool(topics.tried)
    fooled = label == "grap_satire" and april_fool(text)
    heard = topics is not None and topics.hearsay and label in HEARSAY_READS and not topics.safety
    if heard and not silence and not fooled:
        return RUMOUR
    joke, praise = scores.get("grap_satire", 0.0), scores.get("positief", 0.0)
    if label == "positief" and joke >= JOKE_FLOOR and praise - joke < JOKE_GAP:
        label = "grap_satire"
    if topics is None or not topics.safety or topics.praised or label not in READ_AS_LIGHT:
        return label
    return "klacht" if scores.get("klacht", 0.0) >= SAFETY_COMPLAINT_FLOOR else label


def settled_prediction(prediction: Prediction, topics: TopicAnalysis | None, text: str = "") -> Prediction:
    """The assistant's prediction for the wizard: where label_with_topics reads another label, the
    assistant is shown as unsure between that label (first) and its own, so the owner chooses."""
    label = label_with_topics(prediction.label, prediction.scores, topics, text)
    if label == prediction.label:
        return prediction
    return replace(prediction, label=label, uncertain=True, candidates=(label, prediction.label))


def auto_walk(
    flow: Flowchart,
    label: str,
    flags: tuple[str, ...],
    can_answer: bool | Callable[[], bool],
    *,
    violent: bool = False,
) -> tuple[list[tuple[str, str]], Node]:
    """The path the assistant would take, and where it ends; ``violent``: the comment holds out harm
    (TopicAnalysis.violence), so a threat flag on a complaint counts. ``can_answer`` may be a function, asked
    only where the profile decides the answer (Node.profile_answer)."""
    if label in ANSWERED_DESPITE_FLAGS:
        dropped = {"haat"} if violent else {"bedreiging", "haat"}
        flags = tuple(f for f in flags if f not in dropped)
    node = flow.first_question
    path: list[tuple[str, str]] = []
    while node.is_question:
        answer = flow.suggest_answer(node.id, label, flags)
        if answer is None:
            answer = node.profile_answer(can_answer)
        if answer is None:
            answer = node.answers[-1].id  # the chart's most careful option: let it stand
        path.append((node.id, answer))
        node = flow.node(node.answer(answer).next)
    return path, node


def suggest(
    analysis: Mapping[str, Any],
    text: str,
    *,
    platform: str = "overig",
    author: str = "",
    profile: BusinessProfile | None = None,
    earlier_negative: int = 0,
    flow: Flowchart | None = None,
    topics: TopicAnalysis | None = None,
    analyser: Callable[[str], TopicAnalysis] | None = None,
    questions: Iterable[str] | None = None,
) -> dict[str, Any]:
    """Everything the CLI's ``suggest`` adds to a classification; where the label the chart was walked
    with differs from the assistant's (label_with_topics), ``label`` and ``assistant_label`` say so.
    ``topics`` is what the comment is about (app.nlp.topics); without it the draft uses neutral wording. ``questions``
    are the question sentences in the comment; by default the analysis's ``questions`` (the
    language assistant finds them), else the drafter finds them in the text."""
    flow = flow or shipped_flowchart()
    profile = profile or BusinessProfile()
    drafter = Drafter(profile, analyser=analyser, flow=flow)
    if topics is None and analyser is not None:
        topics = analyser(text)
    flags = tuple(analysis.get("flags", ()))
    given = str(analysis["label"])
    label = label_with_topics(given, analysis.get("scores") or {}, topics, text)
    can_answer = cache(partial(drafter.knows_answer, text, author=author, platform=platform, topics=topics))  # lazy
    path, outcome = auto_walk(flow, label, flags, can_answer, violent=topics is not None and topics.violence)
    draft = drafter.draft(
        outcome.id,
        text,
        author=author,
        platform=platform,
        details=analysis.get("details") or {},
        flags=flags,
        earlier_negative=earlier_negative,
        topics=topics,
        questions=questions if questions is not None else analysis.get("questions"),
    )
    return {
        **({"label": label, "assistant_label": given} if label != given else {}),
        "outcome": outcome.id,
        "outcome_title": outcome.title,
        "path": [f"{n}={a}" for n, a in path],
        "respond": outcome.reply_expected,
        "advice": outcome.advice_for(flags),
        "draft": draft.text,
        "draft_short": draft.short,
        "draft_optional": draft.optional,
        "slots": draft.slots,
        "checklist": [{"id": c.id, "label": c.label, "help": c.help} for c in flow.checklist] if draft.text else [],
        "warnings": list(draft.warnings),
        "topic": draft.topic,
        "question_topic": draft.question_topic,
        "limit": draft.limit,
        "length": draft.length,
        "channel": draft.channel,
        "about": topics.to_dict() if topics is not None else None,
        "status": outcome.default_status,
    }
