/**
 * Settings of every database session the API opens, on a real server (startup options of the
 * pool's connections) and on the embedded database (set once on PGlite's one session).
 */
export const SESSION_SETTINGS: Readonly<Record<string, string>> = {
  // The analytics queries' row estimates are rough (unnested metric lists): PostgreSQL then
  // spends a second JIT-compiling a query that runs in milliseconds.
  jit: 'off',
  // Prepared statements (statements.ts) are planned for each execution's parameters: with their
  // catch-all filters (`$8 IS NULL OR …`) the generic plan PostgreSQL switches to after five runs
  // took 2.8 s where a plan for the parameters takes 90 ms (national compare).
  plan_cache_mode: 'force_custom_plan',
  // Random reads cost about what sequential ones do when the data is cached or on SSD (1.1
  // instead of 4, which assumes spinning disks): the findings of a province and year are then
  // found from its issuers, a probe each (10 ms), not by reading every report of the year (39 ms
  // at 200,000 reports).
  random_page_cost: '1.1',
};
