/// Groups tokens into sentences.
///
/// A period, question or exclamation mark (with any closing quotes or brackets glued to it, and
/// any emoji after it) ends a sentence when what follows could open one: a capital, a digit, an
/// opening quote or bracket, a bullet, or the end of the text. `。`, `！` and `？` always end a
/// sentence. Abbreviations are told apart by ``AbbreviationTable``: titles (`Mr.`, `Gen.`) never
/// end a sentence; other abbreviations, acronyms and initials (`Inc.`, `U.S.`, `J.`) only
/// before a typical opener (`The`, `He`, `But`). A quotation that opens the sentence and ends
/// in `?"` or `!"`, followed by a name and a reporting verb (`"Why?" Kim asked.`), does not end it.
///
/// Line breaks matter too: a blank line always ends a sentence, and a single line break does
/// after a heading-like line (short, no final punctuation), before a list item (`-`, `•`,
/// `1.`, `(a)`) and before a transcript speaker label (`PRESIDENT TRUMP:`, `Q:`). Hard-wrapped
/// prose lines are joined.
///
/// ```swift
/// let text = NormalizedText("Gen. Kim met U.S. officials. The talks ended.")
/// let tokens = Tokenizer().tokenize(text.bytes)
/// let sentences = SentenceSplitter().split(tokens, in: text.bytes)   // 2 sentences
/// ```
///
/// The cases in `Tests/ChronicleCoreTests/Corpora/text/sentences.txt` are the specification.
public struct SentenceSplitter: Sendable {
    /// The abbreviation and sentence-opener lists.
    public let abbreviations: AbbreviationTable
    /// Sentences longer than this many tokens are cut, to bound the cost of later stages.
    public let maximumTokens: Int

    /// Creates a splitter.
    public init(abbreviations: AbbreviationTable = .shipped, maximumTokens: Int = 400) {
        self.abbreviations = abbreviations
        self.maximumTokens = maximumTokens
    }

    /// Splits `tokens` of `bytes` into sentences.
    /// - Parameters:
    ///   - tokens: The tokens of `bytes`, in order (from ``Tokenizer/tokenize(_:)``).
    ///   - bytes: The normalized text.
    /// - Returns: Sentences in order, covering every token exactly once.
    public func split(_ tokens: [Token], in bytes: [UInt8]) -> [Sentence] {
        bytes.withUnsafeBufferPointer { p in
            tokens.withUnsafeBufferPointer { t in
                SentenceBoundaries(bytes: p, tokens: t, abbreviations: abbreviations).sentences(maximumTokens: maximumTokens)
            }
        }
    }
}
