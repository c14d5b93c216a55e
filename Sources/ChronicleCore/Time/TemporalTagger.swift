/// Finds and normalizes the temporal expressions of a text: dates, times, durations and sets,
/// with TimeML values anchored on the publication date and on the narrative clock.
///
/// The tagger is rule-based and fast (one pass over the UTF-8 bytes); its vocabulary and fixed
/// phrases are the files in `Resources/time/`. Expressions are resolved in text order: each
/// DATE or TIME moves the narrative clock, so "that same day" or "two days later" land on the
/// last date the text mentioned (or the publication date when it mentioned none).
///
/// ```swift
/// let tagger = TemporalTagger.shared
/// let found = tagger.annotate(text: "On August 28 talks began. The following day they ended.",
///                             publicationDate: CalendarDay(iso: "2018-09-02"))
/// found.map(\.value)   // ["2018-08-28", "2018-08-29"]
/// ```
///
/// ```
/// $ chronicle times article.txt --date 2018-09-02
/// {"text":"August 28","start":3,"end":12,"type":"DATE","value":"2018-08-28","mod":null,"anchor":"publication"}
/// ```
public struct TemporalTagger: Sendable {
    /// A tagger with the resources of the package, loaded once.
    public static let shared = TemporalTagger()

    let lexicon: TimeLexicon

    /// Creates a tagger (the resources are loaded once per process and shared).
    public init() {
        lexicon = TimeLexicon.shared
    }

    /// The temporal expressions of `text`, in order.
    ///
    /// - Parameters:
    ///   - text: the document text; offsets in the result are Unicode scalar indices into it.
    ///   - publicationDate: the anchor of deictic expressions; without it, values that need it
    ///     are written with `X` digits (`XXXX-04-11`) and have no `dateStart`.
    /// - Returns: the expressions, none overlapping.
    public func annotate(text: String, publicationDate: CalendarDay?) -> [TemporalExpression] {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            annotate(bytes: UnsafeBufferPointer(buffer), publicationDate: publicationDate)
        }
    }

    /// The temporal expressions of a document, anchored on its publication date.
    public func annotate(_ document: Document) -> [TemporalExpression] {
        annotate(text: document.text, publicationDate: document.publicationDate)
    }

    /// The expressions of `text`, with the narrative clock already on `narrative` (for tests
    /// and for callers that tag a document piece by piece).
    func annotate(text: String, publicationDate: CalendarDay?, narrative: CalendarDay?) -> [TemporalExpression] {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            annotate(bytes: UnsafeBufferPointer(buffer), publicationDate: publicationDate, narrative: narrative)
        }
    }

    /// Whether the expression at `first..<end` is named as a deadline ("set 1 September as the
    /// deadline", "a deadline of 1 November"): a day still to come when it was set, no moment the
    /// story has reached ("UNHCR urged Pakistan the next day" is the day after the setting).
    static func namesDeadline(_ tokens: [TimeToken], _ first: Int, _ end: Int, _ fn: FunctionWords) -> Bool {
        if end + 2 < tokens.count, tokens[end].key == fn.as_, tokens[end + 1].key == fn.the || tokens[end + 1].key == fn.a,
           tokens[end + 2].key == fn.deadline { return true }
        return first >= 2 && tokens[first - 1].key == fn.of && tokens[first - 2].key == fn.deadline
    }

    /// The expressions of UTF-8 text.
    func annotate(bytes: UnsafeBufferPointer<UInt8>, publicationDate: CalendarDay?,
                  narrative: CalendarDay? = nil) -> [TemporalExpression] {
        let tokens = TimeTokenizer.tokenize(bytes, lexicon: lexicon)
        let scanner = TimexScanner(tokens: tokens, lexicon: lexicon, bytes: bytes)
        let matches = scanner.scan()
        let cues = TenseCues(scanner: scanner)
        var resolver = TimexResolver(publication: publicationDate)
        if let narrative { resolver.note(value: narrative.description, type: .date) }
        var out: [TemporalExpression] = []
        out.reserveCapacity(matches.count)
        var taken = -1      // a match already joined to the one before it
        // The last token known to lie on the line of the chronology entry being read ("- May 23 —
        // In Tokyo, … hold a call on March 18"): the line's other days are placed as entries' are.
        var entryLine: Int?
        for (k, var m) in matches.enumerated() where k != taken {
            // In quoted speech, "today" is the day of the speech: the narrative day, when the
            // text has just named a day before the publication date.
            if tokens[m.first].quoted, case .phrase(var entry) = m.meaning, entry.anchor == .publication,
               entry.isDayOrPart, let said = resolver.lastDay, let pub = publicationDate, said < pub {
                entry.anchor = .narrative
                m.meaning = .phrase(entry)
            }
            resolver.sentence = tokens[m.first].sentence
            resolver.firmPast = cues.firmPast(first: m.first, end: m.end)
            let opens = cues.opensEntry(first: m.first, end: m.end)
            if opens {
                entryLine = m.first
                resolver.entry = true
            } else if let e = entryLine {
                // (each token is looked at once: the scan goes on from the last match)
                let sameLine = !(e + 1...m.first).contains { tokens[$0].newlineBefore }
                entryLine = sameLine ? m.first : nil
                resolver.entry = sameLine
            }
            var (value, anchor) = resolver.resolve(m.meaning) { cues.cue(first: m.first, end: m.end) }
            // ("Sunday 14 April 2024" alone on its line above "00:12 GMT — …" entries: the day
            // the entries' clock times fall on)
            if opens, case .day = m.meaning, let day = CalendarDay(iso: value) { resolver.entryDay = day }
            resolver.firmPast = false
            resolver.entry = false
            // "On that same day, August 28, ...": the date in apposition names the day
            if case .phrase(let entry) = m.meaning, entry.anchor == .narrative, entry.isDayOrPart, k + 1 < matches.count,
               case .day = matches[k + 1].meaning, matches[k + 1].first == m.end + 1, scanner.isPunct(m.end, ",") {
                let next = matches[k + 1]
                let day = resolver.resolve(next.meaning) { cues.cue(first: next.first, end: next.end) }
                value = day.value + (entry.text ?? "")
                anchor = day.anchor
            }
            // ("the first day" with no range of days named before it: no time the text gives)
            if value.isEmpty, case .phrase(let entry) = m.meaning, case .rangeStart = entry.kind { continue }
            // "the day before last Tuesday's hearing", "the day after Christmas": a day next to
            // the date named right after, not to the narrative day
            if case .phrase(let entry) = m.meaning, entry.anchor == .narrative, entry.isDay, abs(entry.amount) == 1,
               k + 1 < matches.count, matches[k + 1].first == m.end, matches[k + 1].type == .date,
               tokens[m.end - 1].key == scanner.fn.before || tokens[m.end - 1].key == scanner.fn.after {
                let next = matches[k + 1]
                let named = resolver.resolve(next.meaning) { cues.cue(first: next.first, end: next.end) }
                if let day = CalendarDay(iso: named.value) {
                    value = day.adding(days: entry.amount).description
                    anchor = named.anchor ?? .publication
                    m.end = next.end
                    taken = k + 1
                }
            }
            // "profit rose in the third quarter from a year earlier": the same quarter, a year before
            if m.comparative, case .shift(.year, let amount, _, nil) = m.meaning, let same = resolver.comparativeYear(amount) {
                (value, anchor) = same
            }
            var expression = Self.expression(tokens, bytes, m.first..<m.end, type: m.type, value: value, mod: m.mod, anchor: anchor)
            if let (a, b) = m.parts, let slash = value.firstIndex(of: "/") {
                expression.parts = [
                    Self.expression(tokens, bytes, a, type: m.type, value: String(value[..<slash]), mod: nil, anchor: anchor),
                    Self.expression(tokens, bytes, b, type: m.type, value: String(value[value.index(after: slash)...]), mod: nil, anchor: anchor),
                ]
            }
            if let (range, length) = m.length {
                expression.parts = [Self.expression(tokens, bytes, range, type: .duration, value: length, mod: m.mod, anchor: nil)]
            }
            var comparative = m.comparative
            if case .phrase(let entry) = m.meaning, case .yearAgo = entry.kind { comparative = true }
            // "a year earlier", "year-ago" compare; "the 1988 period" names the time it compares with
            // (nor does a time inside a "since" clause: "its first launch since the council
            // tightened sanctions on Monday" goes on from the launch, not from Monday)
            let moves = !comparative
            // (nor one that dates an accord in a reduced relative clause: "agreed to implement the
            // trade agreement reached on July 30")
            let aside = Self.insideSinceClause(tokens, m.first, scanner.fn) || Self.datesAccord(tokens, m.first, scanner)
            expression.datesOwnClauseOnly = aside
            // (a heading names the time the text below is about: "The 2022 entries:")
            let heading = opens || Self.headingLike(m.first..<m.end, in: tokens)
            // (nor one inside a relative aside: "the drills, which began on Monday, showed …; on the
            // same day the ministry rejected …" is the day of the report)
            let relativeAside = Self.insideRelativeAside(tokens, m.first, scanner.fn) || Self.firstSince(tokens, m.first, scanner)
                || Self.namesDeadline(tokens, m.first, m.end, scanner.fn)
                || Self.namesAnAct(m, tokens, scanner) && !heading
                || (k > 0 && Self.endsWindow(tokens, m.first, after: matches[k - 1], scanner.fn))
            // "the 1988 period" is compared with; "this year's third quarter" is named
            if case .quarterOfYear(let year, let relative, _) = m.meaning, !(relative && year == 0) { comparative = true }
            // ("China did not disclose its losses until February 2021": a limit named after
            // "until" is no year the story has reached; nor is "extend the moratorium beyond 2003")
            let limit = m.first > 0 && (tokens[m.first - 1].key == scanner.fn.until || tokens[m.first - 1].key == scanner.fn.till
                || tokens[m.first - 1].key == scanner.fn.beyond)
            // ("By Lucia Ferrer, December 30, 2016" above a review of 2014 and 2015: the byline's
            // date is when the piece appeared, not a moment the story has reached)
            let masthead = value == publicationDate?.description && Self.inMasthead(tokens, m.first, m.end)
            // ("Friday, August 15, 2025, 3:14 P.M. AKDT" above a transcript published the next
            // day, "Georgetown, December 29, 2023 - …" in a text published on the 30th): a day
            // of the last week alone on its line or as a dateline is the day the text below was
            // written, which its "today" and "this morning" mean (not a post's stamp after its
            // clock time: "1:42 PM · Aug 11, 2025")
            // (a day written with its year, "FOR IMMEDIATE RELEASE ¶ July 15, 2016" on a page
            // posted ten days later that reposts several releases, may be up to 400 days old: an
            // embassy reposts the year's statements on a country months after the first)
            if case .day(let year, _, _) = m.meaning, let pub = publicationDate, let day = CalendarDay(iso: value),
               day <= pub, day.dayNumber >= pub.dayNumber - (year == nil ? 7 : 400), Self.inMasthead(tokens, m.first, m.end),
               !Self.numberBefore(onLineOf: m.first, tokens) {
                resolver.publication = day
                expression.setsToday = true
            }
            let weekday = (m.first..<m.end).contains { (scanner.word($0)?.weekday ?? 0) > 0 }
            resolver.note(value: value, type: m.type, comparative: comparative, movesClock: moves, aside: aside || relativeAside,
                          limit: limit, present: !masthead, weekday: weekday, heading: heading)
            out.append(expression)
        }
        return out
    }

    /// Whether the sentence of an expression reads as a heading: a line without a closing stop
    /// ("North Korea–South Korea relations in 2018" as a title) or at most three words besides
    /// the expression ("The 2022 entries:", "Timeline 2021"), not a sentence of the text.
    static func headingLike(_ range: Range<Int>, in tokens: [TimeToken]) -> Bool {
        let sentence = tokens[range.lowerBound].sentence
        var words = 0
        var k = range.lowerBound - 1
        while k >= 0, tokens[k].sentence == sentence, words <= 3 {
            if tokens[k].kind == .word { words += 1 }
            k -= 1
        }
        // (at most forty tokens on: a text without sentence ends has no headings to find)
        k = range.upperBound
        while k < tokens.count, tokens[k].sentence == sentence, k < range.upperBound + 40 {
            if tokens[k].kind == .word { words += 1 }
            k += 1
        }
        if words <= 3 { return true }
        guard k == tokens.count || tokens[k].sentence != sentence else { return false }
        // (the sentence's last token, and the line break after it)
        let last = tokens[k - 1]
        let stop = last.kind == .punct && (last.punct == 46 || last.punct == 33 || last.punct == 63)
        return !stop && (k == tokens.count || tokens[k].newlineBefore)
    }

    /// Whether the expression starting at token `first` closes a clause opened by "since" (a
    /// "since" earlier in the clause, not right before the expression).
    static func insideSinceClause(_ tokens: [TimeToken], _ first: Int, _ fn: FunctionWords) -> Bool {
        clauseWord(fn.since, in: tokens, from: first - 2, before: first, within: 12) != nil
    }

    /// Whether the expression at token `first` follows an accord noun, a participle of settling
    /// and perhaps "on" ("the trade agreement reached on July 30", "the truce brokered on
    /// Monday", "the agreement signed the previous October"), or a
    /// comma, a participle of settling and "on" or "in" ("relations, established on 27 January
    /// 1964"): the day of the noun before, told in a reduced relative clause.
    static func datesAccord(_ tokens: [TimeToken], _ first: Int, _ scanner: TimexScanner) -> Bool {
        // ("the free trade agreement signed the previous October", "the deal reached last week")
        let p = first > 0 && tokens[first - 1].key == scanner.fn.the ? first - 1 : first
        if p >= 2, scanner.word(p - 1)?.isSettling ?? false, tokens[p - 2].sentence == tokens[first].sentence,
           scanner.word(p - 2)?.isAccord ?? false { return true }
        guard first >= 3 else { return false }
        let on = tokens[first - 1].key == scanner.fn.on
        guard on || tokens[first - 1].key == scanner.fn.in_, tokens[first - 3].sentence == tokens[first].sentence,
              scanner.word(first - 2)?.isSettling ?? false else { return false }
        // ("relations, established on 27 January 1964": after a comma the participle dates the
        // noun before it, whatever the noun)
        if tokens[first - 3].kind == .punct, tokens[first - 3].punct == 44 { return true }
        return on && scanner.word(first - 3)?.isAccord ?? false
    }

    /// Whether the expression at token `first` follows "since" in a phrase that names a first
    /// ("the first high-level talks since December 2015"): when the last one was, no time the
    /// story has reached.
    static func firstSince(_ tokens: [TimeToken], _ first: Int, _ scanner: TimexScanner) -> Bool {
        guard first >= 2, tokens[first - 1].key == scanner.fn.since else { return false }
        var k = first - 2
        // (a hyphen inside a word goes on: "the first high-level talks since …")
        while k >= 0, first - k <= 11, tokens[k].kind != .punct || tokens[k].punct == 45 && !tokens[k].spaceBefore,
              tokens[k].sentence == tokens[first].sentence {
            if tokens[k].key == scanner.fn.first { return true }
            k -= 1
        }
        return false
    }

    /// Whether a date with its day is only the name of an act, between "the" and the act's noun
    /// ("in retaliation for the 1 April strike", "since the Oct. 7 attack"): an event the story
    /// refers to, not a day it has reached.
    static func namesAnAct(_ m: TimexMatch, _ tokens: [TimeToken], _ scanner: TimexScanner) -> Bool {
        // (or a year: "every such claim was settled by the 1965 agreement" tells no time the story reached)
        var year = false
        if case .fixed(let v) = m.meaning, v.utf8.count == 4, m.end == m.first + 1 { year = true }
        if !year { guard case .day(_, _, _) = m.meaning else { return false } }
        guard m.end < tokens.count, tokens[m.end].kind == .word, !tokens[m.end].capitalized,
              tokens[m.first].key == scanner.fn.the || m.first > 0 && tokens[m.first - 1].key == scanner.fn.the else { return false }
        // (a word of time goes on the expression: "the March 3 morning" is no act)
        guard let w = scanner.word(m.end) else { return true }
        return w.unit == nil && w.month == 0 && w.weekday == 0 && w.relative == nil && w.post == nil && !w.isLink && w.tense == nil
    }

    /// Whether the expression at token `first` is the far end of a window whose start, the
    /// expression before it, the scanner did not join to it: "would launch a rocket sometime
    /// between that day and June 3". It is no day the story reached.
    static func endsWindow(_ tokens: [TimeToken], _ first: Int, after start: TimexMatch, _ fn: FunctionWords) -> Bool {
        first >= 2 && tokens[first - 1].key == fn.and && start.end == first - 1
            && start.first > 0 && tokens[start.first - 1].key == fn.between
    }

    /// Whether tokens `first..<end` are the date of a byline or dateline: on a line of their own
    /// that ends without a sentence's final mark ("By Lucia Ferrer, December 30, 2016"), or after
    /// a capitalized place that opens the line ("ALGIERS, August 25, 2021 (Maghreb Wire) -").
    static func inMasthead(_ tokens: [TimeToken], _ first: Int, _ end: Int) -> Bool {
        // (both walks stop where neither test can hold: a line of at most 16 tokens, or a
        // dateline within 5 tokens of the line's start; paragraphs are lines too)
        var start = first
        while start > 0, !tokens[start].newlineBefore {
            start -= 1
            if first - start > 16 { return false }
        }
        var stop = end
        while stop < tokens.count, !tokens[stop].newlineBefore, stop - start <= 16 { stop += 1 }
        let last = tokens[stop - 1]
        if !(last.kind == .punct && (last.punct == 46 || last.punct == 63 || last.punct == 33 || last.punct == 34)), stop - start <= 16,
           stop == tokens.count || tokens[stop].newlineBefore {
            return true
        }
        // a dateline: capitalized words, a comma, then the date
        guard first > start, first - start <= 5, tokens[first - 1].kind == .punct, tokens[first - 1].punct == 44 else { return false }
        // ("ANCHORAGE/KYIV, Aug 16 (Northline) -": places joined by a slash)
        return tokens[start..<(first - 1)].allSatisfy { $0.kind == .word && $0.capitalized || $0.kind == .punct && ($0.punct == 44 || $0.punct == 47) }
    }

    /// Whether a number comes before token `first` on its line ("1:42 PM · Aug 11, 2025").
    static func numberBefore(onLineOf first: Int, _ tokens: [TimeToken]) -> Bool {
        var k = first
        while k > 0, !tokens[k].newlineBefore {
            k -= 1
            if tokens[k].kind == .number { return true }
        }
        return false
    }

    /// Whether the expression starting at token `first` lies in a relative clause that a comma
    /// and "which" open ("the drills, which began on Monday, …"), with no other comma between.
    static func insideRelativeAside(_ tokens: [TimeToken], _ first: Int, _ fn: FunctionWords) -> Bool {
        guard let k = clauseWord(fn.which, in: tokens, from: first - 1, before: first, within: 10), k > 0 else { return false }
        return tokens[k - 1].kind == .punct && tokens[k - 1].punct == 44
    }

    /// The token `key` nearest before the expression at `first`, looked for from token `from`
    /// back at most `within` tokens in the same clause (no comma or semicolon crossed).
    private static func clauseWord(_ key: Int32, in tokens: [TimeToken], from: Int, before first: Int, within: Int) -> Int? {
        var k = from
        while k >= 0, first - k <= within, tokens[k].sentence == tokens[first].sentence {
            if tokens[k].kind == .punct, tokens[k].punct == 44 || tokens[k].punct == 59 { return nil }
            if tokens[k].key == key { return k }
            k -= 1
        }
        return nil
    }

    private static func expression(_ tokens: [TimeToken], _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                                   type: TimexType, value: String, mod: String?, anchor: Anchor?) -> TemporalExpression {
        let first = tokens[range.lowerBound], last = tokens[range.upperBound - 1]
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(first.start)..<Int(last.end)]), as: UTF8.self)
        return TemporalExpression(text: text, start: Int(first.scalarStart), end: Int(last.scalarEnd),
                                  type: type, value: value, mod: mod, anchor: anchor)
    }
}
