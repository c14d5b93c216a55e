import ArgumentParser
import ChronicleCore

extension Chronicle {
    /// `chronicle read`: the documents Chronicle reads from its inputs.
    struct Read: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read articles and print them as documents.",
            discussion: """
                Reads plain text (with dateline and byline detection), HTML pages (main text, \
                title, date and author from the markup), JSON Lines and JSON, and RSS or Atom \
                feeds (one document per item), from files, directories or - (standard input). \
                Prints one JSON object per document with id, date, title, author, source, url, \
                origin and text; the JSON Lines reader reads this output back.

                A file that cannot be read (binary, empty, too large, bad JSON line, a feed that \
                is not XML) is reported on standard error as "chronicle: error: PATH:LINE: \
                MESSAGE"; the other inputs are still read, and the exit status is 1.

                Examples:
                  chronicle read demo/
                  chronicle read article.html --date 2018-06-12
                  cat news.rss | chronicle read - --format table
                """)

        @OptionGroup var input: InputOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let writer = try output.makeWriter()
            let failed: Bool
            switch output.format {
            case .jsonl:
                failed = try input.forEachDocument { writer.writeLine($0.jsonLine) }
            case .table:
                let (documents, someFailed) = try input.readDocuments()
                failed = someFailed
                for line in Self.table(documents) { writer.writeLine(line) }
            }
            writer.flush()
            if failed { throw ExitCode(1) }
        }

        /// Aligned columns: id, date, source, characters, title.
        static func table(_ documents: [Document]) -> [String] {
            let rows = documents.map { d -> [String] in
                [d.id, d.publicationDate?.description ?? "-", d.source ?? "-", String(d.text.unicodeScalars.count),
                 d.title.map { $0.count > 60 ? String($0.prefix(59)) + "…" : $0 } ?? "-"]
            }
            let header = ["ID", "DATE", "SOURCE", "CHARS", "TITLE"]
            var widths = header.map(\.count)
            for row in rows {
                for (i, cell) in row.enumerated() where i < 4 { widths[i] = max(widths[i], cell.count) }
            }
            func line(_ cells: [String]) -> String {
                cells.enumerated().map { i, cell in
                    i == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count)
                }.joined(separator: "  ")
            }
            return [line(header)] + rows.map(line)
        }
    }
}
