import ArgumentParser
import ChronicleCore
import Foundation

extension Chronicle {
    /// `chronicle actors`: every actor mention of the inputs with its resolution.
    struct Actors: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "actors",
            abstract: "Print every actor mention and what it resolves to.",
            discussion: """
                Reads plain UTF-8 text files (or - for standard input) and prints each actor mention
                with its country, sector, role, person and how it was resolved (dictionary, learned,
                pronoun, role, metonymy), as JSON Lines (the actor mention record) or a table.

                  chronicle actors article.txt --date 2018-05-09
                  chronicle actors dir/ --format table
                """)

        @Argument(help: "Text files, directories of .txt files, or - for standard input.")
        var inputs: [String]

        @Option(help: "Publication date (YYYY-MM-DD) used to resolve roles to their holders.")
        var date: String?

        @Option(help: "Output format: jsonl or table.")
        var format: ActorOutputFormat = .jsonl

        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
        var output: String?

        func run() async throws {
            var day: CalendarDay?
            if let date {
                guard let d = CalendarDay(iso: date) else { throw ValidationError("--date '\(date)' is not YYYY-MM-DD") }
                day = d
            }
            let resolver: ActorResolver
            do { resolver = try ActorResolver.shipped() } catch {
                throw ValidationError("cannot load the actor tables: \(error)")
            }
            var out = ""
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for document in try PlainTextInput.read(inputs) {
                var doc = document
                if let day { doc.publicationDate = day }
                let mentions = resolver.resolve(doc)
                switch format {
                case .jsonl:
                    for m in mentions {
                        let data = try encoder.encode(m.record)
                        out += String(decoding: data, as: UTF8.self) + "\n"
                    }
                case .table:
                    out += "# \(doc.id)\n"
                    for m in mentions {
                        let cells = ["\(m.start)-\(m.end)", m.text, m.code ?? "-", m.role ?? "-", m.name ?? "-",
                                     m.how.rawValue + (m.isReporter ? " reporter" : "")]
                        out += cells.joined(separator: "\t") + "\n"
                    }
                }
            }
            try ActorsOutput.write(out, to: output)
        }
    }
}

/// Output formats of `chronicle actors`.
enum ActorOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl, table
}

/// Writes command output to a file or standard output.
enum ActorsOutput {
    static func write(_ text: String, to path: String?) throws {
        if let path {
            do { try text.write(toFile: path, atomically: true, encoding: .utf8) } catch {
                throw ValidationError("cannot write \(path): \(error.localizedDescription)")
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
