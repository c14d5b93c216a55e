import ArgumentParser
import ChronicleCore
import Foundation

extension Chronicle.Eval {
    /// `chronicle eval times`: scores against JSON Lines gold (`{"text","value","mod"}` in order).
    struct EvalTimes: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "times",
            abstract: "Score temporal expressions against JSON Lines gold (text and value in order of appearance).",
            discussion: """
                Either one article with --gold and --date, or directories laid out like \
                ../shared/eval/dev (each folder: article.txt, meta.json with "date", \
                timex.gold.jsonl). An expression counts when its extent overlaps the gold one and \
                its value is equal; gold texts are placed in the article in order.

                  $ chronicle eval times --gold g01/timex.gold.jsonl --date 2009-06-02 g01/article.txt
                  $ chronicle eval times ../shared/eval/dev --verbose
                """)

        @Argument(help: "An article (with --gold and --date), or directories of gold folders.")
        var inputs: [String]

        @Option(help: "Gold JSON Lines for a single article.")
        var gold: String?

        @Option(help: "Publication date of the single article (YYYY-MM-DD).")
        var date: String?

        @Flag(help: "List misses and false positives.")
        var verbose = false

        func run() async throws {
            var cases: [(name: String, article: String, gold: String, date: CalendarDay?)] = []
            if let gold {
                guard inputs.count == 1 else { throw CLIError("--gold takes exactly one article") }
                cases.append((inputs[0], inputs[0], gold, date.flatMap { CalendarDay(iso: $0) }))
            } else {
                let fm = FileManager.default
                for input in inputs {
                    var folders: [String] = []
                    if fm.fileExists(atPath: (input as NSString).appendingPathComponent("timex.gold.jsonl")) {
                        folders = [input]
                    } else {
                        let names = (try? fm.contentsOfDirectory(atPath: input))?.sorted() ?? []
                        folders = names.map { (input as NSString).appendingPathComponent($0) }
                            .filter { fm.fileExists(atPath: ($0 as NSString).appendingPathComponent("timex.gold.jsonl")) }
                        if folders.isEmpty { throw CLIError("\(input): no folders with timex.gold.jsonl") }
                    }
                    for folder in folders {
                        cases.append(((folder as NSString).lastPathComponent, (folder as NSString).appendingPathComponent("article.txt"),
                                      (folder as NSString).appendingPathComponent("timex.gold.jsonl"),
                                      EvaluationMeta.load(folder: folder).date))
                    }
                }
            }
            var total = TimexScore()
            for c in cases {
                guard let text = try? String(contentsOfFile: c.article, encoding: .utf8) else { throw CLIError("\(c.article): cannot be read") }
                guard let goldText = try? String(contentsOfFile: c.gold, encoding: .utf8) else { throw CLIError("\(c.gold): cannot be read") }
                var entries: [(text: String, value: String)] = []
                for (n, line) in goldText.split(whereSeparator: \.isNewline).enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                    guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                          let t = object["text"] as? String, let v = object["value"] as? String else {
                        throw CLIError("\(c.gold):\(n + 1): expected {\"text\", \"value\"}")
                    }
                    entries.append((t, v))
                }
                let golds = TimexScore.align(texts: entries, in: text)
                let found = TemporalTagger.shared.annotate(text: text, publicationDate: c.date)
                var score = TimexScore()
                score.add(gold: golds, system: found)
                if verbose {
                    for d in score.differences {
                        print("\(c.name)\t\(d.kind)\t\(d.text)\t\(d.expected ?? "-")\t\(d.found ?? "-")")
                    }
                }
                total.merge(score)
            }
            let f = EvalReport.f
            print("documents \(cases.count), gold \(total.gold), system \(total.system), correct \(total.valueCorrect)")
            print("value  P \(f(total.valuePrecision))  R \(f(total.valueRecall))  F1 \(f(total.valueF1))")
            print("extent (overlap)  P \(f(total.relaxedPrecision))  R \(f(total.relaxedRecall))  F1 \(f(total.relaxedF1))")
        }
    }
}
