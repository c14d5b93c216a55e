import Foundation

/// The options of the benchmarks that repeat the demo articles into a corpus (`text`,
/// `events`): `--demo DIR`, `--megabytes N`, `--runs N`, and the corpus they give.
///
/// ```swift
/// let options = CorpusOptions.parse(arguments, demo: "demo/articles", megabytes: 5, runs: 2)
/// let (sources, corpus) = options.corpus()
/// ```
struct CorpusOptions {
    var demo: String
    var megabytes: Int
    var runs: Int

    /// Reads the options over the defaults; an unknown option or a bad number stops the run.
    static func parse(_ arguments: [String], demo: String, megabytes: Int, runs: Int) -> CorpusOptions {
        var options = CorpusOptions(demo: demo, megabytes: megabytes, runs: runs)
        var k = 0
        while k < arguments.count {
            let name = arguments[k]
            guard k + 1 < arguments.count else { TextBenchmark.fail("\(name) needs a value") }
            let value = arguments[k + 1]
            func number() -> Int {
                guard let n = Int(value), n > 0 else { TextBenchmark.fail("\(name): not a positive number: \(value)") }
                return n
            }
            switch name {
            case "--demo": options.demo = value
            case "--megabytes": options.megabytes = number()
            case "--runs": options.runs = number()
            default: TextBenchmark.fail("unknown option \(name)")
            }
            k += 2
        }
        return options
    }

    /// The demo texts, and the corpus of about ``megabytes`` made by repeating them.
    func corpus() -> (sources: [String], corpus: [String]) {
        let sources = TextBenchmark.demoTexts(in: demo)
        guard !sources.isEmpty else { TextBenchmark.fail("\(demo): no text files found (run from the package root or pass --demo DIR)") }
        return (sources, TextBenchmark.repeatCorpus(sources, toMegabytes: megabytes))
    }
}
