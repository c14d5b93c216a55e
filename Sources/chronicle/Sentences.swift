import ArgumentParser
import ChronicleCore
import Foundation

extension Chronicle {
    /// `chronicle sentences`: the text layer's sentences (and tokens) with offsets.
    struct Sentences: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Split documents into sentences, with offsets into the original text.",
            discussion: """
                Offsets are Unicode scalar indices into each document's text, [start, end).
                With --tokens, each record also lists the tokens as [text, start, end] triples.

                  $ chronicle sentences demo/articles/2018-06-12-singapore-summit.txt --format table
                """
        )

        @Argument(help: "Files, directories, or - for standard input.")
        var inputs: [String]

        @Option(help: "Output format: jsonl or table.")
        var format: SentenceFormat = .jsonl

        @Flag(help: "Include tokens in JSON Lines output.")
        var tokens = false

        @Flag(help: "Tokenize by Universal Dependencies conventions (do n't, Japan 's).")
        var ud = false

        func run() async throws {
            let output = OutputStream.standardOutput
            var failed = false
            for input in inputs {
                let text: String
                do {
                    text = try readPlainText(input)
                } catch {
                    failed = true
                    printError("\(input): \(error)")
                    continue
                }
                let segmented = SegmentedText(text, mode: ud ? .universalDependencies : .standard)
                let doc = input == "-" ? "-" : input
                for sentence in segmented.sentences {
                    let range = segmented.scalarRange(sentence)
                    let original = segmented.originalString(sentence)
                    switch format {
                    case .jsonl:
                        var line = "{\"doc\":\(jsonString(doc)),\"index\":\(sentence.index),"
                            + "\"start\":\(range.lowerBound),\"end\":\(range.upperBound),\"text\":\(jsonString(original))"
                        if tokens {
                            let items = sentence.tokens.map { t -> String in
                                let r = segmented.scalarRange(t)
                                return "[\(jsonString(segmented.string(t))),\(r.lowerBound),\(r.upperBound)]"
                            }
                            line += ",\"tokens\":[" + items.joined(separator: ",") + "]"
                        }
                        output.write(line + "}\n")
                    case .table:
                        let flat = original.replacingOccurrences(of: "\n", with: " ")
                        output.write("\(sentence.index)\t\(range.lowerBound)-\(range.upperBound)\t\(flat)\n")
                    }
                }
            }
            output.flush()
            if failed { throw ExitCode(1) }
        }
    }

    enum SentenceFormat: String, ExpressibleByArgument, CaseIterable {
        case jsonl, table
    }
}
