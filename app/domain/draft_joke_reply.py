"""Drafts for jokes: a light line that plays on the joke's shape, its last line or the thing it is about."""

from __future__ import annotations

import re
from functools import lru_cache

from app.domain.draft_base import DraftBase
from app.domain.draft_came_by import not_came_by
from app.domain.draft_cues import draft_cues
from app.domain.draft_days import closed_on
from app.domain.draft_joke_pet import pet_took
from app.domain.draft_joke_treat import framed, nearest_treat
from app.domain.draft_joke_treat_asked import treat_asked
from app.domain.draft_joke_waited import brought_for, waited_for
from app.domain.draft_jokes import JokeShape, shipped_jokes
from app.domain.draft_praise_held import praise_list
from app.domain.draft_text import sentences_and_lines
from app.domain.joke_asides import is_aside
from app.domain.privacy_names import first_names
from app.domain.replies import number
from app.domain.textnorm import sentences
from app.domain.topics import Mention, TopicAnalysis, article_of, shipped_topic_data
from app.domain.words import possessive_alternation, stop_words, whole_word, word_regex


class JokeDrafting(DraftBase):
    def _joke(self, topics: TopicAnalysis, seed: str, text: str = "") -> str:
        """A light line on the joke: on the day the business is closed when the joke says so ('Blue Monday
        verplaatst naar dinsdag, want op maandag is Terlouw dicht'; no wait, even in 'duurt tot dinsdag'), that day
        said back with a wink; else one that plays on the joke itself."""
        if closed := _closed_day_said(topics, self.profile.value("opening_hours"), text):
            return self._line("joke", "closed_day", seed, {"feestdag": closed})
        pet = pet_took(text, self._poss)  # 'onze labrador heeft een heel krentenbrood gejat': the pet
        line = self._line("joke", "pet_took", seed, {"onderwerp": pet}) if pet else self._joke_line(topics, seed, text)
        # 'ge moogt mij nen pint trakteren voor de gratis reclame': a wink at the treat asked for, no promise
        asked = treat_asked(text) if line and "[vul in" not in line else ""
        return f"{line} {self._line('joke', 'treat_asked', seed, {'onderwerp': asked})}" if asked else line

    def _joke_line(self, topics: TopicAnalysis, seed: str, text: str = "") -> str:
        """A light line that plays on the joke: a wait or a price, else the joke's shape
        (resources/jokes.toml: a transformation, a mock accusation, a score, an exaggeration, a
        comparison), else what it is about."""
        problem = topics.problems[0] if topics.problems else ""
        shaped = _own_subject_shape(topics, text)
        # ('tussen de soep en het hoofdgerecht precies 10 minuten, perfecte timing!': a wait the writer liked)
        liked = problem == "wachttijd" and _no_grievance(text)
        if "prijs" in topics.problems and not shaped and (jab := self._price_jab(topics, seed, text)):
            return jab
        if problem in {"wachttijd", "prijs"} and not shaped and not liked:
            return self._wait_or_price(topics, problem, seed, text)
        if topics.missed and not shaped:  # 'en dan géén kaasfondue op de kaart. Ik start een petitie'
            values = {"onderwerp": topics.missed, "meervoud": number(_plural(topics.missed))}
            return self._line("joke", "missing_product", seed, values)
        # 'eerst met de fiets de Muur op, dan drie mattentaartjes': the bike took the writer there, the joke is
        # about the business's thing (at a bike shop the bike is the thing)
        things = not_came_by(list(topics.products), text, self.profile)
        first = things[0] if things else None
        values = self._joke_values(first, text)
        jokes = self.t.sections["joke"]
        for shape in shipped_jokes():
            found = shape.values(text) if shape.id not in _ONLY_BELOW else None  # below, when nothing else fits
            if found is None or (shape.id == "compliment" and (problem or self._punch_after(topics, shape, text))):
                continue  # 'zo stil dat ... Hij heeft er een sluipmodus bij gedaan': the sluipmodus, below
            if _passed_over(shape, first is not None, text) or _not_ours(shape, found, things, first, text):
                continue
            if shape.id.startswith("grievance"):  # 'ge krijgt hem terug als ...', "'Koel asblond' noemen ze dat"
                return self._grievance(topics, shape.id, found, seed, text)
            # the thing the joke is about, when it names one (more often here than home: the writer's own thing)
            # ... a mock accusation is about what the business made, not a guessed word, and a compliment about
            # the thing before 'zo ... dat' ('zoveel gegeten dat hij een nieuwe broek moet kopen': not the broek)
            if shape.id == "diet":  # what broke the diet: the business's thing, not 'mijn dieet' itself
                treat = framed(nearest_treat(topics, text, shape.pattern), topics, text)
                key, values = ("diet_product", self._joke_values(treat, text)) if treat else ("diet", {})
                return self._line("joke", key, seed, {**values, **found})
            named = _names_thing(first, shape.id, problem) and _researched(first, shape, text)
            if named and first is not None and shape.id == "april_fool":
                values = {**values, "onderwerp": self._quoted_thing(first, text)}  # 'de ‘pistolet met ...’'
            if shape.id == "compliment":  # the writer's own or named before 'dat', or the thing praised there
                thing = _compliment_thing(topics, shape, text, first if named else None)
                named, values = thing is not None, self._joke_values(thing, text) if thing else values
            key = _unasked(f"{shape.id}_product" if named and f"{shape.id}_product" in jokes else shape.id, text)
            if key == "comparison_product" and (work := _more_work(topics, text)):
                values = {**values, "onderwerp": f"{work} aan {values['onderwerp']}"}  # 'onderhoud aan je fiets'
            if shape.id == "more_often" and topics.people and _NOT_ME.search(text):
                # 'mijn vriend ... hij wil nu vaker mee dan ik': the one the writer brought along
                key, values = "more_often_person", {"persoon": f"{self._poss} {topics.people[0]}"}
            if shape.id == "comparison_to" and topics.people and (whose := _OWNED_BY.fullmatch(found.get("naar", ""))):
                # 'hij vindt mijn kapsel schoner dan het zijne': 'het zijne' is the one the writer named ('onze hond')
                that = "dat" if whose.group("lidw").lower() == "het" else "die"
                found = {**found, "naar": f"{that} van {self._poss} {topics.people[0]}"}
            return self._line("joke", key, seed, {**values, **_excuse_as_said(shape.id, found, self._poss)})
        last = self._last_line(topics, seed, text, _sold(things, text, self.profile.name) or first)
        last = last or self._taken_back(seed, text)  # '😂 nee grapje, stond er al na 2 dagen weer'
        if last:
            return last
        key = "product" if first is not None else "kwaliteit" if problem == "kwaliteit" else "general"
        return self._line("joke", key, seed, values)  # (no values without a thing)

    def _price_jab(self, topics: TopicAnalysis, seed: str, text: str) -> str:
        """A price joke that takes a jab at the business's thing too ('soep zo dun dat ge de krant kunt lezen.
        Gelukkig was de rekening dikker', 'de bitterballen lauw, de rekening lekker warm'): the jab taken to heart,
        with the thing named; '' when the joke praises the thing ('zo lekker dat mijn rekening huilt') or names
        none of the business's own (the writer's 'portemonnee' is no thing of ours)."""
        thing = next((p for p in topics.products if not (p.own or p.guessed)), None)
        if thing is None or topics.praised:
            return ""
        # the thing found wanting ('lauw', 'slap': a quality problem) or named in a sentence of its own, not only
        # as the foil of the price joke ('je band sneller geplakt dan Bart een prijs kan verzinnen')
        if "kwaliteit" not in topics.problems and not _apart_from_price(thing.text, text):
            return ""
        return self._line("joke", "prijs_product", seed, self._joke_values(thing, text))

    def _taken_back(self, seed: str, text: str) -> str:
        """A joke the writer takes back ('welk jaar? 😂 nee grapje, stond er al na 2 dagen weer'): a laugh and what
        was true said back (resources/jokes.toml taken_back); '' when the joke is not taken back."""
        back = next((found for s in shipped_jokes() if s.id == "taken_back" and (found := s.values(text))), None)
        return self._line("joke", "taken_back", seed, back) if back else ""

    def _grievance(self, topics: TopicAnalysis, key: str, found: dict[str, str], seed: str, text: str) -> str:
        """A complaint under the joke: a wait ('ge krijgt hem terug als de carnaval van 2027 begint'), or a result
        unlike what was asked, said back inside the sentence ("'Koel asblond' noemen ze dat" → 'koel asblond')."""
        if key == "grievance_wait":
            return self._wait_or_price(topics, "wachttijd", seed, text)
        if key == "grievance" and topics.duration and "wachttijd" in topics.problems:
            # '10 dagen wachten op een onderhoudsbeurt': how long, as written
            return self._line("joke", "grievance_duur", seed, {**found, "waarde": topics.duration})
        asked = found.get("naar", "")
        if asked[1:2].islower() and asked.split()[0].lower() not in first_names()[0]:
            asked = asked[:1].lower() + asked[1:]
        if key == "grievance_little" and asked:  # 'de garnalen met een vergrootglas zoeken': the thing, no sorry
            key, asked = "grievance_little_thing", f"{article_of(asked)} {asked}"
        return self._line("joke", key, seed, {**found, "naar": asked})

    def _wait_or_price(self, topics: TopicAnalysis, problem: str, seed: str, text: str) -> str:
        """A joke about a wait or a price: a queue at the door is a joke about being busy ('de rij is vanuit de
        ruimte te zien'), any other wait is a complaint under the joke ('gang drie: drie kwartier naar de
        keukendeur staren'): a short laugh, how long as written, sorry and a way to sort it out."""
        if problem != "wachttijd" or _queued(text):
            return self._line("joke", problem, seed)
        if topics.duration:
            return self._line("joke", "grievance_wait_duur", seed, {"waarde": topics.duration})
        # 'bestelt uw dessert bij de start van de Touretappe en krijgt het tegen de podiumceremonie': from when to when
        span = next((found for s in shipped_jokes() if s.id == "waiting_span" and (found := s.values(text))), None)
        if span:
            return self._line("joke", "waiting_span", seed, span)
        # a wait compared to something ('langer op zich laat wachten dan de volgende Elfstedentocht', "'binnen 2
        # dagen klaar!' ... langer winterslaap dan een egel"): a light jab at the comparison, said back; the writer's
        # own thing that waits longer ('langer dan') goes before a mocked wait, not 'sneller dan de bediening'
        compared = next((found for s in shipped_jokes() if s.id == "comparison_to" and (found := s.values(text))), None)
        own = next((p for p in topics.products if p.own and not p.place), None)
        if compared and own is not None and compared.get("van", "").lower() == "langer":
            # 'mijn fiets ... langer winterslaap dan een egel': said back, and asked whether it is really still here
            # (review172: no public 'yes, we are slow')
            return self._line("joke", "waiting_own_compared_to", seed, {**compared, "onderwerp": self._np(own)})
        if _has_shape("grievance_wait", text):  # 'ge krijgt hem terug als ...', 'slow service', 🐌
            job = brought_for(text)  # 'gebracht voor een nieuwe bel': the job named in the sorry
            return (
                self._line("joke", "grievance_wait_for", seed, {"onderwerp": job})
                if job
                else self._line("joke", "grievance_wait", seed)
            )
        # ... and any other wait that is no queue ('zo lang gewacht op ons dessert dat mijn zoon 18 is geworden'):
        # a short laugh and sorry, not the queue line
        if compared:  # 'langer bij Bert dan de rij voor de Python': what it was compared to, said back
            return self._line("joke", "waiting_compared_to", seed, compared)
        waited = waited_for(text, self._poss) if _has_shape("comparison", text) else ""  # 'tot ze de telefoon opnemen'
        key = "waiting_compared_for" if waited else "waiting_compared" if _has_shape("comparison", text) else ""
        return self._line("joke", key or "grievance_wait", seed, {"onderwerp": waited})

    def _last_line(self, topics: TopicAnalysis, seed: str, text: str, first: Mention | None) -> str:
        """A light line on the joke's last line: the thing it turns on ('Nu nog een brood dat m'n
        belastingaangifte doet'), else that line said back ('wist niet dat hij zo stil kon. bijna eng 👻'), with
        the business's thing the joke is about ('‘Zijn vrouw ook’, haha! Dat zegt genoeg over de
        worstenbroodjes'); '' when neither fits."""
        thing = first is not None
        turn, punch = self._punch(topics, text), punchline(text)
        # a short last line of its own wins ('Velthuis doet wonderen', 'echt een drama'); one that points back
        # ('Daarom woon ik hier', 'Ze reageert niet meer') leaves the turn to the thing before it
        if punch and punch.split()[0].lower() not in _POINTS_BACK:
            turn = None
        if turn is not None:
            values = {"onderwerp": self._np(turn), "meervoud": number(turn.plural)}
            return self._line("joke", "punch_thing", seed, values)
        if punch and not (thing and _QUOTED_HAS.search(text)):  # (not the thing's quoted word)
            if first is not None and self._plays_on(topics, first, punch, text):
                values = {"naar": punch, "onderwerp": self._np(first), "meervoud": number(first.plural)}
                return self._line("joke", "punchline_product", seed, values)
            return self._line("joke", "punchline", seed, {"naar": punch})
        return ""

    @staticmethod
    def _plays_on(topics: TopicAnalysis, first: Mention, punch: str, text: str) -> bool:
        """Whether the last line said back may name the business's thing: not the writer's own or a guessed word,
        not one the punchline names itself ('Kerstcadeau inbegrepen: een muts'), not after a punchline that asks
        ('vijf sterren voor de koffie, en voor de snit ... haar groeit terug zeker?'), not another's ('op zijn
        racefiets'), and not in a joke that names a problem."""
        if first.own or first.guessed or topics.problems:
            return False
        if first.text.lower() in punch.lower() or punch.endswith("?"):  # 'Kunst, denk ik?': a jab, not a treat
            return False
        return not re.search(rf"\b(?:zijn|z'n|zn|haar|d'r)\s+(?:\w+\s+)?{re.escape(first.text)}\b", text, re.I)

    def _punch(self, topics: TopicAnalysis, text: str) -> Mention | None:
        """What the joke's last line turns on, unless it is the business's own name ('het Havenbedrijf' yes,
        'de Korrel' of Bakkerij De Korrel no) or the joke quotes a word about its thing ('heeft mijn taart
        "pit"': that word is the punchline)."""
        turn = topics.punch
        if turn is None or turn.text.lower() in self.profile.name.lower() or _QUOTED_HAS.search(text):
            return None
        return turn

    def _punch_after(self, topics: TopicAnalysis, shape: JokeShape, text: str) -> bool:
        """Whether the joke turns on its punchline thing rather than on the thing praised: the thing comes after
        the shape, and in a later sentence when the thing praised is named before the shape."""
        turn, match = self._punch(topics, text), shape.pattern.search(text)
        if turn is None or match is None:
            return False
        if turn.text.lower() not in text[match.end() :].lower() or any(p.text == turn.text for p in topics.products):
            return False  # ('zo snel dat mijn fiets niet eens tijd had om te wennen': praise of the fiets)
        named = topics.products[0].text if topics.products else ""
        if not named or named not in text[: match.start()].lower():
            return True  # 'zoveel gegeten dat ik als ligplaats sta ingeschreven bij het Havenbedrijf'
        if _to_us(text, turn.text):
            return False  # '... zo goed dat ... Jullie hebben een incident veroorzaakt': the praised thing did it
        # 'Het desembrood is zo stevig dat ... Nu nog een brood dat m'n belastingaangifte doet': a later sentence
        stop = re.search(r"[.!?…]", text[match.end() :])
        return stop is not None and turn.text.lower() in text[match.end() + stop.end() :].lower()

    def _quoted_thing(self, thing: Mention, text: str) -> str:
        """The thing as the joke puts it in quotes, when a quoted phrase starts with it ("'pistolet met
        spruitjesconfituur'" → 'de ‘pistolet met spruitjesconfituur’'); else the thing with its article."""
        said = self._np(thing)
        for quoted in _QUOTED.finditer(text):
            phrase = " ".join(quoted.group("woord").split())
            if phrase.lower().startswith(thing.text.lower()) and phrase.lower() != thing.text.lower():
                return said.replace(thing.text, f"‘{phrase}’", 1) if thing.text in said else said
        return said

    def _joke_values(self, thing: Mention | None, text: str) -> dict[str, str]:
        """{onderwerp} and {meervoud} for the thing a joke is about; {} without one."""
        return {"onderwerp": self._joke_thing(thing, text), "meervoud": number(thing.plural)} if thing else {}

    def _joke_thing(self, first: Mention, text: str) -> str:
        """The thing the joke is about, with the word the joke puts in quotes about it: 'mijn fiets heeft
        ‘karakter’' → 'je fiets met ‘karakter’' (the punchline said back, not only the thing)."""
        thing = self._np(first)
        quoted = _QUOTED_HAS.search(text)
        if quoted is None or first.text not in text[max(0, quoted.start() - 60) : quoted.end()].lower():
            return thing
        word = " ".join((quoted.group("woord") or quoted.group("woord2")).split())
        return f"{thing} met ‘{word}’"


# 'meer onderhoud gehad dan mijn auto': what the writer's thing got more of.
_MORE_OF = re.compile(r"\b(?:meer|vaker\s+een)\s+(?P<what>[^\W\d_]{4,})\b", re.I)


def _more_work(topics: TopicAnalysis, text: str) -> str:
    """The service a comparison says the writer's thing got more of ('mijn fiets heeft meer onderhoud gehad dan
    mijn auto' → 'onderhoud'), as the writer said it; '' when it compares something else."""
    found = _MORE_OF.search(text)
    if found is None:
        return ""
    data = shipped_topic_data()
    terms = {t for s in topics.services if (c := data.concept(s)) is not None for t in c.terms}
    return found.group("what").lower() if found.group("what").lower() in terms else ""


@lru_cache(maxsize=1)
def _compliment_thing(topics: TopicAnalysis, shape: JokeShape, text: str, first: Mention | None) -> Mention | None:
    """What a 'zo goed dat' joke praises: the first thing when it is the writer's own or named before 'dat', else
    the thing the praise is said of there ('Ruud z'n hertenstoof is zo goed dat Rudolf ...'); None for neither."""
    match = shape.pattern.search(text)
    before = text[: match.end()].lower() if match is not None else ""
    if first is not None and (first.own or first.text in before):
        return first
    praised = next((p for p in topics.praised if p.text.lower() in before), None)
    own = _OWN_BEFORE_SO.search(before) if praised is None else None
    if own is not None and own["thing"] not in stop_words():  # 'heeft mijn bel zo goed afgesteld dat ...'
        return Mention(own["thing"], article_of(own["thing"]), own=True, guessed=True)
    return praised


# The writer's own thing right before the 'zo' of the joke ('Jens heeft mijn bel zo goed afgesteld dat de koeien
# ... opzij gaan'): what the business worked on, also when the topic finder took another noun as the thing.
_OWN_BEFORE_SO = re.compile(rf"\b(?:{possessive_alternation()})\s+(?P<thing>[a-zà-ÿ]{{3,}})\s+zo\b")


def _pleas() -> frozenset[str]:
    """The words a last line opens with that calls on the business (resources/praise.toml 'pleas': stuur, bel ...)."""
    return frozenset(praise_list("pleas"))


def _to_us(text: str, word: str) -> bool:
    """Whether ``word`` is said in a sentence that opens by addressing the business ('Jullie hebben een incident
    veroorzaakt', 'Ge hebt ...'): what the thing praised before it did, told to the business."""
    for sentence in re.split(r"(?<=[.!?…])\s+", text):
        words = re.findall(r"[\w']+", sentence.lower())
        if words and words[0] in _YOU and word.lower() in words:
            return True
    return False


def _sold(things: list[Mention], text: str, name: str) -> Mention | None:
    """The business's own thing a joke is about: one said to be theirs ('de boterkoeken van Van Looy', not 'de
    duffelse jas'), else the first the writer does not own; None when all are the writer's own or guessed."""
    sold = [t for t in things if not (t.own or t.guessed)]
    words = [w for w in re.findall(r"[\w'-]+", name.lower()) if len(w) > 3]
    for thing in sold:
        after = re.search(rf"\b{re.escape(thing.text)}\s+(?:van|bij|uit)\s+([\w' -]{{2,40}})", text, re.I)
        if after is not None and any(w in after.group(1).lower() for w in words):
            return thing
    return sold[0] if sold else None


def _apart_from_price(word: str, text: str) -> bool:
    """Whether ``word`` is named in a sentence that says nothing of the price (resources/topics.toml 'prijs' terms):
    'soep zo dun dat ge de krant kunt lezen. Gelukkig was de rekening dikker' (the soep on its own)."""
    concept = shipped_topic_data().concept("prijs")
    price = word_regex(concept.terms) if concept is not None else None
    return any(
        whole_word(word.lower()).search(s.lower()) and (price is None or not price.search(s)) for s in sentences(text)
    )


def _no_grievance(text: str) -> bool:
    """Whether the wait a joke names is none to be sorry for: one the writer liked ('perfecte timing!') and not a
    queue, or one named as the other choice to the business's help ('doe jij ook ontdooien of moet ik wachten tot
    de voorjaarsvakantie?': no wait the writer had there)."""
    return (_pleased(text) and not _queued(text)) or _WAIT_INSTEAD.search(text) is not None


def _queued(text: str) -> bool:
    """Whether a joke's wait is a queue at the door: about being busy, no complaint; not a queue the wait is
    compared to ('staat nu langer bij Bert dan de rij voor de Python')."""
    queues = word_regex(praise_list("queues"))
    return any(not _COMPARED_TO.search(text[: q.start()]) for q in queues.finditer(text))


# 'dan de', 'dan die', 'dan een' right before a word: what something is compared to.
_COMPARED_TO = re.compile(r"\bdan\s+(?:(?:de|die|een|het|'t)\s+)?$", re.I)


def _pleased(text: str) -> bool:
    """Whether the joke says the writer is pleased ('perfecte timing!', 'ik ben er superblij mee haha'; resources/
    praise.toml 'pleased'), not denied in the two words before it ('als je niet tevreden bent'): no grievance."""
    denials = frozenset(praise_list("pleased_not"))
    for found in word_regex(praise_list("pleased")).finditer(text):
        before = re.findall(r"[\w']+", text[max(0, found.start() - 40) : found.start()].lower())[-2:]
        if not denials & set(before):
            return True
    return False


# Shapes the loop over the joke's shape leaves to later: a joke taken back, a wait told from one moment to another.
_ONLY_BELOW = frozenset({"taken_back", "waiting_span"})
# Shapes that do not make a joke one of its own shape: a compliment, a comparison, a joke the writer takes back, a
# good resolution named ('goed voornemen: elke dag fietsen ... in de rij': the queue).
_LAST_RESORT = frozenset(
    {"compliment", "comparison_to", "taken_back", "resolution", "waiting_span", "so_many", "more_than"}
)


def _has_shape(key: str, text: str) -> bool:
    """Whether the text has a shipped joke shape with this id (resources/jokes.toml; an id may have more patterns)."""
    return any(s.id == key and s.values(text) is not None for s in shipped_jokes())


# Someone other than the writer does more: '... vaker mee dan ik', 'liever daar dan bij mij'.
# A wait the writer names as the other choice to the business's help ('doen jullie dat ook, of moet ik wachten tot
# het voorjaar?', 'kunnen jullie hem ontdooien of moet ik wachten'): no wait at the business.
_WAIT_INSTEAD = re.compile(
    r"\bof\s+(?:moet|moeten|moest|zal|zullen)\s+(?:ik|we|wij|ge|gij)\s+(?:[\w']+\s+){0,2}?(?:wachten|afwachten)\b", re.I
)
_NOT_ME = re.compile(r"\bdan\s+(?:ik|mij|me)\b", re.I)


# How a last line opens that points back to the line before it ('Daarom woon ik hier', 'Ze reageert niet meer').
_POINTS_BACK = frozenset({"daarom", "dus", "dat", "die", "dit", "ze", "zij", "hij", "het", "nu", "toen", "sindsdien"})
# A word in quotes that a thing 'has': "dat mijn fiets 'karakter' heeft", 'die taart heeft "pit"'.
_QUOTED_HAS = re.compile(
    r"""['‘"“](?P<woord>[a-zà-ÿ][a-zà-ÿ -]{1,25})['’"”]\s+(?:heeft|hebben|had|kreeg)\b"""
    r"""|\b(?:heeft|hebben|had|kreeg)\s+(?:[\w']+\s+){0,3}['‘"“](?P<woord2>[a-zà-ÿ][a-zà-ÿ -]{1,25})['’"”]""",
    re.I,
)

# What a comparison says of someone only by a pronoun ('schoner dan het zijne', 'mooier dan de hare').
_OWNED_BY = re.compile(r"(?P<lidw>het|de)\s+(?:zijne|hare|hunne)", re.I)

# A phrase in quotes ("'pistolet met spruitjesconfituur'", '“de Matje Deluxe”'); a quote opened at a word's start.
_QUOTED = re.compile(r"""(?<!\w)['‘"“](?P<woord>[^\W\d_][^'’"”\n]{2,60}?)['’"”](?!\w)""")

# Words of a closing line that is no punchline: a thanks, a greeting, a rating, a tag.
_NO_PUNCH = re.compile(r"\b(?:dank|bedankt|merci|thanks|groet\w*|groetjes|doei|sterren|ster|top|aanrader)\b", re.I)


_YOU = frozenset({"je", "jij", "jou", "jouw", "u", "uw", "jullie", "ge", "gij", "gulle", "you"})


def punchline(text: str) -> str:
    """The short last sentence a joke ends on, as written with a capital ('bijna eng 👻' → 'Bijna eng'): two
    to five words after at least one other sentence; '' when the comment ends otherwise."""
    plain = re.sub(r"[#@]\w+", " ", text)
    plain = "".join(ch if ch.isalnum() or ch in " .!?,'’-" else " " for ch in plain)
    sentences = [" ".join(s.split()) for s in sentences_and_lines(plain) if s.strip(" .!?,")]
    while len(sentences) > 1 and is_aside(sentences[-1]):
        sentences.pop()  # 'Nee geintje, ze zijn het waard. Tot zondag!': the joke ends before its sign-off
    if len(sentences) < 2:
        return ""
    last = sentences[-1].rstrip(" .!,")
    words = last.rstrip("?").split()
    if not 2 <= len(words) <= 5 or _NO_PUNCH.search(last) or not all(w.strip(",'’-").isalpha() for w in words):
        return ""
    if {w.lower().strip(",'’-") for w in words} & _YOU or words[0].lower() in _pleas():
        # 'Snap je wel waarom 😉', 'Stuur hulp 🚗': a line at the business, not one to say back in its own voice
        return ""
    return last[:1].upper() + last[1:]


def _plural(thing: str) -> bool:
    """'spelt krentenbollen', 'pizza's' (not 'een kindermenu', 'kaasfondue'): a plural as the writer said it."""
    last = thing.rsplit(maxsplit=1)[-1]
    return not thing.startswith("een ") and len(last) > 4 and last.endswith(("en", "'s", "s"))


def _hush_only(shape: JokeShape, text: str) -> bool:
    """Whether the secret shape matches only by its emoji ('... stil tijdens het eten 🤫'), no word of a secret."""
    return all(m.group(0) == "🤫" for m in shape.pattern.finditer(text))


# The writer's generic 'you' or own 'my' ('de roddels van uw gebuur', 'waar mijn schoonmoeder niks op aan te merken
# heeft'): not said back in the reply's voice.
_GENERIC_YOURS = re.compile(r"\b(?:uw|uwe|je|jouw|jullie|ulder|mijn|m'n|mn|onze|ons)\b", re.I)

# The writer's own word opening what they said ('mijn fiets'): the reply's 'je' or 'uw' instead.
_OWN_WORD = re.compile(r"^(?:mijn|m'n|mn|onze|ons)\b", re.I)


def _excuse_as_said(shape: str, found: dict[str, str], poss: str) -> dict[str, str]:
    """The excuse a lost-excuse joke names ('mijn fiets de schuld geven') as the reply says it ('je fiets', with
    ``poss``); other shapes' values as found."""
    if shape != "excuse_lost":
        return found
    return {**found, "naar": _OWN_WORD.sub(poss, found["naar"]).replace("'t ", "het ", 1)}


def _passed_over(shape: JokeShape, thing: bool, text: str) -> bool:
    """Whether a shape that matches leaves the joke to a later one, or to the thing it is about."""
    if shape.id == "said_word" and thing and _QUOTED_HAS.search(text):
        return True  # 'zegt dat mijn fiets 'karakter' heeft': the thing with its word (see _joke_thing)
    if shape.id in {"grievance_wait", "grievance_result", "grievance_still"} and _pleased(text):
        return True  # "'Gewoon bijknippen' noemen ze dat, en ik ben er superblij mee": no complaint under the joke
    if shape.id == "nickname" and _has_shape("grievance_result", text):
        return True  # "het heet dan 'koel asblond' maar mijn man vindt het prachtig": a quote, no nickname
    if shape.id == "grievance_wait" and _queued(text):
        return True  # 'de rij is zo lang dat je je brood terugkrijgt als het oud is 🐌': busy, no complaint
    if shape.id == "in_and_out" and _GENERIC_YOURS.search((shape.values(text) or {}).get("naar", "")):
        return True  # 'buitengaat met de scheiding van uw gebuur': the writer's 'uw' or 'mijn' is no one's to say back
    if shape.id == "waiting" and _has_shape("diet", text):
        return True  # 'voornemen: minder wafels ... zaterdag weer in de wachtrij': the wafels
    # 'de soep is zo heet dat ... stil 🤫': the emoji alone tells no secret; the soep
    return shape.id == "secret" and thing and _hush_only(shape, text) and _has_shape("compliment", text)


def _not_ours(shape: JokeShape, found: dict[str, str], things: list[Mention], first: Mention | None, text: str) -> bool:
    """Whether the joke is about something else than the comment's thing: an 'as new' joke about another new thing
    (_new_other), a too-little joke that looks for something no product of the comment ('de bal ... met een
    vergrootglas zoeken'), not 'de garnalen' in the garnaalkroketten."""
    if _new_other(shape, first, text):
        return True
    looked = found.get("naar", "").lower()
    if shape.id != "grievance_little" or not looked:
        return False
    return not any(t.text.lower()[:5] in looked or looked[:5] in t.text.lower() for t in things)


def _new_other(shape: JokeShape, first: Mention | None, text: str) -> bool:
    """Whether an 'as new' joke names another new thing than the one the business made or mended: 'dacht dat ik
    een nieuw geurboompje had' (the bread's smell, a mistake for something else), not 'dacht dat het een nieuwe
    fiets was' or 'vroeg of ik een nieuwe had gekocht'."""
    found = shape.pattern.search(text) if shape.id == "as_new" else None
    after = re.match(r"[^.!?]*?\bnieuwe?\s+([^\W\d_][\w-]*)", text[found.start() :], re.I) if found else None
    word = after.group(1).lower() if after else ""
    if word in {"", "had", "hadden", "heb", "hebben", "was", "is", "waren"}:
        return False  # 'of ik een nieuwe had gekocht': no thing named
    thing = first.text.lower() if first is not None else word
    return not (word.endswith(thing) or thing.endswith(word))


def _closed_day_said(topics: TopicAnalysis, hours: str, text: str) -> str:
    """The weekday a joke says the business is closed on ('op maandag is Terlouw dicht') when the opening hours say
    so too; '' otherwise, and when the joke is about a thing the business made."""
    if not draft_cues().closed.search(text) or topics.products:
        return ""
    return next((day for said in topics.times if (day := closed_on(hours, said))), "")


def _own_subject_shape(topics: TopicAnalysis, text: str) -> bool:
    """Whether the joke has a shape that names its own subject, so it plays on that and not on a wait or a price
    ('de hond herkende me niet ... een kwartier blaffen' plays on the dog); not a comparison ('de rij is langer dan
    die bij de Efteling' plays on the wait)."""
    shaped = any(s.id not in _LAST_RESORT and s.values(text) for s in shipped_jokes())
    # ... and a diet or resolution: 'voornemen: minder oliebollen ... om 6:45 in de rij' plays on the oliebollen
    shaped = shaped or _has_shape("diet", text)
    # ... and an April fool's joke: '1 aprilgrap: pistolet met spruitjesconfituur ... om half zeven in de rij'
    shaped = shaped or _has_shape("april_fool", text)
    # ... and a mock accusation: 'zo goed dat mijn broek niet meer dicht gaat. Ik stuur de rekening van de kleermaker
    # door' plays on the zuurdesembrood, the bill is no price complaint
    shaped = shaped or _has_shape("guilty", text)
    # 'mijn vriend zat 6 uur te wachten ... hij wil nu vaker mee dan ik': the one brought along, not the wait
    return shaped or bool(topics.people and _NOT_ME.search(text) and _has_shape("more_often", text))


# The result said to be not what was asked: '#nietgevraagd', 'had ik niet gevraagd', 'niet wat ik vroeg'.
_UNASKED = re.compile(r"#?\bniet?\s*gevraagd\b|\bniet\s+wat\s+ik\s+(?:vroeg|wou|wilde)\b|\bnooit\s+om\s+gevraagd", re.I)


def _unasked(key: str, text: str) -> str:
    """'in_and_out_unasked' for an in-and-out joke whose new look was not asked for ('alles eraf 💀 #nietgevraagd')."""
    return f"{key}_unasked" if key == "in_and_out" and _UNASKED.search(text) else key


def _researched(first: Mention | None, shape: JokeShape, text: str) -> bool:
    """For a joke of the writer's own 'research': whether the thing was named before it ('drie boterkoeken ...
    Wetenschappelijk onderbouwd'), not one wished for after it ('een gratis e-bike voor mijn onderzoek'); True for
    any other shape."""
    at = shape.pattern.search(text) if shape.id == "proven" else None
    return at is None or (first is not None and first.text.lower() in text[: at.start()].lower())


def _names_thing(first: Mention | None, shape: str, problem: str = "") -> bool:
    """Whether the joke's line names the thing found first: not the writer's own for 'more often'; one pleads
    guilty for what the business made, not for the writer's own thing ('mijn racefiets'), and an April fool's joke
    is the business's (not the writer's own thing, nor a guessed word, 'zekerheid'), and so is what beat a good
    resolution, in a joke that names no problem ('lekke band': a part that broke, no treat)."""
    if first is None or (shape == "more_often" and not first.own):
        return False
    if shape == "resolution":  # the business's thing that beat it, not a part that broke ('lekke band')
        return not (first.own or first.guessed or problem)
    return not ((first.guessed or first.own) and shape in {"guilty", "april_fool"})
