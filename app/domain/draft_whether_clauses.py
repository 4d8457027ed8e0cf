"""Every question of a comment said back as a clause after 'of', for the promise to find it out that names what was
asked ('Zit er palmolie in?' → 'er palmolie in zit'; 'Maken jullie die zelf?' after 'Die paaseitjes in jullie
vitrine' → 'we die paaseitjes in onze vitrine zelf maken'; 'En hoe diep is het daar?' → 'hoe diep het daar is'):
the verb that opened the question goes to the end of the clause, the writer's and the business's words change sides
('jullie' → 'we', 'ons sloepje' → 'jullie sloepje'). A question this cannot turn over safely gives ''. The words are
in resources/whether_clauses.toml."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import Field

from app.domain.datafile import read_toml
from app.domain.draft_text import strip_emoji
from app.domain.schema import Strict, Texts, located, validate
from app.domain.topics import ours_before
from app.errors import DataFileError
from app.resources import resource_path


class _WhetherModel(Strict):
    schema_version: Literal[1] = Field(alias="schema")
    subject_starts: Texts
    not_verbs: Texts
    wh_words: Texts
    after_verb: Texts
    modals: Texts
    unsure: Texts
    you_business: Texts
    not_infinitives: Texts
    cluster_verbs: Texts
    irregular: Texts


@dataclass(frozen=True)
class WhetherWords:
    subject_starts: frozenset[str]
    not_verbs: frozenset[str]
    wh_words: frozenset[str]
    after_verb: frozenset[str]
    modals: frozenset[str]
    unsure: frozenset[str]
    you_business: frozenset[str]
    not_infinitives: frozenset[str]
    cluster_verbs: frozenset[str]
    irregular: tuple[tuple[str, str, str], ...]  # (plural, ik-form, u-form)


def parse_whether_words(data: dict[str, Any], source: str = "<whether_clauses>") -> WhetherWords:
    """The lists of whether_clauses.toml in lower case; each ``irregular`` entry is three forms."""
    model = validate(_WhetherModel, data, source, located)
    forms: list[tuple[str, str, str]] = []
    for i, entry in enumerate(model.irregular):
        three = entry.lower().split()
        if len(three) != 3:
            raise DataFileError(source, f"drie vormen nodig (meervoud, ik, u): {entry!r}", f"irregular[{i}]")
        forms.append((three[0], three[1], three[2]))

    def words(name: str) -> frozenset[str]:
        return frozenset(w.strip().lower() for w in getattr(model, name))

    return WhetherWords(
        subject_starts=words("subject_starts"),
        not_verbs=words("not_verbs"),
        wh_words=words("wh_words"),
        after_verb=words("after_verb"),
        modals=words("modals"),
        unsure=words("unsure"),
        you_business=words("you_business"),
        not_infinitives=words("not_infinitives"),
        cluster_verbs=words("cluster_verbs"),
        irregular=tuple(forms),
    )


@lru_cache(maxsize=1)
def whether_words(path: str | Path | None = None) -> WhetherWords:
    file = Path(path) if path else resource_path("whether_clauses.toml")
    return parse_whether_words(read_toml(file), str(file))


_DETERMINERS = frozenset({"de", "het", "die", "dat", "deze", "dit", "uw", "jullie", "ons", "onze", "mijn", "een"})
# Where one sentence ends and the next begins: after '.', '!' or '?', or an emoji before a capital ('op zolder 🥹
# Kunt gij ...'); not an emoji inside a sentence ('Die paaseitjes 😍 maken jullie die zelf?').
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|[^\w\s,;:'’?!.€%/()-]+\s*(?=[A-Z])")
_WH_SAID = {"wuk": "wat", "wa": "wat"}  # Flemish 'wuk kost dat' said back as 'wat dat kost'
# 'Wat hangt daar aan vast en hoelang duurt zoiets?': two questions in one sentence, the second after 'en'
_AND_WH = re.compile(
    r",?\s+en\s+(?=(?:hoe|hoelang|wat|wanneer|waar|welke|hoeveel|waarom)\b|\w+\s+(?:jullie|u|ge|gij|er|het)\b)",
    re.I,
)
_LONGEST = 24  # words: a longer clause after 'of' is no longer read as one
_ARTICLES = frozenset({"de", "het", "een", "die", "dat", "deze", "dit"})
_POINTERS = frozenset({"die", "dat", "deze", "ze"})
_LEAD = re.compile(r"^(?:(?:en|of|maar|dus|en\s+dan|ook)\s+)+", re.I)
_WORD = re.compile(r"[\w'’€%/-]+", re.I)


def _ik_form(plural: str) -> str:
    """'maken' → 'maak', 'zitten' → 'zit', 'verkopen' → 'verkoop', 'gebruiken' → 'gebruik' (a plural verb's stem)."""
    for forms in whether_words().irregular:
        if plural == forms[0]:
            return forms[1]
    if not plural.endswith("en") or len(plural) < 4:
        return ""
    stem = plural[:-2]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        return stem[:-1]  # 'zitten' → 'zit'
    stem = stem[:-1] + "f" if stem.endswith("v") else stem[:-1] + "s" if stem.endswith("z") else stem
    vowels = "aeiou"
    if (
        len(stem) > 2
        and stem[-1] not in vowels
        and stem[-2] in "aeou"
        and stem[-3] not in vowels
        and not re.search(r"(?:er|el|em|en)$", stem)
    ):
        return stem[:-1] + stem[-2] + stem[-1]  # 'maken' → 'maak', 'verkopen' → 'verkoop'
    return stem


def _u_form(plural: str) -> str:
    """'mogen' → 'mag', 'werken' → 'werkt': the verb with 'u'."""
    for forms in whether_words().irregular:
        if plural == forms[0]:
            return forms[2]
    stem = _ik_form(plural)
    return "" if not stem else stem if stem.endswith("t") else f"{stem}t"


def _plural_from_u(u_form: str) -> str:
    """'kunt' → 'kunnen', 'zijt' → 'zijn': the verb the writer said with 'u' as the business says it with 'we' (the
    irregular forms only); '' for another."""
    return next((forms[0] for forms in whether_words().irregular if u_form == forms[2]), "")


def _ik_from_u(u_form: str) -> str:
    """'werkt' → 'werk', 'kunt' → 'kan': what the business says of itself for the verb the writer said with 'u'."""
    for forms in whether_words().irregular:
        if u_form == forms[2]:
            return forms[1]
    return u_form[:-1] if u_form.endswith("t") and len(u_form) > 3 and not u_form.endswith("tt") else ""


@dataclass(frozen=True)
class _Sides:
    ik: bool  # the business speaks as 'ik'
    you: str  # the writer, 'je' or 'u'


def _noun_next(words: list[str], i: int) -> bool:
    """Whether the word after ``i`` is a thing it owns ('jullie steiger'), not a joining word or a verb."""
    ww = whether_words()
    if i + 1 >= len(words):
        return False
    nxt = words[i + 1].lower()
    after = words[i + 2].lower() if i + 2 < len(words) else ""
    # ('bij jullie lunchen met de hond': an infinitive at the end or before a part with a preposition)
    return nxt not in ww.not_verbs | ww.subject_starts and not (
        nxt.endswith("en") and (not after or after in ww.not_verbs)
    )


def _swap(words: list[str], sides: _Sides) -> list[str] | None:
    """The words after the subject with the writer's and the business's words on the other side; None when a word
    cannot change sides without its verb changing too."""
    ww = whether_words()
    out = list(words)
    for i, word in enumerate(words):
        low = word.lower()
        if low in ww.unsure or (low in {"we", "wij"} and sides.you == "u"):
            return None
        if low in {"jullie", "uw"}:
            # ('bij jullie koffie halen': after 'bij' it is where, not whose)
            owned = low == "uw" or (_noun_next(words, i) and not (i and words[i - 1].lower() == "bij"))
            out[i] = ours_before(words[i + 1], ik=sides.ik) if owned else ("mij" if sides.ik else "ons")
        elif low == "u":
            if i > 0 and words[i - 1].lower() in ww.not_verbs and not _noun_next(words, i):
                out[i] = "mij" if sides.ik else "ons"  # 'bij u'
            elif sides.ik and i + 1 < len(words) and (verb := _ik_from_u(words[i + 1].lower())):
                out[i], out[i + 1] = "ik", verb  # 'de verf die u gebruikt' → 'die ik gebruik'
            else:
                return None
        elif low in {"onze", "mijn", "m'n", "mn"} or (low == "ons" and _noun_next(words, i)):
            out[i] = ("jullie" if low in {"ons", "onze"} else "je") if sides.you == "je" else "uw"
        elif low == "ons":
            out[i] = "jullie" if sides.you == "je" else "u"
        elif low == "mij":
            out[i] = sides.you  # 'bij mij thuis' → 'bij je thuis'
        elif i and low in ww.wh_words:
            return None  # ('krijg ik daar iets voor terug of hoe zit dat?': a second question inside)
        elif low in {"we", "wij"}:
            out[i] = "jullie"
    return out


def _subject(verb: str, rest: list[str], sides: _Sides) -> tuple[str, list[str]] | None:
    """The verb and the subject turned to the other side ('maken jullie' → 'we ... maken', 'mogen we' → 'jullie ...
    mogen'); None when the verb form is not known."""
    head = rest[0].lower()
    ww = whether_words()
    if head in ww.unsure:
        return None  # 'Kan ik ...?': the writer's 'ik' needs its verb changed with it
    if head == "jullie" and _noun_next(rest, 0) and not _infinitive(verb) and verb not in {"zijn", "zijt"}:
        return verb, ["", *rest]  # 'Is jullie serre verwarmd?': whose serre, not who is asked
    if head in {"jullie", "u"} | ww.you_business:
        if sides.ik:
            form = _ik_form(verb) if head == "jullie" else _ik_from_u(verb)
            return (form, ["ik", *rest[1:]]) if form else None
        form = verb if head == "jullie" else _plural_from_u(verb)
        return (form, ["we", *rest[1:]]) if form else None
    if head in {"we", "wij"}:
        if sides.you == "je":
            return verb, ["jullie", *rest[1:]]
        form = _u_form(verb)
        return (form, ["u", *rest[1:]]) if form else None
    return verb, ["", *rest]  # (the subject is a thing: its words change sides like the rest)


def _infinitive(word: str) -> bool:
    """Whether a word can be an infinitive after a modal verb ('aanleggen', 'zijn', 'doen'): lower case, in -en, or
    one of the short ones ending in -n; a name ('Houthalen') is none."""
    if not word.islower() or word in whether_words().not_infinitives:
        return False
    return (len(word) > 3 and word.endswith("en")) or word in {"zijn", "gaan", "staan", "doen", "zien", "slaan"}


def _finite(word: str) -> bool:
    """Whether a word can be the verb that opens a question ('Kan', 'Zit', 'Maken', 'Zijt', 'Heb'): a form of
    whether_clauses.toml or one in -t or -en; not 'Iemand die ...'."""
    low = word.lower()
    ww = whether_words()
    forms = {f for three in ww.irregular for f in three} | ww.modals | {"is", "zou", "ga", "doe", "heb", "ben", "kan"}
    return low in forms or (len(low) > 2 and low.endswith(("t", "en", "d")) and not low.endswith("nd"))


def _placed(verb: str, main: list[str]) -> list[str]:
    """The verb at the end of the clause, before an infinitive a modal verb goes with ('mogen aanleggen'), or before
    a part that points at a thing after 'in' ('er alcohol zit in die met de likeurvulling')."""
    ww = whether_words()
    # the infinitive: a word in -en after no article ('het eten' is a thing), last or before a part with a
    # preposition ('mogen we een taart meenemen voor bij de koffie?': the verb before it, that part after it)
    ends = [
        k
        for k, w in enumerate(main)
        if k
        and _infinitive(w)
        and (k == 1 or main[k - 1].lower() not in {"de", "het", "een"})  # ('het eten' is a thing)
        and not re.match(r"\d", main[k - 1])  # ('met een 40-tal mensen', '30 mensen': things counted)
        and (k == len(main) - 1 or main[k + 1].lower() in ww.not_verbs)
    ]
    if verb in ww.modals and ends:
        k = ends[0]
        while k > 1 and main[k - 1].lower() in ww.cluster_verbs:
            k -= 1  # 'kunnen komen eten': the modal before the first of the verbs
        return [*main[:k], verb, *main[k:]]
    for i in range(1, len(main) - 1):
        if main[i].lower() == "in" and main[i + 1].lower() in _POINTERS and main[i - 1].lower() not in _DETERMINERS:
            return [*main[:i], verb, *main[i:]]
    return [*main, verb]


def _opening(words: list[str]) -> tuple[list[str], int] | None:
    """Where the question's verb stands: the question word before it ('hoe diep'), and its index."""
    ww = whether_words()
    if words and words[0].lower() in ww.wh_words:
        wh = 2 if words[0].lower() == "hoe" else 1
        return (words[:wh], wh) if len(words) > wh + 1 else None
    for i in range(len(words) - 1):
        low, nxt = words[i].lower(), words[i + 1].lower()
        if (
            low not in ww.not_verbs
            and _finite(low)
            and nxt in ww.subject_starts
            and (i == 0 or words[0].lower() in _DETERMINERS)
        ):
            return [], i
    return None


def whether_clause(question: str, *, ik: bool, you: str) -> tuple[str, bool]:
    """One question as a clause ('Zit er palmolie in?' → 'er palmolie in zit') and whether it opens with a question
    word ('hoe diep het daar is'); ('', False) for a shape this does not turn over."""
    sentence = [s for s in _SENTENCE_BREAK.split(question) if s.strip(" ?!.")][-1:] or [""]
    parts = [p.strip().rstrip("?!. ") for p in re.split(r"[,;:]", strip_emoji(sentence[0])) if p.strip(" ?!.")]
    # the part that asks, and what follows it ('Kunt gij zoiets restaureren, met de originele lak?')
    at = next((k for k in range(len(parts) - 1, -1, -1) if _opening(_WORD.findall(_LEAD.sub("", parts[k])))), -1)
    if at < 0:
        return "", False
    words = _WORD.findall(_LEAD.sub("", parts[at]))
    tail = [w for p in parts[at + 1 :] for w in _WORD.findall(p)]
    if tail and tail[0].lower() in {"en", "of", "maar"}:
        return "", False  # ('..., en is betalen op factuur mogelijk?': a second question after the comma)
    opened = _opening(words)
    if opened is None or len(words) - opened[1] < 2 or (tail and opened[0]):
        return "", False
    wh, i = opened
    pointed = words[:i] if not wh and i else []
    before = _WORD.findall(parts[at - 1]) if at > 0 and not pointed else []
    if before and before[0].lower() in _DETERMINERS - {"een"}:
        pointed = before
    sides = _Sides(ik=ik, you=you)
    said = _subject(words[i].lower(), words[i + 1 :], sides)
    if said is None:
        return "", False
    verb, rest = said
    swapped = _swap(rest[1:], sides)
    thing = _swap(pointed, sides) if pointed else []
    if swapped is None or thing is None:
        return "", False
    rest = [w for w in (rest[0], *swapped) if w]
    if thing:
        at = next((k for k, w in enumerate(rest[:2]) if w.lower() in _POINTERS), -1)
        rest = [*rest[:at], thing[0].lower(), *thing[1:], *rest[at + 1 :]] if at >= 0 else rest
    cut = next((k for k, w in enumerate(rest) if k and w.lower() in whether_words().after_verb), len(rest))
    placed = _placed(verb, rest[:cut])
    if not placed:
        return "", False
    said_tail = _swap(tail, sides) if tail else []
    if said_tail is None:
        return "", False
    clause = [*(_WH_SAID.get(w.lower(), w.lower()) for w in wh), *placed, *rest[cut:]]
    if said_tail:  # ('..., met de originele lak')
        clause = [*clause[:-1], f"{clause[-1]},", *said_tail]
    return " ".join("het" if w in {"'t", "’t"} else w for w in clause), bool(wh)


def whether_clauses(asked: Iterable[str], *, ik: bool, you: str) -> str:
    """All the questions as one clause after 'of' ('we die paaseitjes zelf maken en of er palmolie in zit'); '' when
    one of them cannot be turned over or the first opens with a question word ('Of hoe ...' is no Dutch)."""
    said: list[str] = []
    for n, question in enumerate(q for a in asked for q in _AND_WH.split(a) if q.strip()):
        clause, wh = whether_clause(question, ik=ik, you=you)
        if not clause or (wh and n == 0):
            return ""
        said.append(clause if n == 0 else f"{'en' if wh else 'en of'} {clause}")
    joined = " ".join(said)
    return "" if len(joined.split()) > _LONGEST else joined
