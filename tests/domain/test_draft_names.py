"""How a draft addresses the writer (app/domain/draft_names.py), on author fields of every kind."""

from __future__ import annotations

import pytest

from app.domain.draft_names import cosigners, first_name


@pytest.mark.parametrize(
    ("author", "name"),
    [
        # a title: 'mevrouw/meneer' + surname, the first particle with a capital, no abbreviation left
        ("Mevr. van der Wal", "mevrouw Van der Wal"),
        ("mw. ten Brink", "mevrouw Ten Brink"),
        ("DHR. DE GROOT", "meneer De Groot"),
        ("Dhr. Van den Heuvel", "meneer Van den Heuvel"),
        ("Mevrouw Femke de Lange", "mevrouw De Lange"),
        ("Dhr. ir. K.L. van Os", "meneer Van Os"),
        ("Mevr. Smit-van Rijn", "mevrouw Smit-van Rijn"),
        ("Hr. Ouwehand", "meneer Ouwehand"),
        ("Mrs. Whitmore", "mevrouw Whitmore"),
        ("Mevr. v.d. Pol", ""),  # van de, van der or van den: not guessed
        ("Dhr. vd Laan", ""),
        ("Mevrouw", ""),
        ("Fam. op den Kamp", "familie Op den Kamp"),
        ("Mevr. en dhr. ter Weele", "mevrouw en meneer Ter Weele"),
        ("Mevr.van Velzen", "mevrouw Van Velzen"),  # no space after the title
        ("Dhr. Joost van Heemstra", "meneer Van Heemstra"),
        ("Mrs Olivia Harper", "mevrouw Harper"),
        ("Mevrouw Kok-de Graaf", "mevrouw Kok-de Graaf"),
        ("Prof. Brinkman", ""),  # a surname after an academic title: 'meneer' or 'mevrouw' is not known
    ],
)
def test_a_title_gives_title_and_surname(author: str, name: str) -> None:
    assert first_name(author) == name


@pytest.mark.parametrize(
    ("author", "name"),
    [
        ("Grietje Hoekema", "Grietje"),
        ("ingrid van putten", "Ingrid"),
        ("MAARTEN VAN DER SLUIS", "Maarten"),
        ("Joris DIJKHUIZEN", "Joris"),
        ("Jan Willem Kroon", "Jan Willem"),
        ("Anne Marie", "Anne Marie"),
        ("🌻 Fenna Wijbenga 🌻", "Fenna"),
        ("Thijs ❤️", "Thijs"),
        ("Siobhan (Ierland)", "Siobhan"),
        ("Oma Truus", "Truus"),
        ("Buurman Koos", "Koos"),
        ("Juf Esther de Bruin", "Esther"),
        ("Oma", ""),
        ("Liam from Dublin", "Liam"),
        ("Lieven Vandenbroucke", "Lieven"),
        ("Kwame Mensah", "Kwame"),
        ("Marit!", "Marit"),
    ],
)
def test_a_person_is_greeted_by_the_first_name(author: str, name: str) -> None:
    assert first_name(author) == name


@pytest.mark.parametrize(
    ("author", "name"),
    [
        ("Esther Bolhuis, inkoop Groothandel Noord", "Esther"),
        ("Rutger Brink – Facilitair Bedrijf Gemeente Ede", "Rutger"),
        ("Ilona Smeets | office manager", "Ilona"),
        ("Jeroen Aalders namens VvE Het Baken", "Jeroen"),
        ("Provincie Utrecht, afdeling Mobiliteit", ""),
        ("Bakker, P.", ""),  # surname, initials
        ("Ouwerkerk, Petra", "Petra"),
    ],
)
def test_of_a_person_and_their_organisation_the_person_is_greeted(author: str, name: str) -> None:
    assert first_name(author) == name


@pytest.mark.parametrize(
    "author",
    [
        "Hoekstra Installatietechniek",
        "Van Vliet Transport",
        "Kramer Bouw",
        "Smit & Zonen",
        "Pietersen en Co",
        "Dakdekkersbedrijf Mol",
        "Groenvoorziening Van Dam B.V.",
        "Hoveniersbedrijf Linde vof",
        "Jansen Makelaars",
        "Afdeling Inkoop",
        "Teamleider Logistiek",
        "Office manager",
        "HR Verhoeven Groep",
        "Brasserie Het Veer BVBA",
        "Kinderdagverblijf vzw De Speelpenning",
    ],
)
def test_an_organisation_or_a_job_has_no_name_to_greet(author: str) -> None:
    assert first_name(author) == ""


@pytest.mark.parametrize(
    "author",
    [
        "@zwolsezus",
        "bram.bakt.brood",
        "koffie_met_kees",
        "jorien1988",
        "rianne@voorbeeld.nl",
        "www.fietsfreak.nl",
        "kookgek",
        "BOOSKLANT",
        "Anoniem",
        "Een Google-gebruiker",
        "R. Veldkamp",
        "P.J. de Haan",
        "Van der Veen",
        "🙂🙂",
        "Een blije klant",
        "Vaste gast",
        "Facebook user",
        "Fysio Centrum Oost",
        "",
    ],
)
def test_handles_initials_and_anonymous_writers_get_no_name(author: str) -> None:
    assert first_name(author) == ""


def test_a_lower_case_or_capitalised_word_is_a_name_when_it_is_a_listed_first_name() -> None:
    assert first_name("willem") == "Willem"
    assert first_name("SANNE") == "Sanne"
    assert first_name("Wybrich") == "Wybrich"  # capitalised: a name, listed or not


@pytest.mark.parametrize(
    ("author", "name"),
    [
        ("Noor en Sem", "Noor en Sem"),
        ("noor & sem", "Noor en Sem"),
        ("Iris de Wit en Daan Kok", "Iris en Daan"),
        ("Karel en Els van Buren", "Karel en Els"),
        ("Fleur + Ruben 💍", "Fleur en Ruben"),
        ("Mirte, Jop en Guus", "Mirte, Jop en Guus"),
        ("Dhr. en mevr. Blom", "meneer en mevrouw Blom"),
    ],
)
def test_a_couple_is_greeted_by_both(author: str, name: str) -> None:
    assert first_name(author) == name


def test_an_english_reply_writes_the_title_in_english() -> None:
    assert first_name("Mevr. van Dijk", english=True) == "Ms Van Dijk"
    assert first_name("Mr. Harris", english=True) == "Mr Harris"
    assert first_name("Fam. de Bruijn", english=True) == "De Bruijn family"
    assert first_name("Dhr. en mevr. Bos", english=True) == "Mr and Ms Bos"
    assert first_name("Olivia Grant", english=True) == "Olivia"


def test_a_couple_or_family_is_several_writers() -> None:
    from app.domain.draft_names import several_writers

    assert several_writers("Noor en Sem") and several_writers("Fam. Kuipers") and several_writers("Dhr. en mevr. Blom")
    assert (
        not several_writers("Noor Kuipers") and not several_writers("@noorensem") and not several_writers("Mevr. Blom")
    )


# A two-word surname that starts with a capitalised word ('Oude Luttikhuis', 'Groot Wassink') is greeted whole after
# a title, and is never taken for a first name.
@pytest.mark.parametrize(
    ("author", "greeted"),
    [
        ("Mevr. Groot Wassink", "mevrouw Groot Wassink"),
        ("Dhr. J. Klein Gunnewiek", "meneer Klein Gunnewiek"),
        ("Mevrouw Anja Olde Rikkert", "mevrouw Olde Rikkert"),
        ("DHR. NIJEN TWILHAAR", "meneer Nijen Twilhaar"),
        ("Dhr. Groot", "meneer Groot"),  # one word: the surname itself
        ("Dhr. Bert Klein", "meneer Klein"),
    ],
)
def test_a_surname_head_stays_with_the_surname_after_a_title(author: str, greeted: str) -> None:
    assert first_name(author) == greeted


def test_a_surname_head_is_no_first_name() -> None:
    assert first_name("Lange Kamphuis") == ""
    assert first_name("Kleine Deters") == ""
    assert first_name("Gerrit Olde Monnikhof") == "Gerrit"


def test_every_greeting_title_is_a_title_a_greeting_name_starts_with() -> None:
    from app.domain.draft_names import GREETING_TITLES, formal_name

    assert {"mevrouw ", "meneer ", "familie ", "dr. ", "professor "} <= set(GREETING_TITLES)
    for author in ("Mevr. J. de Wit", "Fam. Aydin", "Dr. K.L. Brouwer", "Prof. S. Peeters", "dhr. T. Smit"):
        assert formal_name(author).startswith(GREETING_TITLES), author


@pytest.mark.parametrize(
    ("author", "greeted"),
    [
        ("Gilbert Van Hecke", "meneer Van Hecke"),
        ("Germaine De Bruyne", "mevrouw De Bruyne"),
        ("Urbain Vercammen", "meneer Vercammen"),
        ("Ghislaine Van den Broeck", "mevrouw Van den Broeck"),
        ("Achiel Desmet", "meneer Desmet"),
    ],
)
def test_older_flemish_first_names_tell_meneer_or_mevrouw(author: str, greeted: str) -> None:
    from app.domain.draft_names import formal_name

    assert formal_name(author) == greeted


@pytest.mark.parametrize(
    ("text", "author", "signed"),
    [
        ("Wat een fijne avond, Ilse regelde alles. Groetjes, Marga & Henk", "Henk de Vries", {"Marga", "Henk"}),
        ("Bedankt voor de mooie taart! Tot ziens! Sanne en Wouter", "Wouter", {"Sanne", "Wouter"}),
        # two names at the end, neither the author's: someone the writer thanks, not who signs
        ("De taart was top, dank aan Ilse en Bart", "Mieke Jansen", set()),
    ],
)
def test_the_names_a_comment_is_signed_with_together(text: str, author: str, signed: set[str]) -> None:
    assert cosigners(text, author) == signed
