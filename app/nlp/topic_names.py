"""Which capitalised words in a comment are names: of the business's staff, found by what stands around them
('Sanne knipte', 'dank aan Kees', 'Jelle aan de toonbank', 'geholpen door Ahmed'; not a make, 'een nieuwe
Ridley', nor the one wished luck, 'Duimen voor Isa!!'), and of the writer's own people and pets ('onze Yasmin',
'Sem (4)', 'mijn collega Sanne'). Split from app/nlp/topic_people.py, which reads who a comment is about."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from app.domain.draft_dialects import dutch_of, is_german
from app.domain.privacy_names import first_names, not_names
from app.domain.topics import Mention
from app.domain.words import stop_words
from app.nlp import lexicon
from app.nlp.praise_words import praise_words
from app.nlp.topic_made_by import made_by
from app.nlp.topic_match import Matches, day_word
from app.nlp.topic_not_staff import brand, not_staff
from app.nlp.topic_people import more_than_one
from app.nlp.topic_words import (
    KIN_BEFORE,
    LET,
    NAME_VERBS,
    NOT_NAMES,
    POSSESSIVE,
    THANKS_WORDS,
    THEIR,
    name_like,
    named_ones_colleague,
    staff_role,
)

PARTICIPLE_STARTS = ("ge", "be", "ver", "ont", "her")


# Words that introduce a name: 'een jonge knul genaamd Stijn', 'ene Joris', 'een meisje dat Fenna heette'.
_INTRODUCING = frozenset({"genaamd", "genoemd", "ene", "heet", "heette", "named", "called"})
_AUXILIARIES = frozenset({"heeft", "had", "hebben", "is", "was"})


def _introduced(doc: Any, i: int) -> bool:
    """'genaamd Stijn', 'ene Joris', 'de taart die Annick gemaakt heeft' (a relative clause whose subject
    is the name: 'die/dat' + name + participle + 'heeft'): someone named as the one who did it."""
    if i > 0 and doc[i - 1].lower_ in _INTRODUCING:
        return True
    if i < 2 or doc[i - 1].lower_ not in {"die", "dat"} or doc[i - 2].is_punct or i + 2 >= len(doc):
        return False
    word, verb = doc[i].lower_, doc[i + 1].lower_
    participle = verb.startswith(PARTICIPLE_STARTS) and verb.endswith(("d", "t", "en")) and len(verb) > 4
    name = word in first_names()[0] or not lexicon.is_word(word)  # not 'het boek dat Noord gekregen had'
    return name and participle and doc[i + 2].lower_ in _AUXILIARIES


# A verb a name follows as the subject after something opened the sentence ('Gisteren heeft Mirthe ...', 'Na de val
# stond Ward ...', '... kwam Yana haar haar doen'); not a linking verb ('was Brugge druk'): a place is as likely.
_INVERTING = frozenset({"heeft", "had", "kwam", "ging", "stond", "hielp", "deed", "gaf", "maakte", "nam", "zette"})
# What follows such a subject: whose thing it did something to or how ('mijn pony', 'haar haar', 'meteen klaar'); an
# article too ('de fiets') after a word the list of first names has, not after any unknown word ('had Zoutelande een').
_AFTER_SUBJECT = frozenset(
    {"mijn", "m'n", "mn", "mien", "haar", "zijn", "z'n", "ons", "onze", "me", "mij", "hem", "hun", "ze", "iedereen"}
    | {"meteen", "direct", "zelf", "persoonlijk", "even", "efkes", "ook", "nog", "al", "speciaal", "gewoon", "altijd"}
)
_ARTICLES = frozenset({"de", "het", "'t", "een", "ne", "nen"})


def _inverted_subject(doc: Any, i: int) -> bool:
    """'Gisteren heeft Mirthe mijn pony bijgeknipt', 'in het woonzorgcentrum kwam Yana haar haar doen': a first name,
    or a word that is no Dutch word at all, after a verb of doing that does not open its sentence and before what it
    did it to: the one who did it, named once mid-sentence."""
    if i < 2 or i + 1 >= len(doc) or doc[i - 1].lower_ not in _INVERTING:
        return False
    if doc[i - 2].is_punct or doc[i - 2].is_space:
        return False  # 'Heeft Mirthe ...?', '... . Stond Ward ...': the verb opens the sentence
    word, after = doc[i].lower_, doc[i + 1].lower_
    if word in first_names()[0] | first_names()[1]:
        return after in _AFTER_SUBJECT | _ARTICLES
    unknown = len(word) > 2 and not lexicon.is_word(word) and not _place_adjective(word)
    return unknown and after in _AFTER_SUBJECT


def _by_someone(doc: Any, i: int) -> bool:
    """'geholpen door Ahmed', 'bediend door Lotte', 'laten knippen door Demi': the one who did it, after a
    participle or an infinitive and 'door'; 'Bediening door Giulia', 'uitleg door Mo': after a word for a
    service given (no verb needed)."""
    if made_by(doc, i):
        return True  # 'mijn kapsel van Yana'
    if i < 2 or doc[i - 1].lower_ != "door":
        return False
    verb = doc[i - 2].lower_
    if verb in praise_words().done_by:
        return True
    participle = verb.startswith(PARTICIPLE_STARTS) and verb.endswith(("d", "t", "en")) and len(verb) > 4
    # 'laten knippen door Demi': an infinitive after 'laten' (not 'fietsten door Amsterdam')
    let = i >= 3 and doc[i - 3].lower_ in LET and verb.endswith("en") and doc[i - 2].is_lower
    return participle or let


# Where someone works in the business: 'Joost van de bediening', 'Mila van de keuken'.
_TEAMS = frozenset(
    {"bediening", "keuken", "zaak", "salon", "winkel", "werkplaats", "balie", "kassa", "receptie", "bar"}
)
# The last parts of a business's own departments and counters: 'Femke van de theeschenkerij', 'Ahmed van de
# klantenservice', 'Lies van de broodafdeling' are of the business (not 'Sem van de buren').
_TEAM_HEADS = (*_TEAMS, "schenkerij", "afdeling", "service", "ontvangst", "toonbank", "atelier", "verhuur")


def _team(word: str) -> bool:
    """A team or department of the business, alone or as the last part of a compound ('theeschenkerij')."""
    return word in _TEAM_HEADS or any(word.endswith(h) and len(word) >= len(h) + 3 for h in _TEAM_HEADS)


def _role_after(doc: Any, i: int) -> bool:
    """'Joost, de gastheer,', 'Joost van de bediening': a name followed by the job or the team of the one
    named (an apposition), whatever verb follows."""
    after = [t.lower_ for t in doc[i + 1 : i + 4]]
    if len(after) == 3 and after[0] == "," and after[1] in {"de", "onze", "jullie"}:
        return staff_role(after[2])
    return len(after) == 3 and after[:2] == ["van", "de"] and _team(after[2])


# Words for someone behind the counter a name is put after ('die vriendelijke jongen achter de toog, Bert!').
_SOMEONE = frozenset(
    {"jongen", "meisje", "dame", "jongedame", "jongeman", "knul", "kerel", "gast", "madam", "meneer"}
    | {"girl", "lady", "guy", "boy", "woman", "gentleman", "waiter", "waitress"}  # 'the girl with the braids (Noor?)'
)
_MINE_BEFORE = frozenset({"mijn", "m'n", "mn", "onze", "ons", "mien", "my", "our"})


def _apposed(doc: Any, i: int) -> bool:
    """'en ook die vriendelijke jongen achter de toog, Bert!': a first name after a comma that ends its sentence (or in
    brackets: 'the girl with the braids (Noor I think?)'),
    put after a word for someone (or a job) a few words before in the same sentence; not one of the writer's own
    ('mijn zoon, Bert!')."""
    if i < 2 or doc[i - 1].text not in {",", "("} or doc[i].lower_ not in first_names()[0] | first_names()[1]:
        return False
    if doc[i - 1].text == "," and i + 1 < len(doc) and doc[i + 1].is_alpha:
        return (
            False  # 'die jongen, Bert en ik ...': the name goes on into the sentence (not in brackets: 'Noor I think?')
        )
    window = [t for t in doc[max(0, i - 8) : i - 1]]
    cut = max((k for k, t in enumerate(window) if t.text[-1:] in {".", "!", "?"}), default=-1)
    window = window[cut + 1 :]
    at = next((k for k, t in enumerate(window) if t.lower_ in _SOMEONE or staff_role(t.lower_)), -1)
    return at >= 0 and not any(t.lower_ in _MINE_BEFORE for t in window[max(0, at - 2) : at])


def _after_role(doc: Any, i: int) -> bool:
    """'ober Youssef', 'kapster Ilse', 'monteur Bas': a name right after a job word (not 'bij kapper
    Knipoog', 'naar bakker Bol': a business is named after where the writer went)."""
    if i < 1 or not staff_role(doc[i - 1].lower_):
        return False
    return not (i > 1 and doc[i - 2].lower_ in {"bij", "naar"})


def _addressed(doc: Any, i: int) -> bool:
    """'Kees en Marleen, wat een plaatje!': names the comment opens with, before a comma, are addressed."""
    end = i
    while end < len(doc) and (doc[end].text[:1].isupper() or doc[end].lower_ in {"en", "&"}):
        end += 1
    opens = all(doc[k].text[:1].isupper() or doc[k].lower_ in {"en", "&"} for k in range(i))
    if not opens and end == i + 1 and (doc[i].lower_ in first_names()[0] | first_names()[1] or _thanked_after(doc, i)):
        # 'De trouwfoto's zijn binnen!! 😍 Mandy, m'n haar zat ...': a first name opening a later sentence
        before = next((t for t in reversed(doc[:i]) if t.is_punct or t.is_alpha or t.like_num), None)
        return before is not None and before.text[-1:] in {".", "!", "?"} and doc[end].text == ","
    return opens and end - i <= 3 and end < len(doc) and doc[end].text == "," and end <= 4


def _thanked_after(doc: Any, i: int) -> bool:
    """'... gesmuld. Wiebke, hartelijk bedankt voor ...': a capitalised word that is no Dutch word, opening a
    sentence before a comma and thanked right after it (up to two words between), is the one thanked, also when
    the list of first names does not know it."""
    word = doc[i].lower_
    if len(word) < 3 or lexicon.is_word(word) or i + 2 >= len(doc) or doc[i + 1].text != ",":
        return False
    return any(t.lower_ in THANKS_WORDS - {"aan", "dankzij"} for t in doc[i + 2 : i + 5])


# 'Daan z'n verjaardag', 'Anouk en haar collega's': a possessive of the third person after a capitalised word.


def _with_own(doc: Any, i: int) -> bool:
    """'Daan z'n zesde verjaardag', 'Anouk en haar collega's': a capitalised word followed by its
    own possessive ('z'n', 'd'r'; 'en haar ...') is someone's name."""
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    if after == "d'r":  # 'Wol d'r niks veur hebben': 'er', no possessive, before a little word
        return i + 2 < len(doc) and doc[i + 2].is_alpha and doc[i + 2].lower_ not in stop_words()
    if after == "z'n":
        return True
    return after == "en" and i + 2 < len(doc) and doc[i + 2].lower_ in THEIR


def _verb_stem(word: str) -> str:
    """'knipte', 'knipt' → 'knip'; 'zorgde', 'zorgt' → 'zorg': past and present of a regular verb meet."""
    if len(word) > 4 and word.endswith(("te", "de")):
        return word[:-2]
    return word[:-1] if len(word) > 3 and word.endswith("t") else word


_NAME_STEMS = frozenset(_verb_stem(v) for v in NAME_VERBS)
# What may stand between a thanks word and the name thanked: 'Dank je wel, Femke', 'Bedankt hoor Kees'.
_THANKS_FILL = frozenset({"je", "u", "jullie", "wel", "hoor", ",", "nogmaals", "lieve", "beste"})


def _thanked(doc: Any, i: int) -> bool:
    """'dank aan Kees', 'dank aan monteur Youssef', 'Dank je wel Femke', 'Bedankt, Lotte': a thanks word
    up to two words before, or further with only filler words between; never across the end of a sentence
    ('Bedankt! Zaterdagmiddag stond ik ...': the thanks end there, the next sentence opens with a word)."""
    if any(doc[j].lower_ in THANKS_WORDS for j in range(max(0, i - 2), i) if not _ended(doc, j + 1, i)):
        return True
    for j in range(i - 1, max(-1, i - 5), -1):
        if _ended(doc, j, j + 1):
            return False
        if doc[j].lower_ in THANKS_WORDS:
            return True
        if doc[j].lower_ not in _THANKS_FILL:
            return False
    return False


def _ended(doc: Any, start: int, end: int) -> bool:
    """Whether a sentence ends between tokens ``start`` and ``end`` (a full stop, '!' or '?' there)."""
    return any(doc[k].text[-1:] in _SENTENCE_ENDS for k in range(start, end))


_SENTENCE_ENDS = frozenset({".", "!", "?", "…"})


def _name_verb(word: str) -> bool:
    """A verb that follows a name, in past or present tense ('Sanne knipte', 'Femke knipt')."""
    return word in NAME_VERBS or _verb_stem(word) in _NAME_STEMS


# Between 'en' and a name thanked too: 'en vooral Jelle', 'en natuurlijk Kim'.
_STRESS = frozenset({"vooral", "ook", "natuurlijk", "zeker", "speciaal", "zeer", "helemaal", "bovenal"})


def _described(doc: Any, i: int) -> bool:
    """'Jelle, die de ring ...', 'Kim, wie ...', 'en Kostas die ...': a capitalised word inside a sentence that a
    relative clause about a person follows."""
    inside = i > 0 and doc[i - 1].text not in {".", "!", "?"}
    if inside and i + 2 < len(doc) and doc[i + 1].text == "," and doc[i + 2].lower_ in {"die", "wie"}:
        return True
    # 'en Kostas die iedereen een ouzo aanbood': without the comma, a word that is only a name or no Dutch word,
    # not part of a longer proper name ('Taverna Kalimera die ...')
    proper = i > 0 and doc[i - 1].is_title and doc[i - 1].is_alpha
    word = doc[i].lower_
    only_name = word in first_names()[0] or (len(word) > 2 and not lexicon.is_word(word))
    return inside and not proper and only_name and i + 1 < len(doc) and doc[i + 1].lower_ == "die"


# Before a place, a shop or a brand, not a person: 'in Giethoorn', 'uit Hasselt', 'naar de Aldi'.
_PLACE_BEFORE = frozenset(
    {"in", "uit", "naar", "bij", "langs", "richting", "vanuit", "te", "via", "op", "rond", "nabij", "tot", "van"}
)


def _place_before(word: str) -> bool:
    """A word before a place ('in', 'naar'), also in dialect: 'naor Veenhuzen', 'uut Grunn', 'noar Brugge'."""
    return word in _PLACE_BEFORE or bool(dutch_of(word) & _PLACE_BEFORE)


def _aged(doc: Any, i: int) -> bool:
    """'Sem (4)', 'Jesse (7 jaar)': a name with an age after it (not 'uit Hasselt (12 man)')."""
    if i + 2 >= len(doc) or doc[i + 1].text != "(" or not doc[i + 2].text.isdigit() or int(doc[i + 2].text) > 110:
        return False
    company = i + 3 < len(doc) and doc[i + 3].lower_ in {"man", "personen", "pers", "gasten", "mensen"}
    return not company and not (i > 0 and doc[i - 1].lower_ in _PLACE_BEFORE)


# Words with an apostrophe that are no quotation mark: "'s nachts", "'t", "'n".
_ELIDED = frozenset({"'s", "'t", "'n", "'k", "'m", "'r", "’s", "’t", "’n"})


def _quoted(doc: Any, i: int) -> bool:
    """Inside quotation marks: text that was written on something ('Gerrit & Annie 25 jaar'); "'s nachts"
    opens no quote."""
    sentence = doc[i].sent if doc.has_annotation("SENT_START") else doc[:]
    marks = sum(
        1
        for t in doc[sentence.start : i]
        if t.lower_ not in _ELIDED and (t.text in {"'", '"', "‘", "’", "“", "”"} or t.text[:1] in "'\"")
    )
    return marks % 2 == 1


def _companion(doc: Any, i: int) -> bool:
    """'met Pim', 'samen met Lisa', 'Pim, de buurjongen,', 'Sem van de buren': someone who came along
    or is described as no one of the business."""
    if i > 0 and doc[i - 1].lower_ == "met" and not _thanked(doc, i):
        return True
    after = [t.lower_ for t in doc[i + 1 : i + 4]]
    if len(after) == 3 and after[:2] == ["van", "de"] and not _team(after[2]):
        return True  # not 'Sem van de werkplaats'
    return (
        len(after) == 3
        and after[0] == ","
        and after[1] in {"de", "het", "mijn", "onze", "m'n"}
        and not staff_role(after[2])
    )


def _known_name(doc: Any, i: int) -> bool:
    """A first name from resources/lexicons/voornamen.txt that is no ordinary word ('Jelle aan de
    toonbank', 'in het bijzonder Joost'); inside a sentence, a word that is no Dutch word at all before a
    verb ('maar Soufiane liet hem ...'); or a name with an age after it. Never part of a longer proper
    name ('Fietsmakerij Robbe', 'Da Marco'), after a place word ('uit Hasselt') or in quotes."""
    token = doc[i]
    before = doc[i - 1] if i > 0 else None
    proper = before is not None and before.is_title and before.is_alpha and before.lower_ not in stop_words()
    # 'klant bij Ilias', 'afscheid van Rita': after 'bij' or 'van' a first name that is only a name is a person
    person_after = before is not None and before.lower_ in {"bij", "van"} and token.lower_ in first_names()[0]
    if before is not None and ((_place_before(before.lower_) and not person_after) or proper):
        return False
    if _quoted(doc, i) or _companion(doc, i):
        return False
    inside = before is not None and before.text not in {".", "!", "?", ":", "…"} and not before.is_space
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    word = token.lower_
    unknown = inside and len(word) > 2 and word not in stop_words() and not lexicon.is_word(word)
    unknown = unknown and not _place_adjective(word)
    return word in first_names()[0] or (unknown and lexicon.is_verb(after)) or _aged(doc, i)


def _place_adjective(word: str) -> bool:
    """'Duitse', 'Belgische', 'Twentse': the inflected adjective of a country, a language or a region (the word
    without its '-e' is one: 'duits', 'belgisch'), said of people or things, never someone's name."""
    return word.endswith("e") and word[:-1].endswith(("s", "sch")) and lexicon.is_word(word[:-1])


# Interjections, Dutch and Flemish (a closed class): they open a sentence before a comma like a name does.
_INTERJECTIONS = frozenset(
    {"amai", "allez", "awel", "hey", "hee", "hé", "hej", "jeetje", "jee", "tjonge", "tjongejonge", "goh", "oei"}
    | {"oeps", "wow", "wauw", "pff", "pfff", "zeg", "ach", "jawel", "enfin", "tja", "hela", "oké", "okee", "yes"}
    | {"jawadde", "potverdorie", "verdorie", "jeez", "omg", "lol", "haha", "hihi", "aah", "ohh", "whoa", "hallo"}
)


# Words of endearment that open a greeting before a name ('Lieve Lotte, wat heb je me mooi gemaakt'): 'Lieve' is a
# first name too ('Lieve knipte me'), so only before another capitalised word at the start of a sentence.
_ENDEARMENTS = frozenset({"lieve", "liefste", "beste", "dierbare"})


def _endearment(doc: Any, i: int) -> bool:
    """'Lieve Lotte, ...', 'Liefste Anouk!': the greeting word before the name it greets, opening a sentence."""
    opens = i == 0 or doc[i - 1].text[-1:] in {".", "!", "?"} or doc[i - 1].is_space
    after = doc[i + 1] if i + 1 < len(doc) else None
    return doc[i].lower_ in _ENDEARMENTS and opens and after is not None and after.is_alpha and after.is_title


def _greeted(doc: Any, i: int) -> bool:
    """'Lieve Lotte, wat heb je me mooi gemaakt': the name a greeting opens with, before a comma or an exclamation
    mark, is the one addressed (of the business), not one of the writer's own ('onze lieve Lotte is jarig')."""
    return i > 0 and _endearment(doc, i - 1) and i + 1 < len(doc) and doc[i + 1].text in {",", "!"}


def _compound_word(word: str) -> bool:
    """A compound the word list knows ('woensdagmiddag' = 'woensdag' + 'middag'): no first name."""
    last = lexicon.head(word)
    if len(last) < 4 or last == word or not lexicon.is_word(word) or word in first_names()[0]:
        return False
    first = word[: word.rfind(last[:-1])] if last[:-1] in word else ""
    # both parts words of four letters or more ('woensdag-middag', 'oever-licht'; not 'je-roen', 'hof-stede')
    return any(len(f) >= 4 and lexicon.is_word(f) for f in (first, first.removesuffix("s"), first.removesuffix("e")))


def _role_compound(word: str) -> bool:
    """A compound ending in a role of the business ('topbakker', 'superkapster', 'meesterbakker': resources/
    praise.toml ``roles``): a word of praise for whoever does that work, no first name."""
    if word in first_names()[0]:
        return False
    return any(word.endswith(r) and len(word) - len(r) >= 3 for r in praise_words().roles if len(r) >= 4)


# Verbs after which a capitalised word may be a thing as well as a name ('Roos is weg', 'Taart was top').
_LINKING = frozenset({"is", "was", "stond", "zat", "bleef", "werd", "wordt"})
_SUBJECT_PRONOUNS = frozenset({"ik", "je", "jij", "we", "wij", "hij", "ze", "zij", "u", "jullie", "men"})


def _listed_subject(doc: Any, i: int) -> bool:
    """'Roos heeft een rustig moment ingepland', 'Merel knipte mijn pony': a listed first name that is
    also a thing (roos, merel) is the one who acted when a verb of doing follows it whose subject it is
    (not 'Roos is weg', nor 'Roos had ik al jaren': the pronoun after the verb is the subject)."""
    if doc[i].lower_ not in first_names()[0] | first_names()[1] or i + 1 >= len(doc):
        return False
    verb = doc[i + 1].lower_
    if verb in _LINKING or not _name_verb(verb):
        return False
    return not (i + 2 < len(doc) and doc[i + 2].lower_ in _SUBJECT_PRONOUNS)


def not_acting(doc: Any, things: list[Mention]) -> list[Mention]:
    """``things`` without a word that is only a listed first name acting ('Roos heeft ... ingepland'),
    wherever the word stands in the comment: that is someone, no thing."""
    said: dict[str, list[bool]] = {}
    for token in doc:
        said.setdefault(token.lower_, []).append(token.text[:1].isupper() and _listed_subject(doc, token.i))
    acting = {w for w, acts in said.items() if all(acts)}
    return [t for t in things if t.text.lower() not in acting]


# Function words that are first names too ('Ben heeft mijn fiets gemaakt', 'Dan knipte me'): left to the other cues.
_NAME_LIKE_STOP_WORDS = frozenset({"ben", "dan", "wil", "mag"})
# What stands after the verb when a word before it is no subject but an adverb the sentence opens with: 'Dan is het
# perfect!', 'Dan kom ik graag terug' (inversion: the subject follows the verb); 'het', 'er', 'dat' only after a
# linking verb ('Ben heeft het gemaakt': 'het' is what Ben made).
_INVERTED_SUBJECTS = _SUBJECT_PRONOUNS | {"ge", "gij", "we", "wij"}
_LINKED_SUBJECTS = frozenset({"het", "er", "dat", "dit", "alles"})


def _function_word(doc: Any, i: int) -> bool:
    """A function word, no name: one that is no first name ('Dat is mager.'), or one that is ('Dan', 'Ben') with the
    subject after its verb ('Dan is het perfect!')."""
    word = doc[i].lower_
    if word not in stop_words():
        return False
    if word in _NAME_LIKE_STOP_WORDS:
        return _inverted(doc, i)
    return word not in first_names()[0] | first_names()[1]


def _inverted(doc: Any, i: int) -> bool:
    """'Dan is het perfect!', 'Dan kom ik graag terug': a function word that is also a first name ('Dan', 'Ben')
    before a verb whose subject follows it is the adverb the sentence opens with, no one's name."""
    if i + 2 >= len(doc) or not doc[i + 1].is_alpha:
        return False
    verb, after = doc[i + 1].lower_, doc[i + 2].lower_
    return after in _INVERTED_SUBJECTS or (verb in _LINKING and after in _LINKED_SUBJECTS)


def names(doc: Any, is_product: Callable[[str, str], object]) -> tuple[str, ...]:
    """Capitalised words used as a name: before a verb ('Sanne knipte', 'Femke knipt'), thanked
    ('dank aan Kees', 'Dank je wel Femke'), as the one who helped ('geholpen door Ahmed'), or a name
    the word list tells ('Jelle aan de toonbank', 'Soufiane liet hem')."""
    found = []
    for token in doc:
        double = all(p[:1].isupper() and p.isalpha() for p in token.text.split("-")) and token.text.count("-") == 1
        if not (token.is_alpha or double) or not token.text[:1].isupper() or token.text.isupper():
            continue  # a double name is one ('Pieter-Jan kwam zelf ...')
        after = _after_aside(doc, token.i)
        if token.i > 0 and doc[token.i - 1].lower_ in {"de", "het", "'t", "heel", "half"}:
            continue  # 'aan de Waal', 'in het Vondelpark', 'heel Rijmenam stond te zwaaien': a place
        if brand(doc, token.i):
            continue  # 'een nieuwe Ridley gekocht bij Jens': a thing bought, no one to pass praise to
        thanked = _thanked(doc, token.i) or _addressed(doc, token.i) or _described(doc, token.i)
        thanked = thanked or _after_role(doc, token.i) or _role_after(doc, token.i) or _known_name(doc, token.i)
        thanked = thanked or _introduced(doc, token.i) or named_ones_colleague(doc, token.i)
        thanked = thanked or _inverted_subject(doc, token.i) or _apposed(doc, token.i)
        # 'Pieter-Jan kwam zelf ...': two first names joined are a name wherever they stand
        thanked = thanked or (
            double and all(p.lower() in first_names()[0] | first_names()[1] for p in token.text.split("-"))
        )
        if not _name_verb(after) and not thanked and not _by_someone(doc, token.i) and not _with_own(doc, token.i):
            continue
        if token.lower_ in NOT_NAMES or len(token.text) < 2:
            continue
        if not thanked and dutch_of(token.lower_) and token.lower_ not in first_names()[0] | first_names()[1]:
            continue  # 'Iederien was d'r stil van': a dialect's word, no one's name (but 'merci aan Jo': thanked)
        if _function_word(doc, token.i):
            continue  # 'Dat is mager.', 'Deze was top', 'Dan is het perfect!': a function word opening a sentence
        if is_product(token.text, token.lemma_) and not _listed_subject(doc, token.i):
            continue
        if not_staff(doc, token.i):
            continue  # 'Duimen voor Isa!!', 'Luc en ik zeggen merci', 'Mien moeke van 92': the writer's own
        if token.lower_ in _INTERJECTIONS or _endearment(doc, token.i):
            continue  # 'Amai, dat noem ik service!', 'Allez, ...', 'Hey, ...': an exclamation, no one addressed
        if _compound_word(token.lower_):
            continue  # 'Woensdagmiddag heeft Joost ...', 'Zaterdagochtend was het druk': a word, capitalised
        if _role_compound(token.lower_):
            continue  # 'Topbakker, die roggebroden ...', 'Superkapster!': a role praised, no one's name
        found.append(token.text)
        # 'Dank aan Marja en Lisa', 'team Zoutkeet en vooral Jelle': the name joined to a found one is a name too
        at = token.i + 3 if token.i + 3 < len(doc) and doc[token.i + 2].lower_ in _STRESS else token.i + 2
        joined = doc[at] if at < len(doc) and after in {"en", "&"} else None
        if joined is not None and joined.is_alpha and joined.is_title and joined.lower_ not in NOT_NAMES:
            found += [] if is_product(joined.text, joined.lemma_) else [joined.text]
    return tuple(dict.fromkeys(found))


def german_names(doc: Any, names: tuple[str, ...]) -> tuple[str, ...]:
    """The names of a comment the app knows is German, where every noun has a capital ('ein Eis mit Kerze'): a
    capitalised word is a name only where a name is expected, right after a word for someone by their job ('die
    Kellnerin Ilse', 'Friseurin Anja': German words made Dutch in resources/synonyms.toml) or a first name the
    list knows, not after a possessive ('unserem Lukas': the writer's own). ``names``: found the Dutch way."""
    if not is_german(doc.text):
        return names
    found: list[str] = []
    for token in doc:
        if not (token.is_alpha and token.text[:1].isupper() and not token.text.isupper()) or token.i == 0:
            continue
        before = doc[token.i - 1].lower_
        dutch = dutch_of(before) | {before}
        after_job = any(staff_role(d) for d in dutch) and token.lower_ not in NOT_NAMES
        known = token.lower_ in first_names()[0] and token.text in names and not dutch & POSSESSIVE
        if after_job or known:
            found.append(token.text)
    return tuple(dict.fromkeys(found))


def _after_aside(doc: Any, i: int) -> str:
    """The word after a name, past an aside in brackets ('Noor (nog stagiaire!) knipte me' → 'knipte')."""
    at = i + 1
    if at < len(doc) and doc[at].text == "(":
        close = next((t.i for t in doc[at : at + 8] if t.text == ")"), None)
        at = close + 1 if close is not None else at
    return doc[at].lower_ if at < len(doc) else ""


def _their_one(doc: Any, i: int) -> bool:
    """'mijn collega Sanne', 'onze hond Bobbie', 'voor onze juf Marieke': a name after the writer's own
    noun, one who is not of the business (not 'onze kapster Ilse') or whom it was for."""
    if i < 2 or doc[i - 2].lower_ not in POSSESSIVE:
        return False
    word = doc[i - 1].lower_
    if not (doc[i - 1].is_alpha and doc[i - 1].is_lower and lexicon.noun(word)):
        return False
    # 'de taart voor onze juf Marieke': whom it was for is the writer's, whatever their job
    return not staff_role(word) or (i > 2 and doc[i - 3].lower_ == "voor")


def kin(m: Matches) -> tuple[str, ...]:
    """Names of the writer's own people or pets: 'onze Yasmin', 'kleine Mees', 'Sem (4)' (never staff), and every
    name joined to one named after its person word ('onze tweeling Fenna en Siem', 'mijn dochters Lore, Fien en
    Mats': all three)."""
    doc, taken = m.doc, m.taken()
    # after 'onze', 'kleine', or one of the writer's people or pets ('onze rescuehond Pip')
    after_person = {e - 1 for s, e in m.spans.get("naaste", [])}
    found: list[int] = []
    head: dict[int, int] = {}  # each name found: the first of the names it is joined to
    for t in doc:
        if not _name_here(doc, t.i, taken, person=t.i - 1 in after_person):
            continue
        if found and found[-1] == t.i - 1:
            continue  # 'onze vlootbeheerder Arie Dekker (67)': the surname of the one just named, no one else
        # 'onze tweeling Fenna en Siem': joined to a name after the person word; not 'onze Nore en Elke had haar
        # haar gevlochten', where the name after the possessive alone may start the next clause
        joined = t.i > 1 and doc[t.i - 1].lower_ in _JOINS and t.i - 2 in head and head[t.i - 2] - 1 in after_person
        # ... a word for more than one ('onze tweeling', 'mijn dochters'; not 'onze dochter Femke en Lotte stond')
        joined = joined and more_than_one(doc[head[t.i - 2] - 1].lower_)
        if (
            joined
            or (
                t.i > 0
                and (doc[t.i - 1].lower_ in POSSESSIVE | KIN_BEFORE or t.i - 1 in after_person)
                and not _greeted(doc, t.i)
            )
            or _aged(doc, t.i)
            or _their_one(doc, t.i)
        ):
            found.append(t.i)
            head[t.i] = head[t.i - 2] if joined else t.i
    return tuple(doc[i].text.rstrip(".") for i in found)  # the tokenizer keeps the full stop on 'Max.'


_JOINS = frozenset({"en", "&", ","})


def _name_here(doc: Any, i: int, taken: set[int], *, person: bool = False) -> bool:
    """Whether token ``i`` can be the name of one of the writer's own: name-like, capitalised, not shouted, not a
    thing ('mijn Sparta': a bike), not taken by another match and not named as a colleague; ``person``: right after
    a person word ('onze collega Harrie Gielen'), where a first name and a surname are a name, not a thing."""
    t = doc[i]
    return (
        name_like(t.text.rstrip("."))
        and t.text[:1].isupper()
        and not t.text.isupper()
        and t.lower_.rstrip(".") not in not_names()
        and not day_word(t.text)  # 'Zondagmorgen (5 augustus) taartjes gehaald': a time, no one's name
        and i not in taken
        and not named_ones_colleague(doc, i)
        # 'onze Dry January-challenge', 'onze Warmste Week-actie': the first word of a thing's name
        and not (i + 1 < len(doc) and re.fullmatch(r"[A-Z][\w']*-[a-z]{3,}", doc[i + 1].text))
        # 'onze toertocht Westhoek Fietst': a word no first name before another capitalised one names a thing
        # ('onze kater Max. Het was ...': the next sentence is no part of the name)
        and not (
            not person
            and i + 1 < len(doc)
            and doc[i + 1].is_title
            and doc[i + 1].is_alpha
            and not t.text.endswith(".")
            and t.lower_ not in first_names()[0] | first_names()[1]
        )
    )


def not_words(names: tuple[str, ...], text: str) -> tuple[str, ...]:
    """The names of a comment without a common noun that only opens its sentences ('Shop was already closed but
    the owner came out anyway': the shop is thanked by no one); a first name the list knows stays ('Roos did my
    hair'), and so does one written with a capital inside a sentence too."""
    only, also = first_names()
    kept = []
    for name in names:
        word = name.lower()
        inside = re.search(rf"(?<![.!?\s])\s+{re.escape(name)}\b", ". " + text) is not None
        noun = " " not in name and lexicon.noun(word) == word and word not in only | also
        if inside or not noun:
            kept.append(name)
    return tuple(kept)
