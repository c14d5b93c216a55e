/// Deictic and relative expressions ("last week", "this April", "next Tuesday", "the past two
/// months", "recent years"), weekdays, seasons, quarters and halves, centuries, and sets.
extension TimexScanner {
    /// The shift a relative word makes: -1, 0 or +1 (nil for "recent").
    func direction(_ r: RelativeWord) -> Int? {
        switch r {
        case .last, .past, .previous: return -1
        case .next, .coming, .following: return 1
        case .this, .current, .same: return 0
        case .recent: return nil
        }
    }

    /// "last week", "this year", "next April", "last Tuesday", "this summer", "the past two
    /// months", "recent years", "the coming days".
    func relative(at i: Int) -> TimexMatch? {
        guard var rel = word(i)?.relative else { return nil }
        var j = i + 1
        // "this past week", "this coming Monday"
        if rel == .this, let r2 = word(j)?.relative, r2 == .past || r2 == .coming { rel = r2; j += 1 }
        guard j < tokens.count, sameSentence(j, i) else { return nil }
        let anchor: Anchor = rel == .previous || rel == .following || rel == .same ? .narrative : .publication
        if let w = word(j) {
            if let unit = w.unit, !endsWith(j, "s") {
                guard let d = direction(rel) else { return nil }
                // "ABC's \"This Week\"": a capitalized unit inside a sentence is a title
                if tokens[j].capitalized, !tokens[j].allCaps, titleContext(i) { return nil }
                // "the past year" is the twelve months before now: a duration
                if rel == .past, unit == .year || unit == .decade || unit == .century || unit == .month || unit == .week {
                    var m = TimexMatch(first: i, end: j + 1, type: .duration, meaning: .fixed(unit.duration("1")))
                    m.takesThe = true
                    return m
                }
                if unit == .hour || unit == .minute || unit == .second { return nil }
                if unit == .day, rel != .previous, rel != .following, rel != .next { return nil }
                if unit == .half { return nil }
                // "this year's third quarter", "last year's quarter"
                if unit == .year, isPunct(j + 1, "'"), isKey(j + 2, fn.s), let q = quarterAfter(j + 3) {
                    var m = TimexMatch(first: i, end: q.end, type: .date, meaning: .quarterOfYear(year: d, relative: true, quarter: q.quarter))
                    m.takesThe = true
                    return m
                }
                var m = TimexMatch(first: i, end: j + 1, type: .date,
                                   meaning: .shift(unit: unit, amount: d, anchor: rel == .next && unit == .day ? .narrative : anchor, granularity: nil))
                m.takesThe = true
                return m
            }
            if w.month > 0, tokens[j].capitalized, !w.isShortForm, rel != .recent {
                return TimexMatch(first: i, end: j + 1, type: .date, meaning: .shiftedMonth(w.month, shift: rel))
            }
            if w.weekday > 0, tokens[j].capitalized, !w.isShortForm, rel != .recent {
                var m = TimexMatch(first: i, end: j + 1, type: .date, meaning: .weekday(w.weekday, shift: rel))
                m.takesThe = rel == .previous || rel == .following       // "the previous Friday"
                return m
            }
            if let s = w.season, rel != .recent {
                return TimexMatch(first: i, end: j + 1, type: .date, meaning: .shiftedSeason(s.rawValue, shift: rel))
            }
            // "recent years", "the coming weeks", "the past few months"
            if let unit = w.unit, endsWith(j, "s"), rel == .recent || rel == .coming || rel == .past || rel == .next || rel == .last {
                if unit == .weekend || unit == .half { return nil }
                var m = TimexMatch(first: i, end: j + 1, type: .duration, meaning: .fixed(unit.duration("X")))
                m.takesThe = true
                return m
            }
        }
        // "the past two months", "the next three years", "the last 20 years"
        // ("will last three months" is a verb)
        let p = i > 0 ? tokens[i - 1].key : -1
        let nominal = p == fn.the || p == fn.in_ || p == fn.over || p == fn.for_ || p == fn.during || p == fn.within
            || p == fn.through || p == fn.of || startsSentence(i) || rel != .last
        if nominal, rel != .this, rel != .same, let amount = amount(at: j), !amount.article {
            var k = amount.end
            if isPunct(k, "-") { k += 1 }
            if let unit = word(k)?.unit, unit != .weekend, unit != .half {
                var m = TimexMatch(first: i, end: k + 1, type: .duration, meaning: .fixed(durationValue(amount, unit)))
                m.takesThe = true
                return m
            }
        }
        return nil
    }

    /// A bare weekday: "Friday", "on Sunday" (not "the Sunday Times").
    func weekday(at i: Int) -> TimexMatch? {
        guard let w = word(i), w.weekday > 0 else { return nil }
        let t = tokens[i]
        guard t.capitalized, !w.isShortForm else { return nil }
        // ("On Monday Ri issued a statement": after "on" a name that follows is the subject)
        if let next = i + 1 < tokens.count ? tokens[i + 1] : nil, next.kind == .word, next.capitalized,
           sameSentence(i, i + 1), (word(i + 1)?.month ?? 0) == 0, !isKey(i - 1, fn.on) { return nil }
        if i > 0, tokens[i - 1].capitalized, word(i - 1)?.namesWeekday ?? false { return nil }
        // "Sunday the 26th"
        if isKey(i + 1, fn.the), let (day, end) = dayNumber(i + 2, certain: true), ordinalSuffix(i + 3), sameSentence(i, end - 1) {
            return TimexMatch(first: i, end: end, type: .date, meaning: .weekdayDate(w.weekday, day: day))
        }
        return TimexMatch(first: i, end: i + 1, type: .date, meaning: .weekday(w.weekday, shift: nil))
    }

    /// A season: "summer 2018", "the summer of 2018", "in the spring", "(last) fall".
    func season(at i: Int) -> TimexMatch? {
        guard let s = word(i)?.season?.rawValue else { return nil }
        var j = i + 1
        if isKey(j, fn.of) { j += 1 }
        if isNumber(j), tokens[j].digits == 4, (1000...2199).contains(tokens[j].value) {
            var m = TimexMatch(first: i, end: j + 1, type: .date, meaning: .season(year: tokens[j].value, season: s))
            m.takesThe = true
            return m
        }
        // "the winter of nineteen ninety-four"
        if j > i + 1, let spelled = spelledYear(at: j), case .fixed(let v) = spelled.meaning, let y = Int(v) {
            var m = TimexMatch(first: i, end: spelled.end, type: .date, meaning: .season(year: y, season: s))
            m.takesThe = true
            return m
        }
        // A capitalized season after a capitalized word is a name ("the Arab Spring").
        if tokens[i].capitalized, i > 0, tokens[i - 1].capitalized, !startsSentence(i - 1) { return nil }
        let isFall = tokens[i].key == fn.fall
        let prev = i > 0 ? tokens[i - 1].key : -1
        var m = TimexMatch(first: i, end: i + 1, type: .date, meaning: .season(year: nil, season: s))
        m.takesThe = true
        if prev == fn.the {
            // "the fall of Kabul", "the spring offensive" are not seasons
            if isKey(i + 1, fn.of) { return nil }
            if i + 1 < tokens.count, tokens[i + 1].kind == .word, tokens[i + 1].key < 0, !tokens[i + 1].capitalized,
               sameSentence(i, i + 1) { return nil }
            let before = i > 1 ? tokens[i - 2].key : -1
            guard before == fn.in_ || before == fn.during || before == fn.since || before == fn.by || before == fn.until
                    || before == fn.over || before == fn.till || before == fn.through || before == fn.into
                    || before == fn.throughout else { return nil }
            return m
        }
        if isFall { return nil }
        guard prev == fn.in_ || prev == fn.during || prev == fn.since || prev == fn.until || prev == fn.by
                || prev == fn.throughout || word(i - 1)?.premod != nil || isPunct(i - 1, "-") else { return nil }
        return m
    }

    /// "the third quarter (of 2018)", "third-quarter", "Q3 2018", "the first half of 2019",
    /// "the 20th century", "the nineteenth century".
    func ordinalPeriod(at i: Int) -> TimexMatch? {
        var j = i
        var n = 0
        var unit: TimeUnit?
        if (isKey(i, fn.q) || isKey(i, fn.h)), isNumber(i + 1), attached(i + 1), tokens[i + 1].digits == 1 {
            n = tokens[i + 1].value
            unit = isKey(i, fn.q) ? .quarter : .half
            j = i + 2
        } else {
            // "the first nine months", "the final two weeks"
            if let o = word(i)?.ordinal, o == 1 || o == -1, isKey(i - 1, fn.the), let a = amount(at: i + 1), !a.article,
               let u = word(a.end)?.unit, u != .half, endsWith(a.end, "s") {
                // "the first two quarters of 1990": a half of that year
                if u == .quarter, a.whole == 2, a.value == "2", isKey(a.end + 1, fn.of), isNumber(a.end + 2),
                   tokens[a.end + 2].digits == 4, (1000...2199).contains(tokens[a.end + 2].value) {
                    var m = TimexMatch(first: i, end: a.end + 3, type: .date,
                                       meaning: .half(year: tokens[a.end + 2].value, half: o == 1 ? 1 : 2))
                    m.takesThe = true
                    return m
                }
                var m = TimexMatch(first: i, end: a.end + 1, type: .duration, meaning: .fixed(durationValue(a, u)))
                m.takesThe = true
                return m
            }
            if isNumber(i), tokens[i].digits <= 2, ordinalSuffix(i + 1) {
                n = tokens[i].value
                j = i + 2
            } else if let o = word(i)?.ordinal {
                n = o
                j = i + 1
            } else {
                return nil
            }
            if isPunct(j, "-") { j += 1 }
            if isKey(j, fn.fiscal) { j += 1 }
            guard let u = word(j)?.unit, u == .quarter || u == .half || u == .century, !endsWith(j, "s") else { return nil }
            unit = u
            j += 1
        }
        guard let unit else { return nil }
        if unit == .century {
            guard n >= 1, n <= 30 else { return nil }
            var m = TimexMatch(first: i, end: j, type: .date, meaning: .fixed(n - 1 < 10 ? "0\(n - 1)" : String(n - 1)))
            m.takesThe = true
            return m
        }
        let count = unit == .quarter ? 4 : 2
        if n == -1 { n = count }
        guard n >= 1, n <= count else { return nil }
        var year: Int?
        var end = j
        var k = j
        if isKey(k, fn.of) { k += 1 }
        if isNumber(k), tokens[k].digits == 4, (1000...2199).contains(tokens[k].value) {
            year = tokens[k].value
            end = k + 1
        } else if isKey(j, fn.of), isKey(k, fn.the), isKey(k + 1, fn.year) {
            end = k + 2
        } else if isKey(j, fn.of), let r = word(k)?.relative, let d = direction(r), isKey(k + 1, fn.year) {
            end = k + 2
            var m = TimexMatch(first: i, end: end, type: .date,
                               meaning: unit == .quarter ? .quarter(year: d, quarter: -n) : .half(year: d, half: -n))
            m.takesThe = true
            return m
        }
        if unit == .half, year == nil, end == j, !isKey(j, fn.of) { return nil }
        var m = TimexMatch(first: i, end: end, type: .date,
                           meaning: unit == .quarter ? .quarter(year: year, quarter: n) : .half(year: year, half: n))
        m.takesThe = true
        return m
    }

    /// Sets: "every year", "each Monday", "every two weeks", "daily", "weekly", "on Mondays",
    /// "twice a year", "three times a week".
    func recurrence(at i: Int) -> TimexMatch? {
        guard let w = word(i) else { return nil }
        if let unit = w.setUnit {
            if tokens[i].capitalized, !startsSentence(i) { return nil }      // "the Daily Star"
            // an adjective before a noun ("a weekly audience", "daily flights") names no time
            if i + 1 < tokens.count, tokens[i + 1].kind == .word, !tokens[i + 1].capitalized, !tokens[i + 1].newlineBefore,
               !(word(i + 1)?.isLink ?? false), !(word(i + 1)?.canStart ?? false) { return nil }
            return TimexMatch(first: i, end: i + 1, type: .set, meaning: .fixed(unit.duration("1")))
        }
        if w.weekdays > 0 {
            guard tokens[i].capitalized else { return nil }
            return TimexMatch(first: i, end: i + 1, type: .set, meaning: .fixed("XXXX-WXX-\(w.weekdays)"))
        }
        if isKey(i, fn.every) || isKey(i, fn.each) {
            let j = i + 1
            if let a = amount(at: j), !a.article, let unit = word(a.end)?.unit {
                return TimexMatch(first: i, end: a.end + 1, type: .set, meaning: .fixed(unit.duration(a.value)))
            }
            if let w2 = word(j) {
                if let unit = w2.unit, unit != .half {
                    return TimexMatch(first: i, end: j + 1, type: .set, meaning: .fixed(unit == .weekend ? "XXXX-WXX-WE" : unit.duration("1")))
                }
                if w2.weekday > 0, !w2.isShortForm {
                    return TimexMatch(first: i, end: j + 1, type: .set, meaning: .fixed("XXXX-WXX-\(w2.weekday)"))
                }
                if w2.month > 0, !w2.isShortForm, tokens[j].capitalized {
                    return TimexMatch(first: i, end: j + 1, type: .set, meaning: .fixed(String(format: "XXXX-%02d", w2.month)))
                }
                if let part = w2.daypart, part != .NO, part != .MI {
                    return TimexMatch(first: i, end: j + 1, type: .set, meaning: .fixed("XXXX-XX-XXT\(part.rawValue)"))
                }
                if let s = w2.season {
                    return TimexMatch(first: i, end: j + 1, type: .set, meaning: .fixed("XXXX-\(s.rawValue)"))
                }
            }
            return nil
        }
        // "once a year", "twice a month"
        if isKey(i, fn.once) || isKey(i, fn.twice) {
            if isKey(i + 1, fn.a) || isKey(i + 1, fn.an) || isKey(i + 1, fn.per) || isKey(i + 1, fn.every),
               let unit = word(i + 2)?.unit, unit != .half {
                return TimexMatch(first: i, end: i + 3, type: .set, meaning: .fixed(unit.duration("1")))
            }
        }
        return nil
    }
}
