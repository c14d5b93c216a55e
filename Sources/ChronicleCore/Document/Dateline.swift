/// A news dateline opening a story: the place, often the day, and the agency.
///
/// `SEOUL, June 12 (Yonhap) --`, `PYONGYANG, Nov. 26 (KCNA) --`, `WASHINGTON (AP) —`,
/// `TOKYO, Sept. 3 -`, `UNITED NATIONS, March 4, 2018 (Reuters) -`, `Seoul, June 12 (Yonhap) --`.
/// The place is in capitals, or in any case when an agency in parentheses follows.
///
/// ```swift
/// let d = Dateline(Array("SEOUL, June 12 (Yonhap) -- North Korea said".utf8))!
/// d.place   // "SEOUL"
/// d.agency  // "Yonhap"
/// d.date    // month 6, day 12, no year
/// ```
struct Dateline: Equatable {
    var place: String
    /// The day, when the dateline gives one (the year is often missing).
    var date: DateTextParser.Found
    var agency: String?
    /// Byte offset where the story text begins, after the dash.
    var end: Int

    /// Reads a dateline at the start of `line`, or fails. A dateline without a date fails too,
    /// but still yields its agency through ``agencyOnly(_:)``.
    init?(_ line: [UInt8]) {
        guard let parts = Self.parse(line), let date = parts.date else { return nil }
        self.init(parts, date: date)
    }

    private init(_ parts: Parts, date: DateTextParser.Found) {
        self.place = parts.place
        self.date = date
        self.agency = parts.agency
        self.end = parts.end
    }

    /// What the start of a line holds: a dated dateline, an undated one with an agency
    /// (`WASHINGTON (AP) —`), or neither.
    enum Opening: Equatable {
        case dateline(Dateline)
        case agencyOnly(String)
    }

    /// Reads the opening of `line` (one scan for both kinds).
    static func opening(_ line: [UInt8]) -> Opening? {
        guard let parts = parse(line) else { return nil }
        if let date = parts.date { return .dateline(Dateline(parts, date: date)) }
        return parts.agency.map { .agencyOnly($0) }
    }

    private struct Parts {
        var place: String
        var date: DateTextParser.Found?
        var agency: String?
        var end: Int
    }

    /// The agency of a dateline that gives no day (`WASHINGTON (AP) —`).
    static func agencyOnly(_ line: [UInt8]) -> String? {
        parse(line)?.agency
    }

    private static func parse(_ line: [UInt8]) -> Parts? {
        let n = min(line.count, 120)
        guard n >= 4, ReaderBytes.isUpper(line[0]) else { return nil }
        // Place: letters, spaces, dots, apostrophes, single hyphens.
        var i = 0
        var allCaps = true
        while i < n {
            let b = line[i]
            if ReaderBytes.isLetter(b) {
                if ReaderBytes.isLowerLetter(b) { allCaps = false }
            } else if b == 0x20 || b == UInt8(ascii: ".") || b == UInt8(ascii: "'") {
            } else if b == UInt8(ascii: "-"), i + 1 < n, ReaderBytes.isLetter(line[i + 1]) {
            } else { break }
            i += 1
            if i > 48 { return nil }   // no place name is this long: a sentence
        }
        var placeEnd = i
        while placeEnd > 0, line[placeEnd - 1] == 0x20 { placeEnd -= 1 }
        let place = String(decoding: line[0..<placeEnd], as: UTF8.self)
        guard place.count >= 2, place.count <= 40, place.split(separator: " ").count <= 4 else { return nil }
        // Optional ", June 12" or ", South Korea, June 12, 2018".
        var date: DateTextParser.Found?
        if i < n, line[i] == UInt8(ascii: ",") {
            var j = i + 1
            while j < n, line[j] != UInt8(ascii: "("), !isDash(line, j) { j += 1 }
            let segment = Array(line[(i + 1)..<j])
            guard segment.count <= 48, Self.capitalizedWords(segment) else { return nil }
            if var found = DateTextParser.first(in: segment) {
                found.start += i + 1
                found.end += i + 1
                date = found
            }
            i = j
        }
        while i < n, line[i] == 0x20 { i += 1 }
        var agency: String?
        if i < n, line[i] == UInt8(ascii: "(") {
            guard let close = line[i..<n].firstIndex(of: UInt8(ascii: ")")), close - i <= 40 else { return nil }
            let inner = ReaderText.trim(String(decoding: line[(i + 1)..<close], as: UTF8.self))
            guard let first = inner.first, first.isUppercase, inner.split(separator: " ").count <= 5 else { return nil }
            agency = inner
            i = close + 1
            while i < n, line[i] == 0x20 { i += 1 }
        }
        guard allCaps || agency != nil else { return nil }
        if i < n, isDash(line, i) {
            while i < n, isDash(line, i) { i += dashLength(line, i) }
        } else if agency == nil || (date == nil && i >= line.count) {
            // (an undated line that ends after its brackets is a letterhead, not a dateline:
            // "MINISTRY OF NATIONAL DEFENSE, REPUBLIC OF CHINA (TAIWAN)")
            return nil
        }
        while i < line.count, line[i] == 0x20 { i += 1 }
        return Parts(place: place, date: date, agency: agency, end: i)
    }

    /// Whether the segment is capitalized words, numbers and punctuation (no lowercase word).
    private static func capitalizedWords(_ segment: [UInt8]) -> Bool {
        var atWordStart = true
        for b in segment {
            if ReaderBytes.isLetter(b) {
                if atWordStart, ReaderBytes.isLowerLetter(b) { return false }
                atWordStart = false
            } else {
                atWordStart = true
            }
        }
        return true
    }

    private static func isDash(_ line: [UInt8], _ i: Int) -> Bool {
        dashLength(line, i) > 0
    }

    /// `-` (1 byte), `—` or `–` (3 bytes), else 0.
    private static func dashLength(_ line: [UInt8], _ i: Int) -> Int {
        if line[i] == UInt8(ascii: "-") { return 1 }
        if line[i] == 0xE2, i + 2 < line.count, line[i + 1] == 0x80, line[i + 2] == 0x93 || line[i + 2] == 0x94 { return 3 }
        return 0
    }
}
