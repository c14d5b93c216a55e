/// The ASCII classes of a byte, for the tokenizer's inner loop: bit 0 upper-case letter, bit
/// 1 lower-case letter, bit 2 digit; 0 for every other byte.
enum WordByte {
    static let upper: UInt8 = 1
    static let lower: UInt8 = 2
    static let digit: UInt8 = 4

    /// The table, allocated once and never freed (256 bytes).
    static let table = WordByteTable()
}

/// 256 bytes of ``WordByte`` bits behind a pointer, so that the tokenizer reads them without
/// retaining an array.
struct WordByteTable: @unchecked Sendable {
    let pointer: UnsafePointer<UInt8>

    init() {
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for b in 0..<256 {
            p[b] = b >= 0x41 && b <= 0x5A ? WordByte.upper : b >= 0x61 && b <= 0x7A ? WordByte.lower
                : b >= 0x30 && b <= 0x39 ? WordByte.digit : 0
        }
        pointer = UnsafePointer(p)
    }
}

/// Words: where they start and end, their case, and their hashes.
extension ActorTokenizer {
    @inline(__always)
    static func scalarLength(_ b: UInt8) -> Int {
        b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
    }

    @inline(__always)
    static func isASCIIAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    /// Whether the scalar at `at` is a letter or digit: ASCII letters and digits, and every
    /// non-ASCII scalar except typographic punctuation and spaces.
    @inline(__always)
    func isWordStart(_ at: Int) -> Bool {
        let n = bytes.count
        let b = bytes[at]
        if b < 0x80 { return Self.isASCIIAlphanumeric(b) }
        if b == 0xC2 && at + 1 < n {  // NBSP, «, », ·, ¿, ¡, §, °
            let c = bytes[at + 1]
            return !(c == 0xA0 || c == 0xAB || c == 0xBB || c == 0xB7 || c == 0xBF || c == 0xA1
                || c == 0xA7 || c == 0xB0)
        }
        if b == 0xE2 || b == 0xE3 && at + 1 < n && bytes[at + 1] == 0x80 { return false }
        if b == 0xEF && at + 2 < n && bytes[at + 1] == 0xBB && bytes[at + 2] == 0xBF { return false }
        return b >= 0xC3
    }

    /// The byte length of an apostrophe (`'` or `’`) at `at`, or 0.
    @inline(__always)
    func apostropheLength(at: Int) -> Int {
        if bytes[at] == 0x27 { return 1 }
        if bytes[at] == 0xE2 && at + 2 < bytes.count && bytes[at + 1] == 0x80 && bytes[at + 2] == 0x99 { return 3 }
        return 0
    }

    /// The second halves of hyphenated titles (`Secretary-General`, `Vice-President`).
    static let titleHalves: [[UInt8]] = ["General", "President", "Chairman", "Minister", "Governor", "Secretary", "Admiral", "Chancellor"]
        .map { Array($0.utf8) }

    /// Whether the letters at `k` spell one of ``titleHalves`` and end there.
    static func titleAfterHyphen(_ bytes: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        halfAfterHyphen(bytes, k, among: titleHalves)
    }

    /// Second halves that make the name before the hyphen a ship's or a firm's country
    /// (`British-flagged`, `Iranian-owned`, `Panama-registered`): the name is a word of its own.
    static let ownershipHalves: [[UInt8]] = ["flagged", "registered", "owned", "operated", "crewed"]
        .map { Array($0.utf8) }

    /// Whether the letters at `k` spell one of `halves` and end there.
    static func halfAfterHyphen(_ bytes: UnsafeBufferPointer<UInt8>, _ k: Int, among halves: [[UInt8]]) -> Bool {
        var end = k
        while end < bytes.count, (bytes[end] | 0x20) >= 0x61 && (bytes[end] | 0x20) <= 0x7A { end += 1 }
        return halves.contains { t in t.count == end - k && t.indices.allSatisfy { bytes[k + $0] == t[$0] } }
    }

    /// Reads the word that starts at `i` and appends its token.
    ///
    /// The hashes of the text and of its lower-cased form are computed during the scan, with
    /// a typographic apostrophe (`’`, the only non-letter scalar a word can hold) fed as `'`.
    mutating func readWord() {
        let n = bytes.count
        let startByte = i
        var j = i
        var sc = scalar
        var hasLetter = false
        var allDigits = true
        var upperCount = 0
        var lowerSeen = false
        var curlyApostrophes = 0
        var segmentStart = i
        var exact = PhraseHash.seed
        var lower = PhraseHash.seed
        let table = byteClasses
        while j < n {
            // A run of ASCII letters and digits, the bulk of every word: a table look-up per
            // byte and the two hashes, with what the run says about case gathered in bits.
            var run = j
            var seen: UInt8 = 0
            while run < n {
                let c = bytes[run]
                let k = table[Int(c)]
                if k == 0 { break }
                seen |= k
                upperCount &+= Int(k & WordByte.upper)
                exact = PhraseHash.step(exact, c)
                lower = PhraseHash.step(lower, c | (k & WordByte.upper) << 5)
                run &+= 1
            }
            if run > j {
                if seen & (WordByte.upper | WordByte.lower) != 0 {
                    allDigits = false
                    hasLetter = true
                }
                if seen & WordByte.lower != 0 { lowerSeen = true }
                sc &+= run &- j
                j = run
                if j >= n { break }
            }
            let c = bytes[j]
            if c >= 0x80 && isWordStart(j) {
                allDigits = false
                hasLetter = true
                let end = min(n, j + Self.scalarLength(c))
                while j < end {
                    exact = PhraseHash.step(exact, bytes[j])
                    lower = PhraseHash.step(lower, bytes[j])
                    j += 1
                }
                sc += 1
                continue
            }
            // Internal hyphen, apostrophe, or period between letters (U.S., D.C.).
            if c == 0x2D, j + 1 < n, isWordStart(j + 1) {
                // "the Japan-South Korea summit", "Trump-Kim talks": a hyphen between a capitalized
                // part of three letters or more and a capital joins two names, each a word of its
                // own (the tables' phrases are read the same way: `Guinea-Bissau` still matches).
                let up = { (b: UInt8) in b >= 0x41 && b <= 0x5A }
                // Titles stay whole ("Secretary-General", "Vice-President").
                if up(bytes[j + 1]), up(bytes[segmentStart]), j - segmentStart >= 3, !Self.titleAfterHyphen(bytes, j + 1) { break }
                // "a British-flagged tanker": the country's name stands alone
                if up(bytes[segmentStart]), j - segmentStart >= 3, Self.halfAfterHyphen(bytes, j + 1, among: Self.ownershipHalves) { break }
                exact = PhraseHash.step(exact, c); lower = PhraseHash.step(lower, c)
                j += 1; sc += 1; allDigits = false
                segmentStart = j
                continue
            }
            let ap = apostropheLength(at: j)
            if ap > 0, j + ap < n, isWordStart(j + ap) {
                // Possessive 's at the end of a word: stop before it.
                let k = j + ap
                if (bytes[k] == 0x73 || bytes[k] == 0x53) && (k + 1 >= n || !isWordStart(k + 1)) { break }
                if k + 1 < n, bytes[k] == 0x74, j > i, bytes[j - 1] == 0x6E { break }  // n't
                if ap == 3 { curlyApostrophes += 1 }
                exact = PhraseHash.step(exact, 0x27); lower = PhraseHash.step(lower, 0x27)
                j = k; sc += 1; continue
            }
            if c == 0x2E, j + 1 < n, isWordStart(j + 1), j - i <= 2, j + 2 < n, bytes[j + 2] == 0x2E {
                exact = PhraseHash.step(exact, c); lower = PhraseHash.step(lower, c)
                j += 1; sc += 1; continue  // U.S. / D.C. / U.N.
            }
            if c == 0x2C || c == 0x2E, allDigits, j + 1 < n, bytes[j + 1] >= 0x30 && bytes[j + 1] <= 0x39 {
                exact = PhraseHash.step(exact, c); lower = PhraseHash.step(lower, c)
                j += 1; sc += 1; continue  // 1,200 / 3.5
            }
            break
        }
        // Abbreviation period: after an initial, a dotted word, or a known abbreviation (whose
        // text has no apostrophe, so the hash so far is that of its bytes).
        var endsWithPeriod = false
        if j < n, bytes[j] == 0x2E {
            let isInitial = j - startByte == 1 && (bytes[startByte] >= 0x41 && bytes[startByte] <= 0x5A)
            if isInitial || bytes[startByte..<j].contains(0x2E) || Self.abbreviations.contains(exact == 0 ? 1 : exact) {
                exact = PhraseHash.step(exact, 0x2E); lower = PhraseHash.step(lower, 0x2E)
                j += 1; sc += 1
                endsWithPeriod = true
            }
        }
        if exact == 0 { exact = 1 }
        if lower == 0 { lower = 1 }
        let first = bytes[startByte]
        let upper = (first >= 0x41 && first <= 0x5A)
            || (first == 0xC3 && startByte + 1 < n && bytes[startByte + 1] >= 0x80 && bytes[startByte + 1] <= 0x9E)
        var f = flags(capitalized: upper, allCaps: upper && !lowerSeen && upperCount >= 2)
        if curlyApostrophes > 0 { f.insert(.normalized) }
        if endsWithPeriod { f.insert(.endsWithPeriod) }
        append(ActorToken(
            kind: hasLetter ? .word : .number, flags: f, length: Int32(j - startByte - 2 * curlyApostrophes),
            start: scalar, end: sc, byteStart: startByte, byteEnd: j,
            classes: wordClasses(lower), exactHash: exact, lowerHash: lower))
        sentenceStart = false
        lineStart = false
        scalar = sc
        i = j
    }
}
