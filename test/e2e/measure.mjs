// Page measurements shared by the end-to-end tests and `npm run bench`.

/** Cumulative layout shift recorded since navigation, excluding shifts caused by input. */
export async function cumulativeLayoutShift(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        // Buffered entries arrive in the first callback; two frames later everything is in.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
      }),
  );
}
