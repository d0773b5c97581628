"""Correct, written differently: no prevent_initial_call but PreventUpdate on a falsy n_clicks; a form tag."""
from learndash import Dash, Input, Output, State, dcc, html
from learndash.exceptions import PreventUpdate

app = Dash(__name__)
app.layout = html.Form(
    [
        html.Fieldset([dcc.Input(value="Ada", id="first-name"), dcc.Input(value="Lovelace", id="last-name")]),
        html.Button(children="Submit", id="submit-button", n_clicks=0, type="button"),
        html.Output(id="form-output"),
    ]
)


@app.callback(
    Output("form-output", "children"),
    inputs=[Input("submit-button", "n_clicks")],
    state=[State("first-name", "value"), State("last-name", "value")],
)
def on_submit(clicks, *names):
    if not clicks:
        raise PreventUpdate
    return "Submitted: {} (submission {})".format(" ".join(names), clicks)
