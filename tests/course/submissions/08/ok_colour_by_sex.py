"""Correct, written differently: the scatter is coloured by sex (two traces), Outputs listed average first."""
import plotly.express as px

from learndash import Dash, Input, Output, dcc, html

tips = px.data.tips()

app = Dash(__name__)

app.layout = html.Div(
    [
        html.H1("Tips by day"),
        dcc.Dropdown(id="day-dropdown", options=[{"label": d, "value": d} for d in ["Thur", "Fri", "Sat", "Sun"]], value="Sun"),
        html.Div(id="average-tip"),
        dcc.Graph(id="tips-graph", figure={}),
    ]
)


@app.callback(
    Output("average-tip", "children"),
    Output("tips-graph", "figure"),
    Input("day-dropdown", "value"),
)
def update(day):
    day_tips = tips.loc[tips.day == day]
    average = round(day_tips.tip.mean(), 2)
    return f"Average tip on {day}: ${average}", px.scatter(day_tips, x="total_bill", y="tip", color="sex")
