"""Correct, written differently: a regex, a helper for the plural, and a test written with a loop."""
import re

from learndash import Dash, Input, Output, dcc, html
from learndash.exceptions import PreventUpdate
from learndash.testing import AppHarness


def plural(n, noun):
    return f"{n} {noun}" + ("" if n == 1 else "s")


def count_words(text):
    return plural(len(re.findall(r"\S+", text)), "word")


app = Dash(__name__)
app.layout = html.Section([html.Div(id="word-count"), dcc.Textarea(value="Dash is fun", id="text")])


@app.callback(Output("word-count", "children"), Input("text", "value"))
def update_word_count(text):
    if text is None:
        raise PreventUpdate()
    return count_words(text)


def test_word_counter():
    h = AppHarness(app)
    for typed, shown in [("a b c d", "4 words"), ("solo", "1 word")]:
        h.set_props("text", {"value": typed})
        assert h.text("word-count") == shown, (typed, h.text("word-count"))
