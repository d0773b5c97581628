"""Mistake (R5): the converter writes km.value instead of km.children (a text box's property on a Div).

feedback: No callback writes km.children
charged once
"""
from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__, suppress_callback_exceptions=True)

app.layout = html.Div(
    [
        dcc.Location(id="url"),
        html.Div(id="page-content"),
    ]
)


def home_page():
    return html.Div([html.H1("Home", id="home-title"), dcc.Link("Go to the converter", href="/converter")])


def converter_page():
    return html.Div(
        [
            html.H1("Miles to kilometres"),
            dcc.Input(id="miles", type="number", value=1),
            html.Div(id="km"),
            dcc.Link("Home", href="/"),
        ]
    )


@app.callback(Output("page-content", "children"), Input("url", "pathname"))
def display_page(pathname):
    if pathname == "/converter":
        return converter_page()
    if pathname in ("/", None):
        return home_page()
    return html.Div(f"404: {pathname} was not found", id="not-found")


@app.callback(Output("km", "value"), Input("miles", "value"))
def convert(miles):
    if miles is None:
        return ""
    return f"{miles * 1.609344:.2f} km"


if __name__ == "__main__":
    app.run(debug=True)
