"""Mistake (R3): averages the tips of the whole table, so every day reads "$3.00".

feedback: every day
"""
import plotly.express as px
from learndash import Dash, Input, Output, dcc, html

tips = px.data.tips()
DAYS = ["Thur", "Fri", "Sat", "Sun"]
app = Dash(__name__)
app.layout = html.Div([dcc.Dropdown(id="day-dropdown", options=DAYS, value="Sun"), dcc.Graph(id="tips-graph"), html.Div(id="average-tip")])


@app.callback(Output("tips-graph", "figure"), Output("average-tip", "children"), Input("day-dropdown", "value"))
def show(day):
    day_tips = tips[tips.day == day]
    return px.scatter(day_tips, x="total_bill", y="tip"), f"Average tip on {day}: ${tips.tip.mean():.2f}"
