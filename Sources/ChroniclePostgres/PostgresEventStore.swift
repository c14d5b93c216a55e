import ChronicleCore
import ChronicleStore
import Foundation
import Logging
import PostgresNIO

/// The ``EventStore`` for teams: PostgreSQL through postgres-nio, with many writers.
///
/// Each document is stored in one transaction. Concurrent writers serialize on advisory
/// locks: one per document id, one per merge key the document touches (taken in sorted
/// order, so two writers never deadlock), so that two processes never recompute the same
/// merged events at once. Sentences are searched with a generated `tsvector` column.
///
/// ```swift
/// let store = try await PostgresEventStore.connect(url: "postgres://chronicle@localhost/chronicle")
/// try await store.migrate()
/// defer { Task { try await store.close() } }
/// ```
public final class PostgresEventStore: EventStore, Sendable {
    private let client: PostgresClient
    private let runner: Task<Void, Never>
    private let logger: Logger
    /// The location, password hidden.
    public let location: String

    private init(client: PostgresClient, location: String, logger: Logger) {
        self.client = client
        self.location = location
        self.logger = logger
        runner = Task { await client.run() }
    }

    /// Connects to a database named by a `postgres://` URL.
    ///
    /// One connection is opened first so that a wrong address or password fails at once with
    /// the server's message (the pool would retry for a minute).
    /// - Throws: ``StoreError`` `.invalidLocation` or `.connection`.
    public static func connect(url: String) async throws -> PostgresEventStore {
        let location = try PostgresLocation(url: url)
        var logger = Logger(label: "chronicle.postgres")
        logger.logLevel = .critical
        do {
            let connection = try await PostgresConnection.connect(
                configuration: location.connectionConfiguration, id: 1, logger: logger)
            if let schema = location.schema {
                try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \(schema)"),
                                           logger: logger)
            }
            try await connection.close()
        } catch {
            throw StoreError(.connection, "cannot connect to \(location)", cause: PostgresErrorMessage(error))
        }
        return PostgresEventStore(client: PostgresClient(configuration: location.configuration,
                                                         backgroundLogger: logger),
                                  location: location.description, logger: logger)
    }

    public func close() async throws {
        runner.cancel()
        await runner.value
    }

    // MARK: Running statements

    private static func query(_ statement: SQLStatement) -> PostgresQuery {
        var binds = PostgresBindings(capacity: statement.arguments.count)
        for argument in statement.arguments {
            switch argument {
            case let .int(v): binds.append(v)
            case let .double(v): binds.append(v)
            case let .text(v): binds.append(v)
            case .null: binds.appendNull()
            }
        }
        return PostgresQuery(unsafeSQL: statement.postgresText, binds: binds)
    }

    private static func value(_ cell: PostgresCell) throws -> SQLValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8: return .int(try cell.decode(Int.self))
        case .float4, .float8: return .double(try cell.decode(Double.self))
        case .numeric: return .double(NSDecimalNumber(decimal: try cell.decode(Decimal.self)).doubleValue)
        case .bool: return .int(try cell.decode(Bool.self) ? 1 : 0)
        default: return .text(try cell.decode(String.self))
        }
    }

    private static func rows(_ connection: PostgresConnection, _ statement: SQLStatement,
                             _ logger: Logger) async throws -> [SQLRow] {
        var rows: [SQLRow] = []
        for try await row in try await connection.query(query(statement), logger: logger) {
            rows.append(try row.map(value))
        }
        return rows
    }

    private static func execute(_ connection: PostgresConnection, _ statement: SQLStatement,
                                _ logger: Logger) async throws {
        try await connection.query(query(statement), logger: logger)
    }

    private func read<T: Sendable>(_ what: String,
                                   _ body: (PostgresConnection, Logger) async throws -> T) async throws -> T {
        do {
            return try await client.withConnection { connection in try await body(connection, logger) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.query, "PostgreSQL \(what) failed on \(location)", cause: PostgresErrorMessage(error))
        }
    }

    // MARK: Schema

    public func migrate() async throws {
        do {
            try await client.withConnection { connection in
                try await connection.query(PostgresQuery(unsafeSQL: PostgresSchema.createMigrationsTable),
                                           logger: logger)
            }
            for migration in PostgresSchema.migrations {
                try await client.withTransaction(logger: logger) { connection in
                    try await Self.execute(connection, SQLStatement(
                        "SELECT pg_advisory_xact_lock(?)", [.int(PostgresSchema.migrationLock)]), logger)
                    let applied = try await Self.rows(connection, SQLStatement(
                        "SELECT 1 FROM schema_migrations WHERE version = ?", [.int(migration.version)]), logger)
                    guard applied.isEmpty else { return }
                    for statement in migration.statements {
                        try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                    }
                    try await Self.execute(connection, SQLStatement(
                        "INSERT INTO schema_migrations (version, name) VALUES (?, ?)",
                        [.int(migration.version), .text(migration.name)]), logger)
                }
            }
        } catch {
            throw StoreError(.migration, "cannot migrate \(location)", cause: PostgresErrorMessage(error))
        }
    }

    // MARK: Writing

    public func contentHash(documentID: String) async throws -> String? {
        try await read("hash lookup") { connection, logger in
            try await Self.rows(connection, StoreSQL.contentHash(documentID), logger).first?.first?.textValue
        }
    }

    public func store(_ coded: CodedDocument) async throws -> IngestOutcome {
        let hash = ContentHash.of(coded)
        let id = coded.document.id
        let logger = self.logger
        do {
            return try await client.withTransaction(logger: logger) { connection in
                try await Self.execute(connection, SQLStatement(
                    "SELECT pg_advisory_xact_lock(hashtext(?))", [.text("doc:" + id)]), logger)
                let previous = try await Self.rows(connection, StoreSQL.contentHash(id), logger).first?.first?.textValue
                if previous == hash { return .unchanged }
                let removed = try await Self.rows(connection, StoreSQL.mentions(ofDocument: id), logger)
                    .map(StoreSQL.mention)
                let added = coded.events.enumerated().map { ordinal, record in
                    StoredMention(documentID: id, ordinal: ordinal, record: record,
                                  documentSource: coded.document.source)
                }
                for key in Set((added + removed).compactMap(\.mergeKey)).sorted() {
                    try await Self.execute(connection, SQLStatement(
                        "SELECT pg_advisory_xact_lock(hashtext(?))", [.text("key:" + key)]), logger)
                }
                for statement in StoreSQL.deleteDocument(id) {
                    try await Self.execute(connection, statement, logger)
                }
                for statement in try StoreSQL.insertDocument(coded, hash: hash, mentions: added) {
                    try await Self.execute(connection, statement, logger)
                }
                var builder = MergeRegionBuilder(added: added, removed: removed)
                while let fetch = builder.next() {
                    builder.receive(fetch, try await Self.rows(connection, StoreSQL.fetch(fetch), logger)
                        .map(StoreSQL.mention))
                }
                let plan = EventClusterer.cluster(builder.mentions)
                var oldTrendRows: [SQLRow] = []
                for batch in StoreSQL.batches(builder.oldEventIDs.sorted()) {
                    oldTrendRows += try await Self.rows(connection, StoreSQL.dyadMonthRows(ofEvents: batch), logger)
                }
                for statement in try StoreSQL.apply(plan, replacing: builder.oldEventIDs, oldTrendRows: oldTrendRows) {
                    try await Self.execute(connection, statement, logger)
                }
                return previous == nil ? .inserted : .replaced
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.query, "cannot store document \(id) in \(location)", cause: PostgresErrorMessage(error))
        }
    }

    // MARK: Reading

    public func document(id: String) async throws -> StoredDocument? {
        try await read("document") { connection, logger in
            try await Self.rows(connection, StoreSQL.document(id: id), logger).first.map(StoreSQL.storedDocument)
        }
    }

    public func documents(limit: Int) async throws -> [StoredDocument] {
        try await read("documents") { connection, logger in
            try await Self.rows(connection, StoreSQL.documents(limit: limit), logger).map(StoreSQL.storedDocument)
        }
    }

    public func events(_ query: EventQuery) async throws -> EventPage {
        let statement = try StoreSQL.events(query)
        return try await read("timeline") { connection, logger in
            try StoreSQL.page(try await Self.rows(connection, statement, logger), limit: query.limit)
        }
    }

    public func eventDetail(id: String) async throws -> EventDetail? {
        try await read("event detail") { connection, logger in
            guard let row = try await Self.rows(connection, StoreSQL.event(id: id), logger).first else { return nil }
            let mentions = try await Self.rows(connection, StoreSQL.mentionDetails(eventID: id), logger)
                .map(StoreSQL.mentionDetail)
            return EventDetail(event: try StoreSQL.event(row), mentions: mentions)
        }
    }

    /// Every requested event with its reports, many ids per statement.
    public func eventDetails(ids: [String]) async throws -> [EventDetail] {
        try await read("event details") { connection, logger in
            var out: [EventDetail] = []
            for batch in StoreSQL.batches(ids) {
                out += try StoreSQL.eventDetails(
                    ids: batch, events: try await Self.rows(connection, StoreSQL.events(ids: batch), logger),
                    mentions: try await Self.rows(connection, StoreSQL.mentionDetails(eventIDs: batch), logger))
            }
            return out
        }
    }

    /// The reports of the requested events, many ids per statement.
    public func eventMentions(eventIDs: [String]) async throws -> [String: [EventMention]] {
        try await read("event mentions") { connection, logger in
            var out: [String: [EventMention]] = [:]
            for batch in StoreSQL.batches(eventIDs) {
                out.merge(try StoreSQL.eventMentions(
                    try await Self.rows(connection, StoreSQL.mentionDetails(eventIDs: batch), logger)),
                          uniquingKeysWith: { a, _ in a })
            }
            return out
        }
    }

    /// The requested documents' metadata, without their text, many ids per statement.
    public func documentMetadata(ids: [String]) async throws -> [DocumentMetadata] {
        try await read("document metadata") { connection, logger in
            var out: [DocumentMetadata] = []
            for batch in StoreSQL.batches(ids) {
                let rows = try await Self.rows(connection, StoreSQL.documentMetadata(ids: batch), logger)
                    .map(StoreSQL.documentMetadata)
                out += StoreSQL.inOrder(batch, Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }))
            }
            return out
        }
    }

    public func annotations(documentID id: String) async throws -> DocumentAnnotations? {
        try await read("annotations") { connection, logger in
            guard try await Self.rows(connection, StoreSQL.contentHash(id), logger).first != nil else { return nil }
            return DocumentAnnotations(
                documentID: id,
                sentences: try await Self.rows(connection, StoreSQL.sentences(ofDocument: id), logger)
                    .map(StoreSQL.sentence),
                times: try await Self.rows(connection, StoreSQL.times(ofDocument: id), logger).map(StoreSQL.time),
                actors: try await Self.rows(connection, StoreSQL.actors(ofDocument: id), logger).map(StoreSQL.actor),
                reports: try await Self.rows(connection, StoreSQL.reports(ofDocument: id), logger)
                    .map(StoreSQL.report))
        }
    }

    public func search(_ query: SentenceQuery) async throws -> [SentenceHit] {
        let words = query.words
        guard !words.isEmpty else { return [] }
        let statement = StoreSQL.sentenceSearch(
            query, tables: "sentences s JOIN documents d ON d.id = s.document_id",
            match: "s.tsv @@ plainto_tsquery('english', ?)", matchArgument: .text(words.joined(separator: " ")))
        return try await read("search") { connection, logger in
            var hits: [SentenceHit] = []
            for row in try await Self.rows(connection, statement, logger) {
                let (documentID, index) = StoreSQL.sentenceOfHit(row)
                let events = try await Self.rows(connection, StoreSQL.events(inSentence: index, documentID: documentID),
                                                 logger).map(StoreSQL.event)
                hits.append(StoreSQL.sentenceHit(row, events: events))
            }
            return hits
        }
    }

    public func trend(_ query: TrendQuery) async throws -> [TrendRow] {
        try await read("trend") { connection, logger in
            MonthlyAggregate.trendRows(try await Self.rows(connection, StoreSQL.trend(query), logger)
                .map(StoreSQL.monthlyAggregate), by: query.by)
        }
    }

    public func balance(_ query: BalanceQuery) async throws -> Balance {
        try await read("balance") { connection, logger in
            StoreSQL.balance(try await Self.rows(connection, StoreSQL.balance(query), logger), query: query)
        }
    }

    public func dyads(from: CalendarDay?, to: CalendarDay?, limit: Int) async throws -> [DyadActivity] {
        try await read("dyads") { connection, logger in
            StoreSQL.dyads(try await Self.rows(connection, StoreSQL.dyads(from: from, to: to), logger), limit: limit)
        }
    }

    public func stats() async throws -> StoreStats {
        try await read("stats") { connection, logger in
            StoreSQL.stats(try await Self.rows(connection, StoreSQL.stats, logger).first ?? [])
        }
    }

    public func canonicalDump() async throws -> [String] {
        try await read("dump") { connection, logger in
            var lines: [String] = []
            for (statement, format) in StoreSQL.dump {
                lines += try await Self.rows(connection, statement, logger).map(format)
            }
            return lines.sorted()
        }
    }

    /// Runs a statement and returns its rows, for tools (the benchmark) that look at the
    /// schema itself.
    public func rows(_ statement: SQLStatement) async throws -> [SQLRow] {
        try await read("query") { connection, logger in try await Self.rows(connection, statement, logger) }
    }

    /// Runs raw statements, for the benchmark's bulk loading and for tests.
    public func execute(_ statements: [SQLStatement]) async throws {
        try await client.withTransaction(logger: logger) { connection in
            for statement in statements { try await Self.execute(connection, statement, logger) }
        }
    }
}
