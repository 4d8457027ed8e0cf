"""'Net vanuit Breda naar Mortsel verhuisd', 'We zijn pas verhuisd': the writer moved house, which asks no
address of the business ('Zijn jullie verhuisd?' does)."""

from __future__ import annotations

from app.nlp.token_span import around
from app.nlp.topic_match import Matches
from app.nlp.topic_words import lemma

# who moved: the writer ('ik', 'we') or, before the verb, where from ('vanuit Breda') or how lately ('net', 'pas')
_WRITER = frozenset({"ik", "'k", "we", "wij", "me", "mij", "mijn", "m'n", "mn", "ons", "onze"})
_LATELY = frozenset({"vanuit", "net", "pas", "onlangs", "recent", "kortgeleden"})
# a clause that reports what someone else does ('ik hoorde dat ...', 'klopt het dat ...')
_REPORTED = frozenset({"dat", "of"})
# the business as the one that moved ('zijn jullie verhuisd?', 'is uw zaak verhuisd?')
_YOU = frozenset({"jullie", "u", "uw", "je", "jij", "jouw", "ge", "gij", "zaak", "winkel", "salon", "bedrijf"})


def drop_writer_moved(m: Matches) -> None:
    """Forget an address match on a form of 'verhuizen' when the writer is the one who moved: a first person
    or 'vanuit', 'net', 'pas' before it in its clause, and no 'jullie', 'u' or 'zaak' there."""
    doc, kept = m.doc, []
    moving = lemma("verhuizen")
    for start, end in m.spans.get("adres", []):
        if end - start == 1 and (doc[start].lemma_ == moving or doc[start].lower_.startswith("verhui")):
            first, _ = around(doc, start, end, lambda t: t.text in {".", "!", "?"})
            # the clause of the verb: 'Ik hoorde dat Bloemen Ilse gaat verhuizen' is the business moving
            first = max([first, *(t.i + 1 for t in doc[first:start] if t.lower_ in _REPORTED)])
            before = {t.lower_ for t in doc[first:start]}
            if before & (_WRITER | _LATELY) and not before & _YOU:
                m.hits["adres"] -= 1
                continue
        kept.append((start, end))
    if "adres" in m.spans:
        m.spans["adres"] = kept
