import ChronicleCore
import ChronicleSQLite
import ChronicleStore
import Foundation
import GRDB

/// `chronicle-bench serve-data --events N --db PATH`: writes a SQLite store with N synthetic
/// merged events (60 countries with Zipf-like activity, 12 CAMEO codes, 2000–2024), for
/// measuring `chronicle serve` under load with `scripts/bench-serve.sh`.
///
/// Events carry no reports, so event pages of this data are empty. Loading 10 million events
/// through ``StoreSQL/insertEvents(_:)`` takes most of an hour (JSONEncoder and five indexes
/// updated row by row), so the loader writes the same rows itself: each event's record JSON
/// from a template, the secondary indexes dropped during the load and created again after it.
/// The first thousand events are also put through ``StoreSQL/insertEvents(_:)`` and the load
/// stops if any value differs, so the data is exactly what the store would have written.
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
            // Secondary indexes are built once at the end, by sorting, instead of row by row.
            let indexes = try await queue.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
                    AND tbl_name IN ('events', 'event_sources')
                    """).map { ($0[0] as String, $0[1] as String) }
            }
            try await queue.write { db in
                for (name, _) in indexes { try db.execute(sql: "DROP INDEX \(name)") }
            }
            let eventColumns = "id, merge_key, dyad, source_country, target_country, root, cameo, quad, goldstein, "
                + "mode, date, day_start, day_end, month, is_symmetric, mention_count, documents, sources, record"
            var done = 0
            while done < events {
                let n = min(50_000, events - done)
                let batch = (done..<(done + n)).map { event($0, &generator, cumulative) }
                let rows = batch.map(eventRow)
                for (k, event) in batch.enumerated() where done + k < 1000 {
                    let reference = try StoreSQL.insertEvents([event])
                    guard reference.count == 2, reference[0].arguments == rows[k],
                          reference[1].arguments == sourceRow(event) else {
                        throw ServeDataMismatch(message: "serve-data: the fast rows of event \(done + k) differ from the store's: "
                            + "\(rows[k]) vs \(reference.map(\.arguments))")
                    }
                }
                try await queue.write { db in
                    let insertEvent = try db.makeStatement(sql: "INSERT INTO events (\(eventColumns)) VALUES "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    let insertSource = try db.makeStatement(
                        sql: "INSERT INTO event_sources (event_id, name, name_lower) VALUES (?, ?, ?)")
                    for (event, row) in zip(batch, rows) {
                        try insertEvent.execute(arguments: StatementArguments(row.map(value)))
                        try insertSource.execute(arguments: StatementArguments(sourceRow(event).map(value)))
                    }
                }
                done += n
                FileHandle.standardError.write(Data("\r\(done) events".utf8))
            }
            FileHandle.standardError.write(Data("\nbuilding \(indexes.count) indexes\n".utf8))
            try await queue.write { db in
                for (_, sql) in indexes { try db.execute(sql: sql) }
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

    /// The values ``StoreSQL/insertEvents(_:)`` writes for one synthetic event, with the
    /// record's JSON from a template (JSONEncoder's sorted-key layout; checked in ``run(_:)``).
    static func eventRow(_ e: MergedEvent) -> [SQLValue] {
        let r = e.record
        let day = EventSortKey.dayNumber(r.dateStart)
        func number(_ x: Double) -> String { x.rounded() == x && abs(x) < 1e15 ? String(Int(x)) : String(x) }
        func actor(_ a: ActorRef) -> String {
            #"{"code":"\#(a.code!)","country":"\#(a.country!)","name":null,"sector":null,"text":"\#(a.text)"}"#
        }
        let date = r.date!
        let record = #"{"cameo":"\#(r.cameo)","confidence":\#(number(r.confidence)),"date":"\#(date)","#
            + #""date_basis":"explicit","date_end":"\#(date)","date_start":"\#(date)","doc":"\#(r.doc)","#
            + #""goldstein":\#(number(r.goldstein)),"id":"\#(r.id)","mode":"\#(r.mode.rawValue)","quad":\#(r.quad),"#
            + #""reported_by":[],"root":"\#(r.root)","schema":1,"sentence_index":\#(r.sentenceIndex),"#
            + #""source":\#(actor(r.source)),"span":[\#(r.span[0]),\#(r.span[1])],"target":\#(actor(r.target!)),"#
            + #""text":"\#(r.text)"}"#
        let documents = "[" + e.documentIDs.map { "\"\($0)\"" }.joined(separator: ",") + "]"
        let sources = "[" + e.sources.map { "\"\($0)\"" }.joined(separator: ",") + "]"
        return [.text(e.id), .text(MergeRule.key(r) ?? "!"), .text(Dyad(r.source.country!, r.target!.country!).key), .text(r.source.country),
                .text(r.target?.country), .text(r.root), .text(r.cameo), .int(r.quad), .double(r.goldstein),
                .text(r.mode.rawValue), .text(r.date), .int(day), .int(day),
                .int(r.dateStart.map(StoreRounding.monthKey)), .int(e.symmetric ? 1 : 0), .int(e.mentionCount),
                .text(documents), .text(sources), .text(record)]
    }

    /// The `event_sources` row of a synthetic event (one source each).
    static func sourceRow(_ e: MergedEvent) -> [SQLValue] {
        [.text(e.id), .text(e.sources[0]), .text(e.sources[0].lowercased())]
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

/// The fast loader's rows differ from what the store would write.
struct ServeDataMismatch: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
