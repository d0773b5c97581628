"""Mistake (R2): listens to the dropdown's options instead of its value, so nothing follows the choice.

feedback: day-dropdown.value as an Input
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


@app.callback(Output("tips-graph", "figure"), Output("average-tip", "children"), Input("day-dropdown", "options"))
def show_day(options):
    day = "Sun"
    bills = tips[tips["day"] == day]
    return px.scatter(bills, x="total_bill", y="tip"), f"Average tip on {day}: ${bills['tip'].mean():.2f}"
