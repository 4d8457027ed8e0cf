"""Erasing one person for good, retention, and the register (app/store/privacy.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.domain.case import Case, Lesson
from app.domain.privacy import RetentionPolicy
from app.store import CaseStore
from app.store.privacy import apply_retention, erasures, forget, load_policy, register, save_policy

NAME = "Jan de Vries"


def _variants(name: str) -> list[bytes]:
    texts = {name, name.lower(), name.upper(), name.title(), name.replace(" ", "").lower(), "devries", "Vries"}
    found = []
    for text in texts:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            found.append(text.encode(encoding))
    return found


def _leaks(path: Path, name: str) -> list[str]:
    leaks = []
    for file in (path, path.with_name(path.name + "-wal")):
        if not file.exists():
            continue
        data = file.read_bytes()
        leaks += [f"{file.name}: {v!r}" for v in _variants(name) if v in data]
    return leaks


def _fill(store: CaseStore) -> None:
    store.save(
        Case(
            "Drie weken gewacht op mijn bestelling!",
            "facebook",
            NAME,
            link="https://facebook.com/jandevries/posts/1",
            lessons=[Lesson("Bij Jan de Vries altijd terugbellen", ["levering"])],
        )
    )
    store.save(Case("Nog steeds niets gehoord, jandevries", "x", "@jandevries"))
    # An unfinished walk (autosave) of the same writer.
    store.save(Case("Ik word gek van jullie", "instagram", NAME.upper(), session={"comment": {"author": NAME}}))
    store.save(
        Case(
            "Mijn buurman Jan de Vries zegt dat de taart top is",
            "instagram",
            "Fatima",
            reply="Groet meneer De Vries van ons!",
            lessons=[Lesson("Fijn compliment, doorsturen aan het team", [])],
        )
    )
    store.save(Case("Heerlijk brood, dank jullie", "google", "Piet"))
    store.set_setting("notities", {"wie": "Jan de Vries belde"})


def test_forget_leaves_no_byte_of_the_name(db_path: Path) -> None:
    with CaseStore.open(db_path) as store:
        _fill(store)
        store.db.execute("PRAGMA wal_autocheckpoint = 0")  # keep everything in the WAL until forget
        assert _leaks(db_path, NAME)
        outcome = forget(store, NAME)
        assert outcome.record.cases == 3  # the name, the upper-case name and the handle
        assert outcome.record.lessons == 1
        assert outcome.wal_empty
        assert store.search("vries") == []
        assert store.search("jan") == []
        assert [c.author for c in store.list()] == ["Piet", "Fatima"]
        fatima = store.list()[1]
        assert "Vries" not in fatima.text and "Vries" not in fatima.reply
        assert fatima.lessons[0].text.startswith("Fijn compliment")
        assert _leaks(db_path, NAME) == []  # the file and the WAL, while still open
        assert store.integrity_ok()
    assert _leaks(db_path, NAME) == []
    with CaseStore.open(db_path) as store:
        records = erasures(store)
        assert [(r.cases, r.lessons) for r in records] == [(3, 1)]
        assert NAME.lower() not in str(store.get_setting("privacy.wissingen")).lower()


def test_forget_names_backups(db_path: Path) -> None:
    with CaseStore.open(db_path) as store:
        _fill(store)
        backup = store.backup()
        outcome = forget(store, "@jandevries")
    assert outcome.backups == [backup]
    assert str(backup) in outcome.message() and str(db_path.parent) in outcome.message()
    assert NAME not in outcome.message()


def test_forget_keeps_other_people(db_path: Path) -> None:
    with CaseStore.open(db_path) as store:
        _fill(store)
        store.save(Case("Janneke de Vriesland was hier", "x", "Janneke"))
        forget(store, NAME)
        texts = [c.text for c in store.list()]
    assert "Janneke de Vriesland was hier" in texts  # never a match inside a longer word


def test_retention_anonymises_old_cases_and_keeps_figures(db_path: Path) -> None:
    with CaseStore.open(db_path) as store:
        old = Case(
            "Fatima van de kassa was onbeleefd tegen mij, vraag maar aan Jan de Vries",
            "facebook",
            "Kees Jansen",
            link="https://facebook.com/keesjansen",
            received_at="2023-01-05T10:00:00+00:00",
            reply="Sorry Kees, we spreken Fatima erop aan.",
            status="beantwoord",
            lessons=[Lesson("Kees Jansen persoonlijk bellen", [])],
        )
        store.save(old)
        store.save(
            Case("Autosave van vroeger", "x", "Kees Jansen", received_at="2023-01-06T10:00:00+00:00", session={"x": 1})
        )
        store.save(
            Case("Vandaag nog een vraag van Kees Jansen", "x", "Kees Jansen", received_at="2026-11-20T10:00:00+00:00")
        )
        now = datetime(2026, 12, 1, tzinfo=UTC)
        assert apply_retention(store, now) == 2
        assert apply_retention(store, now) == 0  # done once
        cases = store.list()
        assert len(cases) == 2
        gone = next(c for c in cases if c.received_at.startswith("2023"))
        assert gone.author == "" and gone.link == "" and gone.status == "beantwoord"
        for text in (gone.text, gone.reply, gone.lessons[0].text):
            assert "Kees" not in text and "Jansen" not in text and "Fatima" not in text and "Vries" not in text
        recent = next(c for c in cases if c.received_at.startswith("2026"))
        assert recent.author == "Kees Jansen"
        assert store.search("fatima") == []
        # Without rebuilding the file: secure_delete overwrote the old texts, the index was merged.
        assert _leaks(db_path, "Fatima") == []


def test_retention_policy_is_stored_with_reason(db_path: Path) -> None:
    with CaseStore.open(db_path) as store:
        assert load_policy(store).months == 24
        save_policy(store, RetentionPolicy(12, "Een jaar is genoeg om van te leren."))
        policy = load_policy(store)
        assert (policy.months, policy.reason) == (12, "Een jaar is genoeg om van te leren.")
        assert policy.chosen_at
        text = register(store)
    assert "12 maanden" in text and "Een jaar is genoeg" in text and str(db_path.resolve()) in text


@pytest.mark.parametrize("bad", [0, 121])
def test_retention_policy_bounds(bad: int) -> None:
    from app.domain.privacy import PrivacyError

    with pytest.raises(PrivacyError):
        RetentionPolicy(bad, "reden").validate()


def test_forget_names_a_learned_assistant_that_knows_the_name(db_path: Path) -> None:
    from app.nlp.adapt import MODEL_SUFFIX, PREVIOUS_SUFFIX
    from app.store import privacy

    assert (privacy.MODEL_SUFFIX, privacy.PREVIOUS_SUFFIX) == (MODEL_SUFFIX, PREVIOUS_SUFFIX)
    with CaseStore.open(db_path) as store:
        _fill(store)
        model = db_path.with_name(db_path.name + MODEL_SUFFIX) / "vocab"
        model.mkdir(parents=True)
        (model / "strings.json").write_text('["brood","Vries","taart"]', encoding="utf-8")
        other = db_path.with_name(db_path.name + PREVIOUS_SUFFIX)
        other.mkdir()
        (other / "strings.json").write_text('["brood","vriesland"]', encoding="utf-8")
        outcome = forget(store, NAME)
    assert outcome.models == [model.parent]
    assert str(model.parent) in outcome.message()


def test_a_discarded_case_leaves_no_text_in_free_pages(db_path: Path) -> None:
    secret = "Geheimzinnige klacht over de taart"
    with CaseStore.open(db_path) as store:
        case_id = store.save(Case(secret, "x", "Sanne"))
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.delete(case_id)
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert secret.encode() not in db_path.read_bytes()


def test_forget_deletes_only_cases_of_exactly_that_writer(db_path: Path) -> None:
    with CaseStore.open(db_path) as store:
        store.save(Case("Waar blijft mijn pakket?", "x", "Bo"))
        store.save(Case("Top service!", "x", "Bo de Groot"))
        store.save(Case("Lekker!", "x", "De Vries"))
        outcome = forget(store, "Bo")
        assert outcome.record.cases == 1
        assert sorted(c.author for c in store.list()) == ["De Vries", "[gewist] de Groot"]


def test_forget_refuses_a_particle() -> None:
    from app.domain.privacy import PrivacyError, person_pattern

    with pytest.raises(PrivacyError, match="tussenvoegsel"):
        person_pattern("de")


def test_retention_also_cleans_earlier_replies_and_approval_comments(db_path: Path) -> None:
    with CaseStore.open(db_path) as store:
        case_id = store.save(Case("Oud bericht", "x", "Kees Jansen", received_at="2023-01-05T10:00:00+00:00"))
        store.db.execute(
            "INSERT INTO reply_revisions (case_id, previous, person, at) VALUES (?, ?, ?, ?)",
            [case_id, "Hoi Kees Jansen, Fatima belt je", "Sanne", "2023-01-05T11:00:00+00:00"],
        )
        store.db.execute(
            "INSERT INTO case_events (case_id, kind, person, at, comment) VALUES (?, ?, ?, ?, ?)",
            [case_id, "terug", "Sanne", "2023-01-05T11:00:00+00:00", "Noem meneer Jansen niet bij naam"],
        )
        store.db.conn.commit()
        assert apply_retention(store, datetime(2026, 12, 1, tzinfo=UTC)) == 1
        previous, reviser = store.db.execute("SELECT previous, person FROM reply_revisions").fetchone()
        comment, person = store.db.execute("SELECT comment, person FROM case_events").fetchone()
    assert "Kees" not in previous and "Jansen" not in previous and "Fatima" not in previous
    assert "Jansen" not in comment
    assert (reviser, person) == ("Sanne", "Sanne")  # who of the staff did it is kept


def test_forget_a_handle_erases_the_name_it_spells_and_keeps_the_baker(db_path: Path) -> None:
    with CaseStore.open(db_path) as store:
        store.save(Case("Waar blijft mijn taart?", "x", "@pietbakker"))
        store.save(Case("Lekker", "x", "Piet Bakker"))  # maybe someone else: the case stays, the name goes
        text = "Piet Bakker en piet_bakker klaagden; de bakker was dicht"
        store.save(Case(text, "x", "Kees", reply="Dag PietBakker"))
        store.save(Case("Bakker zegt het ook", "x", "Fatima"))  # a surname guessed from a handle: not in others' texts
        store.set_setting("concept", {"comment": {"author": "@pietbakker", "text": "Groet, Bakker (Piet)"}})
        store.set_setting("ander", {"comment": {"author": "Kees", "text": "de bakker, Piet"}})
        outcome = forget(store, "@pietbakker")
        assert outcome.record.cases == 1
        assert [c.text for c in store.list() if c.author == "[gewist]"] == ["Lekker"]
        kees = next(c for c in store.list() if c.author == "Kees")
        assert kees.text == "[gewist] en [gewist] klaagden; de bakker was dicht"
        assert kees.reply == "Dag [gewist]"
        assert [c.text for c in store.list() if c.author == "Fatima"] == ["Bakker zegt het ook"]
        own = store.get_setting("concept")["comment"]
        assert own == {"author": "[gewist]", "text": "Groet, [gewist] ([gewist])"}  # their own record: all of it
        assert store.get_setting("ander")["comment"]["text"] == "de bakker, Piet"
