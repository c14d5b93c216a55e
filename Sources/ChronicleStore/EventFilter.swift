import ChronicleCore

/// The query semantics in Swift, for ``MemoryEventStore``; the SQL backends implement the
/// same conditions in their queries, and the conformance suite checks that they agree.
enum EventFilter {
    /// The order-independent dyad key of an event, when both countries are known.
    static func dyadKey(_ record: EventRecord) -> String? {
        guard let a = record.source.country, let b = record.target?.country else { return nil }
        return Dyad(a, b).key
    }

    /// Whether an event's dates fall in `[from, to]`, as ``EventQuery`` describes.
    static func inPeriod(_ record: EventRecord, from: CalendarDay?, to: CalendarDay?) -> Bool {
        if from == nil && to == nil { return true }
        guard let interval = MergeRule.interval(record) else { return false }
        if let from {
            let f = from.dayNumber
            if interval.upperBound < f || interval.lowerBound < f - 366 { return false }
        }
        if let to, interval.lowerBound > to.dayNumber { return false }
        return true
    }

    /// ASCII lowercasing, as SQLite's `lower()` does.
    static func asciiLower(_ text: String) -> String {
        String(decoding: text.utf8.map { (65...90).contains($0) ? $0 + 32 : $0 }, as: UTF8.self)
    }

    static func matches(_ event: MergedEvent, _ query: EventQuery, evidence: [String]) -> Bool {
        let record = event.record
        if let country = query.country,
           record.source.country != country && record.target?.country != country { return false }
        if let dyad = query.dyad, dyadKey(record) != dyad.key { return false }
        if !inPeriod(record, from: query.from, to: query.to) { return false }
        if let root = query.root, record.root != root { return false }
        if let mode = query.mode, record.mode != mode { return false }
        if let source = query.source {
            let wanted = asciiLower(source)
            if !event.sources.contains(where: { asciiLower($0) == wanted }) { return false }
        }
        if let text = query.text {
            let wanted = asciiLower(text)
            if !evidence.contains(where: { asciiLower($0).contains(wanted) }) { return false }
        }
        return true
    }

    /// Whether an event is one of `country`'s acts (toward `toward`); see ``BalanceQuery``.
    static func isAct(_ record: EventRecord, of country: String, toward: String?) -> Bool {
        let source = record.source.country, target = record.target?.country
        if source == country && (toward == nil || target == toward) { return true }
        return MergeRule.isSymmetric(record) && target == country && (toward == nil || source == toward)
    }
}
