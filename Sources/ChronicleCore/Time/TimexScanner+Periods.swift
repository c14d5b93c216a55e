/// Periods named with "the" in reports and forecasts: "the fiscal first quarter", "the latest
/// nine months", "the year-earlier nine months", "the corresponding period last year", "the weeks
/// ahead", "the last half of the '80s".
extension TimexScanner {
    /// "the fiscal first quarter", "fiscal second-quarter", "the fiscal-first quarter": "fiscal"
    /// (and the article before it) belong to the quarter or half; before a hyphenated compound the
    /// article stays out ("the [fiscal second-quarter] loss").
    func fiscalPeriod(at i: Int) -> TimexMatch? {
        var f = i
        if isKey(f, fn.the) || isKey(f, fn.its) { f += 1 }
        guard isKey(f, fn.fiscal) else { return nil }
        let k = isPunct(f + 1, "-") && attached(f + 1) ? f + 2 : f + 1
        guard var m = core(at: k), !endsInCompound(m) || f == i else { return nil }
        switch m.meaning {
        case .quarter, .half:
            m.first = i
            return m
        default:
            return nil
        }
    }

    /// "the latest nine months", "the year-earlier nine months": a report's period named by its
    /// length is that length, the words before it included.
    func reportLength(at i: Int) -> TimexMatch? {
        guard isKey(i, fn.the) else { return nil }
        var k = i + 1
        if isKey(k, fn.latest) {
            k += 1
        } else if isKey(k, fn.year), isPunct(k + 1, "-"), attached(k + 1), attached(k + 2),
                  let post = word(k + 2)?.post, post == .earlier || post == .ago {
            k += 3
        } else {
            return nil
        }
        guard isNumber(k) || (word(k)?.cardinal ?? 0) > 1, var m = duration(at: k), m.type == .duration,
              case .fixed = m.meaning else { return nil }
        m.first = i
        return m
    }

    /// "the corresponding period last year", "the same quarter a year earlier", "the comparable
    /// quarter a year ago": the report's quarter, a year before (as "the year-ago period").
    func correspondingPeriod(at i: Int) -> TimexMatch? {
        guard isKey(i, fn.the), isKey(i + 1, fn.corresponding) || isKey(i + 1, fn.comparable) || word(i + 1)?.relative == .same,
              isKey(i + 2, fn.period) || (word(i + 2)?.unit == .quarter && !endsWith(i + 2, "s")) else { return nil }
        var end = 0
        if word(i + 3)?.relative == .last, isKey(i + 4, fn.year) { end = i + 5 }
        if isKey(i + 3, fn.a), isKey(i + 4, fn.year), let post = word(i + 5)?.post, post == .ago || post == .earlier {
            end = i + 6
        }
        guard end > 0 else { return nil }
        return TimexMatch(first: i, end: end, type: .date, meaning: .quarterOfYear(year: -1, relative: true, quarter: nil))
    }

    /// "the weeks ahead", "in the months ahead": as "the coming weeks", an unknown number of units
    /// ("the days ahead of the vote" count from the vote and are left alone).
    func periodAhead(at i: Int) -> TimexMatch? {
        guard isKey(i, fn.the), let unit = word(i + 1)?.unit, unit != .half, unit != .weekend, endsWith(i + 1, "s"),
              isKey(i + 2, fn.ahead), sameSentence(i, i + 2), !isKey(i + 3, fn.of) else { return nil }
        return TimexMatch(first: i, end: i + 3, type: .duration, meaning: .fixed(unit.duration("X")))
    }

    /// "the last half of the '80s", "the first half of the 1990s": half of a decade or century is
    /// that period early or late (a year's halves are `H1`, `H2`: see ``ordinalPeriod(at:)``).
    func halfOfPeriod(at i: Int) -> TimexMatch? {
        guard isKey(i, fn.the), let n = word(i + 1)?.ordinal, n == 1 || n == 2 || n == -1, isKey(i + 2, fn.half),
              isKey(i + 3, fn.of), let inner = periodAfterOf(i + 4), case .fixed(let v) = inner.meaning,
              v.count == 2 || v.count == 3, v.allSatisfy({ $0.isNumber }) else { return nil }
        var m = inner
        m.first = i
        m.mod = n == 1 ? "START" : "END"
        m.takesThe = false
        return m
    }
}
