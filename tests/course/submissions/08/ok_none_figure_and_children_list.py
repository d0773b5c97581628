"""Correct, written differently: figure=None in the layout, the average as pieces with a bold amount, two callbacks."""
import plotly.express as px
import plotly.graph_objects as go

from learndash import Dash, Input, Output, dcc, html

tips = px.data.tips()

app = Dash(__name__)

app.layout = html.Div(
    [
        dcc.Dropdown(id="day-dropdown", options=tips["day"].unique(), value="Sun"),
        dcc.Graph(id="tips-graph", figure=None),
        html.Div(id="average-tip"),
    ]
)


@app.callback(Output("tips-graph", "figure"), Input("day-dropdown", "value"))
def draw(day):
    rows = tips[tips["day"].eq(day)]
    return go.Figure(go.Scatter(x=rows["total_bill"], y=rows["tip"], mode="markers"))


@app.callback(Output("average-tip", "children"), Input("day-dropdown", "value"))
def average(day):
    mean = tips.groupby("day")["tip"].mean()[day]
    return ["Average tip on ", day, ": ", html.B(f"${mean:.2f}")]
