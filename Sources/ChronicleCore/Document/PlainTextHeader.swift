import Foundation

/// What the first lines of a plain-text article say about it: publication date, title, author,
/// and source (agency or publication).
///
/// Recognized forms (one per line, in any order, before the body starts):
/// - a date line: `2018-06-12`, `26.11.2018`, `June 12, 2018`, `Tuesday, 12 June 2018 10:30 KST`,
///   `03/09/2020 09:47 AM EDT`, which may carry a byline (`26.11.2018 Author: Kim Min-ji`,
///   `May 1, 2018 | By Jane Doe, Harbor Times`) or a publication (`May 17 2018 - East Asia Wire`);
/// - a labelled line: `Published: ...`, `Posted on : 2018-09-19 17:22 KST`, `Date: ...`,
///   `Updated: ...`, `Author: ...`, `Correspondent: ...`, `Source: ...`, `Title: ...`
///   (Markdown front matter too);
/// - a byline: `By Jane Doe`, `By Jane Doe, Harbor Times` (the publication becomes the source
///   unless it is a role: `By Jane Doe, Staff Reporter`), `Diplomacy | By Jane Doe`;
/// - a dateline opening the body: `SEOUL, June 12 (Yonhap) --`, `PYONGYANG, Nov. 26 (KCNA) --`,
///   `WASHINGTON (AP) —`. The agency becomes the source. A dateline without a year dates the
///   article only when another header line gives the year (`Updated: 2018-06-13`, or a side line
///   such as `East Asia Wire, June 2017`); otherwise the date stays unknown (use `--date`);
/// - the title: the first other line, when it looks like one (short, no final period); a full date
///   ending it (`Remarks at the Border: April 27, 2018`) dates the article when nothing else does;
/// - side lines after the title (`Peninsula Monitor staff`, `Korea Desk, North Pacific Review`):
///   a publication when they hold a publication word, and a year hint; a full date ending one
///   (`VOA News, September 12, 2018`) dates the article when no date line does.
/// Genre labels (`Press Statement`, `READOUT`) are skipped. Publication words and genre labels
/// are data: `Resources/documents/header-words.tsv`.
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
        var titleDate: CalendarDay?   // "Press Conference by the President: June 12, 2018"
        var sideDate: CalendarDay?    // "VOA News, September 12, 2018"
        var dateLineSource: String?   // "May 17 2018 - East Asia Wire" (or a place: the weakest clue)
        var lines = 0
        func takeByline(_ byline: Byline) {
            if author == nil { author = byline.name }
            if bylineSource == nil { bylineSource = byline.source }
        }
        var cursor = LineCursor(text)
        while let rawLine = cursor.next() {
            let line = Array(rawLine)
            guard !line.isEmpty else { continue }
            lines += 1
            if lines > Self.maxLines { break }
            if Self.isBodyLabel(line) { break }
            if Self.isRule(line) || Self.isGenreLabel(line) { continue }
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
                if let byline = Self.bylineAfterLabel(in: line[found.end...]) {
                    takeByline(byline)
                } else if dateLineSource == nil {
                    dateLineSource = Self.segments(String(decoding: line[found.end...], as: UTF8.self))
                        .lazy.compactMap(Self.publicationName).first
                }
                continue
            }
            if let byline = Self.byline(line) {
                takeByline(byline)
                continue
            }
            switch Dateline.opening(line) {
            case .dateline(let found):
                dateline = found
                agency = found.agency
            case .agencyOnly(let found):
                agency = found
            case nil:
                break
            }
            if dateline != nil || agency != nil { break }
            if title == nil, let heading = Self.titleText(line) {
                title = heading
                titleDate = Self.trailingDate(line)
                continue
            }
            if title != nil, let side = Self.sideLine(line) {
                if lineSource == nil { lineSource = side.source }
                if yearHint == nil { yearHint = side.year }
                // ("VOA News, September 12, 2018": a full date ending the side line)
                if sideDate == nil { sideDate = Self.trailingDate(line) }
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
        } else if let sideDate {
            date = sideDate
        } else if let dateline, let yearHint {
            date = CalendarDay(year: yearHint, month: dateline.date.month, day: dateline.date.day)
        } else {
            date = updated ?? titleDate
        }
    }

    /// A full date that ends a title after a colon, comma, dash, parenthesis or "on"
    /// (`Remarks at the Summit: June 12, 2018`, `Talks resume (2019-10-05)`, `Press Conference
    /// on June 6, 2024`).
    static func trailingDate(_ line: [UInt8]) -> CalendarDay? {
        let tokens = DateTextParser.tokenize(line)
        for (index, token) in tokens.enumerated() where index > 0 {
            let before = tokens[index - 1]
            // (or the word "on": "Regular Press Conference on June 6, 2024")
            let on = before.kind == .word && before.end - before.start == 2
                && line[before.start] | 0x20 == UInt8(ascii: "o") && line[before.start + 1] | 0x20 == UInt8(ascii: "n")
            guard on || before.kind == .punct
                    && [UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "-"), UInt8(ascii: "(")].contains(UInt8(before.value))
            else { continue }
            guard let found = DateTextParser.first(in: Array(line[token.start...])), found.start == 0,
                  let day = found.calendarDay else { continue }
            var end = token.start + found.end
            while end < line.count, line[end] == 0x20 || line[end] == UInt8(ascii: ")") { end += 1 }
            if end == line.count { return day }
        }
        return nil
    }

    // MARK: - Lines

    /// The first ``maxBytes`` of a text, line by line, trimmed, read on demand.
    struct LineCursor {
        let bytes: [UInt8]
        var start = 0

        init(_ text: String) {
            bytes = text.utf8.withContiguousStorageIfAvailable { Array($0.prefix(PlainTextHeader.maxBytes)) }
                ?? Array(text.utf8.prefix(PlainTextHeader.maxBytes))
        }

        mutating func next() -> ArraySlice<UInt8>? {
            guard start < bytes.count else { return nil }
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            defer { start = end + 1 }
            return PlainTextHeader.trim(bytes[start..<end])
        }
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
        var before = line[0..<found.start]
        while let b = before.first, isMarkup(b) { before = before.dropFirst() }
        while let b = before.last, isMarkup(b) { before = before.dropLast() }
        if before.isEmpty { return found }
        return weekdays.contains(String(decoding: before.map(ReaderBytes.lower), as: UTF8.self)) ? found : nil
    }

    /// Punctuation that may wrap a date line: `*2018-06-12*`, `[June 12, 2018]`, `Tuesday, `.
    private static func isMarkup(_ b: UInt8) -> Bool {
        b == 0x20 || b == UInt8(ascii: ",") || b == UInt8(ascii: ".") || b == UInt8(ascii: "*")
            || b == UInt8(ascii: "_") || b == UInt8(ascii: "[") || b == UInt8(ascii: "]")
            || b == UInt8(ascii: "(") || b == UInt8(ascii: ")")
    }

    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    /// A byline later in a line: `26.11.2018 Author: Kim Min-ji`, `May 1, 2018 | By Jane Doe, Wire`.
    static func bylineAfterLabel(in rest: ArraySlice<UInt8>) -> Byline? {
        for marker in bylineMarkers {
            var from = rest.startIndex
            while let at = ReaderBytes.find(marker, in: rest[from...]) {
                from = at + 1
                // "By" must start the rest or follow a separator, not end a word ("Standby").
                if at > rest.startIndex, ReaderBytes.isLetter(rest[at - 1]) { continue }
                let byline = Byline(String(decoding: rest[(at + marker.count)...], as: UTF8.self))
                if byline.name != nil { return byline }
            }
        }
        return nil
    }

    private static let bylineMarkers = [Array("author:".utf8), Array("by:".utf8), Array("by ".utf8)]

    /// `By Jane Doe` (also `BY JANE DOE`, `By Jane Doe, Wire`, `Section | By Jane Doe`).
    static func byline(_ line: [UInt8]) -> Byline? {
        guard line.count >= 5, line.count <= 120 else { return nil }
        var start: Int
        if line[0] == UInt8(ascii: "B"), line[1] == UInt8(ascii: "y") || line[1] == UInt8(ascii: "Y"),
           line[2] == 0x20 || line[2] == 0x3A {
            start = 3
        } else if let at = ReaderBytes.find(Array("| by ".utf8), in: line[...]), line[at + 2] == UInt8(ascii: "B") {
            start = at + 5
        } else {
            return nil
        }
        while start < line.count, line[start] == 0x20 { start += 1 }
        guard start < line.count, !ReaderBytes.isLowerLetter(line[start]) else { return nil }
        let byline = Byline(String(decoding: line[start...], as: UTF8.self))
        return byline.name == nil ? nil : byline
    }

    /// A person's name from the text after a label: up to a comma, bar, parenthesis, slash,
    /// bullet or spaced dash; at most eight words, starting with a letter.
    static func name(_ text: some StringProtocol) -> String? {
        var out = String.UnicodeScalarView()
        var words = 1
        let scalars = text.unicodeScalars
        var previous: Unicode.Scalar = " "
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let c = scalars[i]
            let next = scalars.index(after: i) < scalars.endIndex ? scalars[scalars.index(after: i)] : " "
            if c == "," || c == "|" || c == "(" || c == "/" || c == "\u{2014}" || c == "\u{B7}" || c == "\u{2022}" { break }
            if (c == "-" || c == "\u{2013}"), previous == " ", next == " " { break }
            if c == " " || c == "\t" || c == "\u{A0}" {
                if !out.isEmpty, previous != " " { words += 1 }
                previous = " "
            } else {
                if previous == " ", !out.isEmpty { out.append(" ") }
                out.append(c)
                previous = c
            }
            i = scalars.index(after: i)
        }
        guard let first = out.first, first.properties.isAlphabetic, words <= 8 else { return nil }
        return String(out)
    }

    /// The line as a title, when it looks like one: short, no final period, starts with a capital
    /// or a digit (Markdown `#` marks and surrounding `*` or `_` are removed).
    static func titleText(_ line: [UInt8]) -> String? {
        var a = 0, b = line.count
        while a < b, line[a] == UInt8(ascii: "#") || line[a] == UInt8(ascii: "*") || line[a] == UInt8(ascii: "_")
            || line[a] == 0x20 { a += 1 }
        while b > a, line[b - 1] == UInt8(ascii: "*") || line[b - 1] == UInt8(ascii: "_") || line[b - 1] == 0x20 { b -= 1 }
        let body = line[a..<b]
        guard body.count >= 3, body.count <= 600, let first = body.first, let last = body.last,
              !ReaderBytes.isLowerLetter(first), last != UInt8(ascii: "."), last != UInt8(ascii: ","),
              last != UInt8(ascii: ";"), last != UInt8(ascii: ":"),
              body.contains(where: { ReaderBytes.isLetter($0) || $0 >= 0xC0 }),
              body.reduce(0, { $0 + ($1 == 0x20 ? 1 : 0) }) < 30 else { return nil }
        let text = String(decoding: body, as: UTF8.self)
        guard text.unicodeScalars.count <= 200, !(text.first?.isLowercase ?? true) else { return nil }
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
