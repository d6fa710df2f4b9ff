"""The passage shown under a result: the words marked where they are, however the text writes
them, without reading the whole of a long document."""

from crimex_portal.search.snippets import highlighted_snippet


def test_marks_the_words_ignoring_case_and_accents():
    text = "La Commission Rogatoire est transmise."
    snippet = highlighted_snippet(text, ["commission", "rogatoire"])
    assert snippet == "La <mark>Commission</mark> <mark>Rogatoire</mark> est transmise."


def test_a_stem_marks_the_whole_word():
    snippet = highlighted_snippet("The Conventions apply.", ["convention"])
    assert "<mark>Conventions</mark>" in snippet


def test_arabic_vowel_marks_and_hamza_forms_do_not_shift_the_marks():
    # The vowel marks vanish when normalised: the marked span must still be the word as written.
    text = "تَعاوُن مع الإنتربول في القضايا"
    snippet = highlighted_snippet(text, ["الانتربول"])
    assert "<mark>الإنتربول</mark>" in snippet
    assert snippet.startswith("تَعاوُن مع ")


def test_a_widened_character_before_the_word_does_not_shift_the_marks():
    # "ß" becomes "ss" and a vowel mark vanishes: the two do not cancel out into wrong spans.
    snippet = highlighted_snippet("Straße تَ und CARIN Netzwerk", ["carin"])
    assert "<mark>CARIN</mark> Netzwerk" in snippet


def test_a_word_deep_in_a_long_document_is_shown_in_its_passage():
    text = "Lorem ipsum dolor. " * 5000 + "The Warsaw Convention applies here. " + "Tail. " * 100
    snippet = highlighted_snippet(text, ["warsaw"])
    assert snippet.startswith("…")
    assert "<mark>Warsaw</mark> Convention" in snippet
    assert len(snippet) < 400


def test_what_people_wrote_is_escaped():
    snippet = highlighted_snippet('<img src=x onerror="alert(1)"> CARIN', ["carin"])
    assert "<img" not in snippet
    assert "&lt;img" in snippet
    assert "<mark>CARIN</mark>" in snippet


def test_without_a_match_the_opening_is_shown():
    assert highlighted_snippet("Nothing to see here.", ["absent"]) == "Nothing to see here."
