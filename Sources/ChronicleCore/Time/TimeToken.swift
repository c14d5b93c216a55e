/// A token of the time grammar: a word, a digit run or one punctuation mark, with its byte and
/// Unicode scalar offsets and the lexicon id of its lowercased form.
struct TimeToken: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punct }

    var kind: Kind
    /// The punctuation mark, with typographic quotes and dashes folded to `'`, `"` and `-`.
    var punct: UInt8 = 0
    /// The lexicon id (words), a punctuation key (marks), or -1.
    var key: Int32 = -1
    var start: Int32 = 0
    var end: Int32 = 0
    var scalarStart: Int32 = 0
    var scalarEnd: Int32 = 0
    /// Whitespace separates this token from the previous one.
    var spaceBefore = false
    /// A line break separates this token from the previous one.
    var newlineBefore = false
    /// The first letter is a capital.
    var capitalized = false
    /// Every letter is a capital (and there are at least two).
    var allCaps = false
    /// The value of a digit run (up to 18 digits).
    var value = 0
    /// The number of digits of a digit run.
    var digits = 0
    /// The token is inside double quotes (opened in the same paragraph).
    var quoted = false
    /// The sentence the token belongs to (0-based).
    var sentence: Int32 = 0

    init(kind: Kind) { self.kind = kind }

    /// The key under which a punctuation mark is stored in phrases.
    static func punctKey(_ byte: UInt8) -> Int32 { -1000 - Int32(byte) }

    /// The number of bytes of a word or number.
    var length: Int { Int(end - start) }
}
