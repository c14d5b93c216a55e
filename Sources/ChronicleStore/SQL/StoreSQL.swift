import ChronicleCore
import Foundation

/// The statements both SQL backends run: writes of a document and its mentions, the reads of
/// merging, and the queries. Only the schema and full-text search differ per backend.
///
/// Tables (the same columns in SQLite and PostgreSQL):
/// - `documents(id, content_hash, publication_day, title, author, source, url, text)`
/// - `sentences(id, document_id, sentence_index, start_offset, end_offset, text)` + full text
/// - `actor_mentions(document_id, ordinal, start_offset, end_offset, text, country, sector,
///   role, name, code, how)`
/// - `time_expressions(document_id, ordinal, start_offset, end_offset, text, type, value, mod, anchor)`
/// - `events(id, merge_key, dyad, source_country, target_country, root, cameo, quad, goldstein,
///   mode, date, day_start, day_end, month, is_symmetric, mention_count, documents, sources, record)`
/// - `event_sources(event_id, name, name_lower)`
/// - `dyad_months(dyad, month, source_country, target_country, quad, events, goldstein_sum)`,
///   maintained by ``apply(_:replacing:oldTrendRows:)`` (see ``updateDyadMonths(removed:added:)``)
/// - `event_mentions(document_id, ordinal, event_id, record_id, merge_key, precision, day_start,
///   day_end, sentence_index, span_start, span_end, evidence, reported_by, document_source, record)`
///
/// Days are stored as day numbers (days since 1970-01-01); undated events carry
/// ``EventSortKey/undated`` so that they sort last.
public enum StoreSQL {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// JSON text of a value, keys sorted.
    public static func json(_ value: some Encodable) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Decodes JSON text.
    public static func decode<T: Decodable>(_ type: T.Type, _ text: String?) throws -> T {
        guard let text else { throw StoreError(.corruptData, "missing JSON column for \(T.self)") }
        do {
            return try JSONDecoder().decode(T.self, from: Data(text.utf8))
        } catch {
            throw StoreError(.corruptData, "cannot decode stored \(T.self)", cause: error)
        }
    }

    /// An event record from its JSON column: the fast reader, or `JSONDecoder` for anything
    /// it does not expect (which then decodes the same value or throws).
    public static func eventRecord(_ text: String?) throws -> EventRecord {
        if let text, let record = StoredJSON.eventRecord(text) { return record }
        return try decode(EventRecord.self, text)
    }

    /// A list of strings from its JSON column, read like ``eventRecord(_:)``.
    public static func strings(_ text: String?) throws -> [String] {
        if let text, let list = StoredJSON.strings(text) { return list }
        return try decode([String].self, text)
    }

    // MARK: Writes

    /// The stored content hash of a document.
    public static func contentHash(_ id: String) -> SQLStatement {
        SQLStatement("SELECT content_hash FROM documents WHERE id = ?", [.text(id)])
    }

    static let mentionColumns = "document_id, ordinal, event_id, record, document_source"

    /// The mentions of a document.
    public static func mentions(ofDocument id: String) -> SQLStatement {
        SQLStatement("SELECT \(mentionColumns) FROM event_mentions WHERE document_id = ?", [.text(id)])
    }

    /// Removes a document and everything that hangs on it, except merged events.
    public static func deleteDocument(_ id: String) -> [SQLStatement] {
        ["event_mentions", "sentences", "actor_mentions", "time_expressions"].map {
            SQLStatement("DELETE FROM \($0) WHERE document_id = ?", [.text(id)])
        } + [SQLStatement("DELETE FROM documents WHERE id = ?", [.text(id)])]
    }

    /// Inserts rows in chunks of multi-row `VALUES`.
    static func insert(_ table: String, _ columns: [String], _ rows: [[SQLValue]]) -> [SQLStatement] {
        guard !rows.isEmpty else { return [] }
        let placeholders = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        let chunk = max(1, 900 / columns.count)
        return stride(from: 0, to: rows.count, by: chunk).map { start in
            let part = rows[start..<min(rows.count, start + chunk)]
            let values = Array(repeating: placeholders, count: part.count).joined(separator: ", ")
            return SQLStatement("INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES \(values)",
                                part.flatMap { $0 })
        }
    }

    /// Inserts a document, its sentences, actor mentions, temporal expressions and mentions.
    public static func insertDocument(_ coded: CodedDocument, hash: String,
                                      mentions: [StoredMention]) throws -> [SQLStatement] {
        let d = coded.document
        var statements = insert("documents",
            ["id", "content_hash", "publication_day", "title", "author", "source", "url", "text"],
            [[.text(d.id), .text(hash), .int(d.publicationDate?.dayNumber), .text(d.title), .text(d.author),
              .text(d.source), .text(d.url), .text(d.text)]])
        statements += insert("sentences", ["document_id", "sentence_index", "start_offset", "end_offset", "text"],
            coded.sentences.map { [.text(d.id), .int($0.index), .int($0.start), .int($0.end), .text($0.text)] })
        statements += insert("actor_mentions",
            ["document_id", "ordinal", "start_offset", "end_offset", "text", "country", "sector", "role",
             "name", "code", "how"],
            coded.actors.enumerated().map { i, a in
                [.text(d.id), .int(i), .int(a.start), .int(a.end), .text(a.text), .text(a.country),
                 .text(a.sector), .text(a.role), .text(a.name), .text(a.code), .text(a.how)]
            })
        statements += insert("time_expressions",
            ["document_id", "ordinal", "start_offset", "end_offset", "text", "type", "value", "mod", "anchor"],
            coded.times.enumerated().map { i, t in
                [.text(d.id), .int(i), .int(t.start), .int(t.end), .text(t.text), .text(t.type),
                 .text(t.value), .text(t.mod), .text(t.anchor)]
            })
        statements += insert("event_mentions",
            ["document_id", "ordinal", "event_id", "record_id", "merge_key", "precision", "day_start", "day_end",
             "sentence_index", "span_start", "span_end", "evidence", "reported_by", "document_source", "record"],
            try mentions.map { m in
                let r = m.record
                return [.text(m.documentID), .int(m.ordinal), .null, .text(r.id), .text(m.storedKey),
                        .int(m.precision.rawValue), .int(m.interval?.lowerBound ?? EventSortKey.undated),
                        .int(m.interval?.upperBound ?? EventSortKey.undated), .int(r.sentenceIndex),
                        .int(r.span.first), .int(r.span.count > 1 ? r.span[1] : nil), .text(r.text),
                        .text(try json(r.reportedBy)), .text(m.documentSource), .text(try json(r))]
            })
        return statements
    }

    /// The read a ``MergeFetch`` asks for.
    public static func fetch(_ fetch: MergeFetch) -> SQLStatement {
        switch fetch {
        case let .window(key, starts):
            return SQLStatement("""
                SELECT \(mentionColumns) FROM event_mentions
                WHERE merge_key = ? AND precision IN (1, 2) AND day_start >= ? AND day_start <= ?
                """, [.text(key), .int(starts.lowerBound), .int(starts.upperBound)])
        case let .exact(key, interval):
            return SQLStatement("""
                SELECT \(mentionColumns) FROM event_mentions
                WHERE merge_key = ? AND precision = 3 AND day_start = ? AND day_end = ?
                """, [.text(key), .int(interval.lowerBound), .int(interval.upperBound)])
        case let .events(ids):
            let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
            return SQLStatement("SELECT \(mentionColumns) FROM event_mentions WHERE event_id IN (\(marks))",
                                ids.map { .text($0) })
        }
    }

    /// Decodes a row of ``mentionColumns``.
    public static func mention(_ row: SQLRow) throws -> StoredMention {
        guard row.count == 5, let documentID = row[0].textValue, let ordinal = row[1].intValue else {
            throw StoreError(.corruptData, "malformed event mention row")
        }
        return StoredMention(documentID: documentID, ordinal: ordinal,
                             record: try eventRecord(row[3].textValue),
                             documentSource: row[4].textValue, eventID: row[2].textValue)
    }

    /// Replaces the merged events of a region: deletes the old ones, inserts the new ones with
    /// their sources, and points every mention of the region at its event.
    /// `oldTrendRows` are the rows of ``dyadMonthRows(ofEvents:)`` for the old events, read
    /// before: `dyad_months` moves from them to the new events.
    public static func apply(_ plan: MergePlan, replacing old: Set<String>,
                             oldTrendRows: [SQLRow]) throws -> [SQLStatement] {
        var statements: [SQLStatement] = []
        let oldIDs = old.sorted()
        for start in stride(from: 0, to: oldIDs.count, by: 500) {
            let chunk = oldIDs[start..<min(oldIDs.count, start + 500)]
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
            statements.append(SQLStatement("DELETE FROM event_sources WHERE event_id IN (\(marks))", chunk.map { .text($0) }))
            statements.append(SQLStatement("DELETE FROM events WHERE id IN (\(marks))", chunk.map { .text($0) }))
        }
        statements += try insertEvents(plan.events)
        for (key, event) in plan.assignments.sorted(by: { ($0.key.documentID, $0.key.ordinal) < ($1.key.documentID, $1.key.ordinal) }) {
            statements.append(SQLStatement(
                "UPDATE event_mentions SET event_id = ? WHERE document_id = ? AND ordinal = ?",
                [.text(event), .text(key.documentID), .int(key.ordinal)]))
        }
        return statements + updateDyadMonths(removed: oldTrendRows, added: plan.events)
    }

    /// Inserts merged events and their sources.
    public static func insertEvents(_ events: [MergedEvent]) throws -> [SQLStatement] {
        let rows: [[SQLValue]] = try events.map { e in
            let r = e.record
            return [.text(e.id), .text(MergeRule.key(r) ?? "!"), .text(EventFilter.dyadKey(r)), .text(r.source.country),
                    .text(r.target?.country), .text(r.root), .text(r.cameo), .int(r.quad), .double(r.goldstein),
                    .text(r.mode.rawValue), .text(r.date), .int(EventSortKey.dayNumber(r.dateStart)),
                    .int(EventSortKey.dayNumber(r.dateEnd ?? r.dateStart)),
                    .int(r.dateStart.map(StoreRounding.monthKey)), .int(e.symmetric ? 1 : 0),
                    .int(e.mentionCount), .text(try json(e.documentIDs)), .text(try json(e.sources)),
                    .text(try json(r))]
        }
        var statements = insert("events",
            ["id", "merge_key", "dyad", "source_country", "target_country", "root", "cameo", "quad", "goldstein",
             "mode", "date", "day_start", "day_end", "month", "is_symmetric", "mention_count", "documents",
             "sources", "record"], rows)
        statements += insert("event_sources", ["event_id", "name", "name_lower"],
            events.flatMap { e in e.sources.map { [.text(e.id), .text($0), .text(EventFilter.asciiLower($0))] } })
        return statements
    }
}
