"""Correct: options in the data's order (tips.day.unique(), no list of days), coloured by time, the average rounded with round() (every day has two decimals)."""
import plotly.express as px
from learndash import Dash, Input, Output, dcc, html

tips = px.data.tips()

app = Dash(__name__)
app.layout = html.Div([
    html.H1("Tips"),
    dcc.Dropdown(id="day-dropdown", options=tips["day"].unique(), value="Sun"),
    dcc.Graph(id="tips-graph"),
    html.Div(id="average-tip"),
])


@app.callback(Output("tips-graph", "figure"), Output("average-tip", "children"), Input("day-dropdown", "value"))
def show(day):
    selected = tips.loc[tips["day"] == day]
    fig = px.scatter(selected, x="total_bill", y="tip", trendline=None, color="time")
    fig.update_traces(marker_size=9)
    avg = round(selected.tip.mean(), 2)
    return fig, f"Average tip on {day}: ${avg}"
