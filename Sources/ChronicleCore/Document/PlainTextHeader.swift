import Foundation

/// What the first lines of a plain-text article say about it: publication date, title, author,
/// and the agency of a dateline.
///
/// Recognized forms (one per line, in any order, before the body starts):
/// - a date line: `2018-06-12`, `26.11.2018`, `June 12, 2018`, `Tuesday, 12 June 2018 10:30 KST`,
///   which may carry a byline: `26.11.2018 Author: Kim Min-ji`;
/// - a labelled line: `Published: ...`, `Posted on : 2018-09-19 17:22 KST`, `Date: ...`,
///   `Updated: ...`, `Author: ...`, `Source: ...`, `Title: ...` (Markdown front matter too);
/// - a byline: `By Jane Doe` (an agency after a comma or bar is dropped);
/// - a dateline opening the body: `SEOUL, June 12 (Yonhap) --`, `PYONGYANG, Nov. 26 (KCNA) --`,
///   `WASHINGTON (AP) —`. A dateline without a year dates the article only when another line of
///   the header gives the year (an `Updated:` line); otherwise the date stays unknown.
/// - the title: the first other line, when it looks like one (short, no final period).
///
/// ```swift
/// let header = PlainTextHeader(text: "Summit set for June\n2018-05-10\nBy Jane Doe\n\nSEOUL ...")
/// header.title   // "Summit set for June"
/// header.date    // 2018-05-10
/// header.author  // "Jane Doe"
/// ```
struct PlainTextHeader: Sendable, Equatable {
    var date: CalendarDay?
    var title: String?
    var author: String?
    var source: String?

    /// How many lines and bytes of the file are searched.
    static let maxLines = 24
    static let maxBytes = 4096

    init(date: CalendarDay? = nil, title: String? = nil, author: String? = nil, source: String? = nil) {
        self.date = date
        self.title = title
        self.author = author
        self.source = source
    }

    /// Reads the header of `text`.
    init(text: String) {
        var published: CalendarDay?
        var updated: CalendarDay?
        var dateline: Dateline?
        var lines = 0
        var bodyStarted = false
        for rawLine in Self.headLines(text) {
            let line = Array(rawLine)
            guard !line.isEmpty else { continue }
            lines += 1
            if lines > Self.maxLines { break }
            if Self.isRule(line) { continue }
            if let label = Label(line) {
                switch label.kind {
                case .published: if published == nil { published = label.date }
                case .updated: if updated == nil { updated = label.date }
                case .author: if author == nil { author = label.value }
                case .source: if source == nil { source = label.value }
                case .title: if title == nil { title = label.value }
                }
                if let byline = label.byline, author == nil { author = byline }
                continue
            }
            if let found = Self.leadingDate(line) {
                if let day = found.calendarDay, published == nil { published = day }
                if author == nil, let byline = Self.authorLabel(in: line, after: found.end) { author = byline }
                continue
            }
            if author == nil, let byline = Self.byline(line) {
                author = byline
                continue
            }
            if let found = Dateline(line) {
                dateline = found
                break
            }
            if let agency = Dateline.agencyOnly(line) {
                if source == nil { source = agency }
                break
            }
            if !bodyStarted, title == nil, let heading = Self.titleText(line) {
                title = heading
                continue
            }
            bodyStarted = true
            break
        }
        if let dateline, source == nil { source = dateline.agency }
        if let published {
            date = published
        } else if let dateline, let day = dateline.date.calendarDay {
            date = day
        } else if let dateline, let updated {
            date = Self.closest(month: dateline.date.month, day: dateline.date.day, to: updated)
        } else {
            date = updated
        }
    }

    // MARK: - Lines

    /// The first lines of `text` as trimmed byte slices.
    static func headLines(_ text: String) -> [ArraySlice<UInt8>] {
        let bytes = Array(text.utf8.prefix(maxBytes))
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
            lines.append(trim(bytes[start..<i]))
            start = i + 1
            if lines.count > maxLines * 3 { break }
        }
        return lines
    }

    static func trim(_ s: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var a = s.startIndex, b = s.endIndex
        while a < b, isBlank(s, a) { a += isNoBreakSpace(s, a) ? 2 : 1 }
        while b > a, ReaderBytes.isSpace(s[b - 1]) || (b - 2 >= a && s[b - 2] == 0xC2 && s[b - 1] == 0xA0) {
            b -= ReaderBytes.isSpace(s[b - 1]) ? 1 : 2
        }
        return s[a..<b]
    }

    private static func isNoBreakSpace(_ s: ArraySlice<UInt8>, _ i: Int) -> Bool {
        s[i] == 0xC2 && i + 1 < s.endIndex && s[i + 1] == 0xA0
    }

    private static func isBlank(_ s: ArraySlice<UInt8>, _ i: Int) -> Bool {
        ReaderBytes.isSpace(s[i]) || isNoBreakSpace(s, i)
    }

    /// `---`, `***`, `===`: Markdown rules and front-matter fences.
    static func isRule(_ line: [UInt8]) -> Bool {
        line.count >= 3 && line.allSatisfy { $0 == 0x2D || $0 == 0x2A || $0 == 0x3D || $0 == 0x5F }
    }

    /// The date a line opens with (after an optional weekday), when the line is short.
    static func leadingDate(_ line: [UInt8]) -> DateTextParser.Found? {
        guard line.count <= 120, let found = DateTextParser.first(in: line), found.year != nil else { return nil }
        if found.start == 0 { return found }
        let before = String(decoding: line[0..<found.start], as: UTF8.self).lowercased()
            .trimmingCharacters(in: CharacterSet(charactersIn: ",.*_[]() "))
        return before.isEmpty || weekdays.contains(before) ? found : nil
    }

    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    /// `Author: Name` later in a line (`26.11.2018 Author: Kim Min-ji`).
    static func authorLabel(in line: [UInt8], after offset: Int) -> String? {
        let rest = String(decoding: line[offset...], as: UTF8.self)
        guard let range = rest.range(of: "author:", options: .caseInsensitive)
                ?? rest.range(of: "by:", options: .caseInsensitive) else { return nil }
        return Self.name(rest[range.upperBound...])
    }

    /// `By Jane Doe` (also `BY JANE DOE`, `By Jane Doe, Yonhap`, `By Jane Doe | Staff reporter`).
    static func byline(_ line: [UInt8]) -> String? {
        guard line.count >= 5, line.count <= 100, line[0] == UInt8(ascii: "B"),
              line[1] == UInt8(ascii: "y") || line[1] == UInt8(ascii: "Y"), line[2] == 0x20 || line[2] == 0x3A
        else { return nil }
        let rest = String(decoding: line[3...], as: UTF8.self)
        guard let first = ReaderText.trim(rest).first, first.isUppercase else { return nil }
        return name(rest)
    }

    /// A person's name from the text after a label: up to a comma, bar, parenthesis or dash.
    static func name(_ text: some StringProtocol) -> String? {
        var value = Substring(text)
        if let cut = value.firstIndex(where: { $0 == "," || $0 == "|" || $0 == "(" || $0 == "/" || $0 == "\u{2014}" }) {
            value = value[..<cut]
        }
        if let dash = value.range(of: " - ") { value = value[..<dash.lowerBound] }
        let cleaned = ReaderText.trim(value)
        let words = cleaned.split(separator: " ")
        guard !cleaned.isEmpty, words.count <= 8, cleaned.first!.isLetter else { return nil }
        return cleaned
    }

    /// The line as a title, when it looks like one: short, no final period, starts with a capital
    /// or a digit (Markdown `#` marks and surrounding `*` are removed).
    static func titleText(_ line: [UInt8]) -> String? {
        var text = String(decoding: line, as: UTF8.self)
        while text.hasPrefix("#") { text.removeFirst() }
        text = ReaderText.trim(text.trimmingCharacters(in: CharacterSet(charactersIn: "*_")))
        guard text.count >= 3, text.count <= 200, let first = text.first, !first.isLowercase,
              text.contains(where: { $0.isLetter }), text.split(separator: " ").count <= 30,
              let last = text.last, !".,;:".contains(last) else { return nil }
        return text
    }

    /// The day with `month` and `day` nearest to `reference` (for a year-less dateline).
    static func closest(month: Int, day: Int, to reference: CalendarDay) -> CalendarDay? {
        let candidates = (reference.year - 1...reference.year + 1).compactMap {
            CalendarDay(year: $0, month: month, day: day)
        }
        return candidates.min { abs($0.dayNumber - reference.dayNumber) < abs($1.dayNumber - reference.dayNumber) }
    }
}
