"""One conformance suite for every harness: scenarios as data, run by `runner.run_scenario`."""
