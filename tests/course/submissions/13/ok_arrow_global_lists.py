"""Correct: the global clientside_callback, an arrow function, the bare dash_clientside global, Outputs and Inputs in lists, a null check instead of typeof."""
from learndash import Dash, Input, Output, clientside_callback, dcc, html

app = Dash(__name__)

app.layout = html.Div(
    [
        html.Label(["Bill ", dcc.Input(id="bill", type="number", value=40)]),
        dcc.RadioItems(id="tip-percent", options=[10, 15, 20], value=15, inline=True),
        html.P(["Tip: ", html.Span(id="tip")]),
        html.P(["Total: ", html.Span(id="total")]),
    ]
)

clientside_callback(
    """
    (bill, percent) => {
        // an empty box gives null (or undefined)
        if (bill === null || bill === undefined || bill === "") {
            throw dash_clientside.PreventUpdate;
        }
        const tip = Math.round(bill * percent) / 100;
        const total = Math.round((bill + tip) * 100) / 100;
        return [tip, total];
    }
    """,
    [Output("tip", "children"), Output("total", "children")],
    [Input("bill", "value"), Input("tip-percent", "value")],
)
