"""Mistake (R3): averages the bills instead of the tips.

feedback: bills['tip'].mean()
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
    bills = tips[tips["day"] == day]
    figure = px.scatter(bills, x="total_bill", y="tip", title=f"Tips on {day}")
    return figure, f"Average tip on {day}: ${bills['total_bill'].mean():.2f}"

