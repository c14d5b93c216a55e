/// Line-break rules: headings, list items and transcript speaker labels.
extension SentenceBoundaries {
    /// Whether a single line break after token `lineEnd` ends the sentence.
    func lineBreakEndsSentence(lineStart: Int, lineEnd: Int, next: Int, sentenceStart: Int) -> Bool {
        if startsListItem(next) || startsSpeakerLabel(next) { return true }
        guard canOpenSentence(next) else { return false }
        // A heading, dateline or byline: a whole line, the first of its sentence, short, without
        // final punctuation or a trailing function word ("The talks between\nNorth Korea ...").
        guard lineStart == sentenceStart, lineStart == 0 || t[lineStart].newlinesBefore > 0 else { return false }
        let lastToken = t[lineEnd]
        if lastToken.kind == .punctuation {
            let b = firstByte(lineEnd)
            let openingQuote = (b == UInt8(ascii: "\"") || b == UInt8(ascii: "'")) && lastToken.spaceBefore
            if b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":") || b == UInt8(ascii: "-")
                || b == UInt8(ascii: "(") || openingQuote {
                return false
            }
        }
        if lastToken.kind == .word, abbreviations.isWrapContinuation(in: p, lastToken.bytes) { return false }
        let length = lineEnd - lineStart + 1
        if length <= 8 || isHeaderLine(from: next) { return true }
        // ("North Korea blows up liaison office, Seoul warns of strong response" above
        // "SEOUL, June 17 (Yonhap) --": a headline above a dateline)
        if length <= 20, startsDateline(next) { return true }
        guard length <= 20 else { return false }
        var words = 0
        var capitalized = 0
        // Title case: capitals on all but function words ("Timeline of the Talks With ...").
        for k in lineStart...lineEnd where t[k].kind == .word && !abbreviations.isWrapContinuation(in: p, t[k].bytes) {
            words += 1
            if ByteClass.isUpperStart(p, t[k].bytes.lowerBound) { capitalized += 1 }
        }
        return words > 0 && capitalized * 4 >= words * 3
    }

    /// Whether the line starting at token `first` is a short line of a header block (a date, a
    /// byline, a section label): at most 12 tokens, no final sentence punctuation, and a line
    /// break or the end of the text after it. Wrapped prose rarely has such a line inside a
    /// paragraph: its last line ends with punctuation and is followed by a blank line.
    func isHeaderLine(from first: Int) -> Bool {
        var k = first + 1
        while k < t.count, t[k].newlinesBefore == 0 {
            k += 1
            if k - first > 12 { return false }
        }
        let last = k - 1
        let b = firstByte(last)
        if t[last].kind == .punctuation, b == UInt8(ascii: ".") || b == UInt8(ascii: "?") || b == UInt8(ascii: "!")
            || b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":") || b == UInt8(ascii: "\"") {
            return false
        }
        if t[last].kind == .word, abbreviations.isWrapContinuation(in: p, t[last].bytes) { return false }
        return true
    }

    /// Whether a dateline opens at token `first`: one to three words in capitals ("SEOUL",
    /// "UNITED NATIONS") and a comma.
    func startsDateline(_ first: Int) -> Bool {
        var k = first
        while k < t.count, k - first < 3, t[k].kind == .word, t[k].bytes.count >= 2,
              t[k].bytes.allSatisfy({ ByteClass.isUpper(p[$0]) || p[$0] == UInt8(ascii: "-") || p[$0] == UInt8(ascii: ".") }) {
            k += 1
        }
        return k > first && k < t.count && isByte(k, ",")
    }

    /// A list item at a line start: a bullet, `-` or `*` then a space, `1.` / `1)`, `(a)`, `a)`.
    func startsListItem(_ i: Int) -> Bool {
        let token = t[i]
        let b = firstByte(i)
        let hasNext = i + 1 < t.count
        if token.kind == .symbol, b >= 0x80, ByteClass.isBullet(p, token.bytes.lowerBound) { return true }
        if b == UInt8(ascii: "-") || b == UInt8(ascii: "*"), token.bytes.count == 1, hasNext, t[i + 1].spaceBefore,
           t[i + 1].newlinesBefore == 0 {
            return true
        }
        if token.kind == .number, token.bytes.count <= 3, hasNext, !t[i + 1].spaceBefore,
           isByte(i + 1, ".") || isByte(i + 1, ")") {
            return true
        }
        if token.kind == .word, token.bytes.count == 1, ByteClass.isLower(b), hasNext, !t[i + 1].spaceBefore,
           isByte(i + 1, ")") {
            return true
        }
        if isByte(i, "("), i + 2 < t.count, t[i + 1].bytes.count <= 3, isByte(i + 2, ")") {
            return true
        }
        return false
    }

    /// Whether token `i` is a short number that, followed by `.`, numbers a list item.
    func isListNumber(_ i: Int) -> Bool {
        t[i].kind == .number && t[i].bytes.count <= 3
    }

    /// `Chairman Kim.`, `The President.`: one to four capitalized words at the start of a line,
    /// the first a speaker title (`speaker-titles.txt`), before a period.
    func isPeriodSpeakerLabel(_ words: Range<Int>) -> Bool {
        guard !words.isEmpty, words.count <= 4, words.lowerBound == 0 || t[words.lowerBound].newlinesBefore > 0,
              abbreviations.isSpeakerTitle(in: p, t[words.lowerBound].bytes) else { return false }
        for k in words where t[k].kind != .word || !ByteClass.isUpperStart(p, t[k].bytes.lowerBound) { return false }
        return true
    }

    /// `PRESIDENT TRUMP:`, `Q:`, `MR. KIM:` — up to four capitalized words without lowercase
    /// letters, then a colon.
    func startsSpeakerLabel(_ i: Int) -> Bool {
        var k = i
        var words = 0
        while k < t.count, k < i + 6 {
            if k > i, t[k].newlinesBefore > 0 { return false }
            let token = t[k]
            if token.kind == .word {
                for j in token.bytes where ByteClass.isLower(p[j]) { return false }
                guard ByteClass.isUpper(p[token.bytes.lowerBound]) else { return false }
                words += 1
            } else if isByte(k, ":") {
                return words > 0 && k + 1 < t.count && t[k + 1].spaceBefore
            } else if !isByte(k, ".") {
                return false
            }
            k += 1
        }
        return false
    }
}
