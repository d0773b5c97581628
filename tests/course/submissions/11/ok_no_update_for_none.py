"""Correct, written differently: no_update (not PreventUpdate) for a None text, count_words with a conditional suffix."""
import re

from learndash import Dash, Input, Output, dcc, html, no_update
from learndash.exceptions import PreventUpdate
from learndash.testing import AppHarness

app = Dash(__name__)

app.layout = html.Div(
    [
        html.H2("Word counter"),
        dcc.Textarea(id="text", value="Dash is fun", style={"width": "100%"}),
        html.Div(id="word-count"),
    ]
)


def count_words(text):
    n = len(re.findall(r"\S+", text))
    return f"{n} word" + ("" if n == 1 else "s")


@app.callback(Output("word-count", "children"), Input("text", "value"))
def update_word_count(text):
    if text is None:
        return no_update
    return count_words(text)


def test_word_counter():
    harness = AppHarness(app)
    for typed, shown in [("one", "1 word"), ("a b  c d", "4 words"), ("", "0 words")]:
        harness.set_props("text", {"value": typed})
        assert harness.text("word-count") == shown, typed
