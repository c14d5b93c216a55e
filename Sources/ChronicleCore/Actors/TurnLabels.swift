/// Transcript turn labels in capitals (`PRIME MINISTER KISHIDA:`, `PRESIDENT BIDEN:`) read as
/// names: the resolver matches names by their written case, so a label that opens a line and
/// ends with a colon is given title case before resolution. Only ASCII letters change, so every
/// offset stays where it was.
///
/// ```swift
/// TurnLabels.titleCased("PRESIDENT BIDEN: Good afternoon.")   // "President Biden: Good afternoon."
/// ```
enum TurnLabels {
    /// The longest label read, in bytes.
    static let maxLabel = 60

    /// `text` with its capitalized turn labels in title case; the same string when it has none.
    static func titleCased(_ text: String) -> String {
        var bytes = Array(text.utf8)
        var changed = false
        var lineStart = 0
        let n = bytes.count
        while lineStart < n {
            var lineEnd = lineStart
            while lineEnd < n, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            if let colon = labelEnd(bytes, from: lineStart, to: lineEnd) {
                var wordStart = true
                for k in lineStart..<colon {
                    let b = bytes[k]
                    if b >= 0x41 && b <= 0x5A {
                        if !wordStart { bytes[k] = b | 0x20; changed = true }
                        wordStart = false
                    } else {
                        wordStart = b == 0x20 || b == 0x2D || b == 0x2E
                    }
                }
            }
            lineStart = lineEnd + 1
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : text
    }

    /// Title words one of which a label holds: a turn is a person's (`PRESIDENT BIDEN:`,
    /// `MR. KIM:`), while `NEW DELHI:` or `WASHINGTON:` is a dateline and stays as written.
    static let titles: Set<String> = [
        "PRESIDENT", "PRIME", "MINISTER", "SECRETARY", "CHAIRMAN", "CHAIR", "MR", "MS", "MRS", "DR",
        "AMBASSADOR", "GENERAL", "SPOKESPERSON", "SPOKESMAN", "SPOKESWOMAN", "KING", "QUEEN",
        "CHANCELLOR", "SENATOR", "GOVERNOR", "DEPUTY", "VICE", "ADMIRAL", "DIRECTOR", "ENVOY",
    ]

    /// The colon ending a label of capital words (at least four letters in all, one of them a
    /// title) that opens the line, or nil.
    static func labelEnd(_ bytes: [UInt8], from start: Int, to end: Int) -> Int? {
        var k = start
        var letters = 0
        var word: [UInt8] = []
        var titled = false
        while k < end, k - start <= maxLabel {
            let b = bytes[k]
            let letter = b >= 0x41 && b <= 0x5A
            if letter { word.append(b); letters += 1 }
            if !letter, !word.isEmpty {
                if titles.contains(String(decoding: word, as: UTF8.self)) { titled = true }
                word.removeAll(keepingCapacity: true)
            }
            if b == 0x3A { return letters >= 4 && titled && k + 1 < end ? k : nil }
            if !letter, !(b == 0x20 || b == 0x2E || b == 0x2D || b == 0x27) { return nil }
            k += 1
        }
        return nil
    }
}
