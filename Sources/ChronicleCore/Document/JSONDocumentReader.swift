/// Reads documents from JSON: JSON Lines (one object per line) or a JSON file holding one
/// object or an array of objects.
///
/// Each object needs `id` (a string or number) and `text` (a non-empty string); `date`
/// (`YYYY-MM-DD` or an ISO date-time; `publicationDate` is accepted too), `title`, `url`,
/// `source` and `author` are optional, other members are ignored, so the output of
/// `chronicle read` reads back. A bad line is one error naming the line; the other lines
/// still read. Blank lines are skipped.
///
/// ```swift
/// let results = JSONDocumentReader.readLines(Array(#"{"id":"a","text":"Hi."}"#.utf8), path: "a.jsonl")
/// try results[0].get().id   // "a"
/// ```
enum JSONDocumentReader {
    /// Reads JSON Lines.
    static func readLines(_ bytes: [UInt8], path: String) -> [Result<Document, DocumentReadError>] {
        var results: [Result<Document, DocumentReadError>] = []
        var start = bytes.startIndex
        var line = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        while start < bytes.count {
            line += 1
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let slice = bytes[start..<end]
            start = end + 1
            if slice.allSatisfy(ReaderBytes.isSpace) { continue }
            results.append(parse(slice, path: path, line: line))
        }
        return collapsed(results, path: path)
    }

    /// One error instead of many when no line is a document and every line fails the same way
    /// (a JSON Lines file of some other records, such as gold annotations).
    static func collapsed(_ results: [Result<Document, DocumentReadError>], path: String)
        -> [Result<Document, DocumentReadError>] {
        guard results.count >= 3 else { return results }
        var first: DocumentReadError?
        for result in results {
            guard case .failure(let error) = result else { return results }
            if let first, first.message != error.message { return results }
            if first == nil { first = error }
        }
        guard var error = first else { return results }
        error.message = "no line is a document: all \(results.count) lines fail with: \(error.message)"
        return [.failure(error)]
    }

    /// Reads a JSON file: one document object or an array of them (`line` is then the element number).
    static func readFile(_ bytes: [UInt8], path: String) -> [Result<Document, DocumentReadError>] {
        let value: JSONValue
        do {
            value = try JSONValue.parse(bytes[...])
        } catch {
            let (line, column) = position(of: error.offset, in: bytes)
            return [.failure(DocumentReadError(code: .malformedJSON, path: path, line: line,
                message: "not valid JSON: \(error.message) (column \(column))"))]
        }
        switch value {
        case .array(let items):
            if items.isEmpty {
                return [.failure(DocumentReadError(code: .empty, path: path, message: "the JSON array holds no documents"))]
            }
            return items.enumerated().map { document(from: $1, path: path, line: $0 + 1, what: "element \($0 + 1)") }
        default:
            return [document(from: value, path: path, line: nil, what: "the JSON value")]
        }
    }

    static func parse(_ slice: ArraySlice<UInt8>, path: String, line: Int) -> Result<Document, DocumentReadError> {
        do {
            let value = try JSONValue.parse(slice)
            return document(from: value, path: path, line: line, what: "line")
        } catch {
            return .failure(DocumentReadError(code: .malformedJSON, path: path, line: line,
                message: "not valid JSON: \(error.message) (column \(error.offset + 1))"))
        }
    }

    /// A document from one JSON object, or the reason it is not one.
    static func document(from value: JSONValue, path: String, line: Int?, what: String) -> Result<Document, DocumentReadError> {
        func fail(_ message: String) -> Result<Document, DocumentReadError> {
            .failure(DocumentReadError(code: .invalidField, path: path, line: line, message: message))
        }
        guard case .object(let members) = value else {
            return fail("\(what) is not a JSON object with \"id\" and \"text\"")
        }
        guard let idValue = members["id"], idValue != .null else { return fail("\(what) has no \"id\" field") }
        guard let id = idValue.scalarText, !ReaderText.trim(id).isEmpty else {
            return fail("\"id\" must be a non-empty string or a number")
        }
        guard let textValue = members["text"], textValue != .null else { return fail("\(what) has no \"text\" field") }
        guard case .string(let text) = textValue else { return fail("\"text\" must be a string") }
        guard text.contains(where: { !$0.isWhitespace }) else { return fail("\"text\" is empty") }
        var date: CalendarDay?
        if let dateValue = members["date"] ?? members["publicationDate"], dateValue != .null {
            guard let raw = dateValue.scalarText,
                  let day = CalendarDay(iso: raw) ?? DateTextParser.first(in: raw)?.calendarDay else {
                return fail("\"date\" must be YYYY-MM-DD or an ISO date-time, found \(dateValue.scalarText.map { "\"\($0)\"" } ?? "a non-string")")
            }
            date = day
        }
        func optional(_ key: String) -> String? {
            guard let text = members[key]?.scalarText else { return nil }
            let cleaned = ReaderText.trim(text)
            return cleaned.isEmpty ? nil : cleaned
        }
        return .success(Document(id: id, text: text, publicationDate: date, title: optional("title"),
                                 author: optional("author"), source: optional("source"), url: optional("url"),
                                 origin: DocumentOrigin(path: path, line: line)))
    }

    /// 1-based line and column of a byte offset.
    private static func position(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1, column = 1
        for b in bytes.prefix(offset) {
            if b == 0x0A { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }
}
