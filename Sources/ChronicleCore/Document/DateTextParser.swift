/// Finds the calendar date in a short piece of metadata text (a dateline, a `Published:` line,
/// an RSS `pubDate`, an HTML `<meta>` value).
///
/// It is not the temporal-expression recognizer of the Time layer: it reads the handful of
/// forms publishers put in headers, quickly, from bytes:
/// `2018-06-12` (also with a time: `2018-06-12T09:30:00+09:00`), `2018/06/12`, `26.11.2018`,
/// `03/09/2020` (month first unless the first number is over 12: `25/12/2019`),
/// `June 12, 2018`, `Jun. 12 2018`, `Tuesday, June 12, 2018`, `12 June 2018`,
/// `Tue, 12 Jun 2018 09:30:00 +0900` (RFC 822), and year-less `June 12` / `12 June`.
///
/// ```swift
/// DateTextParser.first(in: "Posted on : 2018-09-19 17:22 KST")?.day   // 2018-09-19
/// DateTextParser.first(in: "SEOUL, June 12 (Yonhap)")?.year            // nil
/// ```
enum DateTextParser {
    /// A date as found: the year may be missing (`June 12`).
    struct Found: Sendable, Hashable {
        var year: Int?
        var month: Int
        var day: Int
        /// Index of the first token of the match (0 = the date opens the text).
        var tokenIndex: Int
        /// Byte offsets of the match in the parsed text.
        var start: Int
        var end: Int

        /// The full date, when the year is known and the date is real.
        var calendarDay: CalendarDay? { year.flatMap { CalendarDay(year: $0, month: month, day: day) } }
    }

    /// The first date in `text`, or nil.
    static func first(in text: some StringProtocol) -> Found? {
        first(in: Array(text.utf8))
    }

    /// The first date in `bytes`, or nil.
    static func first(in bytes: [UInt8]) -> Found? {
        let tokens = tokenize(bytes)
        var i = 0
        while i < tokens.count {
            if let found = match(tokens, at: i) { return found }
            i += 1
        }
        return nil
    }

    /// The first full date (with a year) in `text`.
    static func firstDay(in text: some StringProtocol) -> CalendarDay? {
        first(in: text)?.calendarDay
    }

    // MARK: - Tokens

    struct Token {
        enum Kind { case number, word, punct }
        var kind: Kind
        var start: Int
        var end: Int
        var value: Int        // number value, month (1–12) for month words, else 0; punct: the byte
        var digits: Int       // digit count for numbers
        var spaceBefore: Bool
        /// For words: an ordinal suffix (`st`, `nd`, `rd`, `th`) or `of`.
        var isOrdinalSuffix = false
        var isOf = false
    }

    static func tokenize(_ bytes: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        var space = true
        while i < bytes.count {
            let b = bytes[i]
            if ReaderBytes.isSpace(b) || b >= 0x80 {
                space = true
                i += 1
                continue
            }
            let start = i
            if ReaderBytes.isDigit(b) {
                var value = 0
                while i < bytes.count, ReaderBytes.isDigit(bytes[i]) {
                    if i - start < 9 { value = value * 10 + Int(bytes[i] - 48) }
                    i += 1
                }
                tokens.append(Token(kind: .number, start: start, end: i, value: value,
                                    digits: i - start, spaceBefore: space))
            } else if ReaderBytes.isLetter(b) {
                while i < bytes.count, ReaderBytes.isLetter(bytes[i]) { i += 1 }
                let word = bytes[start..<i].map(ReaderBytes.lower)
                let month = monthNumber(word)
                var token = Token(kind: .word, start: start, end: i, value: month, digits: 0,
                                  spaceBefore: space)
                if word.count == 2 {
                    let key = (word[0], word[1])
                    token.isOrdinalSuffix = key == (0x73, 0x74) || key == (0x6E, 0x64)
                        || key == (0x72, 0x64) || key == (0x74, 0x68)
                    token.isOf = key == (0x6F, 0x66)
                }
                tokens.append(token)
            } else {
                i += 1
                tokens.append(Token(kind: .punct, start: start, end: i, value: Int(b), digits: 0,
                                    spaceBefore: space))
            }
            space = false
        }
        return tokens
    }

    /// Month names and abbreviations, keyed by their lowercase bytes packed into an integer.
    private static let months: [UInt64: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december"]
        var table: [UInt64: Int] = [:]
        for (n, name) in names.enumerated() {
            table[key(Array(name.utf8))] = n + 1
            table[key(Array(name.utf8.prefix(3)))] = n + 1
        }
        table[key(Array("sept".utf8))] = 9
        return table
    }()

    /// Up to 9 lowercase ASCII letters packed 7 bits each (63 bits).
    private static func key(_ word: [UInt8]) -> UInt64 {
        word.reduce(UInt64(0)) { $0 << 7 | UInt64($1 & 0x7F) }
    }

    private static func monthNumber(_ word: [UInt8]) -> Int {
        guard word.count >= 3, word.count <= 9 else { return 0 }
        return months[key(word)] ?? 0
    }

    // MARK: - Patterns

    private static func isPunct(_ t: Token?, _ c: Character) -> Bool {
        guard let t, t.kind == .punct else { return false }
        return t.value == Int(c.asciiValue!)
    }

    private static func year(_ t: Token?) -> Int? {
        guard let t, t.kind == .number, t.digits == 4, (1900...2100).contains(t.value) else { return nil }
        return t.value
    }

    private static func dayNumber(_ t: Token?) -> Int? {
        guard let t, t.kind == .number, t.digits <= 2, (1...31).contains(t.value) else { return nil }
        return t.value
    }

    private static func match(_ t: [Token], at i: Int) -> Found? {
        func at(_ k: Int) -> Token? { k < t.count ? t[k] : nil }
        let first = t[i]
        // 2018-06-12, 2018/06/12 (no spaces inside)
        if let y = year(first), let sep = at(i + 1), isPunct(sep, "-") || isPunct(sep, "/"),
           let m = at(i + 2), m.kind == .number, m.digits <= 2, !m.spaceBefore, !sep.spaceBefore,
           let sep2 = at(i + 3), sep2.value == sep.value, sep2.kind == .punct, !sep2.spaceBefore,
           let d = dayNumber(at(i + 4)), !(at(i + 4)!.spaceBefore), (1...12).contains(m.value) {
            return Found(year: y, month: m.value, day: d, tokenIndex: i, start: first.start, end: t[i + 4].end)
        }
        // 26.11.2018 (day first, the European form)
        if let d = dayNumber(first), isPunct(at(i + 1), "."), let m = at(i + 2), m.kind == .number,
           m.digits <= 2, (1...12).contains(m.value), isPunct(at(i + 3), "."), let y = year(at(i + 4)),
           !m.spaceBefore, !at(i + 4)!.spaceBefore {
            return Found(year: y, month: m.value, day: d, tokenIndex: i, start: first.start, end: t[i + 4].end)
        }
        // 03/09/2020 (month first, as US releases write it) or 25/12/2019 (day first when the
        // first number cannot be a month)
        if let a = dayNumber(first), isPunct(at(i + 1), "/"), let b = dayNumber(at(i + 2)), isPunct(at(i + 3), "/"),
           let y = year(at(i + 4)), !at(i + 2)!.spaceBefore, !at(i + 4)!.spaceBefore {
            let (month, day) = a > 12 ? (b, a) : (a, b)
            if (1...12).contains(month) {
                return Found(year: y, month: month, day: day, tokenIndex: i, start: first.start, end: t[i + 4].end)
            }
        }
        // June 12, 2018 / Jun. 12 2018 / June 12th / June 12
        if first.kind == .word, first.value > 0 {
            var k = i + 1
            if isPunct(at(k), ".") { k += 1 }
            if let d = dayNumber(at(k)) {
                var end = t[k].end
                k += 1
                if let suffix = at(k), suffix.kind == .word, !suffix.spaceBefore, isOrdinal(suffix) {
                    end = suffix.end
                    k += 1
                }
                if isPunct(at(k), ",") { k += 1 }
                if let y = year(at(k)) {
                    return Found(year: y, month: first.value, day: d, tokenIndex: i, start: first.start, end: t[k].end)
                }
                // A number right after the day that is not a year ("June 12 2" or "May 3:30") is no date.
                if let next = at(k), next.kind == .number, !isPunct(at(k - 1), ",") { return nil }
                return Found(year: nil, month: first.value, day: d, tokenIndex: i, start: first.start, end: end)
            }
        }
        // 12 June 2018 / 12th of June, 2018 / 12 Jun 2018 09:30 (RFC 822)
        if let d = dayNumber(first), !(isPunct(at(i + 1), ".") && at(i + 2)?.kind == .number) {
            var k = i + 1
            if let suffix = at(k), suffix.kind == .word, !suffix.spaceBefore, isOrdinal(suffix) { k += 1 }
            if let of = at(k), of.isOf { k += 1 }
            if let m = at(k), m.kind == .word, m.value > 0 {
                var end = m.end
                k += 1
                if isPunct(at(k), ".") { end = t[k].end; k += 1 }
                if isPunct(at(k), ",") { k += 1 }
                if let y = year(at(k)) {
                    return Found(year: y, month: m.value, day: d, tokenIndex: i, start: first.start, end: t[k].end)
                }
                return Found(year: nil, month: m.value, day: d, tokenIndex: i, start: first.start, end: end)
            }
        }
        return nil
    }

    private static func isOrdinal(_ t: Token) -> Bool { t.isOrdinalSuffix }
}
