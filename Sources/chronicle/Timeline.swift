import ArgumentParser
import ChronicleCore
import ChronicleStore

extension Chronicle {
    /// `chronicle timeline`: the merged events of a country or a dyad in date order.
    struct Timeline: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the merged events of a country or a pair of countries in date order.",
            discussion: """
                Each event is one interaction, however many articles reported it: MENTIONS counts
                the reports, SOURCES lists their publishers and reporters.

                  $ chronicle timeline JPN KOR --from 2018-01-01 --root 04
                  $ chronicle timeline PRK --source KCNA --format csv > prk.csv
                """
        )

        @Argument(help: "A country (ISO 3166-1 alpha-3).")
        var country: String

        @Argument(help: "A second country: the dyad's events in both directions.")
        var other: String?

        @OptionGroup var period: PeriodOptions

        @Option(help: "A CAMEO root code (01-20).")
        var root: String?

        @Option(help: "A mode: asserted, intended, conditional, negated, hypothetical, future.")
        var mode: String?

        @Option(help: ArgumentHelp("Only events reported by this source (publisher or reporter).", valueName: "name"))
        var source: String?

        @Option(help: "Only events whose evidence contains these words.")
        var text: String?

        @Option(help: "At most this many events (default: all).")
        var limit: Int?

        @Option(help: "Output format: table, jsonl, csv or md.")
        var format: StoreFormat = .table

        @OptionGroup var store: StoreOptions

        func validate() throws {
            if let mode, EventMode(rawValue: mode) == nil {
                throw ValidationError("--mode expects one of \(EventMode.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if let root, root.count != 2 || Int(root) == nil {
                throw ValidationError("--root expects a two-digit CAMEO root such as 04")
            }
        }

        func run() async throws {
            let days = try period.days()
            var query = EventQuery(country: other == nil ? country : nil,
                                   dyad: other.map { Dyad(country, $0) }, from: days.from, to: days.to,
                                   root: root, mode: mode.flatMap(EventMode.init(rawValue:)), source: source,
                                   text: text, limit: min(limit ?? 1000, 1000))
            let events = try await withStore(store) { store in
                var events: [MergedEvent] = []
                while true {
                    let page = try await store.events(query)
                    events += page.events
                    if let limit, events.count >= limit { return Array(events.prefix(limit)) }
                    guard let next = page.next else { return events }
                    query.cursor = next
                }
            }
            let header = ["DATE", "SOURCE", "TARGET", "CAMEO", "QUAD", "GOLDSTEIN", "MODE", "MENTIONS", "SOURCES",
                          "EVIDENCE"]
            let rows = events.map { e -> [String] in
                let r = e.record
                return [r.date ?? "-", StoreOutput.actor(r.source), StoreOutput.actor(r.target), r.cameo,
                        String(r.quad), StoreOutput.decimal(r.goldstein), r.mode.rawValue, String(e.mentionCount),
                        e.sources.joined(separator: "; "),
                        format == .table ? StoreOutput.clip(r.text, 80) : r.text]
            }
            StoreOutput.write(format, header: header, rows: rows, json: try events.map(StoreOutput.json))
        }
    }
}
