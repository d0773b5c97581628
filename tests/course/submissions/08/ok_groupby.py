"""Correct, written differently: groups precomputed once, two callbacks, dict options, go.Scatter."""
import plotly.express as px
import plotly.graph_objects as go

from learndash import Dash, Input, Output, dcc, html

by_day = {day: rows for day, rows in px.data.tips().groupby("day")}

app = Dash(__name__)
app.layout = html.Div([
    html.H2("Tips"),
    html.Div([dcc.Dropdown(options=[{"label": d, "value": d} for d in ("Thur", "Fri", "Sat", "Sun")], value="Sun",
                           id="day-dropdown")]),
    html.P(id="average-tip"),
    dcc.Graph(id="tips-graph"),
])


@app.callback(Output("tips-graph", "figure"), Input("day-dropdown", "value"))
def plot(chosen_day):
    rows = by_day[chosen_day]
    return go.Figure(data=[go.Scatter(x=rows.total_bill, y=rows.tip, mode="markers")])


@app.callback(Output("average-tip", "children"), Input("day-dropdown", "value"))
def average(chosen_day):
    return "Average tip on %s: $%.2f" % (chosen_day, by_day[chosen_day].tip.mean())
