"""Mistake (R2): the JavaScript ends with `return tip, total;`, which returns the total alone (the comma operator), not a list, so neither span ever changes.

feedback: return [a, b];
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
    function(bill, percent) {
        if (typeof bill !== "number") { throw window.dash_clientside.PreventUpdate; }
        var tip = Math.round(bill * percent / 100 * 100) / 100;
        var total = Math.round((bill + tip) * 100) / 100;
        return tip, total;
    }
    """,
    Output("tip", "children"), Output("total", "children"),
    Input("bill", "value"), Input("tip-percent", "value"),
)
