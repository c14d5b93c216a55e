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

    static func run(_ arguments: [String], inSQLite: Bool = false) async {
        var events = 1_000_000
        var path = "serve-bench.sqlite"
        var i = 0
        if !inSQLite, let flag = arguments.firstIndex(of: "--in-sqlite") {
            var rest = arguments
            rest.remove(at: flag)
            return await run(rest, inSQLite: true)
        }
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
            if inSQLite {
                let start = clock.now
                try await SQLiteSynthesis.load(queue, events: events)
                print("\nwrote \(events) events to \(path) in \(clock.now - start)")
                return
            }
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

/// `serve-data --in-sqlite`: the same kind of synthetic events drawn and written by SQLite
/// itself (a recursive CTE, `random()`, `printf` for the record JSON), for tens of millions of
/// events; the Swift loader above needs about a minute per million. The draws differ from the
/// seeded Swift generator's, the distributions are the same (Zipf-like countries, 12 codes,
/// 2000–2024). Afterwards the first 1000 rows are decoded with the store's reader and
/// compared with what ``StoreSQL/insertEvents(_:)`` would write for them; any difference stops.
enum SQLiteSynthesis {
    static func load(_ queue: DatabaseQueue, events: Int) async throws {
        let indexes = try await queue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
                AND tbl_name IN ('events', 'event_sources')
                """).map { ($0[0] as String, $0[1] as String) }
        }
        let cumulative = ServeBenchmark.zipfCumulative()
        try await queue.write { db in
            for (name, _) in indexes { try db.execute(sql: "DROP INDEX \(name)") }
            try db.execute(sql: "CREATE TEMP TABLE zipf (rank INTEGER PRIMARY KEY, code TEXT NOT NULL, hi REAL NOT NULL)")
            for (k, code) in ServeBenchmark.countries.enumerated() {
                try db.execute(sql: "INSERT INTO zipf VALUES (?, ?, ?)", arguments: [k, code, cumulative[k]])
            }
            try db.execute(sql: """
                CREATE TEMP TABLE codes (k INTEGER PRIMARY KEY, cameo TEXT, root TEXT, quad INTEGER,
                goldstein REAL, goldstein_json TEXT, symmetric INTEGER)
                """)
            for (k, c) in ServeBenchmark.codes.enumerated() {
                let root = String(c.cameo.prefix(2))
                let probe = EventRecord(
                    id: "", doc: "", sentenceIndex: 0, date: nil, dateStart: nil, dateEnd: nil, dateBasis: nil,
                    source: ActorRef(text: "A", country: "AAA"), target: nil, cameo: c.cameo, root: root,
                    quad: c.quad, goldstein: c.goldstein, plover: nil, mode: .asserted, location: nil, reportedBy: [],
                    text: "", span: [], confidence: 0)
                let json = c.goldstein.rounded() == c.goldstein ? String(Int(c.goldstein)) : String(c.goldstein)
                try db.execute(sql: "INSERT INTO codes VALUES (?, ?, ?, ?, ?, ?, ?)",
                               arguments: [k, c.cameo, root, c.quad, c.goldstein, json,
                                           MergeRule.isSymmetric(probe) ? 1 : 0])
            }
        }
        let epoch = CalendarDay(iso: "2000-01-01")!.dayNumber
        var done = 0
        while done < events {
            let n = min(1_000_000, events - done)
            let first = done
            try await queue.write { db in
                try db.execute(sql: """
                    WITH RECURSIVE seq(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM seq WHERE i < ?),
                    draws AS MATERIALIZED (SELECT i, abs(random() % 1000000) / 1000000.0 AS xa, abs(random() % 1000000) / 1000000.0 AS xb,
                              abs(random() % 12) AS k, abs(random() % 9131) AS d FROM seq),
                    picked AS MATERIALIZED (SELECT i, k, d,
                               (SELECT rank FROM zipf WHERE hi >= xa ORDER BY rank LIMIT 1) AS ra,
                               (SELECT rank FROM zipf WHERE hi >= xb ORDER BY rank LIMIT 1) AS rb0 FROM draws),
                    ev AS (SELECT i, k, d, ra, CASE WHEN rb0 = ra THEN (ra + 1) % 60 ELSE rb0 END AS rb,
                           date('2000-01-01', '+' || d || ' days') AS day FROM picked),
                    full AS (SELECT ev.*, a.code AS ca, b.code AS cb, c.*,
                             'Synthetic report ' || i || ': ' || a.code || ' and ' || b.code || '.' AS text
                             FROM ev JOIN zipf a ON a.rank = ev.ra JOIN zipf b ON b.rank = ev.rb JOIN codes c ON c.k = ev.k)
                    INSERT INTO events (id, merge_key, dyad, source_country, target_country, root, cameo, quad,
                        goldstein, mode, date, day_start, day_end, month, is_symmetric, mention_count, documents,
                        sources, record)
                    SELECT 'ev-' || i,
                        CASE WHEN symmetric = 1 THEN 'S|' || min(ca, cb) || '|' || max(ca, cb) ELSE 'D|' || ca || '|' || cb END
                            || '|' || root || '|asserted',
                        min(ca, cb) || '-' || max(ca, cb), ca, cb, root, cameo, quad, goldstein, 'asserted', day,
                        ? + d, ? + d, CAST(substr(day, 1, 4) AS INTEGER) * 100 + CAST(substr(day, 6, 2) AS INTEGER),
                        symmetric, 1 + i % 3, '["doc-' || (i / 8) || '"]', '["Wire ' || (i % 5) || '"]',
                        printf('{"cameo":"%s","confidence":0.8,"date":"%s","date_basis":"explicit","date_end":"%s",'
                            || '"date_start":"%s","doc":"doc-%d","goldstein":%s,"id":"r%d","mode":"asserted","quad":%d,'
                            || '"reported_by":[],"root":"%s","schema":1,"sentence_index":%d,'
                            || '"source":{"code":"%s","country":"%s","name":null,"sector":null,"text":"%s"},'
                            || '"span":[0,%d],'
                            || '"target":{"code":"%s","country":"%s","name":null,"sector":null,"text":"%s"},"text":"%s"}',
                            cameo, day, day, day, i / 8, goldstein_json, i, quad, root, i % 8, ca, ca, ca,
                            length(text), cb, cb, cb, text)
                    FROM full
                    """, arguments: [first, first + n - 1, epoch, epoch])
                try db.execute(sql: """
                    WITH RECURSIVE seq(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM seq WHERE i < ?)
                    INSERT INTO event_sources (event_id, name, name_lower)
                    SELECT 'ev-' || i, 'Wire ' || (i % 5), 'wire ' || (i % 5) FROM seq
                    """, arguments: [first, first + n - 1])
            }
            done += n
            FileHandle.standardError.write(Data("\r\(done) events".utf8))
        }
        try await verify(queue)
        FileHandle.standardError.write(Data("\nbuilding \(indexes.count) indexes, trend aggregates, statistics\n".utf8))
        try await queue.write { db in
            for (_, sql) in indexes { try db.execute(sql: sql) }
            for statement in StoreSQL.rebuildDyadMonths { try db.execute(sql: statement.sql) }
        }
        try await queue.writeWithoutTransaction { db in try db.execute(sql: "ANALYZE") }
    }

    /// The first rows, decoded by the store and encoded again by ``StoreSQL/insertEvents(_:)``,
    /// must give the stored values.
    static func verify(_ queue: DatabaseQueue) async throws {
        let columns = "id, merge_key, dyad, source_country, target_country, root, cameo, quad, goldstein, mode, date, "
            + "day_start, day_end, month, is_symmetric, mention_count, documents, sources, record"
        let rows = try await queue.read { db in
            try Row.fetchAll(db, sql: "SELECT \(columns) FROM events ORDER BY rowid LIMIT 1000").map { row in
                row.databaseValues.map(SQLiteEventStore.value)
            }
        }
        for row in rows {
            var event = try StoreSQL.event([row[0], row[18], row[14], row[15], row[16], row[17]])
            // The reader gives the record the merged event's id; the synthetic record keeps its own.
            event.record.id = "r" + (row[0].textValue ?? "").dropFirst(3)
            let expected = try StoreSQL.insertEvents([event])[0].arguments
            guard expected == row else {
                throw ServeDataMismatch(message: "serve-data --in-sqlite: row \(row) differs from the store's \(expected)")
            }
        }
    }
}
