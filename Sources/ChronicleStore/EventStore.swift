import ChronicleCore

/// What storing a coded document did.
public enum IngestOutcome: String, Sendable, Hashable, Codable {
    /// The document was new.
    case inserted
    /// A document with the same id but another content hash was replaced, with its events.
    case replaced
    /// A document with the same id and content hash was already stored; nothing changed.
    case unchanged
}

/// Where Chronicle keeps documents, sentences, mentions and merged events.
///
/// One protocol, several backends with the same schema and behaviour: ``MemoryEventStore``
/// (tests), `SQLiteEventStore` (the default; one file) and `PostgresEventStore` (several users
/// and writers). The conformance suite in `ChronicleStoreTests` runs against each of them.
///
/// Storing is idempotent and atomic per document: a document with an unchanged content hash
/// is skipped; a changed one has its old mentions removed and the merged events around them
/// recomputed (see ``MergeRule``), all in one transaction.
///
/// ```swift
/// let store: any EventStore = MemoryEventStore()
/// try await store.migrate()
/// _ = try await store.store(coded)
/// let page = try await store.events(EventQuery(dyad: Dyad("JPN", "KOR")))
/// ```
public protocol EventStore: Sendable {
    /// Creates or upgrades the schema. Safe to call on every start.
    func migrate() async throws

    /// Stores one coded document atomically.
    ///
    /// - Returns: Whether it was inserted, replaced an older version, or was unchanged.
    func store(_ coded: CodedDocument) async throws -> IngestOutcome

    /// The content hash stored for a document id, or nil when the id is unknown.
    ///
    /// The ingest pipeline compares it with ``ContentHash/of(_:)`` to skip coding documents
    /// that are already stored.
    func contentHash(documentID: String) async throws -> String?

    /// One stored document with its text, or nil.
    func document(id: String) async throws -> StoredDocument?

    /// The most recent documents by publication date (newest first, then by id).
    func documents(limit: Int) async throws -> [StoredDocument]

    /// Merged events matching a query, in date order, one page at a time.
    func events(_ query: EventQuery) async throws -> EventPage

    /// One merged event with every report of it, or nil.
    func eventDetail(id: String) async throws -> EventDetail?

    /// Several merged events with their reports, in the order asked (unknown ids are left out).
    /// Backends override the default, which asks for each event in turn, to read them at once.
    func eventDetails(ids: [String]) async throws -> [EventDetail]

    /// The reports of several merged events, by event id, each list in report order (events
    /// without reports, and unknown ids, are absent). For callers that already hold the
    /// events, such as the digest builder: it reads no event row. Backends override the
    /// default, which reads whole event details.
    func eventMentions(eventIDs: [String]) async throws -> [String: [EventMention]]

    /// Several stored documents, in the order asked (unknown ids are left out).
    func documents(ids: [String]) async throws -> [StoredDocument]

    /// Headline, outlet, date and link of several documents, in the order asked (unknown ids
    /// are left out), without reading their text. Backends override the default, which reads
    /// whole documents, to read only these columns, many ids at a time.
    func documentMetadata(ids: [String]) async throws -> [DocumentMetadata]

    /// What the store holds about the inside of a document: sentences, temporal expressions,
    /// actor mentions and event reports with their merged events; nil for an unknown id.
    func annotations(documentID: String) async throws -> DocumentAnnotations?

    /// Full-text search over sentences, with the events coded in each hit.
    func search(_ query: SentenceQuery) async throws -> [SentenceHit]

    /// Per-period event counts by QuadClass and Goldstein sums between two countries, in each
    /// direction.
    func trend(_ query: TrendQuery) async throws -> [TrendRow]

    /// The split of one country's acts into the four QuadClasses.
    func balance(_ query: BalanceQuery) async throws -> Balance

    /// The most active dyads (pairs of distinct countries) in a period.
    func dyads(from: CalendarDay?, to: CalendarDay?, limit: Int) async throws -> [DyadActivity]

    /// Row counts and the date range covered.
    func stats() async throws -> StoreStats

    /// Every stored fact as sorted text lines, independent of the backend and of the order
    /// in which documents were stored: two stores holding the same documents dump equal lines.
    func canonicalDump() async throws -> [String]

    /// Releases connections. The store must not be used afterwards.
    func close() async throws
}
