"""Grader for exercise 10: pages chosen by dcc.Location, callbacks for components that come and go."""
from __future__ import annotations

from learndash.grading.checks import check
from learndash.grading.trial import Trial

EXERCISE = "10"
TITLE = "A two-page converter (multi-page apps)"
FILE = "10_multi_page.py"


@check(weight=1, parts=2)
def layout_has_the_components(t: Trial) -> None:
    """The first layout has the location "url" and the div "page-content"."""
    app = t.start()
    t.expect_component(app, "url")
    t.expect_component(app, "page-content")


@check(weight=2, depends_on="layout_has_the_components")
def page_loads_without_errors(t: Trial) -> None:
    """The page loads without "ID not found in layout" errors."""
    app = t.start()
    errors = app.errors_of_last_action()
    t.expect(
        not errors,
        what="errors shown when the page loads",
        expected="no errors",
        actual="\n".join(f"{error.title}: {error.message}" for error in errors),
        hint="Components created by a callback are not in the first layout: "
        "app = Dash(__name__, suppress_callback_exceptions=True).",
    )


@check(weight=2, depends_on="layout_has_the_components", parts=2)
def home_page_at_root(t: Trial) -> None:
    """"/" shows the home page with its title."""
    app = t.start()
    app.set_props("url", {"pathname": "/"})
    if t.expect_component(app, "home-title", hint='For "/" return html.H1("Home", id="home-title") (inside the page).'):
        t.expect_prop(app, "home-title", "children", "Home")


@check(weight=2, depends_on="layout_has_the_components", parts=2)
def converter_page(t: Trial) -> None:
    """"/converter" shows the miles box and the km div."""
    app = t.start()
    app.set_props("url", {"pathname": "/converter"})
    hint = 'For pathname == "/converter" return a page holding dcc.Input(id="miles", ...) and html.Div(id="km").'
    t.expect_component(app, "miles", hint=hint)
    t.expect_component(app, "km", hint=hint)


@check(weight=3, depends_on="converter_page", parts=3)
def miles_are_converted(t: Trial) -> None:
    """The converter turns miles into kilometres, two decimals."""
    app = t.start()
    app.set_props("url", {"pathname": "/converter"})
    hint = 'f"{miles * 1.609344:.2f} km", and "" when the box is empty.'
    t.expect_prop(app, "km", "children", "1.61 km", hint="The callback runs when the converter page appears: " + hint)
    app.set_props("miles", {"value": 26.2})
    t.expect_prop(app, "km", "children", "42.16 km", hint=hint)
    app.set_props("miles", {"value": None})
    t.expect_prop(app, "km", "children", "", hint=hint)


@check(weight=2, depends_on="layout_has_the_components", parts=2)
def unknown_path_is_not_found(t: Trial) -> None:
    """Any other path shows the 404 message."""
    app = t.start()
    app.set_props("url", {"pathname": "/nowhere"})
    if t.expect_component(app, "not-found", hint='Return html.Div(f"404: {pathname} was not found", id="not-found").'):
        t.expect_prop(app, "not-found", "children", "404: /nowhere was not found")


@check(weight=1, depends_on="miles_are_converted")
def pages_can_be_revisited(t: Trial) -> None:
    """Going home and back to the converter works again."""
    app = t.start()
    for path in ("/converter", "/", "/converter"):
        app.set_props("url", {"pathname": path})
    t.expect_prop(app, "km", "children", "1.61 km", hint="Build each page fresh in the page callback (a function or a fresh layout).")
