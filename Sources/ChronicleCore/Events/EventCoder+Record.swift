/// Building event records: dates (`date_basis`), places, ids and confidence.
extension EventCoder {
    /// The record and explanation of a candidate, or nil when its code is unknown.
    func record(_ c: EventCandidate, _ s: EventSentence, _ doc: Document, reporters: [String],
                clock: (TimeSpan, Int)?) -> (EventRecord, EventExplanation)? {
        guard let entry = ontology.code(for: c.code) else { return nil }
        let src = s.actors[c.source]
        let tgt = c.target.map { s.actors[$0] } ?? c.resolvedTarget
        // Date: the expression in the clause nearest the verb, else the sentence's, else the
        // narrative clock of the paragraph, else the publication date.
        var date: String?
        var start: CalendarDay?
        var end: CalendarDay?
        var basis: DateBasis?
        var dateSpan: [Int]?
        let trigger = s.tokens[c.trigger.lowerBound].start
        let clauseStart = s.tokens[c.clause.lowerBound].start
        let clauseEnd = s.tokens[c.clause.upperBound].end
        // An intention or a future act is dated when it was stated, not when it is to happen.
        var times = c.mode == .asserted ? s.times : s.times.filter { t in doc.publicationDate.map { t.dateStart <= $0 } ?? true }
        // A date inside a relative clause after the verb dates that clause, not the event:
        // "congratulated him on his birthday, which he celebrated yesterday".
        times.removeAll { t in Self.relativeClauseOpens(in: s, from: c.trigger.upperBound + 1, before: t.start) }
        let inClause = times.filter { $0.start >= clauseStart && $0.end <= clauseEnd }
        if let t = inClause.min(by: { abs($0.start - trigger) < abs($1.start - trigger) }) ?? times.first {
            date = t.value; start = t.dateStart; end = t.dateEnd; basis = .explicit; dateSpan = [t.start, t.end]
        } else if let (t, sentence) = clock, sentence == s.index - 1 {
            date = t.value; start = t.dateStart; end = t.dateEnd; basis = .narrative
        } else if let p = doc.publicationDate {
            date = p.description; start = p; end = p; basis = .publication
        }
        // Place: a place or country named after `in`/`at` in the clause.
        var location: EventLocation?
        for (k, tok) in s.tokens.enumerated() where c.clause.contains(k) && (tok.isWord(.`in`) || tok.isWord(.at)) && k + 1 < s.tokens.count {
            let next = s.tokens[k + 1]
            if let place = s.actors.first(where: { $0.start == next.start || ($0.start > next.start && $0.start <= next.end + 5) }),
               place.isPlace || (place.sector == nil && place.name == nil && place.code == place.country) {
                location = EventLocation(text: place.text, country: place.country)
                break
            }
        }
        let tgtKey = tgt.map { $0.code ?? $0.country ?? $0.text } ?? "-"
        let id = Self.stableID([doc.id, String(s.index), src.code ?? src.country ?? src.text, tgtKey, c.code, date ?? ""])
        let spanStart = s.start
        let spanEnd = s.end
        let record = EventRecord(
            id: id, doc: doc.id, sentenceIndex: s.index, date: date, dateStart: start, dateEnd: end,
            dateBasis: basis, source: src.ref, target: tgt?.ref, cameo: entry.code, root: entry.root,
            quad: entry.quad, goldstein: entry.goldstein, plover: entry.plover, mode: c.mode, location: location,
            reportedBy: reporters, text: s.text, span: [spanStart, spanEnd],
            confidence: (min(0.95, c.confidence) * 100).rounded() / 100)
        let verb = s.tokens[c.trigger.lowerBound]
        let why = EventExplanation(event: id, pattern: c.pattern, rule: c.rule, source: [src.start, src.end],
                                   verb: [verb.start, s.tokens[c.trigger.upperBound].end],
                                   target: tgt.map { [$0.start, $0.end] }, date: dateSpan)
        return (record, why)
    }

    /// Whether a relative pronoun (`which`, `who`, `whom`, `whose`) stands between token
    /// `from` and the offset `limit`.
    static func relativeClauseOpens(in s: EventSentence, from: Int, before limit: Int) -> Bool {
        var k = from
        while k < s.tokens.count, s.tokens[k].end <= limit {
            let key = s.tokens[k].key
            if key == TokenLiteral.which.hash || key == TokenLiteral.who.hash || key == TokenLiteral.whom.hash
                || key == TokenLiteral.whose.hash { return true }
            k += 1
        }
        return false
    }

    /// A 16-hex-digit FNV-1a hash of the parts: stable across runs and machines.
    static func stableID(_ parts: [String]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for b in part.utf8 {
                h ^= UInt64(b)
                h = h &* 0x100_0000_01b3
            }
            h ^= 0x1f
            h = h &* 0x100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
