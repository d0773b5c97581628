"""Correct: Stack Overflow style, dependencies imports (ClientsideFunction among them), keyword output=/inputs= lists."""
import learndash as dash
from learndash import dcc, html
from learndash.dependencies import ClientsideFunction, Input, Output  # noqa: F401 - copied import line

app = dash.Dash(__name__)
app.layout = html.Div([
    html.Label(["Bill ", dcc.Input(id="bill", type="number", value=40)]),
    dcc.RadioItems(id="tip-percent", options=[10, 15, 20], value=15, inline=True),
    html.P(["Tip: ", html.Span(id="tip")]),
    html.P(["Total: ", html.Span(id="total")]),
])

app.clientside_callback(
    """
    function(bill, percent) {
        if (typeof bill !== 'number' || isNaN(bill)) {
            throw window.dash_clientside.PreventUpdate;
        }
        const tip = Math.round(bill * percent) / 100;
        const total = Math.round((bill + tip) * 100) / 100;
        return [tip, total];
    }
    """,
    output=[Output("tip", "children"), Output("total", "children")],
    inputs=[Input("bill", "value"), Input("tip-percent", "value")],
)

if __name__ == "__main__":
    app.run_server(debug=True)
