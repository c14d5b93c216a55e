import ChronicleCore
import ChronicleStore
import Foundation
import GRDB

/// The default ``EventStore``: one SQLite file through GRDB, in WAL mode.
///
/// Each document is stored in one transaction; WAL keeps readers unblocked while a writer
/// works and makes a killed process lose at most the transaction in flight, never half of it.
/// Sentences are indexed with FTS5 (Porter stemmer).
///
/// ```swift
/// let store = try SQLiteEventStore(path: "chronicle.sqlite")
/// try await store.migrate()
/// let page = try await store.events(EventQuery(dyad: Dyad("JPN", "KOR")))
/// ```
public final class SQLiteEventStore: EventStore, Sendable {
    private let pool: DatabasePool
    /// The database file.
    public let path: String

    /// Opens (creating when missing) a database file.
    /// - Throws: ``StoreError`` `.connection` when the file cannot be opened.
    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            // In WAL mode NORMAL loses no committed transaction when the process dies; only a
            // power failure can roll back the last ones, and the database stays consistent.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StoreError(.connection, "cannot open SQLite database \(path)", cause: error)
        }
    }

    public func migrate() async throws {
        do {
            try SQLiteSchema.migrator.migrate(pool)
        } catch {
            throw StoreError(.migration, "cannot migrate SQLite database \(path)", cause: error)
        }
    }

    public func close() async throws {
        try pool.close()
    }

    /// Runs a read-only statement and returns its rows, for tools (the benchmark) that look
    /// at the schema itself.
    public func rows(_ statement: SQLStatement) async throws -> [SQLRow] {
        try await read("query") { db in try Self.rows(db, statement) }
    }

    /// Runs statements in one transaction: the benchmark's bulk loading.
    public func execute(_ statements: [SQLStatement]) async throws {
        try await pool.write { db in
            for statement in statements { try Self.execute(db, statement) }
        }
    }

    // MARK: Running statements

    private static func arguments(_ values: [SQLValue]) -> StatementArguments {
        StatementArguments(values.map { value -> DatabaseValue in
            switch value {
            case let .int(v): return v.databaseValue
            case let .double(v): return v.databaseValue
            case let .text(v): return v.databaseValue
            case .null: return .null
            }
        })
    }

    /// A SQLite value as the store's dialect-neutral ``SQLValue`` (blobs read as UTF-8 text).
    public static func value(_ value: DatabaseValue) -> SQLValue {
        switch value.storage {
        case .null: return .null
        case let .int64(v): return .int(Int(v))
        case let .double(v): return .double(v)
        case let .string(v): return .text(v)
        case let .blob(v): return .text(String(decoding: v, as: UTF8.self))
        }
    }

    static func execute(_ db: Database, _ statement: SQLStatement) throws {
        try db.cachedStatement(sql: statement.sql).execute(arguments: arguments(statement.arguments))
    }

    static func rows(_ db: Database, _ statement: SQLStatement) throws -> [SQLRow] {
        let prepared = try db.cachedStatement(sql: statement.sql)
        return try Row.fetchAll(prepared, arguments: arguments(statement.arguments)).map { row in
            row.databaseValues.map(value)
        }
    }

    private func read<T: Sendable>(_ what: String, _ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.query, "SQLite \(what) failed on \(path)", cause: error)
        }
    }

    // MARK: Writing

    public func contentHash(documentID: String) async throws -> String? {
        try await read("hash lookup") { db in
            try Self.rows(db, StoreSQL.contentHash(documentID)).first?.first?.textValue
        }
    }

    public func store(_ coded: CodedDocument) async throws -> IngestOutcome {
        let hash = ContentHash.of(coded)
        do {
            return try await pool.write { db in
                let id = coded.document.id
                let previous = try Self.rows(db, StoreSQL.contentHash(id)).first?.first?.textValue
                if previous == hash { return .unchanged }
                let removed = try Self.rows(db, StoreSQL.mentions(ofDocument: id)).map(StoreSQL.mention)
                for statement in StoreSQL.deleteDocument(id) { try Self.execute(db, statement) }
                let added = coded.events.enumerated().map { ordinal, record in
                    StoredMention(documentID: id, ordinal: ordinal, record: record,
                                  documentSource: coded.document.source)
                }
                for statement in try StoreSQL.insertDocument(coded, hash: hash, mentions: added) {
                    try Self.execute(db, statement)
                }
                var builder = MergeRegionBuilder(added: added, removed: removed)
                while let fetch = builder.next() {
                    builder.receive(fetch, try Self.rows(db, StoreSQL.fetch(fetch)).map(StoreSQL.mention))
                }
                let plan = EventClusterer.cluster(builder.mentions)
                var oldTrendRows: [SQLRow] = []
                for batch in StoreSQL.batches(builder.oldEventIDs.sorted()) {
                    oldTrendRows += try Self.rows(db, StoreSQL.dyadMonthRows(ofEvents: batch))
                }
                for statement in try StoreSQL.apply(plan, replacing: builder.oldEventIDs, oldTrendRows: oldTrendRows) {
                    try Self.execute(db, statement)
                }
                return previous == nil ? .inserted : .replaced
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.query, "cannot store document \(coded.document.id) in \(path)", cause: error)
        }
    }

    // MARK: Reading

    public func document(id: String) async throws -> StoredDocument? {
        try await read("document") { db in
            try Self.rows(db, StoreSQL.document(id: id)).first.map(StoreSQL.storedDocument)
        }
    }

    public func documents(limit: Int) async throws -> [StoredDocument] {
        try await read("documents") { db in
            try Self.rows(db, StoreSQL.documents(limit: limit)).map(StoreSQL.storedDocument)
        }
    }

    public func events(_ query: EventQuery) async throws -> EventPage {
        let statement = try StoreSQL.events(query)
        return try await read("timeline") { db in
            try StoreSQL.page(try Self.rows(db, statement), limit: query.limit)
        }
    }

    public func eventDetail(id: String) async throws -> EventDetail? {
        try await read("event detail") { db in
            guard let row = try Self.rows(db, StoreSQL.event(id: id)).first else { return nil }
            let mentions = try Self.rows(db, StoreSQL.mentionDetails(eventID: id)).map(StoreSQL.mentionDetail)
            return EventDetail(event: try StoreSQL.event(row), mentions: mentions)
        }
    }

    /// Every requested event with its reports, read in one transaction, many ids per statement.
    public func eventDetails(ids: [String]) async throws -> [EventDetail] {
        try await read("event details") { db in
            try StoreSQL.batches(ids).flatMap { batch in
                try StoreSQL.eventDetails(ids: batch, events: try Self.rows(db, StoreSQL.events(ids: batch)),
                                          mentions: try Self.rows(db, StoreSQL.mentionDetails(eventIDs: batch)))
            }
        }
    }

    /// The reports of the requested events, read in one transaction, many ids per statement.
    public func eventMentions(eventIDs: [String]) async throws -> [String: [EventMention]] {
        try await read("event mentions") { db in
            var out: [String: [EventMention]] = [:]
            for batch in StoreSQL.batches(eventIDs) {
                out.merge(try StoreSQL.eventMentions(try Self.rows(db, StoreSQL.mentionDetails(eventIDs: batch))),
                          uniquingKeysWith: { a, _ in a })
            }
            return out
        }
    }

    /// The requested documents, read in one transaction.
    public func documents(ids: [String]) async throws -> [StoredDocument] {
        try await read("documents") { db in
            try ids.compactMap { id in try Self.rows(db, StoreSQL.document(id: id)).first.map(StoreSQL.storedDocument) }
        }
    }

    /// The requested documents' metadata, without their text, many ids per statement.
    public func documentMetadata(ids: [String]) async throws -> [DocumentMetadata] {
        try await read("document metadata") { db in
            try StoreSQL.batches(ids).flatMap { batch in
                let rows = try Self.rows(db, StoreSQL.documentMetadata(ids: batch)).map(StoreSQL.documentMetadata)
                return StoreSQL.inOrder(batch, Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }))
            }
        }
    }

    public func annotations(documentID id: String) async throws -> DocumentAnnotations? {
        try await read("annotations") { db in
            guard try Self.rows(db, StoreSQL.contentHash(id)).first != nil else { return nil }
            return DocumentAnnotations(
                documentID: id,
                sentences: try Self.rows(db, StoreSQL.sentences(ofDocument: id)).map(StoreSQL.sentence),
                times: try Self.rows(db, StoreSQL.times(ofDocument: id)).map(StoreSQL.time),
                actors: try Self.rows(db, StoreSQL.actors(ofDocument: id)).map(StoreSQL.actor),
                reports: try Self.rows(db, StoreSQL.reports(ofDocument: id)).map(StoreSQL.report))
        }
    }

    public func search(_ query: SentenceQuery) async throws -> [SentenceHit] {
        let words = query.words
        guard !words.isEmpty else { return [] }
        let statement = StoreSQL.sentenceSearch(
            query, tables: "sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid JOIN documents d ON d.id = s.document_id",
            match: "sentences_fts MATCH ?", matchArgument: .text(words.map { "\"\($0)\"" }.joined(separator: " ")))
        return try await read("search") { db in
            try Self.rows(db, statement).map { row in
                let (documentID, index) = StoreSQL.sentenceOfHit(row)
                let events = try Self.rows(db, StoreSQL.events(inSentence: index, documentID: documentID))
                    .map(StoreSQL.event)
                return StoreSQL.sentenceHit(row, events: events)
            }
        }
    }

    public func trend(_ query: TrendQuery) async throws -> [TrendRow] {
        try await read("trend") { db in
            MonthlyAggregate.trendRows(try Self.rows(db, StoreSQL.trend(query)).map(StoreSQL.monthlyAggregate),
                                       by: query.by)
        }
    }

    public func balance(_ query: BalanceQuery) async throws -> Balance {
        try await read("balance") { db in
            StoreSQL.balance(try Self.rows(db, StoreSQL.balance(query)), query: query)
        }
    }

    public func dyads(from: CalendarDay?, to: CalendarDay?, limit: Int) async throws -> [DyadActivity] {
        try await read("dyads") { db in
            StoreSQL.dyads(try Self.rows(db, StoreSQL.dyads(from: from, to: to)), limit: limit)
        }
    }

    public func stats() async throws -> StoreStats {
        try await read("stats") { db in
            StoreSQL.stats(try Self.rows(db, StoreSQL.stats).first ?? [])
        }
    }

    public func canonicalDump() async throws -> [String] {
        try await read("dump") { db in
            var lines: [String] = []
            for (statement, format) in StoreSQL.dump {
                lines += try Self.rows(db, statement).map(format)
            }
            return lines.sorted()
        }
    }
}
