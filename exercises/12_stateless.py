"""Exercise 12: a score keeper per browser tab (chapter 12, stateless apps and dcc.Store).

- R1: Layout: buttons "plus-one" and "reset" (n_clicks=0 each), a `dcc.Store` id "score-store" with
  data=0, and an `html.Div` id "score-display".
- R2: Callback A: Inputs plus-one.n_clicks and reset.n_clicks, State score-store.data, Output
  score-store.data. "plus-one" adds 1 to the stored score; "reset" sets it to 0
  (`ctx.triggered_id` says which button fired).
- R3: Callback A must not run on page load: the page opens with the score at 0.
- R4: Callback B: from score-store.data to score-display.children: "Score: 3".
- R5: Keep the score in the Store, never in a Python global: two users (two tabs) must each have
  their own score.

Check your work with `learndash check 12`.
"""
from learndash import Dash, Input, Output, State, ctx, dcc, html

app = Dash(__name__)

score = 0  # TODO: a global is shared by every user. Remove it and use the Store.

app.layout = html.Div(
    [
        html.Button("+1", id="plus-one", n_clicks=0),
        html.Button("Reset", id="reset", n_clicks=0),
        html.Div(id="score-display"),
    ]
)


@app.callback(Output("score-display", "children"), Input("plus-one", "n_clicks"))
def add_one(n_clicks):
    global score
    score += 1  # TODO: this runs on page load too, and every user shares it
    return f"Score: {score}"


if __name__ == "__main__":
    app.run(debug=True)
