"""Mistake (R5): sorts the global table in place so the scatter's points come in bill order.

feedback: do not reassign or edit
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
    tips.sort_values("total_bill", inplace=True)
    bills = tips[tips["day"] == day]
    return px.scatter(bills, x="total_bill", y="tip"), f"Average tip on {day}: ${bills['tip'].mean():.2f}"
