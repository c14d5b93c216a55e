import ChronicleCore
import ChroniclePostgres
import ChronicleSQLite
import ChronicleStore
import Foundation

/// `chronicle-bench store`: ingest rate (documents/s, events/s) into SQLite and PostgreSQL,
/// then timeline, trend and balance latency over a synthetic table of merged events.
///
/// ```
/// chronicle-bench store --events 1000000 --documents 2000 --postgres postgres://postgres@127.0.0.1:5432/bench
/// ```
/// Events are spread over 60 countries with Zipf-like dyad weights (the busiest dyad holds a
/// few percent of all events, as USA–CHN does in real data) and over 25 years.
enum StoreBenchmark {
    static func run(_ arguments: [String]) async {
        var events = 1_000_000
        var documents = 2000
        var postgres: String?
        var index = 0
        while index < arguments.count {
            let value = index + 1 < arguments.count ? arguments[index + 1] : ""
            switch arguments[index] {
            case "--events": events = Int(value) ?? events
            case "--documents": documents = Int(value) ?? documents
            case "--postgres": postgres = value
            default: say("unknown option \(arguments[index])")
            }
            index += 2
        }
        do {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-bench-\(getpid())")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: dir) }

            var loadAverage = [0.0, 0, 0]
            getloadavg(&loadAverage, 3)
            say(String(format: "load average %.1f on %d cores", loadAverage[0],
                         ProcessInfo.processInfo.activeProcessorCount))
            say("## Ingest (\(documents) documents, 6 events each, through EventStore.store)")
            let sqliteIngest = try SQLiteEventStore(path: dir.appendingPathComponent("ingest.sqlite").path)
            try await ingest(sqliteIngest, name: "SQLite", documents: documents)
            try await sqliteIngest.close()
            if let postgres {
                let store = try await PostgresEventStore.connect(url: postgres + separator(postgres) + "schema=bench_ingest")
                try await store.execute([SQLStatement("DROP SCHEMA bench_ingest CASCADE"),
                                         SQLStatement("CREATE SCHEMA bench_ingest")])
                try await ingest(store, name: "PostgreSQL", documents: documents)
                try await store.close()
            }

            say("\n## Queries over \(events) merged events")
            let sqlite = try SQLiteEventStore(path: dir.appendingPathComponent("query.sqlite").path)
            try await sqlite.migrate()
            // Indexes are dropped during the load and built afterwards (sorting once is much
            // faster than inserting millions of random keys); the definitions come from the
            // database itself, so they are the schema's.
            let indexes = try await sqlite.rows(SQLStatement(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL"))
            try await sqlite.execute([SQLStatement("PRAGMA cache_size = -1000000")]
                + indexes.map { SQLStatement("DROP INDEX \($0[0].textValue!)") })
            try await load(events: events, name: "SQLite") { try await sqlite.execute($0) }
            try await timedOnce("SQLite: index build") {
                try await sqlite.execute(indexes.map { SQLStatement($0[1].textValue!) } + [SQLStatement("ANALYZE")])
            }
            try await queries(sqlite, name: "SQLite")
            try await sqlite.close()
            if let postgres {
                let store = try await PostgresEventStore.connect(url: postgres + separator(postgres) + "schema=bench_query")
                try await store.execute([SQLStatement("DROP SCHEMA bench_query CASCADE"),
                                         SQLStatement("CREATE SCHEMA bench_query")])
                try await store.migrate()
                let indexes = try await store.rows(SQLStatement("""
                    SELECT indexname, indexdef FROM pg_indexes
                    WHERE schemaname = 'bench_query' AND tablename = 'events' AND indexname <> 'events_pkey'
                    """))
                try await store.execute(indexes.map { SQLStatement("DROP INDEX \($0[0].textValue!)") })
                try await load(events: events, name: "PostgreSQL") { try await store.execute($0) }
                try await timedOnce("PostgreSQL: index build") {
                    try await store.execute(indexes.map { SQLStatement($0[1].textValue!) } + [SQLStatement("ANALYZE")])
                }
                try await queries(store, name: "PostgreSQL")
                try await store.close()
            }
        } catch {
            say("chronicle-bench: error: \(error)")
        }
    }

    static func separator(_ url: String) -> String { url.contains("?") ? "&" : "?" }

    // MARK: Synthetic data

    static let countries = ["USA", "CHN", "RUS", "PRK", "KOR", "JPN", "IRN", "ISR", "UKR", "GBR", "FRA", "DEU",
                            "IND", "PAK", "TUR", "SYR", "SAU", "EGY", "BRA", "MEX", "CAN", "AUS", "IDN", "VNM",
                            "PHL", "TWN", "AFG", "IRQ", "LBN", "QAT", "ARE", "ZAF", "NGA", "ETH", "KEN", "VEN",
                            "COL", "ARG", "CHL", "PER", "POL", "ITA", "ESP", "NLD", "BEL", "SWE", "NOR", "FIN",
                            "GRC", "SRB", "HUN", "ROU", "BLR", "KAZ", "UZB", "MMR", "THA", "MYS", "SGP", "NZL"]
    static let codes: [(cameo: String, quad: Int, goldstein: Double)] = [
        ("010", 1, 0.0), ("036", 1, 4.0), ("040", 1, 1.0), ("042", 1, 1.9), ("043", 1, 2.8), ("057", 1, 8.0),
        ("061", 2, 6.4), ("071", 2, 7.4), ("112", 3, -2.0), ("130", 3, -4.4), ("160", 4, -4.0), ("190", 4, -10.0),
    ]

    /// Picks a country index with weight ~ 1 / (rank + 1).
    static func zipf(_ generator: inout SplitMix) -> Int {
        let total = (1...countries.count).reduce(0.0) { $0 + 1 / Double($1) }
        var x = Double(generator.next() % 1_000_000) / 1_000_000 * total
        for i in 0..<countries.count {
            x -= 1 / Double(i + 1)
            if x <= 0 { return i }
        }
        return countries.count - 1
    }

    static func record(_ i: Int, doc: String, _ generator: inout SplitMix) -> EventRecord {
        let a = zipf(&generator)
        var b = zipf(&generator)
        if b == a { b = (a + 1) % countries.count }
        let code = codes[Int(generator.next() % UInt64(codes.count))]
        let day = CalendarDay(iso: "2000-01-01")!.adding(days: Int(generator.next() % 9131))
        let text = "Officials of \(countries[a]) and \(countries[b]) were reported in event \(i) of the synthetic feed."
        return EventRecord(
            id: "r\(i)", doc: doc, sentenceIndex: i % 6, date: day.description, dateStart: day, dateEnd: day,
            dateBasis: .explicit, source: ActorRef(text: countries[a], country: countries[a], code: countries[a]),
            target: ActorRef(text: countries[b], country: countries[b], code: countries[b]), cameo: code.cameo,
            root: String(code.cameo.prefix(2)), quad: code.quad, goldstein: code.goldstein, plover: nil,
            mode: .asserted, location: nil, reportedBy: [], text: text, span: [0, text.count], confidence: 0.8)
    }

    // MARK: Ingest

    static func ingest(_ store: any EventStore, name: String, documents: Int) async throws {
        try await store.migrate()
        var generator = SplitMix(seed: 7)
        var coded: [CodedDocument] = []
        for d in 0..<documents {
            let events = (0..<6).map { record(d * 6 + $0, doc: "doc-\(d)", &generator) }
            let text = events.map(\.text).joined(separator: " ")
            var offset = 0
            let sentences = events.enumerated().map { i, e -> SentenceRecord in
                defer { offset += e.text.count + 1 }
                return SentenceRecord(index: i, start: offset, end: offset + e.text.count, text: e.text)
            }
            coded.append(CodedDocument(document: Document(id: "doc-\(d)", text: text,
                                                          publicationDate: events[0].dateStart, source: "Wire \(d % 5)"),
                                       sentences: sentences, events: events))
        }
        let clock = ContinuousClock()
        let cpuStart = cpuSeconds()
        let elapsed = try await clock.measure {
            for document in coded { _ = try await store.store(document) }
        }
        let cpu = cpuSeconds() - cpuStart
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let stats = try await store.stats()
        say(String(format: "%@: %.0f documents/s, %.0f events/s wall; %.0f documents/s per CPU second of this "
                     + "process (%d merged events from %d reports)", name,
                     Double(documents) / seconds, Double(documents * 6) / seconds, Double(documents) / cpu,
                     stats.events, stats.eventMentions))
    }

    // MARK: Queries

    /// Bulk-loads synthetic merged events (bypassing merging: query cost does not depend on
    /// how events were merged). The rows are generated by the database itself, from small
    /// lookup tables the benchmark fills (country pairs drawn with Zipf weights, CAMEO codes,
    /// days over 25 years), with SQL that SQLite and PostgreSQL both run: Swift-side row
    /// building would take most of the time.
    static func load(events: Int, name: String, execute: ([SQLStatement]) async throws -> Void) async throws {
        let clock = ContinuousClock()
        let start = clock.now
        let cpuStart = cpuSeconds()
        var generator = SplitMix(seed: 11)
        var setup = [
            SQLStatement("CREATE TABLE bench_pairs (slot BIGINT PRIMARY KEY, a TEXT, b TEXT, dyad TEXT)"),
            SQLStatement("""
                CREATE TABLE bench_codes (slot BIGINT PRIMARY KEY, cameo TEXT, root TEXT, quad BIGINT,
                                          goldstein DOUBLE PRECISION, sym BIGINT)
                """),
            SQLStatement("CREATE TABLE bench_days (slot BIGINT PRIMARY KEY, day BIGINT, iso TEXT, month BIGINT)"),
        ]
        for slot in 0..<4096 {
            let a = zipf(&generator)
            var b = zipf(&generator)
            if b == a { b = (a + 1) % countries.count }
            setup.append(SQLStatement("INSERT INTO bench_pairs VALUES (?, ?, ?, ?)",
                [.int(slot), .text(countries[a]), .text(countries[b]), .text(Dyad(countries[a], countries[b]).key)]))
        }
        for (slot, code) in codes.enumerated() {
            let symmetric = MergeRule.symmetricRoots.contains(String(code.cameo.prefix(2)))
                || MergeRule.symmetricCodes.contains(code.cameo)
            setup.append(SQLStatement("INSERT INTO bench_codes VALUES (?, ?, ?, ?, ?, ?)",
                [.int(slot), .text(code.cameo), .text(String(code.cameo.prefix(2))), .int(code.quad),
                 .double(code.goldstein), .int(symmetric ? 1 : 0)]))
        }
        let first = CalendarDay(iso: "2000-01-01")!
        for slot in 0..<9131 {
            let day = first.adding(days: slot)
            setup.append(SQLStatement("INSERT INTO bench_days VALUES (?, ?, ?, ?)",
                [.int(slot), .int(day.dayNumber), .text(day.description), .int(StoreRounding.monthKey(day))]))
        }
        try await execute(setup)

        let actor = { (c: String) in
            "'{\"code\":\"' || \(c) || '\",\"country\":\"' || \(c) || '\",\"name\":null,\"sector\":null,\"text\":\"' || \(c) || '\"}'"
        }
        let evidence = "'Officials of ' || p.a || ' and ' || p.b || ' were reported in event ' || h.i || ' of the synthetic feed.'"
        let record = """
            '{"cameo":"' || c.cameo || '","confidence":0.8,"date":"' || d.iso || '","date_basis":"explicit",'
            || '"date_end":"' || d.iso || '","date_start":"' || d.iso || '","doc":"doc-' || (h.i / 6) || '",'
            || '"goldstein":' || c.goldstein || ',"id":"r' || h.i || '","location":null,"mode":"asserted",'
            || '"plover":null,"quad":' || c.quad || ',"reported_by":[],"root":"' || c.root || '","schema":1,'
            || '"sentence_index":' || (h.i % 6) || ',"source":' || \(actor("p.a")) || ',"span":[0,80],'
            || '"target":' || \(actor("p.b")) || ',"text":"' || \(evidence) || '"}'
            """
        let numbers = """
            WITH RECURSIVE n(i) AS (SELECT CAST(? AS BIGINT) UNION ALL SELECT i + 1 FROM n WHERE i + 1 < CAST(? AS BIGINT)),
            h AS (SELECT i, (i * 2654435761 + 12345) % 4294967296 AS h1,
                            (i * 2246822519 + 3266489917) % 4294967296 AS h2 FROM n)
            """
        let chunk = 250_000
        var done = 0
        while done < events {
            let end = min(events, done + chunk)
            try await execute([
                SQLStatement("""
                    \(numbers)
                    INSERT INTO events (id, merge_key, dyad, source_country, target_country, root, cameo, quad, goldstein,
                                        mode, date, day_start, day_end, month, is_symmetric, mention_count, documents,
                                        sources, record)
                    SELECT 'ev-' || h.i, p.a || '|' || p.b || '|' || c.root, p.dyad, p.a, p.b, c.root, c.cameo, c.quad,
                           c.goldstein, 'asserted', d.iso, d.day, d.day, d.month, c.sym, 1 + h.i % 3,
                           '["doc-' || (h.i / 6) || '"]', '["Wire ' || (h.i % 5) || '"]', \(record)
                    FROM h JOIN bench_pairs p ON p.slot = h.h1 % 4096
                           JOIN bench_codes c ON c.slot = (h.h1 / 4096) % \(codes.count)
                           JOIN bench_days d ON d.slot = h.h2 % 9131
                    """, [.int(done), .int(end)]),
                SQLStatement("""
                    \(numbers)
                    INSERT INTO event_sources (event_id, name, name_lower)
                    SELECT 'ev-' || h.i, 'Wire ' || (h.i % 5), 'wire ' || (h.i % 5) FROM h
                    """, [.int(done), .int(end)]),
            ])
            done = end
        }
        let elapsed = clock.now - start
        say(String(format: "%@: loaded %d events in %d s wall (%.1f s CPU in this process)", name, events,
                     Int(elapsed.components.seconds), cpuSeconds() - cpuStart))
    }

    /// CPU seconds (user and system) this process has used: on a shared, loaded machine the
    /// fair measure of in-process work (wall time includes waiting for a core).
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    static func timedOnce(_ label: String, _ body: () async throws -> Void) async throws {
        let clock = ContinuousClock()
        let cpuStart = cpuSeconds()
        let elapsed = try await clock.measure { try await body() }
        say(String(format: "%@ in %d s wall (%.1f s CPU in this process)", label, Int(elapsed.components.seconds),
                     cpuSeconds() - cpuStart))
    }

    static func timed(_ label: String, runs: Int = 20, _ body: () async throws -> Int) async throws {
        let clock = ContinuousClock()
        var times: [Double] = []
        var cpu: [Double] = []
        var rows = 0
        for _ in 0..<runs {
            let cpuStart = cpuSeconds()
            let elapsed = try await clock.measure { rows = try await body() }
            cpu.append((cpuSeconds() - cpuStart) * 1000)
            times.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
        }
        times.sort()
        cpu.sort()
        say(String(format: "  %-36@ wall median %7.2f ms  p90 %7.2f ms | cpu median %7.2f ms  (%d rows)",
                     label as NSString, times[times.count / 2], times[times.count * 9 / 10], cpu[cpu.count / 2], rows))
    }

    static func queries(_ store: any EventStore, name: String) async throws {
        let top = try await store.dyads(from: nil, to: nil, limit: 1)
        guard let dyad = top.first?.dyad else { return }
        say("\(name): busiest dyad \(dyad.key) with \(top[0].events) events")
        try await timed("dyad timeline, first 100") {
            try await store.events(EventQuery(dyad: dyad, limit: 100)).events.count
        }
        try await timed("dyad timeline, 100 from 2015-06-01") {
            try await store.events(EventQuery(dyad: dyad, from: CalendarDay(iso: "2015-06-01"), limit: 100)).events.count
        }
        let all = try await store.dyads(from: nil, to: nil, limit: 2000)
        let rare = all[all.count / 2].dyad
        say("\(name): a median dyad, \(rare.key), has \(all[all.count / 2].events) events")
        try await timed("median dyad timeline, first 100") {
            try await store.events(EventQuery(dyad: rare, limit: 100)).events.count
        }
        try await timed("country timeline (KOR), first 100") {
            try await store.events(EventQuery(country: "KOR", limit: 100)).events.count
        }
        try await timed("dyad trend by month, all years", runs: 5) {
            try await store.trend(TrendQuery(dyad, by: .month)).count
        }
        try await timed("dyad trend by quarter, 2018-2019", runs: 5) {
            try await store.trend(TrendQuery(dyad, by: .quarter, from: CalendarDay(iso: "2018-01-01"),
                                             to: CalendarDay(iso: "2019-12-31"))).count
        }
        try await timed("balance KOR toward JPN", runs: 5) {
            try await store.balance(BalanceQuery("KOR", toward: "JPN")).total
        }
    }
}

/// Prints a line at once (unbuffered), so that a long run shows its figures as they come.
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// A seeded generator, so that every run benchmarks the same data.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
