/// A temporal expression found in a text, with its TimeML normalization.
///
/// Produced by ``TemporalTagger``. Offsets are Unicode scalar indices into the document text;
/// `value` follows TimeML (`2018-04-11`, `2018-03` with `mod` `END`, `197`, `2018-W15`, `P3D`,
/// `PRESENT_REF`), except that a range is written as an interval of two values
/// (`2018-10-06/2018-10-08`), as in Chronicle's event records.
///
/// ```swift
/// let found = TemporalTagger.shared.annotate(text: "Talks resumed on April 11.",
///                                            publicationDate: CalendarDay(iso: "2018-04-13"))
/// found[0].value      // "2018-04-11"
/// found[0].dateStart  // 2018-04-11
/// ```
public struct TemporalExpression: Sendable, Hashable {
    /// The expression as written.
    public var text: String
    /// Unicode scalar offset of the first character.
    public var start: Int
    /// Unicode scalar offset just past the last character.
    public var end: Int
    /// DATE, TIME, DURATION or SET.
    public var type: TimexType
    /// The TimeML value, or an interval `start/end` for ranges.
    public var value: String
    /// The TimeML mod (START, MID, END, APPROX, BEFORE, AFTER, MORE_THAN, LESS_THAN), if any.
    public var mod: String?
    /// What the value was resolved against; nil for absolute expressions.
    public var anchor: Anchor?
    /// The first day the value covers (DATE and TIME values that name calendar days), else nil.
    public var dateStart: CalendarDay?
    /// The last day the value covers (DATE and TIME values that name calendar days), else nil.
    public var dateEnd: CalendarDay?
    /// For a range, its two ends as expressions of their own ("October 6" and "8" in "October
    /// 6-8"): TimeML, which has no interval values, tags them separately. For "two days later"
    /// (a date on the narrative clock here), the length alone ("two days", DURATION `P2D`): TimeML
    /// tags the length and treats "later" as a signal. Empty otherwise.
    public var parts: [TemporalExpression] = []
    /// Whether the expression dates its own clause only and moves no narrative clock: it closes
    /// a clause opened by "since" ("since he took office in 2012"), or dates an accord in a
    /// reduced relative clause ("the trade agreement reached on July 30").
    public var datesOwnClauseOnly = false
    /// Whether the expression is a day alone on its line or in a dateline that the text below
    /// means by "today" (a release's date on a page of reposted releases, a transcript's
    /// header): the tagger anchors deictic expressions after it on that day.
    public var setsToday = false

    /// Creates an expression; `dateStart` and `dateEnd` are computed from `value` and `mod`
    /// with ``TimexValue/interval(of:mod:)`` unless given.
    public init(text: String, start: Int, end: Int, type: TimexType, value: String,
                mod: String? = nil, anchor: Anchor? = nil) {
        self.text = text
        self.start = start
        self.end = end
        self.type = type
        self.value = value
        self.mod = mod
        self.anchor = anchor
        if type == .date || type == .time, let span = TimexValue.interval(of: value, mod: mod) {
            dateStart = span.lowerBound
            dateEnd = span.upperBound
        }
    }

    /// How fine the value is (`.day` for `2018-04-11`, `.month` for `2018-03`), nil for
    /// durations, sets and reference values; a range has the granularity of its start.
    public var granularity: TimexGranularity? {
        type == .date || type == .time ? TimexValue.granularity(of: value) : nil
    }

    /// The record written to JSON Lines (schema in DESIGN.md).
    public var record: TimeRecord {
        TimeRecord(text: text, start: start, end: end, type: type.rawValue, value: value,
                   mod: mod, anchor: anchor?.rawValue)
    }
}
