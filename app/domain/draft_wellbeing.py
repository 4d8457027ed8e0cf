"""What a complaint says about how things stand now, so the draft does not ask or offer the wrong
thing: the person harmed is fine again ('Hij is gelukkig weer opgeknapt'), the writer asks to be
called back ('Bel me dan gewoon, 06-...')."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from app.domain.draft_cues import draft_cues
from app.domain.draft_harm_now import harm_words
from app.domain.draft_praise_held import praise_list
from app.domain.topics import TopicAnalysis, article_of
from app.domain.words import possessive_alternation, theirs_alternation, whole_word

# A verb of being or going, then within a few words 'weer/inmiddels/gelukkig' + a word for well.
_RECOVERED = re.compile(
    r"\b(?:gaat|ging|is|zijn|was|voelt|voelde|knapte|knapt)\b[^.!?]{0,30}?"
    r"\b(?:weer|inmiddels|gelukkig)\s+(?:\w+\s+)?"
    r"(?:goed|beter|opgeknapt|hersteld|in orde|de oude|op|oké|oke|ok|okay|prima|fit)\b"
    # 'hij is nu oké', 'het gaat nu al beter', 'de zwelling is nu weg', 'is alweer over'
    r"|\b(?:gaat|is|zijn|voelt)\s+(?:het\s+|hij\s+|ze\s+|zij\s+)?(?:nu|alweer|al)\s+(?:al\s+|weer\s+|gelukkig\s+)?"
    r"(?:oké|oke|ok|okay|goed|beter|prima|weg|over|in orde)\b"
    # 'Gelukkig gaat het nu weer.', 'het gaat inmiddels alweer': 'weer' ending the clause, not 'gaat het weer mis'
    r"|\b(?:gaat\s+(?:het|hij|ze|zij)|(?:het|hij|ze|zij)\s+gaat)\s+(?:(?:nu|gelukkig|inmiddels|al)\s+)*(?:al)?weer"
    r"(?=\s*(?:[.!,;:)]|$))"
    # 'Tis goed afgelopen', 'het is gelukkig goed afgelopen': it ended well
    r"|\b(?:is|was|tis|'t\s+is)\s+(?:\w+\s+)?(?:goed|goe|goed\s+en\s+wel)\s+afgelopen\b",
    re.IGNORECASE,
)
# 'Bel me dan gewoon', 'bel mij even terug': the writer asks to be called.
_CALL_ME = re.compile(r"(?:^|[.!?]\s*|\bdus\s+)bel\s+(?:me|mij|ons)\b", re.IGNORECASE)
# The writer cannot use the phone ('Ik ben doof, dus bellen lukt mij niet', 'ik kan slecht bellen'): in the
# first person only, not 'mijn moeder is slechthorend'.
_CANNOT_CALL = re.compile(
    r"\bik\s+ben\s+(?:\w+\s+)?(?:doof|slechthorend|spraakgestoord)\b"
    r"|\bbellen\s+(?:lukt|gaat|kan)\s+(?:bij\s+)?(?:mij|me)\s+(?:\w+\s+)?niet\b"
    r"|\bik\s+kan\s+(?:\w+\s+)?(?:niet|slecht|moeilijk|nauwelijks)\s+(?:goed\s+)?(?:bellen|telefoneren)\b"
    r"|\bik\s+(?:heb|bezit)\s+geen\s+telefoon\b",
    re.IGNORECASE,
)
# The writer is not online ('Ik ben 81, heb geen smartphone en geen computer', 'ik heb geen e-mail', 'I don't have a
# computer'): mail and messages are no way to them, the phone is. First person only, not 'mijn moeder heeft geen gsm'.
_OFFLINE = re.compile(
    r"(?:\bik\s+(?:heb|bezit|gebruik)|\bheb\s+ik|(?:^|[,.;!?]\s*|\ben\s+)heb)\s+(?:(?:ook|zelf|nog|echt|helemaal|zelfs)\s+)*"
    r"(?:geen|gene)\s+(?:computer|pc|laptop|smartphone|internet|e-?mail(?:adres)?|mail(?:adres)?)\b"
    # the device as a thing one has, up to the end of the clause: not 'geen mail gekregen', 'geen e-mail bevestiging'
    r"(?=(?:\s+(?:thuis|meer|hoor|zelfs|ofzo))?\s*(?:[,.;:!?)]|\b(?:en|of|dus|maar|want|noch|omdat|and|or|so|but)\b|$))"
    r"|\bi\s+(?:don'?t|do\s+not)\s+(?:have|use|own)\s+(?:a\s+|an\s+|any\s+)?(?:computer|pc|laptop|smartphone|internet|e-?mail)\b"
    r"|\bi\s+have\s+no\s+(?:computer|pc|laptop|smartphone|internet|e-?mail)\b"
    r"|\bik\s+(?:kan|ben)\s+(?:\w+\s+)?(?:niet|nie|slecht)\s+(?:mee\s+)?(?:met\s+(?:de\s+)?computers?|digitaal|online|mailen)\b"
    r"|\bdigibeet\b|\bdigitaal\s+analfabeet\b",
    re.IGNORECASE,
)
# Several of the party were hurt or ill: 'vier van de zes', 'alle drie', 'drie van ons'.
_SEVERAL = re.compile(
    r"\b(?:alle(?:maal)?\s+(?:twee|drie|vier|vijf|zes|zeven|acht|\d{1,3})\b|(?:twee|drie|vier|vijf|zes|zeven|acht|\d{1,3})"
    r"\s+van\s+(?:de|ons|onze|hen)\b)",
    re.I,
)
# The question after the person that a recovered writer must not get ('Hoe gaat het er nu mee?' after what they
# caught).
_HOW_ARE = re.compile(
    r"\s*(?:Hoe (?:gaat het|is het) (?:er nu mee|nu(?: met (?P<wie>[^?]+))?)\?|Is iedereen in orde\?)"
)
# The hope that things are better already, said instead of the question ('We hopen dat het inmiddels beter gaat'),
# or the gladness that they are ('Gelukkig gaat het weer goed met Daan'): how things are now is said last.
_HOPE_BETTER = re.compile(r"\s*\b(?:(?:Ik hoop|We hopen) dat het (?:inmiddels|al|weer)|Gelukkig gaat het weer)\b")
# The question whether everyone is fine, wrong once the writer said who got hurt.
_ALL_FINE = re.compile(r"\s*Is iedereen in orde\?")


# Signs that an allergic reaction did happen ('onder de bulten', 'met spoed naar de huisartsenpost').
_REACTED = frozenset(
    {"vlek", "bult", "bultje", "uitslag", "lip", "zwelling", "opgezwollen", "benauwd", "jeuk", "epipen", "spoed"}
    | {"opgezwol", "gezwol", "jeukt", "jeukte", "blaar", "blaren"}  # our lemmas of 'opgezwollen', 'jeukte' ...
    | {"huisartsenpost", "huisarts", "dokter", "ziekenhuis", "ambulance", "spoedeisende", "reactie", "overgev"}
)


# Words that say someone got hurt (compounds of 'wond' count too: 'schaafwonden'), by their lemma.
_INJURED = frozenset(
    {"gewond", "verwond", "verwonding", "bloed", "bloedde", "hechting", "blessure", "gekneusd", "kneuzing", "buil"}
    | {"geschaafd", "hersenschudding", "ziekenhuis", "brek", "gebroken", "geknald", "onderuit", "aangereden"}
)
# A part of the body hurt, told in a way the complaint's own cue says back ('mijn knie lag open').
_HURT_PART = re.compile(
    r"\b(?:sleutel|scheen|kuit|dij|boven|onder|linker|rechter)?"
    r"(?:knie|been|arm|hand|pols|enkel|elleboog|schouder|hoofd|kin|lip|neus|rug|heup|voet|tand|vinger|duim)\s+"
    r"(?:lag\s+|was\s+|is\s+)?(?:open|gebroken|gekneusd|kapot|geschaafd|verstuikt|verzwikt|gebarsten)\b",
    re.IGNORECASE,
)


# Whose a part of the body is: someone else's ('in zijn oor geknipt', 'haar linkerhand') or the writer's.
_THEIRS = rf"(?:{theirs_alternation()})"  # Flemish 'zijne tand' (app/domain/words.py THEIRS)
_AN = r"(?:\b(?:een|nen|ne)|'n)"
_OWN = rf"(?:{possessive_alternation()}|mijne|mijnen)"  # 'van mijn schoonvader', 'van ons moeder'
_SIDE = r"(?:voor|achter|onder|boven|linker|rechter)"  # 'voortand', 'linkerhand'; not 'afstand'


def theirs_hurt(text: str, parts: Iterable[str]) -> str:
    """The part of the body of the writer's person that got hurt, as written ('met de schaar in zijn oor
    geknipt' → 'oor', 'haar linkerhand' → 'linkerhand'); a compound ends in a part of the body."""
    words = "|".join(sorted((re.escape(p) for p in parts), key=len, reverse=True))
    # 'het hoofd van mijn schoonvader': a part said as the writer's person's goes first; 'de parasol schiet los
    # uit zijn voet' before it is the parasol's base, no one's body
    owned = re.search(rf"\b(?P<deel>{_SIDE}?(?:{words}))\s+van\s+{_OWN}\s+[^\W\d_]", text, re.IGNORECASE)
    # (a compound's first part has three letters or more: 'zijn linkerhand', not 'zijn brug' read as b + rug)
    found = owned or re.search(rf"\b{_THEIRS}\s+(?P<deel>(?:[a-zà-ÿ]{{3,}}?)?(?:{words}))\b", text, re.IGNORECASE)
    # 'Nen halve voortand eraf', 'heeft een gebroken pols': said with an article and what is wrong with it
    found = found or re.search(rf"{_AN}\s+[a-zà-ÿ]+e[n]?\s+(?P<deel>{_SIDE}?(?:{words}))\b", text, re.IGNORECASE)
    return found.group("deel").lower() if found else ""


def owner_only(owner: str, text: str, parts: Iterable[str]) -> bool:
    """Whether the writer's person whose occasion it was is named only as its owner ('voor de bruiloft van mijn
    broer ... mijn hoofdhuid brandde'): named once, no part of a third person's body told hurt ('mijn dochter
    ... voor haar galabal ... de krultang tegen haar nek': then it happened to her), and no 'ze' or 'hij' after
    the name that tells it happened to them ('voor de verjaardag van onze moeder ... ze is er allergisch voor')."""
    if len(whole_word(owner).findall(text)) != 1:
        return False
    words = "|".join(sorted((re.escape(p) for p in parts), key=len, reverse=True))
    theirs = re.search(rf"\b{_THEIRS}\s+[a-zà-ÿ]*?(?:{words})\b", text, re.IGNORECASE)
    return not theirs and not told_of_owner(owner, text)


# Words ending in -en next to a 'ze' that are no plural verb ('toen ze at', 'meteen kreeg ze').
_NOT_PLURAL = frozenset({"toen", "meteen", "ineens", "even", "tegen", "open", "geen", "heen", "boven", "alleen"})


def _plural_beside(words: list[str], at: int) -> bool:
    """Whether a word beside the pronoun at ``at`` is a plural verb ('ze werden', 'hebben ze', 'ze zijn')."""
    beside = words[max(at - 1, 0) : at] + words[at + 1 : at + 2]
    return any(w == "zijn" or (w.endswith("en") and w not in _NOT_PLURAL) for w in beside)


@cache
def _harm_said() -> tuple[frozenset[str], tuple[str, ...]]:
    """The words (and the starts of words) that tell someone got ill or reacted: harm.toml [lists] and _REACTED."""
    said = harm_words("sick") | harm_words("itch") | harm_words("spots") | harm_words("doctor") | _REACTED
    return said, tuple(harm_words("allergy_named"))


def _tells_harm(word: str) -> bool:
    """Whether a word tells that someone got ill or reacted ('allergisch', 'benauwd', 'ziek', 'huisarts')."""
    said, starts = _harm_said()
    return word in said or word.startswith(starts)


def told_of_owner(owner: str, text: str) -> bool:
    """Whether the writer's person named as whose occasion it was is the one it happened to, told after the name
    with a 'ze' (for a woman) or 'hij' (for a man) in a clause that tells the harm ('voor de verjaardag van onze
    moeder ... ZONDER sesam, ze is er allergisch voor ... kreeg ze het benauwd'); not a plural 'ze' ('ze werden
    allemaal ziek'), not a clause of the writer's own ('ik werd ziek'), and not once another person of the same
    sex is named between the owner and the pronoun ('het feest van mijn moeder ... mijn zus at ervan, ze werd
    ziek': the sister)."""
    named = whole_word(owner).search(text) if owner else None
    female, male = praise_list("female_people"), praise_list("male_people")
    pronouns, same = ({"ze", "zij"}, female) if owner in female else ({"hij"}, male) if owner in male else ((), ())
    if named is None or not pronouns:
        return False
    seen: list[str] = []
    for clause in re.split(r"[.!?;,:]+", text[named.end() :].lower()):
        words = re.findall(r"[^\W\d_]+", clause)
        hurt = "ik" not in words and any(_tells_harm(w) for w in words)
        for at, word in enumerate(words):
            if word in pronouns and hurt and not _plural_beside(words, at) and not set(seen) & set(same):
                return True
            seen.append(word)
    return False


def part_of_person(part: str, person: str) -> str:
    """'het oor van je zoontje', 'de handen van Bruno'; just the person when no part was named."""
    if not part:
        return person
    plural = part.endswith(("ën", "s")) or (part.endswith("en") and not part.endswith("een"))
    return f"{'de' if plural else article_of(part)} {part} van {person}"


def hurt_too(topics: TopicAnalysis, text: str) -> bool:
    """Whether the writer (or their person) got hurt when the thing failed ('tegen een paaltje geknald,
    schaafwonden over heel mijn arm'), where no part of the body is named already (that line asks after it)."""
    if topics.body or _HURT_PART.search(text):
        return False
    # 'mijn fietsstoeltje brak af': the part broke, not a bone
    injured = _INJURED - _BROKE if topics.gave_way is not None else _INJURED
    return any(w in injured or (w.endswith("wond") and len(w) > 4) for w in topics.lemmas)


_BROKE = frozenset({"brek", "gebroken"})


def injured_said(topics: TopicAnalysis) -> bool:
    """Whether the writer tells of a wound or a fall ('gesneden', 'schaafwonden', 'onderuit'), not only of what
    they caught ('een schimmelinfectie')."""
    return any(w in _INJURED or (w.endswith("wond") and len(w) > 4) for w in topics.lemmas)


def near_miss(topics: TopicAnalysis, text: str) -> bool:
    """Whether an allergy went well just in time ('gelukkig proefde ze het meteen'), not a reaction the
    writer is glad is over ('Hij is gelukkig weer in orde', 'zat onder de bulten')."""
    # the harm said only as what would otherwise have happened ('anders hadden we op de eerste hulp gezeten')
    otherwise = _OTHERWISE.search(text)
    only_otherwise = (
        set(re.findall(r"\w+", re.split(r"[.!?]", text[otherwise.start() :])[0].lower())) if otherwise else set()
    )
    hurt = "letsel" in topics.safety and otherwise is None
    reacted = hurt or bool(_REACTED & (set(topics.lemmas) - only_otherwise)) or said_recovered(text)
    # 'ze had het bijna gegeten'; not 'zo opgezwollen dat ik bijna niet te herkennen ben' (it did happen)
    return ("bijna" in topics.lemmas or "gelukkig" in topics.lemmas) and not reacted


# What would otherwise have happened: 'anders hadden we op de spoed gezeten', 'anders was ze in het ziekenhuis beland'.
_OTHERWISE = re.compile(r"\banders\s+(?:had|hadden|was|waren|zou|zouden|zat|zaten|lag|lagen)\b", re.IGNORECASE)


# A fall that nearly happened ('bijna onderuit gegaan', 'ik ging haast neer', 'net niet gevallen', 'nearly fell').
_NEAR_FALL = re.compile(
    r"\b(?:bijna|haast|bijkans|bekant|net\s+niet)\s+(?:\w+\s+){0,3}?"
    r"(?:onderuit|gevallen|gevallen|ten\s+val|gestruikeld|uitgegleden|neergegaan|neer\s+gegaan|op\s+mijn\s+\w+\s+gegaan)"
    r"|\b(?:almost|nearly)\s+(?:fell|fallen|crashed|came\s+off|went\s+down|slipped)\b",
    re.IGNORECASE,
)


def near_fall(topics: TopicAnalysis, text: str) -> bool:
    """Whether the writer only nearly fell ('op het ijs bijna onderuit gegaan') and says no one got hurt: no
    question how they are now, no wish to get well."""
    if not nearly_fell(text) or _HURT_PART.search(text):
        return False
    hurt = {w for w in topics.lemmas if w in _INJURED - _FALLS or w.endswith("wond")}
    return all(_denied(text, w) for w in hurt)  # 'Ik ben niet gewond maar wel geschrokken': nobody hurt


def nearly_fell(text: str) -> bool:
    """Whether the writer says they nearly fell ('bijna onderuit gegaan', 'nearly fell'): no 'Zo'n val' then."""
    return _NEAR_FALL.search(text) is not None


def _denied(text: str, word: str) -> bool:
    """Whether every mention of the injury ``word`` is denied right before it ('niet gewond', 'niks gebroken')."""
    said = list(re.finditer(rf"\b{re.escape(word)}\w*", text, re.I))
    denials = harm_words("denied")

    def before(start: int) -> set[str]:
        return set(re.findall(r"[\w']+", text[max(0, start - 25) : start].lower())[-2:])

    return bool(said) and all(before(m.start()) & denials for m in said)


_FALLS = frozenset({"onderuit", "geknald"})
# A job the writer had done ('Schaatsen laten slijpen', 'mijn fiets liet ik nakijken'): (thing, verb as said).
# the work as an infinitive, not a verb of perceiving, lying or moving ('laten weten', 'laten vallen')
_NOT_WORK = r"(?:weten|zien|horen|vallen|liggen|staan|komen|gaan|zitten|merken|lopen|rijden)\b"
_WORK = rf"(?!{_NOT_WORK})(?P<werk>[a-zà-ÿ]{{3,}}en)\b"
_JOB = re.compile(
    r"\b(?P<ding>[a-zà-ÿ-]{3,})\s+(?:\w+\s+){0,2}?(?:laten|liet|lieten|gelaten)\s+"
    + _WORK
    + r"|\b(?:laten|liet|lieten)\s+"
    + _WORK.replace("werk", "werk2"),
    re.IGNORECASE,
)


def job_done(text: str) -> tuple[str, str]:
    """(the thing, the work) of a job the writer had done: ('schaatsen', 'slijpen') for 'Schaatsen laten slijpen',
    ('', 'knippen') for 'liet knippen'; ('', '') when none is said."""
    found = _JOB.search(text)
    if found is None:
        return "", ""
    work = (found.group("werk") or found.group("werk2")).lower()
    return (found.group("ding") or "").lower(), work


def said_recovered(text: str) -> bool:
    return _RECOVERED.search(text) is not None


def several_hurt(text: str) -> bool:
    return _SEVERAL.search(text) is not None


def cannot_call(text: str) -> bool:
    return _CANNOT_CALL.search(text) is not None


def offline(text: str) -> bool:
    """Whether the writer says they have no computer, smartphone or e-mail: only the phone reaches them."""
    found = _OFFLINE.search(text)
    # 'ik heb geen mail en geen sms gekregen', 'geen mail meer van jullie gehad': a message not received, not a device
    # in the same clause ('heb geen computer, dus ik heb niets gezien' is offline)
    rest = re.split(r"[,.;:!?]", text[found.end() : found.end() + 40])[0] if found else ""
    return found is not None and draft_cues().not_received.search(rest) is None


def asks_to_be_called(text: str) -> bool:
    return _CALL_ME.search(text) is not None


def without_how_are(line: str, say: Callable[[str], str]) -> str:
    """The line with 'Hoe gaat het nu met X?' replaced by ``say(X)`` ('' for the writer themselves):
    'Gelukkig gaat het weer goed met X.'"""
    return _HOW_ARE.sub(lambda found: " " + say((found.group("wie") or "").strip()), line, count=1).strip()


def before_how_are(line: str, extra: str) -> str:
    """The line with ``extra`` said before its question how things are ('... Hoe gaat het nu met je?') or its
    hope or gladness that things are better, or after the line when it has none."""
    found = _HOW_ARE.search(line) or _HOPE_BETTER.search(line)
    if found is None:
        return f"{line} {extra}"
    return f"{line[: found.start()].rstrip()} {extra}{line[found.start() :]}"


def instead_of_all_fine(line: str, say: str) -> str:
    """The line with 'Is iedereen in orde?' replaced by ``say`` (a wish to get well): the writer told who got
    hurt ('Ik lig met een gebroken sleutelbeen in het ziekenhuis')."""
    return _ALL_FINE.sub(lambda _: f" {say}", line, count=1).strip()


# The person of the writer's who has the condition ('een collega heeft coeliakie', 'mijn zoon is allergisch').
_HAS_CONDITION = re.compile(
    r"\b(?:een|mijn|m'n|mn|onze|ons)\s+(?P<wie>[a-zà-ÿ]{3,})\s+(?:heeft|had|is|was)\s+(?:\w+\s+){0,2}?"
    r"(?:coeliakie|coeliakiepatiënt|allergisch|\w*allergie|\w*intolerant\w*)\b",
    re.IGNORECASE,
)
_NOT_PEOPLE = frozenset({"kind", "beetje", "soort", "hele", "keer", "reactie"})


def who_has_condition(text: str) -> str:
    """'collega' for 'dat een collega coeliakie heeft' (word order of a main or a subordinate clause), or ''."""
    found = _HAS_CONDITION.search(text) or _HAS_CONDITION_SUB.search(text)
    who = found.group("wie").lower() if found else ""
    return who if who not in _NOT_PEOPLE else ""


_HAS_CONDITION_SUB = re.compile(
    r"\bdat\s+(?:een|mijn|m'n|mn|onze|ons)\s+(?P<wie>[a-zà-ÿ]{3,})\s+(?:\w+\s+){0,2}?"
    r"(?:coeliakie|allergisch|\w*allergie|\w*intolerant\w*)\s+(?:heeft|had|is|was)\b",
    re.IGNORECASE,
)
