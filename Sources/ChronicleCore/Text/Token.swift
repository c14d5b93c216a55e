/// A token: a byte range of a ``NormalizedText`` and what kind of thing it is.
///
/// Tokens are values over offsets, not copies: ask the ``SegmentedText`` for their text.
public struct Token: Sendable, Hashable {
    /// The UTF-8 byte range in the normalized text.
    public var bytes: Range<Int>
    /// What the token is.
    public var kind: TokenKind
    /// Whether whitespace precedes the token (false for `'s` in `Japan's`).
    public var spaceBefore: Bool
    /// How many line breaks the whitespace before the token holds.
    public var newlinesBefore: Int

    /// Creates a token.
    public init(bytes: Range<Int>, kind: TokenKind, spaceBefore: Bool = true, newlinesBefore: Int = 0) {
        self.bytes = bytes
        self.kind = kind
        self.spaceBefore = spaceBefore
        self.newlinesBefore = newlinesBefore
    }
}

/// The kinds of token the tokenizer tells apart.
public enum TokenKind: String, Sendable, Hashable, Codable {
    /// Letters, possibly with digits, inner hyphens, apostrophes or dots (`Kim Jong-un`, `U.S.`,
    /// `O'Brien`), a number joined to letters by a hyphen (`39-year-old`), a hashtag or mention
    /// (`#NorthKorea`, `@StateDept`).
    case word
    /// A number or numeric form (`2,020`, `3.5`, `6-8`, `26.11.2018`, `1970s`).
    case number
    /// A clitic split from its host (`'s`, `n't`, `'ll`).
    case clitic
    /// Punctuation (`.`, `,`, `"`, `--`, `...`, `。`, `،`).
    case punctuation
    /// Symbols, bullets and emoji (`$`, `%`, `₩`, `•`, `🇰🇷`, `👍🏽`).
    case symbol
    /// A URL, domain name (`kcna.kp`) or e-mail address.
    case link
}

/// How the tokenizer treats contractions.
public enum TokenizationMode: Sendable, Hashable {
    /// News style: possessives and `'re`/`'ll`/`'ve`/`'d`/`'m` are split, `don't` stays whole.
    case standard
    /// Universal Dependencies conventions: `don't` → `do n't`, `can't` → `ca n't`, `cannot` →
    /// `can not`, `Japan's` → `Japan 's`.
    case universalDependencies
}
