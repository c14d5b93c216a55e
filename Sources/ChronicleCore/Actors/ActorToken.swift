/// A token of the actor resolver's own light tokenizer: offsets and hashes, no text.
///
/// The resolver does not need full linguistic tokens: it needs words (with internal hyphens,
/// apostrophes and abbreviation periods kept, so `Jong-un`, `O'Brien`, `U.S.` and `Mr.` are
/// one token each), the possessive `'s` as a token of its own, and punctuation.
///
/// A token holds no `String`: the resolver compares tokens by ``exactHash`` and ``lowerHash``
/// (``isText(_:)`` with a ``TokenLiteral``) and by ``classes``, and builds text from the document bytes only for
/// what it outputs (``ResolutionPass/tokenText(_:)``). Tokens are plain values, so copying
/// one costs no reference counting.
struct ActorToken: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punctuation }

    /// Boolean properties of a token, packed.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        /// The first letter is upper case (`Tokyo`, `DPRK`, `U.S.`).
        static let capitalized = Flags(rawValue: 1 << 0)
        /// The first token of a sentence (or of a line).
        static let startsSentence = Flags(rawValue: 1 << 1)
        /// A line break lies between the previous token and this one.
        static let startsLine = Flags(rawValue: 1 << 2)
        /// Every letter is upper case and there are at least two of them (`KCNA`, `SEOUL`).
        static let allCaps = Flags(rawValue: 1 << 3)
        /// Inside double quotation marks.
        static let inQuote = Flags(rawValue: 1 << 4)
        /// The text is not the document bytes: a typographic apostrophe, quote or dash stands
        /// for its ASCII form (`’` for `'`).
        static let normalized = Flags(rawValue: 1 << 5)
        /// A word that ends in a period: an initial or abbreviation (`H.`, `Mr.`, `U.S.`).
        static let endsWithPeriod = Flags(rawValue: 1 << 6)
    }

    // Hashes first and offsets as 32-bit integers: 48 bytes a token instead of 72, which
    // matters for a pass that walks every token of a document several times. Documents are
    // read with a size limit (`ReadOptions.maxBytes`, 20 MB by default), far below 2 GB.

    /// ``PhraseHash`` of the text and of the lower-cased text (ASCII letters folded).
    var exactHash: UInt64
    var lowerHash: UInt64
    private var start32: Int32
    private var end32: Int32
    private var byteStart32: Int32
    private var byteEnd32: Int32
    /// Length in UTF-8 bytes of the token text (after normalization: `O’Brien` counts 7).
    var length: Int32
    /// Closed-class memberships and gazetteer starts, from the hash of the lower-cased text.
    var classes: WordClass
    var kind: Kind
    var flags: Flags

    /// Unicode scalar offsets into the document text.
    var start: Int { Int(start32) }
    var end: Int { Int(end32) }
    /// UTF-8 offsets into the document text.
    var byteStart: Int { Int(byteStart32) }
    var byteEnd: Int { Int(byteEnd32) }

    init(kind: Kind, flags: Flags, length: Int32, start: Int, end: Int, byteStart: Int, byteEnd: Int,
         classes: WordClass, exactHash: UInt64, lowerHash: UInt64) {
        self.kind = kind
        self.flags = flags
        self.length = length
        start32 = Int32(truncatingIfNeeded: start)
        end32 = Int32(truncatingIfNeeded: end)
        byteStart32 = Int32(truncatingIfNeeded: byteStart)
        byteEnd32 = Int32(truncatingIfNeeded: byteEnd)
        self.classes = classes
        self.exactHash = exactHash
        self.lowerHash = lowerHash
    }

    var isCapitalized: Bool { flags.contains(.capitalized) }
    var startsSentence: Bool { flags.contains(.startsSentence) }
    var startsLine: Bool { flags.contains(.startsLine) }
    var isAllCaps: Bool { flags.contains(.allCaps) }
    var inQuote: Bool { flags.contains(.inQuote) }

    /// Whether the token text is exactly `literal` (`the`, not `The`).
    @inline(__always)
    func isText(_ literal: TokenLiteral) -> Bool { exactHash == literal.hash }

    /// Whether the lower-cased token text is `literal` (`Of` and `of` are `of`).
    @inline(__always)
    func isLower(_ literal: TokenLiteral) -> Bool { lowerHash == literal.hash }

    /// Whether the token text is exactly one of `literals`.
    func isText(oneOf literals: [TokenLiteral]) -> Bool { literals.contains { $0.hash == exactHash } }

    /// Whether the lower-cased token text is one of `literals`.
    func isLower(oneOf literals: [TokenLiteral]) -> Bool { literals.contains { $0.hash == lowerHash } }
}
