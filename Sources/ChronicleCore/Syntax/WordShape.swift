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
        var bytes = Array(word.utf8)
        if bytes.contains(where: { $0 >= 0x80 }) { bytes = Array(word.lowercased().utf8) }
        var shapeBytes: [UInt8] = []
        shapeBytes.reserveCapacity(8)
        var upper = 0, letters = 0, digits = 0, hyphen = false, numeric = true
        var initialCap = false
        for (i, b) in word.utf8.enumerated() {
            let c: UInt8
            switch b {
            case 65 ... 90: c = 88; upper += 1; letters += 1    // X
            case 97 ... 122: c = 120; letters += 1             // x
            case 48 ... 57: c = 100; digits += 1               // d
            case 0x80...: c = 117; letters += 1                // u: any non-ASCII byte
            default: c = b
            }
            if i == 0 { initialCap = c == 88 }
            if b == 45 { hyphen = true }
            if !(c == 100 || b == 44 || b == 46) { numeric = false }
            if shapeBytes.last != c || !(c == 88 || c == 120 || c == 100 || c == 117) { shapeBytes.append(c) }
        }
        for i in bytes.indices where bytes[i] >= 65 && bytes[i] <= 90 { bytes[i] += 32 }
        shape = FeatureHash.bytes(shapeBytes[...])
        if numeric && digits > 0 {
            lower = FeatureHash.string(digits == 4 && bytes.count == 4 ? "!YEAR" : "!DIGITS")
        } else {
            lower = FeatureHash.bytes(bytes[...])
        }
        suffix1 = FeatureHash.bytes(bytes.suffix(1))
        suffix2 = FeatureHash.bytes(bytes.suffix(2))
        suffix3 = FeatureHash.bytes(bytes.suffix(3))
        suffix4 = FeatureHash.bytes(bytes.suffix(4))
        prefix1 = FeatureHash.bytes(bytes.prefix(1))
        prefix2 = FeatureHash.bytes(bytes.prefix(2))
        prefix3 = FeatureHash.bytes(bytes.prefix(3))
        let allCaps = letters > 0 && upper == letters
        flags = (initialCap ? 1 : 0) | (allCaps ? 2 : 0) | (digits > 0 ? 4 : 0) | (hyphen ? 8 : 0)
    }
}
