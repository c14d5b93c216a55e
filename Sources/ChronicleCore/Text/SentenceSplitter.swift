/// Groups tokens into sentences.
///
/// A period, question or exclamation mark (with any closing quotes or brackets attached to it)
/// ends a sentence when what follows could open one: a capital, a digit, an opening quote or
/// bracket, a bullet, or the end of the text. Abbreviations are told apart by
/// ``AbbreviationTable``: titles (`Mr.`, `Gen.`) never end a sentence, other abbreviations and
/// acronyms (`Inc.`, `U.S.`) only before a typical opener (`The`, `He`, `But`). Line breaks
/// matter too: a blank line always ends a sentence, and a single line break does after a
/// heading-like line (short, no final punctuation), before a list item (`-`, `•`, `1.`) and
/// before a transcript speaker label (`PRESIDENT TRUMP:`). Hard-wrapped prose lines are joined.
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
    public func split(_ tokens: [Token], in bytes: [UInt8]) -> [Sentence] {
        var sentences = [Sentence]()
        var start = 0
        var lineStart = 0   // index of the first token of the current line
        let count = tokens.count
        var i = 0
        while i < count {
            if i > start, tokens[i].newlinesBefore > 0 {
                lineStart = i
            }
            var last = i
            var boundary = false
            let next = i + 1
            if next >= count {
                boundary = true
            } else if tokens[next].newlinesBefore >= 2 {
                boundary = true
            } else if isTerminal(tokens[i], bytes) {
                last = absorbClosers(after: i, tokens, bytes)
                let after = last + 1
                if after >= count {
                    boundary = true
                } else if tokens[after].newlinesBefore > 0 {
                    boundary = true
                } else {
                    boundary = canOpenSentence(tokens[after], bytes)
                }
            } else if let kind = abbreviationKind(tokens[i], bytes) {
                let after = next
                if tokens[after].newlinesBefore > 0 {
                    boundary = kind != .title || tokens[after].newlinesBefore >= 2
                } else if kind != .title {
                    boundary = isStarter(tokens[after], bytes)
                }
            } else if tokens[next].newlinesBefore == 1 {
                boundary = lineBreakEndsSentence(lineStart: lineStart, lineEnd: i, next: next, tokens, bytes)
            }
            if !boundary, last - start + 1 >= maximumTokens {
                boundary = true
            }
            if boundary {
                let range = tokens[start].bytes.lowerBound..<tokens[last].bytes.upperBound
                sentences.append(Sentence(index: sentences.count, bytes: range, tokens: Array(tokens[start...last])))
                start = last + 1
                lineStart = start
                i = last + 1
            } else {
                i += 1
            }
        }
        return sentences
    }

    // MARK: - Token tests

    @inline(__always) private func firstByte(_ t: Token, _ bytes: [UInt8]) -> UInt8 { bytes[t.bytes.lowerBound] }

    private func isTerminal(_ t: Token, _ bytes: [UInt8]) -> Bool {
        guard t.kind == .punctuation else { return false }
        let b = firstByte(t, bytes)
        return b == UInt8(ascii: ".") || b == UInt8(ascii: "?") || b == UInt8(ascii: "!")
    }

    private func isCloser(_ t: Token, _ bytes: [UInt8]) -> Bool {
        guard t.bytes.count == 1 else { return false }
        let b = firstByte(t, bytes)
        return b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: ")")
            || b == UInt8(ascii: "]") || b == UInt8(ascii: "}")
    }

    /// Extends a sentence end over closing quotes and brackets glued to it (`."`, `.)`), and over
    /// further terminal marks (`?!`, `.'"`).
    private func absorbClosers(after i: Int, _ tokens: [Token], _ bytes: [UInt8]) -> Int {
        var last = i
        while last + 1 < tokens.count, !tokens[last + 1].spaceBefore,
              isCloser(tokens[last + 1], bytes) || isTerminal(tokens[last + 1], bytes) {
            last += 1
        }
        return last
    }

    private func canOpenSentence(_ t: Token, _ bytes: [UInt8]) -> Bool {
        let i = t.bytes.lowerBound
        let b = bytes[i]
        if ByteClass.isDigit(b) || ByteClass.isUpperStart(bytes, i) { return true }
        if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: "(")
            || b == UInt8(ascii: "[") || b == UInt8(ascii: "-") || b == UInt8(ascii: "*") {
            return true
        }
        return b >= 0x80 && ByteClass.isBullet(bytes, i)
    }

    private func abbreviationKind(_ t: Token, _ bytes: [UInt8]) -> AbbreviationTable.Kind? {
        guard t.kind == .word, t.bytes.count >= 2, bytes[t.bytes.upperBound - 1] == UInt8(ascii: ".") else {
            return nil
        }
        let word = bytes[t.bytes.lowerBound..<(t.bytes.upperBound - 1)]
        if let kind = abbreviations.kind(of: word) { return kind }
        if word.count == 1 { return .title }   // an initial
        return .general                        // a dotted acronym: U.S., a.m.
    }

    private func isStarter(_ t: Token, _ bytes: [UInt8]) -> Bool {
        if t.kind == .word, abbreviations.isSentenceStarter(bytes[t.bytes]) { return true }
        return false
    }

    // MARK: - Line breaks

    private func lineBreakEndsSentence(lineStart: Int, lineEnd: Int, next: Int, _ tokens: [Token],
                                       _ bytes: [UInt8]) -> Bool {
        if startsListItem(at: next, tokens, bytes) || startsSpeakerLabel(at: next, tokens, bytes) {
            return true
        }
        // A heading, dateline or byline: a short line without final punctuation, followed by a
        // line that opens with a capital.
        guard canOpenSentence(tokens[next], bytes) else { return false }
        let length = lineEnd - lineStart + 1
        let lastByte = bytes[tokens[lineEnd].bytes.lowerBound]
        if lastByte == UInt8(ascii: ",") || lastByte == UInt8(ascii: ";") { return false }
        if length <= 8 { return true }
        guard length <= 16 else { return false }
        var words = 0
        var capitalized = 0
        for k in lineStart...lineEnd where tokens[k].kind == .word {
            words += 1
            if ByteClass.isUpperStart(bytes, tokens[k].bytes.lowerBound) { capitalized += 1 }
        }
        return words > 0 && capitalized * 2 >= words
    }

    private func startsListItem(at i: Int, _ tokens: [Token], _ bytes: [UInt8]) -> Bool {
        let t = tokens[i]
        let b = firstByte(t, bytes)
        if t.kind == .symbol, b >= 0x80, ByteClass.isBullet(bytes, t.bytes.lowerBound) { return true }
        if t.kind == .punctuation || t.kind == .symbol, b == UInt8(ascii: "-") || b == UInt8(ascii: "*"),
           i + 1 < tokens.count, tokens[i + 1].spaceBefore {
            return true
        }
        if t.kind == .number, t.bytes.count <= 3, i + 1 < tokens.count {
            let nb = firstByte(tokens[i + 1], bytes)
            return !tokens[i + 1].spaceBefore && (nb == UInt8(ascii: ".") || nb == UInt8(ascii: ")"))
                && tokens[i + 1].bytes.count == 1
        }
        if b == UInt8(ascii: "("), i + 2 < tokens.count, tokens[i + 1].bytes.count <= 2,
           firstByte(tokens[i + 2], bytes) == UInt8(ascii: ")") {
            return true
        }
        return false
    }

    /// `PRESIDENT TRUMP:`, `Q:`, `MR. KIM:` at the start of a line.
    private func startsSpeakerLabel(at i: Int, _ tokens: [Token], _ bytes: [UInt8]) -> Bool {
        var k = i
        var words = 0
        while k < tokens.count, k < i + 5 {
            let t = tokens[k]
            if t.kind == .word {
                for b in bytes[t.bytes] where ByteClass.isLower(b) { return false }
                words += 1
            } else if firstByte(t, bytes) == UInt8(ascii: ":") {
                return words > 0
            } else if !(t.kind == .punctuation && firstByte(t, bytes) == UInt8(ascii: ".")) {
                return false
            }
            k += 1
        }
        return false
    }
}
