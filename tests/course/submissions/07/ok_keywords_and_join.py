"""Correct: a layout function, boxes with no type, the global @callback with inputs=/state= keywords, the names joined with str.join, children=None in the layout."""
from learndash import html, dcc, callback, Dash
from learndash import Input, Output, State


def make_layout():
    return html.Div([
        html.H2("Sign up"),
        html.Div([html.Label("First name"), dcc.Input(id="first-name", value="Ada")]),
        html.Div([html.Label("Last name"), dcc.Input(id="last-name", value="Lovelace")]),
        html.Button(children="Submit", id="submit-button", n_clicks=0, type="button"),
        html.Div(id="form-output", children=None),
    ])


app = Dash(__name__)
app.layout = make_layout


@callback(
    Output(component_id="form-output", component_property="children"),
    inputs=Input(component_id="submit-button", component_property="n_clicks"),
    state=[State("first-name", "value"), State("last-name", "value")],
    prevent_initial_call=True,
)
def on_submit(clicks: int, first_name: str, last_name: str) -> str:
    full_name = " ".join([first_name, last_name])
    return f"Submitted: {full_name} (submission {clicks})"
