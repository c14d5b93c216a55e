// chronicle-bench: throughput figures (not tests). Each mode is one case of this switch;
// add yours with a file of its own beside this one.
//
//   swift build -c release --product chronicle-bench
//   .build/release/chronicle-bench text [--demo DIR] [--megabytes N]
//   .build/release/chronicle-bench time [MEGABYTES] [--demo DIR]
//   .build/release/chronicle-bench actors [FILE|DIR ...] [--mb N]
//   .build/release/chronicle-bench read [DIR] [--mb N]
//   .build/release/chronicle-bench events [--demo DIR] [--megabytes N]

let arguments = Array(CommandLine.arguments.dropFirst(2))
switch CommandLine.arguments.dropFirst().first {
case "text":
    TextBenchmark.main(arguments)
case "time":
    TimeBenchmark.run(arguments)
case "actors":
    ActorsBenchmark.run(arguments)
case "read":
    ReadBenchmark.run(arguments)
case "events":
    EventBenchmark.main(arguments)
case "syntax":
    SyntaxBenchmark.main(arguments)
case "store":
    await StoreBenchmark.run(arguments)
case "digest":
    await DigestBenchmark.run(arguments)
case "serve-data":
    await ServeBenchmark.run(arguments)
default:
    print("""
        usage: chronicle-bench MODE [options]

        modes:
          text    normalization, tokenization and sentence splitting over a corpus of at least
                  50 MB built from demo/ (options: --demo DIR, --megabytes N, --runs N)
          time    temporal expression recognition and normalization over synthetic news text
                  or the demo articles repeated (options: megabytes, default 20; --demo DIR)
          actors  actor tables load time and memory, then mentions/s and MB/s of the actor
                  resolver (options: FILE|DIR ..., default ../shared/eval/dev; --mb N, default 20)
          read    document readers (text, HTML, JSON Lines, feeds) per format, from memory
                  (options: DIR, default demo; --mb N, default 50)
          events  end-to-end event coding (text → events) over demo/articles repeated to 5 MB
                  (options: --demo DIR, --megabytes N, --runs N)
          digest  building and rendering a digest of one dyad over N events in SQLite
                  (options: --events N, default 10000)
          syntax  tagging and parsing speed, model load time, peak memory (options:
                  --conllu FILE | --demo DIR, --tokens N, --runs N)
          store   ingest rate into SQLite and PostgreSQL, timeline/trend/balance latency over
                  synthetic merged events (options: --events N, --documents N, --postgres URL)
          serve-data  a SQLite store of synthetic events for scripts/bench-serve.sh
                  (options: --events N, --db PATH)
        """)
}
