"""The questions in a comment: which sentences ask and which of them want an answer from the business (what a
yes/no question asks about: app.domain.draft_questions_about)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from app.domain.draft_fact_words import WEEKDAY, fact_words
from app.domain.draft_phrase_cues import phrase_cues
from app.domain.draft_text import strip_emoji
from app.domain.draft_wish_clause import wish_clause
from app.domain.words import MONTH_WORDS, alternation, possessive_alternation, word_set

__all__ = ["wish_clause"]  # what a suggestion asks for: app.domain.draft_wish_clause

_QUESTION_END = re.compile(r"(?<=\?)[\s\u200d\ufe0f]*(?=\S)|(?<=[.!])\s+")
# A sentence that asks when, how, what or where by its first word, not whether, with or without its question mark
# ('Wanneer moet ik reserveren?', 'En hoe lang van tevoren moet ik ...', 'tot hoe laat ...').
WH_ASKED = re.compile(r"^\W*(?:en\s+)?(?:(?:tot|tegen|vanaf|om)\s+)?(?:wanneer|hoe|wat|waar|welke|hoeveel)\b", re.I)


@cache
def _rhetorical() -> re.Pattern[str]:
    """Words that make a question rhetorical or a reproach rather than something to answer ('wie' and a verb of
    resources/phrase_cues.toml rhetorical_who)."""
    who = alternation(phrase_cues().rhetorical_who)
    return re.compile(
        # 'Wie pakt de handschoen op?', 'Wie volgt?': a call to everyone reading, no question to answer
        rf"\b(?:waarom|hoe (?:moeilijk|lastig|kan|haal)|wie (?:{who})|nou|toch|normaal|"
        r"serieus|mag ik (?:iets|een (?:tip|idee|suggestie)) (?:voorstellen|geven|opperen)|"  # 'Mag ik ...? Een X!'
        r"echt waar|zijn jullie gek|meen je|hallo|"
        # 'ben je gek?' is a reproach, 'ben je zaterdag open?' a question
        r"ben je(?!\s+(?:\w+\s+){0,3}(?:open|dicht|gesloten|bereikbaar|aanwezig)\b)|"
        r"wat (?:is|was) (?:dat|dit) (?:hier|nu|voor)|wat denk\w*"
        # 'Is dit hoe jullie met groepen omgaan?', 'Noemen jullie dat service?': a reproach, no question
        r"|(?:is|was) (?:dit|dat) (?:hoe|de manier)|(?:zo|so) (?:ga|gaan|gaat) (?:jullie|je|u)\b"
        r"|noem(?:en|t)? (?:jullie|je|u) (?:dit|dat)|heet (?:dit|dat))\b"
        # 'had u dan niet even kunnen wachten?': what should have been done, a reproach
        r"|\b(?:had|hadden)\s+(?:je|jullie|u|jij|ze)\s+(?:\w+\s+){0,3}?(?:niet|geen)\b[^?]*\b(?:kunnen|moeten)\b"
        # 'Moet ik nu echt zelf langskomen?': the writer should not have to
        r"|\b(?:moet|moeten)\s+(?:ik|we|wij)\s+(?:nu|dan|nou)\s+(?:echt|zelf)\b"
        r"|[?!]{2,}",
        re.I,
    )


# 'eigenlijk' makes a reproach of most questions ('Weten jullie eigenlijk wat service is?'), not of one that asks a
# price, an amount or a time ('wat kost fade + baard eigenlijk?', 'hoe laat gaan jullie eigenlijk open?').
_AFTER_ALL = re.compile(r"\beigenlijk\b", re.I)
_FACT_ASKED = re.compile(
    r"^\W*(?:wat|hoeveel)\s+(?:kost|kosten|betaal|reken|vraag|vragen)\w*\b"
    r"|^\W*(?:hoeveel|(?:tot |vanaf )?hoe laat|wanneer|welke dag\w*|hoe lang)\b"
    # whether the business is open on a day: 'zijn jullie op 1 januari eigenlijk open?'
    r"|^\W*(?:zijn|zijt|bent|is)\s+(?:jullie|julle|u|ge|gij)\b[^?]*?\b(?:open|dicht|gesloten)\b",
    re.I,
)
# What is usual, asked with a price, an amount or a time ('Hoe lang duurt dat normaal eigenlijk??'): a question to
# answer however impatiently it is put, not the reproach 'Is dat normaal?'.
_USUALLY = re.compile(r"\b(?:normaal|normaliter|gewoonlijk|meestal|doorgaans|gemiddeld)\b", re.I)
# Where, said between 'is er' and the thing asked about: 'Is er in de achterzaal een beamer?'.
# A greeting before the question: 'Goedemiddag, maakt u ook glutenvrije taarten?'; on a chat platform the
# business's handle may go first ('@bakkerij_x hoi, hebben jullie ...?', '@winkel: verkopen jullie ...?').
GREETING = re.compile(
    r"^(?:\s*@[\w.]+[,:]?)+\s*(?:(?:goe(?:de|ie)(?:morgen|middag|navond)|hoi+|hallo|hey|hee|dag)\b[,!]?\s*)?"
    r"|^\W*(?:goe(?:de|ie)(?:morgen|middag|navond)|goe(?:de|ie)n?dag|hoi|hallo|hey|hee|dag|beste|lieve|geachte)\b[^,!?]{0,30}[,!]\s*"
    # an interjection without a comma, as chat writes it: 'yo doen jullie ook ...?', 'hoi hebben jullie ...?'
    r"|^\W*(?:yo|jo|joe|hoi+|hall+o+|he+y+|hee+|hi|hey+a|ey|hai)\s+(?=\w)"
    # the business's handle before the question: '@bakkerijdekorf doen jullie ook ...?'
    r"|^\W*@[\w.]+[,:]?\s+(?=\w)"
    # a lead-in that names the question: 'Vraagje: verkoop je ...?', 'Even een vraag, hebben jullie ...?'
    r"|^\W*(?:[^\W\d_]+\s+){0,2}(?:vraag|vraagje|vraagske|vraagjes|question)\s*[:,\-–]\s*"
    # the owner addressed by name before the question: 'Lien, doe jij ook extensions?', 'Koen, hebt u ...?'
    r"|^\W*(?-i:[A-Z][^\W\d_]+)\s*,\s*(?=\w+\s+(?:jij|je|u|jullie|gij|ge)\b)",
    re.I,
)
# A day or time between 'is er' and what is asked for ('Is er zaterdagavond nog plaats?', 'is er op 3 mei plek?').
_WHEN_SAID = (
    r"(?:(?:op|voor|om|rond)\s+)?(?:(?:\w+dag\w*|morgen|vanavond|\d{1,2}(?:[/-]\d{1,2})?|" + MONTH_WORDS + r")\s*){1,3}"
)
# ('is er ergens een verzorgingstafel?', 'is er binnen een lift?': somewhere in the place, said without naming it)
THERE_PLACE = r"(?:(?:ergens|binnen|beneden|boven)\s+)?(?:(?:in|op|bij|aan)\s+(?:de|het|jullie|uw)\s+\w+\s+)?"
_ADDRESSED = re.compile(
    r"(?<!['’])\b(?:jullie|u|uw|je|jij|jou|jouw|gij|ge)\b"  # not the diminutive of 'een sms'je'
    # Brabants and Nijmeegs glue 'ge' to the verb: 'hedde', 'zijde', 'kunde', 'gade' (have, are, can, go you)
    r"|^\W*(?:en\s+|of\s+)?(?:hedde|hebde|zijde|kunde|gade|komde|doede|wette|weette|moette|magde)\b"
    r"|\b(?:krijg|kan|mag|moet|kunnen|krijgen|mogen|moeten)\s+(?:ik|we|wij)\b"
    # the same in Flemish, 'ik' cut to 'k and glued on: "moe'k een andere shampoo gebruiken?", "kan'k ..."
    r"|\b(?:krijg|kan|ken|mag|moet|moe|mo|zal)['’]k\b"
    # 'kom ik zaterdag dan wéér langs??', 'breng ik hem morgen opnieuw?': whether to come back, and when
    r"|\b(?:kom|komen|breng|brengen)\s+(?:ik|we|wij)\b[^?]*\b(?:langs|terug|weer|wéér|opnieuw)\b"
    r"|^\W*(?:wanneer|wat|waar|welke|hoe lang|hoeveel|wie|(?:tot |vanaf )?hoe laat)\b"
    r"|\b(?:garantie\w*|vergoed\w*|terug\w*|korting\w*|levering|klaar|opgelost|oplossing|ruilen|retour\w*|annuleren)\b"
    r"|^\W*(?:kan|kunnen|kunt|mag|wil|wilt)\b.*\bniet\b"
    # 'staat mijn afspraak nu vast of nie?', 'is onze reservatie genoteerd?': what the business holds of the writer's
    rf"|\b(?:{possessive_alternation()})\s+(?:afspraak|afspraakje|reservatie|reservering|boeking|bestelling)\b"
    # 'Mag mijn hond volgende keer mee naar binnen?', 'Mogen onze kinderen mee?': leave asked for the writer's own
    rf"|^\W*(?:en\s+|maar\s+)?(?:mag|mogen|kan|kunnen)\s+(?:{possessive_alternation()})\s+\w+"
    # 'Is er in de achterzaal een beamer?': where, said before the thing, too
    rf"|^\W*(?:is|zijn)\s+er\s+{THERE_PLACE}(?:{_WHEN_SAID}\s+)?(?:ook\s+|nog\s+)?"
    r"(?:een|iets|plek|plaats|ruimte|genoeg|parkeer\w*|\w+optie)\b"
    # 'Zit er gelatine in?', 'En zitten er noten in de taart?': what is in what the business makes
    r"|^\W*(?:en\s+)?(?:zit|zitten)\s+er\s+[^?]{1,60}?\bin\b"
    # 'Wordt hij thuisgebracht?', 'Worden ze bezorgd?': what is done with the writer's thing, asked in the passive
    r"|^\W*(?:wordt|worden)\s+(?:hij|zij|ze|het|die|dat|deze|dit)\s+(?:\w+\s+){0,3}?(?:ge|be|ver|thuisge|opge|afge)\w+[dt]\b"
    # 'Mijn moeder heeft een notenallergie, is dat een probleem?': whether what the writer said is all right with us
    r"|\b(?:is|zou|wordt)\s+(?:dat|dit|het)\s+(?:\w+\s+)?(?:een\s+)?(?:probleem|bezwaar|erg|oké|oke|ok)\b"
    r"|\bgeeft\s+(?:dat|dit|het)\s+(?:\w+\s+)?(?:niet|niks|iets)\b"
    # 'Ik wil voor 25 mensen bestellen, kan dat?': what the writer wants, then whether it can
    r"|,\s*(?:(?:kan|mag|lukt)\s+(?:dat|dit|het)|gaat\s+(?:dat|dit|het)\s+(?:\w+\s+)?lukken)"
    r"(?:\s+(?:ook|bij\s+jullie|bij\s+u))?\s*\W*$"
    # 'Kunnen ze ze zondag ophalen?', 'Mag hij zaterdag langskomen?': whether the people the writer asks for can
    # come on a day
    rf"|^\W*(?:en\s+)?(?:kan|kunnen|mag|mogen)\s+(?:ze|zij|hij)\b[^?]*\b{WEEKDAY}\b",
    re.I,
)


WISH = re.compile(r"\b(?:zou|zouden|zoudt|misschien|eens|idee\w*|tip|suggestie|overwegen)\b", re.I)
# A question that only gives another choice of the one before it: 'Of dat ...?', 'Of anders ...?'.
_OTHER_CHOICE = re.compile(r"^\W*of\s+(?:dat|anders|als|misschien|eventueel)\b", re.I)


def is_wish(clause: str, at: int = 0) -> bool:
    """Whether a question clause of a suggestion (the ``at``-th) is a wish, not a question to answer: 'Zouden
    jullie ...?', and after it the other choice ('... een tweede bak doen? Of dat je het kan reserveren?')."""
    return bool(WISH.search(clause) or (at and _OTHER_CHOICE.match(clause)))


_EMOJI = r"[\u2600-\u27bf\U0001f000-\U0001faff][\ufe0f\u200d\U0001f3fb-\U0001f3ff]*"


@cache
def _clause_break() -> re.Pattern[str]:
    """The end of a clause, also a colon's; not after an abbreviation that gives an example ('op ons bedrijf, bv.
    één keer per kwartaal?': one clause; 'bv', 'bijv' in resources/phrase_cues.toml example_abbreviations)."""
    shorts = (*phrase_cues().example_abbreviations, "o.a")
    not_after = "".join(rf"(?<!\b{re.escape(short)}\.)" for short in shorts)
    # (also after a colon that leads the question in: 'Twee vragen: kun je ook ...?'; not an emoji that closes an
    # aside: 'Mag ons Boris (superbraaf 🐶) mee op het terras?' is one clause)
    return re.compile(rf"(?<=[.!?…:]){not_after}\s+|{_EMOJI}(?!\s*\))\s*")


# A question joined to one before it, asked by word order alone ('... voor een man? en pakken jullie
# maaltijdcheques'): 'en'/'of' and a verb before 'jullie', 'u' or 'ge'; or a modal verb before the writer
# ('... een band plakken? en moet ik een afspraak maken', 'En kan ik met de kaart betalen, ...'); or whether
# there is a thing ('En is er een invalidentoilet, mijn vader ...', 'of zijn er ook ...').
# Also a modal verb before whom or what it is about ('En mag onze hond mee binnen, hij is ...'), a question word
# and its verb ('En waar kan ik best parkeren, het is altijd zo druk', 'En tot wanneer kan ik ... bestellen'),
# what the writer gets with it ('En krijg ik dan een vervangwagen want ik ...'), and, without 'en', a verb that
# asks of a person or thing named before ('Wordt hij thuisgebracht, wij wonen in Rhenen.'), whether there is a
# thing ('Is er een aangepast toilet, zij zit ...') or whether you can ('Kun je hem ophalen, ik woon in Akkrum.').
JOINED_ASK = re.compile(
    r"^(?:en|of)\s+(?:(?!bedank|dank)\w+\s+(?:jullie|u|ge|gij)|(?:is|zijn)\s+er\s+\w+"
    # a verb before what is the business's ('... op de kaart? en is uw keuken ook vegetarisch')
    r"|(?:is|zijn|zijt|heeft|hebben|hebt|doet|doen)\s+(?:uw|uwe|jullie|jouw|je)\s+\w+"
    # a verb before 'je' or 'jij' ('... een permanent? en werk je met producten zonder parfum'), not one that only
    # tells what the writer sees or knows ('en weet je wat', 'en zie je'), nor a clause of time ('en toen je belde')
    r"|(?!(?:bedank|dank|weet|zie|snap|hoor|voel|denk|merk|toen|als|dan|nu|zo|wat|dat|die)\b)\w+\s+(?:je|jij)\s+\w+"
    r"|(?:kan|kun|mag|moet|kunnen|mogen|moeten)\s+(?:ik|we|wij|je|dat|onze|ons|mijn|m'n|mn|zij|ze|hij)"
    r"(?:\s+(?:dan|ook|nog|hier|daar))?\s+\w+"
    r"|(?:krijg|krijgen)\s+(?:ik|we|wij|je|jij)\s+(?:dan|daar|ook|er)\s+\w+"
    r"|(?:tot\s+|vanaf\s+)?(?:waar|wanneer|hoe|hoeveel|welke|wat)\s+(?:kan|kun|kunt|kunnen|mag|mogen|moet|moeten|is|zijn)\s+\w+)\b"
    r"|^(?:is|zijn)\s+er\s+(?:ook\s+|nog\s+)?(?:een|genoeg|plek|ruimte)\b|^(?:kun|kan|kunt)\s+(?:je|jij|u)\s+(?!nagaan\b|begrijpen\b|geloven\b|raden\b|denken\b)\w+"
    r"|^(?:wordt|worden)\s+(?:hij|zij|ze|het|die|dat|deze|dit)\s+(?:\w+\s+){0,2}?"
    r"(?:ge|be|ver|thuisge|opge|afge)\w+(?:[dt]|en)\b"
    # in English too: '? ... And can we pay cash, we don't have a Dutch bank card.'
    r"|^(?:and|also),?\s+(?:can|could|do|does|is|are|will|would|may)\s+(?:i|we|you|they|it|there)\b",
    re.I,
)


def last_clause(question: str) -> str:
    """The part of a 'sentence' that asks: 'Jurk gescheurd 😡 Kan ik hem ruilen?' → 'Kan ik hem ruilen?'."""
    pieces: list[str] = []
    for piece in (p.strip() for p in _clause_break().split(question) if p and p.strip()):
        if pieces and "?" in piece and not re.search(r"[^\W\d_]", piece):
            pieces[-1] += piece  # 'thuis blijven 😅🌱?': the question mark after the emoji closes what was asked
        else:
            pieces.append(piece)
    asking = [p for p in pieces if p.endswith("?")]
    return asking[-1] if asking else question.strip()


# A sentence that asks by its word order alone, from a writer who puts no question marks at all ('KUNT U MIJN FIETS
# OOK THUIS OPHALEN.', 'Wat kost dat'): a verb before 'u', 'jullie' or 'ge'; a modal verb before 'ik' or 'we'; or
# a question word that asks a price, an amount or a time. A clause that a joining word or preposition opens tells
# ('Jammer, want jullie brood is top', 'omdat u zei', 'niet jullie schuld'): no verb first, no question.
@cache
def _unmarked_ask() -> re.Pattern[str]:
    ahead = alternation(fact_words().ahead_words, spaced=True)
    return re.compile(
        r"^\W*(?:(?:kunt|kan|kun|kunnen|mag|mogen|moet|moeten|wilt|wil|willen|hebt|heeft|hebben|bent|is|zijn|doet|doen"
        rf"|(?!(?:{alternation(phrase_cues().told_openers)})\s)\w+(?:en|t))\s+(?:u|jullie|ge|gij)"
        r"|(?:kan|kun|mag|moet|kunnen|mogen|moeten)\s+(?:ik|we|wij)"
        r"|(?:wat|hoeveel)\s+(?:kost|kosten|betaal|rekent|rekenen|vraagt|vragen)"
        r"|(?:tot\s+)?hoe\s+laat\s+(?:is|zijn|gaat|gaan|kan|kun|bent)"
        r"|wanneer\s+(?:is|zijn|gaat|gaan|kan|kun|kunt|bent)"
        # ('hoe lang blijft dat zitten', 'hoelang houdt zo'n behandeling': how long it lasts)
        r"|hoe\s*lang\s+(?:duurt|duren|moet|moeten|ben|bent|is|zijn|blijft|blijven|houdt|houden|gaat|gaan)"
        # 'hoelang op voorhand moet ik bestellen', 'hoeveel dagen van tevoren moet ik': how far ahead, then the verb
        rf"|(?:hoe\s*lang|hoeveel\s+(?:dagen|weken|tijd))\s+(?:{ahead})\s+(?:moet|moeten|kan|kun|kunnen|best|beter))\b",
        re.I,
    )


# A story told in turns, each clause verb first ('Komen we binnen, staat er niemand, moeten we wachten'): the first
# clause opens with a verb and 'we', 'ik', 'het' or 'er' and goes on after a comma.
_TOLD_IN_TURNS = re.compile(r"^\W*[a-z]+(?:en|t|d)\s+(?:we|wij|ik|het|er)\s+[^,]{1,80},\s+\w+", re.I)


def unmarked_questions(text: str) -> tuple[str, ...]:
    """The sentences that ask by word order alone in a text without a single question mark (at most three); of a
    sentence that tells something first, the clause after a comma that asks ('mijn vriendin eet geen vlees, hebben
    jullie nog iets vegetarisch' → 'hebben jullie nog iets vegetarisch'), not one that thanks ('bedankt jullie')."""
    if "?" in text:
        return ()
    found = []
    for part in (p.strip() for p in re.split(r"(?<=[.!])\s+|\n+", text)):
        clauses = [c for c in re.split(r",\s+", part)[1:] if not re.match(r"(?:be)?dank", c, re.I)]
        if _TOLD_IN_TURNS.match(part):
            clauses = []  # 'Zitten we net op het terras, gaat het gieten, mogen we niet naar binnen': told, not asked
        asking = part if _unmarked_ask().match(part) else next((c for c in clauses if _unmarked_ask().match(c)), "")
        if asking:
            found.append(part[part.index(asking) :][:300])
    return tuple(found[:3])


def asks_unmarked(sentence: str) -> bool:
    """Whether a sentence after a question asks by word order in a later clause (after a comma or emoji) though it
    has no mark: '2 jan?? moet mn noren geslepen hebben 😍⛸️ hoe lang duurt het en wat kost het', '... verse broodjes
    halen 🥐🥐 en waar kan ik parkeren met de camper' (a question joined by 'en')."""
    clauses = re.split(r",\s+|\s*[^\w\s'’,.!?()@#&€-]+\s*", sentence)
    # '... open op 1 november? En hoe lang duurt een beurt, ik heb hem maandag nodig': joined by 'en' itself
    joined = re.match(r"^\W*(?:en|of)\s+(.+)", clauses[0], re.I | re.S)
    return any(
        _unmarked_ask().match(c) or JOINED_ASK.match(c) for c in [joined[1] if joined else "", *clauses[1:]] if c
    )


def unmarked_clause(sentence: str) -> str:
    """The clause of a sentence without a question mark that asks ('Wie kwamen er speciaal voor, hail jammer 😤
    leggen jullie niet wat apart ofzo' → 'leggen jullie niet wat apart ofzo'): the first clause that asks by its
    word order, after a comma or an emoji; the clause before the first comma when none does ('Kunt ge hem niet
    brengen, ik woon in Leuven' → 'Kunt ge hem niet brengen')."""
    clauses = [c for c in re.split(r",\s+|\s*[^\w\s'’,.!?()@#&€-]+\s*", sentence) if c.strip()]
    asking = next((c for c in clauses[1:] if _unmarked_ask().match(c) or JOINED_ASK.match(c)), "")
    if asking and not (_unmarked_ask().match(clauses[0]) or JOINED_ASK.match(clauses[0])):
        return asking.strip().rstrip(".! ")
    return sentence.split(", ", 1)[0].rstrip(".! ")


# A clause after an unmarked question in which the writer tells their own situation ('..., ik heb mijn fiets
# maandag terug nodig'): the reason for asking, not part of the question.
_TOLD_TAIL = re.compile(r",\s+(?=(?:ik|wij|want|omdat)\s)", re.I)


def without_told_tail(sentence: str) -> str:
    """A question joined without a question mark, up to where the writer goes on to tell their own situation ('En
    hoe lang duurt een beurt, ik heb hem maandag nodig' → 'En hoe lang duurt een beurt'); a marked one as it is."""
    return sentence if "?" in sentence else _TOLD_TAIL.split(sentence, maxsplit=1)[0]


def question_sentences(text: str) -> tuple[str, ...]:
    """The sentences of a text that end in a question mark, and one joined to a question before it by word order
    alone (a plain fallback for callers that have no language-assistant analysis); in a text without any question
    mark, the sentences that ask by word order."""
    if "?" not in text:
        return unmarked_questions(text)
    found: list[str] = []
    for part in _QUESTION_END.split(text):
        sentence = part.strip()
        joined = bool(found) and bool(JOINED_ASK.match(sentence) or asks_unmarked(sentence))  # '? En kan ik pinnen'
        if (sentence.endswith("?") or joined) and any(ch.isalpha() for ch in sentence):
            found.append(without_told_tail(sentence)[:300])
    return tuple(found[:3])


def joined_questions(asked: Iterable[str]) -> tuple[str, ...]:
    """Two or three questions joined in one sentence made separate ones ('Wat kost dat voor een kind en moet ik
    bellen of kunnen we gewoon langskomen?', 'Wat kost het buffet, hoe laat begint het, en mag de hond mee?'): split
    at 'en' before a question word, or a verb and the one it asks of ('... en is er ook een vegetarische versie?',
    '... en mag onze hond mee?', '... en bezorgen jullie ook?'; resources/fact_words.toml), and at a comma before a
    question word when what goes before asks too; so each gets its own answer; at most four, in order."""
    found: list[str] = []
    for sentence in asked:
        if not strip_emoji(sentence).rstrip().endswith("?"):  # '... vooraf boeken? 🚲' too
            found.append(sentence)
            continue
        words = sentence.split()
        while (cut := _joined_cut(words)) is not None:
            start, rest = cut
            found.append(" ".join(words[:start]).rstrip(",") + "?")
            words = words[rest:]
        found.append(" ".join(words))
    return tuple(found[:4])


_WH_WORDS = frozenset({"hoe", "wat", "wanneer", "waar", "hoeveel", "welke"})
# The one a joined question asks of, after its verb, besides the pronouns of resources/fact_words.toml: the Flemish
# 'ge' and 'gij', and a thing or person named with its article or 'onze' ('en mag onze hond mee?').
_SUBJECT_STARTS = frozenset({"ge", "gij", "gulle", "de", "het", "'t", "een", "mijn", "m'n", "mijne", "onze", "ons"})
_SUBJECT_STARTS |= frozenset({"uw", "jouw", "mijnen", "onzen"})
# A word before a pronoun that is no verb: 'en voor jullie', 'en dan ook u', 'en als je ...'.
_NO_VERB = frozenset({"voor", "met", "bij", "van", "aan", "naar", "tot", "om", "op", "uit", "tegen", "tussen", "dat"})
_NO_VERB |= frozenset({"als", "of", "dan", "want", "ook", "nog", "wel", "niet", "toch", "zo", "daar", "hier", "wat"})


def _joined_cut(words: list[str]) -> tuple[int, int] | None:
    """Where a second question begins in a sentence's words: the end of the first and the start of the second, or
    None. 'en' and a question word or a verb with the one it asks of after it ('en kunnen we', 'en mag onze hond',
    'en bezorgen jullie'); a comma and a question word after a part that asks itself ('Wat kost het buffet, hoe laat
    begint het'); not 'en is lekker', which asks nothing of its own."""
    fw = fact_words()
    verbs = fw.auxiliaries | fw.joined_verbs
    pronouns = fw.subject_pronouns | {"ge", "gij"}
    for i in range(2, len(words) - 2):
        word, after, subject = words[i].lower(), words[i + 1].lower(), words[i + 2].lower().strip(",")
        if word in {"en", "and"}:
            if after in _WH_WORDS:
                return i, i + 1
            if after in verbs and subject in pronouns | _SUBJECT_STARTS:
                return i, i + 1
            # 'en bezorgen jullie ook?', 'en knipt u ook kinderen?': a verb of its own, the one it asks of after it
            verb_like = after.isalpha() and after.endswith(("en", "t")) and after not in _NO_VERB
            if verb_like and subject in pronouns - {"er", "men", "ze", "zij"}:
                return i, i + 1
        elif words[i - 1].endswith(",") and word in _WH_WORDS and _asks(words[:i]):
            return i, i
    return None


def _asks(words: list[str]) -> bool:
    """Whether the words before a comma ask a question themselves: they open with a question word or a verb."""
    fw = fact_words()
    first = words[0].lower().strip("¿¡") if words else ""
    return first in _WH_WORDS | fw.auxiliaries | fw.joined_verbs or first in {"hebt", "hedde", "heb", "bent", "zijt"}


def first_addressed(asked: Iterable[str], *, wish: bool = False) -> str | None:
    """The clause of the first question put to the business; with ``wish`` (a suggestion) not one that is a wish."""
    clauses = [last_clause(q) for q in asked]
    return next((q for at, q in enumerate(clauses) if addressed_question(q) and not (wish and is_wish(q, at))), None)


# 'wel of niet', 'wel of geen': a question that asks which of the two, however crossly it is put.
_EITHER = re.compile(r"\bwel\s+of\s+(?:niet|nie|geen|gene)\b", re.I)


def addressed_question(question: str) -> bool:
    """True for a question put to the business that wants an answer ('Krijg ik mijn geld terug?',
    'Gaan jullie dit vergoeden?', 'wat kost fade + baard eigenlijk?'); false for rhetoric ('Hoe moeilijk kan het
    zijn?', 'Normaal?!', 'Weten jullie eigenlijk wat service is?'). A greeting it opens with is read past ('Goeiedag,
    is er nog plaats voor ...?')."""
    plain = GREETING.sub("", question.strip())
    if plain and plain != question.strip():
        return addressed_question(plain) or bool(_ADDRESSED.search(question.strip()))
    fact = bool(_FACT_ASKED.search(question))
    if fact and _USUALLY.search(question):  # 'Hoe lang duurt dat normaal eigenlijk??': what is usual, asked
        return bool(_ADDRESSED.search(question.strip()))
    # 'Hebben jullie nou wel of geen zaal voor groepen??': crossly put, but it demands a yes or a no
    either = _EITHER.search(question)
    if not either and (_rhetorical().search(question) or (_AFTER_ALL.search(question) and not fact)):
        return False
    return bool(_ADDRESSED.search(question.strip()))


# Angry wording that asks all the same ('Hoe lang duurt dat normaal eigenlijk??', 'Geldt die garantie nou wel of
# niet??'): repeated question marks, 'nou', 'eigenlijk', 'wéér' and 'normaal' said of how it goes ('wat kost da
# normaal'), not of what happened ('Is dat normaal?', 'Vinden jullie dat normaal?': a reproach).
_TONE = re.compile(r"(?<=\?)\?+|\b(?:nou|eigenlijk)\b\s*", re.I)
_NORMAL_SAID_OF = re.compile(r"^\W*normaal\b|\b(?:is|was|vind\w*|noem\w*)\s+(?:\w+\s+){0,2}?normaal\b", re.I)
# 'Weten jullie eigenlijk wat service is?': whether the business knows at all, a reproach
_KNOW_AT_ALL = re.compile(
    r"\b(?:weet|weten|besef\w*|snap\w*|begrijp\w*|kennen|kent)\s+(?:jullie|je|jij|u|ge|gij)\s+eigenlijk\b", re.I
)


_QUESTION_FORM = re.compile(
    r"^\W*(?:(?:en|of|maar)\s+)?(?:wie|wat|wa|waar|wanneer|welk\w*|hoe\w*|waarom|is|zijn|zijt|ben|bent|heb|hebt|heeft"
    r"|hebben|kan|kun|kunt|ken|kunnen|mag|mogen|moet|moeten|wil|wilt|willen|zal|zullen|ga|gaat|gaan|krijg\w*|geldt"
    r"|gelden|valt|vallen|doe|doet|doen|word|wordt|worden|kom|komt|komen|zit|zitten|staat|staan|weet|weten)\b",
    re.I,
)


def tone_free(clause: str) -> str:
    """A question without its angry wording: 'Hoe lang duurt dat normaal eigenlijk??' → 'Hoe lang duurt dat?';
    'Is dat normaal?' keeps its 'normaal'."""
    plain = _TONE.sub("", clause.replace("wéér", "weer"))
    if not _NORMAL_SAID_OF.search(plain):
        plain = re.sub(r"\s*\bnormaal\b", "", plain, flags=re.I)
    return " ".join(plain.split()).replace(" ?", "?")


@cache
def _mocking_must() -> re.Pattern[str]:
    """'Moet ik soms lopen?', 'Of moeten we voortaan om zes uur aan de deur staan?': in a complaint a mocking
    proposal of what the writer would have to do (resources/phrase_cues.toml mocking_must), no question to answer."""
    words = alternation(phrase_cues().mocking_must)
    return re.compile(rf"\b(?:moet|moeten|mot|motte)\s+(?:ik|we|wij|'k)\s+(?:\w+\s+)?(?:{words})\b", re.I)


def complaint_ask(clause: str) -> str:
    """How a question in a complaint asks: 'ask' for one put to the business that wants an answer, angry as its
    wording may be ('Krijg ik dat geld nou terug??', 'wa kost da normaal bij u'); 'reproach' for one the business
    answers only with a fact it has ('Waarom duurt dat zo lang?', 'Is dat normaal?', 'Dat kan toch niet?'); ''
    for one put to nobody."""
    plain = tone_free(clause)
    if not _ADDRESSED.search(plain.strip()):
        return ""
    if _rhetorical().search(plain) or _KNOW_AT_ALL.search(clause) or _mocking_must().search(plain):
        return "reproach"
    # asked in a question's shape ('Geldt die garantie nou ...??'), not a jab with a question mark ('6 euro voor
    # een pintje op jullie terras??')
    return "ask" if addressed_question(clause) or _QUESTION_FORM.match(plain) else ""


# A question in a complaint asked by its word order alone, among sentences that do have question marks ('Krijg ik
# dat geld nou terug of hoe zit dat.', 'of ken je tegenwoordig ook vooraf bestelle, dan hoor ik dat graag'): a verb
# before the business, one of getting or being able before the writer, or what it costs. ('Krijg ik een rekening van
# 131,50.' tells what came, verb first as a story is told: a bill or a message received is not asked for.)
_UNMARKED_TO_US = re.compile(
    r"^\W*(?:(?:en|of|maar)\s+)?(?:(?:kunt|kan|ken|kun|kunnen|mag|mogen|wilt|wil|willen|gaat|gaan|zijn|zijt|is|hebt"
    r"|heeft|hebben|doet|doen)\s+(?:u|jullie|ge|gij|je)|(?:krijg|krijgen|kan|ken|kun|mag)\s+(?:ik|we|wij)"
    r"(?!\s+(?:(?:dan|ineens|opeens|plots|gewoon|nog)\s+)*(?:een|ne|nen)\s+(?:rekening|factuur|nota|bon|kassabon|mail"
    r"|mailtje|sms|sms'je|bericht|berichtje|telefoontje|brief|aanmaning)\b)"
    r"|(?:wat|wa|hoeveel)\s+(?:kost|kosten|vraagt|vragen|rekent|rekenen))\b",
    re.I,
)


def complaint_unmarked(text: str) -> tuple[str, ...]:
    """The clauses of a complaint without a question mark that ask the business by word order (at most two)."""
    found = []
    for piece in re.split(r"(?<=[.!?])\s+|\n+|[^\w\s'’,.!?()@#&€-]+", text):
        part = piece.strip()
        if not part or "?" in part or _TOLD_IN_TURNS.match(part):
            continue
        asking = next((c for c in re.split(r",\s+", part) if _UNMARKED_TO_US.match(c)), "")
        if asking:  # the clause that asks, without why it is asked ('..., dan hoor ik dat graag want ...')
            found.append(asking.rstrip(".! ")[:200] + "?")
    return tuple(found[:2])


# What the writer asked before and got no answer to, said as an indirect question ('Twee keer gemaild om te vragen of
# jullie belegde broodjes kunnen leveren', 'ik had gevraagd of u ook zondag open bent'): the business's verb, the
# writer's words before it and after it.
_ASKED_LEAD = r"\b(?:te\s+vragen|gevraagd|vroeg|vroegen|navragen|informeren)\s+of\s+(?P<who>jullie|julle|u|ge|gij)\s+"
_ASKED_BEFORE = re.compile(
    rf"{_ASKED_LEAD}(?P<what>[^.!?,;]*?)\s*\b(?P<verb>kunnen|kunt|kunde|kan|kon|konden|willen|wilt|wou|wilden|zouden"
    r"|zou|mogen|doen|doet|hebben|hebt|heeft|zijn|bent|zijt)\b(?P<rest>[^.!?,;]*)",
    re.I,
)
# ... or with the verb itself, the last word in -en in small letters of the clause that no article or preposition
# opens ('of jullie ook aan huis bezorgen in Haren', 'of jullie fietsen verhuren aan toeristen').
_ASKED_CLAUSE = re.compile(rf"{_ASKED_LEAD}(?P<clause>[^.!?,;]*)", re.I)
_NOT_BEFORE_VERB = word_set("aan voor met van in op de het een naar bij uit over onze mijn ons jullie uw je die deze")


def _clause_verb(clause: str) -> tuple[str, str, str] | None:
    """(the words before the verb, the verb, the words after it) of a clause after 'of jullie'; None without one."""
    words = clause.split()
    at = [
        k
        for k, w in enumerate(words)
        if re.fullmatch(r"[a-z]{3,}en", w) and not (k and words[k - 1].lower() in _NOT_BEFORE_VERB)
    ]
    if not at:
        return None
    k = at[-1]
    return " ".join(words[:k]), words[k], " ".join(words[k + 1 :])


def asked_before(text: str) -> tuple[str, ...]:
    """The questions a complaint says the writer asked before and were not answered, put as questions again
    ('... om te vragen of jullie belegde broodjes kunnen leveren voor de receptie' → 'Kunnen jullie belegde broodjes
    leveren voor de receptie?'), at most one; () when it tells none."""
    found = _ASKED_BEFORE.search(text)
    if found is not None:
        who, verb, parts = found.group("who"), found.group("verb"), (found.group("what"), found.group("rest"))
    else:
        told = _ASKED_CLAUSE.search(text)
        split = _clause_verb(told.group("clause")) if told is not None else None
        if told is None or split is None:
            return ()
        who, verb, parts = told.group("who"), split[1], (split[0], split[2])
    words = " ".join(w for w in (who.lower(), *parts) if w.strip())
    return (f"{verb.capitalize()} {' '.join(words.split())}?",)


# 'En is alles halal?', 'Of zit er vlees in?': a question joined to the one before it.
_FOLLOW_UP = re.compile(r"^\W*(?:en|of|maar)\s+\w", re.I)


def follow_up_question(question: str, before: Iterable[str]) -> bool:
    """True for a question joined by 'en', 'of' or 'maar' to a question put to the business before it ('Zijn
    jullie open met Pasen? En is alles halal?'): it asks the business too, though it names no 'jullie'; false for
    rhetoric ('En is dat normaal?') and after a question put to nobody."""
    if not _FOLLOW_UP.match(question) or _rhetorical().search(question):
        return False
    return any(addressed_question(last_clause(b)) for b in before)


# What a rumour claims: 'ik hoor dat X', 'ik las dat X', 'klopt het dat X?'; not 'hoorde dat van de buren',
# where 'dat' points back to the claim, nor the 'hoor' that stresses a statement ('geen diploma hoor, ... die dat').
