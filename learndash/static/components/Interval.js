/**
 * dcc.Interval (rule K-12): every `interval` ms writes n_intervals + 1 (the first tick gives 1),
 * until disabled or n_intervals reaches max_intervals (-1 means no limit).
 */

/**
 * @param {Object} props
 * @param {Object} api
 * @param {Object} component the live layout object
 */
export function mount(props, api, component) {
  const element = document.createComment("dcc.Interval");
  let timer = null;

  function tick() {
    const live = component.props;
    const count = live.n_intervals || 0;
    const max = live.max_intervals ?? -1;
    if (live.disabled || max === 0 || (max !== -1 && count >= max)) {
      return;
    }
    api.setProps({ n_intervals: count + 1 });
  }

  function update(next, changed) {
    if (timer === null || changed.includes("interval") || changed.includes("disabled")) {
      clearInterval(timer);
      timer = next.disabled ? -1 : setInterval(tick, next.interval ?? 1000);
    }
  }

  update(props, []);
  return { element, update, unmount: () => clearInterval(timer) };
}
