"""Mistake (R2): "word" for every count up to 1, so an empty text reads "0 word".

feedback: 0 included
"""
from learndash import Dash, Input, Output, dcc, html
from learndash.exceptions import PreventUpdate
from learndash.testing import AppHarness

app = Dash(__name__)
app.layout = html.Div([dcc.Textarea(id="text", value="Dash is fun"), html.Div(id="word-count")])


def count_words(text):
    n = len(text.split())
    if n <= 1:
        return f"{n} word"
    return f"{n} words"


@app.callback(Output("word-count", "children"), Input("text", "value"))
def update_word_count(text):
    if text is None:
        raise PreventUpdate
    return count_words(text)


def test_word_counter():
    harness = AppHarness(app)
    harness.set_props("text", {"value": "one two"})
    assert harness.get_prop("word-count", "children") == "2 words"
    harness.set_props("text", {"value": "one"})
    assert harness.get_prop("word-count", "children") == "1 word"
