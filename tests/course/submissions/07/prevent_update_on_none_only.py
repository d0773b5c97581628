"""Mistake (R4): guards with `if n_clicks is None: raise PreventUpdate` (the SO habit) but the button starts at 0, so the page load writes "submission 0".

feedback: prevent_initial_call
charged once
"""
import learndash as dash
from learndash import dcc, html
from learndash.dependencies import Input, Output, State
from learndash.exceptions import PreventUpdate

app = dash.Dash(__name__)
app.layout = html.Div([
    dcc.Input(id="first-name", type="text", value="Ada"),
    dcc.Input(id="last-name", type="text", value="Lovelace"),
    html.Button("Submit", id="submit-button", n_clicks=0),
    html.Div(id="form-output"),
])


@app.callback(Output("form-output", "children"), [Input("submit-button", "n_clicks")],
              [State("first-name", "value"), State("last-name", "value")])
def submit(n_clicks, first, last):
    if n_clicks is None:
        raise PreventUpdate
    return "Submitted: {} {} (submission {})".format(first, last, n_clicks)
