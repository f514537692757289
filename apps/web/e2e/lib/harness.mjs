// A very small test harness: named checks, timed steps, one summary. No test runner needed.
export class CheckFailed extends Error {}

export function createHarness() {
  const results = [];
  const timings = [];
  let passed = 0;

  function check(condition, message) {
    if (!condition) throw new CheckFailed(message);
    passed += 1;
  }

  /** Runs one named test; a failure is recorded and the run goes on with the next test. */
  async function test(name, fn) {
    const started = Date.now();
    try {
      await fn();
      results.push({ name, ok: true, ms: Date.now() - started });
    } catch (error) {
      const message = error instanceof CheckFailed ? error.message : (error?.stack ?? String(error));
      results.push({ name, ok: false, ms: Date.now() - started, message });
    }
  }

  function time(label, ms) {
    timings.push({ label, ms });
  }

  return { check, test, time, results, timings, passedChecks: () => passed };
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
