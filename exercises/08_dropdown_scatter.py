"""Exercise 08: tips by day (chapter 8, a dropdown filters a scatter).

`tips` (from plotly's bundled data) has one row per restaurant bill: total_bill, tip, day, ...

- R1: Layout: a `dcc.Dropdown` id "day-dropdown" offering the days "Thur", "Fri", "Sat", "Sun"
  (value "Sun"), a `dcc.Graph` id "tips-graph", and an `html.Div` id "average-tip".
- R2: A callback from the dropdown's value to the graph's figure: a scatter of that day's bills
  only, x = "total_bill", y = "tip".
- R3: The same callback writes "Average tip on Sun: $3.26" to "average-tip" (the mean tip of that
  day, two decimals).
- R4: Let the callback draw the first figure when the page loads: put no figure in the layout.
- R5: Filter into a new variable; never change `tips` itself.

Check your work with `learndash check 08`.
"""
import plotly.express as px

from learndash import Dash, Input, Output, dcc, html

tips = px.data.tips()
DAYS = ["Thur", "Fri", "Sat", "Sun"]

app = Dash(__name__)

app.layout = html.Div(
    [
        # TODO: the dropdown
        dcc.Graph(id="tips-graph", figure=px.scatter(tips, x="total_bill", y="tip")),  # TODO: drawn by the callback
        html.Div(id="average-tip"),
    ]
)

# TODO: the callback


if __name__ == "__main__":
    app.run(debug=True)
