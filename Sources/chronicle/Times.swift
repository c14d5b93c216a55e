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
                Reads articles with Chronicle's readers (plain text, HTML, JSON Lines, feeds, \
                directories, - for standard input) and TimeML files (.tml: the creation date from \
                <DCT>, the text from <TEXT>). Prints one JSON record per expression (text, start, \
                end, type, value, mod, anchor), a table, or TimeML with Chronicle's own TIMEX3 tags \
                (the gold tags of a .tml input removed, its text kept character for character).

                  $ chronicle times article.txt --date 2018-06-12
                  $ chronicle times article.txt --format table
                  $ chronicle times timebank/ --format timeml -o tagged/
                """)

        @OptionGroup var input: InputOptions

        @Option(help: "Output format: jsonl, table or timeml.")
        var format: TimesFormat = .jsonl

        @Option(name: .shortAndLong, help: ArgumentHelp(
            "Output file, or a directory (existing, ending in /, or for several inputs with --format timeml): one file per document.",
            valueName: "file|dir"))
        var output: String?

        func run() async throws {
            let tagger = TemporalTagger.shared
            let override = input.date.flatMap { CalendarDay(iso: $0) }
            let split = try TimeInputs.split(input.inputs)
            var documents: [(name: String, id: String, text: String, date: CalendarDay?, timeml: TimeMLDocument?)] = []
            for path in split.timeml {
                let doc = try TimeInputs.readTimeML(path)
                let name = (path as NSString).lastPathComponent
                documents.append((name, (name as NSString).deletingPathExtension, doc.text, doc.creationDate, doc))
            }
            var failed = false
            if !split.others.isEmpty {
                var other = input
                other.inputs = split.others
                failed = try other.forEachDocument { d in
                    var name = d.origin.path.map { ($0 as NSString).lastPathComponent } ?? d.id
                    if let line = d.origin.line { name += "-\(line)" }
                    documents.append((name, d.id, d.text, d.publicationDate, nil))
                }
            }
            let fm = FileManager.default
            var isDirectory: ObjCBool = false
            let toDirectory = output.map { (fm.fileExists(atPath: $0, isDirectory: &isDirectory) && isDirectory.boolValue)
                || $0.hasSuffix("/") || (documents.count > 1 && format == .timeml) } ?? false
            if let output, toDirectory {
                try fm.createDirectory(atPath: output, withIntermediateDirectories: true)
            }
            var combined = ""
            for doc in documents {
                let date = override ?? doc.date
                let found = tagger.annotate(text: doc.text, publicationDate: date)
                let rendered: String
                switch format {
                case .jsonl: rendered = found.map { TimesOutput.jsonLine($0.record, doc: doc.id) }.joined()
                case .table: rendered = TimesOutput.table(found, title: documents.count > 1 ? doc.name : nil)
                case .timeml:
                    let timeml = doc.timeml ?? TimeMLDocument(text: doc.text, creationDate: date)
                    rendered = timeml.rendered(with: found)
                }
                if let output, toDirectory {
                    var name = doc.name
                    switch format {
                    case .timeml: if !name.hasSuffix(".tml") { name += ".tml" }
                    case .jsonl: name += ".times.jsonl"
                    case .table: name += ".times.txt"
                    }
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
            if failed { throw ExitCode(1) }
        }
    }
}

/// Output formats of `chronicle times`.
enum TimesFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl, table, timeml
}
