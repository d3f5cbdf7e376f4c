// Stands in for the `server-only` package under Vitest: the real one throws outside a React Server
// Components build, and the modules it guards are exactly the ones the integration tests exercise.
export {};
