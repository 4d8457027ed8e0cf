"""What a suggestion wishes for, in the shapes app.domain.draft_questions.wish_clause does not read:

- a thing or an action that 'would' help: 'Eén verzamelfactuur per maand zou onze boekhouding tijd
  besparen' → 'voor één verzamelfactuur per maand'; 'online kunnen boeken zou een gamechanger zijn' →
  'om online te kunnen boeken';
- something that 'may' be more or less: 'de muziek mag een tandje zachter' → 'om de muziek wat zachter te
  maken';
- a wish said with 'graag': 'graag ook een vegetarische variant' → 'voor een vegetarische variant'.

Each wish is named as the rest of 'je idee ...'; at most two, in the order written.
"""

from __future__ import annotations

import re

from app.domain.draft_adjectives import inflected_adjective
from app.domain.draft_text import strip_emoji
from app.domain.draft_why_not import MAY_I_PROPOSE, also_as, proposed_thing, why_not_thing
from app.domain.draft_wish_maybe import _maybe, _why_not, complete_om_te
from app.domain.draft_wish_said import _SEPARABLE, _SUBJECTS, _VERB_WORDS, infinitive, te_form
from app.domain.topics import article_of
from app.domain.words import MINE, OURS

_SENTENCES = re.compile(r"(?<=[.!?…:;])\s+|\s*(?:\s-\s|–)\s*")
# The opening of a sentence that only announces the wish ('Eén tip:', 'maar één ding:', 'En').
_ANNOUNCE = re.compile(
    r"^(?:(?:en|maar|ook|oh|wel|alleen|nog)\s+)*(?:(?:(?:één|eén|een|1|kleine|klein|mijn|twee)\s+)*"
    r"(?:tip|ding|puntje|wens|wensen|suggestie|idee|verzoekje|verzoek|vraagje)\s*:\s*)?",
    re.I,
)
_WOULD = re.compile(r"^(?P<what>.{3,90}?),?\s+(?:zou|zouden)\s+(?P<rest>[^.!?]*)", re.I)
# 'zou ik hier graag zitten', 'zouden we vaker komen': the writer would do something (not 'zou ik fijn vinden').
_WRITER_WOULD = re.compile(
    r"(?:ik|we|wij)\b(?![^.!?]*\b(?:vinden|waarderen|appreciëren|willen|wensen|zien|hebben)\b)", re.I
)
# 'Veel toeristen zouden da appreciëren', 'de buren zouden het fijn vinden': who would like it, no thing wished for.
_OTHERS_WOULD_LIKE = re.compile(
    r"^(?:het|dat|da|dit|'t)\s+(?:\w+\s+){0,2}?(?:appreciëren|appreciëre|waarderen|fijn\s+vinden|leuk\s+vinden"
    r"|top\s+vinden|tof\s+vinden|plezant\s+vinden|zeker\s+gebruiken|gebruiken|kopen)\b",
    re.I,
)
# Words that open a clause of their own: what is before 'zou' is then no thing wished for.
_CLAUSE_WORDS = frozenset({"als", "omdat", "want", "maar", "wanneer", "doordat", "aangezien"})
# 'zou een dinsdagavond echt handig zijn': the thing after 'zou'.
_WOULD_THING = re.compile(
    r"(?P<what>(?:een|één|eén|extra|meer)\s+[\w\-]{3,30})\s+(?:(?:echt|wel|heel|super|erg|zeker|ook)\s+)*"
    r"(?:handig|fijn|leuk|top|ideaal|welkom|mooi|praktisch|gewenst|tof)\s+(?:zijn|wezen)\b",
    re.I,
)
# 'Zou een late avond, donderdag tot 20u ofzo, niet iets zijn?' → 'voor een late avond': the thing a question
# with 'zou' asks about, before what it would be ('iets', 'een optie', 'handig').
_WOULD_IT_BE = re.compile(
    r"\bzou(?:den)?\s+(?P<what>(?:een|één|eén|extra|meer)\s+[\w\-]{3,30}"
    r"(?:\s+(?!(?:niet|geen|echt|wel|ook|misschien|iets|een)\b)[\w\-]{2,30}){0,3})\s*(?:,[^?.!,]{0,40},)?\s+"
    r"(?:(?:niet|geen|echt|wel|ook|misschien)\s+)*(?:iets|(?:een\s+)?idee|(?:een\s+)?optie|mogelijk|handig|fijn|leuk|ideaal)"
    r"\s+(?:zijn|wezen)\b",
    re.I,
)
_INDEFINITE = ("een ", "één ", "1 ", "meer ", "wat ", "minder ", "extra ", "nog ", "ook ", "iets ")
_MAY = re.compile(
    r"(?P<what>\b(?:de|het|jullie|die|dat)\s+[\w\-]+(?:\s+(?:op|in|aan|van|bij)\s+(?:de|het)\s+[\w\-]+|\s+[\w\-]+)?)"
    r"\s+(?:mag|mogen|mocht|mochten|kan|kunnen)\s+"
    r"(?:(?:echt|best|wel|nog|ook|gerust|af\s+en\s+toe|soms)\s+)*"
    r"(?P<soft>(?:een\s+(?:tandje|tikkeltje|beetje|ietsje|klein\s+beetje)|wat|iets|ietsje)\s+)?"
    r"(?P<more>\w+er)\b",
    re.I,
)
_PLEASE = re.compile(
    # not 'Graag een voorstel/offerte': a request for a proposal, answered with where to ask for one
    r"\bgraag\s+(?:ook\s+|nog\s+|eens\s+)*(?P<what>(?:een|meer|wat|minder|extra)\s+"
    r"(?!(?:voorstel|offerte|prijsopgave|prijsofferte)\b)[^.!?,;]{2,50}?)\s*(?:[.!?,;]|$|\s+want\b)",
    re.I,
)
# 'Zorg voor een paar lage instappers, dan komen we terug', 'Zorg toch voor meer zitplekken!': the thing asked for, an
# imperative opening its sentence, also one after an emoji ('niet meegefietst 😕 Zorg voor ...'): not 'ik zorg voor de
# kinderen', not 'zorg ervoor dat ...'.
_SEE_TO = re.compile(
    r"(?:^\W*|\s(?=(?-i:Z)))(?:zorg|zorgt)\s+(?:(?:eens|toch|wel|maar|gewoon|ook|dan|nou|nu|alsjeblieft|aub)\s+)*voor\s+"
    r"(?P<what>(?:een|meer|wat|extra|minder|genoeg)\s+[^.!?,;]{2,50}?)\s*(?:[.!?,;]|$)",
    re.I,
)
# 'Het zou fijn zijn als jullie ook een kindermenu hadden', 'Ik mis alleen nog een glutenvrij brood': the thing.
_IF_YOU_HAD = re.compile(
    r"\bzou\s+(?:echt\s+|wel\s+|heel\s+)?\w+\s+zijn\s+als\s+(?:jullie|je|u|jij|er)\s+(?:ook\s+|eens\s+|nog\s+)*"
    r"(?P<what>(?:een|meer|wat)\s+[^.!?,]{2,40}?)\s+(?:hadden|had|zouden\s+hebben|aanboden|verkochten|kwam|kwamen|was|waren)\b",
    re.I,
)
# 'het zou fijn zijn als jullie ook op donderdagavond open waren' → 'om ook op donderdagavond open te zijn'
_IF_YOU_WERE_OPEN = re.compile(
    r"\bals\s+(?:jullie|je|u|jij)\s+(?P<when>(?:ook\s+|eens\s+)?(?:op|in|tijdens|'s|na|voor)\s+[^.!?,]{2,30}?)\s+"
    r"(?P<state>open|langer\s+open|eerder\s+open)\s+(?:waren|was|zouden\s+zijn|gingen|ging)\b",
    re.I,
)
# 'Een tip: zet de dessertkaart ook online' → 'om de dessertkaart ook online te zetten'
# ... also whose tip it is ('Tip van ons: geef kinderen effe een kleurplaat ... als het zo druk is')
_TIP_DO = re.compile(
    r"\b(?:tip|tipje|idee|ideetje|suggestie|voorstel|voorstelletje|wens|advies|verzoek|verzoekje|puntje|verbeterpunt|verbeterpuntje"
    r"|opmerking|opmerkingske|bemerking)"
    # ('een suggestie vanuit de ondernemersvereniging: organiseer ...': from whom, before the colon; 'Idee voor
    # Valentijn: maak ...', 'Tip voor volgend jaar: ...': for when)
    r"(?:\s+(?:van|voor|aan|vanuit|namens)\s+(?:ons|mij|mijn\s+kant|jullie|u|je|jou|(?:de|het|onze|ons)\s+[\w-]{3,40}"
    r"|(?:[^\W\d_]{2,20}\s+)?[^\W\d_]{3,30}))?\s*:\s*"
    r"(?P<verb>[a-z]{2,12})\s+(?P<rest>[^.!?,;:]{3,90}?)\s*(?:[.!?,;]|$)",
    re.I,
)
# Words that only soften a tip ('geef effe een kleurplaat', 'zet gewoon ...'): not said back.
SOFTENERS = frozenset({"effe", "efkes", "eventjes", "gewoon", "toch"})
# ... and these right after the order or its 'er' ('maak er eens ...', 'zet er dan ...'; not 'in maart eens een ...').
_LEADING_SOFT = frozenset({"eens", "ns", "dan", "misschien", "eventueel"})


def softened(words: list[str]) -> list[str]:
    """The words of an order without the words that only soften it."""
    return [w for i, w in enumerate(words) if w.lower() not in SOFTENERS and not (i < 2 and w.lower() in _LEADING_SOFT)]


# An aside in brackets ('voor singles (of voor mensen die niet willen delen)'): not said back.
ASIDE = re.compile(r"\s*\([^)]*\)?")
# The prepositions 'er' takes along to the end of an order ('maak er een kleine van', 'zet er een paar parasols bij').
_WITH_ER = frozenset({"van", "bij", "mee", "aan", "op", "in", "uit", "voor", "over", "naast", "af", "tussen"})
# A vague second choice that ends what is wished ('een kleurplaat of wat te doen', 'een ballon ofzo').
_VAGUE_OR = re.compile(r"\s+(?:of\s+(?:wat|iets|zo|zoiets)|ofzo|of\s+whatever)\b.*?(?=\s+(?:als|wanneer)\s|$)", re.I)
# When the tip is for ('als het zo druk is', 'als er kinderen zijn'): left out, the tip itself is said back.
_IF_CLAUSE = re.compile(r"\s+als\s+(?:het|er|jullie|je|u|ze|we|de|die)\b.*$", re.I)
IMPERATIVES = frozenset(
    {"zet", "maak", "doe", "geef", "bied", "zorg", "leg", "hang", "verkoop", "plaats", "voeg", "breid", "stuur"}
    | {"gebruik", "draai", "verleng", "open", "bak", "serveer", "schenk", "houd", "hou", "laat", "organiseer"}
)


# Prepositions after which 'jullie' is the business's own ('op jullie site', 'in jullie winkel').
_OWNED_AFTER = frozenset({"op", "in", "bij", "aan", "voor", "naast", "van", "via", "achter"})
# Words after 'jullie' that show it is the subject, not 'your' ('zet jullie ook ...' is no 'your ook').
_NOT_NOUNS = frozenset({"ook", "even", "eens", "nog", "wel", "gewoon", "maar", "toch", "dan", "niet", "zelf", "meteen"})


# 'maar zet aub een bankje voor de deur' → 'om een bankje voor de deur te zetten': an order softened by a please.
_PLEASE_DO = re.compile(
    r"(?:^|[,;:!]\s*|\b(?:maar|en|dus|of)\s+)(?P<verb>[a-z]{2,12})\s+(?:aub|a\.u\.b\.?|alsjeblieft|alstublieft|pls|plz|please)\s+"
    r"(?P<rest>[^.!?,;:]{3,60}?)\s*(?:[.!?,;]|$)",
    re.I,
)


def _tip_do(sentence: str) -> str:
    return _do_said(_TIP_DO.search(sentence) or _PLEASE_DO.search(sentence))


# An order that opens a sentence ('Maak er ook ne kleine van, voor twee.'): a wish only right after a question
# that announces it ('Mag ik iets voorstellen?', see :func:`proposed_do`).
_OPENING_DO = re.compile(r"^\W*(?P<verb>[a-z]{2,12})\s+(?P<rest>[^.!?,;:]{3,90}?)\s*(?:[.!?,;]|$)", re.I)
# The Flemish article before a thing ('ne kleine', 'nen doos'): said as 'een'.
FLEMISH_ARTICLES = {"ne": "een", "nen": "een", "'n": "een"}


def opening_do(sentence: str) -> str:
    """'om een ventilator neer te zetten' for an order that opens a sentence ('Zet er een ventilator neer'); '' for
    no such order. Only a wish in a comment that makes a suggestion."""
    return _do_said(_OPENING_DO.match(sentence))


# A sentence that only announces a tip ('Eén tip:', 'Een ideetje voor de zomer:'): the order after it is the tip.
_ANNOUNCED = re.compile(
    r"\b(?:tip|tipje|idee|ideetje|suggestie|voorstel|opmerking|wens|verzoek|verzoekje|advies|puntje)\b[^:.!?]{0,30}:\s*$",
    re.I,
)


def proposed_do(sentence: str, before: str, earlier: str = "") -> str:
    """'om er ook een kleine van te maken' for an order that opens the sentence after 'mag ik iets voorstellen?'
    (``before``: the sentence before it), or after a tip announced ('Eén tip:' as ``before`` or ``earlier``, with
    one sentence of why between: 'Eén tip: in de zomer is het daar heet. Zet een ventilator ...'); '' otherwise."""
    announced = any(_ANNOUNCED.search(c) for c in (before, earlier))
    return _do_said(_OPENING_DO.match(sentence)) if MAY_I_PROPOSE.search(before) or announced else ""


def _do_said(found: re.Match[str] | None) -> str:
    """The order of a tip said as the rest of 'je idee ...' ('om de dessertkaart ook online te zetten'); '' for
    no order or one someone else carries out."""
    if found is None or found.group("verb").lower() not in IMPERATIVES:
        return ""
    said = _IF_CLAUSE.sub("", _VAGUE_OR.sub("", ASIDE.sub("", found.group("rest"))))
    rest = [FLEMISH_ARTICLES.get(w.lower(), w) for w in softened(said.split())]
    verb = infinitive(found.group("verb"))
    er_at = er_split(rest)
    if rest and rest[0].lower() == "er" and not er_at:
        rest = rest[1:]  # 'zet er een reserveersysteem op je site': 'er' is only 'there', the site says where
    if er_at:  # 'maak er een mini-versie van voor singles' → 'om er een mini-versie van te maken voor singles'
        return " ".join(["om", *rest[: er_at + 1], te_form(verb), *rest[er_at + 1 :]])
    if rest and rest[-1].lower() in _SEPARABLE:  # 'bied ook een kindermenu aan' → 'aan te bieden'
        verb, rest = rest[-1].lower() + verb, rest[:-1]
    else:  # 'hang een lijstje op met collega's die ...' → 'om een lijstje met collega's die ... op te hangen'
        at = next(
            (i for i, w in enumerate(rest[1:-1], 1) if w.lower() in _SEPARABLE and rest[i + 1].lower() in _LINKS), 0
        )
        if at:
            verb, rest = rest[at].lower() + verb, rest[:at] + rest[at + 1 :]
    # 'op jullie site' is the business's own (said back as 'op onze site', see :func:`ours`); any other
    # 'jullie' or 'je' is someone doing something
    # ('op je site', 'in jouw winkel': the business's own as well, said as 'jullie' to be said back as 'onze')
    rest = [
        "jullie" if w.lower() in {"je", "jouw", "uw"} and i and rest[i - 1].lower() in _OWNED_AFTER else w
        for i, w in enumerate(rest)
    ]
    owned = {i for i, w in enumerate(rest[1:], 1) if w.lower() == "jullie" and rest[i - 1].lower() in _OWNED_AFTER}
    if len(rest) > 1 and rest[0].lower() == "jullie" and rest[1].isalpha() and rest[1].islower():
        owned |= {0} if rest[1] not in _NOT_NOUNS else set()  # 'verkoop jullie producten ook online
    if any(w.lower() in _SUBJECTS | {"je", "jullie"} for i, w in enumerate(rest) if i not in owned) or not rest:
        return ""
    # 'zet op je site wanneer het druk is' → 'om op onze site te zetten wanneer het druk is': the clause after
    at = next((i for i, w in enumerate(rest) if i and _opens_clause(rest, i)), len(rest))
    return " ".join(["om", *rest[:at], te_form(verb), *rest[at:]])


def er_split(rest: list[str]) -> int:
    """Where the preposition of an order's 'er' is, at its end or before what the order is for ('er een mini-versie
    van | voor singles', 'er een paar parasols bij'): the verb goes right after it; 0 for no 'er' first or no such
    preposition ('er een reserveersysteem op je site': 'er' is only 'there')."""
    if len(rest) < 3 or rest[0].lower() != "er":
        return 0
    ends = (i for i in range(2, len(rest)) if i + 1 == len(rest) or rest[i + 1].lower() in _LINKS)
    return next((i for i in ends if rest[i].lower() in _WITH_ER), 0)


# The words that open a clause a tip's verb takes as its object ('zet op je site wanneer het druk is').
_WHEN_CLAUSE = frozenset({"wanneer", "hoe", "hoelang", "hoeveel", "waar", "welke", "wat"})
# ... 'wat' only before the clause's subject ('zet erbij wat er in zit'), not as 'some' ('leg ook wat broden neer').
_CLAUSE_SUBJECTS = frozenset({"er", "je", "jullie", "u", "we", "wij", "ze", "zij", "ik", "hij", "de", "het", "die"})


def _opens_clause(words: list[str], i: int) -> bool:
    """Whether the word at ``i`` opens a clause the tip's verb takes as its object, or one that says when or why
    ('zet water klaar nu het zo warm is')."""
    word = words[i].lower()
    if word == "nu":
        return i + 1 < len(words) and words[i + 1].lower() in _CLAUSE_SUBJECTS
    if word != "wat":
        return word in _WHEN_CLAUSE
    return i + 1 < len(words) and words[i + 1].lower() in _CLAUSE_SUBJECTS


# 'enige wat ik zou veranderen: iets meer vegetarische hoofdgerechten op de kaart', 'Tip voor jullie: een ...'
_AFTER_COLON = re.compile(
    # ('wat ik zou willen: een klein vlaaitje voor 2 personen', 'wat ik graag zou zien: ...': what the writer wants)
    r"\b(?:veranderen|verbeteren|waarderen|doen|toevoegen|aanpassen|willen|wensen|zien|tip|tipje|wens|wensje|suggestie|advies|idee|ideetje|puntje|verzoekje)"
    r"(?:\s+(?:voor|aan)\s+(?:je|jou|jullie|u|de\s+zaak)?\s*\w*)?\s*:\s*"  # 'Idee voor je Ruud: ...'
    # how often, left out of the wish: 'idee: 1x per maand een ...', 'tip: elke zomer een ...'
    r"(?:(?:\d+\s*x|één\s+keer|eens|een\s+keer|elke|iedere|om\s+de)\s+(?:per\s+|in\s+de\s+|per\s+de\s+)?\w+\s+)?"
    # 'Enige tip: ook lunch op zaterdag!': after 'ook' the thing wished needs no article ('voor lunch op zaterdag')
    r"(?:ook\s+(?!(?:zo|dan|nog|niet|wel|eens|even|maar|gewoon|echt|graag)\b))?(?P<what>(?:(?<=\book\s)|(?:een|meer|iets\s+meer|wat\s+meer|minder|extra|nog\s+meer|nog\s+een)\s+)"
    r"[^.!?:,]{2,60}?)\s*"
    r"(?:[.!?,]|$|\s+(?:zou|zouden|is|zijn|mag|mogen|kan|kunnen|lijkt|wordt|als|wanneer|zodat|zodra)\b)",
    re.I,
)
_MISS = re.compile(
    r"\b(?:ik|we|wij)\s+(?:mis|missen)\s+(?:alleen\s+|nog\s+|wel\s+|echt\s+|eigenlijk\s+)*"
    r"(?P<what>(?:een|meer)\s+[\w\- ]{2,40}?)(?=\s+(?:in|op|bij|op|aan)\b|\s*[.!?,]|$)",
    re.I,
)
# A comparative that is no wish for more or less of something ('later', 'verder', 'weer').
_NOT_MORE = frozenset({"later", "verder", "weer", "eerder", "immer", "over", "onder", "achter", "wer"})


# Words after which a word in -en is a noun ('bij de mosselen', 'voor het ontbijt met eitjes'), never a verb.
_ARTICLES = frozenset({"de", "het", "een", "dit", "deze", "elk", "elke"})


# What opens a noun phrase an inflected adjective stands in ('voor de Franse klanten', 'met onze kleine kinderen').
_PHRASE_OPENERS = _ARTICLES | {"die", "onze", "ons", "jullie", "mijn", "uw", "hun", "alle", "geen", "veel", "meer"}
_PHRASE_OPENERS |= {"voor", "met", "van", "bij", "aan", "op", "in", "naar", "zonder", "per", "tijdens", "uit"}


def _noun_at(words: list[str], at: int) -> bool:
    """Whether the word in -en at ``at`` is a noun by what goes before it: an article ('bij de mosselen') or an
    inflected adjective in a noun phrase ('voor de Franse klanten', 'met kleine kinderen'), never a verb."""
    if at < 1:
        return False
    before = words[at - 1]
    if before.lower() in _ARTICLES:
        return True
    return inflected_adjective(before) and (at < 2 or words[at - 2].lower() in _PHRASE_OPENERS)


# What follows a particle that ends the verb ('hang een lijstje op met ...').
_LINKS = frozenset({"met", "voor", "van", "bij", "in", "op", "aan", "naast", "zodat", "waar", "die", "dat"})


def _would(sentence: str) -> str:
    """'Eén verzamelfactuur per maand, digitaal via Peppol, zou ... besparen' → 'voor één verzamelfactuur ...'."""
    found = _WOULD.match(_ANNOUNCE.sub("", sentence))
    if found is None:
        return ""
    words = found.group("what").strip(" ,").split()
    if _WRITER_WOULD.match(found.group("rest")) or _OTHERS_WOULD_LIKE.match(found.group("rest")):
        return ""  # 'op zaterdag na het winkelen zou ik hier graag zitten': what the writer would do, not the business
    if not words or len(words) > 12 or words[0].lower() in {"het", "dat", "dit", "je"}:
        return ""
    # ('Een sms'je als de auto klaar is zou ...': a clause inside the thing wished for)
    clause = not " ".join(words).lower().startswith(_INDEFINITE) and any(w.lower() in _CLAUSE_WORDS for w in words)
    # 'Mijn kinderen zouden er een moord voor doen': the writer's own, who would love it, is no wish either
    if clause or any(w.lower() in _SUBJECTS for w in words) or words[0].lower() in MINE | OURS:
        # 'Wat ik zou verbeteren: ...', 'Als jullie ... zou', 'Donderdag zit vol en als verpleegkundige ... zou een
        # dinsdagavond handig zijn': a clause of its own, no wish; the thing may follow 'zou' ('een dinsdagavond')
        after = _WOULD_THING.match(found.group("rest"))
        return f"voor {' '.join(after.group('what').lower().split())}" if after else ""
    first = words[0].lower()
    lower = ["één" if first == "eén" else first, *words[1:]]  # 'Eén' opens a sentence
    # ('een paar gordijnen': a plural after a number word, no verb)
    counted = {"paar", "stel", "aantal", "heleboel", "hoop", "extra"}
    # ('in het toeristenseizoen': a word after an article is a noun, no verb)
    nouns_after = {"met", "van", "en", "of", "per", "die", "dat", *_ARTICLES}
    verb_last = len(lower) >= 3 and lower[-1].endswith("en") and lower[-2] not in nouns_after | counted
    verb_last = verb_last and not _noun_at(lower, len(lower) - 1)  # 'voor de Franse klanten': a noun
    complete = complete_om_te(lower)  # 'een idee om op zondag open te zijn zou ...': said as it is
    if complete or (lower[0] in {"een", "één"} and verb_last and "te" not in lower):
        return complete or " ".join(["om", *lower[:-1], te_form(lower[-1])])  # 'Een kopje thee aanbieden zou ...'
    # ('glutenvrij brood bij de mosselen': a word after an article is a noun, no verb; the thing as said)
    noun_last = len(lower) > 2 and _noun_at(lower, len(lower) - 1) and lower[-1].endswith("en")
    if " ".join(lower).startswith(_INDEFINITE) or noun_last:
        return "voor " + " ".join(lower)
    # 'online kunnen boeken': a verb phrase; 'te' before its verbs ('om online te kunnen boeken'), not before a noun
    # ('brood bij de mosselen serveren' → 'om brood bij de mosselen te serveren')
    verbs = 0
    while verbs < len(lower) - 1 and lower[-1 - verbs].endswith("en") and lower[-1 - verbs].isalpha():
        if _noun_at(lower, len(lower) - 1 - verbs):
            break
        verbs += 1
    if 0 < verbs < len(lower) and (verbs > 1 or lower[-1] not in _VERB_WORDS):
        head, cluster = lower[:-verbs], lower[-verbs:]
        return " ".join(["om", *head, "te", *cluster])
    return ""


def _may(sentence: str) -> str:
    """'de muziek mag een tandje zachter' → 'om de muziek wat zachter te maken'."""
    found = _MAY.search(sentence)
    if found is None or found.group("more").lower() in _NOT_MORE or len(found.group("more")) < 5:
        return ""
    det, *rest = found.group("what").split()
    if det.lower() in {"jullie", "die", "dat"}:
        det = "het" if det.lower() == "dat" else article_of(rest[0])
    soft = "wat " if found.group("soft") else ""
    return f"om {det.lower()} {' '.join(rest)} {soft}{found.group('more').lower()} te maken"


# 'zouden jullie een vaste weekbestelling kunnen aanbieden die we online kunnen aanpassen?': the wish before
# the clause that says more about it ('om een vaste weekbestelling aan te bieden').
_COULD_YOU = re.compile(
    r"\b(?:zou|zouden|kun|kunt|kunnen|kan)\s+(?:jullie|je|u|jij)\s+(?:(?:niet|ook|eens|misschien|gewoon)\s+)*"
    r"(?P<what>(?:een|meer|wat|extra)\s+[^?!.,;:]{2,50}?)\s+(?:(?:kunnen|willen|gaan)\s+)?(?P<verb>[a-z]{3,}en)"
    r"\s*,?\s+(?:die|dat|waarmee|waarbij|waarin|zodat|waardoor|voor\s+als|voor\s+wie|als|wanneer|omdat)\b[^?!.]*[?!.]",
    re.I,
)


def _could_you(sentence: str) -> str:
    found = _COULD_YOU.search(sentence)
    if found is None:
        return ""
    words = found.group("what").split()
    if any(w.lower() in _SUBJECTS | _VERB_WORDS for w in words):
        return ""
    return " ".join(
        ["om", *(w.lower() if i == 0 else w for i, w in enumerate(words)), te_form(found.group("verb").lower())]
    )


# 'Het enige wat ik mis is een bankje buiten' → 'voor een bankje buiten'.
_WHAT_I_MISS = re.compile(
    r"\bwat\s+(?:ik|we|wij)\s+(?:nog\s+)?(?:mis|miste|missen|misten)\s+(?:is|zijn|was)\s+"
    r"(?P<what>(?:een|meer|wat|extra)\s+[\w\- ]{2,40}?)\s*(?=[.!?,]|$|\s+(?:om|zodat|waar|want|voor)\b)",
    re.I,
)
# 'jammer dat je niet met de kaart kunt betalen' → 'om met de kaart te kunnen betalen'; 'ik zou het fijn vinden
# als ik online kon zien ...' → 'om online te kunnen zien'.
_CANNOT = re.compile(
    r"\b(?:jammer|balen|lastig|onhandig)\s+dat\s+(?:je|jullie|ik|we|u|men)\s+(?:hier\s+)?(?:nog\s+)?(?:niet|nergens)\s+"
    r"(?P<what>[^.!?,]{0,40}?)\s*(?:kunt|kan|kunnen|kon)\s+(?P<verb>[a-z]{2,}en)\b",
    re.I,
)
# 'zou het niet handig zijn als je ze ook online kan bestellen?' → 'om ook online te kunnen bestellen': the thing
# ordered ('ze', 'die') is what the reply already named.
_IF_I_COULD = re.compile(
    r"\b(?:fijn|handig|leuk|ideaal|praktisch|makkelijk|gemakkelijk|top|chill|tof|super)\s+(?:vinden|zijn|vind|wezen)\s+"
    r"als\s+(?:ik|we|wij|je|jij|men|u|ge)\s+(?:(?:ze|die|dat|het|deze)\s+(?=\S+\s))?(?P<what>[^.!?,]{0,30}?)\s*"
    r"(?:kon|kan|kunt|konden|kunnen|zou\s+kunnen|zouden\s+kunnen)\s+(?P<verb>[a-z]{2,}en)\b",
    re.I,
)
# A second wish given as the other choice of the first: '... een tweede bak doen? Of dat je het kan reserveren via de
# site?' → 'om te kunnen reserveren via de site'; the thing ('het', 'ze') is the one of the first wish.
_OR_COULD = re.compile(
    r"^\W*of\s+(?:dat|als|anders\s+dat)\s+(?:ik|we|wij|je|jij|men|u|ge|jullie)\s+"
    r"(?:(?:ze|die|dat|het|deze)\s+)?(?P<what>[^.!?,]{0,30}?)\s*"
    r"(?:kon|kan|kunt|konden|kunnen|zou\s+kunnen|zouden\s+kunnen)\s+(?P<verb>[a-z]{2,}en)"
    r"(?P<tail>\s+(?:via|op|in|bij|met|per)\s+[^?!.,;:]{2,30}?)?\s*(?:\?|$)",
    re.I,
)
# Words that only soften a wish ('misschien', 'eventueel'): not said back.
_SOFT_WORDS = frozenset({"misschien", "eventueel", "eens", "wellicht", "gewoon", "toch"})
# 'zou het niet leuk zijn als jullie ook wenkbrauwen gingen doen?' → 'om ook wenkbrauwen te doen'.
_IF_YOU_WOULD = re.compile(
    r"\bals\s+(?:jullie|je|u)\s+(?P<what>(?:ook\s+)?[^.!?,]{2,40}?)\s+(?:gingen|ging|zouden|zou)\s+(?P<verb>[a-z]{2,}en)\b",
    re.I,
)


# 'zou je ook op de vrijdagmarkt in Domburg willen staan?' → 'om ook op de vrijdagmarkt in Domburg te staan'.
# 'zoudt ge geen kleine versie kunnen maken voor twee personen?' (Flemish, 'geen' for 'een' asked for) → 'om een
# kleine versie te maken voor twee personen': whom or what it is for, after the verb, is kept. An example after
# the wish ('zou je niet 's avonds open kunnen zijn, bv op donderdag tot 20u?') leaves the wish whole.
_WOULD_YOU = re.compile(
    r"\b(?:zou|zouden|zoudt)\s+(?:jullie|je|u|jij|ge|gij)\s+(?:(?:niet|eens|misschien|eventueel)\s+)*(?P<no>geen\s+)?"
    r"(?P<what>[^?!.,;:]{2,50}?)\s+(?:willen|kunnen)\s+(?P<verb>[a-z]{2,}n)"
    # ('..., voor 2 à 3 personen?': how many it is for, after a comma too; not '..., voor mensen die ...': a clause)
    r"(?P<tail>(?:\s+|,\s+(?=voor\s+(?:\d|één|twee|drie|vier|vijf|zes)\b))(?:voor|met|op|in|bij)\s+[^?!.,;:]{2,30}?)?\s*"
    r"(?:\?|$|,\s*(?:bv|bvb|vb|bijv|bijvoorbeeld|zoals|liefst|bij\s+voorkeur)\b)",
    re.I,
)
# 'zouden jullie in dit seizoen ook eens een perenvlaai maken van de peren uit het dorp?' → 'om in dit seizoen ook een
# perenvlaai te maken van de peren uit het dorp': a question with 'zou' and no 'willen' or 'kunnen', about a thing
# ('een', 'wat', 'meer', 'extra' before it), with where it comes from or whom it is for after the verb.
_WOULD_YOU_DO = re.compile(
    r"\b(?:zou|zouden|zoudt)\s+(?:jullie|je|u|jij|ge|gij)\s+(?:(?:niet|eens|misschien|eventueel|toch|gewoon)\s+)*"
    r"(?P<what>(?:[^?!.,;:\s]+\s+){0,5}?(?:een|wat|meer|extra|enkele)\s+[^?!.,;:]{2,40}?)\s+"
    r"(?!(?:willen|kunnen|moeten|gaan|vinden|denken|hebben|zijn)\b)(?P<verb>[a-z]{3,}en)"
    r"(?P<tail>\s+(?:van|met|voor|uit|op|in|bij)\s+[^?!.,;:]{2,40}?)?\s*\?",
    re.I,
)
# 'Zou het een idee zijn om eens per maand op ons terrein te staan voor onderhoud?' → 'om eens per maand op
# ons terrein te staan voor onderhoud'.
_IDEA_TO = re.compile(
    r"\bidee\s+(?:zijn\s+)?om\s+(?P<what>[^.!?]{3,80}?)\s+te\s+(?P<verb>[a-zà-ÿ]{2,})\b(?P<rest>[^.!?,]{0,30})", re.I
)
# 'zou zo fijn zijn als jullie ook lunch deden' → 'om ook lunch te doen' (the past tense of a wish).
_PAST = {"deden": "doen", "serveerden": "serveren", "verkochten": "verkopen", "aanboden": "aanbieden"}
_PAST |= {"maakten": "maken", "bakten": "bakken", "bezorgden": "bezorgen", "verhuurden": "verhuren"}
_IF_YOU_DID = re.compile(
    r"\bals\s+(?:jullie|je|u)\s+(?P<what>(?:ook\s+)?[^.!?,]{2,40}?)\s+(?P<verb>" + "|".join(_PAST) + r")\b", re.I
)


def _could(sentence: str) -> str:
    """The shapes of a wish to be able to do something ('jammer dat je niet ... kunt betalen')."""
    shapes = (
        (_CANNOT, True),
        (_IF_I_COULD, True),
        (_OR_COULD, True),
        (_IF_YOU_WOULD, False),
        (_IF_YOU_DID, False),
        (_WOULD_YOU, False),
        (_WOULD_YOU_DO, False),
    )
    for pattern, can in shapes:
        found = pattern.search(sentence)
        if found is None:
            continue
        words = found.group("what").split()
        if any(
            w.lower() in _SUBJECTS | {"je", "jullie", "mijn", "m'n", "me", "mij", "ons", "het", "dat"} for w in words
        ):
            continue
        verb = _PAST.get(found.group("verb").lower(), found.group("verb").lower())
        words = [w for w in words if w.lower() not in _SOFT_WORDS]  # 'misschien een tweede bak': 'een tweede bak'
        tail_can = (found.groupdict().get("tail") or "").lstrip(", ").split()
        if can:
            return " ".join(["om", *words, "te kunnen", verb, *tail_can])
        groups = found.groupdict()
        # 'zoudt ge geen kleine versie ...': one is asked for ('geen kleine flesjes': some, without 'een')
        plural = any(w.lower().endswith(("jes", "en", "'s")) for w in words)
        asked = ["een"] if groups.get("no") and not plural else []
        return " ".join(["om", *asked, *words, te_form(verb), *tail_can])
    return ""


# 'Zou betalen met Bancontact niet mogelijk zijn?' → 'om met Bancontact te betalen': a way of doing it asked for.
_WOULD_DOING_BE = re.compile(
    r"\bzou(?:den)?\s+(?P<verb>[^\W\d_]{3,}en)\s+(?P<how>(?:met|via|per|op|in|bij)\s+[^?.!,;]{2,40}?)\s+"
    r"(?:(?:niet|geen|echt|wel|ook|misschien)\s+)*(?:mogelijk|een\s+optie|handig|fijn|kunnen)\s+(?:zijn|wezen)\b",
    re.I,
)


def _would_it_be(sentence: str) -> str:
    found = _WOULD_IT_BE.search(sentence)
    doing = _WOULD_DOING_BE.search(sentence) if found is None else None
    if doing is not None and doing.group("verb").lower() not in _VERB_WORDS | {"zijn"}:
        return " ".join(["om", *doing.group("how").split(), te_form(doing.group("verb").lower())])
    if found is None:
        return ""
    words = found.group("what").lower().split()
    return " ".join(["voor", "één" if words[0] == "eén" else words[0], *words[1:]])


def _idea_to(sentence: str) -> str:
    found = _IDEA_TO.search(sentence)
    if found is None:
        return ""
    return " ".join(f"om {found['what']} te {found['verb']}{found['rest']}".split())


# 'doet u in 2027 mee met de Assenede Cadeaubon?', 'Doen jullie ook mee aan de braderie?', 'zou je willen
# deelnemen aan onze actie?': taking part in something of the writer's or the town's, asked as the idea.
_JOIN_IN = re.compile(
    r"\b(?:doe|doet|doen|doede|zou|zoudt|zouden|wil|wilt|willen|gaat|gaan)\s+(?:u|jullie|je|jij|gij|ge)\s+"
    r"(?:[\w'-]+\s+){0,4}?(?P<verb>mee(?:\s*doen)?|deel(?:\s*nemen)?)\s+(?P<prep>met|me|aan)\s+"
    r"(?P<what>(?:de|het|een|onze|ons|'t)\s+[^?!.,;:]{2,50}?)\s*(?=[?!.,;:]|$|\s(?:in|dit|volgend|vanaf)\b)",
    re.I,
)


def _join_in(sentence: str) -> str:
    found = _JOIN_IN.search(sentence)
    if found is None:
        return ""
    verb = "deel te nemen" if found.group("verb").lower().startswith("deel") else "mee te doen"
    prep = "aan" if found.group("prep").lower() == "aan" else "met"  # the Flemish 'me' is 'met'
    return " ".join(["om", verb, prep, *found.group("what").split()])


def wishes(text: str, limit: int = 2) -> list[str]:
    """Up to ``limit`` wishes of a suggestion, each the rest of 'je idee ...' ('voor een vegetarische
    variant', 'om de muziek wat zachter te maken'); [] when none has one of these shapes."""
    plain = strip_emoji(text)
    found: list[str] = [tip] if (tip := _tip_do(plain)) else []
    open_more = _IF_YOU_WERE_OPEN.search(plain)
    if open_more:
        state = " ".join(open_more.group("state").split())
        found.append(f"om {' '.join(open_more.group('when').split())} {state} te zijn")
    chunks = [said.strip() for said in _SENTENCES.split(plain)]
    for at, sentence in enumerate(chunks):
        thing = _PLEASE.search(sentence) or _IF_YOU_HAD.search(sentence) or _MISS.search(sentence)
        thing = thing or _SEE_TO.search(sentence)
        # 'top bakker maar doe eens iets aan die rij, een tweede kassa zou wonderen doen': the clause after a comma
        after_comma = next((w for clause in sentence.split(", ")[1:] if (w := _would(clause))), "")
        wish = _may(sentence) or after_comma or _would(sentence)
        wish = wish or (f"voor {thing.group('what').strip()}" if thing else "")
        missed = _WHAT_I_MISS.search(sentence)
        wish = wish or _could_you(sentence) or _maybe(sentence) or _could(sentence) or _idea_to(sentence)
        wish = wish or _would_it_be(sentence) or _why_not(sentence) or _join_in(sentence)
        before = chunks[at - 1] if at else ""
        # ... 'mag ik iets voorstellen? ...!', 'Klein ideetje: verkopen jullie da ook in een half?'
        wish = wish or why_not_thing(sentence, before) or proposed_thing(sentence, before) or also_as(sentence, before)
        earlier = chunks[at - 2] if at > 1 else ""  # 'Eén tip: in de zomer is het heet. Zet een ventilator ...'
        wish = wish or proposed_do(sentence, before, earlier)  # 'Mag ik iets voorstellen? Maak er ook ne kleine van.'
        wish = wish or (f"voor {missed.group('what').strip().lower()}" if missed else "")

        if wish and wish not in found:
            found.append(" ".join(wish.split()))
    after_colon = _AFTER_COLON.search(plain)  # 'wat ik zou verbeteren: wat meer zitplekken buiten'
    if after_colon and not tip:
        what = after_colon.group("what").split()
        # 'Enige wens: nog een avond extra open' → 'om nog een avond extra open te zijn'
        colon = " ".join(["om", *what, "te zijn"] if what[-1].lower() in {"open", "dicht"} else ["voor", *what])
        colon = complete_om_te(what) or colon  # 'Tip: een optie om ons logo op de doos te zetten': said as it is
        # unless a shape above read the same words better ('een bakje water neerzetten zou ...')
        if not any(set(colon.split()[1:4]) <= set(wish.split()) for wish in found):
            found.insert(0, colon)
    return found[:limit]


def would_be(text: str) -> frozenset[str]:
    """The words of what a wish 'would' be or do ('zou echt een gamechanger zijn' → gamechanger): no
    thing the writer praises."""
    words: set[str] = set()
    for sentence in _SENTENCES.split(strip_emoji(text)):
        found = _WOULD.match(_ANNOUNCE.sub("", sentence.strip()))
        if found is not None and _would(sentence.strip()):
            words.update(w.lower() for w in re.findall(r"[\w\-]+", found.group("rest")))
        # 'zou het fijn zijn als ...': 'fijn' is no thing
        words.update(w.lower() for w in re.findall(r"\bzou(?:den)?\s+het\s+(?:\w+\s+)?(\w+)\s+zijn\b", sentence))
    return frozenset(words)
