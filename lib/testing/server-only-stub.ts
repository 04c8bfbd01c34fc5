// Stand-in for the `server-only` package when unit tests import server code directly.
export {};
