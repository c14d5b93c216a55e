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
                Prints each actor mention with its country, sector, role, person and how it was \
                resolved (dictionary, learned, pronoun, role, metonymy): JSON Lines are the actor \
                mention record of DESIGN.md with the document id; the table adds the role kind and \
                marks news media cited as reporters.

                  $ chronicle actors article.txt --date 2018-05-09
                  $ chronicle actors dir/ --format table
                """)

        @OptionGroup var input: InputOptions
        @OptionGroup var outputOptions: OutputOptions

        func run() async throws {
            let resolver: ActorResolver
            do { resolver = try ActorResolver.shipped() } catch {
                throw ValidationError("cannot load the actor tables: \(error)")
            }
            let writer = try outputOptions.makeWriter()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let failed = try input.forEachDocument { document in
                let mentions = resolver.resolve(document)
                switch outputOptions.format {
                case .jsonl:
                    for m in mentions {
                        let record = try encoder.encode(ActorLine(doc: document.id, mention: m.record))
                        writer.writeLine(String(decoding: record, as: UTF8.self))
                    }
                case .table:
                    writer.writeLine("# \(document.id)" + (document.publicationDate.map { " (\($0))" } ?? ""))
                    for m in mentions {
                        let how = m.how.rawValue + (m.isReporter ? ", reporter" : "")
                        let cells = ["\(m.start)-\(m.end)", m.text.replacingOccurrences(of: "\n", with: " "),
                                     m.code ?? "-", m.role.map { r in m.roleKind.map { "\(r) (\($0))" } ?? r } ?? "-",
                                     m.name ?? "-", how]
                        writer.writeLine(cells.joined(separator: "\t"))
                    }
                }
            }
            writer.flush()
            if failed { throw ExitCode(1) }
        }
    }
}

/// One line of `chronicle actors` JSON Lines: the mention record and its document.
struct ActorLine: Encodable {
    var doc: String
    var mention: ActorMentionRecord

    func encode(to encoder: any Encoder) throws {
        try mention.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(doc, forKey: .doc)
    }

    enum Key: String, CodingKey { case doc }
}
