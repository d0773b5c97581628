"""Chapter 5: multiple outputs. One number in; x², x³, 2ˣ, 3ˣ and xˣ out, from one callback."""
from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__)

app.layout = html.Div(
    [
        dcc.Input(id="num-multi", type="number", value=5),
        html.Table(
            [
                html.Tr([html.Td(["x", html.Sup(2)]), html.Td(id="square")]),
                html.Tr([html.Td(["x", html.Sup(3)]), html.Td(id="cube")]),
                html.Tr([html.Td([2, html.Sup("x")]), html.Td(id="twos")]),
                html.Tr([html.Td([3, html.Sup("x")]), html.Td(id="threes")]),
                html.Tr([html.Td(["x", html.Sup("x")]), html.Td(id="x^x")]),
            ]
        ),
    ]
)


@app.callback(
    Output("square", "children"),
    Output("cube", "children"),
    Output("twos", "children"),
    Output("threes", "children"),
    Output("x^x", "children"),
    Input("num-multi", "value"),
)
def callback_a(x):
    if x is None:  # the box was emptied: clear every cell
        return "", "", "", "", ""
    # One value per Output, in the same order as the Outputs above.
    return x**2, x**3, 2**x, 3**x, x**x


if __name__ == "__main__":
    app.run(debug=True)
