"""Grader for exercise 10: pages chosen by dcc.Location, callbacks for components that come and go."""
from __future__ import annotations

from typing import Any

from learndash.grading.checks import check
from learndash.grading.evidence import Mistake
from learndash.grading.trial import Trial

EXERCISE = "10"
TITLE = "A two-page converter (multi-page apps)"
FILE = "10_multi_page.py"
WEIGHTS = ("Chapter 10 teaches pages built by a callback from the URL, and callbacks for components that come and "
           "go: the converter that works once its page appears (R5, 3) weighs most; each page (R2, R3, R4) and "
           "loading without errors (R6) 2; the layout 1.")


def links_in(node: Any) -> list[str]:
    """The hrefs of every dcc.Link inside a component tree (as the page stores it)."""
    if isinstance(node, list):
        return [href for child in node for href in links_in(child)]
    if not isinstance(node, dict) or "props" not in node:
        return []
    found = [node["props"].get("href")] if node.get("type") == "Link" and node.get("namespace") == "dash_core_components" else []
    return found + links_in(node["props"].get("children"))


@check(weight=1, parts=2, covers=("R1",))
def layout_has_the_components(t: Trial) -> None:
    """The first layout has the location "url" and the div "page-content"."""
    app = t.start()
    t.expect_component(app, "url")
    t.expect_component(app, "page-content")


@check(weight=2, covers=("R6",))
def page_loads_without_errors(t: Trial) -> None:
    """The page loads without "ID not found in layout" errors."""
    app = t.start()
    t.require(bool(app.callbacks_writing_to("km")),  # a wrong property is R5's mistake, not this one's
              'There is no callback writing Output("km", "children") yet, so there is nothing to load without errors.')
    errors = app.errors_of_last_action()
    t.expect(
        not errors,
        what="errors shown when the page loads",
        expected="no errors",
        actual="\n".join(f"{error.title}: {error.message}" for error in errors),
        hint="Components created by a callback are not in the first layout: "
        "app = Dash(__name__, suppress_callback_exceptions=True).",
    )


@check(weight=2, parts=3, covers=("R2",))
def home_page_at_root(t: Trial) -> None:
    """"/" shows the home page with its title and a dcc.Link to the converter."""
    app = t.start()
    app.go_to("/")
    if t.expect_component(app, "home-title", hint='For "/" return html.H1("Home", id="home-title") (inside the page).'):
        t.expect_text(app, "home-title", "Home", hint='html.H1("Home", id="home-title")')
    links = links_in(app.harness.page.layout)  # the whole page: a nav bar of the first layout shows on "/" too
    t.expect("/converter" in links, what='a dcc.Link to "/converter" on the home page', expected='dcc.Link(..., href="/converter")',
             actual=f"links to {links}" if links else "no dcc.Link",
             hint='dcc.Link("Converter", href="/converter") changes the page without reloading it (an html.A would reload).')


@check(weight=2, parts=4, covers=("R3",))
def converter_page(t: Trial) -> None:
    """"/converter" shows the number box "miles" (value 1) and the km div."""
    app = t.start()
    app.go_to("/converter")
    hint = 'For pathname == "/converter" return a page holding dcc.Input(id="miles", type="number", value=1) and html.Div(id="km").'
    if t.expect_component(app, "miles", hint=hint):
        t.expect_prop(app, "miles", "value", 1, hint="value=1")
        t.expect_prop(app, "miles", "type", "number", hint='type="number" hands the callback a number.')
    else:
        t.expect(False, what="the miles box's value and type", expected="1, number", actual="no miles box", hint=hint)
    t.expect_component(app, "km", hint=hint)


@check(weight=3, parts=4, covers=("R5",))
def miles_are_converted(t: Trial) -> None:
    """The converter turns miles into kilometres, two decimals (0 miles is "0.00 km"), and clears for an empty box."""
    app = t.start()
    app.go_to("/converter")
    t.require(app.has_component("miles"), 'The page "/converter" has no "miles" box, so the conversion cannot be checked.')
    hint = 'f"{miles * 1.609344:.2f} km"'
    # 0 first: the box already holds 1, and setting it to 1 again would run nothing.
    app.set_props("miles", {"value": 0})
    t.expect_prop(app, "km", "children", "0.00 km", hint=hint, mistakes=[
        Mistake("0 miles were taken for an empty box", shows="",
                fix='0 is a number: test `if miles is None:` for the empty box, not `if not miles:`.'),
        Mistake("the number had fewer than two decimals", shows="0.0 km",
                fix='round(km, 2) drops trailing zeros; format with two decimals: f"{km:.2f} km".')])
    app.set_props("miles", {"value": 1})
    t.expect_prop(app, "km", "children", "1.61 km", hint=hint)
    app.set_props("miles", {"value": 62.1})  # 99.94 km: 1.609 or 1.61 for the factor would show 99.92 or 99.98
    t.expect_prop(app, "km", "children", "99.94 km", hint=hint, mistakes=[
        Mistake("the factor was rounded", shows=lambda text: text in ("99.92 km", "99.98 km"),
                fix="A mile is 1.609344 km: a rounded factor (1.609 or 1.61) is off by a few hundredths on longer "
                "distances. Use miles * 1.609344.")])
    app.set_props("miles", {"value": None})
    t.expect_prop(app, "km", "children", "", hint='Return "" when the box is empty (miles is None).')


@check(weight=2, parts=6, covers=("R4",))
def unknown_path_is_not_found(t: Trial) -> None:
    """Any other path shows the 404 message naming that path as it is: the task's "/nowhere", one it does
    not name (with a capital, which a path keeps), and one that only begins like the converter's."""
    app = t.start()
    for path in ("/nowhere", "/About/team", "/converter/old"):
        app.go_to(path)
        only_begins = ' Compare the whole path, pathname == "/converter": "/converter/old" is not the converter.'
        if t.expect_component(app, "not-found", hint='Return html.Div(f"404: {pathname} was not found", id="not-found") '
                              "for every path that is not a page." + (only_begins if path.startswith("/converter") else "")):
            t.expect_text(app, "not-found", f"404: {path} was not found",
                          hint='The text is f"404: {pathname} was not found", word for word, with the path the url holds.')
        else:
            t.expect(False, what=f"the 404 text for {path}", expected=repr(f"404: {path} was not found"),
                     actual="no not-found div", hint='Return html.Div(f"404: {pathname} was not found", id="not-found").')


@check(weight=1, covers=("R5",))
def pages_can_be_revisited(t: Trial) -> None:
    """Going home and back to the converter works again.

    The second visit is compared with the first: a wrong conversion ("1.60 km") is the converter
    check's mistake, and shows the same on both visits.
    """
    app = t.start()
    app.go_to("/converter")
    first_visit = app.text("km") if app.has_component("km") else ""
    # A box with no first value shows no km on either visit: that is the converter page's mistake (R3).
    no_first_miles = app.has_component("miles") and app.get_prop("miles", "value") is None
    for path in ("/", "/converter"):
        app.go_to(path)
    t.expect_prop(app, "km", "children", first_visit or ("" if no_first_miles else "1.61 km"), read=lambda _: app.text("km"),
                  what="km.children on the second visit (as on the first)",
                  hint="Build each page fresh in the page callback (a function or a fresh layout)." if first_visit else
                  "The converter opens with 1 mile in the box, so km shows its conversion at once: the km callback runs "
                  "when the page's components arrive (no prevent_initial_call on it).")
