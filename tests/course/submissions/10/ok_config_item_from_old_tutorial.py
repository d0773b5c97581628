"""Correct: the older app.config["suppress_callback_exceptions"] = True, set after Dash()."""
import learndash as dash
from learndash import dcc, html
from learndash.dependencies import Input, Output

app = dash.Dash(__name__)
app.config["suppress_callback_exceptions"] = True

app.layout = html.Div([
    dcc.Location(id="url", refresh=False),
    html.Div(id="page-content"),
])

index_page = html.Div([
    html.H1("Home", id="home-title"),
    dcc.Link("Go to the converter", href="/converter"),
])

converter_page = html.Div([
    dcc.Input(id="miles", type="number", value=1),
    html.Div(id="km"),
])


@app.callback(Output("page-content", "children"), [Input("url", "pathname")])
def display_page(pathname):
    if pathname == "/":
        return index_page
    elif pathname == "/converter":
        return converter_page
    else:
        return html.Div("404: {} was not found".format(pathname), id="not-found")


@app.callback(Output("km", "children"), [Input("miles", "value")])
def convert(miles):
    if miles is None:
        return ""
    return "{:.2f} km".format(miles * 1.609344)


if __name__ == "__main__":
    app.run_server(debug=True)
