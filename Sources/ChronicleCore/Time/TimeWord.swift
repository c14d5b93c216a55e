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
        case .quarter: return "P\(amount)Q"
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

/// What a nearby word says about when the clause happens.
enum TenseCue: String, Sendable {
    case future, past, report
}

/// Everything the temporal lexicon knows about one word (from `Resources/time/*.tsv`).
///
/// A word can play several parts ("may" is a month, "second" an ordinal and a unit, "last" an
/// ordinal and a relative word); the grammar decides which from the context.
struct TimeWord: Sendable {
    var month = 0
    var weekday = 0
    var weekdays = 0
    var season: String?
    /// A cardinal number; -1 for a vague amount ("several", "few").
    var cardinal: Int?
    var ordinal: Int?
    var unit: TimeUnit?
    var daypart: String?
    var part: String?
    var premod: String?
    var relative: RelativeWord?
    var post: PostWord?
    var approx = false
    var moreThan = false
    var lessThan = false
    /// 1 for a.m., 2 for p.m.
    var meridiem = 0
    var zone = false
    var setUnit: TimeUnit?
    var abbreviation = false
    var tense: TenseCue?
    /// Makes a name of the weekday after it ("Good Friday").
    var namesWeekday = false
    /// A short form that needs a following number or "." ("Sept", "Wed").
    var isShortForm = false
    /// Before a four-digit number, shows it is not a year ("Resolution 2397").
    var blocksYearAfter = false
    /// After a four-digit number, shows it is not a year ("2020 people").
    var blocksYearBefore = false
}
