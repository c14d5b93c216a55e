/// Links: URLs, bare domain names and e-mail addresses.
extension TokenScanner {
    /// Top-level domains that make `word.word` a domain name (`kcna.kp`, `state.gov`).
    private static let topLevelDomains: Set<LexiconKey> = Set([
        "com", "org", "net", "gov", "edu", "int", "mil", "info", "io", "kr", "kp", "jp", "cn",
        "ru", "us", "uk", "tv", "fr", "de", "ch", "au", "ca", "eu",
    ].compactMap(LexiconKey.init))

    /// `http://…`, `https://…`, `www.…` up to whitespace, a quote or `<`, without trailing
    /// sentence punctuation.
    func scanLink(at i: Int) -> Int? {
        guard hasPrefix("http://", at: i) || hasPrefix("https://", at: i) || hasPrefix("www.", at: i) else {
            return nil
        }
        var j = i
        while j < n, !ByteClass.isSpace(p[j]), p[j] != UInt8(ascii: "\""), p[j] != UInt8(ascii: "<") { j += 1 }
        return trimLinkEnd(from: i, to: j)
    }

    private func hasPrefix(_ prefix: StaticString, at i: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard i + count <= n else { return false }
        for k in 0..<count {
            let b = p[i + k]
            if (ByteClass.isUpper(b) ? b | 0x20 : b) != prefix.utf8Start[k] { return false }
        }
        return true
    }

    private func trimLinkEnd(from i: Int, to end: Int) -> Int? {
        var j = end
        while j > i {
            let last = p[j - 1]
            guard last == UInt8(ascii: ".") || last == UInt8(ascii: ",") || last == UInt8(ascii: ";")
                || last == UInt8(ascii: ":") || last == UInt8(ascii: ")") || last == UInt8(ascii: "!")
                || last == UInt8(ascii: "?") || last == UInt8(ascii: "'") else { break }
            j -= 1
        }
        return j > i + 4 ? j : nil
    }

    /// `press@mofa.go.kr`, `kim.minji@example.co.kr`: an address starting at `start`.
    func scanEmail(from start: Int) -> Int? {
        var j = start
        var sawAt = false
        var sawDotAfterAt = false
        while j < n {
            let b = p[j]
            if ByteClass.isASCIILetter(b) || ByteClass.isDigit(b) || b == UInt8(ascii: "_")
                || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") {
                j += 1
            } else if b == UInt8(ascii: "@"), !sawAt, j > start {
                sawAt = true
                j += 1
            } else if b == UInt8(ascii: "."), j + 1 < n, ByteClass.isASCIILetter(p[j + 1]) || ByteClass.isDigit(p[j + 1]) {
                if sawAt { sawDotAfterAt = true }
                j += 1
            } else {
                break
            }
        }
        return sawAt && sawDotAfterAt ? j : nil
    }

    /// `kcna.kp`, `mofa.go.kr`, `example.com/news`: ASCII labels joined by dots whose last label
    /// is a known top-level domain, optionally with a path.
    func scanDomain(from start: Int, dot: Int) -> Int? {
        for k in start..<dot where !(ByteClass.isASCIILetter(p[k]) || ByteClass.isDigit(p[k]) || p[k] == UInt8(ascii: "-")) {
            return nil
        }
        var j = dot
        var lastLabel = start..<dot
        while j < n, p[j] == UInt8(ascii: "."), j + 1 < n, ByteClass.isASCIILetter(p[j + 1]) || ByteClass.isDigit(p[j + 1]) {
            var k = j + 1
            while k < n, ByteClass.isASCIILetter(p[k]) || ByteClass.isDigit(p[k]) || p[k] == UInt8(ascii: "-") { k += 1 }
            lastLabel = (j + 1)..<k
            j = k
        }
        guard j < n ? !isWordByte(j) : true, let key = LexiconKey(p, lastLabel),
              TokenScanner.topLevelDomains.contains(key) else { return nil }
        if j < n, p[j] == UInt8(ascii: "/") {
            var k = j
            while k < n, !ByteClass.isSpace(p[k]), p[k] != UInt8(ascii: "\""), p[k] != UInt8(ascii: "<") { k += 1 }
            return trimLinkEnd(from: start, to: k) ?? j
        }
        return j
    }
}
