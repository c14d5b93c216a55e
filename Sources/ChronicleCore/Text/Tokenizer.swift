/// Splits normalized text into tokens with byte offsets.
///
/// The tokenizer is a single pass over UTF-8 bytes. It keeps whole what news text treats as one
/// unit — hyphenated names (`Kim Jong-un`, `39-year-old`), acronyms with dots (`U.S.`, `a.m.`),
/// known abbreviations and initials (`Gen.`, `J.`), numbers with separators (`2,020`, `3.5`,
/// `26.11.2018`, `2018-06-12`, `11/26/2018`, `3:46`), number ranges (`6-8`), decades (`1970s`,
/// `'80s`), URLs and e-mail addresses — and splits possessives and clitics (`Japan 's`).
///
/// ```swift
/// let text = NormalizedText("Japan's envoy met Kim Jong-un on Oct. 6-8.")
/// let tokens = Tokenizer(abbreviations: .shipped).tokenize(text.bytes)
/// // Japan | 's | envoy | met | Kim | Jong-un | on | Oct. | 6-8 | .
/// ```
public struct Tokenizer: Sendable {
    /// The abbreviations that keep their final period.
    public let abbreviations: AbbreviationTable
    /// How contractions are split.
    public let mode: TokenizationMode

    /// Creates a tokenizer.
    public init(abbreviations: AbbreviationTable = .shipped, mode: TokenizationMode = .standard) {
        self.abbreviations = abbreviations
        self.mode = mode
    }

    /// Tokenizes normalized UTF-8 bytes.
    public func tokenize(_ bytes: [UInt8]) -> [Token] {
        var tokens = [Token]()
        tokens.reserveCapacity(bytes.count / 5)
        let n = bytes.count
        var i = 0
        var newlines = 0
        var sawSpace = true
        while i < n {
            let b = bytes[i]
            if ByteClass.isSpace(b) {
                if b == 0x0A { newlines += 1 }
                sawSpace = true
                i += 1
                continue
            }
            let start = i
            var kind: TokenKind
            var end: Int
            if let linkEnd = scanLink(bytes, i) {
                end = linkEnd
                kind = .link
            } else if ByteClass.isDigit(b) {
                (end, kind) = scanNumber(bytes, i)
            } else if b == UInt8(ascii: "'"), i + 2 < n, ByteClass.isDigit(bytes[i + 1]),
                      ByteClass.isDigit(bytes[i + 2]), i + 3 >= n || !ByteClass.isDigit(bytes[i + 3]) {
                // '80s, '90s, '18
                end = i + 3
                if end < n, bytes[end] == UInt8(ascii: "s") { end += 1 }
                kind = .number
            } else if ByteClass.isLetter(bytes, i) {
                let words = scanWord(bytes, i)
                for (k, piece) in words.enumerated() {
                    tokens.append(Token(bytes: piece.range, kind: piece.kind,
                                        spaceBefore: k == 0 ? sawSpace : false,
                                        newlinesBefore: k == 0 ? newlines : 0))
                }
                i = words.last!.range.upperBound
                newlines = 0
                sawSpace = false
                continue
            } else {
                (end, kind) = scanPunctuation(bytes, i)
            }
            tokens.append(Token(bytes: start..<end, kind: kind, spaceBefore: sawSpace, newlinesBefore: newlines))
            i = end
            newlines = 0
            sawSpace = false
        }
        return tokens
    }

    // MARK: - Numbers

    private func scanNumber(_ bytes: [UInt8], _ start: Int) -> (Int, TokenKind) {
        let n = bytes.count
        var j = start
        while j < n, ByteClass.isDigit(bytes[j]) { j += 1 }
        while j + 1 < n {
            let c = bytes[j]
            let separator = c == UInt8(ascii: ",") || c == UInt8(ascii: ".") || c == UInt8(ascii: "/")
                || c == UInt8(ascii: ":") || c == UInt8(ascii: "-")
            guard separator, ByteClass.isDigit(bytes[j + 1]) else { break }
            j += 1
            while j < n, ByteClass.isDigit(bytes[j]) { j += 1 }
        }
        // Letters glued to digits: 1970s, 10th, 3pm, 39-year-old.
        var k = j
        if k < n, bytes[k] == UInt8(ascii: "-"), k + 1 < n, ByteClass.isASCIILetter(bytes[k + 1]) {
            k += 1
            while k < n, ByteClass.isASCIILetter(bytes[k]) || (bytes[k] == UInt8(ascii: "-")
                    && k + 1 < n && ByteClass.isASCIILetter(bytes[k + 1])) { k += 1 }
            return (k, .word)
        }
        if k < n, ByteClass.isASCIILetter(bytes[k]) {
            while k < n, ByteClass.isASCIILetter(bytes[k]) { k += 1 }
            if k < n, ByteClass.isDigit(bytes[k]) { return (j, .number) }   // 3G2 style: leave as is
            return (k, .number)
        }
        return (j, .number)
    }

    // MARK: - Words

    private struct Piece {
        var range: Range<Int>
        var kind: TokenKind
    }

    @inline(__always) private func isWordByte(_ bytes: [UInt8], _ j: Int) -> Bool {
        let b = bytes[j]
        if b < 0x80 { return ByteClass.isASCIILetter(b) || ByteClass.isDigit(b) }
        return ByteClass.isLetter(bytes, j)
    }

    private func scanWord(_ bytes: [UInt8], _ start: Int) -> [Piece] {
        let n = bytes.count
        var j = start
        var pieces = [Piece]()
        var wordStart = start
        while true {
            while j < n, isWordByte(bytes, j) {
                j += ByteClass.sequenceLength(bytes[j])
            }
            guard j < n else { break }
            let c = bytes[j]
            if c == UInt8(ascii: "-") || c == UInt8(ascii: "&"), j + 1 < n, isWordByte(bytes, j + 1) {
                j += 1
                continue
            }
            if c == UInt8(ascii: "@"), j + 1 < n, isWordByte(bytes, j + 1), let end = scanEmail(bytes, wordStart) {
                return [Piece(range: wordStart..<end, kind: .link)]
            }
            if c == UInt8(ascii: "'") {
                if let clitic = cliticLength(bytes, at: j, wordStart: wordStart) {
                    let splitAt = clitic.splitAt
                    if splitAt > wordStart {
                        pieces.append(Piece(range: wordStart..<splitAt, kind: .word))
                    }
                    pieces.append(Piece(range: splitAt..<clitic.end, kind: .clitic))
                    j = clitic.end
                    wordStart = j
                    // A clitic ends the word: "Japan's" never continues.
                    return pieces
                }
                if j + 1 < n, ByteClass.isASCIILetter(bytes[j + 1]) {
                    j += 1   // O'Brien, D'Souza
                    continue
                }
                break
            }
            if c == UInt8(ascii: ".") {
                if let end = scanDottedAcronym(bytes, from: wordStart, dot: j) {
                    j = end
                    break
                }
                if abbreviations.keepsPeriod(bytes[wordStart..<j]) {
                    j += 1
                }
                break
            }
            break
        }
        pieces.append(Piece(range: wordStart..<j, kind: .word))
        return pieces
    }

    /// `U.S.`, `U.N.`, `a.m.`, `e.g.`, `D.C.`, `U.S.A.`: short letter groups each followed by a dot.
    private func scanDottedAcronym(_ bytes: [UInt8], from start: Int, dot: Int) -> Int? {
        let n = bytes.count
        guard dot - start <= 2, dot - start >= 1 else { return nil }
        for k in start..<dot where !ByteClass.isASCIILetter(bytes[k]) { return nil }
        var j = dot
        var groups = 1
        while j < n, bytes[j] == UInt8(ascii: ".") {
            var k = j + 1
            while k < n, ByteClass.isASCIILetter(bytes[k]) { k += 1 }
            let length = k - (j + 1)
            if length >= 1, length <= 2, k < n, bytes[k] == UInt8(ascii: ".") {
                groups += 1
                j = k
            } else {
                break
            }
        }
        return groups >= 2 ? j + 1 : nil
    }

    private struct Clitic {
        var splitAt: Int
        var end: Int
    }

    /// Recognizes `'s 're 'll 've 'd 'm` and `n't` at an apostrophe inside a word.
    private func cliticLength(_ bytes: [UInt8], at apostrophe: Int, wordStart: Int) -> Clitic? {
        let n = bytes.count
        var k = apostrophe + 1
        while k < n, ByteClass.isASCIILetter(bytes[k]) { k += 1 }
        if k < n, isWordByte(bytes, k) { return nil }
        let tail = bytes[(apostrophe + 1)..<k].map { $0 | 0x20 }
        switch tail {
        case [0x73], [0x72, 0x65], [0x6C, 0x6C], [0x76, 0x65], [0x64], [0x6D]:   // s re ll ve d m
            return Clitic(splitAt: apostrophe, end: k)
        case [0x74]:   // n't
            guard apostrophe - 1 > wordStart, bytes[apostrophe - 1] | 0x20 == UInt8(ascii: "n") else { return nil }
            if mode == .standard { return nil }
            return Clitic(splitAt: apostrophe - 1, end: k)
        case []:
            // Plural possessive: "the Koreas' talks".
            guard apostrophe > wordStart, bytes[apostrophe - 1] | 0x20 == UInt8(ascii: "s") else { return nil }
            return Clitic(splitAt: apostrophe, end: apostrophe + 1)
        default:
            return nil
        }
    }

    // MARK: - Links

    private func scanLink(_ bytes: [UInt8], _ i: Int) -> Int? {
        let n = bytes.count
        func startsWith(_ prefix: StaticString) -> Bool {
            let p = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
            guard i + p.count <= n else { return false }
            for (k, c) in p.enumerated() where bytes[i + k] | (ByteClass.isUpper(bytes[i + k]) ? 0x20 : 0) != c {
                return false
            }
            return true
        }
        guard startsWith("http://") || startsWith("https://") || startsWith("www.") else { return nil }
        var j = i
        while j < n, !ByteClass.isSpace(bytes[j]), bytes[j] != UInt8(ascii: "\""), bytes[j] != UInt8(ascii: "<") {
            j += 1
        }
        while j > i, let last = Optional(bytes[j - 1]),
              last == UInt8(ascii: ".") || last == UInt8(ascii: ",") || last == UInt8(ascii: ";")
                || last == UInt8(ascii: ":") || last == UInt8(ascii: ")") || last == UInt8(ascii: "!")
                || last == UInt8(ascii: "?") || last == UInt8(ascii: "'") {
            j -= 1
        }
        return j > i + 4 ? j : nil
    }

    private func scanEmail(_ bytes: [UInt8], _ start: Int) -> Int? {
        let n = bytes.count
        var j = start
        var sawAt = false
        var sawDotAfterAt = false
        while j < n {
            let b = bytes[j]
            if ByteClass.isASCIILetter(b) || ByteClass.isDigit(b) || b == UInt8(ascii: "_")
                || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") {
                j += 1
            } else if b == UInt8(ascii: "@"), !sawAt {
                sawAt = true
                j += 1
            } else if b == UInt8(ascii: "."), j + 1 < n, ByteClass.isASCIILetter(bytes[j + 1]) || ByteClass.isDigit(bytes[j + 1]) {
                if sawAt { sawDotAfterAt = true }
                j += 1
            } else {
                break
            }
        }
        return sawAt && sawDotAfterAt ? j : nil
    }

    // MARK: - Punctuation

    private func scanPunctuation(_ bytes: [UInt8], _ i: Int) -> (Int, TokenKind) {
        let n = bytes.count
        let b = bytes[i]
        if b >= 0x80 {
            return (i + ByteClass.sequenceLength(b), .symbol)
        }
        switch b {
        case UInt8(ascii: "."), UInt8(ascii: "-"):
            var j = i + 1
            while j < n, bytes[j] == b { j += 1 }
            return (j, .punctuation)
        case UInt8(ascii: "?"), UInt8(ascii: "!"):
            var j = i + 1
            while j < n, bytes[j] == UInt8(ascii: "?") || bytes[j] == UInt8(ascii: "!") { j += 1 }
            return (j, .punctuation)
        case UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "#"), UInt8(ascii: "@"), UInt8(ascii: "&"),
             UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: ">"),
             UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "^"), UInt8(ascii: "\\"), UInt8(ascii: "`"):
            return (i + 1, .symbol)
        default:
            return (i + 1, .punctuation)
        }
    }
}
