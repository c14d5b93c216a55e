import ArgumentParser
import ChronicleCore
import Foundation

/// The input options every command that reads articles shares: inputs, `--date`,
/// `--max-bytes`, `--input-format`.
///
/// ```swift
/// struct Times: ParsableCommand {
///     @OptionGroup var input: InputOptions
///     func run() throws {
///         let failed = try input.forEachDocument { document in ... }
///         if failed { throw ExitCode(1) }
///     }
/// }
/// ```
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Files or directories to read, or - for standard input.",
        discussion: """
            Directories are searched recursively for .txt .text .md .html .htm .xhtml .jsonl \
            .ndjson .json .xml .rss .atom files, read in sorted order (hidden files and README, \
            LICENSE or CHANGELOG files are skipped).
            """,
        valueName: "input"))
    var inputs: [String]

    @Option(name: .long, help: ArgumentHelp(
        "Publication date to give every document, replacing the one the input gives.",
        valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp(
        "Publisher to give documents that name none (`The White House`, `Kyodo News`); its country is whose `the President` and `we` the text means when it names none.",
        valueName: "name"))
    var publisher: String?

    @Option(name: .long, help: ArgumentHelp(
        "Largest input read, in bytes; larger ones are reported and skipped. For JSON Lines the limit applies to each line.",
        valueName: "n"))
    var maxBytes: Int = ReadOptions.defaultMaxBytes

    @Option(name: .long, help: ArgumentHelp(
        "Read every input as this format instead of choosing by extension and content.",
        valueName: "text|html|jsonl|json|feed"))
    var inputFormat: InputFormat?

    mutating func validate() throws {
        guard !inputs.isEmpty else {
            throw ValidationError("Give at least one input: a file, a directory, or - for standard input.")
        }
        if let date, CalendarDay(iso: date) == nil || date.utf8.count != 10 {
            throw ValidationError("--date expects a date as YYYY-MM-DD, found \"\(date)\".")
        }
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be a positive number of bytes.") }
    }

    /// The reader options these flags ask for.
    var readOptions: ReadOptions {
        ReadOptions(maxBytes: maxBytes, dateOverride: date.flatMap { CalendarDay(iso: $0) }, format: inputFormat)
    }

    /// Reads every input, calls `body` with each document in order and reports each problem on
    /// standard error as `chronicle: error: path:line: message`.
    ///
    /// - Returns: whether some input failed (the command should then exit with status 1).
    func forEachDocument(_ body: (Document) throws -> Void) throws -> Bool {
        var failed = false
        for result in DocumentReader(options: readOptions).documents(from: inputs) {
            switch result {
            case .success(let document):
                try body(prepared(document))
            case .failure(let error):
                failed = true
                StandardError.write("chronicle: error: \(error)")
            }
        }
        return failed
    }

    /// The document with what the flags add: the publisher, when the input names none.
    func prepared(_ document: Document) -> Document {
        var document = document
        if document.source == nil, let publisher, !publisher.isEmpty { document.source = publisher }
        return document
    }

    /// Reads every input into memory, reporting problems as ``forEachDocument(_:)`` does.
    func readDocuments() throws -> (documents: [Document], failed: Bool) {
        var documents: [Document] = []
        let failed = try forEachDocument { documents.append($0) }
        return (documents, failed)
    }
}

extension InputFormat: ExpressibleByArgument {}

/// Writes diagnostics to standard error, one line each.
enum StandardError {
    static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
