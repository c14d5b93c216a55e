/// Growing (or trimming) a match by what stands next to it: a part of the day ("Friday
/// morning"), the day after a clock time ("10 p.m. Wednesday"), the day after a part of the day
/// ("mid-afternoon yesterday"), a trailing "or so", the date after a relative weekday ("this
/// coming Sunday, March eighth"); and whether a match ends in a hyphenated compound, whose article
/// stays outside ("the [two-week] truce").
extension TimexScanner {
    /// Whether `m` ends in a unit joined by a hyphen ("two-week", "third-quarter"): a compound
    /// adjective, whose article belongs to the noun after it ("the [two-week] truce", not
    /// "[the two-week] truce", as TimeBank tags it).
    func endsInCompound(_ m: TimexMatch) -> Bool {
        let u = m.end - 1
        return u > m.first && word(u)?.unit != nil && isPunct(u - 1, "-") && attached(u - 1) && attached(u)
    }

    /// "this coming Sunday, March eighth", "last Friday, Oct. 23": a weekday named relatively and
    /// then by its date is one expression with that date.
    func extendWeekdayDate(_ m: TimexMatch) -> TimexMatch {
        guard case .weekday(_, let shift) = m.meaning, shift != nil, isPunct(m.end, ","), sameSentence(m.end + 1, m.first),
              let date = monthFirst(at: m.end + 1), case .day = date.meaning else { return m }
        return TimexMatch(first: m.first, end: date.end, type: .date, meaning: date.meaning)
    }

    /// "the next two years or so", "over the next year or so": a length or period ending in a unit
    /// takes a trailing "or so" into its extent as an approximation (mod `APPROX`).
    func extendOrSo(_ m: TimexMatch) -> TimexMatch {
        guard m.mod == nil, m.parts == nil, m.length == nil, word(m.end - 1)?.unit != nil,
              isKey(m.end, fn.or), isKey(m.end + 1, fn.so), sameSentence(m.end + 1, m.first) else { return m }
        var out = m
        out.end = m.end + 2
        out.mod = "APPROX"
        return out
    }

    /// "September that year", "June of that year", "13 September that year": a month or day
    /// without a year takes a trailing "(of) that year" into its extent and lies in the year the
    /// narrative has reached.
    func extendThatYear(_ m: TimexMatch) -> TimexMatch {
        guard m.parts == nil else { return m }
        let k = isKey(m.end, fn.of) ? m.end + 1 : m.end
        guard isKey(k, fn.that), isKey(k + 1, fn.year), !endsWith(k + 1, "s"), sameSentence(k + 1, m.first) else { return m }
        var out = m
        switch m.meaning {
        case .month(nil, let month): out.meaning = .inNarrativeYear(month: month, day: nil)
        case .day(nil, let month, let day): out.meaning = .inNarrativeYear(month: month, day: day)
        default: return m
        }
        out.end = k + 2
        return out
    }

    /// "that June", "that September": a month named with "that" lies in the year the narrative
    /// has reached ("that May", which may open a clause about Theresa May, is left alone); "that
    /// June morning" is the morning of the day it has reached.
    func thatMonth(at i: Int) -> TimexMatch? {
        guard isKey(i, fn.that), (word(i + 1)?.month ?? 0) > 0, !isKey(i + 1, fn.may), var m = core(at: i + 1), m.first == i + 1,
              m.parts == nil, case .month(nil, let month) = m.meaning else { return nil }
        m.first = i
        m.meaning = .inNarrativeYear(month: month, day: nil)
        // ("On that June morning": a part of the day makes it the day the narrative has reached)
        if let part = word(m.end)?.daypart?.rawValue, part != "NO", part != "MI", !endsWith(m.end, "s"), sameSentence(i, m.end) {
            m.meaning = .partOfDay(base: .phrase(PhraseEntry(type: .date, operation: "day:0", anchor: .narrative)), part: "T" + part)
            m.type = .time
            m.end += 1
        }
        return m
    }

    /// "Friday morning", "yesterday afternoon": a day followed by a part of the day is a TIME.
    func extendPartOfDay(_ m: TimexMatch) -> TimexMatch {
        // "on Monday and Tuesday nights": the first day shares the plural part of the day
        if case .weekday(let wd, nil) = m.meaning, isKey(m.end, fn.and) || isKey(m.end, fn.or),
           (word(m.end + 1)?.weekday ?? 0) > 0, let part = word(m.end + 2)?.daypart?.rawValue, part != "NO", part != "MI",
           endsWith(m.end + 2, "s"), sameSentence(m.first, m.end + 2) {
            return TimexMatch(first: m.first, end: m.end, type: .set, meaning: .fixed("XXXX-WXX-\(wd)T" + part), mod: m.mod)
        }
        guard m.type == .date, let w = word(m.end), let part = w.daypart?.rawValue, part != "NO", part != "MI",
              !tokens[m.end].newlineBefore else { return m }
        switch m.meaning {
        case .weekday(let wd, nil) where endsWith(m.end, "s"):
            // "on Tuesday nights": every Tuesday night
            return TimexMatch(first: m.first, end: m.end + 1, type: .set, meaning: .fixed("XXXX-WXX-\(wd)T" + part), mod: m.mod)
        case .weekday, .day:
            return TimexMatch(first: m.first, end: m.end + 1, type: .time,
                              meaning: .partOfDay(base: m.meaning, part: "T" + part), mod: m.mod)
        case .phrase(let entry) where entry.isDay:
            return TimexMatch(first: m.first, end: m.end + 1, type: .time,
                              meaning: .partOfDay(base: m.meaning, part: "T" + part), mod: m.mod)
        default:
            return m
        }
    }

    /// "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 9": a clock time followed by
    /// its day is one TIME on that day.
    func extendClockDay(_ m: TimexMatch) -> TimexMatch {
        guard case .clock(nil, let hour, let minute) = m.meaning else { return m }
        var k = m.end
        // ("3:46pm local time (12:46 GMT) on Tuesday": the day after another clock's aside, or
        // after the aside the clock stands in, dates the clock, whose extent stays its own)
        var aside = false
        if isPunct(k, "(") {
            var j = k + 1
            while j < tokens.count, j < k + 8, !isPunct(j, ")") { j += 1 }
            if isPunct(j, ")") { k = j + 1; aside = true }
        } else if isPunct(k, ")") {
            k += 1
            aside = true
        }
        if isPunct(k, ",") { k += 1 }
        if isKey(k, fn.on) { k += 1 }
        guard sameSentence(k, m.first), let day = core(at: k), day.type == .date else { return m }
        switch day.meaning {
        case .weekday, .day: break
        case .phrase(let entry) where entry.isDayOrPart: break
        default: return m
        }
        return TimexMatch(first: m.first, end: aside ? m.end : day.end, type: .time, meaning: .clock(base: day.meaning, hour: hour, minute: minute),
                          mod: m.mod)
    }

    /// "mid-afternoon yesterday", "mid-morning Friday": a part of the day without its own day
    /// takes the day named right after it.
    func extendPartDay(_ m: TimexMatch) -> TimexMatch {
        guard case .phrase(let entry) = m.meaning, entry.anchor == .narrative, entry.amount == 0, entry.isDayOrPart,
              let part = entry.text, sameSentence(m.end, m.first), let day = core(at: m.end), day.type == .date else { return m }
        switch day.meaning {
        case .weekday: break
        case .phrase(let e) where e.isDay && e.anchor == .publication: break
        default: return m
        }
        return TimexMatch(first: m.first, end: day.end, type: .time, meaning: .partOfDay(base: day.meaning, part: part), mod: m.mod)
    }
}
