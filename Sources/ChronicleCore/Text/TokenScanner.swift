/// The tokenizer's state during one pass: the bytes, the position's whitespace context and the
/// tokens found so far. ``Tokenizer`` is its public face; the scanning rules live in the
/// `TokenScanner+…` files by concern (words, numbers, links, symbols).
struct TokenScanner: ~Copyable {
    let p: TextBytes
    let n: Int
    let abbreviations: AbbreviationTable
    let mode: TokenizationMode
    /// ``ByteClass/table``, read once.
    private let classes: UnsafePointer<UInt8>
    /// The tokens found so far.
    var tokens: TokenBuffer
    /// Line breaks in the whitespace since the last token.
    private var newlines = 0
    /// Whether whitespace separates the next token from the last one.
    private var sawSpace = true

    init(bytes: TextBytes, abbreviations: AbbreviationTable, mode: TokenizationMode) {
        self.p = bytes
        self.n = bytes.count
        self.abbreviations = abbreviations
        self.mode = mode
        self.classes = ByteClass.table
        tokens = TokenBuffer(capacity: bytes.count / 4 + 16)   // news text: ~1 token per 5 bytes
    }

    /// Appends a token, recording the whitespace before it.
    @inline(__always)
    mutating func emit(_ range: Range<Int>, _ kind: TokenKind) {
        tokens.append(Token(bytes: range, kind: kind, spaceBefore: sawSpace, newlinesBefore: newlines))
        sawSpace = false
        newlines = 0
    }

    /// Whether the last token ends exactly at `i` (nothing, not even a dropped character, between).
    @inline(__always)
    func lastTokenEnds(at i: Int) -> Bool {
        !sawSpace && tokens.last?.bytes.upperBound == i
    }

    /// Scans the whole text.
    mutating func run() {
        var i = 0
        while i < n {
            let b = p[i]
            if b < 0x80 {
                if classes[Int(b)] & ByteClass.spaceBit != 0 {
                    if b == 0x0A { newlines += 1 }
                    sawSpace = true
                    i += 1
                    continue
                }
                if ByteClass.isASCIILetter(b), let end = plainWord(at: i) {
                    i = end
                    continue
                }
            } else if b >= 0xC0, ByteClass.isExtenderScalar(ByteClass.scalar(p, i)) {
                i = attachExtender(at: i)
                continue
            }
            i = scanToken(at: i)
        }
    }

    /// The fast path for the commonest token: ASCII letters and digits ended by a space, the
    /// end of the text, or punctuation that cannot continue a word (`,` `;` `:` `)` `"` `?` `!`).
    /// Anything else (`-`, `.`, `'`, `@`, `&`, non-ASCII) goes through ``scanWord(at:)``.
    @inline(__always)
    private mutating func plainWord(at i: Int) -> Int? {
        var j = i + 1
        while j < n, classes[Int(p[j])] & ByteClass.wordBit != 0 { j += 1 }
        if j < n {
            let c = p[j]
            guard classes[Int(c)] & ByteClass.plainEndBit != 0
                || (c == UInt8(ascii: ":") && (j + 1 == n || p[j + 1] != UInt8(ascii: "/"))) else { return nil }
        }
        if mode == .universalDependencies, j - i == 6 { return nil }   // maybe "cannot"
        emit(i..<j, .word)
        return j
    }

    /// A combining mark, variation selector, skin-tone modifier or joiner continues the token
    /// before it (`❤️`, `👍🏽`, `1️⃣`); a joiner also takes the character after it (`👨‍👩`).
    /// Stray extenders after whitespace are skipped.
    private mutating func attachExtender(at i: Int) -> Int {
        let v = ByteClass.scalar(p, i)
        var end = i + ByteClass.sequenceLength(p[i])
        guard lastTokenEnds(at: i) else { return end }
        if v == 0x200D, end < n, !ByteClass.isSpace(p[end]) {
            end = min(n, end + ByteClass.sequenceLength(p[end]))
        }
        tokens.extendLast(to: end)
        return end
    }

    /// Scans one token starting at the non-space byte `i`; returns the position after it.
    private mutating func scanToken(at i: Int) -> Int {
        let b = p[i]
        if b == UInt8(ascii: "h") || b == UInt8(ascii: "w") || b == UInt8(ascii: "H") || b == UInt8(ascii: "W"),
           let end = scanLink(at: i) {
            emit(i..<end, .link)
            return end
        }
        if ByteClass.isDigit(b) {
            let (end, kind) = scanNumber(at: i)
            emit(i..<end, kind)
            return end
        }
        if b == UInt8(ascii: "'") {
            if let end = scanDecade(at: i) {
                emit(i..<end, .number)
                return end
            }
            // A clitic after a number or acronym: 2018's, U.S.'s.
            if lastTokenEnds(at: i), let host = tokens.last, host.kind == .word || host.kind == .number,
               let clitic = clitic(at: i, wordStart: host.bytes.lowerBound), clitic.splitAt == i {
                emit(i..<clitic.end, .clitic)
                return clitic.end
            }
        }
        if (b == UInt8(ascii: "#") || b == UInt8(ascii: "@")), let end = scanTag(at: i) {
            emit(i..<end, .word)
            return end
        }
        if ByteClass.isLetter(p, i) {
            return scanWord(at: i)
        }
        let (end, kind) = scanPunctuation(at: i)
        emit(i..<end, kind)
        return end
    }

    /// `'80s`, `'18`: an apostrophe, two digits and an optional `s`.
    private func scanDecade(at i: Int) -> Int? {
        guard i + 2 < n, ByteClass.isDigit(p[i + 1]), ByteClass.isDigit(p[i + 2]) else { return nil }
        var end = i + 3
        if end < n, p[end] == UInt8(ascii: "s") { end += 1 }
        if end < n, isWordByte(end) { return nil }
        return end
    }

    /// `#NorthKorea`, `@StateDept`: a hash or at sign at a token start, then a letter.
    private func scanTag(at i: Int) -> Int? {
        guard i + 1 < n, ByteClass.isLetter(p, i + 1), !ByteClass.isSpace(p[i + 1]),
              p[i + 1] < 0x80 || !ByteClass.isExtenderScalar(ByteClass.scalar(p, i + 1)) else { return nil }
        if let last = tokens.last, lastTokenEnds(at: i), last.kind == .word || last.kind == .number {
            return nil   // inside a word: an e-mail address or "AT&T"-like compound
        }
        var j = i + 1
        while j < n, isWordByte(j) || p[j] == UInt8(ascii: "_") { j += ByteClass.sequenceLength(p[j]) }
        return min(j, n)
    }

    /// Whether the character at `j` can be part of a word: a letter or a digit.
    @inline(__always)
    func isWordByte(_ j: Int) -> Bool {
        let b = p[j]
        if b < 0x80 { return ByteClass.isASCIILetter(b) || ByteClass.isDigit(b) }
        return ByteClass.isLetter(p, j)
    }
}
