"""Mistake (R5): the test calls count_words directly and never opens the app.

feedback: AppHarness(app)
"""
from learndash import Dash, Input, Output, dcc, html
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
    number = len(text.split())
    return "1 word" if number == 1 else f"{number} words"


@app.callback(Output("word-count", "children"), Input("text", "value"))
def update_word_count(text):
    if text is None:
        raise PreventUpdate
    return count_words(text)


def test_word_counter():
    assert count_words("Dash is fun") == "3 words"
    assert count_words("hello") == "1 word"

