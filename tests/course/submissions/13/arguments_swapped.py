"""Mistake (R3): the JavaScript function takes its arguments as (percent, bill), the Inputs being bill then tip-percent, so the tip (a product) is right and the total is percent + tip (21 for 40 at 15 %).

feedback: wrong order
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
    function tipAndTotal(percent, bill) {
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
    Input("tip-percent", "value"),
)


if __name__ == "__main__":
    app.run(debug=True)
