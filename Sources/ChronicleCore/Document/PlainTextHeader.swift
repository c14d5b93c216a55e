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
        var yearHint: Int?
        var labelSource: String?, agency: String?, bylineSource: String?, lineSource: String?
        var dateLineSource: String?   // "May 17 2018 - East Asia Wire" (or a place: the weakest clue)
        var lines = 0
        func takeByline(_ byline: Byline) {
            if author == nil { author = byline.name }
            if bylineSource == nil { bylineSource = byline.source }
        }
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
                case .source: if labelSource == nil { labelSource = label.value }
                case .title: if title == nil { title = label.value }
                }
                if let byline = label.byline { takeByline(byline) }
                continue
            }
            if let found = Self.leadingDate(line) {
                if let day = found.calendarDay, published == nil { published = day }
                let rest = String(decoding: line[found.end...], as: UTF8.self)
                if let byline = Self.bylineAfterLabel(in: rest) {
                    takeByline(byline)
                } else if dateLineSource == nil {
                    dateLineSource = Self.segments(rest).lazy.compactMap(Self.sourceName).first
                }
                continue
            }
            if let byline = Self.byline(line) {
                takeByline(byline)
                continue
            }
            if let found = Dateline(line) {
                dateline = found
                agency = found.agency
                break
            }
            if let found = Dateline.agencyOnly(line) {
                agency = found
                break
            }
            if title == nil, let heading = Self.titleText(line) {
                title = heading
                continue
            }
            if title != nil, let side = Self.sideLine(line) {
                if lineSource == nil { lineSource = side.source }
                if yearHint == nil { yearHint = side.year }
                continue
            }
            break
        }
        source = labelSource ?? agency ?? bylineSource ?? lineSource ?? dateLineSource
        if let published {
            date = published
        } else if let dateline, let day = dateline.date.calendarDay {
            date = day
        } else if let dateline, let updated {
            date = Self.closest(month: dateline.date.month, day: dateline.date.day, to: updated)
        } else if let dateline, let yearHint {
            date = CalendarDay(year: yearHint, month: dateline.date.month, day: dateline.date.day)
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

    /// A byline later in a line: `26.11.2018 Author: Kim Min-ji`, `May 1, 2018 | By Jane Doe, Wire`.
    static func bylineAfterLabel(in rest: String) -> Byline? {
        for marker in ["author:", "by:", "by "] {
            guard let range = rest.range(of: marker, options: .caseInsensitive) else { continue }
            let before = rest[..<range.lowerBound]
            // "By" must start the rest or follow a separator, not end a word ("Standby").
            if let last = before.last, last.isLetter { continue }
            let byline = Byline(rest[range.upperBound...])
            if byline.name != nil { return byline }
        }
        return nil
    }

    /// `By Jane Doe` (also `BY JANE DOE`, `By Jane Doe, Wire`, `Section | By Jane Doe`).
    static func byline(_ line: [UInt8]) -> Byline? {
        guard line.count >= 5, line.count <= 120 else { return nil }
        let text = String(decoding: line, as: UTF8.self)
        var rest: Substring
        if line[0] == UInt8(ascii: "B"), line[1] == UInt8(ascii: "y") || line[1] == UInt8(ascii: "Y"),
           line[2] == 0x20 || line[2] == 0x3A {
            rest = text.dropFirst(3)
        } else if let range = text.range(of: "| By ") {
            rest = text[range.upperBound...]
        } else {
            return nil
        }
        rest = Substring(ReaderText.trim(rest))
        guard let first = rest.first, first.isUppercase else { return nil }
        let byline = Byline(rest)
        return byline.name == nil ? nil : byline
    }

    /// A person's name from the text after a label: up to a comma, bar, parenthesis or dash.
    static func name(_ text: some StringProtocol) -> String? {
        var value = Substring(text)
        if let cut = value.firstIndex(where: { $0 == "," || $0 == "|" || $0 == "(" || $0 == "/" || $0 == "\u{2014}"
            || $0 == "\u{B7}" || $0 == "\u{2022}" }) {
            value = value[..<cut]
        }
        if let dash = value.range(of: " - ") { value = value[..<dash.lowerBound] }
        if let dash = value.range(of: " \u{2013} ") { value = value[..<dash.lowerBound] }
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
