// chronicle-bench: throughput figures (not tests). Each mode is one case of this switch;
// add yours with a file of its own beside this one.
//
//   swift build -c release --product chronicle-bench
//   .build/release/chronicle-bench text [--demo DIR] [--megabytes N]

let arguments = Array(CommandLine.arguments.dropFirst(2))
switch CommandLine.arguments.dropFirst().first {
case "text":
    TextBenchmark.main(arguments)
case "store":
    await StoreBenchmark.run(arguments)
case "serve-data":
    await ServeBenchmark.run(arguments)
default:
    print("""
        usage: chronicle-bench MODE [options]

        modes:
          text    normalization, tokenization and sentence splitting over a corpus of at least
                  50 MB built from demo/ (options: --demo DIR, --megabytes N, --runs N)
          store   ingest rate into SQLite and PostgreSQL, timeline/trend/balance latency over
                  synthetic merged events (options: --events N, --documents N, --postgres URL)
          serve-data  a SQLite store of synthetic events for scripts/bench-serve.sh
                  (options: --events N, --db PATH)
        """)
}
