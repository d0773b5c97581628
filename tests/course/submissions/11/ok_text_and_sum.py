"""Correct, written differently: a generator count, h.text() in the test, the global callback.
"""
from learndash import Dash, Input, Output, callback, dcc, html
from learndash.exceptions import PreventUpdate
from learndash.testing import AppHarness

app = Dash(__name__)

app.layout = html.Div(
    [
        dcc.Textarea(id="text", value="Dash is fun"),
        html.Div(id="word-count"),
    ]
)


def count_words(text):
    n = sum(1 for _ in text.split())
    unit = "word" if n == 1 else "words"
    return f"{n} {unit}"


@callback(Output("word-count", "children"), Input("text", "value"))
def update_word_count(text):
    if text is None:
        raise PreventUpdate
    return count_words(text)


def test_word_counter():
    harness = AppHarness(app)
    assert harness.text("word-count") == "3 words"
    harness.set_props("text", {"value": "hello"})
    assert harness.get_prop("word-count", "children") == "1 word"
    harness.set_props("text", {"value": "  spaced   out "})
    assert harness.get_prop("word-count", "children") == "2 words"

