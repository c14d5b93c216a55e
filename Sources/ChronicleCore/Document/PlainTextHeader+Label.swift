extension PlainTextHeader {
    /// A labelled header line: `Published: June 12, 2018`, `Posted on : 2018-09-19 17:22 KST`,
    /// `Updated 2018-06-13`, `Author: Kim Min-ji`, `Written by Jane Doe`, `Source: Yonhap`,
    /// `title: ...` (front matter).
    struct Label: Equatable {
        enum Kind: Equatable { case published, updated, author, source, title }

        var kind: Kind
        /// The date, for date labels.
        var date: CalendarDay?
        /// The text after the label, for author, source and title labels.
        var value: String?
        /// A byline on the same line as a date (`Published: 12 June 2018 | By Jane Doe`), or the
        /// byline of an author label (`Author: Lena Hartmann, East Asia Wire`).
        var byline: Byline?

        private static let labelBytes: [(String, [UInt8], Kind)] = labels.map { ($0.0, Array($0.0.utf8), $0.1) }

        private static let labels: [(String, Kind)] = [
            ("first published", .published), ("published", .published), ("posted", .published),
            ("dated", .published), ("release date", .published), ("date", .published), ("released", .published), ("filed", .published),
            ("last updated", .updated), ("updated", .updated), ("modified", .updated),
            ("written by", .author), ("author", .author), ("correspondent", .author), ("authors", .author), ("reporter", .author),
            ("byline", .author), ("source", .source), ("title", .title), ("headline", .title),
        ]

        /// Reads `line` as a labelled line, or fails.
        init?(_ line: [UInt8]) {
            guard line.count <= 200 else { return nil }
            guard let first = line.first, ReaderBytes.isLetter(first) else { return nil }
            let lower = line.prefix(20).map(ReaderBytes.lower)
            for (label, l, kind) in Self.labelBytes {
                guard lower.count >= l.count, lower[0] == l[0], lower[0..<l.count].elementsEqual(l) else { continue }
                var i = l.count
                if i < line.count, ReaderBytes.isAlnum(line[i]) { continue }
                while i < line.count, line[i] == 0x20 { i += 1 }
                // "Posted on", "Published at"
                if kind == .published || kind == .updated, i + 2 <= line.count {
                    let w = (ReaderBytes.lower(line[i]), ReaderBytes.lower(line[i + 1]))
                    if (w == (0x6F, 0x6E) || w == (0x61, 0x74)), i + 2 == line.count || !ReaderBytes.isAlnum(line[i + 2]) {
                        i += 2
                        while i < line.count, line[i] == 0x20 { i += 1 }
                    }
                }
                var colon = false
                if i < line.count, line[i] == UInt8(ascii: ":") {
                    colon = true
                    i += 1
                }
                let rest = Array(line[i...])
                switch kind {
                case .published, .updated:
                    let found = DateTextParser.first(in: rest)
                    guard colon || (found.map { $0.tokenIndex <= 1 } ?? false) else { return nil }
                    self.kind = kind
                    self.date = found?.calendarDay
                    if let found {
                        byline = PlainTextHeader.bylineAfterLabel(in: rest[found.end...])
                    }
                    return
                case .author:
                    let parts = Byline(String(decoding: rest, as: UTF8.self))
                    guard colon || label == "written by", let name = parts.name else { return nil }
                    self.kind = kind
                    self.value = name
                    self.byline = parts
                    return
                case .source, .title:
                    guard colon else { return nil }
                    var text = ReaderText.trim(String(decoding: rest, as: UTF8.self))
                    if text.count >= 2, text.first == "\"" || text.first == "'", text.last == text.first {
                        text = String(text.dropFirst().dropLast())
                    }
                    guard !text.isEmpty else { return nil }
                    self.kind = kind
                    self.value = text
                    return
                }
            }
            return nil
        }
    }
}
