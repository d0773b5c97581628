"""Correct: rounds with toFixed(2) and reads the numbers back with Number().
"""
from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__)

app.layout = html.Div(
    [
        html.Label(["Bill ", dcc.Input(id="bill", type="number", value=40)]),
        dcc.RadioItems(id="tip-percent", options=[10, 15, 20], value=15, inline=True),
        html.P(["Tip: ", html.Span(id="tip")]),
        html.P(["Total: ", html.Span(id="total")]),
    ]
)

app.clientside_callback(
    """
    function tipAndTotal(bill, percent) {
        if (typeof bill !== "number") {
            throw window.dash_clientside.PreventUpdate;
        }
        const tip = Number((bill * percent / 100).toFixed(2));
        return [tip, Number((bill + tip).toFixed(2))];
    }
    """,
    Output("tip", "children"),
    Output("total", "children"),
    Input("bill", "value"),
    Input("tip-percent", "value"),
)


if __name__ == "__main__":
    app.run(debug=True)
