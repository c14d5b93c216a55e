import Foundation

/// A TimeML document (TempEval-3 style): the document creation time, the text of `<TEXT>`
/// without markup, and the gold `TIMEX3` tags it held, with offsets into that text.
///
/// Chronicle reads `.tml` files to tag them (`chronicle times --format timeml`) and to score
/// against their gold tags (`chronicle eval timeml`). The text keeps the characters of the file
/// exactly (entities are not decoded), so a written document differs from the input only by
/// its tags.
///
/// ```swift
/// let doc = try TimeMLDocument(parsing: String(contentsOfFile: "wsj_0001.tml", encoding: .utf8))
/// let found = TemporalTagger.shared.annotate(text: doc.text, publicationDate: doc.creationDate)
/// print(doc.rendered(with: found))
/// ```
public struct TimeMLDocument: Sendable {
    /// A `TIMEX3` tag of the input's `<TEXT>`.
    public struct Timex: Sendable, Hashable {
        /// Unicode scalar offsets into ``TimeMLDocument/text``.
        public var start: Int
        public var end: Int
        public var text: String
        public var type: String
        public var value: String
        public var mod: String?
    }

    /// The document creation time (`<DCT><TIMEX3 value="...">`).
    public var creationDate: CalendarDay?
    /// The characters of `<TEXT>`, without tags.
    public var text: String
    /// The gold `TIMEX3` tags inside `<TEXT>`.
    public var timexes: [Timex]
    /// Everything before `<TEXT>` (kept when writing).
    public var head: String

    /// The error for a file that is not TimeML.
    public struct FormatError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Reads TimeML markup.
    /// - Throws: ``FormatError`` when there is no `<TEXT>` element.
    public init(parsing markup: String) throws {
        guard let open = markup.range(of: "<TEXT>"), let close = markup.range(of: "</TEXT>", range: open.upperBound..<markup.endIndex) else {
            throw FormatError(description: "no <TEXT> element")
        }
        head = String(markup[..<open.lowerBound])
        creationDate = nil
        if let dct = head.range(of: "<DCT>"), let value = Self.attribute("value", in: String(head[dct.upperBound...])) {
            creationDate = CalendarDay(iso: value) ?? Self.compactDate(value)
        }
        var plain = String.UnicodeScalarView()
        var timexes: [Timex] = []
        var openTimex: (start: Int, attributes: String)?
        let body = markup[open.upperBound..<close.lowerBound].unicodeScalars
        var i = body.startIndex
        var count = 0
        while i < body.endIndex {
            if body[i] == "<", let gt = body[i...].firstIndex(of: ">") {
                let tag = String(String.UnicodeScalarView(body[body.index(after: i)..<gt]))
                if tag.hasPrefix("TIMEX3") {
                    openTimex = (count, tag)
                } else if tag.hasPrefix("/TIMEX3"), let o = openTimex {
                    let text = String(String.UnicodeScalarView(plain.suffix(count - o.start)))
                    timexes.append(Timex(start: o.start, end: count, text: text,
                                         type: Self.attribute("type", in: o.attributes) ?? "DATE",
                                         value: Self.attribute("value", in: o.attributes) ?? "",
                                         mod: Self.attribute("mod", in: o.attributes)))
                    openTimex = nil
                }
                i = body.index(after: gt)
                continue
            }
            plain.append(body[i])
            count += 1
            i = body.index(after: i)
        }
        text = String(plain)
        self.timexes = timexes
    }

    /// A TimeML document for plain text with a creation date.
    public init(text: String, creationDate: CalendarDay?) {
        self.text = text
        self.creationDate = creationDate
        timexes = []
        let dct = creationDate.map { "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"\($0)\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">\($0)</TIMEX3></DCT>\n\n" } ?? ""
        head = "<?xml version=\"1.0\" ?>\n<TimeML>\n\n" + dct
    }

    /// The document with `expressions` as its only `TIMEX3` tags in `<TEXT>`; a range is
    /// written with the value of its start (TimeML values are not intervals).
    public func rendered(with expressions: [TemporalExpression]) -> String {
        var out = head + "<TEXT>"
        let scalars = text.unicodeScalars
        var position = scalars.startIndex
        var offset = 0
        var tid = 1
        for e in expressions.sorted(by: { $0.start < $1.start }) where e.start >= offset && e.end <= scalars.count {
            let s = scalars.index(position, offsetBy: e.start - offset)
            let t = scalars.index(s, offsetBy: e.end - e.start)
            out.unicodeScalars.append(contentsOf: scalars[position..<s])
            let value = e.value.split(separator: "/").first.map(String.init) ?? e.value
            out += "<TIMEX3 tid=\"t\(tid)\" type=\"\(e.type.rawValue)\" value=\"\(Self.escape(value))\""
            if let mod = e.mod { out += " mod=\"\(mod)\"" }
            out += ">"
            out.unicodeScalars.append(contentsOf: scalars[s..<t])
            out += "</TIMEX3>"
            tid += 1
            position = t
            offset = e.end
        }
        out.unicodeScalars.append(contentsOf: scalars[position...])
        return out + "</TEXT>\n\n</TimeML>\n"
    }

    static func attribute(_ name: String, in tag: String) -> String? {
        guard let r = tag.range(of: " \(name)=\"") ?? tag.range(of: "\(name)=\""),
              let end = tag[r.upperBound...].firstIndex(of: "\"") else { return nil }
        return String(tag[r.upperBound..<end])
    }

    static func compactDate(_ value: String) -> CalendarDay? {
        let digits = value.prefix(8)
        guard digits.count == 8, digits.allSatisfy(\.isNumber) else { return nil }
        return CalendarDay(iso: "\(digits.prefix(4))-\(digits.dropFirst(4).prefix(2))-\(digits.suffix(2))")
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;")
    }
}
