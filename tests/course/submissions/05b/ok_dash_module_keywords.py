"""Correct: `import learndash as dash` with dash.exceptions.PreventUpdate() and dash.no_update, the global callback with output=/inputs= keywords, a chained comparison, an f-string error built from constants."""
import learndash as dash
from learndash import dcc, html
from learndash import Input, Output

app = dash.Dash(__name__)

app.layout = html.Div([
    html.Label("Your age"),
    dcc.Input(id="age", type="number", value=30),
    html.Div(id="age-message", style={"fontWeight": "bold"}),
    html.Div(id="age-error", style={"color": "red"}),
])

MIN_AGE, MAX_AGE = 0, 130


@dash.callback(
    output=[Output("age-message", "children"), Output("age-error", "children")],
    inputs=[Input("age", "value")],
)
def validate(age: float | None):
    if age is None:
        raise dash.exceptions.PreventUpdate()
    if not MIN_AGE <= age <= MAX_AGE:
        return dash.no_update, f"Age must be between {MIN_AGE} and {MAX_AGE}."
    return f"You are {age}.", ""
