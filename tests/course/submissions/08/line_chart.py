"""Mistake (R2): draws px.line instead of a scatter, so the day's bills are joined by a zigzag line.

feedback: joined by a line
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


@app.callback(
    Output("tips-graph", "figure"),
    Output("average-tip", "children"),
    Input("day-dropdown", "value"),
)
def show_day(day):
    bills = tips[tips["day"] == day]
    figure = px.line(bills, x="total_bill", y="tip", title=f"Tips on {day}")
    return figure, f"Average tip on {day}: ${bills['tip'].mean():.2f}"


if __name__ == "__main__":
    app.run(debug=True)
