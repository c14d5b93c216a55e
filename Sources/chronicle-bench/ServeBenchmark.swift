import ChronicleCore
import ChronicleSQLite
import ChronicleStore
import Foundation
import GRDB

/// `chronicle-bench serve-data --events N --db PATH`: writes a SQLite store with N synthetic
/// merged events (60 countries with Zipf-like activity, 12 CAMEO codes, 2000–2024), for
/// measuring `chronicle serve` under load with `scripts/bench-serve.sh`.
///
/// Events are inserted with the store's own SQL (``StoreSQL/insertEvents(_:)``) in large
/// transactions; they carry no reports, so event pages of this data are empty.
enum ServeBenchmark {
    static let countries = ["USA", "CHN", "RUS", "PRK", "KOR", "JPN", "IRN", "ISR", "UKR", "GBR", "FRA", "DEU",
                            "IND", "PAK", "TUR", "SYR", "SAU", "EGY", "BRA", "MEX", "CAN", "AUS", "IDN", "VNM",
                            "PHL", "TWN", "AFG", "IRQ", "LBN", "QAT", "ARE", "ZAF", "NGA", "ETH", "KEN", "VEN",
                            "COL", "ARG", "CHL", "PER", "POL", "ITA", "ESP", "NLD", "BEL", "SWE", "NOR", "FIN",
                            "GRC", "SRB", "HUN", "ROU", "BLR", "KAZ", "UZB", "MMR", "THA", "MYS", "SGP", "NZL"]
    static let codes: [(cameo: String, quad: Int, goldstein: Double)] = [
        ("010", 1, 0.0), ("036", 1, 4.0), ("040", 1, 1.0), ("042", 1, 1.9), ("043", 1, 2.8), ("057", 1, 8.0),
        ("061", 2, 6.4), ("071", 2, 7.4), ("112", 3, -2.0), ("130", 3, -4.4), ("160", 4, -4.0), ("190", 4, -10.0),
    ]

    static func run(_ arguments: [String]) async {
        var events = 1_000_000
        var path = "serve-bench.sqlite"
        var i = 0
        while i + 1 < arguments.count {
            switch arguments[i] {
            case "--events": events = Int(arguments[i + 1]) ?? events
            case "--db": path = arguments[i + 1]
            default: print("unknown option \(arguments[i])")
            }
            i += 2
        }
        do {
            let store = try SQLiteEventStore(path: path)
            try await store.migrate()
            try await store.close()
            var configuration = Configuration()
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = OFF") }
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            let clock = ContinuousClock()
            var generator = SplitMix(seed: 42)
            let cumulative = zipfCumulative()
            let start = clock.now
            var done = 0
            while done < events {
                let n = min(50_000, events - done)
                let batch = (done..<(done + n)).map { event($0, &generator, cumulative) }
                let statements = try StoreSQL.insertEvents(batch)
                try await queue.write { db in
                    for statement in statements {
                        try db.execute(sql: statement.sql, arguments: StatementArguments(statement.arguments.map(value)))
                    }
                }
                done += n
                FileHandle.standardError.write(Data("\r\(done) events".utf8))
            }
            // Events went in without the store's write path: compute the trend aggregates once.
            try await queue.write { db in
                for statement in StoreSQL.rebuildDyadMonths { try db.execute(sql: statement.sql) }
            }
            try await queue.writeWithoutTransaction { db in try db.execute(sql: "ANALYZE") }
            print("\nwrote \(events) events to \(path) in \(clock.now - start)")
        } catch {
            print("chronicle-bench serve-data: error: \(error)")
        }
    }

    static func value(_ v: SQLValue) -> DatabaseValue {
        switch v {
        case let .int(x): return x.databaseValue
        case let .double(x): return x.databaseValue
        case let .text(x): return x.databaseValue
        case .null: return .null
        }
    }

    static func zipfCumulative() -> [Double] {
        var total = 0.0
        var out: [Double] = []
        for rank in 1...countries.count {
            total += 1 / Double(rank)
            out.append(total)
        }
        return out.map { $0 / total }
    }

    static func pick(_ generator: inout SplitMix, _ cumulative: [Double]) -> Int {
        let x = Double(generator.next() % 1_000_000) / 1_000_000
        return cumulative.firstIndex { x <= $0 } ?? cumulative.count - 1
    }

    static func event(_ i: Int, _ generator: inout SplitMix, _ cumulative: [Double]) -> MergedEvent {
        let a = pick(&generator, cumulative)
        var b = pick(&generator, cumulative)
        if b == a { b = (a + 1) % countries.count }
        let code = codes[Int(generator.next() % UInt64(codes.count))]
        let day = CalendarDay(iso: "2000-01-01")!.adding(days: Int(generator.next() % 9131))
        let text = "Synthetic report \(i): \(countries[a]) and \(countries[b])."
        let record = EventRecord(
            id: "r\(i)", doc: "doc-\(i / 8)", sentenceIndex: i % 8, date: day.description, dateStart: day,
            dateEnd: day, dateBasis: .explicit,
            source: ActorRef(text: countries[a], country: countries[a], code: countries[a]),
            target: ActorRef(text: countries[b], country: countries[b], code: countries[b]),
            cameo: code.cameo, root: String(code.cameo.prefix(2)), quad: code.quad, goldstein: code.goldstein,
            plover: nil, mode: .asserted, location: nil, reportedBy: [], text: text,
            span: [0, text.unicodeScalars.count], confidence: 0.8)
        return MergedEvent(id: "ev-\(i)", record: record, symmetric: MergeRule.isSymmetric(record),
                           mentionCount: 1 + i % 3, documentIDs: ["doc-\(i / 8)"], sources: ["Wire \(i % 5)"])
    }
}
