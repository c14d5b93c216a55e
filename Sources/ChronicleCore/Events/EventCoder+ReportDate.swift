/// The day of a report that closes a sentence, for an act that names no day of its own.
extension EventCoder {
    /// Past forms of the verbs that close a sentence with its source ("…, officials said on
    /// Monday", "…, the ministry announced on Thursday evening").
    static let closingReportVerbs: Set<String> = [
        "said", "announced", "reported", "told", "stated", "confirmed", "added", "disclosed",
        "revealed", "wrote", "claimed",
    ]

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
        var j = k + 1
        while j < toks.count {
            let t = toks[j]
            if t.isWord(.comma) || t.isWord(.period) || t.lower == "that" || t.is([.conjunction, .subordinator, .relative]) { break }
            j += 1
        }
        let limit = j < toks.count ? toks[j].start : Int.max
        return times.first { $0.start >= verbEnd && $0.end <= limit }
    }
}

extension EventCoder {
    /// The offset where a dateline that opens the sentence ends (`SEOUL, March 9 (Peninsula
    /// Monitor) --`), or nil: a city in capitals, then a dash within fourteen words. The day a
    /// dateline names is when the story was filed, so it dates none of the sentence's acts.
    static func datelineEnd(in s: EventSentence) -> Int? {
        guard let first = s.tokens.first, first.form.unicodeScalars.count >= 3,
              first.form.unicodeScalars.allSatisfy({ $0.properties.isUppercase || $0 == "-" || $0 == "." }) else { return nil }
        for t in s.tokens.prefix(14) where t.form == "--" || t.form == "—" || t.form == "–" {
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
        let toks = s.tokens
        let from = c.trigger.upperBound + 1
        guard from < toks.count else { return nil }
        var k = from
        while k < toks.count {
            let t = toks[k]
            if t.isWord(.comma) || t.isWord(.period) || t.lower == "that" || t.lower == ";"
                || t.is([.subordinator, .relative, .clauseBreak]) { break }
            k += 1
        }
        let limit = k < toks.count ? toks[k].start : Int.max
        let after = toks[from].start
        return times.first { $0.start >= after && $0.end <= limit && $0.dateStart == $0.dateEnd }
    }
}

