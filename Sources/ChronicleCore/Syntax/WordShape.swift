/// What the tagger knows about one word before looking at its neighbours: hashes of its form,
/// lowercase form, affixes and shape, computed once per token.
struct WordShape {
    /// The exact form.
    var form: UInt64
    /// The lowercase form, with numbers folded (`1990` → a year, `3,000` → digits).
    var lower: UInt64
    /// Suffixes of length 1 to 4 of the lowercase form (a suffix longer than the word is the word).
    var suffix1, suffix2, suffix3, suffix4: UInt64
    /// Prefixes of length 1 to 3 of the lowercase form.
    var prefix1, prefix2, prefix3: UInt64
    /// The shape: upper `X`, lower `x`, digit `d`, other characters kept, runs collapsed
    /// (`North` → `Xx`, `U.S.` → `X.X.`, `2018` → `d`).
    var shape: UInt64
    /// Small facts: initial capital, all capitals, has a digit, has a hyphen.
    var flags: UInt64

    /// The hash used for positions before the sentence.
    static let before = WordShape(padding: "<s>")
    /// The hash used for positions after the sentence.
    static let after = WordShape(padding: "</s>")

    private init(padding: String) {
        let h = FeatureHash.string(padding)
        form = h; lower = h
        suffix1 = h; suffix2 = h; suffix3 = h; suffix4 = h
        prefix1 = h; prefix2 = h; prefix3 = h
        shape = h; flags = h
    }

    /// Computes the hashes from the UTF-8 bytes of `word` (ASCII case folding; other letters
    /// are folded with `lowercased()` only when the word has any). Affixes are byte affixes.
    init(_ word: String) {
        form = FeatureHash.string(word)
        let ascii = word.utf8.allSatisfy { $0 < 0x80 }
        let folded = ascii ? word : word.lowercased()
        let capacity = max(folded.utf8.count, word.utf8.count) + 1
        // Scratch space on the stack: the lowercase bytes, then the shape's bytes.
        (lower, suffix1, suffix2, suffix3, suffix4, prefix1, prefix2, prefix3, shape, flags) =
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * capacity) { scratch in
                var n = 0
                for b in folded.utf8 {
                    scratch[n] = b >= 65 && b <= 90 ? b + 32 : b
                    n += 1
                }
                var shapeCount = 0
                var upper = 0, letters = 0, digits = 0, hyphen = false, numeric = true
                var initialCap = false
                var first = true
                for b in word.utf8 {
                    let c: UInt8
                    switch b {
                    case 65 ... 90: c = 88; upper += 1; letters += 1    // X
                    case 97 ... 122: c = 120; letters += 1             // x
                    case 48 ... 57: c = 100; digits += 1               // d
                    case 0x80...: c = 117; letters += 1                // u: any non-ASCII byte
                    default: c = b
                    }
                    if first { initialCap = c == 88; first = false }
                    if b == 45 { hyphen = true }
                    if !(c == 100 || b == 44 || b == 46) { numeric = false }
                    let repeated = shapeCount > 0 && scratch[capacity + shapeCount - 1] == c
                    if !repeated || !(c == 88 || c == 120 || c == 100 || c == 117) {
                        scratch[capacity + shapeCount] = c
                        shapeCount += 1
                    }
                }
                func hash(_ range: Range<Int>) -> UInt64 {
                    FeatureHash.bytes(UnsafeBufferPointer(rebasing: scratch[range]))
                }
                let lower = numeric && digits > 0
                    ? FeatureHash.string(digits == 4 && n == 4 ? "!YEAR" : "!DIGITS") : hash(0 ..< n)
                let allCaps = letters > 0 && upper == letters
                let flags: UInt64 = (initialCap ? 1 : 0) | (allCaps ? 2 : 0) | (digits > 0 ? 4 : 0) | (hyphen ? 8 : 0)
                return (lower, hash(max(0, n - 1) ..< n), hash(max(0, n - 2) ..< n), hash(max(0, n - 3) ..< n),
                        hash(max(0, n - 4) ..< n), hash(0 ..< min(1, n)), hash(0 ..< min(2, n)), hash(0 ..< min(3, n)),
                        hash(capacity ..< capacity + shapeCount), flags)
            }
    }
}
