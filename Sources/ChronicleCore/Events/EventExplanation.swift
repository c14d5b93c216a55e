/// Why the coder produced an event: the pattern and rule that fired and the spans it used.
///
/// `chronicle code --explain` prints it beside each event record (as an extra `explanation`
/// field). Spans are Unicode scalar offsets `[start, end)` into the document text.
public struct EventExplanation: Sendable, Hashable, Codable {
    /// The event's id (the record's `id`).
    public var event: String
    /// The lexicon pattern that matched (`V0412`, `N0031`).
    public var pattern: String
    /// The rule that applied: `verb`, `verb+passive`, `noun`, `complement`, `intent`, `future`,
    /// `conditional`, `reported`, combined with `+`.
    public var rule: String
    /// The source actor's span.
    public var source: [Int]
    /// The verb (or event noun) span.
    public var verb: [Int]
    /// The target actor's span, when there is a target.
    public var target: [Int]?
    /// The temporal expression's span, when the date came from one.
    public var date: [Int]?

    /// Creates an explanation.
    public init(event: String, pattern: String, rule: String, source: [Int], verb: [Int],
                target: [Int]?, date: [Int]?) {
        self.event = event
        self.pattern = pattern
        self.rule = rule
        self.source = source
        self.verb = verb
        self.target = target
        self.date = date
    }
}

/// An event found in a sentence before dating and record building.
struct EventCandidate: Sendable, Hashable {
    var sentence: Int
    var pattern: String
    var rule: String
    var code: String
    var mode: EventMode
    var source: Int
    var target: Int?
    /// Token range of the verb or event noun.
    var trigger: ClosedRange<Int>
    /// Token range of the clause, for choosing the governing temporal expression.
    var clause: ClosedRange<Int>
    var confidence: Double
    /// Roots of the act an anaphoric object names ("condemned the launches"), when the clause
    /// has no target of its own: the target is the author of the latest such act.
    var anaphor: Set<String> = []
    /// The lemmas of the noun that names that act ("test" in "condemned the test"), so that an
    /// earlier act of the same word ("tested") is preferred to a later act of another.
    var anaphorLemmas: Set<String> = []
    /// Whether the target is the victim the object's act noun names ("condemned the strikes on
    /// Eritrea"): the author of that act, told before, is whom the reaction is aimed at.
    var victimTarget = false
    /// A target found outside the sentence (by ``anaphor``, or a group's party).
    var resolvedTarget: ActorSpan?
    /// A source found outside the sentence: a party of a group subject ("the two leaders").
    var resolvedSource: ActorSpan?
    /// The first day of the act ``anaphor`` resolved to: no answer to it comes before it.
    var answeredDay: CalendarDay?
    /// A second read of an act named again ("Iran condemned the strikes"), aimed at the act's
    /// other author of another country ("The United States and Britain launched strikes"), if
    /// there is one.
    var coAuthorRead = false
    /// Whether the candidate is a mutual act of coordinated parties toward each other ("Armenia
    /// and Azerbaijan traded accusations"), read once for the pair.
    var mutual = false
}
