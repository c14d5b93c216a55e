/// A document's text split into sentences and tokens: the text layer every stage reads.
///
/// ```swift
/// let text = SegmentedText("Abe met Moon. They spoke for an hour.")
/// for sentence in text.sentences {
///     print(text.normalized.string(sentence.bytes))
/// }
/// // Abe met Moon.
/// // They spoke for an hour.
/// ```
public struct SegmentedText: Sendable {
    /// The normalized text with its map to the original.
    public let normalized: NormalizedText
    /// The sentences, in order.
    public let sentences: [Sentence]

    /// Segments `text`.
    /// - Parameters:
    ///   - text: The document text.
    ///   - mode: How contractions are tokenized.
    public init(_ text: String, mode: TokenizationMode = .standard) {
        let normalized = NormalizedText(text)
        let splitter = SentenceSplitter()
        // Tokenizer().tokenize then SentenceSplitter().split, without the intermediate array.
        self.sentences = normalized.bytes.withUnsafeBufferPointer { p in
            var scanner = TokenScanner(bytes: p, abbreviations: splitter.abbreviations, mode: mode)
            scanner.run()
            return scanner.tokens.withUnsafeBufferPointer { t in
                SentenceBoundaries(bytes: p, tokens: t, abbreviations: splitter.abbreviations)
                    .sentences(maximumTokens: splitter.maximumTokens)
            }
        }
        self.normalized = normalized
    }

    /// The normalized text of a token.
    public func string(_ token: Token) -> String { normalized.string(token.bytes) }

    /// The Unicode scalar range of a token in the original text.
    public func scalarRange(_ token: Token) -> Range<Int> { normalized.scalarRange(token.bytes) }

    /// The Unicode scalar range of a sentence in the original text.
    public func scalarRange(_ sentence: Sentence) -> Range<Int> { normalized.scalarRange(sentence.bytes) }

    /// The original text of a sentence.
    public func originalString(_ sentence: Sentence) -> String { normalized.originalString(sentence.bytes) }

    /// The sentences as records for output and storage.
    public var sentenceRecords: [SentenceRecord] {
        sentences.map { s in
            let r = scalarRange(s)
            return SentenceRecord(index: s.index, start: r.lowerBound, end: r.upperBound, text: originalString(s))
        }
    }
}
