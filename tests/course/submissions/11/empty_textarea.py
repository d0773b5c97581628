"""Mistake (R1): the textarea starts empty.

feedback: value="Dash is fun"
charged once
"""
from learndash import Dash, Input, Output, dcc, html
from learndash.exceptions import PreventUpdate
from learndash.testing import AppHarness

app = Dash(__name__)

app.layout = html.Div(
    [
        dcc.Textarea(id="text", value=""),
        html.Div(id="word-count"),
    ]
)


def count_words(text):
    number = len(text.split())
    return "1 word" if number == 1 else f"{number} words"


@app.callback(Output("word-count", "children"), Input("text", "value"))
def update_word_count(text):
    if text is None:
        raise PreventUpdate
    return count_words(text)


def test_word_counter():
    harness = AppHarness(app)
    assert harness.get_prop("word-count", "children") == "0 words"
    harness.set_props("text", {"value": "hello"})
    assert harness.get_prop("word-count", "children") == "1 word"
    harness.set_props("text", {"value": "  spaced   out "})
    assert harness.get_prop("word-count", "children") == "2 words"

