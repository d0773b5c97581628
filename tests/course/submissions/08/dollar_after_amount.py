"""Mistake (R3): the average text says "Average tip on Sun: 3.26$" (the dollar sign after the number).

feedback: Average tip on Sun: $3.26
"""
import plotly.express as px

from learndash import Dash, Input, Output, dcc, html

tips = px.data.tips()

app = Dash(__name__)

app.layout = html.Div(
    [
        dcc.Dropdown(id="day-dropdown", options=["Thur", "Fri", "Sat", "Sun"], value="Sun"),
        dcc.Graph(id="tips-graph"),
        html.Div(id="average-tip"),
    ]
)


@app.callback(
    Output("tips-graph", "figure"),
    Output("average-tip", "children"),
    Input("day-dropdown", "value"),
)
def update(day):
    bills = tips[tips["day"] == day]
    return px.scatter(bills, x="total_bill", y="tip"), f"Average tip on {day}: {bills['tip'].mean():.2f}$"
