import ArgumentParser
import ChronicleCore
import Foundation

extension Chronicle.Eval {
    /// `chronicle eval timeml DIR…`: TempEval-3 style scores against gold TimeML.
    struct EvalTimeML: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "timeml",
            abstract: "Score temporal expressions against gold TimeML (.tml) files.",
            discussion: """
                Tags the <TEXT> of every .tml file (anchored on its <DCT>) and compares with its \
                gold TIMEX3 tags: strict and relaxed extent precision/recall/F1, type accuracy \
                over relaxed matches, and value F1 (a value counts on a relaxed extent match).

                  $ chronicle eval timeml ../shared/eval/timeml/timebank ../shared/eval/timeml/aquaint
                """)

        @Argument(help: "Directories or .tml files.")
        var inputs: [String]

        @Flag(help: "List misses and false positives.")
        var verbose = false

        @Flag(help: "List every error (miss, wrong value, false positive) with its document, creation date and the text around it, one tab-separated line each.")
        var errors = false

        func run() async throws {
            let files = try TimeInputs.timemlFiles(inputs)
            guard !files.isEmpty else { throw CLIError("\(inputs.joined(separator: " ")): no .tml files") }
            var total = TimexScore()
            for file in files {
                let doc = try TimeInputs.readTimeML(file)
                // TimeML tags the two ends of a range separately
                let found = TemporalTagger.shared.annotate(text: doc.text, publicationDate: doc.creationDate)
                    .flatMap { $0.parts.isEmpty ? [$0] : $0.parts }
                var score = TimexScore()
                score.add(gold: doc.timexes.map { .init(start: $0.start, end: $0.end, text: $0.text, type: $0.type, value: $0.value) },
                          system: found)
                if verbose || errors {
                    let scalars = errors ? Array(doc.text.unicodeScalars) : []
                    for d in score.differences {
                        var line = "\((file as NSString).lastPathComponent)\t\(d.kind)\t\(d.text)\t\(d.expected ?? "-")\t\(d.found ?? "-")"
                        if errors {
                            line += "\t\(doc.creationDate?.description ?? "-")\t" + Self.context(scalars, d.start, d.end)
                        }
                        print(line)
                    }
                }
                total.merge(score)
            }
            print(EvalReport.timeml(total, documents: files.count))
        }

        /// Sixty characters either side of an expression, which is marked `[[...]]`, on one line.
        static func context(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
            guard start >= 0, end <= scalars.count, start <= end else { return "-" }
            func piece(_ r: Range<Int>) -> String {
                var s = String.UnicodeScalarView()
                for c in scalars[r] { s.append(c == "\n" || c == "\t" ? " " : c) }
                return String(s)
            }
            return piece(max(0, start - 60)..<start) + "[[" + piece(start..<end) + "]]" + piece(end..<min(scalars.count, end + 60))
        }
    }
}

/// Text of the score summaries.
enum EvalReport {
    static func f(_ x: Double) -> String { String(format: "%.3f", x) }

    static func timeml(_ s: TimexScore, documents: Int) -> String {
        """
        documents \(documents), gold \(s.gold), system \(s.system)
        strict extent   P \(f(s.strictPrecision))  R \(f(s.strictRecall))  F1 \(f(s.strictF1))
        relaxed extent  P \(f(s.relaxedPrecision))  R \(f(s.relaxedRecall))  F1 \(f(s.relaxedF1))
        type accuracy   \(f(s.typeAccuracy))  (type F1 \(f(s.typeAccuracy * s.relaxedF1)))
        value           P \(f(s.valuePrecision))  R \(f(s.valueRecall))  F1 \(f(s.valueF1))
        """
    }
}
