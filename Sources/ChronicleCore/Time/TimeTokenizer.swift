/// Splits UTF-8 text into ``TimeToken``s in one pass over the bytes.
///
/// Letters run into words (with non-ASCII letters, and internal periods in "a.m." or "U.S."),
/// digits into numbers, and every other mark is a token of its own; "1970s" is the number 1970
/// followed, without space, by the word "s", and "mid-June" is three tokens. Curly quotes and
/// dashes are folded to ASCII marks so the grammar needs to know only those.
enum TimeTokenizer {
    /// Tokenizes `bytes`; with a lexicon, words get their ids and sentences are numbered.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, lexicon: TimeLexicon?) -> [TimeToken] {
        var tokens: [TimeToken] = []
        tokens.reserveCapacity(bytes.count / 5)
        let n = bytes.count
        var i = 0
        var scalars = 0
        var space = false
        var newline = false
        @inline(__always) func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 }
        while i < n {
            let b = bytes[i]
            if b == 32 || b == 9 || b == 13 { space = true; i += 1; scalars += 1; continue }
            if b == 10 { space = true; newline = true; i += 1; scalars += 1; continue }
            var token = TimeToken(kind: .word)
            token.start = Int32(i)
            token.scalarStart = Int32(scalars)
            token.spaceBefore = space
            token.newlineBefore = newline
            if isLetter(b) {
                token.capitalized = b < 97
                var allCaps = b < 97
                var segment = 0
                while i < n {
                    let c = bytes[i]
                    if isLetter(c) {
                        if c >= 97 { allCaps = false }
                        segment += 1
                    } else if c >= 0x80 {
                        if c == 0xE2 || c == 0xC2 { break }     // typographic marks and spaces
                        if c & 0xC0 != 0x80 { scalars += 1 }
                        i += 1
                        continue
                    } else if c == 46, segment == 1, i + 1 < n, isLetter(bytes[i + 1]),
                              i + 2 >= n || !isLetter(bytes[i + 2]) {
                        segment = 0                               // "a.m", "U.S"
                    } else {
                        break
                    }
                    i += 1
                    scalars += 1
                }
                token.end = Int32(i)
                token.allCaps = allCaps && i - Int(token.start) > 1
                if let lexicon, let key = WordKey(bytes, from: Int(token.start), to: i) {
                    token.key = lexicon.ids[key] ?? -1
                }
            } else if b >= 48 && b <= 57 {
                token.kind = .number
                var value = 0
                while i < n, bytes[i] >= 48, bytes[i] <= 57 {
                    if i - Int(token.start) < 18 { value = value * 10 + Int(bytes[i] - 48) }
                    i += 1
                    scalars += 1
                }
                token.value = value
                token.digits = i - Int(token.start)
                token.end = Int32(i)
            } else if b >= 0x80 {
                let mark = Self.mark(bytes, at: i)
                if mark.isSpace {
                    space = true
                    i += mark.length
                    scalars += 1
                    continue
                }
                if mark.punct == 0 {
                    // Another non-ASCII letter or symbol: a word of its own that the lexicon never matches.
                    i += 1
                    while i < n, bytes[i] & 0xC0 == 0x80 { i += 1 }
                    scalars += 1
                    while i < n, bytes[i] >= 0x80, Self.mark(bytes, at: i).punct == 0, !Self.mark(bytes, at: i).isSpace {
                        if bytes[i] & 0xC0 != 0x80 { scalars += 1 }
                        i += 1
                    }
                    token.end = Int32(i)
                } else {
                    token.kind = .punct
                    token.punct = mark.punct
                    token.key = TimeToken.punctKey(mark.punct)
                    i += mark.length
                    scalars += 1
                    token.end = Int32(i)
                }
            } else {
                token.kind = .punct
                token.punct = b
                token.key = TimeToken.punctKey(b)
                i += 1
                scalars += 1
                token.end = Int32(i)
            }
            token.scalarEnd = Int32(scalars)
            tokens.append(token)
            space = false
            newline = false
        }
        if let lexicon { numberSentences(&tokens, lexicon: lexicon) }
        return tokens
    }

    /// A multi-byte mark: typographic punctuation folded to ASCII, or a Unicode space.
    private static func mark(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (punct: UInt8, isSpace: Bool, length: Int) {
        let b = bytes[i]
        if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { return (0, true, 2) }
        guard b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 else { return (0, false, 1) }
        switch bytes[i + 2] {
        case 0x80...0x8A, 0xAF: return (0, true, 3)
        case 0x98, 0x99: return (39, false, 3)          // ‘ ’
        case 0x9C, 0x9D: return (34, false, 3)          // “ ”
        case 0x90...0x95: return (45, false, 3)         // hyphens and dashes
        case 0xA6: return (46, false, 3)                // …
        default: return (0, false, 1)
        }
    }

    /// Numbers sentences: a new one starts after a line break, or after `.`, `!`, `?` when
    /// the next word is capitalized and the period does not close an abbreviation.
    private static func numberSentences(_ tokens: inout [TimeToken], lexicon: TimeLexicon) {
        var sentence: Int32 = 0
        var pendingBreak = false
        var quoted = false
        for k in tokens.indices {
            if tokens[k].newlineBefore { quoted = false }
            if tokens[k].kind == .punct, tokens[k].punct == 34 { quoted.toggle() }
            tokens[k].quoted = quoted
            if k > 0, tokens[k].newlineBefore || (pendingBreak && (tokens[k].capitalized || tokens[k].kind != .word)) {
                sentence += 1
            }
            pendingBreak = false
            tokens[k].sentence = sentence
            let t = tokens[k]
            guard t.kind == .punct else { continue }
            if t.punct == 33 || t.punct == 63 { pendingBreak = true }
            if t.punct == 46, k > 0 {
                let prev = tokens[k - 1]
                if prev.kind == .word, prev.end == t.start {
                    let entry = prev.key >= 0 ? lexicon.words[Int(prev.key)] : nil
                    let short = prev.length == 1 || (entry?.abbreviation ?? false) || (entry?.isShortForm ?? false)
                        || (entry?.meridiem ?? 0) > 0
                    pendingBreak = !short
                } else {
                    pendingBreak = true
                }
            }
        }
    }
}
