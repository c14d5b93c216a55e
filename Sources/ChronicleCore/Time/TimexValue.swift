/// Reading TimeML values back: the days a value covers and how fine it is.
///
/// The event coder gives each event the date of the temporal expression it depends on and
/// needs the interval of days that date covers (to merge reports and to compare with gold
/// intervals) and which of two values is more precise.
///
/// Mods narrow the interval by thirds: `START` is the first third of the period, `MID` the
/// middle third, `END` the last third (for a 31-day month: days 1–10, 11–21, 22–31; for a year:
/// January 1 – May 1, May 2 – September 1, September 2 – December 31). Other mods (`APPROX`,
/// `BEFORE`, `AFTER`, `MORE_THAN`, ...) keep the interval of the value itself: they say how
/// the text hedged, not which days.
///
/// ```swift
/// TimexValue.interval(of: "2018-03", mod: "END")      // 2018-03-22...2018-03-31
/// TimexValue.interval(of: "2018-W15", mod: nil)       // 2018-04-09...2018-04-15
/// TimexValue.interval(of: "2018-10-06/2018-10-08", mod: nil)
/// TimexValue.granularity(of: "2018-04") < TimexValue.granularity(of: "2018-04-11")  // true
/// ```
public enum TimexValue {
    /// The first and last calendar day a value covers, or nil when the value names no days
    /// (durations, sets, `PRESENT_REF`, values with `X` digits).
    ///
    /// - Parameters:
    ///   - value: a TimeML value (`2018`, `2018-04`, `2018-04-11T16:15`, `2018-W15`, `2018-Q2`,
    ///     `2018-H1`, `2018-SU`, `197`, `19`) or an interval `value/value`.
    ///   - mod: `START`, `MID` or `END` narrow the interval to a third; other mods are ignored.
    /// - Returns: a closed range of days.
    public static func interval(of value: String, mod: String?) -> ClosedRange<CalendarDay>? {
        let bytes = Array(value.utf8)
        if let slash = bytes.firstIndex(of: UInt8(ascii: "/")) {
            guard let a = span(bytes[..<slash]), let b = span(bytes[(slash + 1)...]),
                  a.lowerBound <= b.upperBound else { return nil }
            return a.lowerBound...b.upperBound
        }
        guard let whole = span(bytes[...]) else { return nil }
        return narrow(whole, mod: mod)
    }

    /// How fine a value is; nil for values that name no calendar period.
    public static func granularity(of value: String) -> TimexGranularity? {
        let bytes = Array(value.utf8)
        if let slash = bytes.firstIndex(of: UInt8(ascii: "/")) {
            return parse(bytes[..<slash])?.granularity
        }
        return parse(bytes[...])?.granularity
    }

    /// The ISO 8601 week (`year`, `week`) that contains `day`.
    public static func isoWeek(of day: CalendarDay) -> (year: Int, week: Int) {
        let thursday = day.adding(days: 4 - day.weekday)
        let jan1 = CalendarDay(year: thursday.year, month: 1, day: 1)!
        return (thursday.year, (thursday.dayNumber - jan1.dayNumber) / 7 + 1)
    }

    /// The Monday of ISO week `week` of `year`.
    public static func mondayOf(isoWeek week: Int, year: Int) -> CalendarDay {
        let jan4 = CalendarDay(year: year, month: 1, day: 4)!
        return jan4.adding(days: 1 - jan4.weekday + (week - 1) * 7)
    }

    static func narrow(_ whole: ClosedRange<CalendarDay>, mod: String?) -> ClosedRange<CalendarDay> {
        let a = whole.lowerBound.dayNumber, b = whole.upperBound.dayNumber
        let third = (b - a + 1) / 3
        guard third >= 1 else { return whole }
        switch mod {
        case "START": return whole.lowerBound...CalendarDay(dayNumber: a + third - 1)
        case "MID": return CalendarDay(dayNumber: a + third)...CalendarDay(dayNumber: b - third)
        case "END": return CalendarDay(dayNumber: b - third + 1)...whole.upperBound
        default: return whole
        }
    }

    private static func span(_ bytes: ArraySlice<UInt8>) -> ClosedRange<CalendarDay>? {
        parse(bytes)?.days
    }

    /// A parsed calendar value: its days and granularity.
    private struct Parsed {
        var days: ClosedRange<CalendarDay>
        var granularity: TimexGranularity
    }

    private static func parse(_ raw: ArraySlice<UInt8>) -> Parsed? {
        var bytes = raw
        var hasTime = false
        if let t = bytes.firstIndex(of: UInt8(ascii: "T")) {
            hasTime = t + 1 < bytes.endIndex && bytes[t + 1] >= 48 && bytes[t + 1] <= 57
            let partOfDay = !hasTime && t + 1 < bytes.endIndex
            bytes = bytes[..<t]
            if partOfDay, let day = parse(bytes), day.granularity == .day {
                return Parsed(days: day.days, granularity: .partOfDay)
            }
        }
        let parts = bytes.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard let head = parts.first, let year = number(head) else { return nil }
        if parts.count == 1 {
            switch head.count {
            case 4:
                return Parsed(days: CalendarDay(year: year, month: 1, day: 1)!...CalendarDay(year: year, month: 12, day: 31)!,
                              granularity: .year)
            case 3:
                return Parsed(days: CalendarDay(year: year * 10, month: 1, day: 1)!...CalendarDay(year: year * 10 + 9, month: 12, day: 31)!,
                              granularity: .decade)
            case 2:
                return Parsed(days: CalendarDay(year: year * 100, month: 1, day: 1)!...CalendarDay(year: year * 100 + 99, month: 12, day: 31)!,
                              granularity: .century)
            default: return nil
            }
        }
        guard head.count == 4 else { return nil }
        let second = parts[1]
        if let month = number(second), second.count == 2 {
            guard (1...12).contains(month) else { return nil }
            let last = CalendarDay.daysIn(month: month, year: year)
            if parts.count == 2 {
                return Parsed(days: CalendarDay(year: year, month: month, day: 1)!...CalendarDay(year: year, month: month, day: last)!,
                              granularity: .month)
            }
            guard let d = number(parts[2]), let day = CalendarDay(year: year, month: month, day: d) else { return nil }
            return Parsed(days: day...day, granularity: hasTime ? .time : .day)
        }
        guard let letter = second.first else { return nil }
        let rest = second.dropFirst()
        switch letter {
        case UInt8(ascii: "W"):
            if rest.count == 2, let week = number(rest), (1...53).contains(week) {
                let monday = mondayOf(isoWeek: week, year: year)
                if parts.count == 3, parts[2].elementsEqual("WE".utf8) {
                    return Parsed(days: monday.adding(days: 5)...monday.adding(days: 6), granularity: .weekend)
                }
                return Parsed(days: monday...monday.adding(days: 6), granularity: .week)
            }
            if rest.elementsEqual("I".utf8) {    // winter: December to February of the next year
                let start = CalendarDay(year: year, month: 12, day: 1)!
                let end = CalendarDay(year: year + 1, month: 2, day: CalendarDay.daysIn(month: 2, year: year + 1))!
                return Parsed(days: start...end, granularity: .season)
            }
            return nil
        case UInt8(ascii: "Q"):
            guard let q = number(rest), (1...4).contains(q) else { return nil }
            return monthSpan(year: year, first: q * 3 - 2, count: 3, granularity: .quarter)
        case UInt8(ascii: "H"):
            guard let h = number(rest), (1...2).contains(h) else { return nil }
            return monthSpan(year: year, first: h * 6 - 5, count: 6, granularity: .half)
        case UInt8(ascii: "S"):
            if rest.elementsEqual("P".utf8) { return monthSpan(year: year, first: 3, count: 3, granularity: .season) }
            if rest.elementsEqual("U".utf8) { return monthSpan(year: year, first: 6, count: 3, granularity: .season) }
            return nil
        case UInt8(ascii: "F"):
            if rest.elementsEqual("A".utf8) { return monthSpan(year: year, first: 9, count: 3, granularity: .season) }
            return nil
        default:
            return nil
        }
    }

    private static func monthSpan(year: Int, first: Int, count: Int, granularity: TimexGranularity) -> Parsed {
        let last = first + count - 1
        return Parsed(days: CalendarDay(year: year, month: first, day: 1)!...CalendarDay(year: year, month: last, day: CalendarDay.daysIn(month: last, year: year))!,
                      granularity: granularity)
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 9 else { return nil }
        var value = 0
        for b in bytes {
            guard b >= 48, b <= 57 else { return nil }
            value = value * 10 + Int(b - 48)
        }
        return value
    }
}

/// How fine a TimeML value is, from a century to a clock time; coarser values compare lower.
///
/// ```swift
/// TimexGranularity.month < .day   // true
/// ```
public enum TimexGranularity: Int, Sendable, Hashable, Comparable, CaseIterable {
    case century, decade, year, half, quarter, season, month, week, weekend, day, partOfDay, time

    public static func < (lhs: TimexGranularity, rhs: TimexGranularity) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
