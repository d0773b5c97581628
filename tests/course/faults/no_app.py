from learndash import Dash, html

application = Dash(__name__)
application.layout = html.Div()
