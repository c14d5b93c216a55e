import ChronicleCore

// Dispatch on the first argument; each benchmark lives in its own file.
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "serve-data":
    await ServeBenchmark.run(Array(arguments.dropFirst()))
default:
    print("""
        usage: chronicle-bench <benchmark> [options]
          serve-data [--events N] [--db PATH]   a SQLite store of synthetic events for scripts/bench-serve.sh
        """)
}
