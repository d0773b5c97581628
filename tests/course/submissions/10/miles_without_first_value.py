"""Mistake (R3): the miles box has no first value, so the converter opens with an empty km; the revisit check, which compares the two visits, is not charged again.

feedback: value=1
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
            dcc.Input(id="miles", type="number"),
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


@app.callback(Output("km", "children"), Input("miles", "value"))
def convert(miles):
    if miles is None:
        return ""
    return f"{miles * 1.609344:.2f} km"


if __name__ == "__main__":
    app.run(debug=True)
