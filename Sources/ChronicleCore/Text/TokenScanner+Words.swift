/// Words: letters with inner hyphens, apostrophes and dots, and the clitics split from them.
extension TokenScanner {
    /// A clitic found at an apostrophe: the host word ends at `splitAt`, the clitic at `end`.
    struct Clitic {
        var splitAt: Int
        var end: Int
    }

    /// Scans a word starting at the letter `start`, emitting it (and any clitic split from it).
    mutating func scanWord(at start: Int) -> Int {
        var j = start
        var segmentStart = start   // the part after the last hyphen: "anti-U.S."
        while true {
            while j < n, isWordByte(j) { j += ByteClass.sequenceLength(p[j]) }
            guard j < n else { j = n; break }
            let c = p[j]
            if c == UInt8(ascii: "-") || c == UInt8(ascii: "&"), j + 1 < n, isWordByte(j + 1) {
                j += 1
                segmentStart = j
                continue
            }
            if c == UInt8(ascii: "@"), j + 1 < n, isWordByte(j + 1), let end = scanEmail(from: start) {
                emit(start..<end, .link)
                return end
            }
            if c == UInt8(ascii: "'") {
                if let clitic = clitic(at: j, wordStart: start) {
                    if clitic.splitAt > start { emitWord(start..<clitic.splitAt) }
                    emit(clitic.splitAt..<clitic.end, .clitic)
                    return clitic.end   // a clitic ends the word: "Japan's" never continues
                }
                if j + 1 < n, ByteClass.isASCIILetter(p[j + 1]) {
                    j += 1   // O'Brien, D'Souza, and don't in standard mode
                    continue
                }
                break
            }
            if c == UInt8(ascii: ".") {
                if j + 1 < n, isWordByte(j + 1) {
                    if let end = scanEmail(from: start) ?? scanDomain(from: start, dot: j) {
                        emit(start..<end, .link)
                        return end
                    }
                }
                if let end = scanDottedAcronym(from: segmentStart, dot: j) {
                    j = end
                    if j + 1 < n, p[j] == UInt8(ascii: "-"), isWordByte(j + 1) {
                        j += 1   // U.S.-led, U.S.-North
                        segmentStart = j
                        continue
                    }
                    break
                }
                if abbreviations.keepsPeriod(p, segmentStart..<j) {
                    j += 1
                }
                break
            }
            break
        }
        emitWord(start..<j)
        return j
    }

    /// Emits a word, splitting `cannot` into `can not` in Universal Dependencies mode.
    private mutating func emitWord(_ range: Range<Int>) {
        if mode == .universalDependencies, range.count == 6, isCannot(range.lowerBound) {
            emit(range.lowerBound..<(range.lowerBound + 3), .word)
            emit((range.lowerBound + 3)..<range.upperBound, .word)
            return
        }
        emit(range, .word)
    }

    private func isCannot(_ i: Int) -> Bool {
        let word: StaticString = "cannot"
        for k in 0..<6 where p[i + k] | 0x20 != word.utf8Start[k] { return false }
        return true
    }

    /// `U.S.`, `U.N.`, `a.m.`, `e.g.`, `D.C.`, `Ph.D.`: letter groups of one or two, each
    /// followed by a dot, at least two groups. Returns the position after the last dot.
    func scanDottedAcronym(from start: Int, dot: Int) -> Int? {
        let length = dot - start
        guard length >= 1, length <= 2 else { return nil }
        for k in start..<dot where !ByteClass.isASCIILetter(p[k]) { return nil }
        var j = dot
        var groups = 1
        while j < n, p[j] == UInt8(ascii: ".") {
            var k = j + 1
            while k < n, ByteClass.isASCIILetter(p[k]) { k += 1 }
            let group = k - (j + 1)
            guard group >= 1, group <= 2, k < n, p[k] == UInt8(ascii: ".") else { break }
            groups += 1
            j = k
        }
        return groups >= 2 ? j + 1 : nil
    }

    /// Recognizes `'s 're 'll 've 'd 'm`, the plural possessive `s'`, and (in Universal
    /// Dependencies mode) `n't` at an apostrophe after a word that began at `wordStart`.
    func clitic(at apostrophe: Int, wordStart: Int) -> Clitic? {
        var k = apostrophe + 1
        while k < n, ByteClass.isASCIILetter(p[k]) { k += 1 }
        if k < n, isWordByte(k) { return nil }
        @inline(__always) func lower(_ i: Int) -> UInt8 { p[i] | 0x20 }
        switch k - apostrophe - 1 {
        case 0:
            // Plural possessive: "the Koreas' talks".
            guard apostrophe > wordStart, lower(apostrophe - 1) == UInt8(ascii: "s") else { return nil }
            return Clitic(splitAt: apostrophe, end: apostrophe + 1)
        case 1:
            let c = lower(apostrophe + 1)
            if c == UInt8(ascii: "s") || c == UInt8(ascii: "d") || c == UInt8(ascii: "m") {
                return Clitic(splitAt: apostrophe, end: k)
            }
            guard c == UInt8(ascii: "t"), mode == .universalDependencies, apostrophe - 1 > wordStart,
                  lower(apostrophe - 1) == UInt8(ascii: "n") else { return nil }
            return Clitic(splitAt: apostrophe - 1, end: k)
        case 2:
            let c1 = lower(apostrophe + 1)
            let c2 = lower(apostrophe + 2)
            let match = (c1 == UInt8(ascii: "r") && c2 == UInt8(ascii: "e"))
                || (c1 == UInt8(ascii: "l") && c2 == UInt8(ascii: "l"))
                || (c1 == UInt8(ascii: "v") && c2 == UInt8(ascii: "e"))
            return match ? Clitic(splitAt: apostrophe, end: k) : nil
        default:
            return nil
        }
    }
}
