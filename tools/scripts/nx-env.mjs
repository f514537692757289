// Environment for running Nx from the npm scripts: no daemon, no cloud, no telemetry.
export const nxEnv = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
