/// Splits normalized text into tokens with byte offsets.
///
/// The tokenizer is a single pass over UTF-8 bytes. It keeps whole what news text treats as one
/// unit — hyphenated names (`Kim Jong-un`, `39-year-old`), acronyms with dots (`U.S.`, `a.m.`,
/// `U.S.-led`), known abbreviations and initials (`Gen.`, `J.`), numbers with separators
/// (`2,020`, `3.5`, `26.11.2018`, `2018-06-12`, `11/26/2018`, `3:46`), number ranges (`6-8`),
/// decades and ordinals (`1970s`, `'80s`, `26th`), URLs, domain names and e-mail addresses,
/// hashtags and mentions (`#NorthKorea`, `@StateDept`), and emoji sequences (`🇰🇷`, `👍🏽`,
/// `👨‍👩‍👧`) — and splits possessives and clitics (`Japan 's`, `We 're`; in
/// ``TokenizationMode/universalDependencies`` also `do n't`, `ca n't`, `can not`).
///
/// Runs of letters from scripts written without spaces (Chinese, Japanese) stay one token up
/// to the next punctuation mark: word segmentation for them is not the text layer's job.
/// Combining marks, variation selectors and skin-tone modifiers stay with the character
/// they modify; stray ones (after a space) belong to no token.
///
/// ```swift
/// let text = NormalizedText("Japan's envoy met Kim Jong-un on Oct. 6-8.")
/// let tokens = Tokenizer(abbreviations: .shipped).tokenize(text.bytes)
/// // Japan | 's | envoy | met | Kim | Jong-un | on | Oct. | 6-8 | .
/// ```
///
/// The examples in `Tests/ChronicleCoreTests/Corpora/text/tokens.txt` are the specification.
public struct Tokenizer: Sendable {
    /// The abbreviations that keep their final period.
    public let abbreviations: AbbreviationTable
    /// How contractions are split.
    public let mode: TokenizationMode

    /// Creates a tokenizer.
    public init(abbreviations: AbbreviationTable = .shipped, mode: TokenizationMode = .standard) {
        self.abbreviations = abbreviations
        self.mode = mode
    }

    /// Tokenizes normalized UTF-8 bytes.
    /// - Parameter bytes: Normalized text (``NormalizedText/bytes``): valid UTF-8.
    /// - Returns: The tokens in order; their byte ranges never overlap.
    public func tokenize(_ bytes: [UInt8]) -> [Token] {
        bytes.withUnsafeBufferPointer { p in
            var scanner = TokenScanner(bytes: p, abbreviations: abbreviations, mode: mode)
            scanner.run()
            return scanner.tokens.array()
        }
    }
}
