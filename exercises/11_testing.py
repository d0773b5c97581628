"""Exercise 11: a word counter you can test (chapter 11, testing your app).

1. Layout: a `dcc.Textarea` id "text" (value "Dash is fun") and an `html.Div` id "word-count".
2. `count_words(text)` is a plain function returning "3 words", "1 word" (singular!) or "0 words".
   Words are separated by any amount of whitespace: "  spaced   out " has 2 words.
3. The callback `update_word_count(text)` writes count_words(text) to "word-count", and raises
   PreventUpdate when text is None.
4. `test_word_counter()` is YOUR test: open the app in `AppHarness`, type into "text" with
   `set_props`, and `assert` what "word-count" shows. The grader runs it twice: on your app (it
   must pass) and on your app with a broken count_words (it must fail, or it tests nothing).

Check your work with `learndash check 11`.
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
    # TODO: "3 words", "1 word", "0 words"
    return ""


@app.callback(Output("word-count", "children"), Input("text", "value"))
def update_word_count(text):
    # TODO: raise PreventUpdate when text is None
    return count_words(text)


def test_word_counter():
    harness = AppHarness(app)
    # TODO: set the text and assert on what "word-count" shows


if __name__ == "__main__":
    app.run(debug=True)
