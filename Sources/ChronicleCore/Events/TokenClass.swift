/// What the clause reader asks about a word, answered once per token as bits.
///
/// The clause reader and the noun coder test each word against the closed classes of
/// ``ClauseWords`` (determiners, prepositions, auxiliaries...) and its shape (capitalized,
/// punctuation, `-ed`, `-ing`) many times per sentence. Hashing the word into a dozen sets at
/// every test was the coder's largest cost; ``EventToken`` now computes these bits when it is
/// made (one table lookup and one pass over the word) and the readers test bits.
///
/// ```swift
/// let t = EventToken(form: "Would", start: 0, end: 5)   // computes t.classes
/// t.classes.contains(.modal)        // true
/// t.classes.contains(.capitalized)  // true
/// ```
struct TokenClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    // Closed classes (from ``ClauseWords``), by the lowercased form.
    static let determiner = TokenClass(rawValue: 1 << 0)
    static let preposition = TokenClass(rawValue: 1 << 1)
    static let subordinator = TokenClass(rawValue: 1 << 2)
    static let relative = TokenClass(rawValue: 1 << 3)
    static let conjunction = TokenClass(rawValue: 1 << 4)
    static let pronoun = TokenClass(rawValue: 1 << 5)
    static let negation = TokenClass(rawValue: 1 << 6)
    static let modal = TokenClass(rawValue: 1 << 7)
    static let be = TokenClass(rawValue: 1 << 8)
    static let have = TokenClass(rawValue: 1 << 9)
    static let `do` = TokenClass(rawValue: 1 << 10)
    /// A listed adverb (``ClauseWords/adverbs``) or an `-ly` word (``ClauseWords/isLyAdverb(_:)``).
    static let adverb = TokenClass(rawValue: 1 << 11)
    /// ``ClauseWords/clauseBreaks``, by the form as written.
    static let clauseBreak = TokenClass(rawValue: 1 << 12)

    // Shape.
    /// The first character is an uppercase letter.
    static let capitalized = TokenClass(rawValue: 1 << 13)
    /// No letter and no digit.
    static let punctuation = TokenClass(rawValue: 1 << 14)
    /// Letters only.
    static let alphabetic = TokenClass(rawValue: 1 << 15)
    /// The lowercased form ends in `ed`, `en`, `ing`, `s` (`ss` included), `ss`.
    static let endsED = TokenClass(rawValue: 1 << 16)
    static let endsEN = TokenClass(rawValue: 1 << 17)
    static let endsING = TokenClass(rawValue: 1 << 18)
    static let endsS = TokenClass(rawValue: 1 << 19)
    static let endsSS = TokenClass(rawValue: 1 << 20)

    // Speech.
    /// ``Speakers/firstPerson``: `I`, `we`, `our`...
    static let firstPerson = TokenClass(rawValue: 1 << 21)
    /// ``Speakers/reportVerbs``: `said`, `told`, `added`...
    static let reportVerb = TokenClass(rawValue: 1 << 22)
    /// ``ClauseWords/conditionals``: `if`, `unless`.
    static let conditional = TokenClass(rawValue: 1 << 23)
    /// A double quotation mark, straight or curly.
    static let quote = TokenClass(rawValue: 1 << 24)

    /// Auxiliary words: modals and forms of `be`, `have` and `do`.
    static let auxiliary: TokenClass = [.modal, .be, .have, .do]

    /// The closed classes of each listed word, built once from ``ClauseWords``.
    private static let closed: HashTable64<TokenClass> = {
        var table = HashTable64<TokenClass>(capacity: 256)
        func add(_ words: Set<String>, _ c: TokenClass) {
            for w in words { table.update(PhraseHash.token(w.utf8, lowered: false), default: []) { $0.insert(c) } }
        }
        add(ClauseWords.determiners, .determiner)
        add(ClauseWords.prepositions, .preposition)
        add(ClauseWords.subordinators, .subordinator)
        add(ClauseWords.relatives, .relative)
        add(ClauseWords.conjunctions, .conjunction)
        add(ClauseWords.pronouns, .pronoun)
        add(ClauseWords.negations, .negation)
        add(ClauseWords.modals, .modal)
        add(ClauseWords.beForms, .be)
        add(ClauseWords.haveForms, .have)
        add(ClauseWords.doForms, .do)
        add(ClauseWords.adverbs, .adverb)
        // Clause breaks are punctuation: their lowercased form is their form.
        add(ClauseWords.clauseBreaks, .clauseBreak)
        add(Speakers.firstPerson, .firstPerson)
        add(Speakers.reportVerbs, .reportVerb)
        add(ClauseWords.conditionals, .conditional)
        add(["\"", "“", "”"], .quote)
        return table
    }()

    /// The classes of a word given as written and lowercased, with the ``PhraseHash`` of the
    /// lowercased form.
    init(form: String, lower: String, key: UInt64) {
        // The last three bytes, packed (zeros before a short word's first byte).
        var tail: UInt32 = 0
        for b in lower.utf8 { tail = (tail << 8 | UInt32(b)) & 0xFF_FFFF }
        self.init(key: key, shape: Self.shape(of: form), tail: tail, byteCount: lower.utf8.count, lower: lower)
    }

    init(rawValue: UInt32) { self.rawValue = rawValue }

    /// What one pass over an all-ASCII word finds: the ``PhraseHash`` of its lowercase form, its
    /// shape and its last three lowercase bytes. Nil for a word with a non-ASCII byte.
    struct ASCIIWord {
        var key: UInt64
        var shape: TokenClass
        var hasCapital: Bool
        /// The last three bytes of the lowercase form, packed (zeros before a short word's first).
        var tail: UInt32
        var count: Int

        @inline(__always)
        static func lowered(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

        /// An all-ASCII word in lowercase, written straight into the new string's storage.
        static func lowercased(_ word: String) -> String {
            var word = word
            return word.withUTF8 { bytes in
                String(unsafeUninitializedCapacity: bytes.count) { out in
                    for k in 0..<bytes.count { out[k] = lowered(bytes[k]) }
                    return bytes.count
                }
            }
        }

        init?(_ bytes: UnsafeBufferPointer<UInt8>) {
            var h = PhraseHash.seed
            var tail: UInt32 = 0
            var capital = false
            var letters = true
            var letterOrDigit = false
            for b in bytes {
                if b >= 0x80 { return nil }
                let c = Self.lowered(b)
                capital = capital || c != b
                let isLetter = c >= 0x61 && c <= 0x7A
                if isLetter || (b >= 0x30 && b <= 0x39) { letterOrDigit = true }
                if !isLetter { letters = false }
                h = PhraseHash.step(h, c)
                tail = (tail << 8 | UInt32(c)) & 0xFF_FFFF
            }
            var shape: TokenClass = []
            if let first = bytes.first, first >= 0x41 && first <= 0x5A { shape.insert(.capitalized) }
            if !letterOrDigit { shape.insert(.punctuation) }
            if letters { shape.insert(.alphabetic) }
            self.key = h == 0 ? 1 : h
            self.shape = shape
            self.hasCapital = capital
            self.tail = tail
            self.count = bytes.count
        }
    }

    /// The classes of an all-ASCII word from its one-pass reading and its lowercase form.
    init(ascii w: ASCIIWord, lower: String) {
        self.init(key: w.key, shape: w.shape, tail: w.tail, byteCount: w.count, lower: lower)
    }

    /// Closed classes by key, the shape, `-ly` adverbs (tested only for words of more than
    /// four bytes ending in `ly`) and the endings from the last three lowercase bytes.
    private init(key: UInt64, shape: TokenClass, tail: UInt32, byteCount: Int, lower: String) {
        var c = Self.closed.find(key) ?? []
        // A capitalized "May" is the month or a name ("in May brought", "Theresa May said").
        if shape.contains(.capitalized), c.contains(.modal), lower == "may" { c.remove(.modal) }
        c.formUnion(shape)
        let l = UInt32(UInt8(ascii: "l")), y = UInt32(UInt8(ascii: "y"))
        if !c.contains(.adverb), byteCount > 4, tail & 0xFFFF == l << 8 | y, ClauseWords.isLyAdverb(lower) {
            c.insert(.adverb)
        }
        c.formUnion(Self.endings(tail))
        self = c
    }

    /// `-ed`, `-en`, `-ing`, `-s`, `-ss` from the last three lowercase bytes, packed.
    private static func endings(_ tail: UInt32) -> TokenClass {
        var c: TokenClass = []
        func ends(_ suffix: UInt32, bytes: Int) -> Bool {
            tail & ((1 << (8 * UInt32(bytes))) - 1) == suffix
        }
        let (d, e, g, i, n, s) = (UInt32(UInt8(ascii: "d")), UInt32(UInt8(ascii: "e")), UInt32(UInt8(ascii: "g")),
                                  UInt32(UInt8(ascii: "i")), UInt32(UInt8(ascii: "n")), UInt32(UInt8(ascii: "s")))
        if ends(e << 8 | d, bytes: 2) { c.insert(.endsED) }
        if ends(e << 8 | n, bytes: 2) { c.insert(.endsEN) }
        if ends(i << 16 | n << 8 | g, bytes: 3) { c.insert(.endsING) }
        if ends(s, bytes: 1) { c.insert(.endsS) }
        if ends(s << 8 | s, bytes: 2) { c.insert(.endsSS) }
        return c
    }

    /// `capitalized`, `punctuation` and `alphabetic` of a form: on its bytes when it is ASCII,
    /// on its scalars' Unicode properties otherwise.
    private static func shape(of form: String) -> TokenClass {
        var c: TokenClass = []
        var letters = true
        var letterOrDigit = false
        if form.utf8.allSatisfy({ $0 < 0x80 }) {
            for v in form.utf8 {
                let isLetter = (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
                if isLetter || (v >= 48 && v <= 57) { letterOrDigit = true }
                if !isLetter { letters = false }
            }
            if let v = form.utf8.first, v >= 65 && v <= 90 { c.insert(.capitalized) }
        } else {
            for scalar in form.unicodeScalars {
                let isLetter = scalar.properties.isAlphabetic
                if isLetter || (scalar.value >= 48 && scalar.value <= 57) { letterOrDigit = true }
                if !isLetter { letters = false }
            }
            if form.unicodeScalars.first?.properties.isUppercase == true { c.insert(.capitalized) }
        }
        if !letterOrDigit { c.insert(.punctuation) }
        if letters { c.insert(.alphabetic) }
        return c
    }
}
