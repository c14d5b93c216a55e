/// A word of a sentence as the event coder reads it.
///
/// Built from Chronicle's text and syntax layers (or, in the examples corpus, from the coder's
/// own fallback tokenizer). Offsets are Unicode scalar indices into the document text.
public struct EventToken: Sendable, Hashable {
    /// The token's strings, kept in one shared box: readers copy tokens often, and a copy
    /// then retains one object instead of four strings.
    private final class Strings: Sendable {
        let form: String
        let lower: String
        let lemma: String?
        let upos: String?

        init(form: String, lower: String, lemma: String?, upos: String?) {
            self.form = form
            self.lower = lower
            self.lemma = lemma
            self.upos = upos
        }
    }

    private let strings: Strings
    /// The word as written.
    public var form: String { strings.form }
    /// The lowercased form.
    public var lower: String { strings.lower }
    /// The lemma given by a tagger, when one ran.
    public var lemma: String? { strings.lemma }
    /// The universal part of speech given by a tagger, when one ran.
    public var upos: String? { strings.upos }
    /// Scalar offset of the first character.
    public var start: Int
    /// Scalar offset just past the last character.
    public var end: Int
    /// The ``PhraseHash`` of the lowercased form: the word's key in the coder's tables.
    let key: UInt64
    /// Closed classes and shape of the word, for the clause reader.
    let classes: TokenClass

    /// Creates a token.
    public init(form: String, lemma: String? = nil, upos: String? = nil, start: Int, end: Int) {
        var form = form
        self.start = start
        self.end = end
        let lower: String
        if let ascii = form.withUTF8({ TokenClass.ASCIIWord($0) }) {
            // One pass over the bytes gives the key, the shape and the endings; a word with no
            // capital is its own lowercase form (no second string).
            lower = ascii.hasCapital ? TokenClass.ASCIIWord.lowercased(form) : form
            self.key = ascii.key
            self.classes = TokenClass(ascii: ascii, lower: lower)
        } else {
            lower = form.lowercased()
            self.key = PhraseHash.token(lower.utf8, lowered: false)
            self.classes = TokenClass(form: form, lower: lower, key: key)
        }
        strings = Strings(form: form, lower: lower, lemma: lemma?.lowercased(), upos: upos)
    }

    public static func == (a: EventToken, b: EventToken) -> Bool {
        a.start == b.start && a.end == b.end && a.form == b.form && a.lemma == b.lemma && a.upos == b.upos
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(form)
        hasher.combine(lemma)
        hasher.combine(upos)
        hasher.combine(start)
        hasher.combine(end)
    }

    /// Whether the token starts with an uppercase letter.
    @inline(__always)
    var isCapitalized: Bool { classes.contains(.capitalized) }

    /// Whether the token is punctuation only.
    @inline(__always)
    var isPunctuation: Bool { classes.contains(.punctuation) }

    /// Whether the token is in any of the classes.
    @inline(__always)
    func `is`(_ c: TokenClass) -> Bool { !classes.isDisjoint(with: c) }
}

/// An actor mention as the event coder reads it: a span with its resolution.
public struct ActorSpan: Sendable, Hashable {
    /// The words in the text.
    public var text: String
    /// Scalar offsets `[start, end)` in the document.
    public var start: Int
    public var end: Int
    /// ISO 3166-1 alpha-3 (or `IGO`, `NGO`).
    public var country: String?
    /// CAMEO-style sector (`GOV`, `MIL`, `MED`).
    public var sector: String?
    /// CAMEO-style actor code (`JPNGOV`).
    public var code: String?
    /// A person's or organization's canonical name.
    public var name: String?
    /// Whether the actor is a news medium (a reporter rather than a participant).
    public var isMedia: Bool
    /// Whether the actor is a place mention (a city or region) rather than an agent.
    public var isPlace: Bool
    /// The actor layer's record of the mention, kept for ``CodedDocument/actors``.
    public var record: ActorMentionRecord?

    /// Creates an actor span.
    public init(text: String, start: Int, end: Int, country: String?, sector: String? = nil,
                code: String? = nil, name: String? = nil, isMedia: Bool = false, isPlace: Bool = false) {
        self.text = text
        self.start = start
        self.end = end
        self.country = country
        self.sector = sector
        self.code = code
        self.name = name
        self.isMedia = isMedia
        self.isPlace = isPlace
    }

    /// The actor as it appears in an event record.
    var ref: ActorRef {
        ActorRef(text: text, country: country, sector: sector, code: code ?? country, name: name)
    }
}

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
