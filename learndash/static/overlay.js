/**
 * The debug error overlay (rules V-7, O-8): a panel listing callback and validation errors, newest
 * first, shown only when config.ui (debug) is on. It never blocks the app: it sits in a corner and
 * can be collapsed. Text is always set with textContent, never parsed as HTML.
 */

/**
 * The list of errors a page has seen, and (when enabled) the panel that shows them.
 */
export class ErrorOverlay {
  /**
   * @param {boolean} enabled show the panel (debug mode); errors are recorded either way
   */
  constructor(enabled) {
    this.enabled = enabled;
    /** @type {Array<{title: string, message: string, traceback: string}>} newest first */
    this.errors = [];
    this.panel = null;
  }

  /**
   * Record an error and show it.
   * @param {{title: string, message: string, traceback: (string|undefined)}} error
   */
  add({ title, message, traceback = "" }) {
    this.errors.unshift({ title, message, traceback });
    if (this.enabled) {
      this.show();
    }
  }

  show() {
    if (!this.panel) {
      this.panel = document.createElement("aside");
      this.panel.className = "learndash-overlay";
      this.panel.setAttribute("role", "alert");
      document.body.appendChild(this.panel);
    }
    this.panel.replaceChildren(this.header(), ...this.errors.map((error) => this.entry(error)));
  }

  header() {
    const header = document.createElement("div");
    header.className = "learndash-overlay-header";
    const count = document.createElement("span");
    count.textContent = `${this.errors.length} error${this.errors.length === 1 ? "" : "s"}`;
    const toggle = document.createElement("button");
    toggle.type = "button";
    toggle.textContent = "hide";
    toggle.addEventListener("click", () => {
      const hidden = this.panel.classList.toggle("learndash-overlay-collapsed");
      toggle.textContent = hidden ? "show" : "hide";
    });
    header.append(count, toggle);
    return header;
  }

  entry({ title, message, traceback }) {
    const entry = document.createElement("section");
    entry.className = "learndash-overlay-error";
    const heading = document.createElement("h3");
    heading.textContent = title;
    const body = document.createElement("pre");
    body.textContent = traceback ? message + "\n\n" + traceback : message;
    entry.append(heading, body);
    return entry;
  }
}
