// Clientside functions for the C-10 conformance scenarios (tests/conformance/clientside.py).
window.dash_clientside = Object.assign({}, window.dash_clientside, {
  shop: {
    // Multi-output: the total at 3 a piece, and a warning only when the total is over the budget (else no_update).
    price: function (quantity, budget) {
      var total = (quantity || 0) * 3;
      return [total, total > budget ? "over budget" : window.dash_clientside.no_update];
    },
    // A Promise: the value arrives after an await, as an async function's would.
    slowEcho: async function (value) {
      await Promise.resolve();
      return "echo: " + value;
    },
  },
});
