"""Mistake (R5): adds a tip-rate column to the global table inside the callback (the graph still looks right).

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
    tips["rate"] = tips["tip"] / tips["total_bill"]
    bills = tips[tips["day"] == day]
    fig = px.scatter(bills, x="total_bill", y="tip", hover_data=["rate"])
    return fig, f"Average tip on {day}: ${bills['tip'].mean():.2f}"
