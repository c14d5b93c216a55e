import ChronicleCore

/// The sentence search both SQL backends run: each brings its own full-text condition and the
/// tables it reads; the period, the order, the limit and the reading of rows are shared.
extension StoreSQL {
    /// The statement of a search: `tables` is the backend's FROM clause (it must name the
    /// sentences `s` and the documents `d`), `match` its full-text condition with one `?`,
    /// bound to `matchArgument`.
    ///
    /// ```swift
    /// StoreSQL.sentenceSearch(query, tables: "sentences s JOIN documents d ON d.id = s.document_id",
    ///                         match: "s.tsv @@ plainto_tsquery('english', ?)", matchArgument: .text("secret meeting"))
    /// ```
    public static func sentenceSearch(_ query: SentenceQuery, tables: String, match: String,
                                      matchArgument: SQLValue) -> SQLStatement {
        var conditions = [match]
        var arguments: [SQLValue] = [matchArgument]
        if let from = query.from {
            conditions.append("d.publication_day >= ?")
            arguments.append(.int(from.dayNumber))
        }
        if let to = query.to {
            conditions.append("d.publication_day <= ?")
            arguments.append(.int(to.dayNumber))
        }
        arguments.append(.int(max(0, query.limit)))
        return SQLStatement("""
            SELECT s.document_id, d.title, d.source, d.publication_day, s.sentence_index, s.start_offset,
                   s.end_offset, s.text
            FROM \(tables)
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY COALESCE(d.publication_day, \(EventSortKey.undated)), s.document_id, s.sentence_index
            LIMIT ?
            """, arguments)
    }

    /// The document and sentence of a ``sentenceSearch(_:tables:match:matchArgument:)`` row.
    public static func sentenceOfHit(_ row: SQLRow) -> (documentID: String, index: Int) {
        (row[0].textValue ?? "", row[4].intValue ?? 0)
    }

    /// A ``sentenceSearch(_:tables:match:matchArgument:)`` row as a hit, with the events
    /// reported in its sentence (``events(inSentence:documentID:)``).
    public static func sentenceHit(_ row: SQLRow, events: [MergedEvent]) -> SentenceHit {
        let (documentID, index) = sentenceOfHit(row)
        return SentenceHit(
            documentID: documentID, title: row[1].textValue, source: row[2].textValue,
            publicationDate: row[3].intValue.map(CalendarDay.init(dayNumber:)),
            sentence: SentenceRecord(index: index, start: row[5].intValue ?? 0, end: row[6].intValue ?? 0,
                                     text: row[7].textValue ?? ""),
            events: events)
    }
}
