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

/// The boundary decisions of one ``SentenceSplitter/split(_:in:)`` call.
struct SentenceBoundaries {
    let p: TextBytes
    let t: UnsafeBufferPointer<Token>
    let abbreviations: AbbreviationTable

    init(bytes: TextBytes, tokens: UnsafeBufferPointer<Token>, abbreviations: AbbreviationTable) {
        self.p = bytes
        self.t = tokens
        self.abbreviations = abbreviations
    }

    func sentences(maximumTokens: Int) -> [Sentence] {
        var sentences = [Sentence]()
        let count = t.count
        var start = 0
        var lineStart = 0   // index of the first token of the current line
        var i = 0
        while i < count {
            if i > start, t[i].newlinesBefore > 0 { lineStart = i }
            var last = i
            if let end = boundary(at: i, start: start, lineStart: lineStart) {
                last = end
            } else if i - start + 1 >= maximumTokens {
                last = i
            } else {
                i += 1
                continue
            }
            let range = t[start].bytes.lowerBound..<t[last].bytes.upperBound
            sentences.append(Sentence(index: sentences.count, bytes: range, tokens: Array(t[start...last])))
            start = last + 1
            lineStart = start
            i = start
        }
        return sentences
    }

    /// If a sentence ends with token `i` (or with closers glued to it), the index of its last
    /// token.
    private func boundary(at i: Int, start: Int, lineStart: Int) -> Int? {
        let next = i + 1
        if next >= t.count || t[next].newlinesBefore >= 2 { return i }
        if let terminal = terminalKind(i) {
            let last = absorbClosers(after: i)
            let after = last + 1
            if after >= t.count || t[after].newlinesBefore >= 2 || terminal == .always { return last }
            if terminal == .period, i == start + 1, isListNumber(start) { return nil }   // "2. They ..."
            if t[after].newlinesBefore > 0 {
                if startsListItem(after) || startsSpeakerLabel(after) { return last }
                return ByteClass.isLowerStart(p, t[after].bytes.lowerBound) ? nil : last
            }
            if last > i, closesQuotation(i + 1...last), isByte(start, "\"") || isByte(start, "'"),
               continuesWithReportingClause(after) {
                return nil   // "Why?" Kim asked.
            }
            return canOpenSentence(after) ? last : nil
        }
        if let kind = abbreviationKind(i) {
            guard kind != .title else { return nil }
            if isStarter(next) { return i }
            if t[next].newlinesBefore > 0, startsListItem(next) || startsSpeakerLabel(next) { return i }
            return nil
        }
        if t[next].newlinesBefore == 1,
           lineBreakEndsSentence(lineStart: lineStart, lineEnd: i, next: next, sentenceStart: start) {
            return i
        }
        return nil
    }

    // MARK: - Token tests

    @inline(__always) func firstByte(_ i: Int) -> UInt8 { p[t[i].bytes.lowerBound] }

    @inline(__always) func isByte(_ i: Int, _ b: Unicode.Scalar) -> Bool {
        t[i].bytes.count == 1 && p[t[i].bytes.lowerBound] == UInt8(b.value)
    }

    enum Terminal {
        /// `.` (and `...`): may end a sentence.
        case period
        /// `?`, `!`, `؟`, `।`: may end a sentence.
        case mark
        /// `。`, `！`, `？`: always ends a sentence.
        case always
    }

    private func terminalKind(_ i: Int) -> Terminal? {
        guard t[i].kind == .punctuation else { return nil }
        let b = firstByte(i)
        if b == UInt8(ascii: ".") { return .period }
        if b == UInt8(ascii: "?") || b == UInt8(ascii: "!") { return .mark }
        guard b >= 0x80 else { return nil }
        switch ByteClass.scalar(p, t[i].bytes.lowerBound) {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF0E: return .always
        case 0x061F, 0x06D4, 0x0964, 0x0965, 0x203C, 0x2047, 0x2048, 0x2049: return .mark
        default: return nil
        }
    }

    private func isCloser(_ i: Int) -> Bool {
        isByte(i, "\"") || isByte(i, "'") || isByte(i, ")") || isByte(i, "]") || isByte(i, "}")
            || (firstByte(i) >= 0x80 && {
                let v = ByteClass.scalar(p, t[i].bytes.lowerBound)
                return v == 0x300D || v == 0x300F || v == 0xFF09 || v == 0x3011
            }())
    }

    /// Extends a sentence end over closing quotes and brackets glued to it (`."`, `.)`), over
    /// further terminal marks (`?!`, `.'"`), and over emoji on the same line (`! 🎉`).
    private func absorbClosers(after i: Int) -> Int {
        var last = i
        while last + 1 < t.count, !t[last + 1].spaceBefore, isCloser(last + 1) || terminalKind(last + 1) != nil {
            last += 1
        }
        while last + 1 < t.count, t[last + 1].newlinesBefore == 0, t[last + 1].kind == .symbol,
              firstByte(last + 1) >= 0xE2, ByteClass.isEmojiScalar(ByteClass.scalar(p, t[last + 1].bytes.lowerBound)) {
            last += 1
        }
        return last
    }

    private func closesQuotation(_ range: ClosedRange<Int>) -> Bool {
        range.contains { isByte($0, "\"") || isByte($0, "'") }
    }

    /// `"Why?" Kim asked`: up to four capitalized words (not a sentence opener), then a
    /// reporting verb.
    private func continuesWithReportingClause(_ after: Int) -> Bool {
        guard t[after].kind == .word, ByteClass.isUpperStart(p, t[after].bytes.lowerBound), !isStarter(after) else {
            return false
        }
        var k = after + 1
        while k < t.count, k <= after + 4, t[k].newlinesBefore == 0, t[k].kind == .word {
            if abbreviations.isReportingVerb(in: p, t[k].bytes) { return true }
            guard ByteClass.isUpperStart(p, t[k].bytes.lowerBound) else { return false }
            k += 1
        }
        return false
    }

    func canOpenSentence(_ i: Int) -> Bool {
        let at = t[i].bytes.lowerBound
        let b = p[at]
        if ByteClass.isDigit(b) || ByteClass.isUpperStart(p, at) { return true }
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: "["),
             UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "$"), UInt8(ascii: "#"), UInt8(ascii: "@"):
            return true
        default:
            guard b >= 0x80 else { return false }
            let v = ByteClass.scalar(p, at)
            return ByteClass.isBullet(p, at) || (v >= 0x20A0 && v <= 0x20CF) || v == 0xA3 || v == 0xA5
                || v == 0xBF || v == 0xA1 || v == 0x300C || v == 0x300E
        }
    }

    private func abbreviationKind(_ i: Int) -> AbbreviationTable.Kind? {
        let r = t[i].bytes
        guard t[i].kind == .word, r.count >= 2, p[r.upperBound - 1] == UInt8(ascii: ".") else { return nil }
        let word = r.lowerBound..<(r.upperBound - 1)
        if let kind = abbreviations.kind(in: p, word) { return kind }
        return .general   // a dotted acronym (U.S., a.m.) or an initial (J.)
    }

    func isStarter(_ i: Int) -> Bool {
        t[i].kind == .word && abbreviations.isSentenceStarter(in: p, t[i].bytes)
    }
}
