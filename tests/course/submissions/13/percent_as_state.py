"""Mistake (R2): the tip percent is a State, so changing it does not recompute.

feedback: percent
"""
from learndash import Dash, Input, Output, State, dcc, html

app = Dash(__name__)

app.layout = html.Div(
    [
        html.Label(["Bill ", dcc.Input(id="bill", type="number", value=40)]),
        dcc.RadioItems(id="tip-percent", options=[10, 15, 20], value=15, inline=True),
        html.P(["Tip: ", html.Span(id="tip")]),
        html.P(["Total: ", html.Span(id="total")]),
    ]
)

# Mistake: the tip percent is a State, so changing it recomputes nothing.
app.clientside_callback(
    """
    function tipAndTotal(bill, percent) {
        if (typeof bill !== "number") {
            throw window.dash_clientside.PreventUpdate;
        }
        const cents = (x) => Math.round(x * 100) / 100;
        const tip = cents(bill * percent / 100);
        return [tip, cents(bill + tip)];
    }
    """,
    Output("tip", "children"),
    Output("total", "children"),
    Input("bill", "value"),
    State("tip-percent", "value"),
)


if __name__ == "__main__":
    app.run(debug=True)
