"""Exercise 07b: which button was clicked? (chapter 7, several buttons, one callback, ctx.triggered_id).

Three buttons choose a colour. One callback listens to all three; `ctx.triggered_id` tells it which
one was clicked this time. Comparing click counts does not: a button clicked often earlier keeps the
biggest count.

- R1: Layout: three `html.Button`s with ids "red", "green" and "blue" (n_clicks=0 each, the colour
  name as their text) and an `html.Div` id "chosen-colour".
- R2: ONE callback with the three buttons' `n_clicks` as Inputs writes "You chose red." (or green,
  blue) to "chosen-colour": the button clicked last, found with `ctx.triggered_id`.
- R3: The same callback also sets the div's `style` to {"color": "red"} (the chosen colour).
- R4: When the page loads no button was clicked (`ctx.triggered_id` is None): the callback runs
  and shows "Pick a colour." with the style {"color": "black"}.

Check your work with `learndash check 07b`.
"""
from learndash import Dash, Input, Output, ctx, html

app = Dash(__name__)

app.layout = html.Div(
    [
        html.Button("red", id="red", n_clicks=0),
        html.Button("green", id="green", n_clicks=0),
        html.Button("blue", id="blue", n_clicks=0),
        html.Div(id="chosen-colour"),
    ]
)


@app.callback(Output("chosen-colour", "children"), Input("red", "n_clicks"))
def choose(red_clicks):
    # TODO: all three buttons as Inputs, a second Output for the style, and ctx.triggered_id.
    return ""


if __name__ == "__main__":
    app.run(debug=True)
