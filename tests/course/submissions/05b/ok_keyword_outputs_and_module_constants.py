"""Correct: `import learndash as dash` with dash.no_update, keyword-grouped Outputs, the bounds as module constants, a chained comparison, the box in a Label."""
import learndash as dash
from learndash import Input, Output, callback, dcc, html
from learndash.exceptions import PreventUpdate

app = dash.Dash(__name__)
app.layout = html.Div([html.Label(["Age", dcc.Input(id="age", type="number", value=30)]), html.Div(id="age-message"), html.Div(id="age-error")])
LOW, HIGH = 0, 130

@callback(output=dict(msg=Output("age-message", "children"), err=Output("age-error", "children")), inputs=dict(age=Input("age", "value")))
def check_age(age):
    if age is None:
        raise PreventUpdate
    if not LOW <= age <= HIGH:
        return dict(msg=dash.no_update, err=f"Age must be between {LOW} and {HIGH}.")
    return dict(msg=f"You are {age}.", err="")
