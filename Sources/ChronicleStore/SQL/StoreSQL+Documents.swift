import ChronicleCore

/// Batched reads for reports (document metadata, event details many at a time) and the
/// annotation reads of the document page.
extension StoreSQL {
    /// How many ids go into one `IN (…)` list: below SQLite's default limit of bound variables.
    public static let batchSize = 500

    /// `?, ?, …` for `count` values.
    static func marks(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }

    /// Splits ids into batches of at most ``batchSize``.
    public static func batches(_ ids: [String]) -> [[String]] {
        stride(from: 0, to: ids.count, by: batchSize).map { Array(ids[$0..<min(ids.count, $0 + batchSize)]) }
    }

    // MARK: Document metadata

    /// The metadata columns of at most ``batchSize`` documents (no text).
    public static func documentMetadata(ids: [String]) -> SQLStatement {
        SQLStatement("""
            SELECT d.id, d.content_hash, d.publication_day, d.title, d.author, d.source, d.url
            FROM documents d WHERE d.id IN (\(marks(ids.count)))
            """, ids.map { .text($0) })
    }

    /// Decodes a row of ``documentMetadata(ids:)``.
    public static func documentMetadata(_ row: SQLRow) -> DocumentMetadata {
        DocumentMetadata(id: row[0].textValue ?? "", title: row[3].textValue, author: row[4].textValue,
                         source: row[5].textValue, url: row[6].textValue,
                         publicationDate: row[2].intValue.map(CalendarDay.init(dayNumber:)),
                         contentHash: row[1].textValue ?? "")
    }

    /// Puts values found by id back in the order asked, leaving out unknown ids.
    public static func inOrder<T>(_ ids: [String], _ found: [String: T]) -> [T] {
        ids.compactMap { found[$0] }
    }

    // MARK: Event details in batches

    /// At most ``batchSize`` events by id.
    public static func events(ids: [String]) -> SQLStatement {
        SQLStatement("SELECT \(eventColumns) FROM events e WHERE e.id IN (\(marks(ids.count)))", ids.map { .text($0) })
    }

    /// The reports of at most ``batchSize`` events, grouped by event and in report order
    /// within each: the columns of ``mentionDetails(eventID:)`` and the event id.
    public static func mentionDetails(eventIDs: [String]) -> SQLStatement {
        SQLStatement("""
            SELECT m.document_id, d.title, d.source, d.publication_day, m.record, m.event_id
            FROM event_mentions m JOIN documents d ON d.id = m.document_id
            WHERE m.event_id IN (\(marks(eventIDs.count)))
            ORDER BY m.event_id, COALESCE(d.publication_day, \(EventSortKey.undated)), m.document_id, m.ordinal
            """, eventIDs.map { .text($0) })
    }

    /// Groups the rows of ``mentionDetails(eventIDs:)`` by event, keeping their order.
    public static func eventMentions(_ rows: [SQLRow]) throws -> [String: [EventMention]] {
        var byEvent = [String: [EventMention]]()
        for row in rows {
            byEvent[row[5].textValue ?? "", default: []].append(try mentionDetail(row))
        }
        return byEvent
    }

    /// Assembles the rows of ``events(ids:)`` and ``mentionDetails(eventIDs:)`` into details
    /// in the order of `ids`.
    public static func eventDetails(ids: [String], events: [SQLRow], mentions: [SQLRow]) throws -> [EventDetail] {
        let byEvent = try eventMentions(mentions)
        var found = [String: EventDetail]()
        for row in events {
            let event = try event(row)
            found[event.id] = EventDetail(event: event, mentions: byEvent[event.id] ?? [])
        }
        return inOrder(ids, found)
    }

    // MARK: Annotations of one document

    /// The sentences of a document, in order.
    public static func sentences(ofDocument id: String) -> SQLStatement {
        SQLStatement("""
            SELECT sentence_index, start_offset, end_offset, text FROM sentences
            WHERE document_id = ? ORDER BY sentence_index
            """, [.text(id)])
    }

    /// Decodes a row of ``sentences(ofDocument:)``.
    public static func sentence(_ row: SQLRow) -> SentenceRecord {
        SentenceRecord(index: row[0].intValue ?? 0, start: row[1].intValue ?? 0, end: row[2].intValue ?? 0,
                       text: row[3].textValue ?? "")
    }

    /// The temporal expressions of a document, in ingest order.
    public static func times(ofDocument id: String) -> SQLStatement {
        SQLStatement("""
            SELECT start_offset, end_offset, text, type, value, mod, anchor FROM time_expressions
            WHERE document_id = ? ORDER BY ordinal
            """, [.text(id)])
    }

    /// Decodes a row of ``times(ofDocument:)``.
    public static func time(_ row: SQLRow) -> TimeRecord {
        TimeRecord(text: row[2].textValue ?? "", start: row[0].intValue ?? 0, end: row[1].intValue ?? 0,
                   type: row[3].textValue ?? "", value: row[4].textValue ?? "", mod: row[5].textValue,
                   anchor: row[6].textValue)
    }

    /// The actor mentions of a document, in ingest order.
    public static func actors(ofDocument id: String) -> SQLStatement {
        SQLStatement("""
            SELECT start_offset, end_offset, text, country, sector, role, name, code, how FROM actor_mentions
            WHERE document_id = ? ORDER BY ordinal
            """, [.text(id)])
    }

    /// Decodes a row of ``actors(ofDocument:)``.
    public static func actor(_ row: SQLRow) -> ActorMentionRecord {
        ActorMentionRecord(text: row[2].textValue ?? "", start: row[0].intValue ?? 0, end: row[1].intValue ?? 0,
                           country: row[3].textValue, sector: row[4].textValue, role: row[5].textValue,
                           name: row[6].textValue, code: row[7].textValue, how: row[8].textValue ?? "")
    }

    /// The event reports of a document, in the coder's order.
    public static func reports(ofDocument id: String) -> SQLStatement {
        SQLStatement("SELECT ordinal, event_id, record FROM event_mentions WHERE document_id = ? ORDER BY ordinal",
                     [.text(id)])
    }

    /// Decodes a row of ``reports(ofDocument:)``.
    public static func report(_ row: SQLRow) throws -> DocumentAnnotations.Report {
        DocumentAnnotations.Report(ordinal: row[0].intValue ?? 0, eventID: row[1].textValue,
                                   record: try eventRecord(row[2].textValue))
    }
}
