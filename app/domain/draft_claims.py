"""What a rumour claims, as the writer put it: after 'ik hoorde dat' (:func:`claim_of`), on someone's word
('Volgens mijn buurman gaan jullie dicht', :func:`hearsay_of`) or as a statement naming the business
(:func:`named_claim`), for the rebuttal or a slot that quotes it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.domain.draft_text import strip_emoji
from app.domain.textnorm import normalise, sentences

_CLAIM = re.compile(
    r"\b(?:hoor(?!\s*[,!])|hoorde|horen|gehoord|las|lees|lezen|gelezen|zei|zegt|zeggen|zeiden|vertelde|verteld|beweert|"
    r"klopt het|klopt 't|is het waar|is 't waar|schijnt|wist je|wisten jullie|wist u|"
    # 'gaat het verhaal dat ...', 'een gerucht rond dat ...': the story, right before its 'dat' (not 'was dat')
    r"(?:verhaal|verhalen|gerucht|geruchten|praatje|praatjes|roddel|roddels)"
    r"(?=(?:\s+(?:gaat|gaan|ging|gingen|doet|doen|rond|de|ronde|hier|hoor|nu))*\s+dat\b))"
    r"(?!\w)[^.?!]{0,40}?\bdat\s+(?!van\b|via\b)"
    r"(?P<claim>[^.?!]{8,140}?)\s*[.?!]",
    re.I,
)


def claim_of(text: str) -> str:
    """What a rumour says is true, as the writer put it ('Kapperij Noor binnenkort een tweede zaak
    opent in Haren'); '' when the comment has no 'hoor/las/klopt het dat ...'."""
    found = _CLAIM.search(strip_emoji(text))
    if not found:
        return ""
    claim = re.sub(r"[\s,]*\b(?:klopt (?:dat|het)|of niet|toch|echt waar)\s*$", "", found.group("claim"), flags=re.I)
    return " ".join(claim.split())


# What a rumour says on someone's word, in a main clause: 'Volgens mijn buurman gaan jullie stoppen',
# 'Men zegt: ...', 'Het verhaal gaat rond dat ...' is a 'dat' claim (above).
_HEARSAY = re.compile(r"\b(?:volgens|naar\s+verluidt|zo\s+zegt|zo\s+hoorde)\b(?P<rest>[^.?!]{8,200})[.?!]?", re.I)
# A finite verb before its subject opens the claim of a main clause after 'volgens X': 'gaan jullie', 'zit het'.
_VERB_SUBJECT = re.compile(
    r"\b(?P<claim>[a-z]\w+\s+(?:jullie|u|je|ze|zij|hij|het|er|de|die|men)\b.*)$",
    re.I,
)


# The same, with who says it after the claim: 'Alles komt uit de diepvries. Zeggen ze.', 'Ze stoppen, hoor ik'.
_SAID_AFTER = re.compile(
    r"(?:^|[.!?]\s+)(?P<claim>[^.?!]{8,200}?)[.,;]?\s+(?:zo\s+)?(?:zeggen\s+ze|zegt\s+men|hoor\s+ik|"
    r"wordt\s+(?:er\s+)?gezegd|gaat\s+het\s+verhaal|zeggen\s+de\s+mensen|"
    r"heb\s+ik\s+(?:[^.?!]{0,30}\s)?(?:gehoord|gelezen))\b",  # '... Heb ik van een collega gehoord.'
    re.I,
)


def hearsay_of(text: str) -> str:
    """What a rumour says on someone else's word, as the writer put it (a main clause: 'zit het bij Waalzicht
    vol met ratten'), for a slot that quotes it; '' when the comment has no 'volgens ...'. After the source
    and the commas that describe it, the last part is the claim; without a comma, the part from the verb
    before its subject ('Volgens mijn buurman gaan jullie dicht' → 'gaan jullie dicht')."""
    found = _HEARSAY.search(strip_emoji(text))
    if not found:
        after = _SAID_AFTER.search(strip_emoji(text))  # 'Alles komt uit de diepvries. Zeggen ze.'
        claim = re.sub(r"^(?:\S+\s+){0,4}\S+:\s+", "", after.group("claim")) if after else ""  # 'Pas op bij X: ...'
        return " ".join(claim.split()) if len(claim.split()) >= 3 else ""
    rest = found.group("rest").strip()
    parts = [p.strip() for p in rest.split(",") if p.strip()]
    if len(parts) > 1:
        claim = parts[-1]
    else:
        words = rest.split()
        verb = _VERB_SUBJECT.search(" ".join(words[1:]))  # the source is at least one word
        claim = verb.group("claim") if verb else ""
    return " ".join(claim.split()) if len(claim.split()) >= 3 else ""


def named_claim(text: str, name: str, kind: str = "") -> str:
    """What a rumour says of the business by its name, without 'ik hoor dat': the first statement that
    names it ('Kade Zeventien gaat per 1 januari dicht, failliet'); '' when no statement names it. ``name``:
    the business's name, whose words for its kind ('Restaurant') do not count."""
    words = [w for w in re.findall(r"[A-Z][\w'-]{3,}", name) if w.lower() != kind.lower()]
    # a long word of the name also as the writer types it ('vanhoutte verhuurt ...', 'die 'haarstudio' ...')
    flags = [re.I if len(w) >= 6 else 0 for w in words]
    for sentence in sentences(strip_emoji(text)):
        # 'Gerucht in Oisterwijk: Van Riel stopt ermee': what is said after the colon
        said = " ".join(re.sub(r"#\w+", "", sentence.split(": ", 1)[-1]).split()).rstrip(" .!")
        named = any(re.search(rf"\b{re.escape(w)}\b", said, f) for w, f in zip(words, flags, strict=True))
        if not said.endswith("?") and len(said.split()) >= 4 and named:
            return said
    return ""


# A sentence that addresses the reader ('dat kun je vergeten', 'ge moogt het weten'): advice, not the claim.
# ... or one about the writer and their own ('Mijn moeder betaalt altijd cash') or whose word it is ('Zeiden ze in de
# wachtzaal', 'Las da ergens'): no claim about the business either.
_ADDRESSED = re.compile(
    r"\b(?:je|jij|jou|jouw|ge|gij|u|uw|ik|k|mijn|m'n|me|mij|we|wij|ons|onze|zei|zeiden|zeggen|gezegd|las|gelezen|"
    r"hoorde|gehoord|weet|snap|denk)\b",
    re.I,
)


# A sentence that points back at what was said or draws a conclusion from it ('Zo gaat dat bij zulke zaken', 'Dus
# ...'): the claim is said before it.
_POINTS_BACK = re.compile(r"^(?:zo|dus|daarom|dat|dit|zoiets|zulke|daar|daarvoor|vandaar|want|maar)\b", re.I)


def stated_claim(text: str, lemmas: Iterable[str]) -> str:
    """What a rumour states as plain fact, without saying whose word it is or naming the business ('Den ouden chef
    is weg en nu komt alles uit de diepvries.'): of its sentences that ask nothing and have five words or more, the
    one that holds the most of the comment's content words (``lemmas``, at least two), the first on a tie; '' when
    none does (a sigh like 'Het is hier ook niet meer wat het was' names nothing)."""
    keys = {normalise(w) for w in lemmas if len(w) >= 4}
    best, most = "", 1
    for sentence in sentences(strip_emoji(text)):
        said = " ".join(sentence.split()).rstrip(" .!")
        words = [w for w in re.findall(r"[^\W\d_][\w-]*", normalise(said)) if len(w) >= 4]
        if said.endswith("?") or len(said.split()) < 5 or _ADDRESSED.search(said) or _POINTS_BACK.match(said):
            continue  # (not 'kun je dat met een korreltje zout nemen': advice to the reader, no claim)
        hits = sum(any(w.startswith(k) or k.startswith(w) for w in words) for k in keys)
        if hits > most:
            best, most = said, hits
    return best


# A subject that opens a part of a claim ('ze geen nieuwe fietsen meer inkopen'): the part is said without it.
_SUBJECT = re.compile(r"^(?:ze|zij|jullie|hij|die|men|u|je)\s+", re.I)


def claim_parts(claim: str) -> tuple[str, ...]:
    """The parts of a claim joined by 'en', each of at least three words and without its subject: 'ze geen nieuwe
    fietsen meer inkopen en de hele oktober dicht zijn' → ('geen nieuwe fietsen meer inkopen', 'de hele oktober
    dicht zijn'); () when it has one part ('pinnen en contant' is one)."""
    parts = [_SUBJECT.sub("", p.strip(" ,")) for p in re.split(r"\s+en\s+", claim)]
    return tuple(parts) if len(parts) > 1 and all(len(p.split()) >= 3 for p in parts) else ()
