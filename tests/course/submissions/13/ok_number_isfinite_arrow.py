"""Correct, written differently: an arrow function, Number.isFinite, the total from bill * (1 + percent / 100).
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
    (bill, percent) => {
        if (!Number.isFinite(bill)) {
            throw window.dash_clientside.PreventUpdate;
        }
        const round = x => Math.round(x * 100) / 100;
        return [round(bill * percent / 100), round(bill * (1 + percent / 100))];
    }""",
    Output("tip", "children"),
    Output("total", "children"),
    Input("bill", "value"),
    Input("tip-percent", "value"),
)
