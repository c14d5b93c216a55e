/// The recognizer: walks the tokens once and, at each token that can start a temporal
/// expression, tries the grammar's rules and keeps the longest match.
///
/// Rules live in extensions by concern (`+Dates`, `+Numbers`, `+Relative`, `+Modifiers`);
/// the words they test come from ``TimeLexicon``. No rule builds a `String`.
struct TimexScanner {
    let tokens: [TimeToken]
    let lex: TimeLexicon
    let bytes: UnsafeBufferPointer<UInt8>
    let fn: FunctionWords

    init(tokens: [TimeToken], lexicon: TimeLexicon, bytes: UnsafeBufferPointer<UInt8>) {
        self.tokens = tokens
        self.lex = lexicon
        self.bytes = bytes
        self.fn = lexicon.fn
    }

    /// All matches, in text order, none overlapping.
    func scan() -> [TimexMatch] {
        var out: [TimexMatch] = []
        var i = 0
        let n = tokens.count
        while i < n {
            let t = tokens[i]
            if (t.kind == .word && (t.key < 0 || !lex.words[Int(t.key)].canStart)) || (t.kind == .punct && t.punct != 39) {
                i += 1
                continue
            }
            // The commonest starters go on only before a word the grammar knows.
            if t.key == fn.the || t.key == fn.a || t.key == fn.an {
                let next = i + 1 < n ? tokens[i + 1] : t
                if i + 1 >= n || (next.kind == .word && next.key < 0) || (next.kind == .punct && next.punct != 39) {
                    i += 2
                    continue
                }
            }
            if let m = longest(at: i), m.end > i {
                out.append(m)
                i = m.end
            } else {
                i += 1
            }
        }
        return out
    }

    /// The longest match starting at token `i`.
    func longest(at i: Int) -> TimexMatch? {
        var best: TimexMatch?
        func consider(_ m: TimexMatch?) {
            guard var m else { return }
            m = extendPartOfDay(m)
            m = extendClockDay(m)
            m = extendOrSo(m)
            m = extendThatYear(m)
            m = extendWeekdayDate(m)
            if case .phrase = m.meaning { m = extendPartDay(m) }
            if m.end > (best?.end ?? i) { best = m }
        }
        consider(modified(at: i))
        consider(core(at: i))
        consider(thatMonth(at: i))
        if isKey(i, fn.the) {
            if var m = core(at: i + 1), m.takesThe, !endsInCompound(m) { m.first = i; consider(m) }
            if var m = modified(at: i + 1), m.takesThe, !endsInCompound(m) { m.first = i; consider(m) }
        }
        if isKey(i, fn.fiscal) || isKey(i, fn.fy), var m = core(at: i + 1), case .fixed = m.meaning {
            m.first = i
            consider(m)
        }
        if isKey(i, fn.the) || isKey(i, fn.its) || isKey(i, fn.fiscal) { consider(fiscalPeriod(at: i)) }
        if isKey(i, fn.the) { consider(dayOfMonthAlone(at: i)) }
        // "the year ended March 31", "the fiscal year ending June 30": twelve months named by their last day
        if isKey(i, fn.the) {
            let j = isKey(i + 1, fn.fiscal) ? i + 2 : i + 1
            if isKey(j, fn.year), isKey(j + 1, fn.ended) || isKey(j + 1, fn.ending) {
                consider(TimexMatch(first: i, end: j + 1, type: .duration, meaning: .fixed("P1Y")))
            } else if isKey(j, fn.year), !tokens[j].capitalized || startsSentence(i), theYearIsThisYear(after: j + 1) {
                // "for the year", "a high for the year", "earnings for the fiscal year": the
                // publication's year, as "this year" ("the year in which ..." names no year)
                consider(TimexMatch(first: i, end: j + 1, type: .date,
                                    meaning: .shift(unit: .year, amount: 0, anchor: .publication, granularity: nil)))
            }
        }
        if isKey(i, fn.the) {
            consider(halfOfPeriod(at: i))
            consider(reportLength(at: i))
            consider(correspondingPeriod(at: i))
            consider(periodAhead(at: i))
        }
        // "the week of March 6": the week that day falls in
        if isKey(i, fn.the), word(i + 1)?.unit == .week, !endsWith(i + 1, "s"), isKey(i + 2, fn.of),
           let day = core(at: i + 3), day.type == .date, case .day = day.meaning {
            consider(TimexMatch(first: i, end: day.end, type: .date, meaning: .weekOf(day.meaning)))
        }
        if isKey(i, fn.between), var m = core(at: i + 1), case .range = m.meaning {
            m.first = i
            consider(m)
        }
        return best
    }

    /// Whether "the year" before token `k` is the current year: not the head of a relative
    /// clause ("the year in which", "the year when", "the year that"), not "the year 2000", not a
    /// compound ("the year-ago quarter") and not in a title ("Person of the Year").
    func theYearIsThisYear(after k: Int) -> Bool {
        guard k < tokens.count else { return true }
        let t = tokens[k]
        if t.kind == .number { return false }
        if t.kind == .punct { return t.punct != 45 && t.punct != 39 }        // "-", "'"
        if t.newlineBefore { return true }
        let key = t.key
        if key == fn.in_ { return !isKey(k + 1, fn.which) }
        return key != fn.that && key != fn.since && key != fn.before && key != fn.after
            && key != fn.when && key != fn.which && key != fn.to && key != fn.and && key != fn.or && key != fn.as_
    }

    /// The rules that start an expression without a modifier.
    func core(at i: Int) -> TimexMatch? {
        guard i < tokens.count else { return nil }
        var best: TimexMatch?
        func consider(_ m: TimexMatch?) {
            if let m, m.end > (best?.end ?? i) { best = m }
        }
        let t = tokens[i]
        switch t.kind {
        case .number:
            consider(numericDate(at: i))
            consider(dateTimeGroup(at: i))
            consider(clock(at: i))
            consider(dayFirst(at: i))
            consider(duration(at: i))
            consider(year(at: i))
            consider(ordinalPeriod(at: i))
            consider(twoDigitDecade(at: i))
        case .punct:
            consider(twoDigitDecade(at: i))
        case .word:
            if t.key >= 0, lex.words[Int(t.key)].startsPhrase, let p = lex.phrases.longestMatch(tokens, from: i) {
                consider(phraseMatch(i, p.end, p.entry))
            }
            guard let w = word(i) else { return best }
            if w.month > 0 { consider(monthFirst(at: i)) }
            if w.weekday > 0 {
                consider(monthFirst(at: i))
                consider(dayFirst(at: i))
                consider(weekday(at: i))
            }
            if w.season != nil { consider(season(at: i)) }
            if w.relative != nil { consider(relative(at: i)) }
            if w.cardinal != nil {
                consider(duration(at: i))
                consider(spelledYear(at: i))
            }
            if w.ordinal != nil || t.key == fn.q || t.key == fn.h { consider(ordinalPeriod(at: i)) }
            if w.ordinal != nil || w.cardinal != nil, isKey(i - 1, fn.the) { consider(dayFirst(at: i)) }   // "the fifth of May"
            // "a day-long meeting", "a decades-long feud": one unit, or an unknown number of them
            if let unit = w.unit, unit != .half, unit != .weekend, isPunct(i + 1, "-"), attached(i + 1), isKey(i + 2, fn.long),
               attached(i + 2), !(i > 0 && isPunct(i - 1, "-") && attached(i)) {
                consider(TimexMatch(first: i, end: i + 3, type: .duration, meaning: .fixed(unit.duration(endsWith(i, "s") ? "X" : "1"))))
            }
            if w.unit != nil, endsWith(i, "s"), word(i + 1)?.post == .ago {
                consider(TimexMatch(first: i, end: i + 2, type: .date, meaning: .fixed("PAST_REF")))   // "months ago"
            }
            // "within weeks (of the vote)", "the first gain in years": a bare plural after "within" or
            // "in" is an unknown number of units ("in days of talks" counts talks; "for years" is left
            // alone: TimeBank tags it only half the time)
            if let unit = w.unit, unit != .half, unit != .weekend, unit != .quarter, unit != .century, endsWith(i, "s"),
               isKey(i - 1, fn.within) || (isKey(i - 1, fn.in_) && !isKey(i + 1, fn.of)), sameSentence(i - 1, i),
               !tokens[i].capitalized, !isPunct(i + 1, "-"), !isPunct(i + 1, "'"), word(i + 1)?.post == nil {
                consider(TimexMatch(first: i, end: i + 1, type: .duration, meaning: .fixed(unit.duration("X"))))
            }
            if w.setUnit != nil || w.weekdays > 0 || t.key == fn.every || t.key == fn.each
                || t.key == fn.once || t.key == fn.twice {
                consider(recurrence(at: i))
            }
            if w.daypart == .NO || w.daypart == .MI { consider(noonOrMidnight(at: i)) }
        }
        return best
    }

    func phraseMatch(_ i: Int, _ end: Int, _ entry: PhraseEntry) -> TimexMatch? {
        // "Christmas" needs its capital. ("Now that the border is open" is the present too.)
        if case .monthDay = entry.kind, !tokens[i].capitalized { return nil }
        // "the quarter-to-quarter comparison": the first half of a compound adjective
        if isPunct(end, "-"), attached(end), isKey(end + 1, fn.to) { return nil }
        // "Now, ..." opening a sentence is a discourse marker
        if tokens[i].key == fn.now, end == i + 1, startsSentence(i),
           isPunct(end, ",") || (word(end)?.followsDiscourseNow ?? false) { return nil }
        // "USA Today", "VOA Today": a capitalized "Today" after a name is part of the name
        if end == i + 1, tokens[i].capitalized, entry.anchor == .publication, i > 0, tokens[i - 1].kind == .word,
           tokens[i - 1].capitalized, sameSentence(i - 1, i), !startsSentence(i), word(i - 1)?.canStart != true { return nil }
        // "the day before the vote", "the day before returning": the day is counted from an event,
        // not from the narrative day
        if entry.anchor == .narrative, end - i == 3, isKey(end - 1, fn.before) || isKey(end - 1, fn.after), end < tokens.count,
           tokens[end].kind == .word, sameSentence(end, i), !(word(end)?.isLink ?? false) {
            // "Oct. 12, the day before the crash": in apposition to a date, "the day" is that date
            if isPunct(i - 1, ","), isNumber(i - 2), tokens[i - 2].digits <= 2,
               (word(i - 3)?.month ?? 0) > 0 || (isPunct(i - 3, ".") && (word(i - 4)?.month ?? 0) > 0) {
                return TimexMatch(first: i, end: i + 2, type: .date,
                                  meaning: .phrase(PhraseEntry(type: .date, operation: "day:0", anchor: .narrative)))
            }
            if endsWith(end, "ing") { return nil }          // a clause: "the day before returning home"
        }
        if entry.operation == "ref:FUTURE_REF" || entry.operation == "ref:PAST_REF" {
            // "the future of the alliance" is its fate; "the past three summers" counts summers
            if end - i == 2, isKey(i, fn.the), isKey(end, fn.of) { return nil }
            if end - i == 2, isKey(i, fn.the), isNumber(end) || (word(end)?.cardinal ?? 0) > 1 { return nil }
            if end - i == 1, tokens[i].key == fn.soon, isKey(end, fn.after) { return nil }
        }
        // "the year-ago third quarter": the quarter named, a year before
        if case .yearAgo = entry.kind, let q = quarterAfter(end), let n = q.quarter {
            var m = TimexMatch(first: i, end: q.end, type: .date, meaning: .quarterOfYear(year: -1, relative: true, quarter: n))
            m.takesThe = true
            return m
        }
        // "the quarter a year ago": the report's quarter, a year before
        if case .shift(.quarter) = entry.kind, entry.anchor == .narrative, isKey(end, fn.a), isKey(end + 1, fn.year),
           let post = word(end + 2)?.post, post == .ago || post == .earlier {
            return TimexMatch(first: i, end: end + 3, type: .date, meaning: .quarterOfYear(year: -1, relative: true, quarter: nil))
        }
        return TimexMatch(first: i, end: end, type: entry.type, meaning: .phrase(entry), mod: nil)
    }

    // MARK: - Token tests

    @inline(__always) func word(_ i: Int) -> TimeWord? {
        guard i >= 0, i < tokens.count, tokens[i].key >= 0 else { return nil }
        return lex.words[Int(tokens[i].key)]
    }

    @inline(__always) func isKey(_ i: Int, _ key: Int32) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].key == key && key != -1
    }

    @inline(__always) func isPunct(_ i: Int, _ c: Unicode.Scalar) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .punct && UInt32(tokens[i].punct) == c.value
    }

    /// Token `i` follows the previous one without space.
    @inline(__always) func attached(_ i: Int) -> Bool {
        i > 0 && i < tokens.count && !tokens[i].spaceBefore
    }

    @inline(__always) func isNumber(_ i: Int) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .number
    }

    /// Token `i` is in the same sentence as token `j` (and exists).
    @inline(__always) func sameSentence(_ i: Int, _ j: Int) -> Bool {
        i >= 0 && i < tokens.count && j >= 0 && j < tokens.count && tokens[i].sentence == tokens[j].sentence
    }

    /// "On the 13th", "by the 20th": a day of the month alone, after a preposition of time and
    /// before the end of the phrase (punctuation, "and", or a capitalized word that starts the
    /// clause), not before a noun ("the 13th century", "on the 5th floor"); or after a part of the
    /// day and "of" ("the morning of the 23rd").
    func dayOfMonthAlone(at i: Int) -> TimexMatch? {
        guard i > 0 else { return nil }
        guard isNumber(i + 1), tokens[i + 1].digits <= 2, (1...31).contains(tokens[i + 1].value), ordinalSuffix(i + 2) else {
            return spelledDayOfMonthAlone(at: i)
        }
        let day = tokens[i + 1].value
        // ("on the morning of the 23rd": a part of the day of a day of the month is a TIME)
        if i >= 3, isKey(i - 1, fn.of), let part = word(i - 2)?.daypart?.rawValue, part != "NO", part != "MI",
           isKey(i - 3, fn.the), !endsWith(i - 2, "s"), sameSentence(i - 3, i) {
            return TimexMatch(first: i - 3, end: i + 3, type: .time, meaning: .partOfDay(base: .dayOfMonth(day), part: "T" + part))
        }
        guard isKey(i - 1, fn.on) || isKey(i - 1, fn.by) || isKey(i - 1, fn.until) || isKey(i - 1, fn.since)
                || isKey(i - 1, fn.from) || isKey(i - 1, fn.till) else { return nil }
        let end = i + 3
        if end < tokens.count, sameSentence(end, i) {
            let next = tokens[end]
            let closes = next.kind == .punct
                || (next.kind == .word && (next.capitalized || next.key == fn.and || next.key == fn.or || fn.isDeterminer(next.key)))
            guard closes, !isKey(end, fn.of), !(word(end).map { $0.month > 0 || $0.unit != nil } ?? false) else { return nil }
        }
        return TimexMatch(first: i, end: end, type: .date, meaning: .dayOfMonth(day))
    }

    /// "broke relations on the third", "on the twenty-first,": a day of the month spelled out,
    /// after "on" and before the end of the phrase (punctuation or "and"), from the third on
    /// ("on the first" and "on the second" are more often the first of several things).
    func spelledDayOfMonthAlone(at i: Int) -> TimexMatch? {
        guard isKey(i - 1, fn.on), let (day, end) = spelledDay(i + 1), day >= 3, end < tokens.count,
              sameSentence(end, i) else { return nil }
        let next = tokens[end]
        guard (next.kind == .punct && !isPunct(end, "-")) || next.key == fn.and else { return nil }
        return TimexMatch(first: i, end: end, type: .date, meaning: .dayOfMonth(day))
    }

    /// An ordinal suffix ("st", "nd", "rd", "th") attached to the number before.
    func ordinalSuffix(_ i: Int) -> Bool {
        attached(i) && (isKey(i, fn.st) || isKey(i, fn.nd) || isKey(i, fn.rd) || isKey(i, fn.th))
    }

    /// Token `i` is the first word of its sentence.
    func startsSentence(_ i: Int) -> Bool {
        i == 0 || tokens[i - 1].sentence != tokens[i].sentence
            || (i == 1 && tokens[0].kind == .punct)
            || (tokens[i - 1].kind == .punct && (tokens[i - 1].punct == 34 || tokens[i - 1].punct == 40)
                && (i < 2 || tokens[i - 2].sentence != tokens[i].sentence))
    }

    /// Token `i` opens a title or continues a name: it follows an opening quote, or a
    /// capitalized word that does not begin the sentence ("ABC's \"This Week\"", "CBS Evening").
    func titleContext(_ i: Int) -> Bool {
        guard i > 0, sameSentence(i - 1, i) else { return false }
        let p = tokens[i - 1]
        if p.kind == .punct { return p.punct == 34 || p.punct == 39 || p.punct == 96 }
        return p.kind == .word && p.capitalized && !startsSentence(i - 1) && word(i - 1)?.canStart != true
    }

    /// The lowercased bytes of token `i` end with `suffix`.
    func endsWith(_ i: Int, _ suffix: StaticString) -> Bool {
        let t = tokens[i]
        let count = suffix.utf8CodeUnitCount
        guard t.length >= count else { return false }
        let base = Int(t.end) - count
        for k in 0..<count where bytes[base + k] | 0x20 != suffix.utf8Start[k] { return false }
        return true
    }
}
