"""Chapter 13: clientside callbacks. A temperature converter whose two boxes stay in step in the
browser, with no request to the server, and a server callback that reads the result."""
from learndash import Dash, Input, Output, html, dcc

app = Dash(__name__)

app.layout = html.Div(
    [
        html.Label(["Celsius ", dcc.Input(id="celsius", type="number", value=20)]),
        html.Label(["Fahrenheit ", dcc.Input(id="fahrenheit", type="number")]),
        html.P(id="advice"),
    ]
)

# JavaScript, run by the page. It gets the Input values in order and returns one value per Output;
# callback_context says which box the person typed in, and no_update leaves the other one alone.
app.clientside_callback(
    """
    function convert(celsius, fahrenheit) {
        const dc = window.dash_clientside;
        const typed = dc.callback_context.triggered_id;
        const round = (x) => Math.round(x * 10) / 10;
        if (typed === "fahrenheit") {
            if (typeof fahrenheit !== "number") { throw dc.PreventUpdate; }
            return [round((fahrenheit - 32) * 5 / 9), dc.no_update];
        }
        if (typeof celsius !== "number") { throw dc.PreventUpdate; }
        return [dc.no_update, round(celsius * 9 / 5 + 32)];
    }
    """,
    Output("celsius", "value"),
    Output("fahrenheit", "value"),
    Input("celsius", "value"),
    Input("fahrenheit", "value"),
)


# An ordinary Python callback: it runs on the server whenever Celsius changes, also when the
# clientside function above changed it.
@app.callback(Output("advice", "children"), Input("celsius", "value"))
def advise(celsius):
    if celsius is None:
        return "Type a temperature."
    return "Take a coat." if celsius < 15 else "T-shirt weather."


if __name__ == "__main__":
    app.run(debug=True)
