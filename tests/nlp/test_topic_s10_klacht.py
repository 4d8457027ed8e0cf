"""What the writer asked for when the sentence goes on to what they got instead ('vroeg asblond, kreeg oranje'),
a noise or slip of a part as a defect, vermin caught and a condition as the allergen (session 10, issue #13).
Sentences of their own at other businesses, none from the rounds."""

from __future__ import annotations

from app.nlp.topics import analyse_topics


def test_asked_for_then_got_instead_names_what_was_asked() -> None:
    assert analyse_topics("wou een korte bob, kreeg een bloempot 😭").asked == ""  # 'wou' is no form we read
    assert analyse_topics("Bestelde rozen, kreeg anjers. Voor een huwelijksaanzoek!").asked == "rozen"
    assert analyse_topics("vroeg lichtgrijs en het werd babyblauw, heel de living").asked == "lichtgrijs"
    assert analyse_topics("Ik vroeg of het klaar was en kreeg geen antwoord").asked == ""  # a question, not a thing


def test_a_part_that_makes_a_noise_or_slips_is_a_defect() -> None:
    assert "defect" in analyse_topics("Net de auto terug en de uitlaat ratelt nog steeds.").problems
    assert "defect" in analyse_topics("na het afstellen slipt mn ketting nog altijd").problems
    assert "defect" in analyse_topics("Het stuur TRILT bij 100 km/u, precies zoals voor de beurt").problems


def test_vermin_and_conditions_are_read() -> None:
    found = analyse_topics("Onze teckel zit vol vlooien sinds het trimmen")
    assert found.safety == ("hygiene",)
    assert analyse_topics("mijn vriend heeft coeliakie en kreeg toch gewoon pasta").allergen == "gluten"
    # ticks as a sign ('teken') are no vermin
    assert analyse_topics("Dat is een teken dat jullie het niet snappen").safety == ()


def test_spoiled_or_fallen_through_said_of_a_moment_is_no_safety_matter() -> None:
    assert analyse_topics("Het eten was ok maar de avond was voor ons bedorven door het lange wachten").safety == ()
    assert analyse_topics("Ons uitje viel in het water: de boot was dubbel geboekt!").safety == ()
    assert analyse_topics("trouwfeest in duigen gevallen door jullie fout").safety == ()
    # food gone off and a real fall stay what they are
    assert analyse_topics("De kip was bedorven, we waren allemaal ziek").safety == ("vergiftiging",)
    assert "letsel" in analyse_topics("Mijn moeder is gevallen over jullie mat").safety
