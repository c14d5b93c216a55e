/// The boundary decisions of one ``SentenceSplitter/split(_:in:)`` call: the main loop, the
/// sentence-end rules for terminal punctuation, abbreviations and quotations. The line-break
/// rules (headings, header blocks, list items, speaker labels) are in `SentenceBoundaries+Lines`.
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
            let token = t[i]
            if i > start, token.newlinesBefore > 0 { lineStart = i }
            // Fast path: a word or number not ending in a period, followed on the same line,
            // never ends a sentence (most tokens).
            if i + 1 < count, t[i + 1].newlinesBefore == 0, i - start + 1 < maximumTokens, t[i + 1].kind != .symbol,
               token.kind == .word || token.kind == .number || token.kind == .clitic,
               p[token.bytes.upperBound - 1] != UInt8(ascii: ".") {
                i += 1
                continue
            }
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
            if terminal == .period, last == i, t[after].newlinesBefore == 0, isPeriodSpeakerLabel(start..<i) {
                return nil   // "Chairman Kim. It has been a long road."
            }
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
        if separatesOnLine(next) { return i }
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

    /// A bullet between spaces inside a line separates items as a line break would: a deck's
    /// "Mali, Niger accuse the bloc • Nigeria urges rethink". (Not the middle dot, which also
    /// joins names and words.)
    private func separatesOnLine(_ i: Int) -> Bool {
        guard t[i].kind == .symbol, t[i].newlinesBefore == 0, t[i].spaceBefore, i + 1 < t.count,
              t[i + 1].spaceBefore, t[i + 1].newlinesBefore == 0, firstByte(i) >= 0x80,
              ByteClass.isBullet(p, t[i].bytes.lowerBound) else { return false }
        return ByteClass.scalar(p, t[i].bytes.lowerBound) != 0x00B7
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
