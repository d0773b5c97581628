"""Chapter 7: State. The text boxes are read only when the button is clicked."""
from learndash import Dash, Input, Output, State, dcc, html

app = Dash(__name__)

app.layout = html.Div(
    [
        dcc.Input(id="input-1-state", type="text", value="Montréal"),
        dcc.Input(id="input-2-state", type="text", value="Canada"),
        html.Button(id="submit-button-state", n_clicks=0, children="Submit"),
        html.Div(id="output-state"),
    ]
)


@app.callback(
    Output("output-state", "children"),
    Input("submit-button-state", "n_clicks"),
    State("input-1-state", "value"),
    State("input-2-state", "value"),
)
def update_output(n_clicks, input1, input2):
    # Typing changes the States but fires nothing; a click fires, and reads their current values.
    return f'The Button has been pressed {n_clicks} times, Input 1 is "{input1}", and Input 2 is "{input2}"'


if __name__ == "__main__":
    app.run(debug=True)
