/// Punctuation and symbols, including emoji.
extension TokenScanner {
    /// Scans punctuation or a symbol at `i`: runs of `.` (`...`), `-` (`--`) and `?`/`!`
    /// (`?!`) are one token; a pair of regional indicators is one flag (`🇰🇷`).
    func scanPunctuation(at i: Int) -> (Int, TokenKind) {
        let b = p[i]
        if b >= 0x80 {
            let v = ByteClass.scalar(p, i)
            var end = min(n, i + ByteClass.sequenceLength(b))
            if ByteClass.isRegionalIndicator(v), end < n, p[end] >= 0xF0,
               ByteClass.isRegionalIndicator(ByteClass.scalar(p, end)) {
                end = min(n, end + 4)
            }
            if ByteClass.isBullet(p, i) { return (end, .symbol) }
            return (end, ByteClass.isPunctuationScalar(v) ? .punctuation : .symbol)
        }
        switch b {
        case UInt8(ascii: "."), UInt8(ascii: "-"):
            var j = i + 1
            while j < n, p[j] == b { j += 1 }
            return (j, .punctuation)
        case UInt8(ascii: "?"), UInt8(ascii: "!"):
            var j = i + 1
            while j < n, p[j] == UInt8(ascii: "?") || p[j] == UInt8(ascii: "!") { j += 1 }
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
