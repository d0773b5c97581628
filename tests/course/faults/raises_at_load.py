from learndash import Dash, html

app = Dash(__name__)
names = {"a": 1}
app.layout = html.Div(names["greeting"])
