"""Mistake (R2): a callback per output; the graph's returns [fig], a list, for its single Output.

feedback: not `[fig]`
charged once
"""
import plotly.express as px

import learndash as dash
from learndash import dcc, html
from learndash.dependencies import Input, Output

tips = px.data.tips()

app = dash.Dash(__name__)
app.layout = html.Div([
    dcc.Dropdown(id="day-dropdown", options=[{"label": d, "value": d} for d in ["Thur", "Fri", "Sat", "Sun"]], value="Sun"),
    dcc.Graph(id="tips-graph"),
    html.Div(id="average-tip"),
])


@app.callback(Output("tips-graph", "figure"), [Input("day-dropdown", "value")])
def update_graph(day):
    dff = tips[tips.day == day]
    return [px.scatter(dff, x="total_bill", y="tip")]


@app.callback(Output("average-tip", "children"), [Input("day-dropdown", "value")])
def update_average(day):
    dff = tips[tips.day == day]
    return "Average tip on {}: ${:.2f}".format(day, dff["tip"].mean())
