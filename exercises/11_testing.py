"""Exercise 11: a word counter you can test (chapter 11, testing your app).

- R1: Layout: a `dcc.Textarea` id "text" (value "Dash is fun") and an `html.Div` id "word-count".
- R2: `count_words(text)` is a plain function returning "3 words", "1 word" (singular!) or "0 words".
  Words are separated by any amount of whitespace: "  spaced   out " has 2 words.
- R3: The callback `update_word_count(text)` writes count_words(text) to "word-count", from the
  first page load on.
- R4: It raises PreventUpdate when text is None, so the count on screen stays as it was.
- R5: `test_word_counter()` is YOUR test: open the app in `AppHarness`, type into "text" with
  `set_props`, and `assert` what "word-count" shows. The grader runs it on your app (it must pass),
  on your app with a broken count_words, and on your app with its callback gone (both must fail:
  a test that never opens the app, or asserts nothing, tests nothing).

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
