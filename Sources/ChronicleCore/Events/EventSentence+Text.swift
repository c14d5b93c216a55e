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
            let words = sentence.tokens.map { t in
                let r = text.scalarRange(t)
                return (form: text.string(t), start: r.lowerBound, end: r.upperBound)
            }
            let tokens = EventToken.sentence(withoutScareQuotes(words))
            guard !tokens.isEmpty else { continue }
            let r = text.scalarRange(sentence)
            var s = EventSentence(index: out.count, start: r.lowerBound, end: r.upperBound,
                                  text: text.originalString(sentence), tokens: tokens, paragraph: paragraph)
            s.startsLine = out.isEmpty || (sentence.tokens.first?.newlinesBefore ?? 0) >= 1
            out.append(s)
        }
        return out
    }

    /// The words without the quotation marks of a short quoted phrase inside a clause
    /// (`vowed to "crush" the rebels`, `would have no choice but to "totally destroy" X`): such
    /// marks quote the words, they do not open a speech, so the clause reads through them. A
    /// quotation that opens the sentence, follows a comma or colon, or holds punctuation keeps
    /// its marks.
    static func withoutScareQuotes(_ words: [(form: String, start: Int, end: Int)]) -> [(form: String, start: Int, end: Int)] {
        let marks = words.indices.filter { let f = words[$0].form; return f == "\"" || f == "“" || f == "”" }
        guard marks.count >= 2 else { return words }
        var drop = Set<Int>()
        var p = 0
        while p + 1 < marks.count {
            let (a, b) = (marks[p], marks[p + 1])
            p += 2
            guard a > 0, b - a - 1 >= 1, b - a - 1 <= 6, ![",", ":"].contains(words[a - 1].form) else { continue }
            if words[(a + 1)..<b].contains(where: { [",", ".", ":", ";", "?", "!", "—", "–", "(", ")"].contains($0.form) }) { continue }
            drop.insert(a)
            drop.insert(b)
        }
        return drop.isEmpty ? words : words.indices.filter { !drop.contains($0) }.map { words[$0] }
    }
}
