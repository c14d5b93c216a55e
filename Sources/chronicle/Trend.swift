import ArgumentParser
import ChronicleCore
import ChronicleStore

extension Chronicle {
    /// `chronicle trend`: per-period counts by QuadClass and Goldstein sums of a dyad.
    struct Trend: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Count a dyad's events per period by QuadClass, with Goldstein sums, in each direction.",
            discussion: """
                Q1 verbal cooperation, Q2 material cooperation, Q3 verbal conflict, Q4 material conflict.

                  $ chronicle trend USA PRK --by quarter
                """
        )

        @Argument(help: "The first country.")
        var a: String

        @Argument(help: "The second country.")
        var b: String

        @Option(help: "Period: month, quarter or year.")
        var by: TrendPeriod = .month

        @OptionGroup var period: PeriodOptions

        @Option(help: "Output format: table, jsonl, csv or md.")
        var format: StoreFormat = .table

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let days = try period.days()
            let query = TrendQuery(Dyad(a, b), by: by, from: days.from, to: days.to)
            let rows = try await withStore(store) { try await $0.trend(query) }
            let header = ["PERIOD", "SOURCE", "TARGET", "Q1", "Q2", "Q3", "Q4", "EVENTS", "GOLDSTEIN_SUM",
                          "GOLDSTEIN_MEAN"]
            let cells = rows.map { r in
                [r.period, r.source, r.target] + r.quadCounts.map(String.init)
                    + [String(r.count), StoreOutput.decimal(r.goldsteinSum), String(format: "%.2f", r.goldsteinMean)]
            }
            StoreOutput.write(format, header: header, rows: cells, json: try rows.map(StoreOutput.json))
        }
    }
}
