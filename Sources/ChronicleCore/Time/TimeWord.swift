/// A unit of time as the grammar reads it ("years", "quarter", "weekend").
enum TimeUnit: String, Sendable {
    case year = "Y", month = "M", week = "W", day = "D", hour = "H", minute = "MIN", second = "S"
    case decade = "DE", century = "CE", quarter = "Q", weekend = "WE", half = "H6"

    /// The TimeML duration of `amount` units (`P3D`, `PT24H`, `P2DE`); `amount` nil is `X`.
    func duration(_ amount: String) -> String {
        switch self {
        case .hour: return "PT\(amount)H"
        case .minute: return "PT\(amount)M"
        case .second: return "PT\(amount)S"
        case .weekend: return "P\(amount)WE"
        case .half: return Int(amount).map { "P\($0 * 6)M" } ?? "PXM"
        case .quarter: return Int(amount).map { "P\($0 * 3)M" } ?? "PXM"    // TimeML has no quarter unit
        default: return "P\(amount)\(rawValue)"
        }
    }
}

/// How a word shifts a period: "last week", "next month", "this year".
enum RelativeWord: String, Sendable {
    case last = "LAST", next = "NEXT", this = "THIS", past = "PAST", coming = "COMING"
    case previous = "PREVIOUS", following = "FOLLOWING", same = "SAME", current = "CURRENT"
    case recent = "RECENT"
}

/// A word after "N units": "two days ago", "a week later".
enum PostWord: String, Sendable {
    case ago = "AGO", later = "LATER", earlier = "EARLIER", before = "BEFORE", after = "AFTER"
    case hence = "HENCE"
}

/// A code from the vocabulary: a season, a part of the day, or a mod. An enum (not a String)
/// keeps ``TimeWord`` a plain value that copies without reference counting.
enum TimeCode: String, Sendable {
    case SP, SU, FA, WI, MO, AF, EV, NI, MI, NO, START, MID, END
}

/// What a nearby word says about when the clause happens.
enum TenseCue: String, Sendable {
    /// `nearest`: a plan told in the past ("talks that were due to take place on Wednesday"),
    /// whose day may lie on either side of the publication: the closer one.
    case future, past, report, nearest
}

/// Everything the temporal lexicon knows about one word (from `Resources/time/*.tsv`).
///
/// A word can play several parts ("may" is a month, "second" an ordinal and a unit, "last" an
/// ordinal and a relative word); the grammar decides which from the context.
struct TimeWord: Sendable {
    // Small stored fields keep the entry compact: the grammar copies entries often.
    private var month8: Int8 = 0
    private var weekday8: Int8 = 0
    private var weekdays8: Int8 = 0
    private var meridiem8: Int8 = 0
    private var cardinal32: Int32 = Int32.min
    private var ordinal8: Int8 = Int8.min

    var month: Int { get { Int(month8) } set { month8 = Int8(newValue) } }
    var weekday: Int { get { Int(weekday8) } set { weekday8 = Int8(newValue) } }
    var weekdays: Int { get { Int(weekdays8) } set { weekdays8 = Int8(newValue) } }
    /// 1 for a.m., 2 for p.m.
    var meridiem: Int { get { Int(meridiem8) } set { meridiem8 = Int8(newValue) } }
    /// A cardinal number; -1 for a vague amount ("several", "few").
    var cardinal: Int? {
        get { cardinal32 == Int32.min ? nil : Int(cardinal32) }
        set { cardinal32 = newValue.map { Int32($0) } ?? Int32.min }
    }
    var ordinal: Int? {
        get { ordinal8 == Int8.min ? nil : Int(ordinal8) }
        set { ordinal8 = newValue.map { Int8($0) } ?? Int8.min }
    }
    var season: TimeCode?
    var unit: TimeUnit?
    var daypart: TimeCode?
    var part: TimeCode?
    var premod: TimeCode?
    var relative: RelativeWord?
    var post: PostWord?
    var approx = false
    var moreThan = false
    var lessThan = false
    var zone = false
    var setUnit: TimeUnit?
    var abbreviation = false
    var tense: TenseCue?
    /// A form of "be" ("is", "been"): a participle right after it takes no tense of its own
    /// ("will be paid", "is heard").
    var isBeForm = false
    /// Right before a year-less date, points to the future unless the clause has a verb cue
    /// ("by February", "effective Feb. 1").
    var isDeadline = false
    /// Before "to" and a verb, says that the infinitive's clause is still to come ("agreed to
    /// meet in July", "an invitation to visit in the autumn").
    var isCommitment = false
    /// A participle of settling ("reached", "signed") that, after an accord noun and before "on"
    /// and a date, makes the date the accord's own.
    var isSettling = false
    /// A noun of an accord ("agreement", "truce"): see ``isSettling``.
    var isAccord = false
    /// A hyphenated prefix that gives a mod: "pre-" (BEFORE), "post-" (AFTER).
    var prefixMod: String?
    /// May stand between an amount and its unit ("two more weeks", "eight trading days").
    var isFiller = false
    /// A preposition or conjunction.
    var isLink = false
    /// A modal verb ("will", "could"): "will one day be" speaks of a time to come.
    var isModal = false
    /// After a sentence-initial "Now", makes it a discourse marker ("Now I had ...").
    var followsDiscourseNow = false
    /// Makes a name of the weekday after it ("Good Friday").
    var namesWeekday = false
    /// A short form that needs a following number or "." ("Sept", "Wed").
    var isShortForm = false
    /// The word is the first of a fixed phrase.
    var startsPhrase = false
    /// The word can begin an expression (tested before any rule runs).
    var canStart = false
    /// Before a four-digit number, shows it is not a year ("Resolution 2397").
    var blocksYearAfter = false
    /// After a four-digit number, shows it is not a year ("2020 people").
    var blocksYearBefore = false
}
