"""Mistake (R2): a Python callback instead of a clientside one.

feedback: clientside
"""
from learndash import Dash, Input, Output, dcc, html
from learndash.exceptions import PreventUpdate

app = Dash(__name__)

app.layout = html.Div(
    [
        html.Label(["Bill ", dcc.Input(id="bill", type="number", value=40)]),
        dcc.RadioItems(id="tip-percent", options=[10, 15, 20], value=15, inline=True),
        html.P(["Tip: ", html.Span(id="tip")]),
        html.P(["Total: ", html.Span(id="total")]),
    ]
)

# Mistake: a Python callback; the exercise asks for JavaScript that runs in the browser.
@app.callback(Output("tip", "children"), Output("total", "children"), Input("bill", "value"), Input("tip-percent", "value"))
def tip_and_total(bill, percent):
    if bill is None:
        raise PreventUpdate
    tip = round(bill * percent / 100, 2)
    return tip, round(bill + tip, 2)


if __name__ == "__main__":
    app.run(debug=True)
