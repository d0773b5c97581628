"""Correct: the old tutorials' codepen stylesheet, `server = app.server` for deployment, and app.title."""
import learndash as dash
from learndash import dcc, html
from learndash.dependencies import Input, Output

external_stylesheets = ["https://codepen.io/chriddyp/pen/bWLwgP.css"]

app = dash.Dash(__name__, external_stylesheets=external_stylesheets)
app.title = "Greeter"
server = app.server

app.layout = html.Div([
    html.H1("Greeter"),
    dcc.Input(id="name-input", type="text", value="Dash", debounce=True),
    html.Div(id="greeting"),
])


@app.callback(Output(component_id="greeting", component_property="children"),
              [Input(component_id="name-input", component_property="value")])
def update_output_div(input_value):
    if input_value is None or not input_value.strip():
        return "Hello, stranger!"
    return "Hello, {}!".format(input_value)


if __name__ == "__main__":
    app.run_server(debug=True, port=8050)
