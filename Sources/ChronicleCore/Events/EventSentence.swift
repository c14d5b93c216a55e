/// A dated temporal expression as the event coder reads it.
public struct TimeSpan: Sendable, Hashable {
    /// The words in the text.
    public var text: String
    /// Scalar offsets `[start, end)` in the document.
    public var start: Int
    public var end: Int
    /// The TimeML value (`2018-04-11`, `2018-04`).
    public var value: String
    /// The first and last days the expression covers.
    public var dateStart: CalendarDay
    public var dateEnd: CalendarDay
    /// The temporal tagger's record, kept for ``CodedDocument/times``.
    public var record: TimeRecord?
    /// Whether the expression dates its own clause only (see
    /// ``TemporalExpression/datesOwnClauseOnly``): a "since" clause, an accord's day.
    public var datesOwnClauseOnly = false
    /// Whether the expression is a date line the text below means by "today" (see
    /// ``TemporalExpression/setsToday``).
    public var setsToday = false

    /// Creates a time span.
    public init(text: String, start: Int, end: Int, value: String, dateStart: CalendarDay,
                dateEnd: CalendarDay) {
        self.text = text
        self.start = start
        self.end = end
        self.value = value
        self.dateStart = dateStart
        self.dateEnd = dateEnd
    }

    /// A day the coder infers rather than reads (a speaker's day, a place's meeting day, the
    /// publication day), as an empty span at scalar offset `start`.
    static func day(_ day: CalendarDay, at start: Int) -> TimeSpan {
        TimeSpan(text: "", start: start, end: start, value: day.description, dateStart: day, dateEnd: day)
    }
}

/// One sentence with everything the event coder needs: words, actors and dates.
public struct EventSentence: Sendable, Hashable {
    /// 0-based position in the document.
    public var index: Int
    /// Scalar offsets of the sentence in the document.
    public var start: Int
    public var end: Int
    /// The sentence text.
    public var text: String
    /// The words, in order.
    public var tokens: [EventToken]
    /// Actor mentions inside the sentence, in order.
    public var actors: [ActorSpan]
    /// Dated temporal expressions inside the sentence, in order.
    public var times: [TimeSpan]
    /// Index of the paragraph (blank-line separated block) holding the sentence.
    public var paragraph: Int
    /// Index into ``actors`` of who speaks the sentence (a statement's author, a quotation's
    /// speaker), when known; that actor may not be mentioned in the sentence itself.
    public var speaker: Int?
    /// Whether the sentence opens inside a quotation: its present tense is the time of the
    /// speech, not of the publication.
    public var quoted = false
    /// Indices into ``actors`` of the subject a list item leaves out: "The Ministers: … 1.
    /// Condemned …" is said by whoever the line before the colon named (see
    /// ``EventCoder/listSubject(_:opener:)``).
    public var impliedSubject: [Int] = []
    /// Whether the sentence begins a line of the text (a list item, a chronology's entry).
    public var startsLine = false

    /// Creates a sentence view; actors and times are sorted by offset.
    public init(index: Int, start: Int, end: Int, text: String, tokens: [EventToken],
                actors: [ActorSpan] = [], times: [TimeSpan] = [], paragraph: Int = 0) {
        self.index = index
        self.start = start
        self.end = end
        self.text = text
        self.tokens = tokens
        self.actors = actors.sorted { $0.start < $1.start }
        self.times = times.sorted { $0.start < $1.start }
        self.paragraph = paragraph
    }

    /// Whether token `k` lies inside one of the sentence's temporal expressions.
    func inTime(_ k: Int) -> Bool {
        let t = tokens[k]
        return times.contains { $0.start <= t.start && t.end <= $0.end }
    }

    /// The token range `[first, last]` covered by a scalar span, if any token falls in it.
    func tokenRange(start: Int, end: Int) -> ClosedRange<Int>? {
        var first: Int?
        var last: Int?
        for (i, t) in tokens.enumerated() where t.start < end && t.end > start {
            if first == nil { first = i }
            last = i
        }
        guard let f = first, let l = last else { return nil }
        return f...l
    }
}
