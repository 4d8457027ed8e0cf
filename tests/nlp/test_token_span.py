from app.nlp.token_span import around


class _Token:
    def __init__(self, text: str) -> None:
        self.text = text


def _doc(text: str) -> list[_Token]:
    return [_Token(word) for word in text.split()]


def _end(token: _Token) -> bool:
    return token.text in {".", "!"}


def test_the_range_widens_to_the_stops_on_either_side_without_them() -> None:
    doc = _doc("Mooi weer . De rem brak af ! Verder niks")
    assert around(doc, 4, 5, _end) == (3, 7)  # 'De rem brak af'
    assert around(doc, 0, 0, _end) == (0, 2)  # the first sentence starts at the text's start
    assert around(doc, 9, 9, _end) == (8, 10)  # the last one ends at the text's end


def test_a_text_without_stops_is_one_range() -> None:
    doc = _doc("zonder enige punt")
    assert around(doc, 1, 2, _end) == (0, 3)
