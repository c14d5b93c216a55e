/// Calendar dates written with month names: "Nov. 26", "November 26th, 2018", "26 November
/// 2018", "Friday, Oct. 23", "October 6-8", "from 6 to 8 October", "November 2020", "July".
extension TimexScanner {
    /// Words before a bare ambiguous month ("May", "March") that make it a month.
    func monthContext(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count else { return false }
        let k = tokens[i].key
        if k == fn.in_ || k == fn.since || k == fn.until || k == fn.till || k == fn.by || k == fn.from
            || k == fn.during || k == fn.before || k == fn.after || k == fn.of || k == fn.through
            || k == fn.between || k == fn.and || k == fn.to || k == fn.ending || k == fn.beginning
            || k == fn.starting || k == fn.throughout { return true }
        if let w = word(i), w.relative != nil || w.premod != nil || w.part != nil { return true }
        return isPunct(i, "-")
    }

    /// A weekday, an optional comma and period, before a date: returns the index after them.
    private func weekdayPrefix(_ i: Int) -> Int? {
        guard let w = word(i), w.weekday > 0 else { return nil }
        var j = i + 1
        if isPunct(j, "."), attached(j) { j += 1 }
        if isPunct(j, ",") { j += 1 }
        return j
    }

    /// "last year", "this year", "next year" at `j`: the shift from the publication year ("30
    /// July last year", "July last year").
    private func relativeYear(_ j: Int) -> Int? {
        guard let r = word(j)?.relative, r == .last || r == .this || r == .next, isKey(j + 1, fn.year) else { return nil }
        return r == .last ? -1 : r == .next ? 1 : 0
    }

    /// The index after an optional comma and a four-digit year at `j`, and the year.
    private func trailingYear(_ j: Int) -> (end: Int, year: Int)? {
        var k = j
        if isPunct(k, ",") { k += 1 }
        guard isNumber(k), tokens[k].digits == 4, (1000...2199).contains(tokens[k].value),
              sameSentence(k, j - 1) else { return nil }
        // "June 12, 2018" but not "June 12, 2018-2019 season" digits chains
        if isPunct(k + 1, ","), attached(k + 1), isNumber(k + 2), attached(k + 2) { return nil }
        return (k + 1, tokens[k].value)
    }

    /// A day-of-month number at `j` (with an attached "th"): its value and the index after it.
    /// With `certain` (after "on" or a weekday), a count noun after the number does not undo the
    /// date: "on June 25 troops crossed", but "in May 15 people died".
    func dayNumber(_ j: Int, certain: Bool = false) -> (day: Int, end: Int)? {
        guard isNumber(j), tokens[j].digits <= 2, (1...31).contains(tokens[j].value) else { return nil }
        var k = j + 1
        if ordinalSuffix(k) { k += 1 }
        // "June 12,000" or "June 3.5" or "May 4:30" are not dates
        if (isPunct(k, ",") || isPunct(k, ".") || isPunct(k, ":")), attached(k), isNumber(k + 1), attached(k + 1),
           tokens[k + 1].digits != 4 || isPunct(k, ":") { return nil }
        if let w = word(k), w.unit != nil || (w.blocksYearBefore && !certain) { return nil }
        return (tokens[j].value, k)
    }

    /// A day of the month spelled as an ordinal at `j`, as transcripts write it ("eighth",
    /// "twenty-first", "thirty first"): its value and the index after it. Not before a hyphen or
    /// a unit ("second-quarter", "first half").
    func spelledDay(_ j: Int) -> (day: Int, end: Int)? {
        guard let w = word(j) else { return nil }
        var day = 0
        var k = j + 1
        if let o = w.ordinal, o >= 1, o <= 31 {
            day = o
        } else if let c = w.cardinal, c == 20 || c == 30 {
            if isPunct(k, "-"), attached(k) { k += 1 }
            guard let o = word(k)?.ordinal, o >= 1, o <= (c == 30 ? 1 : 9) else { return nil }
            day = c + o
            k += 1
        } else {
            return nil
        }
        if isPunct(k, "-") && attached(k) { return nil }
        if let next = word(k), next.unit != nil { return nil }
        return (day, k)
    }

    /// "Month day[, year]", "Month day-day", "Month day - Month day", "Month year", "Month".
    func monthFirst(at i: Int) -> TimexMatch? {
        var j = i
        var hadWeekday = false
        if let after = weekdayPrefix(i) { j = after; hadWeekday = true }
        guard let mw = word(j), mw.month > 0 else { return nil }
        let monthToken = j
        let month = mw.month
        j += 1
        var dotted = false
        if isPunct(j, "."), attached(j) { j += 1; dotted = true }
        // "March eighth": a spelled day after a full, capitalized month name ("May first" not at the
        // start of a sentence, where "May" may be the modal)
        let spelled = tokens[monthToken].capitalized && !mw.isShortForm && !dotted
            && !((tokens[monthToken].key == fn.may || tokens[monthToken].key == fn.march) && startsSentence(monthToken))
            ? spelledDay(j) : nil
        if let (day, afterDay) = dayNumber(j, certain: hadWeekday || isKey(i - 1, fn.on)) ?? spelled, sameSentence(j, monthToken) {
            guard day <= CalendarDay.daysIn(month: month, year: 2000) else { return nil }
            var end = afterDay
            var second: (month: Int, day: Int)?
            var secondStart = end
            // ranges: "October 6-8", "October 6 to 8", "June 30 - July 2", "between May 4 and 6"
            let joiner = isPunct(end, "-") || isKey(end, fn.to) || isKey(end, fn.through) || isKey(end, fn.until)
                || (isKey(end, fn.and) && isKey(i - 1, fn.between))
            // "April 24 and 25": two days in a row are one span (two days apart they are not)
            let pair = !joiner && isKey(end, fn.and)
            if joiner || pair {
                if let (d2, after2) = dayNumber(end + 1), d2 > day, d2 <= CalendarDay.daysIn(month: month, year: 2000),
                   !pair || (d2 == day + 1 && !(word(after2).map { $0.unit != nil } ?? false)
                             && (after2 >= tokens.count || tokens[after2].kind != .word || tokens[after2].capitalized
                                 || word(after2).map { $0.isLink || $0.tense != nil || $0.isBeForm || $0.canStart } ?? false)) {
                    second = (month, d2)
                    secondStart = end + 1
                    end = after2
                } else if !pair, let w2 = word(end + 1), w2.month > 0, !w2.isShortForm || isNumber(end + 2) || isPunct(end + 2, ".") {
                    var k = end + 2
                    if isPunct(k, "."), attached(k) { k += 1 }
                    if let (d2, after2) = dayNumber(k), d2 <= CalendarDay.daysIn(month: w2.month, year: 2000) {
                        second = (w2.month, d2)
                        secondStart = end + 1
                        end = after2
                    }
                }
            }
            let year = trailingYear(end)
            if let year { end = year.end }
            // ("July 30 last year")
            if year == nil, second == nil, let shift = relativeYear(end) {
                return TimexMatch(first: i, end: end + 2, type: .date, meaning: .monthOfYear(month: month, yearShift: shift, day: day))
            }
            let first = TimexMeaning.day(year: year?.year, month: month, day: day)
            if let second {
                var m = TimexMatch(first: i, end: end, type: .date,
                                   meaning: .range(first, .day(year: year?.year, month: second.month, day: second.day)))
                m.parts = (i..<afterDay, secondStart..<end)
                return m
            }
            return TimexMatch(first: i, end: end, type: .date, meaning: first)
        }
        if hadWeekday { return nil }
        if let year = trailingYear(j), !(isPunct(j, ",") && mw.isShortForm) {
            if mw.isShortForm, !dotted, !tokens[monthToken].capitalized { return nil }
            return TimexMatch(first: i, end: year.end, type: .date, meaning: .month(year: year.year, month: month))
        }
        // "January nineteen ninety-seven", as transcripts write it
        if tokens[monthToken].capitalized, !mw.isShortForm, let spelled = spelledYear(at: j), case .fixed(let v) = spelled.meaning,
           let y = Int(v) {
            return TimexMatch(first: i, end: spelled.end, type: .date, meaning: .month(year: y, month: month))
        }
        // "June of 2018"
        if isKey(j, fn.of), isNumber(j + 1), tokens[j + 1].digits == 4, (1000...2199).contains(tokens[j + 1].value) {
            return TimexMatch(first: i, end: j + 2, type: .date, meaning: .month(year: tokens[j + 1].value, month: month))
        }
        // "August of this year", "March of last year"
        if isKey(j, fn.of), tokens[monthToken].capitalized, !mw.isShortForm, let shift = relativeYear(j + 1) {
            return TimexMatch(first: i, end: j + 3, type: .date, meaning: .monthOfYear(month: month, yearShift: shift))
        }
        // A bare month.
        let t = tokens[monthToken]
        guard t.capitalized, !mw.isShortForm else { return nil }
        let ambiguous = t.key == fn.may || t.key == fn.march
        // "the May elections", "The March accession": after a determiner and before a common
        // noun, "May" is no modal and "March" no verb
        let determined = (isKey(monthToken - 1, fn.the) || isKey(monthToken - 1, fn.this) || isKey(monthToken - 1, fn.its))
            && j < tokens.count && tokens[j].kind == .word && !tokens[j].capitalized && sameSentence(j, monthToken)
            && !(word(j)?.isLink ?? false) && !isKey(j, fn.of)
        if ambiguous && !monthContext(monthToken - 1) && !determined { return nil }
        if startsSentence(monthToken) && ambiguous { return nil }
        // "May Day", "March Madness": a capitalized word after an ambiguous month is a name
        if ambiguous, j < tokens.count, tokens[j].kind == .word, tokens[j].capitalized, word(j)?.month == 0 || word(j) == nil,
           sameSentence(j, monthToken) { return nil }
        // Ranges of months: "June-July", "from June to August", "between August and December 2023"
        if isPunct(j, "-") || isKey(j, fn.to) || isKey(j, fn.through) || (isKey(j, fn.and) && isKey(i - 1, fn.between)) {
            if let w2 = word(j + 1), w2.month > 0, !w2.isShortForm, tokens[j + 1].capitalized {
                var end = j + 2
                let year = trailingYear(end)
                if let year { end = year.end }
                var m = TimexMatch(first: i, end: end, type: .date,
                                   meaning: .range(.month(year: year?.year, month: month), .month(year: year?.year, month: w2.month)))
                m.parts = (i..<j, (j + 1)..<end)
                return m
            }
        }
        // "July last year", "March next year"
        if let shift = relativeYear(j) {
            return TimexMatch(first: i, end: j + 2, type: .date, meaning: .monthOfYear(month: month, yearShift: shift))
        }
        return TimexMatch(first: i, end: j - (dotted ? 1 : 0), type: .date, meaning: .month(year: nil, month: month))
    }

    /// "26 November 2018", "the 6th of October", "6-8 October", "6 to 8 October", "Monday 12 March".
    func dayFirst(at i: Int) -> TimexMatch? {
        var j = i
        if let after = weekdayPrefix(i) { j = after }
        if isKey(j, fn.the) { j += 1 }
        // "the fifth of May": a spelled day only between "the" and "of"
        let spelled = isKey(j - 1, fn.the) ? spelledDay(j).flatMap { isKey($0.end, fn.of) ? $0 : nil } : nil
        guard let (day, afterDay) = dayNumber(j) ?? spelled else { return nil }
        var k = afterDay
        var second: Int?
        var secondStart = k
        let joiner = isPunct(k, "-") || isKey(k, fn.to) || isKey(k, fn.through) || isKey(k, fn.until)
            || (isKey(k, fn.and) && isKey(i - 1, fn.between))
        if joiner, let (d2, after2) = dayNumber(k + 1), d2 > day {
            second = d2
            secondStart = k + 1
            k = after2
        }
        if isKey(k, fn.of) { k += 1 }
        guard let mw = word(k), mw.month > 0, sameSentence(k, j) else { return nil }
        let month = mw.month
        guard tokens[k].capitalized || tokens[k].allCaps else { return nil }
        k += 1
        if isPunct(k, "."), attached(k), mw.isShortForm { k += 1 }
        guard day <= CalendarDay.daysIn(month: month, year: 2000) else { return nil }
        let year = trailingYear(k)
        if let year { k = year.end }
        // ("30 July last year", "3 March this year")
        if year == nil, second == nil, let shift = relativeYear(k) {
            var m = TimexMatch(first: i, end: k + 2, type: .date, meaning: .monthOfYear(month: month, yearShift: shift, day: day))
            m.takesThe = true
            return m
        }
        let first = TimexMeaning.day(year: year?.year, month: month, day: day)
        if let second {
            var m = TimexMatch(first: i, end: k, type: .date,
                               meaning: .range(first, .day(year: year?.year, month: month, day: second)))
            m.parts = (j..<afterDay, secondStart..<k)
            return m
        }
        var m = TimexMatch(first: i, end: k, type: .date, meaning: first)
        m.takesThe = true
        return m
    }
}
