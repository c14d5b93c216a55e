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

        @OptionGroup var input: InputOptions

        @Option(help: "Output format: jsonl, csv, plover or table.")
        var format: EventFormat = .jsonl

        @Flag(help: "Add the pattern, rule and spans behind each event.")
        var explain = false

        @Flag(help: "Print the clause frames the coder reads instead of events (a diagnostic).")
        var frames = false

        @Option(name: [.customShort("o"), .long], help: ArgumentHelp(
            "Write to this file instead of standard output.", valueName: "file"))
        var output: String?

        func run() async throws {
            let out = try OutputWriter(path: output)
            let coder = EventCoder.shipped()
            let writer = EventWriter(format: format, explain: explain, ontology: coder.ontology)
            if !writer.header.isEmpty { out.writeLine(String(writer.header.dropLast())) }
            let failed = try input.forEachDocument { doc in
                if frames {
                    out.writeLine(String(coder.frameDump(doc).dropLast()))
                    return
                }
                let (coded, explanations) = coder.codeExplained(doc)
                for (event, why) in zip(coded.events, explanations) {
                    out.writeLine(String(writer.line(event, why).dropLast()))
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
