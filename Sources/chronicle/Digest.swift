import ArgumentParser
import ChronicleCore
import ChronicleReports
import ChronicleStore
import Foundation

extension Chronicle {
    /// `chronicle digest`: a briefing on a dyad, a country or a topic, from the stored events.
    struct Digest: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a digest (HTML with charts, Markdown, JSON or CSV) of stored events.",
            discussion: """
                Select a dyad, a country or a full-text query, optionally a period and filters. The
                digest holds the chronology with evidence and sources, events by QuadClass in each
                direction, the monthly Goldstein trend, each side's balance of verbal and material
                cooperation and conflict written from the numbers, and the key actors.

                  $ chronicle ingest demo
                  $ chronicle digest --dyad JPN-PRK --from 2018-01-01 --format html -o jpn-prk.html
                  $ chronicle digest --query "abductees" --format md
                """
        )

        @OptionGroup var store: StoreOptions
        @OptionGroup var period: PeriodOptions

        @Option(help: ArgumentHelp("Two countries, e.g. JPN-PRK.", valueName: "A-B"))
        var dyad: String?

        @Option(help: ArgumentHelp("One country, e.g. JPN.", valueName: "A"))
        var country: String?

        @Option(help: ArgumentHelp("Full-text query over sentences.", valueName: "text"))
        var query: String?

        @Option(help: ArgumentHelp("CAMEO root, 01–20.", valueName: "root"))
        var root: String?

        @Option(help: ArgumentHelp("Mode: asserted, intended, conditional, negated, hypothetical, future.",
                                   valueName: "mode"))
        var mode: String?

        @Option(help: "Output format: html, md, json or csv.")
        var format: DigestFormatArgument = .html

        @Option(name: .shortAndLong, help: ArgumentHelp("Output file (standard output when absent).", valueName: "file"))
        var output: String?

        func validate() throws {
            if dyad == nil && country == nil && query == nil {
                throw ValidationError("select what to digest: --dyad A-B, --country A or --query TEXT")
            }
            if dyad != nil && country != nil {
                throw ValidationError("--dyad and --country exclude each other")
            }
            if let dyad, Dyad(parsing: dyad) == nil {
                throw ValidationError("--dyad expects two country codes as A-B (e.g. JPN-PRK), found \"\(dyad)\"")
            }
            if let root, !(root.count == 2 && (Int(root).map { (1...20).contains($0) } ?? false)) {
                throw ValidationError("--root expects a CAMEO root 01–20, found \"\(root)\"")
            }
            if let mode, EventMode(rawValue: mode) == nil {
                let modes = EventMode.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("--mode expects one of \(modes), found \"\(mode)\"")
            }
        }

        func run() async throws {
            let days = try period.days()
            var selection = DigestSelection(query: query, from: days.from, to: days.to, root: root,
                                            mode: mode.flatMap(EventMode.init(rawValue:)))
            if let dyad, let d = Dyad(parsing: dyad) {
                selection.country = d.a
                selection.counterpart = d.b
            } else {
                selection.country = country?.uppercased()
            }
            let names = (try? ActorResolver.shipped().countryNamesByCode) ?? [:]
            let text = try await withStore(store) { store in
                let data = try await DigestBuilder(store: store, countryNames: names).build(selection)
                return DigestRenderer().render(data, as: format.format)
            }
            if let output {
                do {
                    try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
                } catch {
                    printError("\(output): cannot write the digest: \(error.localizedDescription)")
                    throw ExitCode.failure
                }
                FileHandle.standardError.write(Data("chronicle: wrote \(output)\n".utf8))
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        }
    }

    enum DigestFormatArgument: String, ExpressibleByArgument, CaseIterable {
        case html, md, json, csv

        var format: DigestFormat { DigestFormat(rawValue: rawValue)! }
    }
}
