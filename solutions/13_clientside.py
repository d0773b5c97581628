"""Solution 13: a tip calculator that runs in the browser (chapter 13, clientside callbacks).

The layout is here: a number box "bill", radio items "tip-percent" (10, 15 or 20) and two spans,
"tip" and "total".

- R1: Layout (given): a number box "bill" (value 40), radio items "tip-percent" (10, 15 or 20,
  value 15) and two spans, "tip" and "total".
- R2: ONE clientside callback (`app.clientside_callback` with an inline JavaScript function) with
  two Outputs, `tip.children` and `total.children`, and two Inputs, `bill.value` and
  `tip-percent.value`.
- R3: It returns the tip (bill * percent / 100) and the total (bill + tip), both as numbers rounded
  to cents: `Math.round(x * 100) / 100`. A bill of 40 at 15 % gives 6 and 46.
- R4: While the bill box is empty (its value is not a number), change nothing:
  `throw window.dash_clientside.PreventUpdate`.

Check your work with `learndash check 13` (it runs your JavaScript in an embedded V8 engine:
`pip install learndash[clientside]` if it says the engine is missing).
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
    Input("tip-percent", "value"),
)


if __name__ == "__main__":
    app.run(debug=True)
