/// A forgiving tokenizer for HTML and XML: tags, text, comments and CDATA, from bytes.
///
/// It never fails and never builds a tree; readers walk its tokens. It survives what real pages
/// contain: unclosed tags, attributes without quotes or values, stray `<`, comments that never
/// end, uppercase names, and `<script>` or `<style>` bodies that hold markup (`"</div>"`), which
/// in HTML mode are returned whole as ``Token/rawText(_:)`` up to their own end tag.
/// Element and attribute names are lowercased; attribute values have entities decoded.
///
/// ```swift
/// var tokenizer = MarkupTokenizer(Array("<p class=lead>Hi &amp; bye".utf8), mode: .html)
/// while let token = tokenizer.next() { print(token) }
/// // startTag(p [class=lead]), text(12..<24)
/// ```
struct MarkupTokenizer {
    /// HTML knows raw-text elements (`script`, `style`, ...); XML has CDATA sections and no raw text.
    enum Mode { case html, xml }

    /// A start tag with its attributes.
    struct Tag {
        var name: String
        var attributes: [(name: String, value: String)]
        var selfClosing: Bool
        /// Byte range of the whole tag, `<` to `>`.
        var range: Range<Int>

        /// The value of the first attribute called `name` (lowercase).
        func attribute(_ name: String) -> String? {
            attributes.first { $0.name == name }?.value
        }
    }

    /// One piece of markup.
    enum Token {
        /// Character data; entities are still encoded (decode with ``HTMLEntities``).
        case text(Range<Int>)
        /// Bytes to take literally: a CDATA section or the body of `script`/`style`.
        case rawText(Range<Int>)
        /// `<name ...>`.
        case startTag(Tag)
        /// `</name>`, with the byte range of the whole tag.
        case endTag(String, Range<Int>)
        /// A comment, doctype or processing instruction (ignored by readers).
        case other
    }

    let bytes: [UInt8]
    let mode: Mode
    private(set) var position: Int
    /// Set after a raw-text start tag: its body comes next.
    private var rawTextElement: [UInt8]?
    private var rcdata = false

    /// Creates a tokenizer over `bytes`, optionally starting inside them.
    init(_ bytes: [UInt8], mode: Mode, from start: Int = 0) {
        self.bytes = bytes
        self.mode = mode
        self.position = start
    }

    private static let rawTextNames: Set<String> = ["script", "style", "xmp", "iframe", "noembed",
                                                     "noframes", "noscript", "textarea", "title"]

    /// The next token, or nil at the end.
    mutating func next() -> Token? {
        if let name = rawTextElement {
            rawTextElement = nil
            let start = position
            let end = findEndTag(name, from: start)
            position = end
            if end > start { return rcdata ? .text(start..<end) : .rawText(start..<end) }
        }
        let count = bytes.count
        guard position < count else { return nil }
        if bytes[position] != UInt8(ascii: "<") { return textRun() }
        let next = position + 1 < count ? bytes[position + 1] : 0
        if ReaderBytes.isLetter(next) { return startTag() }
        if next == UInt8(ascii: "/") {
            let after = position + 2 < count ? bytes[position + 2] : 0
            if ReaderBytes.isLetter(after) { return endTag() }
            position = skip(past: UInt8(ascii: ">"), from: position + 2)
            return .other
        }
        if next == UInt8(ascii: "!") {
            if matches("<!--", at: position) {
                position = skip(past: Array("-->".utf8), from: position + 4)
                return .other
            }
            if matches("<![CDATA[", at: position) {
                let start = position + 9
                let end = find(Array("]]>".utf8), from: start) ?? count
                position = min(count, end + 3)
                return .rawText(start..<end)
            }
            position = skip(past: UInt8(ascii: ">"), from: position + 2)
            return .other
        }
        if next == UInt8(ascii: "?") {
            position = skip(past: UInt8(ascii: ">"), from: position + 2)
            return .other
        }
        return textRun()
    }

    // MARK: - Pieces

    private mutating func textRun() -> Token {
        let start = position
        var i = position + 1
        while i < bytes.count, bytes[i] != UInt8(ascii: "<") { i += 1 }
        position = i
        return .text(start..<i)
    }

    private mutating func startTag() -> Token {
        let start = position
        var i = position + 1
        let nameStart = i
        while i < bytes.count, !ReaderBytes.isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">"),
              bytes[i] != UInt8(ascii: "/") { i += 1 }
        let name = Self.lowercased(bytes[nameStart..<i])
        var attributes: [(name: String, value: String)] = []
        var selfClosing = false
        while i < bytes.count {
            let b = bytes[i]
            if ReaderBytes.isSpace(b) { i += 1; continue }
            if b == UInt8(ascii: ">") { i += 1; break }
            if b == UInt8(ascii: "/") {
                selfClosing = i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: ">")
                i += 1
                continue
            }
            let attrStart = i
            while i < bytes.count, !ReaderBytes.isSpace(bytes[i]), bytes[i] != UInt8(ascii: "="),
                  bytes[i] != UInt8(ascii: ">"), !(bytes[i] == UInt8(ascii: "/") && i > attrStart) { i += 1 }
            if i == attrStart { i += 1; continue }
            let attrName = Self.lowercased(bytes[attrStart..<i])
            var j = i
            while j < bytes.count, ReaderBytes.isSpace(bytes[j]) { j += 1 }
            var value = ""
            if j < bytes.count, bytes[j] == UInt8(ascii: "=") {
                j += 1
                while j < bytes.count, ReaderBytes.isSpace(bytes[j]) { j += 1 }
                if j < bytes.count, bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'") {
                    let quote = bytes[j]
                    let valueStart = j + 1
                    var k = valueStart
                    while k < bytes.count, bytes[k] != quote { k += 1 }
                    value = HTMLEntities.decode(bytes[valueStart..<k], xmlOnly: false)
                    i = min(bytes.count, k + 1)
                } else {
                    let valueStart = j
                    var k = j
                    while k < bytes.count, !ReaderBytes.isSpace(bytes[k]), bytes[k] != UInt8(ascii: ">") { k += 1 }
                    value = HTMLEntities.decode(bytes[valueStart..<k], xmlOnly: false)
                    i = k
                }
            }
            attributes.append((attrName, value))
        }
        position = i
        if mode == .html, !selfClosing, Self.rawTextNames.contains(name) {
            rawTextElement = Array(name.utf8)
            rcdata = name == "title" || name == "textarea"
        }
        return .startTag(Tag(name: name, attributes: attributes, selfClosing: selfClosing, range: start..<i))
    }

    private mutating func endTag() -> Token {
        let start = position
        var i = position + 2
        let nameStart = i
        while i < bytes.count, !ReaderBytes.isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">"),
              bytes[i] != UInt8(ascii: "/") { i += 1 }
        let name = Self.lowercased(bytes[nameStart..<i])
        position = skip(past: UInt8(ascii: ">"), from: i)
        return .endTag(name, start..<position)
    }

    /// The offset of `</name` (case-insensitive, followed by a space, `/` or `>`), or the end.
    private func findEndTag(_ name: [UInt8], from start: Int) -> Int {
        var i = start
        let count = bytes.count
        while i + 1 < count {
            if bytes[i] == UInt8(ascii: "<"), bytes[i + 1] == UInt8(ascii: "/"), i + 2 + name.count <= count {
                var k = 0
                while k < name.count, ReaderBytes.lower(bytes[i + 2 + k]) == name[k] { k += 1 }
                if k == name.count {
                    let after = i + 2 + k
                    if after == count || ReaderBytes.isSpace(bytes[after]) || bytes[after] == UInt8(ascii: ">")
                        || bytes[after] == UInt8(ascii: "/") { return i }
                }
            }
            i += 1
        }
        return count
    }

    private func matches(_ literal: String, at i: Int) -> Bool {
        var k = i
        for b in literal.utf8 {
            guard k < bytes.count, bytes[k] == b else { return false }
            k += 1
        }
        return true
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        var i = start
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0] {
                var k = 1
                while k < needle.count, bytes[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    private func skip(past byte: UInt8, from start: Int) -> Int {
        var i = start
        while i < bytes.count, bytes[i] != byte { i += 1 }
        return min(bytes.count, i + 1)
    }

    private func skip(past needle: [UInt8], from start: Int) -> Int {
        guard let found = find(needle, from: start) else { return bytes.count }
        return found + needle.count
    }

    static func lowercased(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes.map(ReaderBytes.lower), as: UTF8.self)
    }
}
