import ChronicleCore

extension StoreSQL {
    static let eventColumns = "e.id, e.record, e.is_symmetric, e.mention_count, e.documents, e.sources"

    /// Decodes a row of ``eventColumns``.
    public static func event(_ row: SQLRow) throws -> MergedEvent {
        guard row.count >= 6, let id = row[0].textValue else {
            throw StoreError(.corruptData, "malformed event row")
        }
        var record = try eventRecord(row[1].textValue)
        record.id = id
        return MergedEvent(id: id, record: record, symmetric: row[2].intValue == 1,
                           mentionCount: row[3].intValue ?? 0,
                           documentIDs: try strings(row[4].textValue),
                           sources: try strings(row[5].textValue))
    }

    /// The date conditions of ``EventQuery`` on the `e` alias.
    static func period(_ from: CalendarDay?, _ to: CalendarDay?, into conditions: inout [String],
                       _ arguments: inout [SQLValue]) {
        if let from {
            conditions.append("e.day_start >= ? AND e.day_end >= ? AND e.day_start <> ?")
            arguments += [.int(from.dayNumber - 366), .int(from.dayNumber), .int(EventSortKey.undated)]
        }
        if let to {
            conditions.append("e.day_start <= ?")
            arguments.append(.int(to.dayNumber))
        }
    }

    /// Escapes `%`, `_` and `\` for `LIKE … ESCAPE '\'`.
    static func likePattern(_ text: String) -> String {
        var out = "%"
        for ch in EventFilter.asciiLower(text) {
            if ch == "%" || ch == "_" || ch == "\\" { out.append("\\") }
            out.append(ch)
        }
        return out + "%"
    }

    /// The timeline query: one page plus one row to know whether there is a next page.
    public static func events(_ query: EventQuery) throws -> SQLStatement {
        var conditions: [String] = []
        var arguments: [SQLValue] = []
        if let dyad = query.dyad {
            conditions.append("e.dyad = ?")
            arguments.append(.text(dyad.key))
        }
        period(query.from, query.to, into: &conditions, &arguments)
        if let root = query.root {
            conditions.append("e.root = ?")
            arguments.append(.text(root))
        }
        if let mode = query.mode {
            conditions.append("e.mode = ?")
            arguments.append(.text(mode.rawValue))
        }
        if let source = query.source {
            conditions.append("EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.id AND s.name_lower = ?)")
            arguments.append(.text(EventFilter.asciiLower(source)))
        }
        if let text = query.text {
            conditions.append("""
                EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.id
                AND lower(m.evidence) LIKE ? ESCAPE '\\')
                """)
            arguments.append(.text(likePattern(text)))
        }
        if let cursor = try query.cursor.map(EventCursor.init(parsing:)) {
            conditions.append("(e.day_start > ? OR (e.day_start = ? AND e.id > ?))")
            arguments += [.int(cursor.day), .int(cursor.day), .text(cursor.id)]
        }
        let limit = SQLValue.int(max(1, query.limit) + 1)
        guard let country = query.country else {
            let condition = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            return SQLStatement("""
                SELECT \(eventColumns), e.day_start FROM events e \(condition)
                ORDER BY e.day_start, e.id LIMIT ?
                """, arguments + [limit])
        }
        // A country's events: two ordered index scans (as source, as target but not source),
        // each stopped at the page size, merged. `source = A OR target = A` would collect and
        // sort every event of the country.
        let rest = conditions.map { " AND " + $0 }.joined()
        return SQLStatement("""
            SELECT * FROM (
                SELECT * FROM (SELECT \(eventColumns), e.day_start FROM events e
                    WHERE e.source_country = ?\(rest) ORDER BY e.day_start, e.id LIMIT ?) AS as_source
                UNION ALL
                SELECT * FROM (SELECT \(eventColumns), e.day_start FROM events e
                    WHERE e.target_country = ? AND (e.source_country IS NULL OR e.source_country <> ?)\(rest)
                    ORDER BY e.day_start, e.id LIMIT ?) AS as_target
            ) AS both_sides ORDER BY day_start, id LIMIT ?
            """, [.text(country)] + arguments + [limit, .text(country), .text(country)] + arguments + [limit, limit])
    }

    /// Turns the rows of ``events(_:)`` into a page.
    public static func page(_ rows: [SQLRow], limit: Int) throws -> EventPage {
        let limit = max(1, limit)
        let events = try rows.prefix(limit).map(event)
        var next: String?
        if rows.count > limit, let last = rows.prefix(limit).last, let day = last[6].intValue {
            next = EventCursor(day: day, id: events.last!.id).description
        }
        return EventPage(events: events, next: next)
    }

    /// One event by id.
    public static func event(id: String) -> SQLStatement {
        SQLStatement("SELECT \(eventColumns) FROM events e WHERE e.id = ?", [.text(id)])
    }

    /// The mentions of an event with their documents, in report order.
    public static func mentionDetails(eventID: String) -> SQLStatement {
        SQLStatement("""
            SELECT m.document_id, d.title, d.source, d.publication_day, m.record
            FROM event_mentions m JOIN documents d ON d.id = m.document_id
            WHERE m.event_id = ?
            ORDER BY COALESCE(d.publication_day, \(EventSortKey.undated)), m.document_id, m.ordinal
            """, [.text(eventID)])
    }

    /// Decodes a row of ``mentionDetails(eventID:)``.
    public static func mentionDetail(_ row: SQLRow) throws -> EventMention {
        let record = try eventRecord(row[4].textValue)
        return EventMention(documentID: row[0].textValue ?? "", documentTitle: row[1].textValue,
                            documentSource: row[2].textValue,
                            publicationDate: row[3].intValue.map(CalendarDay.init(dayNumber:)),
                            sentenceIndex: record.sentenceIndex, span: record.span, evidence: record.text,
                            reportedBy: record.reportedBy, record: record)
    }

    /// The events with a report in one sentence.
    public static func events(inSentence index: Int, documentID: String) -> SQLStatement {
        SQLStatement("""
            SELECT \(eventColumns) FROM events e WHERE e.id IN
            (SELECT m.event_id FROM event_mentions m WHERE m.document_id = ? AND m.sentence_index = ?)
            ORDER BY e.id
            """, [.text(documentID), .int(index)])
    }

    /// Monthly aggregates of a dyad, for ``MonthlyAggregate/trendRows(_:by:)``: from the
    /// maintained `dyad_months` table when no period is given, else grouped from the events.
    public static func trend(_ query: TrendQuery) -> SQLStatement {
        if query.from == nil && query.to == nil { return dyadMonths(query.dyad) }
        var conditions = ["e.dyad = ?", "e.month IS NOT NULL", "e.target_country IS NOT NULL", "e.quad BETWEEN 1 AND 4"]
        var arguments: [SQLValue] = [.text(query.dyad.key)]
        // Month bounds implied by the period let the index range start and stop early.
        if let from = query.from {
            conditions.append("e.month >= ?")
            arguments.append(.int(StoreRounding.monthKey(from.adding(days: -366))))
        }
        if let to = query.to {
            conditions.append("e.month <= ?")
            arguments.append(.int(StoreRounding.monthKey(to)))
        }
        period(query.from, query.to, into: &conditions, &arguments)
        return SQLStatement("""
            SELECT e.month, e.source_country, e.target_country, e.quad, COUNT(*), SUM(e.goldstein)
            FROM events e WHERE \(conditions.joined(separator: " AND "))
            GROUP BY e.month, e.source_country, e.target_country, e.quad
            """, arguments)
    }

    /// Decodes a row of ``trend(_:)``.
    public static func monthlyAggregate(_ row: SQLRow) -> MonthlyAggregate {
        MonthlyAggregate(month: row[0].intValue ?? 0, source: row[1].textValue ?? "", target: row[2].textValue ?? "",
                         quad: row[3].intValue ?? 0, count: row[4].intValue ?? 0, goldsteinSum: row[5].doubleValue ?? 0)
    }

    /// Counts and Goldstein sums of a country's acts per QuadClass.
    public static func balance(_ query: BalanceQuery) -> SQLStatement {
        var arguments: [SQLValue] = [.text(query.country)]
        var own = "e.source_country = ?"
        var shared = "e.is_symmetric = 1 AND e.target_country = ?"
        if let toward = query.toward {
            own += " AND e.target_country = ?"
            arguments.append(.text(toward))
            arguments.append(.text(query.country))
            shared += " AND e.source_country = ?"
            arguments.append(.text(toward))
        } else {
            arguments.append(.text(query.country))
        }
        var conditions = ["((\(own)) OR (\(shared)))", "e.quad BETWEEN 1 AND 4"]
        if let toward = query.toward {
            conditions.insert("e.dyad = ?", at: 0)
            arguments.insert(.text(Dyad(query.country, toward).key), at: 0)
        }
        period(query.from, query.to, into: &conditions, &arguments)
        return SQLStatement("""
            SELECT e.quad, COUNT(*), SUM(e.goldstein) FROM events e
            WHERE \(conditions.joined(separator: " AND ")) GROUP BY e.quad
            """, arguments)
    }

    /// Decodes the rows of ``balance(_:)``.
    public static func balance(_ rows: [SQLRow], query: BalanceQuery) -> Balance {
        var counts = [0, 0, 0, 0], sums = [0.0, 0, 0, 0]
        for row in rows {
            guard let quad = row[0].intValue, (1...4).contains(quad) else { continue }
            counts[quad - 1] = row[1].intValue ?? 0
            sums[quad - 1] = row[2].doubleValue ?? 0
        }
        return Balance(country: query.country, toward: query.toward, quadCounts: counts, goldsteinSums: sums)
    }

    /// Per dyad and QuadClass: events, mentions and Goldstein sums.
    public static func dyads(from: CalendarDay?, to: CalendarDay?) -> SQLStatement {
        var conditions = ["e.dyad IS NOT NULL", "e.source_country <> e.target_country", "e.quad BETWEEN 1 AND 4"]
        var arguments: [SQLValue] = []
        period(from, to, into: &conditions, &arguments)
        return SQLStatement("""
            SELECT e.dyad, e.quad, COUNT(*), SUM(e.mention_count), SUM(e.goldstein) FROM events e
            WHERE \(conditions.joined(separator: " AND ")) GROUP BY e.dyad, e.quad
            """, arguments)
    }

    /// Folds the rows of ``dyads(from:to:)``.
    public static func dyads(_ rows: [SQLRow], limit: Int) -> [DyadActivity] {
        var byKey: [String: DyadActivity] = [:]
        for row in rows {
            guard let key = row[0].textValue, let dyad = Dyad(parsing: key), let quad = row[1].intValue,
                  (1...4).contains(quad) else { continue }
            var activity = byKey[key] ?? DyadActivity(dyad: dyad, events: 0, mentions: 0, quadCounts: [0, 0, 0, 0],
                                                      goldsteinSum: 0)
            activity.events += row[2].intValue ?? 0
            activity.mentions += row[3].intValue ?? 0
            activity.quadCounts[quad - 1] += row[2].intValue ?? 0
            activity.goldsteinSum += row[4].doubleValue ?? 0
            byKey[key] = activity
        }
        return byKey.values.map {
            DyadActivity(dyad: $0.dyad, events: $0.events, mentions: $0.mentions, quadCounts: $0.quadCounts,
                         goldsteinSum: $0.goldsteinSum)
        }.sorted { l, r in l.events != r.events ? l.events > r.events : l.dyad.key < r.dyad.key }
            .prefix(max(0, limit)).map { $0 }
    }

    static let documentColumns = """
        d.id, d.content_hash, d.publication_day, d.title, d.author, d.source, d.url, d.text,
        (SELECT COUNT(*) FROM sentences s WHERE s.document_id = d.id),
        (SELECT COUNT(*) FROM event_mentions m WHERE m.document_id = d.id)
        """

    /// One document.
    public static func document(id: String) -> SQLStatement {
        SQLStatement("SELECT \(documentColumns) FROM documents d WHERE d.id = ?", [.text(id)])
    }

    /// The newest documents.
    public static func documents(limit: Int) -> SQLStatement {
        SQLStatement("""
            SELECT \(documentColumns) FROM documents d
            ORDER BY COALESCE(d.publication_day, -9999999) DESC, d.id LIMIT ?
            """, [.int(max(0, limit))])
    }

    /// Decodes a row of ``documentColumns``.
    public static func storedDocument(_ row: SQLRow) -> StoredDocument {
        let document = Document(id: row[0].textValue ?? "", text: row[7].textValue ?? "",
                                publicationDate: row[2].intValue.map(CalendarDay.init(dayNumber:)),
                                title: row[3].textValue, author: row[4].textValue, source: row[5].textValue,
                                url: row[6].textValue)
        return StoredDocument(document: document, contentHash: row[1].textValue ?? "",
                              sentenceCount: row[8].intValue ?? 0, mentionCount: row[9].intValue ?? 0)
    }

    /// Row counts and the date range.
    public static let stats = SQLStatement("""
        SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM sentences),
               (SELECT COUNT(*) FROM actor_mentions), (SELECT COUNT(*) FROM time_expressions),
               (SELECT COUNT(*) FROM event_mentions), (SELECT COUNT(*) FROM events),
               (SELECT MIN(day_start) FROM events WHERE day_start <> \(EventSortKey.undated)),
               (SELECT MAX(day_start) FROM events WHERE day_start <> \(EventSortKey.undated))
        """)

    /// Decodes ``stats``.
    public static func stats(_ row: SQLRow) -> StoreStats {
        guard row.count >= 8 else {
            return StoreStats(documents: 0, sentences: 0, actorMentions: 0, timeExpressions: 0, eventMentions: 0,
                              events: 0, firstDay: nil, lastDay: nil)
        }
        return StoreStats(documents: row[0].intValue ?? 0, sentences: row[1].intValue ?? 0,
                   actorMentions: row[2].intValue ?? 0, timeExpressions: row[3].intValue ?? 0,
                   eventMentions: row[4].intValue ?? 0, events: row[5].intValue ?? 0,
                   firstDay: row[6].intValue.map(CalendarDay.init(dayNumber:)),
                   lastDay: row[7].intValue.map(CalendarDay.init(dayNumber:)))
    }

    /// The statements of a canonical dump and the formatter of each one's rows.
    public static let dump: [(SQLStatement, @Sendable (SQLRow) throws -> String)] = [
        (SQLStatement("SELECT id, content_hash, publication_day, title, source FROM documents"), { r in
            CanonicalDump.document(id: r[0].textValue ?? "", hash: r[1].textValue ?? "",
                                   publicationDate: r[2].intValue.map(CalendarDay.init(dayNumber:)),
                                   title: r[3].textValue, source: r[4].textValue)
        }),
        (SQLStatement("SELECT document_id, sentence_index, start_offset, end_offset, text FROM sentences"), { r in
            CanonicalDump.sentence(documentID: r[0].textValue ?? "", SentenceRecord(
                index: r[1].intValue ?? 0, start: r[2].intValue ?? 0, end: r[3].intValue ?? 0, text: r[4].textValue ?? ""))
        }),
        (SQLStatement("""
            SELECT document_id, ordinal, start_offset, end_offset, text, country, code, how FROM actor_mentions
            """), { r in
            CanonicalDump.actor(documentID: r[0].textValue ?? "", ordinal: r[1].intValue ?? 0, ActorMentionRecord(
                text: r[4].textValue ?? "", start: r[2].intValue ?? 0, end: r[3].intValue ?? 0, country: r[5].textValue,
                sector: nil, role: nil, name: nil, code: r[6].textValue, how: r[7].textValue ?? ""))
        }),
        (SQLStatement("SELECT document_id, ordinal, start_offset, end_offset, text, value, mod FROM time_expressions"), { r in
            CanonicalDump.time(documentID: r[0].textValue ?? "", ordinal: r[1].intValue ?? 0, TimeRecord(
                text: r[4].textValue ?? "", start: r[2].intValue ?? 0, end: r[3].intValue ?? 0, type: "",
                value: r[5].textValue ?? "", mod: r[6].textValue, anchor: nil))
        }),
        (SQLStatement("SELECT \(mentionColumns) FROM event_mentions"), { r in
            CanonicalDump.mention(try mention(r))
        }),
        (SQLStatement("SELECT \(eventColumns) FROM events e"), { r in
            CanonicalDump.event(try event(r))
        }),
    ]
}
