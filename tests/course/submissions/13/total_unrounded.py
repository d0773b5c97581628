"""Mistake (R3): the total adds the rounded tip but is not rounded itself, so 25.55 + 5.11 shows 30.660000000000004.

feedback: cents
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
    function (bill, percent) {
        if (typeof bill !== "number") { throw window.dash_clientside.PreventUpdate; }
        const tip = Math.round(bill * percent) / 100;
        return [tip, bill + tip];
    }""",
    Output("tip", "children"),
    Output("total", "children"),
    Input("bill", "value"),
    Input("tip-percent", "value"),
)
