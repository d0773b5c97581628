"""Mistake (R2): two clientside callbacks, one per span, instead of one with two Outputs.

feedback: 2 callbacks share the spans
charged once
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
        return Math.round(bill * percent) / 100;
    }
    """,
    Output("tip", "children"),
    Input("bill", "value"),
    Input("tip-percent", "value"),
)

app.clientside_callback(
    """
    function (bill, percent) {
        if (typeof bill !== "number") { throw window.dash_clientside.PreventUpdate; }
        return Math.round((bill + bill * percent / 100) * 100) / 100;
    }
    """,
    Output("total", "children"),
    Input("bill", "value"),
    Input("tip-percent", "value"),
)
