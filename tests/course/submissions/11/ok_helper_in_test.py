"""Correct, written differently: plural chosen by a dict, a helper inside the test, a heading in the layout.
"""
from learndash import Dash, Input, Output, dcc, html
from learndash.exceptions import PreventUpdate
from learndash.testing import AppHarness

app = Dash(__name__)

app.layout = html.Div(
    [
        html.H1("Word counter"),
        dcc.Textarea(id="text", value="Dash is fun"),
        html.Div(id="word-count"),
    ]
)


def count_words(text):
    words = text.split()
    return f"{len(words)} " + {1: "word"}.get(len(words), "words")


@app.callback(Output("word-count", "children"), Input("text", "value"))
def update_word_count(text):
    if text is None:
        raise PreventUpdate
    return count_words(text)


def test_word_counter():
    page = AppHarness(app)

    def shown_for(typed):
        page.set_props("text", {"value": typed})
        return page.get_prop("word-count", "children")

    assert shown_for("one") == "1 word"
    assert shown_for("a b\nc d") == "4 words"

