/** The exit codes, stable for CI: 0 clean, 1 findings at or above --fail-on, 2 bad input or usage. */
export const EXIT = { ok: 0, findings: 1, badInput: 2 } as const;
