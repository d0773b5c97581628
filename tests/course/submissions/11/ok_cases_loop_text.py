"""Correct: an inline plural, harness.text, a dict of cases looped over in the test with messages, type hints."""
from learndash import Dash, Input, Output, dcc, html
from learndash.exceptions import PreventUpdate
from learndash.testing import AppHarness

app = Dash(__name__)
app.layout = html.Div([
    html.H3("Word counter"),
    dcc.Textarea(id="text", value="Dash is fun", style={"width": "100%"}),
    html.Div(id="word-count"),
])


def count_words(text: str) -> str:
    n = len(text.split())
    return f"{n} word{'' if n == 1 else 's'}"


@app.callback(Output("word-count", "children"), Input("text", "value"))
def update_word_count(text: str | None) -> str:
    if text is None:
        raise PreventUpdate
    return count_words(text)


CASES = {"hello": "1 word", "  spaced   out ": "2 words", "": "0 words"}


def test_word_counter():
    h = AppHarness(app)
    assert h.text("word-count") == "3 words", "the page load count"
    for typed, shown in CASES.items():
        h.set_props("text", {"value": typed})
        assert h.text("word-count") == shown, f"after typing {typed!r}"
