/// A word of a sentence as the event coder reads it.
///
/// Built from Chronicle's text and syntax layers (or, in the examples corpus, from the coder's
/// own fallback tokenizer). Offsets are Unicode scalar indices into the document text.
public struct EventToken: Sendable, Hashable {
    /// The strings of a sentence's tokens, in one object the tokens share: readers copy
    /// tokens often, and a copy then retains one object instead of four strings; a sentence
    /// allocates one such object, not one per word.
    private final class Strings: Sendable {
        let forms: [String]
        let lowers: [String]
        /// Empty when no tagger ran.
        let lemmas: [String?]
        let upos: [String?]

        init(forms: [String], lowers: [String], lemmas: [String?], upos: [String?]) {
            self.forms = forms
            self.lowers = lowers
            self.lemmas = lemmas
            self.upos = upos
        }
    }

    private let strings: Strings
    /// The token's index in ``strings``.
    private let slot: Int
    /// The word as written.
    public var form: String { strings.forms[slot] }
    /// The lowercased form.
    public var lower: String { strings.lowers[slot] }
    /// The lemma given by a tagger, when one ran.
    public var lemma: String? { strings.lemmas.isEmpty ? nil : strings.lemmas[slot] }
    /// The universal part of speech given by a tagger, when one ran.
    public var upos: String? { strings.upos.isEmpty ? nil : strings.upos[slot] }
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
        let (lower, key, classes) = Self.read(form)
        self.init(strings: Strings(forms: [form], lowers: [lower], lemmas: lemma == nil && upos == nil ? [] : [lemma?.lowercased()],
                                   upos: lemma == nil && upos == nil ? [] : [upos]),
                  slot: 0, start: start, end: end, key: key, classes: classes)
    }

    private init(strings: Strings, slot: Int, start: Int, end: Int, key: UInt64, classes: TokenClass) {
        self.strings = strings
        self.slot = slot
        self.start = start
        self.end = end
        self.key = key
        self.classes = classes
    }

    /// The tokens of a sentence's words (form and scalar offsets), sharing one string store.
    static func sentence(_ words: [(form: String, start: Int, end: Int)]) -> [EventToken] {
        var lowers: [String] = []
        var read: [(UInt64, TokenClass)] = []
        lowers.reserveCapacity(words.count)
        read.reserveCapacity(words.count)
        for w in words {
            let (lower, key, classes) = Self.read(w.form)
            lowers.append(lower)
            read.append((key, classes))
        }
        let strings = Strings(forms: words.map(\.form), lowers: lowers, lemmas: [], upos: [])
        return words.indices.map { k in
            EventToken(strings: strings, slot: k, start: words[k].start, end: words[k].end,
                       key: read[k].0, classes: read[k].1)
        }
    }

    /// A word's lowercase form, key and classes.
    private static func read(_ form: String) -> (String, UInt64, TokenClass) {
        var form = form
        if let ascii = form.withUTF8({ TokenClass.ASCIIWord($0) }) {
            // One pass over the bytes gives the key, the shape and the endings; a word with no
            // capital is its own lowercase form (no second string).
            let lower = ascii.hasCapital ? TokenClass.ASCIIWord.lowercased(form) : form
            return (lower, ascii.key, TokenClass(ascii: ascii, lower: lower))
        }
        let lower = form.lowercased()
        let key = PhraseHash.token(lower.utf8, lowered: false)
        return (lower, key, TokenClass(form: form, lower: lower, key: key))
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
    /// The span's strings and record, in one shared box copied on write (``CopyOnWrite``):
    /// the coder copies spans often (each sentence, frame and candidate holds some), and a copy
    /// then retains one object instead of six strings.
    private struct Payload: Sendable, Hashable {
        var text: String
        var country: String?
        var sector: String?
        var code: String?
        var name: String?
        var record: ActorMentionRecord?
    }

    private var payload: CopyOnWrite<Payload>

    /// The words in the text.
    public var text: String {
        get { payload.value.text }
        set { payload.value.text = newValue }
    }
    /// Scalar offsets `[start, end)` in the document.
    public var start: Int
    public var end: Int
    /// ISO 3166-1 alpha-3 (or `IGO`, `NGO`).
    public var country: String? {
        get { payload.value.country }
        set { payload.value.country = newValue }
    }
    /// CAMEO-style sector (`GOV`, `MIL`, `MED`).
    public var sector: String? {
        get { payload.value.sector }
        set { payload.value.sector = newValue }
    }
    /// CAMEO-style actor code (`JPNGOV`).
    public var code: String? {
        get { payload.value.code }
        set { payload.value.code = newValue }
    }
    /// A person's or organization's canonical name.
    public var name: String? {
        get { payload.value.name }
        set { payload.value.name = newValue }
    }
    /// Whether the actor is a news medium (a reporter rather than a participant).
    public var isMedia: Bool
    /// Whether the actor is a place mention (a city or region) rather than an agent.
    public var isPlace: Bool
    /// The actor layer's record of the mention, kept for ``CodedDocument/actors``.
    public var record: ActorMentionRecord? {
        get { payload.value.record }
        set { payload.value.record = newValue }
    }

    /// Creates an actor span.
    public init(text: String, start: Int, end: Int, country: String?, sector: String? = nil,
                code: String? = nil, name: String? = nil, isMedia: Bool = false, isPlace: Bool = false) {
        payload = CopyOnWrite(Payload(text: text, country: country, sector: sector, code: code, name: name, record: nil))
        self.start = start
        self.end = end
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
