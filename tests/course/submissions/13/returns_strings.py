"""Mistake (R3): returns the rounded amounts as strings (String(tip)), not numbers: the page shows the same text, but R3 asks for numbers.

feedback: number
charged once
"""
from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__)
app.layout = html.Div([html.Label(["Bill ", dcc.Input(id="bill", type="number", value=40)]),
                       dcc.RadioItems(id="tip-percent", options=[10, 15, 20], value=15, inline=True),
                       html.P(["Tip: ", html.Span(id="tip")]), html.P(["Total: ", html.Span(id="total")])])
app.clientside_callback(
    """function (bill, percent) {
        if (typeof bill !== "number") { throw window.dash_clientside.PreventUpdate; }
        const tip = Math.round(bill * percent) / 100;
        return [String(tip), String(Math.round((bill + tip) * 100) / 100)];
    }""",
    Output("tip", "children"), Output("total", "children"), Input("bill", "value"), Input("tip-percent", "value"))
