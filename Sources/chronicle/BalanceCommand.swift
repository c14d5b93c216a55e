import ArgumentParser
import ChronicleCore
import ChronicleStore
import Foundation

extension Chronicle {
    /// `chronicle balance`: the split of a country's acts into the four QuadClasses.
    struct Balance: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Split a country's acts into verbal and material cooperation and conflict.",
            discussion: """
                A country's acts are the events it is the source of, and the symmetric ones (talks,
                joint exercises, agreements) it takes part in. A high verbal share with few material
                acts is the figure behind "declarations, but no steps".

                  $ chronicle balance JPN --toward KOR --from 2018-01-01
                """
        )

        @Argument(help: "The acting country.")
        var country: String

        @Option(help: ArgumentHelp("Only acts toward this country.", valueName: "country"))
        var toward: String?

        @OptionGroup var period: PeriodOptions

        @Option(help: "Output format: table, jsonl, csv or md.")
        var format: StoreFormat = .table

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let days = try period.days()
            let query = BalanceQuery(country, toward: toward, from: days.from, to: days.to)
            let balance = try await withStore(store) { try await $0.balance(query) }
            let names = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"]
            let total = max(1, balance.total)
            let rows = (0..<4).map { i in
                ["Q\(i + 1)", names[i], String(balance.quadCounts[i]),
                 String(format: "%.1f%%", Double(balance.quadCounts[i]) * 100 / Double(total)),
                 StoreOutput.decimal(balance.goldsteinSums[i])]
            } + [["", "all acts", String(balance.total),
                  String(format: "verbal %.0f%% / material %.0f%%", balance.verbalShare * 100,
                         balance.materialShare * 100), StoreOutput.decimal(balance.goldsteinSums.reduce(0, +))]]
            StoreOutput.write(format, header: ["QUAD", "CLASS", "EVENTS", "SHARE", "GOLDSTEIN_SUM"], rows: rows,
                              json: [try StoreOutput.json(balance)])
        }
    }
}
