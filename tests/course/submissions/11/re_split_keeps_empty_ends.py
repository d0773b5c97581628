"""Mistake (R2): counts with re.split(r"\\s+", text), which keeps an empty piece at each end, so "  spaced   out " has 4 words and "" has 1. Its own test types "  spaced   out " and fails on it: the test caught the bug, so R5 is not charged.

feedback: any whitespace
charged once
"""
import re
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
    number = len(re.split(r"\s+", text))
    return "1 word" if number == 1 else f"{number} words"


@app.callback(Output("word-count", "children"), Input("text", "value"))
def update_word_count(text):
    if text is None:
        raise PreventUpdate
    return count_words(text)


def test_word_counter():
    harness = AppHarness(app)
    assert harness.get_prop("word-count", "children") == "3 words"
    harness.set_props("text", {"value": "hello"})
    assert harness.get_prop("word-count", "children") == "1 word"
    harness.set_props("text", {"value": "  spaced   out "})
    assert harness.get_prop("word-count", "children") == "2 words"


if __name__ == "__main__":
    app.run(debug=True)
