import ArgumentParser
import ChronicleCore
import Foundation

extension Chronicle {
    /// `chronicle times`: the temporal expressions of articles.
    struct Times: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "times",
            abstract: "Find dates, times, durations and sets and normalize them to TimeML values.",
            discussion: """
                Reads plain-text articles (UTF-8), TimeML files (.tml: the creation date from <DCT>, \
                the text from <TEXT>), directories of them, or - for standard input. Prints one \
                JSON record per expression (text, start, end, type, value, mod, anchor), a table, \
                or TimeML with Chronicle's own TIMEX3 tags.

                  $ chronicle times article.txt --date 2018-06-12
                  $ chronicle times timebank/ --format timeml -o tagged/
                """)

        @Argument(help: "Files, directories, or - for standard input.")
        var inputs: [String]

        @Option(help: "Publication date (YYYY-MM-DD); overrides the document's own.")
        var date: String?

        @Option(help: "Output format: jsonl, table or timeml.")
        var format: TimesFormat = .jsonl

        @Option(name: .shortAndLong, help: "Output file, or a directory (one file per input).")
        var output: String?

        func validate() throws {
            if let date, CalendarDay(iso: date) == nil {
                throw ValidationError("--date must be YYYY-MM-DD, found \"\(date)\"")
            }
        }

        func run() async throws {
            let override = date.flatMap { CalendarDay(iso: $0) }
            let files = try TimeInputs.expand(inputs)
            let tagger = TemporalTagger.shared
            var isDirectory: ObjCBool = false
            let toDirectory = output.map { FileManager.default.fileExists(atPath: $0, isDirectory: &isDirectory) && isDirectory.boolValue
                || $0.hasSuffix("/") || files.count > 1 && format == .timeml } ?? false
            if let output, toDirectory {
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            }
            var combined = ""
            for file in files {
                let input = try TimeInputs.read(file)
                let pub = override ?? input.date
                let found = tagger.annotate(text: input.text, publicationDate: pub)
                let rendered: String
                switch format {
                case .jsonl: rendered = found.map { TimesOutput.jsonLine($0.record) }.joined()
                case .table: rendered = TimesOutput.table(found, title: files.count > 1 ? file : nil)
                case .timeml:
                    let doc = input.timeml ?? TimeMLDocument(text: input.text, creationDate: pub)
                    rendered = doc.rendered(with: found)
                }
                if let output, toDirectory {
                    var name = (file as NSString).lastPathComponent
                    if file == "-" { name = "stdin" }
                    if format == .timeml, !name.hasSuffix(".tml") { name += ".tml" }
                    if format == .jsonl { name += ".times.jsonl" }
                    try rendered.write(toFile: (output as NSString).appendingPathComponent(name), atomically: true, encoding: .utf8)
                } else {
                    combined += rendered
                }
            }
            if let output, !toDirectory {
                try combined.write(toFile: output, atomically: true, encoding: .utf8)
            } else if !toDirectory {
                FileHandle.standardOutput.write(Data(combined.utf8))
            }
        }
    }
}

/// Output formats of `chronicle times`.
enum TimesFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl, table, timeml
}
