"""Correct, written differently: the global callback, helper functions, a list of Outputs.
"""
import plotly.express as px

from learndash import Dash, Input, Output, callback, dcc, html

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


def bills_of(day):
    return tips.loc[tips.day == day, ["total_bill", "tip"]]


@callback([Output("tips-graph", "figure"), Output("average-tip", "children")], Input("day-dropdown", "value"))
def chosen(selected):
    rows = bills_of(selected)
    return px.scatter(rows, x="total_bill", y="tip"), "Average tip on %s: $%.2f" % (selected, rows.tip.mean())

