/// A token of the actor resolver's own light tokenizer, with byte and scalar offsets.
///
/// The resolver does not need full linguistic tokens: it needs words (with internal hyphens,
/// apostrophes and abbreviation periods kept, so `Jong-un`, `O'Brien`, `U.S.` and `Mr.` are
/// one token each), the possessive `'s` as a token of its own, and punctuation.
struct ActorToken: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punctuation }

    /// The token text; typographic apostrophes are normalized to `'`.
    var text: String
    var kind: Kind
    /// Unicode scalar offsets into the document text.
    var start: Int
    var end: Int
    /// UTF-8 offsets into the document text.
    var byteStart: Int
    var byteEnd: Int
    /// The first letter is upper case (`Tokyo`, `DPRK`, `U.S.`).
    var isCapitalized: Bool
    /// The first token of a sentence (or of a line).
    var startsSentence: Bool
    /// A line break lies between the previous token and this one.
    var startsLine: Bool
    /// Every letter is upper case and there are at least two of them (`KCNA`, `SEOUL`).
    var isAllCaps: Bool
    /// Inside double quotation marks.
    var inQuote: Bool

    /// The lower-cased text, built on demand.
    var lowered: String { text.lowercased() }

    /// Whether the token is the single punctuation character `c`.
    @inline(__always)
    func isPunct(_ c: Character) -> Bool {
        kind == .punctuation && text.count == 1 && text.first == c
    }
}
