from learndash import Dash, html

app = Dash(__name__)
while True:
    pass
