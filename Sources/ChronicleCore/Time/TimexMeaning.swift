/// What a recognized expression means before it is anchored: the grammar's output, which
/// ``TimexResolver`` turns into a TimeML value with the publication date, the narrative clock
/// and the tense of the clause.
enum TimexMeaning: Sendable {
    /// A value that needs no anchor (`2018-04-11`, `197`, `P3D`, `PRESENT_REF`).
    case fixed(String)
    /// A calendar day; a nil year is chosen from the context.
    case day(year: Int?, month: Int, day: Int)
    /// A month; a nil year is chosen from the context.
    case month(year: Int?, month: Int)
    /// A season (`SP`, `SU`, `FA`, `WI`); a nil year is chosen from the context.
    case season(year: Int?, season: String)
    /// A quarter 1–4; a nil year is chosen from the context.
    case quarter(year: Int?, quarter: Int)
    /// The quarter just mentioned, in another year ("the 1988 period", "last year's quarter");
    /// `year` is absolute, or a shift from the publication year when `relative`.
    case quarterOfYear(year: Int, relative: Bool, quarter: Int?)
    /// A half-year 1–2; a nil year is chosen from the context.
    case half(year: Int?, half: Int)
    /// A weekday (Monday = 1): `shift` nil for a bare weekday, else "last/next/this Tuesday".
    case weekday(Int, shift: RelativeWord?)
    /// A weekday with its day of the month and no month ("Sunday the 26th", Monday = 1).
    case weekdayDate(Int, day: Int)
    /// A day of the month alone ("on the 13th"): of the month nearest the story's day.
    case dayOfMonth(Int)
    /// A month, or a day of it, of a year given relative to the publication year: "July last
    /// year", "30 July last year".
    case monthOfYear(month: Int, yearShift: Int, day: Int? = nil)
    /// A month, or a day of it, in the year the narrative has reached: "that June", "June of
    /// that year", "13 September that year".
    case inNarrativeYear(month: Int, day: Int?)
    /// A named month shifted: "last April", "next April", "this April".
    case shiftedMonth(Int, shift: RelativeWord)
    /// A named season shifted: "last summer".
    case shiftedSeason(String, shift: RelativeWord)
    /// The period `amount` units from the anchor, at the unit's granularity ("last week",
    /// "two days later", "this year"); `granularity` overrides the unit's ("five years ago today").
    case shift(unit: TimeUnit, amount: Int, anchor: Anchor, granularity: TimeUnit?)
    /// A fixed phrase from `phrases.tsv` or `holidays.tsv`.
    case phrase(PhraseEntry)
    /// A clock time on a day (nil: the narrative or publication day).
    indirect case clock(base: TimexMeaning?, hour: Int, minute: Int)
    /// A part of a day ("Friday morning" → `TMO`).
    indirect case partOfDay(base: TimexMeaning, part: String)
    /// The ISO week of a day ("the week of March 6" → `2000-W10`).
    indirect case weekOf(TimexMeaning)
    /// A range, written as an interval of the two resolved values.
    indirect case range(TimexMeaning, TimexMeaning)
}

/// One match of the grammar: the tokens it covers and what they mean.
struct TimexMatch: Sendable {
    /// The first token.
    var first: Int
    /// The token after the last one.
    var end: Int
    var type: TimexType
    var meaning: TimexMeaning
    var mod: String?
    /// The expression may take a leading "the" into its extent ("the 1970s", "the third quarter").
    var takesThe = false
    /// For a range, the tokens of its two ends ("October 6" and "8" in "October 6-8").
    var parts: (Range<Int>, Range<Int>)?
    /// "N units ago/earlier": compared with a period just mentioned ("a year ago" after a quarter).
    var comparative = false
    /// "two days later": the tokens and the value of the length alone ("two days", `P2D`), which
    /// TimeML tags as a DURATION (with "later" as a signal) where Chronicle gives the date.
    var length: (Range<Int>, String)?
}
