/// Durations and "N units ago/later": "three years", "261 days", "24-hour", "8-and-a-half-hour",
/// "5 1/2 hours", "a few days", "two months ago", "Five years ago today", "two days later".
extension TimexScanner {
    /// An amount at `i`: digits ("261", "1,000"), number words ("twenty-six", "a", "several"),
    /// with "and a half" or "1/2". Returns the TimeML number (`X` when vague) and the next index.
    func amount(at i: Int) -> (value: String, whole: Int, half: Bool, end: Int, article: Bool)? {
        guard i < tokens.count else { return nil }
        var j = i
        var whole = 0
        var vague = false
        var article = false
        let t = tokens[i]
        if t.kind == .number {
            guard t.digits <= 6 else { return nil }
            whole = t.value
            j += 1
            // thousands: "1,000"
            while isPunct(j, ","), attached(j), isNumber(j + 1), attached(j + 1), tokens[j + 1].digits == 3 {
                whole = whole * 1000 + tokens[j + 1].value
                j += 2
            }
            if isPunct(j, "."), attached(j), isNumber(j + 1), attached(j + 1) { return nil }   // decimals: leave out
        } else if let w = word(i), let c = w.cardinal {
            if c < 0 {
                vague = true
                j += 1
            } else if t.key == fn.a || t.key == fn.an {
                // "a few", "a couple of", "a dozen", or the article before a unit
                if let w2 = word(i + 1), let c2 = w2.cardinal, tokens[i + 1].key != fn.a, tokens[i + 1].key != fn.an,
                   c2 < 0 || tokens[i + 1].key == fn.couple || tokens[i + 1].key == fn.dozen {
                    if c2 < 0 { vague = true } else { whole = c2 }
                    j = i + 2
                    if isKey(j, fn.of) { j += 1 }
                } else {
                    whole = 1
                    article = true
                    j += 1
                }
            } else {
                whole = c
                j += 1
                // "the next couple of years", "the past dozen years"
                if t.key == fn.couple || t.key == fn.dozen, isKey(j, fn.of) { j += 1 }
                // "twenty-six", "twenty six"
                if c >= 20, c % 10 == 0, c < 100 {
                    var k = j
                    if isPunct(k, "-"), attached(k) { k += 1 }
                    if let w2 = word(k), let c2 = w2.cardinal, c2 > 0, c2 < 10 { whole = c + c2; j = k + 1 }
                }
                if c == 100, i > 0 { return nil }
            }
        } else {
            return nil
        }
        var half = false
        // "two and a half", "8-and-a-half"
        var k = j
        if isPunct(k, "-") { k += 1 }
        if isKey(k, fn.and) {
            var m = k + 1
            if isPunct(m, "-") { m += 1 }
            if isKey(m, fn.a) {
                m += 1
                if isPunct(m, "-") { m += 1 }
                if isKey(m, fn.half) { half = true; j = m + 1 }
            }
        }
        if !half, isNumber(j), tokens[j].value == 1, isPunct(j + 1, "/"), attached(j + 1), isNumber(j + 2),
                  tokens[j + 2].value == 2, attached(j + 2) {
            half = true
            j += 3
        }
        let value = vague ? "X" : (half ? "\(whole).5" : String(whole))
        return (value, whole, half, j, article)
    }

    /// A duration, or a date a number of units before or after the anchor.
    func duration(at i: Int) -> TimexMatch? {
        guard var amount = amount(at: i) else { return nil }
        var j = amount.end
        // "two more weeks", "eight trading days"; after an article only where a length is expected
        // ("for an additional year", checked below with every "a year")
        if word(j)?.isFiller ?? false, word(j + 1)?.unit != nil, !amount.article || !endsWith(j + 1, "s") { j += 1 }
        // "three times a year"
        if isKey(j, fn.times), !amount.article, isKey(j + 1, fn.a) || isKey(j + 1, fn.an) || isKey(j + 1, fn.per),
           let unit = word(j + 2)?.unit, unit != .half {
            return TimexMatch(first: i, end: j + 3, type: .set, meaning: .fixed(unit.duration("1")))
        }
        if isPunct(j, "-") { j += 1 }
        guard let uw = word(j), let unit = uw.unit, sameSentence(j, i) else { return nil }
        // CBS's "60 Minutes": a capitalized unit in quotes or after a name is a title
        if tokens[j].capitalized, !tokens[j].allCaps, !startsSentence(j), titleContext(i) { return nil }
        // "second" after a number is the unit only when plural or after "a"/"one"
        if tokens[j].key == fn.second, amount.whole != 1 { return nil }
        if tokens[i].kind == .number, tokens[i].digits == 4, amount.whole >= 1000, !(unit == .year || unit == .day) { return nil }
        j += 1
        if unit == .half { return nil }
        // fractions: "three quarters of the budget", "three-quarters"
        if unit == .quarter, isKey(j, fn.of) || isPunct(j - 2, "-") && attached(j - 1) { return nil }
        // ages: "6-year-old", "52 years old"
        if isKey(j, fn.old) || (isPunct(j, "-") && isKey(j + 1, fn.old)) { return nil }
        // "a minute and a half"

        if !amount.half, isKey(j, fn.and), isKey(j + 1, fn.a), isKey(j + 2, fn.half) {
            amount.half = true
            amount.value = "\(amount.whole).5"
            j += 3
        }
        let unitEnd = j
        // "will one day be", "could one day lead": some time to come, not a length
        if unit == .day, tokens[i].key == fn.one, i > 0, let modal = word(i - 1), modal.isModal {
            return TimexMatch(first: i, end: j, type: .date, meaning: .fixed("FUTURE_REF"))
        }
        // "two days later", "five years ago (today)"
        // "a few days later" counts from a day of the story that a vague amount cannot place: the
        // expression is the length alone ("a few days", PXD); "a few days ago" is still the past
        let vague = Int(amount.value) == nil && !amount.half
        if let pw = word(j)?.post, pw == .ago || pw == .hence || (!vague && (pw == .later || pw == .earlier)) {
            j += 1
            guard let n = Int(amount.value) ?? (amount.half ? Int(amount.whole) : nil) else {
                let ref = pw == .ago || pw == .earlier ? "PAST_REF" : "FUTURE_REF"
                return TimexMatch(first: i, end: j, type: .date, meaning: .fixed(ref))
            }
            let sign = pw == .ago || pw == .earlier ? -1 : 1
            let anchor: Anchor = pw == .ago || pw == .hence ? .publication : .narrative
            var granularity: TimeUnit? = unit == .decade || unit == .century ? .year : nil
            if isKey(j, fn.today) { granularity = .day; j += 1 }
            var m = TimexMatch(first: i, end: j, type: .date,
                               meaning: .shift(unit: unit, amount: sign * n, anchor: anchor, granularity: granularity))
            m.comparative = pw == .ago || pw == .earlier
            // TimeML tags the length of "two days later" and leaves "later" as a signal
            if pw == .later { m.length = (i..<unitEnd, durationValue(amount, unit)) }
            return m
        }
        if isKey(j, fn.from), isKey(j + 1, fn.now) {
            guard let n = Int(amount.value) else { return nil }
            return TimexMatch(first: i, end: j + 2, type: .date,
                              meaning: .shift(unit: unit, amount: n, anchor: .publication, granularity: nil))
        }
        // "a year" alone is a duration only where a length is expected
        if amount.article {
            let k = i > 0 ? tokens[i - 1].key : -1
            // "$1 billion a year", "50,000 copies a year": a rate per unit is a set
            if unit != .weekend, unit != .half, unit != .quarter, unit != .decade, unit != .century, isRate(i - 1),
               !isKey(j, fn.of) {
                return TimexMatch(first: i, end: unitEnd, type: .set, meaning: .fixed(unit.duration("1")))
            }
            let lengthContext = k == fn.for_ || k == fn.within || k == fn.than || k == fn.over || k == fn.least
                || k == fn.after || k == fn.in_ || (word(i - 1)?.approx ?? false) || (word(i - 1)?.moreThan ?? false)
                || (k == fn.as_ && isKey(i - 2, fn.long))           // "as long as a month"
            guard lengthContext else { return nil }
            if unit == .weekend || unit == .half || unit == .quarter { return nil }
        }
        if unit == .weekend { return nil }
        if unit == .half { return nil }
        if unit == .quarter, amount.whole == 0 { return nil }
        // "a several-year slide": the article before a vague compound adjective is the noun's
        let vagueArticle = !amount.article && (isKey(i, fn.a) || isKey(i, fn.an)) && isPunct(unitEnd - 2, "-")
            && attached(unitEnd - 2) && attached(unitEnd - 1)
        var m = TimexMatch(first: vagueArticle ? i + 1 : i, end: unitEnd, type: .duration, meaning: .fixed(durationValue(amount, unit)))
        m.takesThe = true
        return m
    }

    /// Token `k` ends a quantity that "a year", "a day" can make a rate of: a number, "million",
    /// or a counted plural noun ("50,000 copies", "hundreds of interviews"), not a verb ("takes").
    func isRate(_ k: Int) -> Bool {
        guard k >= 0, k + 1 < tokens.count, sameSentence(k, k + 1) else { return false }
        func quantity(_ q: Int) -> Bool {
            guard q >= 0, q < tokens.count else { return false }
            if tokens[q].kind == .number { return tokens[q].digits != 4 }
            return endsWith(q, "illion") || endsWith(q, "thousand") || endsWith(q, "hundred") || endsWith(q, "hundreds")
                || endsWith(q, "dozens") || (word(q)?.cardinal ?? 0) > 1
        }
        if quantity(k) { return true }
        guard tokens[k].kind == .word, tokens[k].length >= 4, endsWith(k, "s"), !endsWith(k, "ss"), !endsWith(k, "us"),
              !endsWith(k, "is") else { return false }
        if let w = word(k), w.isLink || w.unit != nil || w.canStart || w.tense != nil || w.isBeForm { return false }
        var q = k - 1
        if isKey(q, fn.of) { q -= 1 }              // "hundreds of interviews"
        return quantity(q) || (word(q) != nil && word(q)?.cardinal == nil && quantity(q - 1))   // "50,000 new copies"
    }

    /// The TimeML duration for an amount of units; halves of hours become minutes.
    func durationValue(_ amount: (value: String, whole: Int, half: Bool, end: Int, article: Bool), _ unit: TimeUnit) -> String {
        if amount.half, amount.value != "X" {
            switch unit {
            case .hour: return amount.whole == 0 ? "PT30M" : "PT\(amount.whole)H30M"
            case .day: return "PT\(amount.whole * 24 + 12)H"
            case .year: return amount.whole == 0 ? "P6M" : "P\(amount.whole)Y6M"
            case .minute: return "PT\(amount.whole)M30S"
            default: break
            }
        }
        return unit.duration(amount.value)
    }
}
