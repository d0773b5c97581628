"""Mistake (R5): drops the other days from the global table in place.

feedback: do not reassign or edit
charged once
"""
import plotly.express as px

from learndash import Dash, Input, Output, dcc, html

tips = px.data.tips()
DAYS = ["Thur", "Fri", "Sat", "Sun"]

app = Dash(__name__)

app.layout = html.Div(
    [
        dcc.Dropdown(id="day-dropdown", options=DAYS, value="Sun", clearable=False),
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
    tips.drop(tips[tips["day"] != day].index, inplace=True)
    bills = tips
    figure = px.scatter(bills, x="total_bill", y="tip", title=f"Tips on {day}")
    return figure, f"Average tip on {day}: ${bills['tip'].mean():.2f}"

