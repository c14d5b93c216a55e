/// A sentence: a byte range of the normalized text and its tokens.
public struct Sentence: Sendable, Hashable {
    /// 0-based position in the document.
    public var index: Int
    /// The UTF-8 byte range in the normalized text, from the first token's start to the last one's end.
    public var bytes: Range<Int>
    /// The tokens, in order.
    public var tokens: [Token]

    /// Creates a sentence.
    public init(index: Int, bytes: Range<Int>, tokens: [Token]) {
        self.index = index
        self.bytes = bytes
        self.tokens = tokens
    }
}
