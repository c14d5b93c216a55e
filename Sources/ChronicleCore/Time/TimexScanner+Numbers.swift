/// Expressions built on digits: numeric dates (`2018-11-26`, `26.11.2018`, `11/26/2018`),
/// clock times (`2:34 P.M. JST`), military date-time groups (`111000Z JUL 25`), years and year ranges (`2002-2004`, `2018-19`), decades
/// (`1970s`, `the '80s`), and the tests that keep `2,020 people`, `Resolution 2397` and phone
/// numbers out.
extension TimexScanner {
    /// `YYYY-MM-DD`, `DD.MM.YYYY`, `MM/DD/YYYY` (or `DD/MM/YYYY` when the first part exceeds
    /// 12), optionally followed by a clock time.
    func numericDate(at i: Int) -> TimexMatch? {
        let t = tokens[i]
        var date: (year: Int, month: Int, day: Int)?
        var end = i
        if t.digits == 4, isPunct(i + 1, "-"), attached(i + 1), isNumber(i + 2), attached(i + 2), tokens[i + 2].digits == 2,
           isPunct(i + 3, "-"), attached(i + 3), isNumber(i + 4), attached(i + 4), tokens[i + 4].digits == 2 {
            date = (t.value, tokens[i + 2].value, tokens[i + 4].value)
            end = i + 5
        } else if t.digits <= 2, (isPunct(i + 1, ".") || isPunct(i + 1, "/")), attached(i + 1), isNumber(i + 2),
                  attached(i + 2), tokens[i + 2].digits <= 2, isPunct(i + 3, tokens[i + 1].punct == 46 ? "." : "/"),
                  attached(i + 3), isNumber(i + 4), attached(i + 4), tokens[i + 4].digits == 4 || tokens[i + 4].digits == 2 {
            let a = t.value, b = tokens[i + 2].value
            var year = tokens[i + 4].value
            if tokens[i + 4].digits == 2 { year += year < 50 ? 2000 : 1900 }
            if tokens[i + 1].punct == 46 || a > 12 { date = (year, b, a) } else { date = (year, a, b) }
            end = i + 5
            if isPunct(end, "."), attached(end), isNumber(end + 1), attached(end + 1) { return nil }
        }
        guard let date, CalendarDay(year: date.year, month: date.month, day: date.day) != nil else { return nil }
        if isPunct(end, "-") || isPunct(end, "/"), attached(end), isNumber(end + 1), attached(end + 1) { return nil }
        let day = TimexMeaning.day(year: date.year, month: date.month, day: date.day)
        if let time = clockParts(at: end, requireCue: false), sameSentence(end, i) {
            return TimexMatch(first: i, end: time.end, type: .time,
                              meaning: .clock(base: day, hour: time.hour, minute: time.minute))
        }
        return TimexMatch(first: i, end: end, type: .date, meaning: day)
    }

    /// A military date-time group: day, hour and minute in six digits and the zone letter, then
    /// perhaps the month and year (`111000Z JUL 25`, `061640Z`): the day of the month, or of the
    /// month nearest the story's day when none is given.
    func dateTimeGroup(at i: Int) -> TimexMatch? {
        let t = tokens[i]
        guard t.digits == 6, i + 1 < tokens.count, tokens[i + 1].kind == .word, attached(i + 1), tokens[i + 1].length == 1,
              bytes[Int(tokens[i + 1].start)] == UInt8(ascii: "Z") else { return nil }
        let (day, hour, minute) = (t.value / 10_000, t.value / 100 % 100, t.value % 100)
        guard (1...31).contains(day), hour < 24, minute < 60 else { return nil }
        guard let month = word(i + 2)?.month, month > 0 else {
            return TimexMatch(first: i, end: i + 2, type: .time, meaning: .clock(base: .dayOfMonth(day), hour: hour, minute: minute))
        }
        var year: Int?
        if isNumber(i + 3), tokens[i + 3].digits == 2 || tokens[i + 3].digits == 4, sameSentence(i + 3, i) {
            year = tokens[i + 3].digits == 2 ? 2000 + tokens[i + 3].value : tokens[i + 3].value
        }
        guard CalendarDay(year: year ?? 2000, month: month, day: day) != nil else { return nil }
        return TimexMatch(first: i, end: year == nil ? i + 3 : i + 4, type: .time,
                          meaning: .clock(base: .day(year: year, month: month, day: day), hour: hour, minute: minute))
    }

    /// A clock time: `4:15 P.M. SGT`, `09:47 AM EDT`, `3 p.m.`, `at 13:30`.
    func clock(at i: Int) -> TimexMatch? {
        guard let time = clockParts(at: i, requireCue: true) else { return nil }
        return TimexMatch(first: i, end: time.end, type: .time, meaning: .clock(base: nil, hour: time.hour, minute: time.minute))
    }

    /// The parts of a clock time at `i`; with `requireCue`, "13:30" needs "at" (or a zone, or
    /// "a.m./p.m.") to be taken for a time rather than a score or a ratio.
    func clockParts(at i: Int, requireCue: Bool) -> (hour: Int, minute: Int, end: Int)? {
        guard isNumber(i), tokens[i].digits <= 2 else { return nil }
        var hour = tokens[i].value
        var minute = 0
        var j = i + 1
        var hasMinutes = false
        if isPunct(j, ":") || (isPunct(j, ".") && isMeridiem(j + 2)), attached(j), isNumber(j + 1), attached(j + 1),
           tokens[j + 1].digits == 2 {
            minute = tokens[j + 1].value
            j += 2
            hasMinutes = true
        }
        guard hour <= 24, minute <= 59 else { return nil }
        var cued = false
        if let w = word(j), w.meridiem > 0, hour >= 1, hour <= 12 {
            if w.meridiem == 2, hour < 12 { hour += 12 }
            if w.meridiem == 1, hour == 12 { hour = 0 }
            j += 1
            if isPunct(j, "."), attached(j) { j += 1 }
            cued = true
        } else if !hasMinutes, hour >= 1, hour <= 12, let (part, length) = spelledMeridiem(at: j) {
            // "4 in the morning", "8 in the evening", "11 at night"
            if part == .MO {
                if hour == 12 { hour = 0 }
            } else if hour < 12, part != .NI || hour >= 6 {      // "2 at night" is early morning
                hour += 12
            }
            j += length
            cued = true
        } else if isMeridiem(j) == false, !hasMinutes {
            return nil
        }
        if let w = word(j), w.zone, tokens[j].allCaps || tokens[j].capitalized {
            j += 1
            cued = true
        } else if isKey(j, fn.local), isKey(j + 1, fn.time) {
            j += 2
            cued = true
        } else if isKey(j, fn.hours) || isKey(j, fn.hrs) {
            cued = cued || hasMinutes
        }
        if requireCue, !cued {
            let k = tokens[i - (i > 0 ? 1 : 0)].key
            guard i > 0, k == fn.at || k == fn.by || k == fn.until || k == fn.till || k == fn.before
                    || k == fn.after || k == fn.since || k == fn.from || k == fn.around || k == fn.about,
                  hasMinutes else { return nil }
            if isPunct(j, ":") || isPunct(j, "-") { return nil }
        }
        return (hour, minute, j)
    }

    private func isMeridiem(_ j: Int) -> Bool { (word(j)?.meridiem ?? 0) > 0 }

    /// "in the morning" (`MO`), "in the afternoon/evening", "at night" after an hour: the part of
    /// the day and the number of tokens.
    private func spelledMeridiem(at j: Int) -> (TimeCode, Int)? {
        // "the morning session": the part of the day must end the phrase
        func ends(_ k: Int) -> Bool {
            guard k < tokens.count, tokens[k].kind == .word, !tokens[k].capitalized, sameSentence(k, j) else { return true }
            return (word(k)?.isLink ?? false) || (word(k)?.canStart ?? false) || (word(k)?.tense != nil)
        }
        if isKey(j, fn.in_), isKey(j + 1, fn.the), let part = word(j + 2)?.daypart, !endsWith(j + 2, "s"),
           part == .MO || part == .AF || part == .EV, ends(j + 3) {
            return (part, 3)
        }
        if isKey(j, fn.at), word(j + 1)?.daypart == .NI, !endsWith(j + 1, "s"), ends(j + 2) { return (.NI, 2) }
        return nil
    }

    /// A four-digit year, a decade ("1970s"), or a range of years ("2002-2004", "2018-19",
    /// "2002 to 2004", "between 2002 and 2004").
    func year(at i: Int) -> TimexMatch? {
        let t = tokens[i]
        guard t.digits == 4, (1000...2199).contains(t.value) else { return nil }
        let y = t.value
        // "1970s"
        if isKey(i + 1, fn.s), attached(i + 1), y % 10 == 0 {
            var m = TimexMatch(first: i, end: i + 2, type: .date, meaning: .fixed(String(y / 10)))
            m.takesThe = true
            return m
        }
        guard plausibleYear(i) else { return nil }
        // "the 1988 third quarter", "the 1988 quarter", "the 1989 period"
        if let q = quarterAfter(i + 1) {
            var m = TimexMatch(first: i, end: q.end, type: .date, meaning: .quarterOfYear(year: y, relative: false, quarter: q.quarter))
            m.takesThe = true
            return m
        }
        // a tally: "passed 2019 to 1850"
        if isKey(i + 1, fn.to) || isPunct(i + 1, "-"), isNumber(i + 2), tokens[i + 2].digits >= 3, tokens[i + 2].value < y,
           tokens[i + 2].digits == 4 { return nil }
        // ranges
        let dash = isPunct(i + 1, "-") || isPunct(i + 1, "/")
        let word = isKey(i + 1, fn.to) || isKey(i + 1, fn.through) || isKey(i + 1, fn.until)
            || (isKey(i + 1, fn.and) && isKey(i - 1, fn.between))
        if dash || word, isNumber(i + 2), !(isPunct(i + 3, "-") && attached(i + 3)) {
            let u = tokens[i + 2]
            var y2 = 0
            if u.digits == 4 { y2 = u.value } else if u.digits == 2, dash, attached(i + 2) { y2 = y / 100 * 100 + u.value }
            if y2 > y, y2 - y < 100, !(isPunct(i + 3, "-") || isPunct(i + 3, ":")) {
                var m = TimexMatch(first: i, end: i + 3, type: .date, meaning: .range(.fixed(String(y)), .fixed(String(y2))))
                m.parts = (i..<(i + 1), (i + 2)..<(i + 3))
                return m
            }
        }
        return TimexMatch(first: i, end: i + 1, type: .date, meaning: .fixed(String(y)))
    }

    /// "[third] quarter" or "period" at `j`: the quarter (nil when not named) and the index after.
    func quarterAfter(_ j: Int) -> (quarter: Int?, end: Int)? {
        var k = j
        if isKey(k, fn.fiscal) { k += 1 }
        var n: Int?
        if let o = word(k)?.ordinal, (1...4).contains(o) { n = o; k += 1; if isPunct(k, "-") { k += 1 } }
        if isKey(k, fn.fiscal) { k += 1 }
        if word(k)?.unit == .quarter, !endsWith(k, "s") { return (n, k + 1) }
        if n == nil, isKey(k, fn.period) { return (nil, k + 1) }
        return nil
    }

    /// Whether the four-digit number at `i` reads as a year in its context.
    func plausibleYear(_ i: Int) -> Bool {
        let t = tokens[i]
        if i > 0 {
            let p = tokens[i - 1]
            // ("later than 2019" is a year, "more than 2019 people" is not)
            if let w = word(i - 1), w.blocksYearAfter, !(isKey(i - 1, fn.than) && word(i - 2)?.premod != nil) { return false }
            // "mid-2019", "end-2018" take a hyphen; "555-2020" does not
            let modifierHyphen = p.punct == 45 && (word(i - 2)?.premod != nil || word(i - 2)?.part != nil
                || word(i - 2)?.prefixMod != nil)
            if p.kind == .punct, !t.spaceBefore, !modifierHyphen, p.punct == 36 || p.punct == 35 || p.punct == 45 || p.punct == 47
                || p.punct == 46 || p.punct == 58 || p.punct == 44 || p.punct == 43 { return false }
            // "No. 1985", "# 2019"
            if p.kind == .punct, p.punct == 46 || p.punct == 35, word(i - 2)?.blocksYearAfter ?? false { return false }
            if p.kind == .word, p.key < 0, !t.spaceBefore, bytes[Int(p.start)] >= 0x80 { return false }   // € 2020
            if p.kind == .word, !t.spaceBefore { return false }                                             // A2020
        }
        if i + 1 < tokens.count {
            let q = tokens[i + 1]
            if let w = word(i + 1), w.blocksYearBefore { return false }
            if q.kind == .punct, !q.spaceBefore, q.punct == 37 || q.punct == 58 || q.punct == 44 || q.punct == 46,
               isNumber(i + 2), attached(i + 2) { return false }
            if q.kind == .punct, q.punct == 37 { return false }
            if q.kind == .word, !q.spaceBefore, q.key != fn.s { return false }
            if q.kind == .number, !q.spaceBefore { return false }
        }
        // the second number of a tally: "2019 to 1850"
        if isKey(i - 1, fn.to) || isPunct(i - 1, "-"), isNumber(i - 2), tokens[i - 2].digits == 4, tokens[i - 2].value > t.value {
            return false
        }
        if (1900...2099).contains(t.value) { return true }
        let k = i > 0 ? tokens[i - 1].key : -1
        return k == fn.in_ || k == fn.since || k == fn.of || k == fn.from || k == fn.by || k == fn.until
            || k == fn.till || k == fn.to || k == fn.during || k == fn.before || k == fn.after || k == fn.year
            || k == fn.fiscal || k == fn.and || (word(i - 1)?.month ?? 0) > 0
    }

    /// A year in words, as transcripts write it: "nineteen ninety-six", "nineteen eighty".
    func spelledYear(at i: Int) -> TimexMatch? {
        guard let c = word(i)?.cardinal, (11...20).contains(c), let tens = word(i + 1)?.cardinal,
              tens >= 20, tens <= 90, tens % 10 == 0, sameSentence(i, i + 1) else { return nil }
        var year = c * 100 + tens
        var end = i + 2
        var k = end
        if isPunct(k, "-"), attached(k) { k += 1 }
        if let u = word(k)?.cardinal, (1...9).contains(u), k > end || !tokens[k].spaceBefore || isPunct(end, "-") || k == end {
            year += u
            end = k + 1
        }
        if let w = word(end), w.unit != nil { return nil }     // "twenty thirty-day periods"
        return TimexMatch(first: i, end: end, type: .date, meaning: .fixed(String(year)))
    }

    /// "the '80s", "the 80s", "'90s": a decade written with two digits.
    func twoDigitDecade(at i: Int) -> TimexMatch? {
        var j = i
        var apostrophe = false
        if isPunct(j, "'") { apostrophe = true; j += 1; guard attached(j) else { return nil } }
        guard isNumber(j), tokens[j].digits == 2, tokens[j].value % 10 == 0, isKey(j + 1, fn.s), attached(j + 1) else { return nil }
        if !apostrophe {
            let p = i > 0 ? tokens[i - 1].key : -1
            // "the 80s", "mid-80s", "the 1970s and 80s"
            let afterDecade = (p == fn.and || p == fn.to || isPunct(i - 1, ",")) && isKey(i - 2, fn.s) && attached(i - 2)
            guard p == fn.the || (word(i - 1)?.premod != nil) || isPunct(i - 1, "-") || afterDecade else { return nil }
            if i > 1, isKey(i - 2, fn.his) || isKey(i - 2, fn.her) || isKey(i - 2, fn.their) { return nil }
        }
        let n = tokens[j].value
        let century = n >= 30 ? 19 : 20
        var m = TimexMatch(first: i, end: j + 2, type: .date, meaning: .fixed("\(century)\(n / 10)"))
        m.takesThe = true
        return m
    }

    /// "noon", "midnight".
    func noonOrMidnight(at i: Int) -> TimexMatch? {
        guard let part = word(i)?.daypart else { return nil }
        // "high noon": the decisive hour of an idiom (or a film), no time of day
        if part == .NO, i > 0, tokens[i - 1].kind == .word, tokens[i - 1].length == 4, endsWith(i - 1, "high") { return nil }
        let hour = part == .NO ? 12 : 24
        return TimexMatch(first: i, end: i + 1, type: .time, meaning: .clock(base: nil, hour: hour, minute: 0))
    }
}
