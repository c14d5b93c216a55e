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
        // Prepositions that belong to an amount, not ending the object before its noun: "per"
        // before "cent" ("a 34 per cent tariff on China"), and an approximation before an amount
        // ("detained around a dozen Russian citizens", "killed about 30 soldiers").
        for k in read.indices.dropLast() where read[k].1.contains(.preposition) {
            let h = read[k].0
            if h == TokenLiteral.per.hash {
                if read[k + 1].0 == TokenLiteral.cent.hash { read[k].1.remove(.preposition) }
                continue
            }
            guard h == TokenLiteral.around.hash || h == TokenLiteral.about.hash || h == TokenLiteral.approximately.hash
                    || h == TokenLiteral.roughly.hash else { continue }
            var j = k + 1
            if read[j].0 == TokenLiteral.a.hash, j + 1 < read.count { j += 1 }
            if lowers[j].first?.isNumber == true || TokenLiteral.amountWords.contains(where: { $0.hash == read[j].0 }) {
                read[k].1.remove(.preposition)
            }
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
