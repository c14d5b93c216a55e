/// Numbers: digits with inner separators, and letters glued to them.
extension TokenScanner {
    /// Scans a number starting at the digit `start`: `2,020`, `3.5`, `26.11.2018`,
    /// `2018-06-12`, `11/26/2018`, `3:46`, `6-8`, with glued letters (`1970s`, `26th`, `3pm`).
    /// A number joined by a hyphen to letters is a word (`39-year-old`).
    func scanNumber(at start: Int) -> (Int, TokenKind) {
        var j = start
        while j < n, ByteClass.isDigit(p[j]) { j += 1 }
        while j + 1 < n {
            let c = p[j]
            let separator = c == UInt8(ascii: ",") || c == UInt8(ascii: ".") || c == UInt8(ascii: "/")
                || c == UInt8(ascii: ":") || c == UInt8(ascii: "-")
            guard separator, ByteClass.isDigit(p[j + 1]) else { break }
            j += 1
            while j < n, ByteClass.isDigit(p[j]) { j += 1 }
        }
        var k = j
        if k + 1 < n, p[k] == UInt8(ascii: "-"), ByteClass.isASCIILetter(p[k + 1]) {
            k += 1
            while k < n, ByteClass.isASCIILetter(p[k])
                    || (p[k] == UInt8(ascii: "-") && k + 1 < n && ByteClass.isASCIILetter(p[k + 1])) {
                k += 1
            }
            return (k, .word)
        }
        if k < n, ByteClass.isASCIILetter(p[k]) {
            while k < n, ByteClass.isASCIILetter(p[k]) { k += 1 }
            if k < n, ByteClass.isDigit(p[k]) { return (j, .number) }   // 3G2: leave the letters
            return (k, .number)
        }
        return (j, .number)
    }
}
