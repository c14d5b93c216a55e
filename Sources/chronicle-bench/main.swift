import ChronicleCore

// Dispatch on the first argument; each benchmark lives in its own file.
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "store":
    await StoreBenchmark.run(Array(arguments.dropFirst()))
default:
    print("""
        usage: chronicle-bench <benchmark> [options]
          store [--events N] [--documents N] [--postgres URL]   ingest rate and query latency of the stores
        """)
}
