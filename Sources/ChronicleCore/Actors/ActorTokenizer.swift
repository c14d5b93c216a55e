/// Splits text into ``ActorToken``s by scanning UTF-8 bytes once.
///
/// Rules: a word starts with a letter or digit and goes on through letters and digits, through
/// a hyphen or apostrophe followed by a letter or digit (`Jong-un`, `39-year-old`, `O'Brien`),
/// except that a final `'s` becomes a token of its own (`Japan` `'s`). A single letter or a
/// known abbreviation takes its period (`U.S.`, `N.`, `Mr.`, `Gen.`). Everything else is a
/// one-character punctuation token. Non-ASCII scalars count as letters, except typographic
/// quotes, dashes and spaces.
enum ActorTokenizer {
    static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sen", "Rep", "Gov", "Prof", "St", "Adm",
        "Maj", "Capt", "Sgt", "Jr", "Sr", "Amb", "No", "Mt", "Ft", "Pres", "Dept", "Corp", "Inc",
        "Co", "Ltd", "vs", "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Brig", "Cmdr",
    ]

    static let possessiveHash = PhraseHash.token("'s".utf8, lowered: false)

    /// Tokenizes `text`.
    static func tokenize(_ text: String) -> [ActorToken] {
        tokenize(bytes: Array(text.utf8))
    }

    /// Tokenizes UTF-8 bytes.
    ///
    /// With `classes`, each token gets its word classes, and a plain lower-case ASCII word that
    /// has none (most of running text) gets an empty `text` and `lower`: the resolver never reads
    /// them, and not building them is most of the tokenizer's cost.
    static func tokenize(bytes array: [UInt8], classes: HashTable64<WordClass>? = nil) -> [ActorToken] {
        array.withUnsafeBufferPointer { tokenize(buffer: $0, classes: classes) }
    }

    private static func tokenize(buffer bytes: UnsafeBufferPointer<UInt8>, classes: HashTable64<WordClass>?) -> [ActorToken] {
        var tokens: [ActorToken] = []
        tokens.reserveCapacity(bytes.count / 5)
        let n = bytes.count
        var i = 0
        var scalar = 0  // scalar offset of bytes[i]
        var sentenceStart = true
        var lineStart = true
        var inQuote = false

        @inline(__always) func scalarLength(_ b: UInt8) -> Int {
            b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
        }
        @inline(__always) func isASCIIAlnum(_ b: UInt8) -> Bool {
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
        }
        // Non-ASCII scalars that are not letters: typographic punctuation and spaces.
        @inline(__always) func isWordStart(_ at: Int) -> Bool {
            let b = bytes[at]
            if b < 0x80 { return isASCIIAlnum(b) }
            if b == 0xC2 && at + 1 < n {  // NBSP, «, », ·, ¿, ¡, §, °
                let c = bytes[at + 1]
                return !(c == 0xA0 || c == 0xAB || c == 0xBB || c == 0xB7 || c == 0xBF || c == 0xA1
                    || c == 0xA7 || c == 0xB0)
            }
            if b == 0xE2 || b == 0xE3 && at + 1 < n && bytes[at + 1] == 0x80 { return false }
            if b == 0xEF && at + 2 < n && bytes[at + 1] == 0xBB && bytes[at + 2] == 0xBF { return false }
            return b >= 0xC3
        }
        @inline(__always) func isApostrophe(_ at: Int) -> Int {  // byte length, or 0
            if bytes[at] == 0x27 { return 1 }
            if bytes[at] == 0xE2 && at + 2 < n && bytes[at + 1] == 0x80 && bytes[at + 2] == 0x99 { return 3 }
            return 0
        }

        // A possessive 's directly after a word is a token of its own.
        @inline(__always) func appendPossessive() {
            let ap = i < n ? isApostrophe(i) : 0
            guard ap > 0, i + ap < n, bytes[i + ap] == 0x73 || bytes[i + ap] == 0x53,
                  i + ap + 1 >= n || !isWordStart(i + ap + 1) else { return }
            tokens.append(ActorToken(
                text: "'s", kind: .punctuation, start: scalar, end: scalar + 2, lower: "'s",
                byteStart: i, byteEnd: i + ap + 1, isCapitalized: false,
                startsSentence: false, startsLine: false, isAllCaps: false, inQuote: inQuote,
                classes: classes?.find(possessiveHash) ?? [], exactHash: possessiveHash, lowerHash: possessiveHash))
            i += ap + 1
            scalar += 2
        }

        while i < n {
            let b = bytes[i]
            // Whitespace.
            if b == 0x20 || b == 0x09 || b == 0x0D { i += 1; scalar += 1; continue }
            if b == 0x0A {
                lineStart = true; sentenceStart = true; inQuote = false
                i += 1; scalar += 1; continue
            }
            if b == 0xC2 && i + 1 < n && bytes[i + 1] == 0xA0 { i += 2; scalar += 1; continue }
            if b == 0xE2 && i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] >= 0x80 && bytes[i + 2] <= 0x8B || bytes[i + 2] == 0xAF) {
                i += 3; scalar += 1; continue
            }
            let startByte = i
            let startScalar = scalar
            if isWordStart(i) {
                var j = i
                var sc = scalar
                var hasLetter = false
                var allDigits = true
                var upperCount = 0
                var lowerSeen = false
                var sawE2 = false
                while j < n {
                    let c = bytes[j]
                    if isWordStart(j) {
                        if !(c >= 0x30 && c <= 0x39) {
                            allDigits = false
                            hasLetter = true
                            if c >= 0x41 && c <= 0x5A { upperCount += 1 } else if c >= 0x61 && c <= 0x7A { lowerSeen = true }
                        }
                        j += scalarLength(c); sc += 1; continue
                    }
                    // Internal hyphen, apostrophe, or period between letters (U.S., D.C.).
                    if c == 0x2D, j + 1 < n, isWordStart(j + 1) { j += 1; sc += 1; allDigits = false; continue }
                    let ap = isApostrophe(j)
                    if ap > 0, j + ap < n, isWordStart(j + ap) {
                        // Possessive 's at the end of a word: stop before it.
                        let k = j + ap
                        if (bytes[k] == 0x73 || bytes[k] == 0x53) && (k + 1 >= n || !isWordStart(k + 1)) { break }
                        if k + 1 < n, bytes[k] == 0x74, j > i, bytes[j - 1] == 0x6E { break }  // n't
                        if ap == 3 { sawE2 = true }
                        j = k; sc += 1; continue
                    }
                    if c == 0x2E, j + 1 < n, isWordStart(j + 1), j - i <= 2, j + 2 < n, bytes[j + 2] == 0x2E {
                        j += 1; sc += 1; continue  // U.S. / D.C. / U.N.
                    }
                    if c == 0x2C || c == 0x2E, allDigits, j + 1 < n, bytes[j + 1] >= 0x30 && bytes[j + 1] <= 0x39 {
                        j += 1; sc += 1; continue  // 1,200 / 3.5
                    }
                    break
                }
                // Abbreviation period.
                if j < n, bytes[j] == 0x2E {
                    let isInitial = j - startByte == 1 && (bytes[startByte] >= 0x41 && bytes[startByte] <= 0x5A)
                    let dotted = bytes[startByte..<j].contains(0x2E)
                    if isInitial || dotted
                        || abbreviations.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[startByte..<j]), as: UTF8.self)) {
                        j += 1; sc += 1
                    }
                }
                let raw = UnsafeBufferPointer(rebasing: bytes[startByte..<j])
                if let classes, hasLetter, upperCount == 0, !sawE2 {
                    let h = PhraseHash.token(raw, lowered: false)
                    let c = classes.find(h)
                    let plain = c == nil && !raw.contains(where: { $0 >= 0x80 || $0 == 0x2D })
                        && !(raw.count > 2 && raw[raw.count - 2] == 0x65 && raw[raw.count - 1] == 0x64)
                    if plain {
                        tokens.append(ActorToken(
                            text: "", kind: .word, start: startScalar, end: sc, lower: "", byteStart: startByte,
                            byteEnd: j, isCapitalized: false, startsSentence: sentenceStart, startsLine: lineStart,
                            isAllCaps: false, inQuote: inQuote, exactHash: h, lowerHash: h))
                        sentenceStart = false
                        lineStart = false
                        scalar = sc
                        i = j
                        appendPossessive()
                        continue
                    }
                }
                var word = String(decoding: raw, as: UTF8.self)
                var exactHash: UInt64
                var lowerHash: UInt64
                if sawE2 {
                    word = word.replacingOccurrences(of: "\u{2019}", with: "'")
                    exactHash = PhraseHash.token(word.utf8, lowered: false)
                    lowerHash = PhraseHash.token(word.utf8, lowered: true)
                } else {
                    exactHash = PhraseHash.token(raw, lowered: false)
                    lowerHash = upperCount > 0 ? PhraseHash.token(raw, lowered: true) : exactHash
                }
                let first = bytes[startByte]
                let upper = (first >= 0x41 && first <= 0x5A) || (first == 0xC3 && startByte + 1 < n && bytes[startByte + 1] >= 0x80 && bytes[startByte + 1] <= 0x9E)
                let allCaps = upper && !lowerSeen && upperCount >= 2
                var lower = word
                if upperCount > 0 {
                    let source = sawE2 ? Array(word.utf8) : Array(raw)
                    lower = String(unsafeUninitializedCapacity: source.count) { buffer in
                        for k in 0..<source.count {
                            let b = source[k]
                            buffer[k] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                        }
                        return source.count
                    }
                }
                tokens.append(ActorToken(
                    text: word, kind: hasLetter ? .word : .number, start: startScalar, end: sc, lower: lower,
                    byteStart: startByte, byteEnd: j,
                    isCapitalized: upper, startsSentence: sentenceStart, startsLine: lineStart,
                    isAllCaps: allCaps, inQuote: inQuote, classes: classes?.find(lowerHash) ?? [],
                    exactHash: exactHash, lowerHash: lowerHash))
                sentenceStart = false
                lineStart = false
                scalar = sc
                i = j
                appendPossessive()
                continue
            }
            // Punctuation: one scalar.
            let len = scalarLength(b)
            var text = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<min(n, i + len)]), as: UTF8.self)
            var isQuote = b == 0x22
            if b == 0xE2 && len == 3 && i + 2 < n && bytes[i + 1] == 0x80 {
                switch bytes[i + 2] {
                case 0x9C, 0x9D: text = "\""; isQuote = true
                case 0x98, 0x99: text = "'"
                case 0x93, 0x94: text = "-"
                default: break
                }
            }
            if isQuote { inQuote.toggle() }
            let punctuationHash = PhraseHash.token(text.utf8, lowered: false)
            tokens.append(ActorToken(
                text: text, kind: .punctuation, start: startScalar, end: startScalar + 1, lower: text,
                byteStart: i, byteEnd: i + len, isCapitalized: false,
                startsSentence: sentenceStart, startsLine: lineStart, isAllCaps: false, inQuote: inQuote,
                classes: classes?.find(punctuationHash) ?? [], exactHash: punctuationHash, lowerHash: punctuationHash))
            lineStart = false
            if b == 0x2E || b == 0x21 || b == 0x3F || b == 0x3B {
                sentenceStart = b != 0x3B
            } else if !(isQuote || b == 0x28 || b == 0x29) {
                sentenceStart = false
            }
            i += len
            scalar += 1
        }
        return tokens
    }
}
