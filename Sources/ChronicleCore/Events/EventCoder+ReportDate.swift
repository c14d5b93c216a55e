/// The day of a report that closes a sentence, for an act that names no day of its own.
extension EventCoder {
    /// Past forms of the verbs that close a sentence with its source ("…, officials said on
    /// Monday", "…, the ministry announced on Thursday evening").
    static let closingReportVerbs: Set<String> = Attribution.reportingVerbs.union([
        "told", "confirmed", "added", "disclosed", "revealed",
    ])

    /// The offset where the phrase that starts at token `from` ends: before the first word that
    /// opens another clause (a comma, a period, a complementizer, a subordinator, a relative
    /// pronoun, a clause break, and with `conjunctions` a conjunction); `Int.max` at the
    /// sentence's end.
    static func phraseLimit(from: Int, in s: EventSentence, conjunctions: Bool) -> Int {
        var j = from
        while j < s.tokens.count {
            let t = s.tokens[j]
            if t.isWord(.comma) || t.isWord(.period) || t.lower == "that" || t.lower == ";"
                || t.is([.subordinator, .relative, .clauseBreak]) || (conjunctions && t.is(.conjunction)) { return t.start }
            j += 1
        }
        return Int.max
    }

    /// The time of a postposed report of the candidate's clause: "Japan protested to China over
    /// the incursion, the foreign ministry said on Monday" was protested by Monday, and the
    /// protest is dated by the report when its own clause names no day.
    ///
    /// The report follows a comma after the candidate's clause, its subject is a short phrase
    /// without a conjunction ("…, and Seoul said on Monday it would …" reports something else),
    /// and the time follows the reporting verb with no comma or complement between.
    static func reportTime(after c: EventCandidate, in s: EventSentence, among times: [TimeSpan]) -> TimeSpan? {
        let toks = s.tokens
        var comma = c.trigger.upperBound + 1
        while comma < toks.count, !toks[comma].isWord(.comma) {
            if toks[comma].isWord(.period) || toks[comma].lower == ";" { return nil }
            comma += 1
        }
        guard comma < toks.count else { return nil }
        // the reporter's phrase: a few words, no conjunction, then the verb
        var k = comma + 1
        while k < toks.count, k - comma <= 8, !closingReportVerbs.contains(toks[k].lower) {
            let t = toks[k]
            if t.isWord(.comma) || t.isWord(.period) || t.is([.conjunction, .subordinator, .relative]) || t.lower == "that" { return nil }
            k += 1
        }
        guard k < toks.count, k > comma + 1, closingReportVerbs.contains(toks[k].lower) else { return nil }
        let verbEnd = toks[k].end
        // the first time after the verb, before anything that opens another clause
        let limit = phraseLimit(from: k + 1, in: s, conjunctions: true)
        return times.first { $0.start >= verbEnd && $0.end <= limit }
    }
}

extension EventCoder {
    /// The offset where a dateline that opens the sentence ends (`SEOUL, March 9 (Peninsula
    /// Monitor) --`), or nil: a city in capitals, then a dash within fourteen words. The day a
    /// dateline names is when the story was filed, so it dates none of the sentence's acts.
    static func datelineEnd(in s: EventSentence) -> Int? {
        guard let first = s.tokens.first, first.form.unicodeScalars.count >= 3 else { return nil }
        let capitals = first.form.unicodeScalars.allSatisfy({ $0.properties.isUppercase || $0 == "-" || $0 == "." })
        // ("Tokyo, March 7 - Japan lodged …": a place in title case, a comma and a month, then a
        // dash, even a single hyphen)
        let month = s.tokens.count > 3 ? s.tokens[2].lower : ""
        let placeAndDay = !capitals && first.isCapitalized && s.tokens.count > 3 && s.tokens[1].isWord(.comma)
            && (ActorWords.months.contains(month) || ActorWords.months.contains(month + "."))
        guard capitals || placeAndDay else { return nil }
        for t in s.tokens.prefix(14) where t.form == "--" || t.form == "—" || t.form == "–" || placeAndDay && t.form == "-" {
            return t.end
        }
        return nil
    }

}

extension EventCoder {
    /// A day named later in the candidate's own sentence, in the phrase its verb governs:
    /// "ordered the French ambassador to leave the country within 48 hours on Friday" was
    /// ordered on Friday. Nothing that opens another clause (a comma, a complementizer, a
    /// relative pronoun, a subordinator) stands between the verb and the day.
    static func governedTime(after c: EventCandidate, in s: EventSentence, among times: [TimeSpan]) -> TimeSpan? {
        let from = c.trigger.upperBound + 1
        guard from < s.tokens.count else { return nil }
        // ("flew to Vladivostok and met Putin today": a coordinated verb phrase goes on)
        let limit = phraseLimit(from: from, in: s, conjunctions: false)
        let after = s.tokens[from].start
        return times.first { $0.start >= after && $0.end <= limit && $0.dateStart == $0.dateEnd }
    }
}

