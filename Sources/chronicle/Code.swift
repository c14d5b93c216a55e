import ArgumentParser
import ChronicleCore
import Foundation

extension Chronicle {
    /// `chronicle code`: event records from articles.
    struct Code: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Code the events of articles: who did or said what to whom, when and where.",
            discussion: """
                Prints one event record a line (schema 1 of DESIGN.md), or CSV with GDELT-like
                columns, PLOVER-style JSON, or a table. With --explain, each record carries an
                `explanation`: the pattern and rule that fired and the spans of source, verb,
                target and date.

                  $ chronicle code demo/articles/2018-06-12-singapore-summit.txt --date 2018-06-12 --format table
                """
        )

        @Argument(help: "Files, directories, or - for standard input.")
        var inputs: [String]

        @Option(help: "Publication date (YYYY-MM-DD) for every input.")
        var date: String?

        @Option(help: "Output format: jsonl, csv, plover or table.")
        var format: EventFormat = .jsonl

        @Flag(help: "Add the pattern, rule and spans behind each event.")
        var explain = false

        @Flag(help: "Print the clause frames the coder reads instead of events (a diagnostic).")
        var frames = false

        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
        var output: String?

        func validate() throws {
            if let date, CalendarDay(iso: date) == nil {
                throw ValidationError("--date '\(date)' is not a date (YYYY-MM-DD)")
            }
        }

        func run() async throws {
            let out: OutputStream
            if let output {
                guard FileManager.default.createFile(atPath: output, contents: nil),
                      let handle = FileHandle(forWritingAtPath: output) else {
                    printError("\(output): cannot write")
                    throw ExitCode(1)
                }
                out = OutputStream(handle: handle)
            } else {
                out = .standardOutput
            }
            let coder = EventCoder.shipped()
            let writer = EventWriter(format: format, explain: explain, ontology: coder.ontology)
            var failed = false
            out.write(writer.header)
            for item in EventInputs.documents(inputs, date: date.flatMap { CalendarDay(iso: $0) }) {
                switch item {
                case .failure(let message):
                    printError(message)
                    failed = true
                case .document(let doc) where frames:
                    out.write(coder.frameDump(doc))
                case .document(let doc):
                    let (coded, explanations) = coder.codeExplained(doc)
                    for (event, why) in zip(coded.events, explanations) {
                        out.write(writer.line(event, why))
                    }
                }
            }
            out.flush()
            if failed { throw ExitCode(1) }
        }
    }
}

/// Output formats of `chronicle code`.
enum EventFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl, csv, plover, table
}
