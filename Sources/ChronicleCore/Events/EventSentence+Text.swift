/// Sentence views over Chronicle's text layer.
extension EventSentence {
    /// The sentences of a document as the event coder reads them: tokens in Universal
    /// Dependencies style (`do n't`, `Japan 's`), normalized forms (straight quotes), scalar
    /// offsets into the original text, and paragraphs from blank lines.
    ///
    /// ```swift
    /// let sentences = EventSentence.sentences(of: SegmentedText(doc.text, mode: .universalDependencies))
    /// ```
    public static func sentences(of text: SegmentedText) -> [EventSentence] {
        var out: [EventSentence] = []
        out.reserveCapacity(text.sentences.count)
        var paragraph = 0
        for sentence in text.sentences {
            if let first = sentence.tokens.first, first.newlinesBefore >= 2, !out.isEmpty { paragraph += 1 }
            let tokens = EventToken.sentence(sentence.tokens.map { t in
                let r = text.scalarRange(t)
                return (text.string(t), r.lowerBound, r.upperBound)
            })
            guard !tokens.isEmpty else { continue }
            let r = text.scalarRange(sentence)
            out.append(EventSentence(index: out.count, start: r.lowerBound, end: r.upperBound,
                                     text: text.originalString(sentence), tokens: tokens, paragraph: paragraph))
        }
        return out
    }
}
