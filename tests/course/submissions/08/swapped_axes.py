"""Mistake (R2): x and y swapped (tip against total_bill).

feedback: swapped
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


@app.callback(Output("tips-graph", "figure"), Output("average-tip", "children"), Input("day-dropdown", "value"))
def show_day(day):
    bills = tips[tips["day"] == day]
    return px.scatter(bills, x="tip", y="total_bill"), f"Average tip on {day}: ${bills['tip'].mean():.2f}"
