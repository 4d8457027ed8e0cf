"""Which fields of each data file are text for the user (translated, resources/i18n/<language>/)
and which are ids, codes or the Dutch comments and replies themselves (kept as they are).

A field that is in neither list is reported by ``app.domain.i18n_check.problems`` (and fails a
test), so a new field cannot stay Dutch in the English window unnoticed.
"""

from __future__ import annotations

from app.domain.i18n import FieldRules

FLOWCHART_TEXTS = FieldRules(
    translate=(
        "checklist.*.label",
        "checklist.*.help",
        "statuses.*.label",
        "nodes.*.title",
        "nodes.*.help",
        "nodes.*.tips",
        "nodes.*.question",
        "nodes.*.example",
        "nodes.*.summary",
        "nodes.*.advice",
        "nodes.*.flag_advice.*",
        "nodes.*.answers.*.label",
    ),
    keep=(
        "version",
        "start",
        "checklist.*.id",
        "statuses.*.id",
        "statuses.*.goedkeuring",
        "nodes.*.id",
        "nodes.*.kind",
        "nodes.*.next",
        "nodes.*.respond",
        "nodes.*.default_status",
        "nodes.*.category",
        "nodes.*.draft",
        "nodes.*.no_suggestion",
        "nodes.*.answer_if_known",
        "nodes.*.answer_if_unknown",
        "nodes.*.answers.*.id",
        "nodes.*.answers.*.next",
        "nodes.*.answers.*.labels",
        "nodes.*.answers.*.flags",
    ),
)

# A crisis scenario: the story, the debrief and why each message needs its action are explained in
# the user's language; the messages themselves are Dutch comments, as they would appear online.
CRISIS_TEXTS = FieldRules(
    translate=("title", "business", "incident", "debrief", "messages.*.why"),
    keep=(
        "id",
        "messages.*.platform",
        "messages.*.author",
        "messages.*.text",
        "messages.*.label",
        "messages.*.flags",
        "messages.*.action",
    ),
)

# A practice case: title, setting, tips and the feedback per question are translated; the comment
# and the model reply stay Dutch (replies are written in the business's language).
CASE_TEXTS = FieldRules(
    translate=("cases.*.title", "cases.*.business", "cases.*.context", "cases.*.tips", "cases.*.steps.*.why"),
    keep=(
        "cases.*.id",
        "cases.*.difficulty",
        "cases.*.platform",
        "cases.*.author",
        "cases.*.text",
        "cases.*.label",
        "cases.*.flags",
        "cases.*.outcome",
        "cases.*.model_reply",
        "cases.*.steps.*.question",
        "cases.*.steps.*.answer",
    ),
)

# The reply templates are Dutch drafting material. Shown to the owner, not posted: the complaint
# topics' names (monthly report), how to report a message on each platform, and the notes next to
# a draft ([notes], except the slot that goes into the reply itself).
REPLY_TEXTS = FieldRules(
    translate=(
        "complaint_topics.*.label",
        "platforms.*.report",
        *(
            f"notes.{key}"
            for key in (
                "repeat",
                "report",
                "police",
                "flag_threat",
                "flag_hate",
                "legal",
                "shortened",
                "too_long",
                "short_too_long",
                "faq_maybe",
                "english_answer",
                "copy_personal",
                "copy_incentive",
                "copy_ask_change",
                "comment_review_deal",
                "safety_in_praise",
                "data_order",
                "data_phone",
                "data_email",
                "data_address",
            )
        ),
    ),
    keep=("**",),
)

# Safety first for threats and hate (resources/safety.toml): the warning band and its steps.
SAFETY_TEXTS = FieldRules(
    translate=(
        "headings.*",
        "flags.*.title",
        "flags.*.warning",
        "flags.*.report",
        "flags.*.evidence",
        "flags.*.police",
    ),
    keep=("offer",),  # outcome ids where the owner can add a threat or hate mark
)

# The crisis radar's incident kinds (resources/radar.toml): their titles are shown (translated where
# shown, as the history keeps the Dutch title as a wave's topic); thresholds and words are kept.
RADAR_TEXTS = FieldRules(
    translate=("kind.*.title",),
    keep=("kind.*.id", "kind.*.topics", "kind.*.concepts", "kind.*.words"),
)

# Prepared statements (resources/statements.toml): the statements are posted, so they stay Dutch;
# their titles, the steps of who does what and the pause advice are for the owner.
STATEMENT_TEXTS = FieldRules(
    translate=("statement.*.title", "step.*.text", "pause.text"),
    keep=("statement.*.text", "follow_up.text", "step.*.role"),
)
