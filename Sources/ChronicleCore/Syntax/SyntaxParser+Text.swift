extension SyntaxParser {
    /// Parses one sentence of the text layer; tokens carry Unicode scalar offsets into the
    /// original document text.
    ///
    /// The text should be segmented with `.universalDependencies` so that contractions and
    /// possessives are split as the models expect (`do n't`, `Japan 's`).
    public func parse(_ sentence: Sentence, in text: SegmentedText) -> ParsedSentence {
        let words = sentence.tokens.map { text.string($0) }
        var parsed = parse(words: words)
        for (i, token) in sentence.tokens.enumerated() {
            let range = text.scalarRange(token)
            parsed.tokens[i].start = range.lowerBound
            parsed.tokens[i].end = range.upperBound
        }
        let range = text.scalarRange(sentence)
        parsed.start = range.lowerBound
        parsed.end = range.upperBound
        return parsed
    }

    /// Parses every sentence of a segmented text.
    public func parse(document text: SegmentedText) -> [ParsedSentence] {
        text.sentences.map { parse($0, in: text) }
    }

    /// Segments a document by Universal Dependencies conventions and parses every sentence.
    ///
    /// ```swift
    /// let sentences = try SyntaxParser.shipped().parse(document: document)
    /// for s in sentences { for c in s.clauses { print(s.verbPhrase(of: c)) } }
    /// ```
    public func parse(document: Document) -> [ParsedSentence] {
        parse(document: SegmentedText(document.text, mode: .universalDependencies))
    }
}
