"""Correct, written differently: dict options with long labels, query(), a labelled layout.
"""
import plotly.express as px

from learndash import Dash, Input, Output, dcc, html

tips = px.data.tips()
DAYS = ["Thur", "Fri", "Sat", "Sun"]

app = Dash(__name__)

app.layout = html.Div(
    [
        html.Label("Day"),
        dcc.Dropdown(id="day-dropdown", options=[{"label": {"Thur": "Thursday", "Fri": "Friday", "Sat": "Saturday", "Sun": "Sunday"}[d], "value": d} for d in DAYS], value="Sun"),
        dcc.Graph(id="tips-graph"),
        html.Div(id="average-tip"),
    ]
)


@app.callback(
    Output("tips-graph", "figure"),
    Output("average-tip", "children"),
    Input("day-dropdown", "value"),
)
def show_day(day):
    bills = tips.query("day == @day")
    figure = px.scatter(bills, x="total_bill", y="tip", title=f"Tips on {day}")
    return figure, f"Average tip on {day}: ${bills['tip'].mean():.2f}"

