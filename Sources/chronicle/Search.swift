import ArgumentParser
import ChronicleCore
import ChronicleStore

extension Chronicle {
    /// `chronicle search`: full-text search over stored sentences.
    struct Search: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find sentences containing words, with the events coded in them.",
            discussion: """
                Every word must occur (after stemming: "meetings" finds "meeting").

                  $ chronicle search "secret meeting" --from 2018-01-01
                """
        )

        @Argument(help: "The words to find.")
        var words: String

        @OptionGroup var period: PeriodOptions

        @Option(help: "At most this many sentences.")
        var limit = 100

        @Option(help: "Output format: table, jsonl, csv or md.")
        var format: StoreFormat = .table

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let days = try period.days()
            let query = SentenceQuery(words, from: days.from, to: days.to, limit: limit)
            let hits = try await withStore(store) { try await $0.search(query) }
            let header = ["DATE", "DOCUMENT", "SENTENCE", "EVENTS", "TEXT"]
            let rows = hits.map { hit -> [String] in
                let events = hit.events.map { e in
                    "\(StoreOutput.actor(e.record.source))→\(StoreOutput.actor(e.record.target)) \(e.record.cameo)"
                }
                return [hit.publicationDate?.description ?? "-", hit.documentID, String(hit.sentence.index),
                        events.isEmpty ? "-" : events.joined(separator: "; "),
                        format == .table ? StoreOutput.clip(hit.sentence.text, 100) : hit.sentence.text]
            }
            StoreOutput.write(format, header: header, rows: rows, json: try hits.map(StoreOutput.json))
        }
    }
}
