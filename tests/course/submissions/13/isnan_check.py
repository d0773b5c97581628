"""Mistake (R4): tests isNaN(bill), which is false for an empty box (null), so the tip drops to 0.

feedback: typeof
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
        if (isNaN(bill)) { throw window.dash_clientside.PreventUpdate; }
        const tip = Math.round(bill * percent) / 100;
        return [tip, Math.round((bill + tip) * 100) / 100];
    }""",
    Output("tip", "children"),
    Output("total", "children"),
    Input("bill", "value"),
    Input("tip-percent", "value"),
)
