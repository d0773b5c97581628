from learndash import Dash, html

app = Dash(__name__)
app.layout = html.Div([html.Div(id="greeting")]
