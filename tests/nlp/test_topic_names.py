"""Names in a comment (app/nlp/topic_names.py)."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    "text",
    [
        "Wij zijn Franse gasten en kwamen zondag langs voor de mosselen.",
        "We zijn Belgische buren uit Lommel en aten hier heel lekker.",
        "wij zijn duitse buren uit Kleef, kwamen met de fiets en de soep was top",
        "Als Engelse gasten waren we blij, de taart was heerlijk.",
    ],
)
def test_a_nationality_before_a_noun_is_no_name(text: str) -> None:
    assert analyse_topics(text).names == ()


def test_a_first_name_that_looks_like_an_adjective_stays_a_name() -> None:
    assert analyse_topics("Wij zijn Franse gasten en Louise hielp ons super.").names == ("Louise",)
    assert analyse_topics("De Franse kaas was lekker en Rose bediende ons.").names == ("Rose",)


# One who helps out beside school or on Saturdays is staff: named with that job, the name is passed praise.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Elke week sta ik bij Lotte, de jobstudent, aan de kassa. Altijd vriendelijk!", "Lotte"),
        ("Ik werd geholpen door jobstudente Noor aan de toog, heel attent.", "Noor"),
        ("Met Bram, de zaterdaghulp, heb ik altijd een babbeltje. Top!", "Bram"),
    ],
)
def test_a_name_with_a_student_job_is_staff(text: str, name: str) -> None:
    assert name in analyse_topics(text).names


# ... also named by a holiday job word as a compound ('de vakantiejobster', 'onze zomerjobber').
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Elke ochtend staat Fien, de vakantiejobster, met een lach achter de toonbank.", "Fien"),
        ("Wout, de zomerjobber, heeft mijn band in vijf minuten geplakt!", "Wout"),
    ],
)
def test_a_name_with_a_holiday_job_is_staff(text: str, name: str) -> None:
    assert name in analyse_topics(text).names


# 'Lieve' greets the name after it at the start of a sentence; alone it is a first name ('Lieve knipte me').
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Lieve Lotte, wat heb je me mooi gemaakt voor onze bruiloft!", ("Lotte",)),
        ("Liefste Noor, dank je wel voor het mooie kapsel.", ("Noor",)),
        ("Lieve knipte me gisteren, top!", ("Lieve",)),
        ("Lieve en Lotte, wat hebben jullie me mooi gemaakt!", ("Lieve", "Lotte")),
    ],
)
def test_a_word_of_endearment_before_a_name_is_no_name(text: str, names: tuple[str, ...]) -> None:
    assert analyse_topics(text).names == names


def test_a_greeted_name_is_not_the_writer_s_own_but_a_kin_name_stays() -> None:
    assert analyse_topics("Lieve Lotte, wat heb je me mooi gemaakt!").kin == ()
    assert analyse_topics("Onze lieve Lotte is 5 geworden, de taart was top").kin == ("Lotte",)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Zo blij met mijn nieuwe kleur, merci Lien!", "Lien"),
        ("shoutout naar Bram van de werkplaats, top!", "Bram"),
        ("heerlijke lunch in de zon, thx Wout voor het advies over de kaas", "Wout"),
        ("Thanks Fenna voor de hulp met de maat van het zadel!", "Fenna"),
    ],
)
def test_a_name_thanked_with_merci_or_a_shoutout_is_staff(text: str, name: str) -> None:
    assert name in analyse_topics(text).names


def test_a_full_name_after_a_person_word_is_the_writers_own_not_staff() -> None:
    from app.domain.draft_praise_people import staff_named

    text = "Zaterdag vierden we het pensioen van mijn buurman Jef Peeters bij jullie. Dank aan Lotte voor alles!"
    topics = analyse_topics(text)
    assert "Jef" in topics.kin
    assert staff_named(topics, "Ria", "Eetcafé De Linde", ["Mia"], text) == ["Lotte"]


def test_ma_for_ones_mother_is_no_name() -> None:
    assert analyse_topics("Lisa deed mijn moeder haar haar. Ma was er heel blij mee!").names == ("Lisa",)


def test_a_day_named_in_english_is_no_one() -> None:
    from app.nlp.topics import analyse_topics

    assert analyse_topics("Cyber Monday, druk overal. Anouk hielp me toch heel rustig.").names == ("Anouk",)
    assert analyse_topics("Black Friday en nergens plek, behalve bij Femke.").names == ("Femke",)


# A name before what the staff member did for the writer ('gaf', 'liet', 'zette', 'legde', 'toonde') is one to pass
# praise to; the writer's own child before the same verb is not.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ons Lieke mocht een bril uitzoeken en Ruben gaf haar alle tijd.", "Ruben"),
        ("De nieuwe kast staat er. Karim zette hem in een uurtje in elkaar, top gedaan.", "Karim"),
        ("Bij het passen van de schoenen legde Ilse alles rustig uit aan mijn vader.", "Ilse"),
        ("Hanne liet me drie kleuren proberen voor ik koos.", "Hanne"),
        ("Shout-out naar Wout voor de snelle herstelling!", "Wout"),
    ],
)
def test_a_name_before_what_the_staff_did_or_after_a_shout_out_is_staff(text: str, name: str) -> None:
    assert name in analyse_topics(text).names


def test_the_writers_own_child_before_such_a_verb_is_no_staff() -> None:
    assert analyse_topics("Onze Lotte liet haar ijsje vallen, maar ze kreeg meteen een nieuw.").names == ()


@pytest.mark.parametrize(
    "text",
    [
        "Zaterdagavond (rond 19 uur) een pizza gehaald en onze Mats (4) werd er ziek van.",
        "Gisteravond (2 maart) frieten besteld, onze Fleur (7) had buikpijn.",
        "Vanmorgen (9 uur) broodjes gehaald. Ons Jules (5) vond ze heerlijk.",
    ],
)
def test_a_day_or_day_part_opening_a_sentence_is_no_one_s_name(text: str) -> None:
    kin = analyse_topics(text).kin
    assert len(kin) == 1 and not kin[0].lower().startswith(("zaterdag", "gister", "van"))


def test_a_first_name_after_a_day_still_counts() -> None:
    assert analyse_topics("Zondag knipte Eva me, super gedaan!").names == ("Eva",)
    assert analyse_topics("Onze Noor (3) kreeg een koekje.").kin == ("Noor",)


_GERMAN = "Wir waren am Samstag bei euch. Die {role} {name} hat uns ein Glas Wasser mit Zitrone gebracht. Danke schön!"


def test_in_a_german_comment_a_capitalised_noun_is_no_name_but_one_after_a_job_word_is() -> None:
    assert analyse_topics(_GERMAN.format(role="Kellnerin", name="Marlies")).names == ("Marlies",)
    assert analyse_topics(_GERMAN.format(role="Friseurin", name="Anja")).names == ("Anja",)


def test_in_a_german_comment_the_writer_s_own_named_after_a_possessive_is_no_staff() -> None:
    text = "Wir sind so froh! Unserem Eva hat die Torte mit Sahne und Kerze sehr gut geschmeckt. Danke schön!"
    assert "Kerze" not in analyse_topics(text).names
    assert "Eva" not in analyse_topics(text).names


def test_a_dutch_comment_keeps_its_names_found_the_dutch_way() -> None:
    assert analyse_topics("Een ijsje met kaarsje gekregen en Ilse bracht het zelf, top!").names == ("Ilse",)


# One of the staff named once mid-sentence, as the subject after the verb ('Gisteren heeft Mirthe ...').
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gisteren heeft Mirthe mijn pony bijgeknipt, echt strak.", "Mirthe"),
        ("Na de val op het fietspad stond Ward meteen klaar met een nieuwe band.", "Ward"),
        ("Bij de eerste sneeuw stond Ward al klaar met strooizout.", "Ward"),
        ("Vorige week hielp Kenza ons met de trouwjurk, zo geduldig.", "Kenza"),
        ("Voor het feest van ons pa maakte Zenna onze taart, prachtig!", "Zenna"),
    ],
)
def test_a_name_after_its_verb_mid_sentence_is_found(text: str, name: str) -> None:
    assert name in analyse_topics(text).names


@pytest.mark.parametrize(
    "text",
    [
        "Op zaterdag had Zoutelande een gezellige braderie.",  # a place, before an article
        "Heeft Mirthe ook tijd op zaterdag?",  # the verb opens the question
        "Na de stoet kwam Sinterklaas ook nog langs.",  # a word, no one's first name
    ],
)
def test_no_name_after_a_verb_without_its_cues(text: str) -> None:
    assert analyse_topics(text).names == ()


def test_a_staff_members_name_in_the_writers_handle_is_still_staff() -> None:
    from app.domain.draft_praise_people import staff_named

    text = "Jorien heeft mijn kapotte krullen gered, dankjewel!"
    topics = analyse_topics(text)
    assert staff_named(topics, "jorien_fan_nr1", "Kapsalon Noor", ["Noor"], text, team=["Noor", "Jorien"]) == ["Jorien"]
    assert staff_named(topics, "jorien_fan_nr1", "Kapsalon Noor", ["Noor"], text, team=["Noor"]) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bedankt Ilse, en ook dat vriendelijke meisje aan de kassa, Noor!", "Noor"),
        ("Een pluim voor de jonge monteur in de werkplaats, Daan.", "Daan"),
    ],
)
def test_a_name_put_after_someone_behind_the_counter_is_staff(text: str, name: str) -> None:
    assert name in analyse_topics(text).names


def test_names_listed_after_the_writers_people_are_no_staff() -> None:
    from app.domain.draft_praise_people import staff_named

    text = "Taart besteld voor mijn kleinkinderen met hun naam erop: Mila, Jens en Sofie. Merci Els!"
    staff = staff_named(analyse_topics(text), "Rita", "Bakkerij Kruim", ["Els"], text)
    assert not {"Mila", "Jens", "Sofie"} & set(staff)


def test_a_newborn_named_with_its_weight_is_no_staff() -> None:
    from app.domain.draft_praise_people import staff_named

    text = "Onze kleindochter is er!! Lieke, 3150 gram. De beschuit met muisjes van Jeroen was top, dank jullie!"
    staff = staff_named(analyse_topics(text), "Rita", "Bakkerij Kruim", ["Els"], text)
    assert "Lieke" not in staff


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The girl with the red glasses (Fleur I think?) helped us pick a cake. Give her a raise!", "Fleur"),
        ("The lady at the counter (Marie?) was so kind to our kids.", "Marie"),
    ],
)
def test_a_first_name_in_brackets_after_someone_at_the_counter_is_staff(text: str, name: str) -> None:
    assert name in analyse_topics(text).names
