"""Mistake (R5): reassigns the global table, so later days come out empty.

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


@app.callback(Output("tips-graph", "figure"), Output("average-tip", "children"), Input("day-dropdown", "value"))
def show_day(day):
    global tips
    tips = tips[tips["day"] == day]
    return px.scatter(tips, x="total_bill", y="tip"), f"Average tip on {day}: ${tips['tip'].mean():.2f}"
