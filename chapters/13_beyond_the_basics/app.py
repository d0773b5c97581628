"""Chapter 13: beyond the basics. Patch sends only what changes; running= shows that a callback is busy."""
import statistics
import time

from learndash import Dash, Input, Output, Patch, State, dcc, html
from learndash.exceptions import PreventUpdate

app = Dash(__name__)

app.layout = html.Div(
    [
        html.H1("Lab notebook"),
        dcc.Input(id="reading", type="number", value=20),
        html.Button("Record", id="record"),
        html.Button("Clear", id="clear"),
        dcc.Graph(
            id="chart",
            figure={"data": [{"type": "scatter", "mode": "lines+markers", "y": []}], "layout": {"title": {"text": "Readings"}}},
        ),
        html.Ol(id="log", children=[]),
        html.Button("Analyse", id="analyse"),
        html.Span(id="status"),
        html.Div("Not analysed yet.", id="analysis"),
    ]
)


@app.callback(
    Output("chart", "figure"),
    Output("log", "children"),
    Input("record", "n_clicks"),
    State("reading", "value"),
    prevent_initial_call=True,
)
def record(n_clicks, reading):
    if reading is None:
        raise PreventUpdate
    # Two Patches: the page appends one point and one list item to what it already shows.
    figure, log = Patch(), Patch()
    figure["data"][0]["y"].append(reading)
    log.append(html.Li(f"Reading {n_clicks}: {reading}"))
    return figure, log


@app.callback(
    Output("chart", "figure", allow_duplicate=True),
    Output("log", "children", allow_duplicate=True),
    Input("clear", "n_clicks"),
    prevent_initial_call=True,
)
def clear(n_clicks):
    figure, log = Patch(), Patch()
    figure["data"][0]["y"].clear()
    log.clear()
    return figure, log


@app.callback(
    Output("analysis", "children"),
    Input("analyse", "n_clicks"),
    State("chart", "figure"),
    running=[(Output("analyse", "disabled"), True, False), (Output("status", "children"), "Analysing...", "")],
    prevent_initial_call=True,
)
def analyse(n_clicks, figure):
    time.sleep(0.3)  # stands for a slow computation, so the running= values can be seen
    readings = figure["data"][0]["y"]  # a State reads the whole figure, Patches included
    if not readings:
        return "No readings to analyse."
    return f"{len(readings)} readings, mean {statistics.mean(readings):.1f}, highest {max(readings):g}."


if __name__ == "__main__":
    app.run(debug=True)
