"""Mistake (R1): starts the bill box empty (no value 40), so the page opens with no tip or total.

feedback: value=40
charged once
"""
from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__)

app.layout = html.Div(
    [
        html.Label(["Bill ", dcc.Input(id="bill", type="number", value=None)]),
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
        return [tip, Math.round((bill + tip) * 100) / 100];
    }
    """,
    Output("tip", "children"),
    Output("total", "children"),
    Input("bill", "value"),
    Input("tip-percent", "value"),
)
