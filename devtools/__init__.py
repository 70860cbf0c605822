"""Development and test tooling: demo content and seeding, factories, benchmarks, the load test and
the scale builder. It depends on every app and no app imports it; only the dev and test settings
install it, so production has none of its commands.

Each app's part lives in `devtools.<app label>`: a module `demo` (`seed(stdout=...)` and
`DEMO_LOGINS`) and a module `bench` (`cases()`, optionally `figures()`), found by name with
`devtools.modules.dev_modules`."""
