// chronicle-bench: throughput figures (not tests). Each mode is one case of this switch;
// add yours with a file of its own beside this one.
//
//   swift build -c release --product chronicle-bench
//   .build/release/chronicle-bench text [--demo DIR] [--megabytes N]
//   .build/release/chronicle-bench read [DIR] [--mb N]

let arguments = Array(CommandLine.arguments.dropFirst(2))
switch CommandLine.arguments.dropFirst().first {
case "text":
    TextBenchmark.main(arguments)
case "syntax":
    SyntaxBenchmark.main(arguments)
case "read":
    ReadBenchmark.run(arguments)
default:
    print("""
        usage: chronicle-bench MODE [options]

        modes:
          text    normalization, tokenization and sentence splitting over a corpus of at least
                  50 MB built from demo/ (options: --demo DIR, --megabytes N, --runs N)
          syntax  tagging and parsing speed, model load time, peak memory (options:
                  --conllu FILE | --demo DIR, --tokens N, --runs N)
          read    document readers (text, HTML, JSON Lines, feeds) per format, from memory
                  (options: DIR, default demo; --mb N, default 50)
        """)
}
