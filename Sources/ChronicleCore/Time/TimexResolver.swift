/// Turns what the grammar recognized into TimeML values: anchors deictic expressions on the
/// publication date and anaphoric ones on the narrative clock, and places year-less dates,
/// months and weekdays before or after the publication date by the tense of their clause.
///
/// A candidate close to the publication date wins whatever the tense (a November article's
/// "July" is that year's July; a January article's "December" is last December). Farther away, a
/// past cue takes the latest candidate on or before the publication date, a future cue the
/// earliest on or after it; without a cue an earlier candidate wins unless a later one is three
/// times closer (news reports what happened). Without a publication date, years are `XXXX`.
///
/// Earnings reports speak of one quarter: the latest completed quarter the text names is the
/// quarter that "the latest quarter", "a year ago" and "the 1988 period" refer to.
struct TimexResolver {
    /// The article's publication date.
    var publication: CalendarDay?
    /// The narrative clock: the last day, month and year the text mentioned.
    var lastDay: CalendarDay?
    /// The last day mentioned that was not after the publication date: what a past-tense
    /// "the same day" refers to when the text has since named a day still to come.
    var lastPastDay: CalendarDay?
    var lastMonth: CalendarDay?
    var lastYear: CalendarDay?
    /// The last time named and whether it named a month (or a day) rather than a year alone.
    var lastNamed: (start: CalendarDay, hasMonth: Bool)?
    /// The sentence of the last time named, and whether the last day came from a byline.
    var lastNamedSentence: Int32 = 0
    /// Whether the last time named stood in a heading (a title, a line of its own: "2021",
    /// "January", "The 2022 entries:", "Relations in 2018"), not inside a sentence of the text.
    var lastNamedIsHeading = false
    /// The first day of the last range of days named, and its sentence ("from 10 to 12 December").
    var lastRange: (start: CalendarDay, sentence: Int32)?
    var lastDayIsByline = false
    /// The last month or day named (not as a limit) and its sentence.
    var lastNamedMonth: (start: CalendarDay, sentence: Int32)?
    /// The sentence that moved ``lastDay``, and whether its expression named a weekday
    /// ("On Tuesday, 28 January", "Sunday the 26th").
    var lastDaySentence: Int32 = 0
    var lastDayNamedWeekday = false
    /// Whether the text has named a month or day within a year of the publication date: a news report
    /// soon does; a review of past years may not until it reaches the present.
    var touchedPresent = false
    /// Whether the expression being resolved opens a sentence told in the past
    /// (``TenseCues/firmPast(first:end:)``): a month or day ahead of the publication is last year's.
    var firmPast = false
    /// Whether the expression opens an entry of a chronology (``TenseCues/opensEntry(first:end:)``):
    /// a day without a year is the one nearest the entry before it, forward or back, whatever
    /// the publication date ("May 27, 2023: … May 29: … May 31: …" in an article of April 2024).
    var entry = false
    /// The last day that opened an entry of its own ("Sunday 14 April 2024" above a live blog's
    /// timed entries): the day of a clock time that opens an entry.
    var entryDay: CalendarDay?
    /// The last quarter mentioned and the sentence it was in.
    var lastQuarter: (year: Int, quarter: Int, sentence: Int32)?
    /// The quarter an earnings report is about: the latest completed quarter the text named.
    /// "the latest quarter", "a year ago", "the 1988 period" refer to it, not to an aside about
    /// another quarter ("after a flat second quarter", "a fourth-quarter charge").
    var topicQuarter: (year: Int, quarter: Int)?
    /// The sentence of the expression being resolved.
    var sentence: Int32 = 0

    init(publication: CalendarDay?) {
        self.publication = publication
    }

    /// Moves the narrative clock to an expression's value. A `limit` ("until February 2021")
    /// leaves the year that year-less dates follow alone.
    /// A comparison ("a year earlier", `movesClock` false) moves it only at the day level; an
    /// aside (`aside`: a time inside a "since" clause) does not move it.
    /// `present` false: a byline's date, which says nothing of how far the story has come.
    /// `weekday`: the expression named a weekday ("On Tuesday, 28 January").
    mutating func note(value: String, type: TimexType, comparative: Bool = false, movesClock: Bool = true, aside: Bool = false,
                       limit: Bool = false, present: Bool = true, weekday: Bool = false, heading: Bool = false) {
        // ("27-28 July - … on the first day; the next day …": a range of days moves the clock to its first)
        if type == .date, value.utf8.count == 21, value.utf8.contains(47) {
            if !aside, let day = CalendarDay(iso: String(value.prefix(10))) { lastRange = (day, sentence) }
            note(value: String(value.prefix(10)), type: type, comparative: comparative, movesClock: movesClock, aside: aside,
                 limit: limit, present: present, weekday: weekday, heading: heading)
            return
        }
        guard type == .date || type == .time, !value.utf8.contains(47),
              let g = TimexValue.granularity(of: value), let span = TimexValue.interval(of: value, mod: nil) else { return }
        if g == .quarter, !comparative, value.utf8.contains(81) {       // "Q": seasons are not quarters
            let q = (span.lowerBound.year, (span.lowerBound.month - 1) / 3 + 1)
            lastQuarter = (q.0, q.1, sentence)
            if let pub = publication, span.upperBound < pub, q.0 * 4 + q.1 > (topicQuarter.map { $0.year * 4 + $0.quarter } ?? 0) {
                topicQuarter = q
            }
        }
        // "compared with $3 million a year earlier": a comparison names no new time of the story
        if aside || (!movesClock && g <= .month) {
            // (but an aside's full date is the first sign of the years a review is about, when
            // nothing before named a month: "Russia's aggression, which began on 24 February
            // 2022, … On 25 February, Japan decided …" in a review published in April 2023)
            if aside, g >= .day, !limit, !(lastNamed?.hasMonth ?? false) {
                lastNamed = (span.lowerBound, true)
                lastNamedSentence = sentence
            }
            return
        }
        if g >= .day {
            let previous = lastDay
            lastDay = span.lowerBound
            lastDayIsByline = !present
            // (a day told within the week of a weekday-named day keeps the story's weekdays:
            // "On Sunday the 26th … Washington answered that afternoon")
            lastDayNamedWeekday = weekday || (lastDayNamedWeekday && previous.map { abs($0.dayNumber - span.lowerBound.dayNumber) <= 7 } ?? false)
            lastDaySentence = sentence
            if let pub = publication, span.lowerBound <= pub { lastPastDay = span.lowerBound }
        }
        if g >= .month {
            lastMonth = span.lowerBound
            if !limit { lastNamedMonth = (span.lowerBound, sentence) }
        }
        if g >= .year { lastYear = span.lowerBound }
        if g >= .year, !limit {
            lastNamed = (span.lowerBound, g >= .quarter)
            lastNamedSentence = sentence
            lastNamedIsHeading = heading
        }
        // (a year alone, "the dispute of 2020-2021", names no present moment of the story)
        if present, g >= .month, let pub = publication, span.upperBound.dayNumber >= pub.dayNumber - 365 { touchedPresent = true }
    }

    /// The value of `meaning` and what it was anchored on; `cue` is asked only when needed.
    func resolve(_ meaning: TimexMeaning, cue: () -> TenseCue?) -> (value: String, anchor: Anchor?) {
        switch meaning {
        case .fixed(let v):
            return (v, nil)
        case .day(let year, let month, let day):
            if let year { return (Self.dayValue(year, month, day), nil) }
            guard let pub = publication else {
                guard let y = narrativeYear(CalendarDay(year: 2000, month: month, day: 1)) else {
                    return ("XXXX-" + Self.pad(month) + "-" + Self.pad(day), nil)
                }
                return (Self.dayValue(y, month, day), .narrative)
            }
            if let y = olderNarrativeYear(month: month, day: day, before: pub) ?? sentenceYear(month: month, pub: pub, cue: cue) {
                return (Self.dayValue(y, month, day), .narrative)
            }
            // ("The 2022 entries: - Jan. 23 — …", "May 27, 2023: … May 29: …": a chronology's entry)
            if entry, let y = entryYear(month: month, day: day) { return (Self.dayValue(y, month, day), .narrative) }
            var y = choose(around: pub.year, near: 45, cue: cue) { y in
                CalendarDay(year: y, month: month, day: day)?.dayNumber
            } reference: { pub.dayNumber }
            if firmPast, let d = CalendarDay(year: y, month: month, day: day), d > pub { y -= 1 }
            return (Self.dayValue(y, month, day), .publication)
        case .month(let year, let month):
            if let year { return ("\(year)-\(Self.pad(month))", nil) }
            guard let pub = publication else {
                guard let y = narrativeYear(CalendarDay(year: 2000, month: month, day: 1)) else { return ("XXXX-" + Self.pad(month), nil) }
                return ("\(y)-\(Self.pad(month))", .narrative)
            }
            if let y = olderNarrativeYear(month: month, day: 1, before: pub) ?? sentenceYear(month: month, pub: pub, cue: cue) {
                return ("\(y)-\(Self.pad(month))", .narrative)
            }
            if entry, let y = entryYear(month: month, day: 15) { return ("\(y)-\(Self.pad(month))", .narrative) }
            // "Relations went from bad to worse in 2024. In January the two sides agreed …" in an
            // article of January 2025: the publication's own month would be "this month"; named
            // bare right after an earlier year, it is that year's
            if month == pub.month, let (ref, hasMonth) = lastNamed, !hasMonth, ref.year < pub.year, cue() != .future {
                return ("\(ref.year)-\(Self.pad(month))", .narrative)
            }
            var y = choose(around: pub.year, near: 1, cue: cue) { $0 * 12 + month } reference: { pub.year * 12 + pub.month }
            if firmPast, y * 12 + month > pub.year * 12 + pub.month { y -= 1 }
            return ("\(y)-\(Self.pad(month))", .publication)
        case .season(let year, let season):
            if let year { return ("\(year)-\(season)", nil) }
            guard let pub = publication else {
                guard let y = narrativeYear(CalendarDay(year: 2000, month: Self.seasonMiddle(season), day: 1)) else { return ("XXXX-\(season)", nil) }
                return ("\(y)-\(season)", .narrative)
            }
            let mid = Self.seasonMiddle(season)
            if let y = olderNarrativeYear(month: mid, day: 1, before: pub) { return ("\(y)-\(season)", .narrative) }
            let y = choose(around: pub.year, near: 2, cue: cue) { $0 * 12 + mid } reference: { pub.year * 12 + pub.month }
            return ("\(y)-\(season)", .publication)
        case .quarter(let year, let q):
            return period(year: year, index: q, size: 3, letter: "Q", cue: cue)
        case .quarterOfYear(let year, let relative, let quarter):
            let y = relative ? (publication?.year ?? 0) + year : year
            let named = topicQuarter?.quarter ?? lastQuarter?.quarter
            if relative && publication == nil { return ("XXXX-Q\(quarter ?? named ?? 0)", nil) }
            if let q = quarter ?? named { return ("\(y)-Q\(q)", named != nil && quarter == nil ? .narrative : nil) }
            return (String(y), nil)
        case .half(let year, let h):
            return period(year: year, index: h, size: 6, letter: "H", cue: cue)
        case .weekday(let wd, let shift):
            guard let pub = publication else { return ("XXXX-WXX-\(wd)", nil) }
            let delta = wd - pub.weekday        // -6...6: this week's day relative to publication
            var offset: Int
            switch shift {
            case .previous?, .following?:
                // "the previous Friday", "the following Monday" count from the day the story is at
                let base = lastDay ?? pub
                let d = wd - base.weekday
                let step = shift == .previous ? (d < 0 ? d : d - 7) : (d > 0 ? d : d + 7)
                return (base.adding(days: step).description, lastDay == nil ? .publication : .narrative)
            case .last?, .past?:
                offset = delta < 0 ? delta : delta - 7
            case .next?, .coming?:
                offset = delta > 0 ? delta : delta + 7
            case .same?:
                // ("On the morning of October 17, drones struck Kyiv. … That same Monday, Tehran
                // denied …": the story's day, or the nearest such weekday to it)
                guard let base = lastDay else { offset = delta; break }
                let (back, ahead) = Self.weekdaySteps(wd - base.weekday)
                return (base.adding(days: -back <= ahead ? back : ahead).description, .narrative)
            case .this?, .current?:
                offset = delta
            default:
                // ("The crisis began before dawn on Sunday, January 26. … deportees arriving in
                // Manaus on Friday …" in a feature of mid-February: a bare weekday told right after
                // a day weeks before the publication is the nearest such day to it)
                if let day = narrativeWeekdayBase(pub) {
                    let (back, ahead) = Self.weekdaySteps(wd - day.weekday)
                    return (day.adding(days: -back <= ahead ? back : ahead).description, .narrative)
                }
                let (back, ahead) = Self.weekdaySteps(delta)
                switch cue() {
                case .past?: offset = back
                case .future?: offset = ahead
                case .nearest?: offset = -back <= ahead ? back : ahead
                default: offset = back      // news reports what happened: a bare weekday is the last one
                }
            }
            return (pub.adding(days: offset).description, .publication)
        case .dayOfMonth(let dayOfMonth):
            // "On the 13th": that day of the month nearest the story's day (or the publication)
            return nearestDay(dayOfMonth, withinMonths: 1, weekday: nil)
        case .weekdayDate(let wd, let dayOfMonth):
            // "Sunday the 26th": the month nearest the story's day (or the publication) whose
            // 26th is a Sunday
            return nearestDay(dayOfMonth, withinMonths: 13, weekday: wd)
        case .monthOfYear(let month, let shift, let day):
            guard let pub = publication else { return ("XXXX-" + Self.pad(month) + (day.map { "-" + Self.pad($0) } ?? ""), nil) }
            return (day.map { Self.dayValue(pub.year + shift, month, $0) } ?? "\(pub.year + shift)-\(Self.pad(month))", .publication)
        case .inNarrativeYear(let month, let day):
            guard let y = lastYear?.year ?? publication?.year else {
                return ("XXXX-" + Self.pad(month) + (day.map { "-" + Self.pad($0) } ?? ""), nil)
            }
            return (day.map { Self.dayValue(y, month, $0) } ?? "\(y)-\(Self.pad(month))", lastYear != nil ? .narrative : .publication)
        case .shiftedMonth(let month, let shift) where shift == .following || shift == .previous:
            // "the following May", "the previous March": from the month the story has reached
            // (from its year alone when it last named a year without a month)
            guard let year = lastYear ?? publication else { return ("XXXX-" + Self.pad(month), nil) }
            var y = year.year
            let reached = lastMonth.flatMap { $0.year == year.year ? $0.month : nil }
            if shift == .following { if month <= (reached ?? 12) { y += 1 } } else if month >= (reached ?? 1) { y -= 1 }
            return ("\(y)-\(Self.pad(month))", lastYear != nil ? .narrative : .publication)
        case .shiftedMonth(let month, let shift):
            guard let pub = publication else { return ("XXXX-" + Self.pad(month), nil) }
            var y = pub.year
            switch direction(shift) {
            case -1: if month >= pub.month { y -= 1 }
            case 1: if month <= pub.month { y += 1 }
            default: break
            }
            return ("\(y)-\(Self.pad(month))", .publication)
        case .shiftedSeason(let season, let shift):
            guard let pub = publication else { return ("XXXX-\(season)", nil) }
            let mid = Self.seasonMiddle(season)
            let here = pub.month + (pub.month <= 2 ? 12 : 0)       // January belongs to last year's winter
            var y = pub.year - (pub.month <= 2 ? 1 : 0)
            switch direction(shift) {
            case -1: if mid >= here - 1 { y -= 1 }
            case 1: if mid <= here + 1 { y += 1 }
            default: break
            }
            return ("\(y)-\(season)", .publication)
        case .shift(let unit, let amount, let anchor, let granularity):
            let base: CalendarDay?
            var used = anchor
            if anchor == .narrative {
                switch unit {
                case .year, .decade, .century, .half, .quarter: base = lastYear ?? publication
                case .month: base = lastMonth ?? publication
                default:
                    base = lastDay ?? publication
                    // "Trump said he would meet Kim on June 12. The release came on the same day
                    // that …": a past clause is not anchored on a day still to come.
                    if unit == .day, let day = lastDay, let pub = publication, let past = lastPastDay,
                       day.adding(days: amount) > pub, cue() == .past {
                        return (Self.shifted(past, unit: unit, amount: amount, granularity: granularity), .narrative)
                    }
                }
                if base == publication, lastDay == nil, lastMonth == nil, lastYear == nil { used = .publication }
            } else {
                base = publication
            }
            guard let base else { return ("XXXX", nil) }
            return (Self.shifted(base, unit: unit, amount: amount, granularity: granularity), used)
        case .phrase(let entry):
            return resolvePhrase(entry, cue: cue)
        case .clock(let base, let hour, let minute):
            let day: String
            var anchor: Anchor? = nil
            if let base {
                let r = resolve(base, cue: cue)
                day = r.value
                anchor = r.anchor
            } else if entry, let d = entryDay ?? publication {
                // "00:40 GMT — …": a live blog's entry falls on the day above the entries, else
                // on the publication day, whatever day the entry before it told of
                day = d.description
                anchor = entryDay != nil ? .narrative : .publication
            } else if let d = lastDay ?? publication {
                day = d.description
                anchor = lastDay != nil ? .narrative : .publication
            } else {
                day = "XXXX-XX-XX"
            }
            return ("\(day)T\(Self.pad(hour)):\(Self.pad(minute))", anchor)
        case .partOfDay(let base, let part):
            let r = resolve(base, cue: cue)
            return (r.value + part, r.anchor)
        case .weekOf(let base):
            let r = resolve(base, cue: cue)
            guard let day = CalendarDay(iso: r.value) else { return ("XXXX-WXX", r.anchor) }
            return (Self.shifted(day, unit: .week, amount: 0, granularity: nil), r.anchor)
        case .range(let a, let b):
            let ra = resolve(a, cue: cue)
            var second = b
            // the second part takes the first part's year: "December 30 - January 2"
            if case .day(nil, let m2, let d2) = b, let start = TimexValue.interval(of: ra.value, mod: nil)?.lowerBound {
                var y = start.year
                if let c = CalendarDay(year: y, month: m2, day: d2), c < start { y += 1 }
                second = .day(year: y, month: m2, day: d2)
            } else if case .month(nil, let m2) = b, let start = TimexValue.interval(of: ra.value, mod: nil)?.lowerBound {
                second = .month(year: m2 < start.month ? start.year + 1 : start.year, month: m2)
            }
            let rb = resolve(second, cue: cue)
            return ("\(ra.value)/\(rb.value)", ra.anchor ?? rb.anchor)
        }
    }

    private func resolvePhrase(_ entry: PhraseEntry, cue: () -> TenseCue?) -> (value: String, anchor: Anchor?) {
        switch entry.kind {
        case .fixed:
            return (entry.text ?? "", nil)
        case .monthDay where entry.nth != 0:
            guard let pub = publication else { return ("XXXX-\(Self.pad(entry.month))-XX", nil) }
            func day(_ y: Int) -> CalendarDay? {
                Self.nthWeekday(entry.nth, entry.weekday, month: entry.month, year: y)?.adding(days: entry.dayOffset)
            }
            let y = choose(around: pub.year, near: 45, cue: cue) { day($0)?.dayNumber } reference: { pub.dayNumber }
            return (day(y)?.description ?? "\(y)-\(Self.pad(entry.month))", .publication)
        case .monthDay:
            return resolve(.day(year: nil, month: entry.month, day: entry.day), cue: cue)
        case .yearAgo:
            return comparativeYear(-1) ?? resolve(.shift(unit: .year, amount: -1, anchor: .publication, granularity: nil), cue: cue)
        case .rangeStart:
            // ("Hearings took place from 10 to 12 December. The day before they opened, … On the
            // first day, …": the range's first day, not the day after the one just told; without a
            // range, the first day of something the text may not date, "the first day of the
            // fighting": an empty value, which tags nothing)
            guard let range = lastRange, sentence - range.sentence <= 3 else { return ("", nil) }
            return (range.start.description, .narrative)
        case .weekend:
            // "the weekend": the one before the publication date, or the coming one in a future clause
            guard let pub = publication else { return ("XXXX-WXX-WE", nil) }
            let amount = pub.weekday >= 6 || cue() == .future ? 0 : -1
            return (Self.shifted(pub, unit: .weekend, amount: amount, granularity: nil), .publication)
        case .shift(let unit):
            // "the quarter", "the latest quarter": the quarter just mentioned, else the last one completed
            if unit == .quarter, entry.anchor == .narrative {
                if let q = topicQuarter ?? lastQuarter.map({ ($0.year, $0.quarter) }) { return ("\(q.year)-Q\(q.quarter)", .narrative) }
                guard let pub = publication else { return ("XXXX-QX", nil) }
                return (Self.shifted(pub, unit: .quarter, amount: -1, granularity: nil), .publication)
            }
            let r = resolve(.shift(unit: unit, amount: entry.amount, anchor: entry.anchor ?? .publication, granularity: nil), cue: cue)
            return (entry.text.map { r.value + $0 } ?? r.value, r.anchor)
        }
    }

    private func period(year: Int?, index: Int, size: Int, letter: String, cue: () -> TenseCue?) -> (value: String, anchor: Anchor?) {
        if let year, index > 0 { return ("\(year)-\(letter)\(index)", nil) }
        guard let pub = publication else { return ("XXXX-\(letter)\(abs(index))", nil) }
        if let year, index < 0 {    // "the third quarter of last year": year holds the shift
            return ("\(pub.year + year)-\(letter)\(-index)", .publication)
        }
        let middle = index * size - size / 2
        let y = choose(around: pub.year, near: size, cue: cue) { $0 * 12 + middle } reference: { pub.year * 12 + pub.month }
        return ("\(y)-\(letter)\(index)", .publication)
    }

    /// Of the years around `year`, the one whose position (from `position`) fits the cue best.
    /// "a year ago", "year-earlier" next to a quarter just mentioned: that quarter, `years` off.
    func comparativeYear(_ years: Int) -> (value: String, anchor: Anchor?)? {
        guard let last = lastQuarter, sentence - last.sentence <= 8 else { return nil }
        let q = topicQuarter ?? (last.year, last.quarter)
        return ("\(q.year + years)-Q\(q.quarter)", .narrative)
    }

    /// The days back (0 or less) and ahead (0 or more) to a weekday `delta` days from a day's
    /// own weekday (-6…6): the same day counts both ways.
    /// The day `dayOfMonth` of the month, at most `months` months either way of the story's day
    /// (or the publication), nearest that day, and falling on `weekday` when one is given.
    private func nearestDay(_ dayOfMonth: Int, withinMonths months: Int, weekday: Int?) -> (value: String, anchor: Anchor?) {
        guard let reference = lastDay ?? publication else { return ("XXXX-XX-" + Self.pad(dayOfMonth), nil) }
        var best: CalendarDay?
        for k in -months...months {
            let first = CalendarDay(year: reference.year, month: reference.month, day: 1)!.adding(months: k)
            guard let c = CalendarDay(year: first.year, month: first.month, day: dayOfMonth), weekday.map({ c.weekday == $0 }) ?? true else { continue }
            if best.map({ abs(c.dayNumber - reference.dayNumber) < abs($0.dayNumber - reference.dayNumber) }) ?? true { best = c }
        }
        guard let best else { return ("XXXX-XX-" + Self.pad(dayOfMonth), nil) }
        return (best.description, lastDay != nil ? .narrative : .publication)
    }

    static func weekdaySteps(_ delta: Int) -> (back: Int, ahead: Int) {
        (delta <= 0 ? delta : delta - 7, delta >= 0 ? delta : delta + 7)
    }

    /// The day a bare weekday is counted from when the story tells its days by weekday: one
    /// named with its weekday in this sentence or the three before, more than two weeks before the
    /// publication (not a byline's). Nil otherwise: the publication date decides (a news
    /// report's "from Sept. 14 to Thursday" ends this week).
    private func narrativeWeekdayBase(_ pub: CalendarDay) -> CalendarDay? {
        guard let day = lastDay, lastDayNamedWeekday, !lastDayIsByline, sentence - lastDaySentence <= 3,
              day.dayNumber < pub.dayNumber - 14 else { return nil }
        return day
    }

    /// A candidate within `near` of the reference wins whatever the cue says: cues are found
    /// less reliably than dates are near the publication date.
    /// Without a publication date, the year of a year-less month or day (`sample` gives its
    /// month) is taken from the narrative: the candidate month nearest the last day or month the
    /// text named ("On March 10, 2023 … On April 6 …" is 2023), or that year when the last
    /// time named was a year alone ("In 2019 … in April"). Nil when the text has named no time yet.
    private func narrativeYear(_ sample: CalendarDay?, forward: Bool = false) -> Int? {
        guard let month = sample?.month else { return nil }
        guard let (ref, hasMonth) = lastNamed else { return nil }
        if !hasMonth { return ref.year }
        return Self.year(of: month, nearest: ref, forward: forward)
    }

    /// The year, among the reference's and its neighbours, that puts `month` nearest the
    /// reference month. With `forward` (in a review the story goes forward) a month behind the
    /// reference costs three times its distance, so "January 2003 … in August" is August 2003, but
    /// "March 2023 … in February" is February 2023; a news report's background, told from its
    /// dateline, looks back as often.
    static func year(of month: Int, nearest ref: CalendarDay, forward: Bool = false) -> Int {
        let here = ref.year * 12 + ref.month
        func cost(_ y: Int) -> Int { let d = y * 12 + month - here; return d >= 0 || !forward ? abs(d) : -3 * d }
        return [ref.year - 1, ref.year, ref.year + 1].min { cost($0) < cost($1) }!
    }

    /// The year of a chronology's entry without one: that of a year named alone as its heading,
    /// in one of the two sentences before (a title, then "Timeline"), when no day has come since
    /// or it is later than the last day ("The 2022 entries: - Jan. 23 — …", "2021\n- March 3:
    /// …", "began the year quarrelling ¶ January"; not "…, the first since 2016. - April 2: …",
    /// nor another year a sentence of background names: "In 2012 the two agreed … ¶ 16 June - …"
    /// under a byline of 2017), else the one nearest the entry before it, forward or back ("May
    /// 27, 2023: … May 29: …").
    private func entryYear(month: Int, day: Int) -> Int? {
        if let (ref, hasMonth) = lastNamed, !hasMonth, lastNamedIsHeading || ref.year == publication?.year, sentence - lastNamedSentence <= 2,
           lastDayIsByline || lastDay.map({ ref.year > $0.year }) ?? true { return ref.year }
        // (a month heading since the last day is nearer: "January ¶ 10 January – …" under a
        // byline of December 29 is that January's tenth)
        var reference = lastDay
        if let (ref, hasMonth) = lastNamed, hasMonth, lastNamedIsHeading, lastNamedSentence > lastDaySentence { reference = ref }
        guard let last = reference else { return nil }
        func distance(_ y: Int) -> Int { abs(CalendarDay(year: y, month: month, day: min(day, 28))!.dayNumber - last.dayNumber) }
        return (last.year - 1...last.year + 1).min { distance($0) < distance($1) }!
    }

    /// "Algeria imposed the freeze in June 2022, days after suspending its 2002 treaty on June
    /// 8": a year-less month or day told in the past in the sentence that named a month of
    /// another year lies near that month (the nearest candidate). Nil otherwise.
    private func sentenceYear(month: Int, pub: CalendarDay, cue: () -> TenseCue?) -> Int? {
        guard let (ref, named) = lastNamedMonth, named == sentence, ref.year != pub.year, cue() == .past else { return nil }
        // (a tie goes forward when that is not after the publication: "his first journey, in May,
        // …, while the last, in November, took him to South America")
        let here = ref.year * 12 + ref.month, y = Self.year(of: month, nearest: ref)
        if abs((y + 1) * 12 + month - here) == abs(y * 12 + month - here),
           let later = CalendarDay(year: y + 1, month: month, day: 1), later <= pub { return y + 1 }
        return y
    }

    /// In a review of past years ("On May 29, 2014, … on July 4 …" in a 2016 article), a
    /// year-less month or day follows the story's last month or day named with its year, when
    /// that lies more than a year before the publication date and the text has named no time
    /// near the publication date yet (a news report's background dates are asides): the
    /// candidate nearest to it that is not after the publication date. Nil otherwise (the
    /// publication date decides).
    private func olderNarrativeYear(month: Int, day: Int, before pub: CalendarDay) -> Int? {
        // (or a year named alone in this sentence or the one before: "Her reading of 1963 is more
        // original. On 14 June the Chinese party sent Moscow a letter")
        // (not when this sentence named a month of its own: "in June 2022, days after suspending its
        // 2002 treaty on June 8")
        if !touchedPresent, let (ref, hasMonth) = lastNamed, !hasMonth, sentence - lastNamedSentence <= 1,
           lastNamedMonth.map({ $0.sentence != sentence }) ?? true,
           ref.year < pub.year - 1, let candidate = CalendarDay(year: ref.year, month: month, day: min(day, 28)), candidate <= pub {
            return ref.year
        }
        guard !touchedPresent, let (ref, hasMonth) = lastNamed, hasMonth, ref.dayNumber < pub.dayNumber - 365,
              let y = narrativeYear(CalendarDay(year: 2000, month: month, day: 1), forward: true),
              let candidate = CalendarDay(year: y, month: month, day: min(day, 28)), candidate <= pub else { return nil }
        return y
    }

    private func choose(around year: Int, near: Int, cue: () -> TenseCue?, position: (Int) -> Int?, reference: () -> Int) -> Int {
        let ref = reference()
        let candidates = [year - 1, year, year + 1].compactMap { y in position(y).map { (y, $0) } }
        guard !candidates.isEmpty else { return year }
        if let close = candidates.min(by: { abs($0.1 - ref) < abs($1.1 - ref) }), abs(close.1 - ref) <= near { return close.0 }
        switch cue() {
        case .past?:
            if let best = candidates.filter({ $0.1 <= ref }).max(by: { $0.1 < $1.1 }) { return best.0 }
        case .future?:
            if let best = candidates.filter({ $0.1 >= ref }).min(by: { $0.1 < $1.1 }) { return best.0 }
        default:
            break
        }
        // Without a cue, news speaks of what happened: a later candidate must be three times
        // closer than an earlier one to win ("in January" in late October is last January, but
        // "Dec. 15" is the coming one).
        func cost(_ c: (Int, Int)) -> Int { c.1 > ref ? 3 * (c.1 - ref) : ref - c.1 }
        return candidates.min(by: { cost($0) < cost($1) || (cost($0) == cost($1) && $0.1 < $1.1) })!.0
    }

    private func direction(_ r: RelativeWord) -> Int {
        switch r {
        case .last, .past, .previous: return -1
        case .next, .coming, .following: return 1
        default: return 0
        }
    }

    /// The value `amount` units from `base`, at the unit's granularity (or `granularity`).
    static func shifted(_ base: CalendarDay, unit: TimeUnit, amount: Int, granularity: TimeUnit?) -> String {
        let day: CalendarDay
        switch unit {
        case .day, .hour, .minute, .second: day = base.adding(days: unit == .day ? amount : 0)
        case .week, .weekend: day = base.adding(days: 7 * amount)
        case .month: day = base.adding(months: amount)
        case .quarter: day = base.adding(months: 3 * amount)
        case .half: day = base.adding(months: 6 * amount)
        case .year: day = base.adding(months: 12 * amount)
        case .decade: day = base.adding(months: 120 * amount)
        case .century: day = base.adding(months: 1200 * amount)
        }
        switch granularity ?? unit {
        case .day, .hour, .minute, .second: return day.description
        case .week:
            let w = TimexValue.isoWeek(of: day)
            return "\(w.year)-W\(pad(w.week))"
        case .weekend:
            let w = TimexValue.isoWeek(of: day)
            return "\(w.year)-W\(pad(w.week))-WE"
        case .month: return "\(day.year)-\(pad(day.month))"
        case .quarter: return "\(day.year)-Q\((day.month - 1) / 3 + 1)"
        case .half: return "\(day.year)-H\((day.month - 1) / 6 + 1)"
        case .year: return String(day.year)
        case .decade: return String(day.year / 10)
        case .century: return String(day.year / 100)
        }
    }

    /// The `nth` `weekday` (Monday = 1) of a month; a negative `nth` counts from the end.
    static func nthWeekday(_ nth: Int, _ weekday: Int, month: Int, year: Int) -> CalendarDay? {
        guard let first = CalendarDay(year: year, month: month, day: 1) else { return nil }
        if nth > 0 {
            let offset = (weekday - first.weekday + 7) % 7 + (nth - 1) * 7
            let day = first.adding(days: offset)
            return day.month == month ? day : nil
        }
        let last = CalendarDay(year: year, month: month, day: CalendarDay.daysIn(month: month, year: year))!
        let day = last.adding(days: -((last.weekday - weekday + 7) % 7) + (nth + 1) * 7)
        return day.month == month ? day : nil
    }

    static func seasonMiddle(_ season: String) -> Int {
        switch season {
        case "SP": return 4
        case "SU": return 7
        case "FA": return 10
        default: return 13
        }
    }

    static func dayValue(_ y: Int, _ m: Int, _ d: Int) -> String { "\(y)-\(pad(m))-\(pad(d))" }

    static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
}
