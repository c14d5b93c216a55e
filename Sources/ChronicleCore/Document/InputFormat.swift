/// The formats Chronicle reads documents from.
///
/// Without `--input-format`, the reader chooses by file extension and, for standard input or
/// unknown extensions, by looking at the first bytes (``sniff(_:)``).
///
/// ```swift
/// InputFormat(pathExtension: "htm")         // .html
/// InputFormat.sniff(Array("<rss>".utf8))    // .feed
/// ```
public enum InputFormat: String, Sendable, Hashable, CaseIterable {
    /// Plain text (also Markdown): one document per file, dateline and byline detected.
    case text
    /// An HTML page: one document, main text extracted.
    case html
    /// JSON Lines: one document per line with `id` and `text`.
    case jsonl
    /// A JSON file: one document object, or an array of document objects.
    case json
    /// An RSS 2.0 or Atom feed: one document per item or entry.
    case feed

    /// The extensions that directories are searched for, lowercase, without the dot.
    public static let knownExtensions: Set<String> = [
        "txt", "text", "md", "markdown", "html", "htm", "xhtml", "jsonl", "ndjson", "json",
        "xml", "rss", "atom",
    ]

    /// The format for a file extension (case-insensitive), or nil when it is not one Chronicle reads.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "txt", "text", "md", "markdown": self = .text
        case "html", "htm", "xhtml": self = .html
        case "jsonl", "ndjson": self = .jsonl
        case "json": self = .json
        case "xml", "rss", "atom": self = .feed
        default: return nil
        }
    }

    /// Guesses the format from the first bytes of an input (after any byte-order mark).
    ///
    /// `{` starts JSON Lines, `[` a JSON array; `<rss`, `<feed` or `<rdf:RDF` near the start
    /// make a feed; a doctype, `<html` or another HTML tag make a page; anything else is text.
    public static func sniff(_ text: some Collection<UInt8>) -> InputFormat {
        let head = Array(text.prefix(2048))
        var i = 0
        if head.count >= 3, head[0] == 0xEF, head[1] == 0xBB, head[2] == 0xBF { i = 3 }
        while i < head.count, ReaderBytes.isSpace(head[i]) { i += 1 }
        guard i < head.count else { return .text }
        switch head[i] {
        case UInt8(ascii: "{"): return .jsonl
        case UInt8(ascii: "["): return .json
        case UInt8(ascii: "<"): break
        default: return .text
        }
        let lower = head[i...].map { ReaderBytes.lower($0) }
        if ReaderBytes.contains(lower, "<rss") || ReaderBytes.contains(lower, "<feed")
            || ReaderBytes.contains(lower, "<rdf:rdf") { return .feed }
        if ReaderBytes.contains(lower, "<html") || ReaderBytes.contains(lower, "<!doctype html")
            || ReaderBytes.contains(lower, "<body") || ReaderBytes.contains(lower, "<head")
            || ReaderBytes.contains(lower, "<p>") || ReaderBytes.contains(lower, "<div")
            || ReaderBytes.contains(lower, "<article") || ReaderBytes.contains(lower, "<meta") { return .html }
        if ReaderBytes.startsWith(lower, "<?xml") { return .feed }
        return .html
    }
}

/// Small byte predicates shared by the readers (ASCII only; bytes ≥ 0x80 are never spaces or letters here).
enum ReaderBytes {
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C || b == 0x0B
    }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inline(__always) static func isLowerLetter(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { isUpper(b) || isLowerLetter(b) }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b + 32 : b }

    /// Whether `haystack` contains the ASCII `needle` (already lowercase).
    static func contains(_ haystack: [UInt8], _ needle: StaticString) -> Bool {
        let n = Array(UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount))
        guard n.count <= haystack.count else { return false }
        var i = 0
        while i + n.count <= haystack.count {
            if haystack[i] == n[0] {
                var j = 1
                while j < n.count, haystack[i + j] == n[j] { j += 1 }
                if j == n.count { return true }
            }
            i += 1
        }
        return false
    }

    /// The index of the first occurrence of `needle` (lowercase ASCII) in `haystack`, ignoring
    /// ASCII case.
    static func find(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        var i = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while i <= last {
            if lower(haystack[i]) == needle[0] {
                var k = 1
                while k < needle.count, lower(haystack[i + k]) == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// Whether `haystack` starts with the ASCII `needle` (already lowercase).
    static func startsWith(_ haystack: some Collection<UInt8>, _ needle: StaticString) -> Bool {
        let n = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        return haystack.count >= n.count && zip(haystack, n).allSatisfy { $0 == $1 }
    }
}
