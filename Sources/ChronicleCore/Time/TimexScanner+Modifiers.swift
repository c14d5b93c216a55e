/// Modifiers around a date or duration: "early 2019", "mid-June", "late November", "earlier
/// this year", "the end of March", "end-March", "the beginning of the year", "about three
/// years", "more than six decades", "less than a week", "at least two days", "up to ten years".
extension TimexScanner {
    /// A modifier followed by an expression, with the TimeML mod it gives.
    func modified(at i: Int) -> TimexMatch? {
        guard let w = word(i) else { return nil }
        if let mod = w.premod {
            var j = i + 1
            let hyphen = isPunct(j, "-") && attached(j)
            if hyphen { j += 1 }
            let comparative = endsWith(i, "er")      // "earlier", "later" only before "this year", "last week"
            if comparative, word(j)?.relative == nil { return nil }
            guard var inner = core(at: j), inner.type == .date || inner.type == .time, takesMod(inner.meaning) else { return nil }
            if comparative, case .shift = inner.meaning {} else if comparative { return nil }
            if case .day = inner.meaning, !hyphen { return nil }
            inner.first = i
            inner.mod = mod.rawValue
            return inner
        }
        if let mod = w.part {
            var j = i + 1
            if isPunct(j, "-"), attached(j), !tokens[j + (j + 1 < tokens.count ? 1 : 0)].spaceBefore {
                j += 1                                  // "end-March", "mid-2018" style
            } else {
                guard isKey(j, fn.of) else { return nil }
                j += 1
            }
            if var inner = periodAfterOf(j), inner.type == .date, takesMod(inner.meaning) {
                if case .day = inner.meaning { return nil }
                inner.first = i
                inner.mod = mod.rawValue
                inner.takesThe = true
                return inner
            }
            return nil
        }
        // "pre-2008", "post-1959"
        if let mod = w.prefixMod, isPunct(i + 1, "-"), attached(i + 1), attached(i + 2),
           var inner = core(at: i + 2), inner.type == .date, takesMod(inner.meaning) {
            inner.first = i
            inner.mod = mod
            inner.takesThe = false
            return inner
        }
        // "no later than June 1", "no earlier than 2019"
        if isKey(i, fn.no), let post = word(i + 1)?.premod, isKey(i + 2, fn.than), var inner = core(at: i + 3),
           inner.type == .date || inner.type == .time {
            inner.first = i
            inner.mod = post == .END ? "ON_OR_BEFORE" : "ON_OR_AFTER"
            inner.takesThe = false
            return inner
        }
        if w.approx {
            if tokens[i].key == fn.some || tokens[i].key == fn.around || tokens[i].key == fn.about {
                guard isNumber(i + 1) || word(i + 1)?.cardinal != nil || (word(i + 1)?.month ?? 0) > 0 else { return nil }
            }
            guard var inner = core(at: i + 1), inner.type != .set else { return nil }
            if case .fixed(let v) = inner.meaning, v.hasSuffix("_REF") { return nil }
            inner.first = i
            inner.mod = "APPROX"
            inner.takesThe = false
            return inner
        }
        // "no more than sixty days", "no less than a year": a bound the other way round
        if isKey(i, fn.no), let w2 = word(i + 1), w2.moreThan || w2.lessThan, isKey(i + 2, fn.than),
           var inner = core(at: i + 3), case .fixed(let v) = inner.meaning, v.hasPrefix("P") {
            inner.first = i
            inner.mod = w2.moreThan ? "EQUAL_OR_LESS" : "EQUAL_OR_MORE"
            inner.takesThe = false
            return inner
        }
        var mod: String?
        var j = i + 1
        if w.moreThan || w.lessThan {
            if isKey(j, fn.than) {
                j += 1
            } else if tokens[i].key == fn.over || tokens[i].key == fn.under {
                guard isNumber(j) || (word(j)?.cardinal ?? 0) > 0 else { return nil }
                // "to last over a week": a length; "up 5% over a year earlier" is a comparison
                if isKey(j, fn.a) || isKey(j, fn.an) {
                    guard let inner = core(at: j), inner.type == .duration, case .fixed = inner.meaning else { return nil }
                }
            } else {
                return nil
            }
            mod = w.moreThan ? "MORE_THAN" : "LESS_THAN"
        } else if isKey(i, fn.at), isKey(j, fn.least) {
            j += 1
            mod = "EQUAL_OR_MORE"
        } else if isKey(i, fn.at), isKey(j, fn.most) {
            j += 1
            mod = "EQUAL_OR_LESS"
        } else if isKey(i, fn.up), isKey(j, fn.to) {
            j += 1
            mod = "EQUAL_OR_LESS"
        }
        guard var mod, var inner = core(at: j) else { return nil }
        switch inner.meaning {
        case .fixed(let v) where v.hasPrefix("P"): break
        case .shift(_, let amount, _, _):
            // "more than four decades ago" is a point before the one named
            let more = mod == "MORE_THAN" || mod == "EQUAL_OR_MORE"
            mod = (amount < 0) == more ? (mod.hasPrefix("EQUAL") ? "ON_OR_BEFORE" : "BEFORE")
                                       : (mod.hasPrefix("EQUAL") ? "ON_OR_AFTER" : "AFTER")
        default: return nil
        }
        inner.first = i
        inner.mod = mod
        inner.takesThe = false
        return inner
    }

    /// The period after "the end of": a date, or "the year", "the month", "the week", "the decade".
    func periodAfterOf(_ j: Int) -> TimexMatch? {
        if isKey(j, fn.the), let u = word(j + 1)?.unit, !endsWith(j + 1, "s"),
           u == .year || u == .month || u == .week || u == .decade || u == .century || u == .quarter {
            // "the end of the year" is this year; "the end of the year 2018" is 2018
            if u == .year, isNumber(j + 2), tokens[j + 2].digits == 4 {
                return TimexMatch(first: j, end: j + 3, type: .date, meaning: .fixed(String(tokens[j + 2].value)))
            }
            return TimexMatch(first: j, end: j + 2, type: .date, meaning: .shift(unit: u, amount: 0, anchor: .publication, granularity: nil))
        }
        if isKey(j, fn.the), var m = core(at: j + 1), m.takesThe {
            m.first = j
            return m
        }
        return core(at: j)
    }

    /// Whether a mod like START or END can apply to the meaning (not to a REF value).
    func takesMod(_ meaning: TimexMeaning) -> Bool {
        switch meaning {
        case .fixed(let v): return !v.hasSuffix("_REF") && !v.hasPrefix("P")
        case .range, .clock: return false
        default: return true
        }
    }
}
